import SQLKit

extension Database {
    /// The names of the tables in the database, from its own catalogue, sorted.
    public func tableNames() async throws -> [String] {
        try await read { sql in
            switch kind {
            case .sqlite:
                return try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all()
                    .map { try $0.decode(column: "name", as: String.self) }
            case .postgres:
                return try await sql.raw("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename").all()
                    .map { try $0.decode(column: "tablename", as: String.self) }
            }
        }
    }
}
