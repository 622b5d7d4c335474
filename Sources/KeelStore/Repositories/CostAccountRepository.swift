import KeelCore
import SQLKit

/// Cost categories (custom ones; the standard six need no row) and cost accounts of a project.
public enum CostAccountRepository {
    static let columns = "id, project_id, task_id, category, code, name, version, estimate_low, estimate_mode, estimate_high"

    public static func customCategories(project: ID<Project>, on sql: any SQLDatabase) async throws -> [CostCategory] {
        try await sql.raw("SELECT code, name FROM cost_categories WHERE project_id = \(bind: project.description) ORDER BY code").all().map {
            CostCategory(code: try $0.text("code"), name: try $0.text("name"))
        }
    }

    public static func insertCategory(_ c: CostCategory, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            "INSERT INTO cost_categories (project_id, code, name) VALUES (\(bind: project.description), \(bind: c.code), \(bind: c.name))"
        ).run()
    }

    public static func deleteCategory(_ code: String, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM cost_categories WHERE project_id = \(bind: project.description) AND code = \(bind: code)").run()
    }

    public static func categoryInUse(_ code: String, project: ID<Project>, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw(
            "SELECT 1 AS x FROM cost_accounts WHERE project_id = \(bind: project.description) AND category = \(bind: code) LIMIT 1"
        ).first() != nil
    }

    public static func settings(project: ID<Project>, on sql: any SQLDatabase) async throws -> CostControlSettings {
        guard
            let row = try await sql.raw(
                "SELECT commitment_control, tolerance FROM finance_settings WHERE project_id = \(bind: project.description)"
            ).first()
        else { return .standard }
        return CostControlSettings(control: try row.enumValue("commitment_control"), toleranceBasisPoints: try row.int64("tolerance"))
    }

    public static func save(_ s: CostControlSettings, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO finance_settings (project_id, commitment_control, tolerance) VALUES (\(bind: project.description), \(bind: s.control.rawValue),
            \(bind: s.toleranceBasisPoints)) ON CONFLICT (project_id) DO UPDATE SET commitment_control = excluded.commitment_control, tolerance = excluded.tolerance
            """
        ).run()
    }

    public static func list(project: ID<Project>, on sql: any SQLDatabase) async throws -> [CostAccount] {
        try await sql.raw("SELECT \(unsafeRaw: columns) FROM cost_accounts WHERE project_id = \(bind: project.description) ORDER BY code, id").all()
            .map(account)
    }

    public static func find(_ id: ID<CostAccount>, project: ID<Project>, on sql: any SQLDatabase) async throws -> CostAccount? {
        try await sql.raw(
            "SELECT \(unsafeRaw: columns) FROM cost_accounts WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)"
        ).first().map(account)
    }

    public static func insert(_ a: CostAccount, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO cost_accounts (\(unsafeRaw: columns)) VALUES (\(bind: a.id.description), \(bind: a.projectID.description),
            \(bind: a.taskID?.description), \(bind: a.category), \(bind: a.code), \(bind: a.name), \(bind: a.version), \(bind: a.estimate?.low),
            \(bind: a.estimate?.mode), \(bind: a.estimate?.high))
            """
        ).run()
    }

    public static func update(_ a: CostAccount, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let row = try await sql.raw(
            """
            UPDATE cost_accounts SET task_id = \(bind: a.taskID?.description), category = \(bind: a.category), code = \(bind: a.code),
            name = \(bind: a.name), estimate_low = \(bind: a.estimate?.low), estimate_mode = \(bind: a.estimate?.mode),
            estimate_high = \(bind: a.estimate?.high), version = version + 1
            WHERE id = \(bind: a.id.description) AND project_id = \(bind: a.projectID.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        return try ScopedTable<CostAccount>.outcome(row)
    }

    public static func delete(_ id: ID<CostAccount>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM cost_accounts WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)").run()
    }

    @Sendable static func account(_ row: any SQLRow) throws -> CostAccount {
        let task = try row.optionalText("task_id")
        return CostAccount(
            id: try row.id("id"),
            projectID: try row.id("project_id"),
            taskID: try task.map { t throws -> ID<PlanTask> in
                guard let id = ID<PlanTask>(t) else { throw StoreError.corrupt(column: "task_id", value: t) }
                return id
            },
            category: try row.text("category"),
            code: try row.text("code"),
            name: try row.text("name"),
            estimate: try estimate(row),
            version: try row.int64("version")
        )
    }

    static func estimate(_ row: any SQLRow) throws -> ThreePoint? {
        guard let low = try row.decode(column: "estimate_low", as: Int64?.self), let mode = try row.decode(column: "estimate_mode", as: Int64?.self),
            let high = try row.decode(column: "estimate_high", as: Int64?.self)
        else { return nil }
        return ThreePoint(low: low, mode: mode, high: high)
    }
}
