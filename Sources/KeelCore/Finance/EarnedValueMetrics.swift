/// The earned value figures of one WBS node at one status date. Amounts are exact minor units; the
/// indices are ratios (Double) and nil when their denominator is zero.
public struct EarnedValueMetrics: Hashable, Sendable, Codable {
    /// Budget at completion.
    public var bac: Int64
    /// Planned value: the budget planned to be spent by the status date.
    public var pv: Int64
    /// Earned value: the budget of the work done.
    public var ev: Int64
    /// Actual cost.
    public var ac: Int64

    public init(bac: Int64, pv: Int64, ev: Int64, ac: Int64) {
        self.bac = bac
        self.pv = pv
        self.ev = ev
        self.ac = ac
    }

    public static let zero = EarnedValueMetrics(bac: 0, pv: 0, ev: 0, ac: 0)

    public static func + (a: Self, b: Self) -> Self {
        Self(bac: a.bac.addingSaturated(b.bac), pv: a.pv.addingSaturated(b.pv), ev: a.ev.addingSaturated(b.ev), ac: a.ac.addingSaturated(b.ac))
    }
    public static func += (a: inout Self, b: Self) { a = a + b }

    /// Schedule variance EV − PV.
    public var sv: Int64 { ev.subtractingSaturated(pv) }
    /// Cost variance EV − AC.
    public var cv: Int64 { ev.subtractingSaturated(ac) }
    /// Schedule performance index EV / PV.
    public var spi: Double? { pv == 0 ? nil : Double(ev) / Double(pv) }
    /// Cost performance index EV / AC.
    public var cpi: Double? { ac == 0 ? nil : Double(ev) / Double(ac) }

    /// EAC = BAC / CPI = BAC × AC / EV: the rest of the work costs what the work so far did.
    public var eac: Int64? { ev == 0 ? nil : Rounding.divide(Int128(bac) * Int128(ac), Int128(ev)) }
    /// EAC = AC + (BAC − EV): the rest of the work costs what it was budgeted at.
    public var eacAtBudgetRate: Int64 { Int64(clamping: Int128(ac) + Int128(bac) - Int128(ev)) }
    /// EAC = AC + (BAC − EV) / (CPI × SPI) = AC + (BAC − EV) × AC × PV / EV²: schedule pressure counts too.
    public var eacCostAndSchedule: Int64? {
        guard ev != 0, pv != 0, ac != 0 else { return nil }
        // Three 64-bit factors can exceed 128 bits (amounts near a hundred billion do): then
        // (BAC − EV) × AC / EV first and × PV / EV after, each rounded (at most a minor unit apart).
        let (partial, o1) = (Int128(bac) - Int128(ev)).multipliedReportingOverflow(by: Int128(ac))
        let (numerator, o2) = partial.multipliedReportingOverflow(by: Int128(pv))
        let remaining: Int64
        if !o1 && !o2 {
            remaining = Rounding.divide(numerator, Int128(ev) * Int128(ev))
        } else if !o1 {
            remaining = Rounding.divide(Int128(Rounding.divide(partial, Int128(ev))) * Int128(pv), Int128(ev))
        } else {
            let estimate = (Double(bac) - Double(ev)) * Double(ac) / Double(ev) * Double(pv) / Double(ev)
            remaining = estimate >= 9.2e18 ? .max : estimate <= -9.2e18 ? .min : Int64(estimate.rounded())
        }
        return Int64(clamping: Int128(ac) + Int128(remaining))
    }
    /// Estimate to complete, EAC − AC (with the CPI-based EAC).
    public var etc: Int64? { eac.map { $0.subtractingSaturated(ac) } }
    /// Variance at completion, BAC − EAC.
    public var vac: Int64? { eac.map { bac.subtractingSaturated($0) } }
    /// The cost efficiency the remaining work needs to finish on budget: (BAC − EV) / (BAC − AC).
    public var tcpiToBAC: Double? { bac == ac ? nil : (Double(bac) - Double(ev)) / (Double(bac) - Double(ac)) }
    /// … to finish at the CPI-based EAC: (BAC − EV) / (EAC − AC).
    public var tcpiToEAC: Double? {
        guard let eac, eac != ac else { return nil }
        return (Double(bac) - Double(ev)) / (Double(eac) - Double(ac))
    }
    /// Share of the budget earned, 0…1 (nil without a budget).
    public var percentComplete: Double? { bac == 0 ? nil : Double(ev) / Double(bac) }
}

/// Earned schedule (Lipke): the time at which the work done should have been done. Times are in
/// calendar days counted from the node's first planned day; `actualTime` includes the status date.
public struct EarnedSchedule: Hashable, Sendable, Codable {
    /// ES: working days into the plan at which planned value equals today's earned value.
    public var earnedSchedule: Double
    /// AT: working days from the plan's first day through the end of the status date.
    public var actualTime: Double
    /// PD: planned duration, the working days from the first to the last planned day.
    public var plannedDuration: Double

    /// SV(t) = ES − AT, in working days; negative is behind.
    public var scheduleVariance: Double { earnedSchedule - actualTime }
    /// SPI(t) = ES / AT.
    public var spi: Double? { actualTime <= 0 ? nil : earnedSchedule / actualTime }
    /// IEAC(t) = PD / SPI(t): the forecast duration, working days.
    public var forecastDuration: Double? {
        guard let spi, spi > 0 else { return nil }
        return plannedDuration / spi
    }
}

/// How a task's earned value is measured.
public enum EarnedValueMethod: Hashable, Sendable, Codable {
    /// The budget times the physical percent complete reported for the task.
    case percentComplete
    /// Nothing until finished, then everything.
    case zeroHundred
    /// Half when started, the rest when finished.
    case fiftyFifty
    /// Each milestone earns its weight (basis points of the budget) once achieved.
    case weightedMilestones([WeightedMilestone])
    /// Level of effort (support, management, overheads): earned as planned, EV = PV.
    case levelOfEffort

    public var code: String {
        switch self {
        case .percentComplete: "percent_complete"
        case .zeroHundred: "zero_hundred"
        case .fiftyFifty: "fifty_fifty"
        case .weightedMilestones: "weighted_milestones"
        case .levelOfEffort: "level_of_effort"
        }
    }

    public static let codes = ["percent_complete", "zero_hundred", "fifty_fifty", "weighted_milestones", "level_of_effort"]
}

/// A step of a weighted-milestones task.
public struct WeightedMilestone: Hashable, Sendable, Codable {
    public var name: String
    /// Basis points of the task's budget; a task's milestones sum to 10,000.
    public var weight: Int64
    public var achievedOn: Day?

    public init(name: String, weight: Int64, achievedOn: Day? = nil) {
        self.name = name
        self.weight = weight
        self.achievedOn = achievedOn
    }
}

/// Progress reported on a day: physical percent complete in basis points (0…10,000).
public struct ProgressRecord: Hashable, Sendable, Codable {
    public var day: Day
    public var percent: Int64

    public init(day: Day, percent: Int64) {
        self.day = day
        self.percent = percent
    }
}
