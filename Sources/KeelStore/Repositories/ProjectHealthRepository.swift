import KeelCore
import SQLKit

/// Each project's last health assessment, kept so the portfolio can show and filter traffic lights
/// for thousands of projects without computing a schedule, earned value or cash forecast per row.
public enum ProjectHealthRepository {
    /// A project that needs reassessing, with the change count its assessment will stand for.
    public struct Due: Sendable {
        public let project: ID<Project>
        public let changes: Int64
    }

    static let figures = """
        as_of, overall, schedule_rag, slip_days, missed_deadlines, spi_t, cost_rag, cpi, risk_rag, critical_risks, high_risks,
        overdue_risk_items, cash_rag, cash_below_on, cash_lowest_minor
        """

    /// The row a new project starts with: due at once.
    public static func insert(project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw("INSERT INTO project_health (project_id) VALUES (\(bind: project.description))").run()
    }

    /// Marks the project's assessment out of date; runs in the transaction of every audited change.
    public static func touch(project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE project_health SET changes = changes + 1 WHERE project_id = \(bind: project.description)").run()
    }

    /// Projects changed since their last assessment or last assessed before `today`, oldest assessment first.
    public static func due(today: Day, limit: Int, on sql: any SQLDatabase) async throws -> [Due] {
        try await sql.raw(
            """
            SELECT project_id, changes FROM project_health
            WHERE changes <> assessed_changes OR as_of IS NULL OR as_of < \(bind: today.iso)
            ORDER BY assessed_at IS NOT NULL, assessed_at, project_id LIMIT \(bind: limit)
            """
        ).all().map { Due(project: try $0.id("project_id"), changes: try $0.int64("changes")) }
    }

    /// The project's change count now, read before an assessment starts so that a change committed
    /// while it runs leaves the row due.
    public static func changes(project: ID<Project>, on sql: any SQLDatabase) async throws -> Int64? {
        try await sql.raw("SELECT changes FROM project_health WHERE project_id = \(bind: project.description)").first()?.int64("changes")
    }

    /// Stores an assessment made of the data as of change count `changes`.
    public static func store(_ h: ProjectHealth, project: ID<Project>, changes: Int64, assessedAt: String, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE project_health SET assessed_changes = \(bind: changes), assessed_at = \(bind: assessedAt), as_of = \(bind: h.asOf.iso),
            overall = \(bind: h.overall?.severity ?? 0),
            schedule_rag = \(bind: h.schedule?.rag.rawValue), slip_days = \(bind: h.schedule?.slipDays),
            missed_deadlines = \(bind: h.schedule?.missedDeadlines), spi_t = \(bind: h.schedule?.spiT),
            cost_rag = \(bind: h.cost?.rag.rawValue), cpi = \(bind: h.cost?.cpi),
            risk_rag = \(bind: h.risk?.rag.rawValue), critical_risks = \(bind: h.risk?.critical), high_risks = \(bind: h.risk?.high),
            overdue_risk_items = \(bind: h.risk?.overdue),
            cash_rag = \(bind: h.cash?.rag.rawValue), cash_below_on = \(bind: h.cash?.belowOn?.iso), cash_lowest_minor = \(bind: h.cash?.lowest)
            WHERE project_id = \(bind: project.description)
            """
        ).run()
    }

    /// The stored assessments of `projects` (those never assessed are left out); a whole CSV export
    /// takes a few queries.
    public static func find(_ projects: [ID<Project>], on sql: any SQLDatabase) async throws -> [ID<Project>: StoredHealth] {
        var result: [ID<Project>: StoredHealth] = [:]
        for list in BoundList.chunks(projects) {
            let rows = try await sql.raw(
                "SELECT project_id, changes, assessed_changes, \(unsafeRaw: figures) FROM project_health WHERE project_id IN (\(list)) AND as_of IS NOT NULL"
            ).all()
            for row in rows {
                result[try row.id("project_id")] = StoredHealth(
                    health: try health(row),
                    current: try row.int64("changes") == row.int64("assessed_changes")
                )
            }
        }
        return result
    }

    static func health(_ row: any SQLRow) throws -> ProjectHealth {
        guard let asOf = try row.day("as_of") else { throw StoreError.corrupt(column: "as_of", value: "") }
        func rag(_ column: String) throws -> RAG? {
            guard let text = try row.optionalText(column) else { return nil }
            guard let r = RAG(rawValue: text) else { throw StoreError.corrupt(column: column, value: text) }
            return r
        }
        func int(_ column: String) throws -> Int? { try row.decode(column: column, as: Int64?.self).map { Int($0) } }
        var h = ProjectHealth(asOf: asOf)
        if let r = try rag("schedule_rag") {
            h.schedule = ScheduleHealth(
                rag: r,
                slipDays: try int("slip_days"),
                missedDeadlines: try int("missed_deadlines") ?? 0,
                spiT: try row.optionalDouble("spi_t")
            )
        }
        if let r = try rag("cost_rag") { h.cost = CostHealth(rag: r, cpi: try row.optionalDouble("cpi")) }
        if let r = try rag("risk_rag") {
            h.risk = RiskHealth(
                rag: r,
                critical: try int("critical_risks") ?? 0,
                high: try int("high_risks") ?? 0,
                overdue: try int("overdue_risk_items") ?? 0
            )
        }
        if let r = try rag("cash_rag") {
            h.cash = CashHealth(
                rag: r,
                belowOn: try row.day("cash_below_on"),
                lowest: try row.decode(column: "cash_lowest_minor", as: Int64?.self) ?? 0
            )
        }
        return h
    }
}
