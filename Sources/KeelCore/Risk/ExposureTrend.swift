/// A risk's state as recorded after each change: whether it was open, its current score and its
/// expected monetary value. The register's history is the list of these.
public struct RiskSnapshot: Hashable, Sendable {
    public let riskID: ID<Risk>
    public let day: Day
    public let open: Bool
    public let score: Int
    /// Minor units; negative for an opportunity.
    public let expectedMonetaryValue: Int64

    public init(riskID: ID<Risk>, day: Day, open: Bool, score: Int, expectedMonetaryValue: Int64) {
        self.riskID = riskID
        self.day = day
        self.open = open
        self.score = score
        self.expectedMonetaryValue = expectedMonetaryValue
    }

    public init(_ risk: Risk, day: Day, scales: RiskScales, deleted: Bool = false) {
        self.init(
            riskID: risk.id,
            day: day,
            open: !deleted && risk.status.isOpen,
            score: scales.score(risk.current),
            expectedMonetaryValue: risk.expectedMonetaryValue ?? 0
        )
    }
}

/// The register's total exposure over time, rebuilt from the snapshots: at each point, every risk
/// counts with its latest snapshot on or before that day, if it was open then.
public enum ExposureTrend {
    public struct Point: Hashable, Sendable {
        public let day: Day
        /// Sum of open risks' expected monetary values (minor units).
        public let exposure: Int64
        /// Sum of open risks' current scores.
        public let score: Int
        public let openRisks: Int
    }

    /// Weekly points ending `today`, from the week of the first snapshot (at most `weeks` points).
    /// `snapshots` must be in the order they were recorded.
    public static func weekly(_ snapshots: [RiskSnapshot], today: Day, weeks: Int = 26) -> [Point] {
        guard let first = snapshots.map(\.day).min() else { return [] }
        let span = max(0, first.days(until: today))
        let count = min(weeks, span / 7 + 1)
        let days = (0..<count).reversed().map { today.adding(days: -7 * $0) }
        var latest: [ID<Risk>: RiskSnapshot] = [:]
        var next = 0
        let ordered = snapshots.enumerated().sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
        // Snapshots before the first point still set each risk's state at that point.
        var points: [Point] = []
        for day in days {
            while next < ordered.count && ordered[next].day <= day {
                latest[ordered[next].riskID] = ordered[next]
                next += 1
            }
            let open = latest.values.filter(\.open)
            points.append(
                Point(
                    day: day,
                    exposure: open.reduce(0) { $0 + $1.expectedMonetaryValue },
                    score: open.reduce(0) { $0 + $1.score },
                    openRisks: open.count
                )
            )
        }
        return points
    }
}
