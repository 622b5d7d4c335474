import KeelCore
import SQLKit

/// Response actions of the risk register, each scoped by its project.
public enum RiskActionRepository {
    static let columns = "id, risk_id, project_id, title, owner, due, cost, status, version"

    public static func list(project: ID<Project>, on sql: any SQLDatabase) async throws -> [RiskAction] {
        try await sql.raw(
            "SELECT \(unsafeRaw: columns) FROM risk_actions WHERE project_id = \(bind: project.description) ORDER BY due IS NULL, due, title, id"
        ).all().map(action)
    }

    public static func find(_ id: ID<RiskAction>, project: ID<Project>, on sql: any SQLDatabase) async throws -> RiskAction? {
        try await sql.raw(
            "SELECT \(unsafeRaw: columns) FROM risk_actions WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)"
        ).first().map(action)
    }

    public static func insert(_ a: RiskAction, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO risk_actions (\(unsafeRaw: columns)) VALUES (\(bind: a.id.description), \(bind: a.riskID.description),
            \(bind: a.projectID.description), \(bind: a.title), \(bind: a.owner), \(bind: a.due?.iso), \(bind: a.cost), \(bind: a.status.rawValue),
            \(bind: a.version))
            """
        ).run()
    }

    public static func update(_ a: RiskAction, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let row = try await sql.raw(
            """
            UPDATE risk_actions SET title = \(bind: a.title), owner = \(bind: a.owner), due = \(bind: a.due?.iso), cost = \(bind: a.cost),
            status = \(bind: a.status.rawValue), version = version + 1
            WHERE id = \(bind: a.id.description) AND project_id = \(bind: a.projectID.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        return try ScopedTable<RiskAction>.outcome(row)
    }

    public static func delete(_ id: ID<RiskAction>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM risk_actions WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)").run()
    }

    @Sendable static func action(_ row: any SQLRow) throws -> RiskAction {
        RiskAction(
            id: try row.id("id"),
            projectID: try row.id("project_id"),
            riskID: try row.id("risk_id"),
            title: try row.text("title"),
            owner: try row.text("owner"),
            due: try row.day("due"),
            cost: try row.int64("cost"),
            status: try row.enumValue("status"),
            version: try row.int64("version")
        )
    }
}
