import KeelCore
import SQLKit

/// Measured values of a project's KPIs.
public enum KPIMeasurementRepository {
    static let columns = "id, project_id, objective_id, measured_on, value, note"

    /// Every measurement of the project, oldest first.
    public static func list(project: ID<Project>, on sql: any SQLDatabase) async throws -> [KPIMeasurement] {
        try await sql.raw(
            "SELECT \(unsafeRaw: columns) FROM kpi_measurements WHERE project_id = \(bind: project.description) ORDER BY measured_on, id"
        ).all().map(measurement)
    }

    public static func list(objective: ID<Objective>, project: ID<Project>, on sql: any SQLDatabase) async throws -> [KPIMeasurement] {
        try await sql.raw(
            """
            SELECT \(unsafeRaw: columns) FROM kpi_measurements WHERE project_id = \(bind: project.description)
            AND objective_id = \(bind: objective.description) ORDER BY measured_on
            """
        ).all().map(measurement)
    }

    public static func insert(_ m: KPIMeasurement, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO kpi_measurements (\(unsafeRaw: columns)) VALUES (\(bind: m.id.description), \(bind: m.projectID.description),
            \(bind: m.objectiveID.description), \(bind: m.measuredOn.iso), \(bind: m.value), \(bind: m.note))
            """
        ).run()
    }

    public static func delete(_ id: ID<KPIMeasurement>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM kpi_measurements WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)").run()
    }

    static func measurement(_ row: any SQLRow) throws -> KPIMeasurement {
        guard let day = try row.day("measured_on") else { throw StoreError.corrupt(column: "measured_on", value: "") }
        return KPIMeasurement(
            id: try row.id("id"),
            projectID: try row.id("project_id"),
            objectiveID: try row.id("objective_id"),
            measuredOn: day,
            value: try row.double("value"),
            note: try row.text("note")
        )
    }
}
