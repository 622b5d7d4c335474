/// An actual cost posted to a leaf on a day (negative for a reversal).
public struct CostPoint: Hashable, Sendable {
    public var day: Day
    public var amount: Int64

    public init(day: Day, amount: Int64) {
        self.day = day
        self.amount = amount
    }
}

/// What earned value knows about one cost account (a leaf of the WBS tree).
public struct EarnedValueLeaf: Sendable {
    /// The time-phased budget; BAC is the sum of the amounts.
    public var budget: [BudgetSegment]
    public var method: EarnedValueMethod
    /// Percent complete as reported over time (any order; the latest on or before a day counts).
    public var progress: [ProgressRecord]
    public var actualStart: Day?
    public var actualFinish: Day?
    public var costs: [CostPoint]

    public init(
        budget: [BudgetSegment],
        method: EarnedValueMethod = .percentComplete,
        progress: [ProgressRecord] = [],
        actualStart: Day? = nil,
        actualFinish: Day? = nil,
        costs: [CostPoint] = []
    ) {
        self.budget = budget
        self.method = method
        self.progress = progress
        self.actualStart = actualStart
        self.actualFinish = actualFinish
        self.costs = costs
    }
}

/// A node of the WBS tree: summaries carry no leaf and add up their children.
public struct EarnedValueNode: Sendable {
    /// Index of the parent node, which must come earlier in the list.
    public var parent: Int?
    public var leaf: EarnedValueLeaf?

    public init(parent: Int?, leaf: EarnedValueLeaf? = nil) {
        self.parent = parent
        self.leaf = leaf
    }
}

/// One point of an earned value time series.
public struct EarnedValuePoint: Hashable, Sendable, Codable {
    public var day: Day
    public var metrics: EarnedValueMetrics
}

/// Earned value over a WBS tree at any status date. Prepared once (costs sorted and accumulated,
/// progress sorted), then each status date is one pass over the leaves plus one pass adding every
/// node into its parent; every node's figures are the exact sums of its leaves'.
public struct EarnedValueRollup: Sendable {
    public let nodeCount: Int
    private let parents: [Int]
    private let leaves: [PreparedLeaf]
    /// Node index of each prepared leaf.
    private let leafNodes: [Int]

    public init(nodes: [EarnedValueNode]) throws(KeelError) {
        var errors = FieldErrors()
        var parents = [Int]()
        parents.reserveCapacity(nodes.count)
        var leaves = [PreparedLeaf]()
        var leafNodes = [Int]()
        for (i, node) in nodes.enumerated() {
            if let p = node.parent, !(0..<i).contains(p) { errors.add("nodes[\(i)].parent", .unknownReference) }
            parents.append(node.parent ?? -1)
            if let leaf = node.leaf {
                leaves.append(PreparedLeaf(leaf))
                leafNodes.append(i)
            }
        }
        try errors.throwIfAny()
        self.nodeCount = nodes.count
        self.parents = parents
        self.leaves = leaves
        self.leafNodes = leafNodes
    }

    /// Every node's figures at the end of `day`.
    public func metrics(at day: Day) -> [EarnedValueMetrics] {
        var out = [EarnedValueMetrics](repeating: .zero, count: nodeCount)
        for (k, leaf) in leaves.enumerated() { out[leafNodes[k]] += leaf.metrics(at: day) }
        for i in stride(from: nodeCount - 1, through: 0, by: -1) where parents[i] >= 0 { out[parents[i]] += out[i] }
        return out
    }

    /// The figures of the node `node` (with its whole subtree) at the end of `day`.
    public func metrics(of node: Int, at day: Day) -> EarnedValueMetrics {
        subtreeLeaves(node).reduce(.zero) { $0 + leaves[$1].metrics(at: day) }
    }

    /// The node's figures at the end of every `step`-th day from `from` through `through` (the last
    /// point is always `through`).
    public func series(of node: Int, from: Day, through: Day, step: Int = 7) -> [EarnedValuePoint] {
        guard from <= through, step > 0 else { return [] }
        let members = subtreeLeaves(node)
        var points = [EarnedValuePoint]()
        var day = from
        while true {
            let d = min(day, through)
            points.append(EarnedValuePoint(day: d, metrics: members.reduce(.zero) { $0 + leaves[$1].metrics(at: d) }))
            if d == through { break }
            day = day.adding(days: step)
        }
        return points
    }

    /// The node's first and last planned day (nil without a budget).
    public func plannedSpan(of node: Int) -> ClosedRange<Day>? {
        let members = subtreeLeaves(node).filter { !leaves[$0].budget.isEmpty }
        guard let first = members.map({ leaves[$0].firstDay }).min(), let last = members.map({ leaves[$0].lastDay }).max() else { return nil }
        return first...last
    }

    /// Earned schedule of the node at the end of `day`, in working days of the project calendar
    /// `time` (a day is `minutesPerDay` working minutes, as in durations): AT is the working time from
    /// the plan's first day through the end of `day`, PD the working time of the planned span, and ES
    /// the working time at which the planned value reaches today's earned value, interpolated within
    /// the working day where it does. Nil without a budget, before the plan starts, or when the
    /// calendar has no working time in the span.
    public func earnedSchedule(of node: Int, at day: Day, time: WorkingTime, minutesPerDay: Int) -> EarnedSchedule? {
        guard let span = plannedSpan(of: node), day >= span.lowerBound, minutesPerDay > 0 else { return nil }
        let members = subtreeLeaves(node)
        let ev = members.reduce(Int64(0)) { $0 + leaves[$1].metrics(at: day).ev }
        let bac = members.reduce(Int64(0)) { $0 + leaves[$1].bac }
        let spanMinutes = time.dailyMinutes(from: span.lowerBound, through: span.upperBound)
        let plannedMinutes = spanMinutes.reduce(Int64(0)) { $0 + Int64($1) }
        guard plannedMinutes > 0 else { return nil }
        var actualMinutes = plannedMinutes
        if day < span.upperBound {
            actualMinutes = spanMinutes[0...min(span.lowerBound.days(until: day), spanMinutes.count - 1)].reduce(Int64(0)) { $0 + Int64($1) }
        } else if day > span.upperBound {
            actualMinutes += time.dailyMinutes(from: span.upperBound.adding(days: 1), through: day).reduce(Int64(0)) { $0 + Int64($1) }
        }
        let esMinutes: Double
        if ev <= 0 {
            esMinutes = 0
        } else if ev >= bac {
            esMinutes = Double(plannedMinutes)
        } else {
            // Planned value at the end of each day of the span, from the members' daily additions.
            var added = [Int64](repeating: 0, count: spanMinutes.count)
            for m in members {
                let curve = leaves[m].curve
                var previous: Int64 = 0
                for (k, d) in curve.days.enumerated() {
                    let i = Int(d) - Int(span.lowerBound.ordinal)
                    if i >= 0 && i < added.count { added[i] += curve.cumulative[k] - previous }
                    previous = curve.cumulative[k]
                }
            }
            // Walk the working days: C is the last one whose planned value is at most EV; ES lies
            // in the next, in proportion to what it adds. Planned value added on a day off (a task
            // on another calendar) counts in the next working day.
            var pv: Int64 = 0, elapsed: Int64 = 0, pvC: Int64 = 0, found: Double? = nil
            for (i, m) in spanMinutes.enumerated() {
                pv += added[i]
                guard m > 0 else { continue }
                if pv > ev {
                    found = Double(elapsed) + Double(ev - pvC) / Double(pv - pvC) * Double(m)
                    break
                }
                pvC = pv
                elapsed += Int64(m)
            }
            esMinutes = found ?? Double(plannedMinutes)
        }
        let unit = Double(minutesPerDay)
        return EarnedSchedule(
            earnedSchedule: esMinutes / unit,
            actualTime: Double(actualMinutes) / unit,
            plannedDuration: Double(plannedMinutes) / unit
        )
    }

    private func subtreeLeaves(_ node: Int) -> [Int] {
        guard node >= 0 && node < nodeCount else { return [] }
        var inside = [Bool](repeating: false, count: nodeCount)
        inside[node] = true
        for i in (node + 1)..<max(node + 1, nodeCount) where parents[i] >= 0 && inside[parents[i]] { inside[i] = true }
        return leafNodes.indices.filter { inside[leafNodes[$0]] }
    }
}

/// A leaf with its planned value and costs accumulated by day and its progress sorted, so a status
/// date costs three binary searches.
struct PreparedLeaf: Sendable {
    let budget: [BudgetSegment]
    let curve: PlannedValueCurve
    let bac: Int64
    let firstDay: Day
    let lastDay: Day
    let method: EarnedValueMethod
    let progressDays: [Int32]
    let progressPercent: [Int64]
    let actualStart: Day?
    let actualFinish: Day?
    let costDays: [Int32]
    let cumulativeCost: [Int64]

    init(_ leaf: EarnedValueLeaf) {
        budget = leaf.budget
        curve = PlannedValueCurve(leaf.budget)
        bac = leaf.budget.sum { $0.amount }
        firstDay = leaf.budget.map(\.from).min() ?? Day(ordinal: 0)
        lastDay = leaf.budget.map(\.through).max() ?? Day(ordinal: 0)
        method = leaf.method
        // Stable sort: of two reports on one day the later-given wins.
        let progress = leaf.progress.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
        progressDays = progress.map(\.day.ordinal)
        progressPercent = progress.map { min(10_000, max(0, $0.percent)) }
        actualStart = leaf.actualStart
        actualFinish = leaf.actualFinish
        let costs = leaf.costs.sorted { $0.day < $1.day }
        var days = [Int32](), sums = [Int64]()
        days.reserveCapacity(costs.count)
        sums.reserveCapacity(costs.count)
        var running: Int64 = 0
        for c in costs {
            running = running.addingSaturated(c.amount)
            if let last = days.last, last == c.day.ordinal {
                sums[sums.count - 1] = running
            } else {
                days.append(c.day.ordinal)
                sums.append(running)
            }
        }
        costDays = days
        cumulativeCost = sums
    }

    /// Index of the last element ≤ `value` in an ascending array, or -1.
    @inline(__always)
    static func lastAtOrBefore(_ value: Int32, in array: [Int32]) -> Int {
        var lo = 0, hi = array.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if array[mid] <= value { lo = mid + 1 } else { hi = mid }
        }
        return lo - 1
    }

    @inline(__always)
    func plannedValue(at day: Day) -> Int64 { curve.value(at: day) }

    func percent(at day: Day) -> Int64 {
        let i = Self.lastAtOrBefore(day.ordinal, in: progressDays)
        return i < 0 ? 0 : progressPercent[i]
    }

    /// Earned share of the budget in basis points.
    func earnedShare(at day: Day) -> Int64 {
        let pct = percent(at: day)
        let finished = pct >= 10_000 || (actualFinish.map { $0 <= day } ?? false)
        switch method {
        case .percentComplete: return finished ? 10_000 : pct
        case .zeroHundred: return finished ? 10_000 : 0
        case .fiftyFifty:
            if finished { return 10_000 }
            let started = pct > 0 || (actualStart.map { $0 <= day } ?? false)
            return started ? 5_000 : 0
        case .weightedMilestones(let milestones):
            let earned = milestones.reduce(Int64(0)) { sum, m in m.achievedOn.map { $0 <= day } == true ? sum + m.weight : sum }
            return min(10_000, earned)
        case .levelOfEffort:
            return 0  // earned as planned; see `metrics(at:)`
        }
    }

    func metrics(at day: Day) -> EarnedValueMetrics {
        let pv = plannedValue(at: day)
        let c = Self.lastAtOrBefore(day.ordinal, in: costDays)
        let ac = c < 0 ? 0 : cumulativeCost[c]
        if case .levelOfEffort = method { return EarnedValueMetrics(bac: bac, pv: pv, ev: pv, ac: ac) }
        let share = earnedShare(at: day)
        let ev = share == 10_000 ? bac : Rounding.divide(Int128(bac) * Int128(share), 10_000)
        return EarnedValueMetrics(bac: bac, pv: pv, ev: ev, ac: ac)
    }
}
