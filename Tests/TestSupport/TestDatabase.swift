import Foundation
import KeelApp
import KeelStore
import Logging
import SQLKit

/// The databases every store and HTTP test runs on: SQLite always, PostgreSQL when
/// `KEEL_TEST_POSTGRES_URL` names a server (CI starts one). The same tests, not copies.
public enum TestBackend: String, Sendable, CustomStringConvertible, CaseIterable {
    case sqlite, postgres

    public var description: String { rawValue }

    public static var postgresURL: String? {
        let v = ProcessInfo.processInfo.environment["KEEL_TEST_POSTGRES_URL"]
        return (v?.isEmpty ?? true) ? nil : v
    }

    /// The backends available in this run.
    public static var available: [TestBackend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }
}

public enum TestDatabase {
    static var logger: Logger {
        var l = Logger(label: "keel-test")
        l.logLevel = .warning
        return l
    }

    /// Runs `body` against a fresh, migrated, empty database of the given kind, removed afterwards.
    public static func with(_ backend: TestBackend, migrate: Bool = true, _ body: (Database) async throws -> Void) async throws {
        switch backend {
        case .sqlite:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("keel-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            let db = try await Database.open(.sqlite(path: dir.appendingPathComponent("test.sqlite").path), logger: logger)
            try await run(db, migrate: migrate, body)
        case .postgres:
            guard let url = TestBackend.postgresURL, case .postgres(let base) = try DatabaseLocation(url: url) else {
                throw DatabaseError.invalidURL("KEEL_TEST_POSTGRES_URL is not a postgres:// URL")
            }
            let name = "keel_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            let admin = try await Database.open(.postgres(base), logger: logger)
            do {
                try await admin.read { sql in try await sql.raw("CREATE DATABASE \(unsafeRaw: String(name))").run() }
                var location = base
                location.database = String(name)
                let db = try await Database.open(.postgres(location), logger: logger)
                try await run(db, migrate: migrate, body)
                try await admin.read { sql in try await sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: String(name)) WITH (FORCE)").run() }
                await admin.close()
            } catch {
                try? await admin.read { sql in try await sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: String(name)) WITH (FORCE)").run() }
                await admin.close()
                throw error
            }
        }
    }

    private static func run(_ db: Database, migrate: Bool, _ body: (Database) async throws -> Void) async throws {
        do {
            if migrate { try await Migrator(database: db).migrate() }
            try await body(db)
            await db.close()
        } catch {
            await db.close()
            throw error
        }
    }

    /// Tables that change on their own account while a request is answered (sessions seen, sign-in
    /// throttles, idempotency records, the audit chain's head) or hold accounts rather than data.
    public static let bookkeepingTables: Set<String> = [
        "schema_migrations", "users", "sessions", "api_tokens", "sign_in_failures", "sign_in_throttle", "sign_in_known_clients",
        "idempotency_keys", "audit_head",
    ]

    /// Counts rows of every table that user actions write (all but the bookkeeping ones, read from the
    /// database's catalogue so that a new module's tables are counted too), to prove a failed request
    /// changed nothing.
    public static func rowCounts(_ db: Database) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in try await db.tableNames() where !bookkeepingTables.contains(table) {
            counts[table] = try await db.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(column: "n", as: Int.self) ?? -1
            }
        }
        return counts
    }
}

extension Input {
    /// JSON-shaped input for tests: `Input.fields(["name": "x", "influence": 3])`.
    public static func fields(_ values: [String: any Sendable]) -> Input {
        Input(fields: values.mapValues(convert), fromForm: false)
    }

    private static func convert(_ v: any Sendable) -> Input.Value {
        switch v {
        case let v as Input.Value: return v
        case let s as String: return .string(s)
        case let b as Bool: return .bool(b)
        case let i as Int: return .number(String(i))
        case let d as Double: return .number(String(d))
        case let a as [any Sendable]: return .array(a.map(convert))
        case let o as [String: any Sendable]: return .object(o.mapValues(convert))
        default: return .null
        }
    }
}

/// A valid charter to start tests from; override fields as needed.
public func sampleCharter(_ overrides: [String: any Sendable] = [:], code: String = "P-\(UUID().uuidString.prefix(8))") -> Input {
    var f: [String: any Sendable] = [
        "code": code, "name": "Sample project", "sponsor": "Li Wei", "planned_start": "2027-01-04", "planned_finish": "2027-06-30",
        "budget_amount": "1000000.00", "currency": "CNY",
        "allocations": [
            ["direction": "Build", "share_percent": "60"] as [String: any Sendable],
            ["direction": "Market", "share_percent": "40"] as [String: any Sendable],
        ]
            as [any Sendable],
    ]
    for (k, v) in overrides { f[k] = v }
    return Input.fields(f)
}
