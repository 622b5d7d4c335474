/// Part of a budget planned for one period (a month, week or day) of its task. Planned value accrues
/// along it day by day in proportion to `weights`: a day's working minutes on the task's calendar
/// (times the contour's factor for front- and back-loaded lines), so nothing accrues on a day off and
/// half a working day accrues half. A segment without weights accrues alike on every calendar day.
public struct BudgetSegment: Hashable, Sendable, Codable {
    public var from: Day
    public var through: Day
    /// Minor units.
    public var amount: Int64
    /// One weight per calendar day from `from` through `through`; nil: every day weighs the same.
    public var weights: [Int32]?

    public init(from: Day, through: Day, amount: Int64, weights: [Int32]? = nil) {
        self.from = from
        self.through = through
        self.amount = amount
        self.weights = weights.flatMap { w in w.count == from.days(until: through) + 1 && w.contains { $0 > 0 } && w.allSatisfy { $0 >= 0 } ? w : nil
        }
    }

    /// The whole month.
    public static func month(_ period: AccountingPeriod, amount: Int64) -> BudgetSegment {
        BudgetSegment(from: period.firstDay, through: period.lastDay, amount: amount)
    }

    public var days: Int { from.days(until: through) + 1 }

    /// Planned value by the end of `day`: the amount times the share of the weight that has passed,
    /// rounded half away from zero to the minor unit.
    public func plannedValue(at day: Day) -> Int64 {
        if day < from { return 0 }
        if day >= through { return amount }
        let passed = from.days(until: day) + 1
        guard let weights else { return Rounding.divide(Int128(amount) * Int128(passed), Int128(days)) }
        var done: Int64 = 0, total: Int64 = 0
        for (i, w) in weights.enumerated() {
            if i < passed { done += Int64(w) }
            total += Int64(w)
        }
        return Rounding.divide(Int128(amount) * Int128(done), Int128(total))
    }

    /// The planned value the segment adds on each of its days (they sum to `amount`).
    public func dailyAmounts() -> [Int64] {
        guard days > 0 else { return [] }
        var out = [Int64]()
        out.reserveCapacity(days)
        var previous: Int64 = 0, done: Int64 = 0
        let total = weights?.reduce(Int64(0)) { $0 + Int64($1) } ?? Int64(days)
        // The same rounding in 64 bits when amount × total fits (always, for budgets up to about
        // 10^11 in minor units): preparing a rollup does this for every day of every leaf.
        let (_, overflow) = amount.multipliedReportingOverflow(by: total)
        for i in 0..<days {
            done += weights.map { Int64($0[i]) } ?? 1
            let value: Int64
            if i == days - 1 {
                value = amount
            } else if !overflow {
                let n = amount * done
                let q = n / total, r = n % total
                value = 2 * (r < 0 ? -r : r) >= total ? q + (n < 0 ? -1 : 1) : q
            } else {
                value = Rounding.divide(Int128(amount) * Int128(done), Int128(total))
            }
            out.append(value - previous)
            previous = value
        }
        return out
    }
}

/// How a budget is spread over its task's working time.
public enum PhasingMethod: String, CaseIterable, Sendable, Codable {
    /// In proportion to working minutes: the same on every full working day.
    case even
    /// Linearly decreasing over the working days: the first weighs n, the last 1 (times its minutes).
    case frontLoaded = "front_loaded"
    /// Linearly increasing over the working days: the first weighs 1, the last n (times its minutes).
    case backLoaded = "back_loaded"
    /// Amounts typed per period.
    case manual
}

/// The periods a budget line is phased into (and, for a manual line, typed in).
public enum PhasingPeriod: String, CaseIterable, Sendable, Codable {
    case month, week, day

    /// The period's key for a day: the month, the ISO week (from its Monday) or the day itself.
    func key(_ day: Day) -> Int64 {
        switch self {
        case .month:
            let c = day.components
            return Int64(c.year) * 12 + Int64(c.month)
        case .week: return Int64(day.ordinal) - Int64(day.weekday - 1)
        case .day: return Int64(day.ordinal)
        }
    }

    /// The first and last day of the period holding `day`.
    public func bounds(of day: Day) -> (first: Day, last: Day) {
        switch self {
        case .month:
            let p = AccountingPeriod(containing: day)
            return (p.firstDay, p.lastDay)
        case .week:
            let monday = day.adding(days: 1 - day.weekday)
            return (monday, monday.adding(days: 6))
        case .day: return (day, day)
        }
    }

    /// `2027-03`, `2027-W09` (ISO week) or `2027-03-04`.
    public func label(_ day: Day) -> String {
        switch self {
        case .month: return AccountingPeriod(containing: day).text
        case .day: return day.iso
        case .week:
            // The ISO week-numbering year is the year of the week's Thursday.
            let thursday = day.adding(days: 4 - day.weekday)
            let year = thursday.components.year
            guard let january = Day(year: year, month: 1, day: 1) else { return day.iso }
            let week = january.days(until: thursday) / 7 + 1
            return String(year) + "-W" + (week < 10 ? "0" : "") + String(week)
        }
    }

    /// The first day of the period a label names (`label`'s inverse), nil when it names none or a
    /// period reaching outside the supported years.
    public func firstDay(ofLabel text: String) -> Day? {
        guard let first = parseLabel(text), first.isSupported, bounds(of: first).last.isSupported else { return nil }
        return first
    }

    private func parseLabel(_ text: String) -> Day? {
        switch self {
        case .month: return AccountingPeriod(text: text)?.firstDay
        case .day: return Day(iso: text).flatMap { $0.iso == text ? $0 : nil }
        case .week:
            let u = Array(text.utf8)
            guard u.count == 8, u[4] == UInt8(ascii: "-"), u[5] == UInt8(ascii: "W"), u[6...7].allSatisfy({ (48...57).contains($0) }),
                let year = Int(String(decoding: u[0..<4], as: UTF8.self)), let week = Int(String(decoding: u[6..<8], as: UTF8.self)),
                (1...53).contains(week), (1900...2199).contains(year), let jan4 = Day(year: year, month: 1, day: 4)
            else { return nil }
            let monday = jan4.adding(days: 1 - jan4.weekday + 7 * (week - 1))
            return label(monday) == text ? monday : nil
        }
    }
}

public enum BudgetPhasing {
    /// Spreads `total` over the working time `minutes` (one entry per calendar day from `first`) by
    /// the method's weights, into one segment per period running from its first to its last working
    /// day. The periods' amounts come from the largest-remainder split of the weights, so they always
    /// sum exactly to `total`. `manual` is not a spreading rule and is treated as `even`. Without any
    /// working time the whole total lands on `first`.
    public static func spread(
        total: Int64,
        from first: Day,
        minutes: [Int32],
        method: PhasingMethod,
        period: PhasingPeriod = .month
    )
        -> [BudgetSegment]
    {
        // A day has at most 1,440 minutes and a stretch at most `WorkingTime.maxDays` days, so the
        // weights below stay far inside Int32.
        let minutes = minutes.prefix(WorkingTime.maxDays).map { min(1_440, $0) }
        let working = minutes.indices.filter { minutes[$0] > 0 }
        guard !working.isEmpty else { return [BudgetSegment(from: first, through: first, amount: total)] }
        let n = Int32(working.count)
        var weights = [Int32](repeating: 0, count: minutes.count)
        for (j, i) in working.enumerated() {
            switch method {
            case .even, .manual: weights[i] = minutes[i]
            case .frontLoaded: weights[i] = minutes[i] * (n - Int32(j))
            case .backLoaded: weights[i] = minutes[i] * (Int32(j) + 1)
            }
        }
        // One run per period: from its first to its last working day.
        var runs: [(from: Int, through: Int, weight: Int64)] = []
        var lastKey: Int64?
        for i in working {
            let key = period.key(first.adding(days: i))
            if key == lastKey {
                runs[runs.count - 1].through = i
                runs[runs.count - 1].weight += Int64(weights[i])
            } else {
                runs.append((i, i, Int64(weights[i])))
                lastKey = key
            }
        }
        let parts = Allocation.largestRemainder(total, weights: runs.map(\.weight))
        return zip(runs, parts).map { run, amount in
            BudgetSegment(
                from: first.adding(days: run.from),
                through: first.adding(days: run.through),
                amount: amount,
                weights: Array(weights[run.from...run.through])
            )
        }
    }

    /// Weights for an amount typed for a whole period: the task's working minutes in it when it has
    /// some there, else the calendar's working minutes in the period, else none (every day alike).
    public static func periodSegment(
        _ first: Day,
        _ last: Day,
        amount: Int64,
        taskMinutes: (from: Day, minutes: [Int32])?,
        time: WorkingTime
    ) -> BudgetSegment {
        if let task = taskMinutes {
            let taskLast = task.from.adding(days: task.minutes.count - 1)
            let lower = max(first, task.from), upper = min(last, taskLast)
            if lower <= upper {
                let offset = task.from.days(until: lower)
                let w = Array(task.minutes[offset...(offset + lower.days(until: upper))])
                if let a = w.firstIndex(where: { $0 > 0 }), let b = w.lastIndex(where: { $0 > 0 }) {
                    return BudgetSegment(from: lower.adding(days: a), through: lower.adding(days: b), amount: amount, weights: Array(w[a...b]))
                }
            }
        }
        let w = time.dailyMinutes(from: first, through: last)
        if let a = w.firstIndex(where: { $0 > 0 }), let b = w.lastIndex(where: { $0 > 0 }) {
            return BudgetSegment(from: first.adding(days: a), through: first.adding(days: b), amount: amount, weights: Array(w[a...b]))
        }
        return BudgetSegment(from: first, through: last, amount: amount)
    }

    /// A line phased before planned value followed working time (segments accruing by calendar day),
    /// phased again over the same stretch of days on `time`: spread lines by their method, typed
    /// amounts kept per period with the calendar's weights. The total never changes.
    public static func rephase(_ segments: [BudgetSegment], method: PhasingMethod, time: WorkingTime) -> [BudgetSegment] {
        guard let first = segments.map(\.from).min(), let last = segments.map(\.through).max() else { return segments }
        if method == .manual {
            return segments.map { periodSegment($0.from, $0.through, amount: $0.amount, taskMinutes: nil, time: time) }
        }
        let total = segments.reduce(Int64(0)) { $0 + $1.amount }
        return spread(total: total, from: first, minutes: time.dailyMinutes(from: first, through: last), method: method)
    }
}

/// Planned value over time of a set of segments, as cumulative amounts at the days where it grows:
/// one binary search per day asked.
public struct PlannedValueCurve: Sendable {
    public let days: [Int32]
    public let cumulative: [Int64]

    public init(_ segments: [BudgetSegment]) {
        var points: [(Int32, Int64)] = []
        for s in segments {
            for (i, a) in s.dailyAmounts().enumerated() where a != 0 { points.append((s.from.ordinal + Int32(i), a)) }
        }
        // A leaf's segments usually come in order and do not overlap: sort only when they do not.
        if zip(points, points.dropFirst()).contains(where: { $0.0 > $1.0 }) { points.sort { $0.0 < $1.0 } }
        var days = [Int32](), sums = [Int64]()
        var running: Int64 = 0
        for (d, a) in points {
            running = running.addingSaturated(a)
            if days.last == d {
                sums[sums.count - 1] = running
            } else {
                days.append(d)
                sums.append(running)
            }
        }
        self.days = days
        self.cumulative = sums
    }

    /// Planned value by the end of `day`.
    @inline(__always)
    public func value(at day: Day) -> Int64 {
        var lo = 0, hi = days.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if days[mid] <= day.ordinal { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? 0 : cumulative[lo - 1]
    }
}

/// Keel's rounding rules, in one place.
public enum Rounding {
    /// Indices and durations in days (CPI, SPI, TCPI, SPI(t), ES, SV(t) …) as the API, the pages and
    /// the CLI give them: to the thousandth, half away from zero.
    public static func thousandths(_ x: Double) -> Double {
        guard x.isFinite else { return x }
        return (x * 1_000).rounded(.toNearestOrAwayFromZero) / 1_000
    }

    /// `thousandths` written with its three decimals (the value is already on a thousandth, so the
    /// formatter only writes it).
    public static func threeDecimals(_ x: Double) -> String { String(format: "%.3f", thousandths(x)) }

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
