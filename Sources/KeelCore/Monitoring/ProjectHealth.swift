/// Where a project stands on schedule, cost, risk and cash: a traffic light for each, with the
/// figures that decided it. A dimension is nil while its module is not set up (no plan, no approved
/// budget, an empty register, no cash settings or inflows): "not assessed" is not "green".
public struct ProjectHealth: Hashable, Sendable {
    public var schedule: ScheduleHealth?
    public var cost: CostHealth?
    public var risk: RiskHealth?
    public var cash: CashHealth?
    /// The day the figures are for.
    public var asOf: Day

    public init(schedule: ScheduleHealth? = nil, cost: CostHealth? = nil, risk: RiskHealth? = nil, cash: CashHealth? = nil, asOf: Day) {
        self.schedule = schedule
        self.cost = cost
        self.risk = risk
        self.cash = cash
        self.asOf = asOf
    }

    /// The worst of the assessed dimensions; nil when none is assessed.
    public var overall: RAG? {
        [schedule?.rag, cost?.rag, risk?.rag, cash?.rag].compactMap { $0 }.max { $0.severity < $1.severity }
    }
}

extension RAG {
    /// 1 green, 2 amber, 3 red: the order "worst first" sorts by (0 stands for not assessed).
    public var severity: Int {
        switch self {
        case .green: return 1
        case .amber: return 2
        case .red: return 3
        }
    }

    public init?(severity: Int) {
        switch severity {
        case 1: self = .green
        case 2: self = .amber
        case 3: self = .red
        default: return nil
        }
    }
}

/// The thresholds the traffic lights use, in one place so the documentation and the code agree.
public struct HealthRules: Hashable, Sendable {
    /// CPI and SPI(t) below this are amber …
    public var indexAmberBelow: Double = 0.95
    /// … and below this red.
    public var indexRedBelow: Double = 0.90
    /// A forecast finish later than the target is amber; later by more than this share of the
    /// planned span (and at least `slipRedMinimumDays`) it is red.
    public var slipRedShare: Double = 0.10
    public var slipRedMinimumDays: Int = 5

    public init() {}

    public static let standard = HealthRules()

    func indexRAG(_ index: Double?) -> RAG {
        guard let index else { return .green }
        if index < indexRedBelow { return .red }
        if index < indexAmberBelow { return .amber }
        return .green
    }

    /// Days of slip beyond which the finish is red, for a plan spanning `spanDays`.
    public func slipRedLimit(spanDays: Int?) -> Int {
        max(slipRedMinimumDays, Int((Double(max(spanDays ?? 0, 0)) * slipRedShare).rounded(.up)))
    }
}

/// The schedule: forecast finish against the target (the compared baseline's finish, else the
/// charter's planned finish), missed deadlines, and SPI(t) once earned value is measured.
public struct ScheduleHealth: Hashable, Sendable {
    public let rag: RAG
    /// Calendar days the forecast finish lies after the target (negative: ahead); nil without a target.
    public let slipDays: Int?
    public let missedDeadlines: Int
    /// Earned schedule's SPI(t); nil before any time has passed against an approved budget.
    public let spiT: Double?

    public init(rag: RAG, slipDays: Int?, missedDeadlines: Int, spiT: Double?) {
        self.rag = rag
        self.slipDays = slipDays
        self.missedDeadlines = missedDeadlines
        self.spiT = spiT
    }

    /// Red on a missed deadline, a slip past the red limit or SPI(t) below the red index; amber on
    /// any slip or SPI(t) below the amber index; else green.
    public static func assess(slipDays: Int?, spanDays: Int?, missedDeadlines: Int, spiT: Double?, rules: HealthRules = .standard) -> ScheduleHealth {
        var worst = rules.indexRAG(spiT)
        func raise(_ r: RAG) { if r.severity > worst.severity { worst = r } }
        if missedDeadlines > 0 { raise(.red) }
        if let slipDays, slipDays > 0 { raise(slipDays > rules.slipRedLimit(spanDays: spanDays) ? .red : .amber) }
        return ScheduleHealth(rag: worst, slipDays: slipDays, missedDeadlines: missedDeadlines, spiT: spiT)
    }
}

/// Cost: the cost performance index against the approved budget.
public struct CostHealth: Hashable, Sendable {
    public let rag: RAG
    /// Nil until work has been earned or cost booked (green then: nothing is overspent yet).
    public let cpi: Double?

    public init(rag: RAG, cpi: Double?) {
        self.rag = rag
        self.cpi = cpi
    }

    public static func assess(cpi: Double?, rules: HealthRules = .standard) -> CostHealth {
        CostHealth(rag: rules.indexRAG(cpi), cpi: cpi)
    }
}

/// Risk: the open risks' current bands and the reviews and actions that are late.
public struct RiskHealth: Hashable, Sendable {
    public let rag: RAG
    public let critical: Int
    public let high: Int
    /// Overdue reviews plus overdue response actions.
    public let overdue: Int

    public init(rag: RAG, critical: Int, high: Int, overdue: Int) {
        self.rag = rag
        self.critical = critical
        self.high = high
        self.overdue = overdue
    }

    /// Red with any open risk in the critical band; amber with any in the high band or anything
    /// overdue; else green.
    public static func assess(critical: Int, high: Int, overdue: Int) -> RiskHealth {
        let rag: RAG = critical > 0 ? .red : (high > 0 || overdue > 0 ? .amber : .green)
        return RiskHealth(rag: rag, critical: critical, high: high, overdue: overdue)
    }
}

/// Cash: the forecast balance within the project's horizon.
public struct CashHealth: Hashable, Sendable {
    public let rag: RAG
    /// The first day the balance is forecast below the threshold (nil: it never is in the horizon).
    public let belowOn: Day?
    /// The lowest forecast balance in the horizon, minor units of the project currency.
    public let lowest: Int64

    public init(rag: RAG, belowOn: Day?, lowest: Int64) {
        self.rag = rag
        self.belowOn = belowOn
        self.lowest = lowest
    }

    /// Red when the balance is forecast below zero, amber when only below the project's threshold,
    /// else green.
    public static func assess(belowOn: Day?, lowest: Int64) -> CashHealth {
        let rag: RAG = belowOn == nil ? .green : (lowest < 0 ? .red : .amber)
        return CashHealth(rag: rag, belowOn: belowOn, lowest: lowest)
    }
}

/// A stored assessment and whether the project has changed since.
public struct StoredHealth: Hashable, Sendable {
    public let health: ProjectHealth
    /// False while a change made after the assessment waits to be reassessed.
    public let current: Bool

    public init(health: ProjectHealth, current: Bool) {
        self.health = health
        self.current = current
    }
}
