import KeelCore
import SQLKit

/// People's cost rates, weekly timesheets and their hours.
public enum TimesheetRepository {
    static let sheetColumns = "id, project_id, user_id, week_start, status, reason, submitted_at, decided_by, decided_at, version"
    static let entryColumns = "timesheet_id, cost_account_id, day, centihours, note, cost, ledger_entry_id"

    // MARK: Rates

    public static func rates(project: ID<Project>, on sql: any SQLDatabase) async throws -> [CostRate] {
        try await sql.raw(
            "SELECT user_id, effective_from, hourly FROM cost_rates WHERE project_id = \(bind: project.description) ORDER BY user_id, effective_from"
        ).all().map(rate)
    }

    public static func rates(project: ID<Project>, user: ID<User>, on sql: any SQLDatabase) async throws -> [CostRate] {
        try await sql.raw(
            """
            SELECT user_id, effective_from, hourly FROM cost_rates WHERE project_id = \(bind: project.description) AND user_id = \(bind: user.description)
            ORDER BY effective_from
            """
        ).all().map(rate)
    }

    /// Adds the rate, or replaces the one the person already has from that day.
    public static func save(_ r: CostRate, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO cost_rates (project_id, user_id, effective_from, hourly) VALUES (\(bind: project.description), \(bind: r.userID.description),
            \(bind: r.effectiveFrom.iso), \(bind: r.hourly)) ON CONFLICT (project_id, user_id, effective_from) DO UPDATE SET hourly = excluded.hourly
            """
        ).run()
    }

    public static func deleteRate(project: ID<Project>, user: ID<User>, from: Day, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            DELETE FROM cost_rates WHERE project_id = \(bind: project.description) AND user_id = \(bind: user.description)
            AND effective_from = \(bind: from.iso)
            """
        ).run()
    }

    // MARK: Timesheets

    /// Serialises decisions on one timesheet on PostgreSQL (racing approvers); SQLite's single writer already does.
    public static func lock(_ id: ID<Timesheet>, on sql: any SQLDatabase) async throws {
        try await ScopedTable<Timesheet>.lockRow("timesheets", id: id.description, on: sql)
    }

    public static func find(_ id: ID<Timesheet>, project: ID<Project>, on sql: any SQLDatabase) async throws -> Timesheet? {
        try await sql.raw(
            "SELECT \(unsafeRaw: sheetColumns) FROM timesheets WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)"
        ).first().map(sheet)
    }

    public static func find(project: ID<Project>, user: ID<User>, week: Day, on sql: any SQLDatabase) async throws -> Timesheet? {
        try await sql.raw(
            """
            SELECT \(unsafeRaw: sheetColumns) FROM timesheets WHERE project_id = \(bind: project.description) AND user_id = \(bind: user.description)
            AND week_start = \(bind: week.iso)
            """
        ).first().map(sheet)
    }

    public struct Filter: Sendable {
        public var user: ID<User>?
        public var status: TimesheetStatus?
        public var week: Day?
        public var limit: Int

        public init(user: ID<User>? = nil, status: TimesheetStatus? = nil, week: Day? = nil, limit: Int = 200) {
            self.user = user
            self.status = status
            self.week = week
            self.limit = limit
        }
    }

    /// Timesheets matching the filter, newest week first, each with its total hours.
    public static func list(project: ID<Project>, _ f: Filter, on sql: any SQLDatabase) async throws -> [(Timesheet, Int64)] {
        var conditions = [SQLQueryString("t.project_id = \(bind: project.description)")]
        if let user = f.user { conditions.append("t.user_id = \(bind: user.description)") }
        if let status = f.status { conditions.append("t.status = \(bind: status.rawValue)") }
        if let week = f.week { conditions.append("t.week_start = \(bind: week.iso)") }
        var whereClause: SQLQueryString = ""
        for (i, c) in conditions.enumerated() { whereClause = i == 0 ? c : "\(whereClause) AND \(c)" }
        let columns = sheetColumns.split(separator: ", ").map { "t." + $0 }.joined(separator: ", ")
        let rows = try await sql.raw(
            """
            SELECT \(unsafeRaw: columns), CAST(COALESCE((SELECT SUM(e.centihours) FROM time_entries e WHERE e.timesheet_id = t.id), 0) AS BIGINT) AS hours
            FROM timesheets t WHERE \(whereClause) ORDER BY t.week_start DESC, t.user_id LIMIT \(bind: f.limit)
            """
        ).all()
        return try rows.map { (try sheet($0), try $0.int64("hours")) }
    }

    public static func insert(_ t: Timesheet, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO timesheets (\(unsafeRaw: sheetColumns)) VALUES (\(bind: t.id.description), \(bind: t.projectID.description),
            \(bind: t.userID.description), \(bind: t.weekStart.iso), \(bind: t.status.rawValue), \(bind: t.reason), \(bind: t.submittedAt),
            \(bind: t.decidedBy), \(bind: t.decidedAt), \(bind: t.version))
            """
        ).run()
    }

    public static func update(_ t: Timesheet, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let row = try await sql.raw(
            """
            UPDATE timesheets SET status = \(bind: t.status.rawValue), reason = \(bind: t.reason), submitted_at = \(bind: t.submittedAt),
            decided_by = \(bind: t.decidedBy), decided_at = \(bind: t.decidedAt), version = version + 1
            WHERE id = \(bind: t.id.description) AND project_id = \(bind: t.projectID.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        return try ScopedTable<Timesheet>.outcome(row)
    }

    public static func entries(_ id: ID<Timesheet>, on sql: any SQLDatabase) async throws -> [TimeEntry] {
        try await sql.raw(
            "SELECT \(unsafeRaw: entryColumns) FROM time_entries WHERE timesheet_id = \(bind: id.description) ORDER BY day, cost_account_id"
        ).all().map(entry)
    }

    /// Replaces every entry of the timesheet.
    public static func replaceEntries(_ id: ID<Timesheet>, project: ID<Project>, _ entries: [TimeEntry], on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM time_entries WHERE timesheet_id = \(bind: id.description)").run()
        for e in entries {
            try await sql.raw(
                """
                INSERT INTO time_entries (\(unsafeRaw: entryColumns), project_id) VALUES (\(bind: id.description), \(bind: e.costAccountID.description),
                \(bind: e.day.iso), \(bind: e.centihours), \(bind: e.note), \(bind: e.cost), \(bind: e.ledgerEntryID?.description), \(bind: project.description))
                """
            ).run()
        }
    }

    public static func hasEntries(costAccount: ID<CostAccount>, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw("SELECT 1 AS x FROM time_entries WHERE cost_account_id = \(bind: costAccount.description) LIMIT 1").first() != nil
    }

    // MARK: Decoding

    static func rate(_ row: any SQLRow) throws -> CostRate {
        guard let from = try row.day("effective_from") else { throw StoreError.corrupt(column: "effective_from", value: "") }
        return CostRate(userID: try row.id("user_id"), effectiveFrom: from, hourly: try row.int64("hourly"))
    }

    static func sheet(_ row: any SQLRow) throws -> Timesheet {
        guard let week = try row.day("week_start") else { throw StoreError.corrupt(column: "week_start", value: "") }
        return Timesheet(
            id: try row.id("id"),
            projectID: try row.id("project_id"),
            userID: try row.id("user_id"),
            weekStart: week,
            status: try row.enumValue("status"),
            reason: try row.text("reason"),
            submittedAt: try row.optionalText("submitted_at"),
            decidedBy: try row.optionalText("decided_by"),
            decidedAt: try row.optionalText("decided_at"),
            version: try row.int64("version")
        )
    }

    static func entry(_ row: any SQLRow) throws -> TimeEntry {
        guard let day = try row.day("day") else { throw StoreError.corrupt(column: "day", value: "") }
        return TimeEntry(
            costAccountID: try row.id("cost_account_id"),
            day: day,
            centihours: try row.int64("centihours"),
            note: try row.text("note"),
            cost: try row.decode(column: "cost", as: Int64?.self),
            ledgerEntryID: try row.optionalText("ledger_entry_id").flatMap { ID($0) }
        )
    }
}
