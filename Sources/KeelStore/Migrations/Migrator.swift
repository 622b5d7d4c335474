import Logging
import SQLKit

/// Applies pending migrations in order, each in its own transaction, recording them in
/// `schema_migrations`. On PostgreSQL a session advisory lock makes concurrent starts of several
/// instances migrate exactly once; on SQLite the single writer connection does the same job.
public struct Migrator: Sendable {
    public let database: Database
    public let migrations: [Migration]

    /// An arbitrary constant that names Keel's migration lock among PostgreSQL advisory locks.
    static let advisoryLockKey: Int64 = 0x4B45_454C_4D49_4752

    public init(database: Database, migrations: [Migration] = Migrations.all) {
        self.database = database
        self.migrations = migrations.sorted { $0.version < $1.version }
    }

    /// Returns the versions applied by this call (empty when the schema was already current).
    @discardableResult
    public func migrate() async throws -> [Int] {
        let kind = database.kind
        let migrations = self.migrations
        let logger = database.logger
        return try await database.withWriter { sql in
            if kind == .postgres {
                try await sql.raw("SELECT pg_advisory_lock(\(bind: Self.advisoryLockKey))").run()
            }
            do {
                let applied = try await Self.apply(migrations, on: sql, kind: kind, logger: logger)
                if kind == .postgres { try await sql.raw("SELECT pg_advisory_unlock(\(bind: Self.advisoryLockKey))").run() }
                return applied
            } catch {
                if kind == .postgres { try? await sql.raw("SELECT pg_advisory_unlock(\(bind: Self.advisoryLockKey))").run() }
                throw error
            }
        }
    }

    private static func apply(_ migrations: [Migration], on sql: any SQLDatabase, kind: DatabaseKind, logger: Logger) async throws -> [Int] {
        try await sql.raw(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        ).run()
        let done = Set(try await sql.raw("SELECT version FROM schema_migrations").all().map { try $0.decode(column: "version", as: Int.self) })
        var applied: [Int] = []
        for m in migrations where !done.contains(m.version) {
            do {
                try await Database.inTransaction(sql, kind: kind) { tx in
                    for statement in m.statements(kind) { try await tx.raw(SQLQueryString(statement)).run() }
                    try await m.dataStep?.run(tx)
                    try await tx.insert(into: "schema_migrations")
                        .columns("version", "name", "applied_at")
                        .values(SQLBind(m.version), SQLBind(m.name), SQLBind(Timestamp.now()))
                        .run()
                }
            } catch {
                throw DatabaseError.migrationFailed(version: m.version, reason: String(describing: error))
            }
            logger.info("applied migration", metadata: ["version": "\(m.version)", "name": "\(m.name)"])
            applied.append(m.version)
        }
        return applied
    }

    /// The highest applied version, or 0 on an empty database.
    public func currentVersion() async throws -> Int {
        try await database.read { sql in
            let exists: Bool
            switch database.kind {
            case .sqlite:
                exists = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").first() != nil
            case .postgres:
                exists = try await sql.raw("SELECT tablename FROM pg_tables WHERE tablename = 'schema_migrations'").first() != nil
            }
            guard exists else { return 0 }
            return try await sql.raw("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations").first()?.decode(column: "v", as: Int.self) ?? 0
        }
    }
}
