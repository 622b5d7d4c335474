import KeelCore
import SQLKit

/// The queries every table of project-owned rows shares. Each one is scoped by `project_id`, so a row
/// of another project is never read, changed or deleted through an id alone.
struct ScopedTable<Row>: Sendable {
    let table: String
    let columns: String
    let order: String
    let decode: @Sendable (any SQLRow) throws -> Row

    func list(project: ID<Project>, on sql: any SQLDatabase) async throws -> [Row] {
        try await sql.raw(
            "SELECT \(unsafeRaw: columns) FROM \(unsafeRaw: table) WHERE project_id = \(bind: project.description) ORDER BY \(unsafeRaw: order)"
        ).all().map(decode)
    }

    func find(_ id: String, project: ID<Project>, on sql: any SQLDatabase) async throws -> Row? {
        try await sql.raw(
            "SELECT \(unsafeRaw: columns) FROM \(unsafeRaw: table) WHERE id = \(bind: id) AND project_id = \(bind: project.description)"
        ).first().map(decode)
    }

    func delete(_ id: String, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM \(unsafeRaw: table) WHERE id = \(bind: id) AND project_id = \(bind: project.description)").run()
    }

    /// The position after the last one, for appending to an ordered list.
    func nextPosition(project: ID<Project>, on sql: any SQLDatabase) async throws -> Int {
        try await sql.raw(
            "SELECT COALESCE(MAX(position), -1) + 1 AS p FROM \(unsafeRaw: table) WHERE project_id = \(bind: project.description)"
        ).first()?.int("p") ?? 0
    }

    /// Locks one row until the transaction ends, on PostgreSQL; SQLite's single writer already
    /// serialises writers. For checks that must hold under concurrent requests (numbering, "decided
    /// once"), taken before reading what the check reads.
    static func lockRow(_ table: String, id: String, on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "postgresql" {
            try await sql.raw("SELECT id FROM \(unsafeRaw: table) WHERE id = \(bind: id) FOR UPDATE").run()
        }
    }

    /// Maps the row a guarded `UPDATE … RETURNING version` gave back (none: the version was stale).
    static func outcome(_ row: (any SQLRow)?) throws -> UpdateOutcome {
        try row.map { .updated(newVersion: try $0.int64("version")) } ?? .stale
    }
}
