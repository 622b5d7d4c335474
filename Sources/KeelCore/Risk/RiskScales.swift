/// How a project's risks are combined into one score: which impact counts (the worst of the rated
/// dimensions, or their rounded average) and whether probability and impact are multiplied or
/// added.
public enum ScoreMethod: String, Sendable, Codable, CaseIterable {
    /// Probability × the worst impact (the usual 5 × 5 matrix).
    case productWorst = "probability_times_worst_impact"
    /// Probability × the average of the rated impacts, rounded half up.
    case productAverage = "probability_times_average_impact"
    /// Probability + the worst impact (an additive matrix).
    case sumWorst = "probability_plus_worst_impact"
}

/// One level of the probability scale: a descriptor and the chance it stands for, up to `upTo`
/// (basis points; the level above starts there). An empty label shows the built-in descriptor.
public struct ProbabilityLevel: Hashable, Sendable, Codable {
    public var label: String
    /// Basis points, 1…10,000; the last level's is 10,000.
    public var upTo: Int

    public init(label: String = "", upTo: Int) {
        self.label = label
        self.upTo = upTo
    }
}

/// One level of the impact scale: a descriptor and, optionally, the schedule delay (working days)
/// and cost (minor units of the project currency) it stands for, each up to its bound. The last
/// level may leave a bound open.
public struct ImpactLevel: Hashable, Sendable, Codable {
    public var label: String
    public var scheduleDaysUpTo: Int?
    public var costUpTo: Int64?

    public init(label: String = "", scheduleDaysUpTo: Int? = nil, costUpTo: Int64? = nil) {
        self.label = label
        self.scheduleDaysUpTo = scheduleDaysUpTo
        self.costUpTo = costUpTo
    }
}

/// A project's assessment scales: the probability and impact levels with what they mean, the score
/// method, the score bands and how often each band is reviewed. Projects start on `standard`, the
/// common 5 × 5 matrix.
public struct RiskScales: Hashable, Sendable {
    public var probability: [ProbabilityLevel]
    public var impact: [ImpactLevel]
    public var method: ScoreMethod
    /// The lowest score of the medium, high and critical bands.
    public var mediumFrom: Int
    public var highFrom: Int
    public var criticalFrom: Int
    /// Days between reviews, per band.
    public var reviewDays: [ScoreBand: Int]
    public var version: Int64

    public init(
        probability: [ProbabilityLevel],
        impact: [ImpactLevel],
        method: ScoreMethod = .productWorst,
        mediumFrom: Int = 5,
        highFrom: Int = 10,
        criticalFrom: Int = 20,
        reviewDays: [ScoreBand: Int] = RiskScales.standardReviewDays,
        version: Int64 = 0
    ) {
        self.probability = probability
        self.impact = impact
        self.method = method
        self.mediumFrom = mediumFrom
        self.highFrom = highFrom
        self.criticalFrom = criticalFrom
        self.reviewDays = reviewDays
        self.version = version
    }

    public static let standardReviewDays: [ScoreBand: Int] = [.low: 90, .medium: 30, .high: 14, .critical: 7]

    /// 5 × 5: probability up to 10 / 30 / 50 / 70 / 100%; impact up to 2 / 5 / 10 / 20 working days and
    /// up to 10,000 / 50,000 / 200,000 / 1,000,000 of the project currency, then beyond; bands from 5,
    /// 10 and 20.
    public static let standard = RiskScales(
        probability: [1_000, 3_000, 5_000, 7_000, 10_000].map { ProbabilityLevel(upTo: $0) },
        impact: [
            ImpactLevel(scheduleDaysUpTo: 2, costUpTo: 1_000_000), ImpactLevel(scheduleDaysUpTo: 5, costUpTo: 5_000_000),
            ImpactLevel(scheduleDaysUpTo: 10, costUpTo: 20_000_000), ImpactLevel(scheduleDaysUpTo: 20, costUpTo: 100_000_000), ImpactLevel(),
        ]
    )

    public static let levelCount = 2...10

    public var probabilityLevels: Int { probability.count }
    public var impactLevels: Int { impact.count }

    /// The impact the method rates: the worst dimension, or the rounded average of the rated ones
    /// (0 when none is rated).
    public func impact(of a: RiskAssessment) -> Int {
        let rated = a.impacts.values.filter { $0 > 0 }
        guard let worst = rated.max() else { return 0 }
        switch method {
        case .productWorst, .sumWorst: return worst
        case .productAverage: return (2 * rated.reduce(0, +) + rated.count) / (2 * rated.count)
        }
    }

    /// 0 when no impact is rated.
    public func score(_ a: RiskAssessment) -> Int { score(probability: a.probability, impact: impact(of: a)) }

    /// The score of a cell of the matrix.
    public func score(probability p: Int, impact i: Int) -> Int {
        guard i > 0 else { return 0 }
        return method == .sumWorst ? p + i : p * i
    }

    public var maxScore: Int { method == .sumWorst ? probabilityLevels + impactLevels : probabilityLevels * impactLevels }

    public func band(_ score: Int) -> ScoreBand {
        if score >= criticalFrom { return .critical }
        if score >= highFrom { return .high }
        if score >= mediumFrom { return .medium }
        return .low
    }

    public func band(of a: RiskAssessment) -> ScoreBand { band(score(a)) }

    public func reviewCadence(_ band: ScoreBand) -> Int { reviewDays[band] ?? Self.standardReviewDays[band]! }

    /// The probability level a chance (basis points) falls in.
    public func probabilityLevel(chance: Int) -> Int {
        (probability.firstIndex { chance <= $0.upTo } ?? probability.count - 1) + 1
    }

    /// The impact level a delay of `days` working days falls in (nil when the scale gives no days).
    public func impactLevel(scheduleDays days: Double) -> Int? {
        level(days, impact.map { $0.scheduleDaysUpTo.map(Double.init) })
    }

    /// The impact level a cost (minor units) falls in (nil when the scale gives no amounts).
    public func impactLevel(cost: Int64) -> Int? {
        level(Double(cost), impact.map { $0.costUpTo.map(Double.init) })
    }

    private func level(_ value: Double, _ bounds: [Double?]) -> Int? {
        guard value > 0, bounds.contains(where: { $0 != nil }) else { return nil }
        for (k, b) in bounds.enumerated() { if let b, value <= b { return k + 1 } }
        return bounds.count
    }
}
