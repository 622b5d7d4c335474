import KeelCore
import KeelStore
import SQLKit

/// A labour cost account time can be booked to, with the task it belongs to.
public struct BookableAccount: Sendable {
    public let account: CostAccount
    public let taskName: String?
}

/// One person's rate with their name, for the rates page.
public struct RateRow: Sendable {
    public let rate: CostRate
    public let person: String
}

/// A timesheet with everything its page shows.
public struct TimesheetDetail: Sendable {
    /// Nil for a week the person has not saved yet.
    public let sheet: Timesheet?
    public let userID: ID<User>
    public let weekStart: Day
    public let person: String
    public let entries: [TimeEntry]
    /// Accounts time can go to; also names the accounts of the entries.
    public let accounts: [BookableAccount]
    /// What each entry costs at the person's rates today (approved: what was posted). Nil where no rate applies.
    public let costs: [Int64?]
    /// Days with hours but no rate for the person: approval would be refused.
    public let daysWithoutRate: [Day]
    public let currency: Currency
    public let callerMayEdit: Bool
    public let callerMayDecide: Bool
    /// Posting numbers of the ledger entries of an approved timesheet, by entry.
    public let ledgerNumbers: [ID<LedgerEntry>: Int64]

    public var totalCentihours: Int64 { entries.sum { $0.centihours } }
    public var totalCost: Int64 { costs.sum { $0 ?? 0 } }
}

/// A timesheet in a list, with its person and total hours.
public struct TimesheetSummary: Sendable {
    public let sheet: Timesheet
    public let person: String
    public let centihours: Int64
}

/// What the caller may do with time on a project, for the links and forms a page shows.
public struct TimeAbilities: Sendable {
    public let book: Bool
    public let viewTeam: Bool
    public let approve: Bool
    public let editRates: Bool
}

/// Weekly timesheets: a person books hours per day on labour cost accounts, submits the week; a
/// manager (never the person) approves it — posting each day's hours as labour cost at the person's
/// rate on that day — or rejects it with a reason, and the person corrects and resubmits.
public struct TimesheetService: Sendable {
    let services: KeelServices

    public func abilities(_ caller: Caller, project: ID<Project>) async throws -> TimeAbilities {
        TimeAbilities(
            book: try await may(caller, .bookTime, project) && caller.userID != nil,
            viewTeam: try await may(caller, .viewTeamTime, project),
            approve: try await may(caller, .approveTimesheets, project),
            editRates: try await may(caller, .editCostRates, project)
        )
    }

    /// The project's members, for choosing whose rate to set.
    public func people(_ caller: Caller, project: ID<Project>) async throws -> [User] {
        try await services.readProject(caller, project, action: .viewTeamTime) { sql in
            try await MembershipRepository.list(project: project, on: sql).map(\.1).sorted { $0.displayName < $1.displayName }
        }
    }

    // MARK: Rates

    public func rates(_ caller: Caller, project: ID<Project>) async throws -> [RateRow] {
        try await services.readProject(caller, project, action: .viewTeamTime) { sql in
            let rates = try await TimesheetRepository.rates(project: project, on: sql)
            let names = try await UserRepository.names(Array(Set(rates.map(\.userID))), on: sql)
            return rates.map { RateRow(rate: $0, person: names[$0.userID] ?? $0.userID.description) }
                .sorted { ($0.person, $0.rate.effectiveFrom) < ($1.person, $1.rate.effectiveFrom) }
        }
    }

    /// Sets a member's rate from a day: `user_id`, `effective_from`, `hourly_rate` (project currency).
    /// A rate from the same day is replaced.
    public func setRate(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> CostRate {
        try await services.inProject(caller, .editCostRates, project) { sql in
            let currency = try await FinanceService.currency(project, sql)
            let members = Set(try await MembershipRepository.list(project: project, on: sql).map(\.1.id))
            var r = InputReader(input, creating: true)
            var user: ID<User>?
            r.reference("user_id", &user) { members.contains($0) }
            if user == nil && !r.errors.has("user_id") { r.errors.add("user_id", .required) }
            var from: Day?
            r.day("effective_from", &from, required: true)
            if from == nil && !r.errors.has("effective_from") { r.errors.add("effective_from", .required) }
            var hourly: Int64 = 0
            r.amount("hourly_rate", currency: currency, &hourly, required: true)
            if hourly > CostRate.maxHourly, !r.errors.has("hourly_rate") {
                r.errors.add("hourly_rate", .outOfRange, ["min": "0", "max": FixedPoint.format(CostRate.maxHourly, digits: currency.minorDigits)])
            }
            try r.finish()
            let rate = CostRate(userID: user!, effectiveFrom: from!, hourly: hourly)
            let before = try await TimesheetRepository.rates(project: project, user: user!, on: sql).first { $0.effectiveFrom == from! }
            try await TimesheetRepository.save(rate, project: project, on: sql)
            try await services.audit.record(
                before == nil ? "create" : "update",
                objectType: "cost_rate",
                objectID: "\(user!)/\(from!.iso)",
                project: project,
                before: before.map { $0.auditFields(currency) } ?? [:],
                after: rate.auditFields(currency),
                caller: caller,
                on: sql
            )
            return rate
        }
    }

    /// Removes a rate. Approved hours keep the cost they were posted at.
    public func deleteRate(_ caller: Caller, project: ID<Project>, user: ID<User>, from: Day) async throws {
        try await services.inProject(caller, .editCostRates, project) { sql in
            let currency = try await FinanceService.currency(project, sql)
            guard let before = try await TimesheetRepository.rates(project: project, user: user, on: sql).first(where: { $0.effectiveFrom == from })
            else {
                throw KeelError.notFound(kind: "cost_rate", id: "\(user)/\(from.iso)")
            }
            try await TimesheetRepository.deleteRate(project: project, user: user, from: from, on: sql)
            try await services.audit.record(
                "delete",
                objectType: "cost_rate",
                objectID: "\(user)/\(from.iso)",
                project: project,
                before: before.auditFields(currency),
                after: [:],
                caller: caller,
                on: sql
            )
        }
    }

    // MARK: Timesheets

    /// The timesheets the caller may see, newest week first: everyone's for managers, owners and
    /// finance, otherwise their own.
    public func list(_ caller: Caller, project: ID<Project>, _ filter: TimesheetRepository.Filter) async throws -> [TimesheetSummary] {
        let seesTeam = try await mayViewTeam(caller, project)
        if !seesTeam { try await services.policy.authorize(caller, .bookTime, project: project) }
        var f = filter
        if !seesTeam { f.user = caller.userID }
        return try await services.readProject(caller, project) { sql in
            let rows = try await TimesheetRepository.list(project: project, f, on: sql)
            let names = try await UserRepository.names(Array(Set(rows.map(\.0.userID))), on: sql)
            return rows.map { TimesheetSummary(sheet: $0.0, person: names[$0.0.userID] ?? $0.0.userID.description, centihours: $0.1) }
        }
    }

    /// The caller's own timesheet for the week containing `day` (an unsaved draft when there is none yet).
    public func week(_ caller: Caller, project: ID<Project>, containing day: Day) async throws -> TimesheetDetail {
        try await services.policy.authorize(caller, .bookTime, project: project)
        let user = try Self.person(caller)
        let monday = Timesheet.weekStart(containing: day)
        return try await services.readProject(caller, project, action: .bookTime) { sql in
            let sheet = try await TimesheetRepository.find(project: project, user: user, week: monday, on: sql)
            return try await detail(caller, project, sheet: sheet, user: user, week: monday, sql)
        }
    }

    public func get(_ caller: Caller, project: ID<Project>, _ id: ID<Timesheet>) async throws -> TimesheetDetail {
        let seesTeam = try await mayViewTeam(caller, project)
        if !seesTeam { try await services.policy.authorize(caller, .bookTime, project: project) }
        return try await services.readProject(caller, project) { sql in
            let sheet = try await Self.load(id, project, sql)
            // Someone else's timesheet is not the caller's business without the team view.
            guard seesTeam || sheet.userID == caller.userID else { throw KeelError.forbidden }
            return try await detail(caller, project, sheet: sheet, user: sheet.userID, week: sheet.weekStart, sql)
        }
    }

    /// Saves the caller's hours for the week containing `week` (its Monday or any day of it), replacing
    /// what was there: `entries` = `[{"cost_account_id": …, "day": "2026-11-23", "hours": "7.5", "note": …}]`.
    /// Only a draft or a rejected week changes; a rejected one becomes a draft again.
    public func save(_ caller: Caller, project: ID<Project>, week day: Day, _ input: Input, expectedVersion: Int64?) async throws -> Timesheet {
        try await services.policy.authorize(caller, .bookTime, project: project)
        let user = try Self.person(caller)
        let monday = Timesheet.weekStart(containing: day)
        return try await services.inAuthorizedProject(project) { sql in
            let accounts = Set(try await Self.bookable(project, sql).map(\.account.id))
            var r = InputReader(input, creating: true)
            var entries: [TimeEntry] = []
            r.rows("entries", &entries) { row in
                var account: ID<CostAccount>?
                row.reference("cost_account_id", &account) { accounts.contains($0) }
                if account == nil && !row.errors.has("cost_account_id") { row.errors.add("cost_account_id", .required) }
                var day: Day?
                row.day("day", &day, required: true)
                var hours: Int64 = 0
                row.hours("hours", &hours, required: true)
                var note = ""
                row.text("note", &note, max: 500)
                guard let account, let day else { return nil }
                return TimeEntry(costAccountID: account, day: day, centihours: hours, note: note)
            }
            if !r.has("entries") { r.errors.add("entries", .required) }
            try r.finish()
            var errors = FieldErrors()
            TimesheetRules.check(entries, weekStart: monday, closedPeriods: try await Self.closed(project, sql), into: &errors)
            try errors.throwIfAny()

            let existing = try await TimesheetRepository.find(project: project, user: user, week: monday, on: sql)
            var sheet: Timesheet
            let beforeEntries: [TimeEntry]
            if let existing {
                try await TimesheetRepository.lock(existing.id, on: sql)
                try KeelServices.checkVersion(expectedVersion, current: existing.version)
                guard existing.status.isEditable else {
                    throw KeelError.conflict("a \(existing.status.rawValue) timesheet cannot change")
                }
                beforeEntries = try await TimesheetRepository.entries(existing.id, on: sql)
                sheet = existing
                sheet.status = .draft
                sheet = try await Self.store(sheet, current: existing, sql)
            } else {
                sheet = Timesheet(projectID: project, userID: user, weekStart: monday)
                beforeEntries = []
                try await TimesheetRepository.insert(sheet, on: sql)
            }
            try await TimesheetRepository.replaceEntries(sheet.id, project: project, entries, on: sql)
            try await services.audit.record(
                existing == nil ? "create" : "update",
                objectType: "timesheet",
                objectID: sheet.id.description,
                project: project,
                before: existing.map { Self.auditFields($0, beforeEntries) } ?? [:],
                after: Self.auditFields(sheet, entries),
                caller: caller,
                on: sql
            )
            return sheet
        }
    }

    /// Sends the caller's own week (containing `week`) with at least one entry for approval; its hours freeze.
    public func submit(_ caller: Caller, project: ID<Project>, week day: Day, expectedVersion: Int64?) async throws -> Timesheet {
        try await services.policy.authorize(caller, .bookTime, project: project)
        let user = try Self.person(caller)
        return try await services.inAuthorizedProject(project) { sql in
            guard let found = try await TimesheetRepository.find(project: project, user: user, week: Timesheet.weekStart(containing: day), on: sql)
            else {
                throw KeelError.validation([FieldError("entries", .required)])
            }
            let id = found.id
            try await TimesheetRepository.lock(id, on: sql)
            let current = try await Self.load(id, project, sql)
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            guard current.status.isEditable else { throw KeelError.conflict("the timesheet is \(current.status.rawValue) already") }
            let entries = try await TimesheetRepository.entries(id, on: sql)
            if entries.isEmpty { throw KeelError.validation([FieldError("entries", .required)]) }
            // A period may have closed since the hours were saved.
            var errors = FieldErrors()
            TimesheetRules.check(entries, weekStart: current.weekStart, closedPeriods: try await Self.closed(project, sql), into: &errors)
            try errors.throwIfAny()
            var sheet = current
            sheet.status = .submitted
            sheet.reason = ""
            sheet.submittedAt = services.timestamp
            sheet = try await Self.store(sheet, current: current, sql)
            try await services.audit.record(
                "submit",
                objectType: "timesheet",
                objectID: id.description,
                project: project,
                before: Self.auditFields(current, entries),
                after: Self.auditFields(sheet, entries),
                caller: caller,
                on: sql
            )
            return sheet
        }
    }

    /// Approves a submitted timesheet of someone else: each entry is priced at the person's rate on
    /// its day and posted to the ledger as labour cost (entries costing nothing post nothing). Missing
    /// rates or a closed period refuse the whole approval; nothing is posted then.
    public func approve(_ caller: Caller, project: ID<Project>, _ id: ID<Timesheet>, expectedVersion: Int64?) async throws -> Timesheet {
        try await services.policy.authorize(caller, .approveTimesheets, project: project)
        return try await services.inAuthorizedProject(project) { sql in
            let (current, entries) = try await decidable(caller, id, project, expectedVersion, sql)
            try await LedgerRepository.lock(project: project, on: sql)
            let currency = try await FinanceService.currency(project, sql)
            var errors = FieldErrors()
            TimesheetRules.check(entries, weekStart: current.weekStart, closedPeriods: try await Self.closed(project, sql), into: &errors)
            let rates = CostRateTable(try await TimesheetRepository.rates(project: project, user: current.userID, on: sql))
            var priced = TimesheetRules.price(entries, of: current.userID, rates: rates, into: &errors)
            try errors.throwIfAny()
            let person = try await UserRepository.names([current.userID], on: sql)[current.userID] ?? current.userID.description
            let now = services.timestamp
            // The ledger is locked for this project: the numbers follow on from one read.
            var number = try await LedgerRepository.nextNumber(project: project, on: sql)
            for i in priced.indices where priced[i].cost! > 0 {
                var entry = LedgerEntry(
                    projectID: project,
                    kind: .labour,
                    date: priced[i].day,
                    costAccountID: priced[i].costAccountID,
                    amount: Money(minor: priced[i].cost!, currency: currency),
                    counterparty: person,
                    reference: "TS \(current.weekStart.iso)",
                    memo: priced[i].note,
                    postedAt: now,
                    postedBy: caller.auditName
                )
                entry.number = number
                number += 1
                try await LedgerRepository.insert(entry, on: sql)
                priced[i].ledgerEntryID = entry.id
                try await services.audit.record(
                    "post",
                    objectType: "ledger_entry",
                    objectID: entry.id.description,
                    project: project,
                    before: [:],
                    after: entry.auditFields,
                    caller: caller,
                    on: sql
                )
            }
            try await TimesheetRepository.replaceEntries(id, project: project, priced, on: sql)
            var sheet = current
            sheet.status = .approved
            sheet.decidedBy = caller.auditName
            sheet.decidedAt = now
            sheet = try await Self.store(sheet, current: current, sql)
            var after = Self.auditFields(sheet, priced)
            after["cost"] = FixedPoint.format(priced.sum { $0.cost ?? 0 }, digits: currency.minorDigits)
            try await services.audit.record(
                "approve",
                objectType: "timesheet",
                objectID: id.description,
                project: project,
                before: Self.auditFields(current, entries),
                after: after,
                caller: caller,
                on: sql
            )
            return sheet
        }
    }

    /// Sends a submitted timesheet back to its person with a `reason` (required).
    public func reject(_ caller: Caller, project: ID<Project>, _ id: ID<Timesheet>, _ input: Input, expectedVersion: Int64?) async throws -> Timesheet
    {
        try await services.policy.authorize(caller, .approveTimesheets, project: project)
        return try await services.inAuthorizedProject(project) { sql in
            var r = InputReader(input, creating: true)
            var reason = ""
            r.text("reason", &reason, required: true, max: 2_000)
            try r.finish()
            let (current, entries) = try await decidable(caller, id, project, expectedVersion, sql)
            var sheet = current
            sheet.status = .rejected
            sheet.reason = reason
            sheet.decidedBy = caller.auditName
            sheet.decidedAt = services.timestamp
            sheet = try await Self.store(sheet, current: current, sql)
            var after = Self.auditFields(sheet, entries)
            after["reason"] = reason
            try await services.audit.record(
                "reject",
                objectType: "timesheet",
                objectID: id.description,
                project: project,
                before: Self.auditFields(current, entries),
                after: after,
                caller: caller,
                on: sql
            )
            return sheet
        }
    }

    // MARK: Helpers

    /// A timesheet someone else may decide now: locked, at the caller's version (409 otherwise, an
    /// approver must look again), submitted (409), not the caller's own (403).
    private func decidable(
        _ caller: Caller,
        _ id: ID<Timesheet>,
        _ project: ID<Project>,
        _ expected: Int64?,
        _ sql: any SQLDatabase
    ) async throws -> (Timesheet, [TimeEntry]) {
        try await TimesheetRepository.lock(id, on: sql)
        let current = try await Self.load(id, project, sql)
        if let expected, expected != current.version {
            throw KeelError.conflict("the timesheet changed since you read it (it is now at version \(current.version)); review it again")
        }
        do throws(TimesheetRules.Refusal) {
            try TimesheetRules.checkDecision(current, decider: caller.userID)
        } catch {
            switch error {
            case .ownTimesheet: throw KeelError.forbidden
            case .notSubmitted(let s): throw KeelError.conflict("the timesheet is \(s.rawValue), not awaiting a decision")
            }
        }
        return (current, try await TimesheetRepository.entries(id, on: sql))
    }

    private func detail(
        _ caller: Caller,
        _ project: ID<Project>,
        sheet: Timesheet?,
        user: ID<User>,
        week: Day,
        _ sql: any SQLDatabase
    ) async throws -> TimesheetDetail {
        let currency = try await FinanceService.currency(project, sql)
        let entries = try await sheet.asyncMap { try await TimesheetRepository.entries($0.id, on: sql) } ?? []
        var accounts = try await Self.bookable(project, sql)
        // Entries may sit on an account that is no longer labour; name it all the same.
        let known = Set(accounts.map(\.account.id))
        for e in entries where !known.contains(e.costAccountID) {
            if let a = try await CostAccountRepository.find(e.costAccountID, project: project, on: sql) {
                accounts.append(BookableAccount(account: a, taskName: nil))
            }
        }
        let rates = CostRateTable(try await TimesheetRepository.rates(project: project, user: user, on: sql))
        let costs: [Int64?] = entries.map { e in
            e.cost ?? rates.rate(of: user, on: e.day).map { TimeEntry.cost(centihours: e.centihours, hourly: $0.hourly) }
        }
        let missing = Array(Set(entries.indices.filter { costs[$0] == nil }.map { entries[$0].day })).sorted()
        let person = try await UserRepository.names([user], on: sql)[user] ?? user.description
        let approver = try await may(caller, .approveTimesheets, project)
        let mayDecide = sheet?.status == .submitted && caller.userID != user && approver
        let numbers = try await LedgerRepository.numbers(of: entries.compactMap(\.ledgerEntryID), on: sql)
        return TimesheetDetail(
            sheet: sheet,
            userID: user,
            weekStart: week,
            person: person,
            entries: entries,
            accounts: accounts,
            costs: costs,
            daysWithoutRate: missing,
            currency: currency,
            callerMayEdit: caller.userID == user && (sheet?.status.isEditable ?? true),
            callerMayDecide: mayDecide,
            ledgerNumbers: numbers
        )
    }

    /// Whether the caller's role allows `action` here: a question, not a request, so no denial is recorded.
    private func may(_ caller: Caller, _ action: Action, _ project: ID<Project>) async throws -> Bool {
        if caller.isAdmin { return true }
        return PermissionTable.allows(action, role: try await services.policy.role(of: caller, in: project), isAdmin: false)
    }

    private func mayViewTeam(_ caller: Caller, _ project: ID<Project>) async throws -> Bool { try await may(caller, .viewTeamTime, project) }

    /// The signed-in person; Keel itself books no time.
    static func person(_ caller: Caller) throws -> ID<User> {
        guard let user = caller.userID else { throw KeelError.forbidden }
        return user
    }

    /// Labour accounts of the project, with their tasks' names, by code.
    static func bookable(_ project: ID<Project>, _ sql: any SQLDatabase) async throws -> [BookableAccount] {
        let accounts = try await CostAccountRepository.list(project: project, on: sql).filter { $0.category == "labour" }
        let names = try await WorkPlanRepository.taskNames(project: project, on: sql)
        return accounts.map { BookableAccount(account: $0, taskName: $0.taskID.flatMap { names[$0] }) }.sorted { $0.account.code < $1.account.code }
    }

    static func closed(_ project: ID<Project>, _ sql: any SQLDatabase) async throws -> Set<AccountingPeriod> {
        Set(try await LedgerRepository.closedPeriods(project: project, on: sql).map(\.period))
    }

    static func load(_ id: ID<Timesheet>, _ project: ID<Project>, _ sql: any SQLDatabase) async throws -> Timesheet {
        guard let t = try await TimesheetRepository.find(id, project: project, on: sql) else {
            throw KeelError.notFound(kind: "timesheet", id: id.description)
        }
        return t
    }

    static func store(_ t: Timesheet, current: Timesheet, _ sql: any SQLDatabase) async throws -> Timesheet {
        guard case .updated(let n) = try await TimesheetRepository.update(t, expectedVersion: current.version, on: sql) else {
            throw KeelError.versionMismatch(currentVersion: current.version + 1)
        }
        var stored = t
        stored.version = n
        return stored
    }

    static func auditFields(_ t: Timesheet, _ entries: [TimeEntry]) -> [String: String?] {
        [
            "user_id": t.userID.description, "week": t.weekStart.iso, "status": t.status.rawValue,
            "hours": FixedPoint.format(entries.sum { $0.centihours }, digits: 2), "entries": String(entries.count),
        ]
    }
}

extension CostRate {
    func auditFields(_ currency: Currency) -> [String: String?] {
        ["user_id": userID.description, "effective_from": effectiveFrom.iso, "hourly_rate": FixedPoint.format(hourly, digits: currency.minorDigits)]
    }
}

extension InputReader {
    /// Hours with at most two decimals (`7.5`, `0.25`), as hundredths of an hour.
    public mutating func hours(_ key: String, _ target: inout Int64, required: Bool = false) {
        decimal(key, digits: 2, &target, required: required)
    }
}
