/// Part of a budget that is planned to be spent evenly over the calendar days `from` … `through`.
/// Planned value accrues along it day by day.
public struct BudgetSegment: Hashable, Sendable, Codable {
    public var from: Day
    public var through: Day
    /// Minor units.
    public var amount: Int64

    public init(from: Day, through: Day, amount: Int64) {
        self.from = from
        self.through = through
        self.amount = amount
    }

    /// The whole month.
    public static func month(_ period: AccountingPeriod, amount: Int64) -> BudgetSegment {
        BudgetSegment(from: period.firstDay, through: period.lastDay, amount: amount)
    }

    public var days: Int { from.days(until: through) + 1 }

    /// Planned value by the end of `day`: the share of the segment's days that have passed.
    @inline(__always)
    public func plannedValue(at day: Day) -> Int64 {
        if day < from { return 0 }
        if day >= through { return amount }
        return Rounding.divide(Int128(amount) * Int128(from.days(until: day) + 1), Int128(days))
    }
}

/// How a budget is spread over its task's working days.
public enum PhasingMethod: String, CaseIterable, Sendable, Codable {
    /// The same on every working day.
    case even
    /// Linearly decreasing: the first day weighs n, the last 1.
    case frontLoaded = "front_loaded"
    /// Linearly increasing: the first day weighs 1, the last n.
    case backLoaded = "back_loaded"
    /// Amounts typed per month.
    case manual
}

public enum BudgetPhasing {
    /// Spreads `total` over `workingDays` (ascending) by the method's day weights, into one segment per
    /// month running from its first to its last working day. The months' amounts come from the
    /// largest-remainder split, so they always sum exactly to `total`. `manual` is not a spreading
    /// rule and is treated as `even`.
    public static func spread(total: Int64, workingDays: [Day], method: PhasingMethod) -> [BudgetSegment] {
        guard !workingDays.isEmpty else { return [] }
        let n = Int64(workingDays.count)
        var months: [(period: AccountingPeriod, from: Day, through: Day, weight: Int64)] = []
        for (i, day) in workingDays.enumerated() {
            let w: Int64
            switch method {
            case .even, .manual: w = 1
            case .frontLoaded: w = n - Int64(i)
            case .backLoaded: w = Int64(i) + 1
            }
            let period = AccountingPeriod(containing: day)
            if let last = months.last, last.period == period {
                months[months.count - 1].through = day
                months[months.count - 1].weight += w
            } else {
                months.append((period, day, day, w))
            }
        }
        let parts = Allocation.largestRemainder(total, weights: months.map(\.weight))
        return zip(months, parts).map { BudgetSegment(from: $0.from, through: $0.through, amount: $1) }
    }
}

/// Keel's two rounding rules, in one place.
public enum Rounding {
    /// A single ratio result (a share of a segment, an EAC, a percentage of a budget): the exact
    /// quotient rounded half away from zero to the minor unit.
    @inline(__always)
    public static func divide(_ numerator: Int128, _ denominator: Int128) -> Int64 {
        precondition(denominator != 0)
        let d = denominator < 0 ? -denominator : denominator
        let n = denominator < 0 ? -numerator : numerator
        let q = n / d, r = n % d
        let rounded = 2 * (r < 0 ? -r : r) >= d ? q + (n < 0 ? -1 : 1) : q
        return Int64(clamping: rounded)
    }
}

/// Splitting a whole into parts: largest remainder (see `Money.allocate`), so parts always sum to the whole.
public enum Allocation {
    public static func largestRemainder(_ total: Int64, weights: [Int64]) -> [Int64] {
        Money(minor: total, currency: .cny).allocate(weights: weights).map(\.minor)
    }
}
