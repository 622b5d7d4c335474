import KeelCore
import SQLKit

/// The project's risk categories below the standard top-level ones.
public enum RiskCategoryRepository {
    static let columns = "id, project_id, root, parent_id, name, version"

    public static func list(project: ID<Project>, on sql: any SQLDatabase) async throws -> [RiskSubcategory] {
        try await sql.raw("SELECT \(unsafeRaw: columns) FROM risk_categories WHERE project_id = \(bind: project.description) ORDER BY name, id").all()
            .map(category)
    }

    public static func insert(_ c: RiskSubcategory, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO risk_categories (\(unsafeRaw: columns)) VALUES (\(bind: c.id.description), \(bind: c.projectID.description), \(bind: c.root.rawValue),
            \(bind: c.parentID?.description), \(bind: c.name), \(bind: c.version))
            """
        ).run()
    }

    public static func update(_ c: RiskSubcategory, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let row = try await sql.raw(
            """
            UPDATE risk_categories SET root = \(bind: c.root.rawValue), parent_id = \(bind: c.parentID?.description), name = \(bind: c.name),
            version = version + 1
            WHERE id = \(bind: c.id.description) AND project_id = \(bind: c.projectID.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        return try ScopedTable<RiskSubcategory>.outcome(row)
    }

    /// Moves everything below `c` up to its parent, then deletes it: its child categories and its
    /// risks keep their place in the structure, one level higher. Returns the ids of the risks moved.
    public static func delete(_ c: RiskSubcategory, on sql: any SQLDatabase) async throws -> [ID<Risk>] {
        let moved = try await sql.raw(
            "SELECT id FROM risks WHERE project_id = \(bind: c.projectID.description) AND subcategory_id = \(bind: c.id.description)"
        ).all().map { try $0.id("id") as ID<Risk> }
        try await sql.raw(
            """
            UPDATE risks SET subcategory_id = \(bind: c.parentID?.description), version = version + 1
            WHERE project_id = \(bind: c.projectID.description) AND subcategory_id = \(bind: c.id.description)
            """
        ).run()
        try await sql.raw(
            """
            UPDATE risk_categories SET parent_id = \(bind: c.parentID?.description), version = version + 1
            WHERE project_id = \(bind: c.projectID.description) AND parent_id = \(bind: c.id.description)
            """
        ).run()
        try await sql.raw("DELETE FROM risk_categories WHERE id = \(bind: c.id.description) AND project_id = \(bind: c.projectID.description)").run()
        return moved
    }

    /// Moving a category under another root carries its risks along.
    public static func setRoot(
        _ root: RiskCategory,
        forRisksIn ids: Set<ID<RiskSubcategory>>,
        project: ID<Project>,
        on sql: any SQLDatabase
    ) async throws {
        guard !ids.isEmpty else { return }
        let list = SQLList(ids.sorted { $0.description < $1.description }.map { SQLBind($0.description) })
        try await sql.raw(
            """
            UPDATE risks SET category = \(bind: root.rawValue), version = version + 1
            WHERE project_id = \(bind: project.description) AND subcategory_id IN (\(list)) AND category <> \(bind: root.rawValue)
            """
        ).run()
    }

    static func category(_ row: any SQLRow) throws -> RiskSubcategory {
        RiskSubcategory(
            id: try row.id("id"),
            projectID: try row.id("project_id"),
            root: try row.enumValue("root"),
            parentID: try row.optionalText("parent_id").flatMap(ID<RiskSubcategory>.init),
            name: try row.text("name"),
            version: try row.int64("version")
        )
    }
}
