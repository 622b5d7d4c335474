import KeelCore

/// Which risks the register table shows: by status, kind, category, overdue review, or the cell
/// of a heat map that was clicked. Unknown or malformed values are ignored (it is a view, not input).
public struct RiskFilter: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case all, open, closed
    }

    /// A heat-map cell: probability and impact (as the score method rates it) of the inherent or the
    /// residual assessment.
    public struct Cell: Sendable, Equatable {
        public let probability: Int
        public let impact: Int
        public let residual: Bool
    }

    public var status = Status.all
    public var kind: RiskKind?
    public var category: RiskCategory?
    /// A category of the project's breakdown structure: risks in it or anywhere below it.
    public var subcategory: ID<RiskSubcategory>?
    public var overdue = false
    public var cell: Cell?

    public init() {}

    public init(query: [String: String]) {
        status = query["status"].flatMap(Status.init(rawValue:)) ?? .all
        kind = query["kind"].flatMap(RiskKind.init(rawValue:))
        category = query["category"].flatMap(RiskCategory.init(rawValue:))
        if category == nil { subcategory = query["category"].flatMap(ID<RiskSubcategory>.init) }
        overdue = ["1", "on", "true"].contains(query["overdue"] ?? "")
        if let p = query["p"].flatMap(Int.init), let i = query["i"].flatMap(Int.init), (1...RiskScales.levelCount.upperBound).contains(p),
            (1...RiskScales.levelCount.upperBound).contains(i)
        {
            cell = Cell(probability: p, impact: i, residual: query["stage"] == "residual")
        }
    }

    public var isEmpty: Bool { self == RiskFilter() }

    public func matches(_ r: Risk, today: Day, scales: RiskScales, breakdown: RiskBreakdown = RiskBreakdown([])) -> Bool {
        switch status {
        case .all: break
        case .open: if !r.status.isOpen { return false }
        case .closed: if r.status.isOpen { return false }
        }
        if let kind, r.kind != kind { return false }
        if let category, r.category != category { return false }
        if let subcategory {
            guard let s = r.subcategoryID, breakdown.subtree(subcategory).contains(s) else { return false }
        }
        if overdue && !r.reviewIsOverdue(today: today) { return false }
        if let cell {
            // The same rule as the heat maps: open risks, residual falling back to inherent.
            let a = cell.residual ? (r.residual ?? r.inherent) : r.inherent
            if !r.status.isOpen || a.probability != cell.probability || scales.impact(of: a) != cell.impact { return false }
        }
        return true
    }
}
