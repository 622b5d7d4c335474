/// What a Monte Carlo run found. Durations are working minutes on the project calendar from the
/// project start; costs are minor units. Percentiles use the nearest-rank rule: P80 is the
/// smallest simulated value that at least 80% of the iterations do not exceed.
public struct SimulationResult: Hashable, Sendable, Codable {
    public var iterations: Int
    public var seed: UInt64
    public var shape: DistributionShape
    /// The schedule without uncertainty (the network's own durations, no risk events).
    public var deterministicFinish: LocalDateTime
    public var deterministicMinutes: Int64
    public var minutesPerDay: Int64
    public var duration: Summary
    /// The project finish at each percentile of `SimulationResult.percentileLevels`.
    public var finishPercentiles: [Int: LocalDateTime]
    public var histogram: [HistogramBin]
    public var deadline: LocalDateTime?
    /// Share of iterations finishing on or before the deadline.
    public var probabilityOfDeadline: Double?
    /// Nil when the input has no costs and no risk costs.
    public var cost: Summary?
    public var deterministicCost: Int64
    public var budget: Int64?
    public var probabilityOfBudget: Double?
    /// Share of iterations meeting both the deadline and the budget.
    public var probabilityOfBoth: Double?
    /// Per task index: the share of iterations in which the leaf was critical (nil for summaries).
    public var criticality: [Double?]
    /// Spearman rank correlations with the project duration, strongest first.
    public var scheduleSensitivity: [Sensitivity]
    /// Spearman rank correlations with the total cost, strongest first.
    public var costSensitivity: [Sensitivity]

    public static let percentileLevels = Array(stride(from: 5, through: 95, by: 5))

    /// Extra working minutes over the deterministic schedule needed to finish with 80% confidence.
    public var scheduleContingencyP80: Int64 { max(0, duration.percentiles[80]! - deterministicMinutes) }
    /// Extra cost over the deterministic estimate needed to stay within it with 80% confidence.
    public var costContingencyP80: Int64? { cost.map { max(0, $0.percentiles[80]! - deterministicCost) } }

    public struct Summary: Hashable, Sendable, Codable {
        public var mean: Double
        public var standardDeviation: Double
        public var minimum: Int64
        public var maximum: Int64
        /// By level (5, 10, …, 95).
        public var percentiles: [Int: Int64]
    }

    /// Iterations whose project duration fell in `lower ..< upper` (the last bin includes `upper`).
    public struct HistogramBin: Hashable, Sendable, Codable {
        public var lower: Int64
        public var upper: Int64
        public var count: Int
        /// Share of iterations at or below `upper`.
        public var cumulative: Double
    }

    public struct Sensitivity: Hashable, Sendable, Codable {
        public enum Source: Hashable, Sendable, Codable {
            case task(Int)
            case risk(Int)
            case cost(Int)
        }
        public var source: Source
        public var name: String
        /// −1…1.
        public var correlation: Double
    }
}

/// Order statistics over one sorted sample.
enum SampleStatistics {
    static func summary(sorted values: [Int64]) -> SimulationResult.Summary {
        let n = Double(values.count)
        var sum = 0.0
        for v in values { sum += Double(v) }
        let mean = sum / n
        var squares = 0.0
        for v in values { squares += (Double(v) - mean) * (Double(v) - mean) }
        var percentiles: [Int: Int64] = [:]
        for p in SimulationResult.percentileLevels { percentiles[p] = percentile(sorted: values, p) }
        return .init(
            mean: mean,
            standardDeviation: values.count > 1 ? (squares / (n - 1)).squareRoot() : 0,
            minimum: values.first!,
            maximum: values.last!,
            percentiles: percentiles
        )
    }

    /// Nearest rank: the value at position ⌈p/100 · n⌉ (1-based).
    static func percentile(sorted values: [Int64], _ p: Int) -> Int64 {
        let rank = (p * values.count + 99) / 100
        return values[max(0, rank - 1)]
    }

    static func histogram(sorted values: [Int64], bins: Int) -> [SimulationResult.HistogramBin] {
        let lo = values.first!, hi = values.last!
        let n = values.count
        if lo == hi { return [.init(lower: lo, upper: hi, count: n, cumulative: 1)] }
        let width = max(1, (hi - lo + Int64(bins) - 1) / Int64(bins))
        var out: [SimulationResult.HistogramBin] = []
        var index = 0
        var lower = lo
        while lower <= hi {
            let upper = lower + width
            let last = upper > hi
            var count = 0
            while index < n && (values[index] < upper || last) {
                count += 1
                index += 1
            }
            out.append(.init(lower: lower, upper: last ? hi : upper, count: count, cumulative: Double(index) / Double(n)))
            lower = upper
        }
        return out
    }

    /// Ranks 1…n with ties sharing their average rank. Small value ranges are counted rather than
    /// sorted (durations are whole minutes, so most samples have narrow ranges).
    static func midranks(_ values: [Int64]) -> [Double] {
        let n = values.count
        var ranks = [Double](repeating: 0, count: n)
        guard let lo = values.min(), let hi = values.max() else { return ranks }
        let span = hi.subtractingReportingOverflow(lo)
        if !span.overflow && span.partialValue <= Int64(4 * n + 1024) {
            var counts = [Int32](repeating: 0, count: Int(span.partialValue) + 1)
            for v in values { counts[Int(v - lo)] += 1 }
            var rankOf = [Double](repeating: 0, count: counts.count)
            var below = 0
            for (k, c) in counts.enumerated() where c > 0 {
                rankOf[k] = Double(below) + Double(c + 1) / 2
                below += Int(c)
            }
            for i in 0..<n { ranks[i] = rankOf[Int(values[i] - lo)] }
            return ranks
        }
        let order: [Int]
        if n <= 1 << 20 && !span.overflow && span.partialValue < 1 << 43 {
            // Value and position packed in one integer: a plain integer sort instead of a sort
            // through a closure (ties keep position order, as the stable sort below would).
            var packed = values.indices.map { UInt64(values[$0] - lo) << 20 | UInt64($0) }
            packed.sort()
            order = packed.map { Int($0 & 0xF_FFFF) }
        } else {
            order = (0..<n).sorted { values[$0] < values[$1] }
        }
        var i = 0
        while i < n {
            var j = i
            while j + 1 < n && values[order[j + 1]] == values[order[i]] { j += 1 }
            let r = Double(i + j) / 2 + 1
            for k in i...j { ranks[order[k]] = r }
            i = j + 1
        }
        return ranks
    }

    /// Pearson correlation of two rank vectors (Spearman's ρ); 0 when either is constant.
    static func correlation(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(x.count)
        let mx = x.reduce(0, +) / n, my = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in 0..<x.count {
            let dx = x[i] - mx, dy = y[i] - my
            sxy += dx * dy
            sxx += dx * dx
            syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return 0 }
        return sxy / (sxx * syy).squareRoot()
    }
}
