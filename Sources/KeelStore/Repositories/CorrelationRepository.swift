import KeelCore
import SQLKit

/// The risk analysis's groups of correlated tasks, with their tasks in order.
public enum CorrelationRepository {
    public static func list(project: ID<Project>, on sql: any SQLDatabase) async throws -> [CorrelationGroup] {
        var groups = try await sql.raw(
            "SELECT id, project_id, name, coefficient, version FROM correlation_groups WHERE project_id = \(bind: project.description) ORDER BY name, id"
        ).all().map(group)
        let links = try await sql.raw(
            """
            SELECT l.group_id, l.task_id FROM correlation_group_tasks l JOIN correlation_groups g ON g.id = l.group_id
            WHERE g.project_id = \(bind: project.description) ORDER BY l.group_id, l.position
            """
        ).all()
        var byGroup: [String: [ID<PlanTask>]] = [:]
        for row in links { byGroup[try row.text("group_id"), default: []].append(try row.id("task_id")) }
        for i in groups.indices { groups[i].taskIDs = byGroup[groups[i].id.description] ?? [] }
        return groups
    }

    public static func find(_ id: ID<CorrelationGroup>, project: ID<Project>, on sql: any SQLDatabase) async throws -> CorrelationGroup? {
        guard
            var g = try await sql.raw(
                """
                SELECT id, project_id, name, coefficient, version FROM correlation_groups
                WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)
                """
            ).first().map(group)
        else { return nil }
        g.taskIDs = try await sql.raw("SELECT task_id FROM correlation_group_tasks WHERE group_id = \(bind: id.description) ORDER BY position").all()
            .map { try $0.id("task_id") }
        return g
    }

    public static func insert(_ g: CorrelationGroup, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO correlation_groups (id, project_id, name, coefficient, version)
            VALUES (\(bind: g.id.description), \(bind: g.projectID.description), \(bind: g.name), \(bind: Int64(g.coefficient)), \(bind: g.version))
            """
        ).run()
        try await replaceTasks(g, on: sql)
    }

    public static func update(_ g: CorrelationGroup, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let row = try await sql.raw(
            """
            UPDATE correlation_groups SET name = \(bind: g.name), coefficient = \(bind: Int64(g.coefficient)), version = version + 1
            WHERE id = \(bind: g.id.description) AND project_id = \(bind: g.projectID.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        let outcome = try ScopedTable<CorrelationGroup>.outcome(row)
        if case .updated = outcome { try await replaceTasks(g, on: sql) }
        return outcome
    }

    public static func delete(_ id: ID<CorrelationGroup>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM correlation_group_tasks WHERE group_id = \(bind: id.description)").run()
        try await sql.raw("DELETE FROM correlation_groups WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)").run()
    }

    private static func replaceTasks(_ g: CorrelationGroup, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM correlation_group_tasks WHERE group_id = \(bind: g.id.description)").run()
        for (i, t) in g.taskIDs.enumerated() {
            try await sql.raw(
                """
                INSERT INTO correlation_group_tasks (group_id, task_id, position)
                VALUES (\(bind: g.id.description), \(bind: t.description), \(bind: Int64(i)))
                """
            ).run()
        }
    }

    static func group(_ row: any SQLRow) throws -> CorrelationGroup {
        CorrelationGroup(
            id: try row.id("id"),
            projectID: try row.id("project_id"),
            name: try row.text("name"),
            coefficient: try row.int("coefficient"),
            version: try row.int64("version")
        )
    }
}
