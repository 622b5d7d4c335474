public enum ProjectStatus: String, Sendable, Codable, CaseIterable {
    case proposed, active, onHold = "on_hold", closed, archived
}

/// One direction the budget goes to, with its share in basis points (1/100 of a percent).
public struct BudgetAllocation: Hashable, Sendable {
    public var direction: String
    public var shareBasisPoints: Int64

    public init(direction: String, shareBasisPoints: Int64) {
        self.direction = direction
        self.shareBasisPoints = shareBasisPoints
    }
}

/// The charter fields of a project: what a sponsor signs.
public struct Charter: Hashable, Sendable {
    public var code: String
    public var name: String
    public var sponsor: String
    public var goal: String
    public var audience: String
    public var valueProposition: String
    public var methodology: String
    public var plannedStart: Day?
    public var plannedFinish: Day?
    public var budget: Money
    public var allocations: [BudgetAllocation]
    public var expectedBenefits: String
    public var status: ProjectStatus

    public init(
        code: String,
        name: String,
        sponsor: String = "",
        goal: String = "",
        audience: String = "",
        valueProposition: String = "",
        methodology: String = "",
        plannedStart: Day? = nil,
        plannedFinish: Day? = nil,
        budget: Money,
        allocations: [BudgetAllocation] = [],
        expectedBenefits: String = "",
        status: ProjectStatus = .proposed
    ) {
        self.code = code
        self.name = name
        self.sponsor = sponsor
        self.goal = goal
        self.audience = audience
        self.valueProposition = valueProposition
        self.methodology = methodology
        self.plannedStart = plannedStart
        self.plannedFinish = plannedFinish
        self.budget = budget
        self.allocations = allocations
        self.expectedBenefits = expectedBenefits
        self.status = status
    }

    /// Rules that span fields. Field-level shape (lengths, types) is checked where input is read.
    public func check(into errors: inout FieldErrors) {
        if let s = plannedStart, let f = plannedFinish, f < s, !errors.has("planned_finish") {
            errors.add("planned_finish", .beforeStart, ["start": "planned_start"])
        }
        if budget.minor < 0, !errors.has("budget_amount") {
            errors.add("budget_amount", .negative)
        }
        var seen = Set<String>()
        var total: Int64 = 0
        for (i, a) in allocations.enumerated() {
            if a.shareBasisPoints <= 0 || a.shareBasisPoints > 10_000 {
                errors.add("allocations[\(i)].share_percent", .outOfRange, ["min": "0.01", "max": "100"])
            }
            if !seen.insert(a.direction.lowercased()).inserted {
                errors.add("allocations[\(i)].direction", .duplicate)
            }
            if (1...10_000).contains(a.shareBasisPoints) { total += a.shareBasisPoints }
        }
        if total > 10_000 { errors.add("allocations", .sharesExceedWhole) }
    }

    /// The budget split by the allocation shares; parts always sum exactly to the allocated share of the budget.
    public var allocatedAmounts: [Money] {
        let weights = allocations.map(\.shareBasisPoints)
        let allocatedTotal = weights.reduce(0, +)
        guard allocatedTotal > 0 else { return allocations.map { _ in Money(minor: 0, currency: budget.currency) } }
        // The allocated portion of the budget first (exact), then split by the weights.
        let portion = budget.allocate(weights: [allocatedTotal, 10_000 - allocatedTotal])[0]
        return portion.allocate(weights: weights)
    }
}

public struct Project: Hashable, Sendable {
    public let id: ID<Project>
    public var charter: Charter
    public var version: Int64
    public var createdAt: String
    public var updatedAt: String

    public init(id: ID<Project>, charter: Charter, version: Int64, createdAt: String, updatedAt: String) {
        self.id = id
        self.charter = charter
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
