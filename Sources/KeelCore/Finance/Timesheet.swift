/// What one hour of a person's work costs the project from a date on (until their next rate).
public struct CostRate: Hashable, Sendable {
    public let userID: ID<User>
    public var effectiveFrom: Day
    /// Minor units of the project's currency per hour.
    public var hourly: Int64

    public init(userID: ID<User>, effectiveFrom: Day, hourly: Int64) {
        self.userID = userID
        self.effectiveFrom = effectiveFrom
        self.hourly = hourly
    }

    /// The highest rate accepted, per hour (a million in a two-decimal currency).
    public static let maxHourly: Int64 = 100_000_000
}

/// People's dated rates: the rate in force on a day is the latest one that started on or before it.
public struct CostRateTable: Sendable {
    private var byUser: [ID<User>: [CostRate]] = [:]

    public init(_ rates: some Sequence<CostRate>) {
        for r in rates { byUser[r.userID, default: []].append(r) }
        for key in byUser.keys { byUser[key]!.sort { $0.effectiveFrom < $1.effectiveFrom } }
    }

    public func rate(of user: ID<User>, on day: Day) -> CostRate? {
        guard let rates = byUser[user] else { return nil }
        // Binary search for the last rate starting on or before `day`.
        var lo = 0, hi = rates.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if rates[mid].effectiveFrom <= day { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? nil : rates[lo - 1]
    }
}

/// Where a week's timesheet is in its life.
public enum TimesheetStatus: String, CaseIterable, Sendable, Codable {
    /// Being filled in by its person.
    case draft
    /// Waiting for a manager's decision; its hours are frozen.
    case submitted
    /// Sent back with a reason; the person corrects it and submits again.
    case rejected
    /// Decided; its hours are posted to the ledger as labour cost and never change.
    case approved

    public var isEditable: Bool { self == .draft || self == .rejected }
}

/// One person's hours on one project for one week (Monday to Sunday).
public struct Timesheet: Hashable, Sendable {
    public let id: ID<Timesheet>
    public let projectID: ID<Project>
    public let userID: ID<User>
    /// The Monday of the week.
    public let weekStart: Day
    public var status: TimesheetStatus
    /// Why it was sent back (rejected ones).
    public var reason: String
    public var submittedAt: String?
    public var decidedBy: String?
    public var decidedAt: String?
    public var version: Int64

    public init(
        id: ID<Timesheet> = ID(),
        projectID: ID<Project>,
        userID: ID<User>,
        weekStart: Day,
        status: TimesheetStatus = .draft,
        reason: String = "",
        submittedAt: String? = nil,
        decidedBy: String? = nil,
        decidedAt: String? = nil,
        version: Int64 = 1
    ) {
        self.id = id
        self.projectID = projectID
        self.userID = userID
        self.weekStart = weekStart
        self.status = status
        self.reason = reason
        self.submittedAt = submittedAt
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.version = version
    }

    public var days: [Day] { (0..<7).map { weekStart.adding(days: $0) } }

    /// The Monday of the ISO week containing `day`.
    public static func weekStart(containing day: Day) -> Day { day.adding(days: 1 - day.weekday) }
}

/// Hours of one day on one labour cost account. Hours are kept in hundredths (750 = 7.5 h), so
/// they add up exactly; cost and the ledger entry are set when the timesheet is approved.
public struct TimeEntry: Hashable, Sendable {
    public var costAccountID: ID<CostAccount>
    public var day: Day
    public var centihours: Int64
    public var note: String
    /// Labour cost posted, minor units (approved timesheets).
    public var cost: Int64?
    public var ledgerEntryID: ID<LedgerEntry>?

    public init(
        costAccountID: ID<CostAccount>,
        day: Day,
        centihours: Int64,
        note: String = "",
        cost: Int64? = nil,
        ledgerEntryID: ID<LedgerEntry>? = nil
    ) {
        self.costAccountID = costAccountID
        self.day = day
        self.centihours = centihours
        self.note = note
        self.cost = cost
        self.ledgerEntryID = ledgerEntryID
    }

    /// Labour cost of `centihours` at `hourly` minor units per hour, rounded half away from zero
    /// to the minor unit (the rounding rule of docs/finance.md).
    public static func cost(centihours: Int64, hourly: Int64) -> Int64 {
        Rounding.divide(Int128(centihours) * Int128(hourly), 100)
    }
}

/// The rules of a week's hours and of its approval, checked before anything is stored.
public enum TimesheetRules {
    /// No day holds more than 24 hours of one person's time on a project.
    public static let maxCentihoursPerDay: Int64 = 2_400

    /// Every problem with `entries` for the week starting `weekStart`, each named `entries[i].field`:
    /// days outside the week or in a closed period, hours not above zero, the same account and day
    /// twice, more than 24 hours on one day (reported on its last entry).
    public static func check(_ entries: [TimeEntry], weekStart: Day, closedPeriods: Set<AccountingPeriod>, into errors: inout FieldErrors) {
        struct Cell: Hashable {
            let account: ID<CostAccount>
            let day: Day
        }
        var seen: Set<Cell> = []
        var perDay: [Day: Int64] = [:]
        let weekEnd = weekStart.adding(days: 6)
        for (i, e) in entries.enumerated() {
            let field = "entries[\(i)]."
            if e.day < weekStart || e.day > weekEnd {
                errors.add(field + "day", .outOfRange, ["min": weekStart.iso, "max": weekEnd.iso])
            } else if closedPeriods.contains(AccountingPeriod(containing: e.day)) {
                errors.add(field + "day", .periodClosed, ["period": AccountingPeriod(containing: e.day).text])
            }
            if e.centihours <= 0 || e.centihours > maxCentihoursPerDay {
                errors.add(field + "hours", .outOfRange, ["min": "0.01", "max": "24"])
            }
            if !seen.insert(Cell(account: e.costAccountID, day: e.day)).inserted {
                errors.add(field + "cost_account_id", .duplicate)
            }
            // Hours already refused above are not summed (an absurd value would overflow the sum).
            if (1...maxCentihoursPerDay).contains(e.centihours) { perDay[e.day, default: 0] += e.centihours }
            if (perDay[e.day] ?? 0) > maxCentihoursPerDay, !errors.has(field + "hours") {
                errors.add(field + "hours", .outOfRange, ["min": "0.01", "max": "24"])
            }
        }
    }

    /// Why a timesheet cannot be decided by someone.
    public enum Refusal: Error, Equatable, Sendable {
        /// Only submitted timesheets are decided.
        case notSubmitted(TimesheetStatus)
        /// Nobody approves or rejects their own hours.
        case ownTimesheet
    }

    public static func checkDecision(_ sheet: Timesheet, decider: ID<User>?) throws(Refusal) {
        if let decider, decider == sheet.userID { throw .ownTimesheet }
        guard sheet.status == .submitted else { throw .notSubmitted(sheet.status) }
    }

    /// Prices the entries at the person's rate on each day. Missing rates are reported per entry
    /// (`entries[i].rate`); nothing is priced unless every entry is.
    public static func price(_ entries: [TimeEntry], of user: ID<User>, rates: CostRateTable, into errors: inout FieldErrors) -> [TimeEntry] {
        var priced = entries
        for (i, e) in entries.enumerated() {
            guard let rate = rates.rate(of: user, on: e.day) else {
                errors.add("entries[\(i)].rate", .required, ["day": e.day.iso])
                continue
            }
            priced[i].cost = TimeEntry.cost(centihours: e.centihours, hourly: rate.hourly)
        }
        return priced
    }
}
