import KeelCore
import SQLKit

public enum ObjectiveRepository {
    static let columns = "id, project_id, position, name, unit, baseline, target, direction, red_threshold, amber_threshold, due_date, version"

    static let table = ScopedTable(table: "objectives", columns: columns, order: "position, name", decode: objective)

    public static func list(project: ID<Project>, on sql: any SQLDatabase) async throws -> [Objective] {
        try await table.list(project: project, on: sql)
    }

    /// Finds the objective only within its project: an id from another project is not found.
    public static func find(_ id: ID<Objective>, project: ID<Project>, on sql: any SQLDatabase) async throws -> Objective? {
        try await table.find(id.description, project: project, on: sql)
    }

    public static func nextPosition(project: ID<Project>, on sql: any SQLDatabase) async throws -> Int {
        try await table.nextPosition(project: project, on: sql)
    }

    public static func insert(_ o: Objective, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO objectives (\(unsafeRaw: columns)) VALUES (\(bind: o.id.description), \(bind: o.projectID.description),
            \(bind: Int64(o.position)), \(bind: o.name), \(bind: o.kpi.unit), \(bind: o.kpi.baseline), \(bind: o.kpi.target),
            \(bind: o.kpi.direction.rawValue), \(bind: o.kpi.redThreshold), \(bind: o.kpi.amberThreshold), \(bind: o.dueDate?.iso),
            \(bind: o.version))
            """
        ).run()
    }

    public static func update(_ o: Objective, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let row = try await sql.raw(
            """
            UPDATE objectives SET name = \(bind: o.name), unit = \(bind: o.kpi.unit), baseline = \(bind: o.kpi.baseline),
            target = \(bind: o.kpi.target), direction = \(bind: o.kpi.direction.rawValue), red_threshold = \(bind: o.kpi.redThreshold),
            amber_threshold = \(bind: o.kpi.amberThreshold), due_date = \(bind: o.dueDate?.iso), position = \(bind: Int64(o.position)),
            version = version + 1
            WHERE id = \(bind: o.id.description) AND project_id = \(bind: o.projectID.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        return try ScopedTable<Objective>.outcome(row)
    }

    public static func delete(_ id: ID<Objective>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await table.delete(id.description, project: project, on: sql)
    }

    @Sendable static func objective(_ row: any SQLRow) throws -> Objective {
        Objective(
            id: try row.id("id"),
            projectID: try row.id("project_id"),
            name: try row.text("name"),
            kpi: KPI(
                unit: try row.text("unit"),
                baseline: try row.optionalDouble("baseline"),
                target: try row.double("target"),
                direction: try row.enumValue("direction"),
                redThreshold: try row.double("red_threshold"),
                amberThreshold: try row.double("amber_threshold")
            ),
            dueDate: try row.day("due_date"),
            position: try row.int("position"),
            version: try row.int64("version")
        )
    }
}
