import KeelCore
import SQLKit

/// The issue log of a project.
public enum IssueRepository {
    static let columns =
        "id, project_id, number, title, description, owner, priority, status, raised_on, due, resolved_on, resolution, risk_id, version"

    /// Serialises turning one risk into an issue on PostgreSQL (two people at once open one issue);
    /// SQLite's single writer already does.
    public static func lock(risk: ID<Risk>, on sql: any SQLDatabase) async throws {
        try await ScopedTable<Risk>.lockRow("risks", id: risk.description, on: sql)
    }

    public static func list(project: ID<Project>, on sql: any SQLDatabase) async throws -> [ProjectIssue] {
        try await sql.raw("SELECT \(unsafeRaw: columns) FROM issues WHERE project_id = \(bind: project.description) ORDER BY number DESC").all().map(
            issue
        )
    }

    public static func find(_ id: ID<ProjectIssue>, project: ID<Project>, on sql: any SQLDatabase) async throws -> ProjectIssue? {
        try await sql.raw(
            "SELECT \(unsafeRaw: columns) FROM issues WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)"
        ).first().map(issue)
    }

    public static func forRisk(_ risk: ID<Risk>, on sql: any SQLDatabase) async throws -> [ProjectIssue] {
        try await sql.raw("SELECT \(unsafeRaw: columns) FROM issues WHERE risk_id = \(bind: risk.description) ORDER BY number").all().map(issue)
    }

    public static func nextNumber(project: ID<Project>, on sql: any SQLDatabase) async throws -> Int {
        let row = try await sql.raw("SELECT COALESCE(MAX(number), 0) AS n FROM issues WHERE project_id = \(bind: project.description)").first()
        return (try row?.int("n") ?? 0) + 1
    }

    public static func insert(_ i: ProjectIssue, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO issues (\(unsafeRaw: columns)) VALUES (\(bind: i.id.description), \(bind: i.projectID.description), \(bind: Int64(i.number)),
            \(bind: i.title), \(bind: i.description), \(bind: i.owner), \(bind: i.priority.rawValue), \(bind: i.status.rawValue), \(bind: i.raisedOn.iso),
            \(bind: i.due?.iso), \(bind: i.resolvedOn?.iso), \(bind: i.resolution), \(bind: i.riskID?.description), \(bind: i.version))
            """
        ).run()
    }

    public static func update(_ i: ProjectIssue, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let row = try await sql.raw(
            """
            UPDATE issues SET title = \(bind: i.title), description = \(bind: i.description), owner = \(bind: i.owner), priority = \(bind: i.priority.rawValue),
            status = \(bind: i.status.rawValue), raised_on = \(bind: i.raisedOn.iso), due = \(bind: i.due?.iso), resolved_on = \(bind: i.resolvedOn?.iso),
            resolution = \(bind: i.resolution), version = version + 1
            WHERE id = \(bind: i.id.description) AND project_id = \(bind: i.projectID.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        return try ScopedTable<ProjectIssue>.outcome(row)
    }

    public static func delete(_ id: ID<ProjectIssue>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM issues WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)").run()
    }

    static func issue(_ row: any SQLRow) throws -> ProjectIssue {
        guard let raised = try row.day("raised_on") else { throw StoreError.corrupt(column: "raised_on", value: "") }
        return ProjectIssue(
            id: try row.id("id"),
            projectID: try row.id("project_id"),
            number: try row.int("number"),
            title: try row.text("title"),
            description: try row.text("description"),
            owner: try row.text("owner"),
            priority: try row.enumValue("priority"),
            status: try row.enumValue("status"),
            raisedOn: raised,
            due: try row.day("due"),
            resolvedOn: try row.day("resolved_on"),
            resolution: try row.text("resolution"),
            riskID: try row.optionalText("risk_id").flatMap(ID<Risk>.init),
            version: try row.int64("version")
        )
    }
}
