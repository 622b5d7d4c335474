import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresKit
import PostgresNIO
import SQLKit
import SQLiteKit
import SQLiteNIO

public enum DatabaseKind: String, Sendable {
    case sqlite, postgres
}

/// The one door to storage. Every query goes through `any SQLDatabase`, so repositories are written
/// once for both SQLite and PostgreSQL.
///
/// SQLite: one writer connection behind an async gate (a transaction owns it from BEGIN to COMMIT)
/// and a few reader connections, which WAL lets run beside the writer.
/// PostgreSQL: a `PostgresClient` pool whose `run()` loop this object owns.
public final class Database: Sendable {
    public let kind: DatabaseKind
    public let location: DatabaseLocation
    private let backend: Backend
    let logger: Logger

    private enum Backend: Sendable {
        case sqlite(writer: SQLiteConnection, gate: AsyncGate, readers: ResourcePool<SQLiteConnection>)
        case postgres(client: PostgresClient, runner: Task<Void, Never>)
    }

    /// How long an SQLite statement waits for another process's lock before failing with SQLITE_BUSY.
    public static let sqliteBusyTimeoutMilliseconds = 5_000

    private init(kind: DatabaseKind, location: DatabaseLocation, backend: Backend, logger: Logger) {
        self.kind = kind
        self.location = location
        self.backend = backend
        self.logger = logger
    }

    public static func open(_ location: DatabaseLocation, logger: Logger, readerCount: Int = 3) async throws -> Database {
        switch location {
        case .sqlite(let path):
            let dir = (path as NSString).deletingLastPathComponent
            if !dir.isEmpty { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
            let writer = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
            do {
                try await configureSQLite(writer, logger: logger, isWriter: true)
                var readers: [SQLiteConnection] = []
                for _ in 0..<max(1, readerCount) {
                    let r = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
                    readers.append(r)
                    try await configureSQLite(r, logger: logger, isWriter: false)
                }
                return Database(
                    kind: .sqlite,
                    location: location,
                    backend: .sqlite(writer: writer, gate: AsyncGate(), readers: ResourcePool(readers)),
                    logger: logger
                )
            } catch {
                try? await writer.close()
                throw error
            }
        case .postgres(let p):
            let tls: PostgresClient.Configuration.TLS
            switch p.sslMode {
            case "require": tls = .require(.makeClientConfiguration())
            case "prefer": tls = .prefer(.makeClientConfiguration())
            default: tls = .disable
            }
            var config = PostgresClient.Configuration(
                host: p.host,
                port: p.port,
                username: p.username,
                password: p.password,
                database: p.database,
                tls: tls
            )
            config.options.maximumConnections = 10
            let client = PostgresClient(configuration: config, backgroundLogger: logger)
            let runner = Task { await client.run() }
            let db = Database(kind: .postgres, location: location, backend: .postgres(client: client, runner: runner), logger: logger)
            do {
                // Fail fast on a wrong URL instead of hanging on the first lease.
                _ = try await db.read { sql in try await sql.raw("SELECT 1 AS one").all() }
            } catch {
                await db.close()
                throw error
            }
            return db
        }
    }

    public static func open(url: String, logger: Logger) async throws -> Database {
        try await open(try DatabaseLocation(url: url), logger: logger)
    }

    /// WAL so readers never block the writer; foreign keys on; FULL sync so a committed transaction
    /// survives power loss; a busy timeout (replacing sqlite-nio's retry-forever handler) so a lock held by
    /// another process yields an error instead of a hang. Each setting is read back and checked.
    private static func configureSQLite(_ c: SQLiteConnection, logger: Logger, isWriter: Bool) async throws {
        let sql = c.sql()
        try await sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(sqliteBusyTimeoutMilliseconds))").run()
        if isWriter {
            let mode = try await sql.raw("PRAGMA journal_mode = WAL").first()?.decode(column: "journal_mode", as: String.self)
            guard mode?.lowercased() == "wal" else { throw DatabaseError.misconfigured("journal_mode is \(mode ?? "unknown"), not WAL") }
        }
        try await sql.raw("PRAGMA foreign_keys = ON").run()
        try await sql.raw("PRAGMA synchronous = FULL").run()
        let fk = try await sql.raw("PRAGMA foreign_keys").first()?.decode(column: "foreign_keys", as: Int.self)
        let sync = try await sql.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self)
        let busy = try await sql.raw("PRAGMA busy_timeout").first()?.decode(column: "timeout", as: Int.self)
        guard fk == 1 else { throw DatabaseError.misconfigured("foreign_keys is off") }
        guard sync == 2 else { throw DatabaseError.misconfigured("synchronous is \(sync ?? -1), not FULL (2)") }
        guard busy == sqliteBusyTimeoutMilliseconds else { throw DatabaseError.misconfigured("busy_timeout is \(busy ?? -1)") }
    }

    /// Runs reads outside any transaction.
    public func read<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        switch backend {
        case .sqlite(_, _, let readers):
            let c = await readers.acquire()
            defer { readers.release(c) }
            return try await body(c.sql())
        case .postgres(let client, _):
            return try await client.withConnection { conn in try await body(conn.sql(queryLogLevel: .trace)) }
        }
    }

    /// Runs `body` on the one connection that may write, without opening a transaction (the
    /// migrator uses it to hold a lock across several transactions).
    func withWriter<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        switch backend {
        case .sqlite(let writer, let gate, _):
            return try await gate.withLock { try await body(writer.sql()) }
        case .postgres(let client, _):
            return try await client.withConnection { conn in try await body(conn.sql(queryLogLevel: .trace)) }
        }
    }

    /// Runs `body` in one transaction: all of it is stored, or (on any thrown error) none of it.
    public func transaction<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        try await withWriter { sql in try await Self.inTransaction(sql, kind: kind, body) }
    }

    static func inTransaction<T: Sendable>(
        _ sql: any SQLDatabase,
        kind: DatabaseKind,
        _ body: (any SQLDatabase) async throws -> T
    ) async throws -> T {
        // IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a read lock.
        try await sql.raw(kind == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN").run()
        do {
            let result = try await body(sql)
            try await sql.raw("COMMIT").run()
            return result
        } catch {
            do { try await sql.raw("ROLLBACK").run() } catch {}
            throw error
        }
    }

    /// True when the database answers a trivial query (used by `/healthz`).
    public func ping() async -> Bool {
        do {
            _ = try await read { sql in try await sql.raw("SELECT 1 AS one").first() }
            return true
        } catch {
            return false
        }
    }

    public func close() async {
        switch backend {
        case .sqlite(let writer, let gate, let readers):
            await gate.withLock {
                try? await writer.close()
            }
            for r in readers.all { try? await r.close() }
        case .postgres(_, let runner):
            runner.cancel()
            await runner.value
        }
    }
}
