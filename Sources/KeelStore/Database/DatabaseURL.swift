import Foundation

/// Where the data lives, parsed from `KEEL_DATABASE_URL`:
/// `sqlite:///absolute/path.sqlite`, `sqlite://relative/path.sqlite`, or `postgres://user:pass@host:port/db?sslmode=…`.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresLocation)

    public struct PostgresLocation: Sendable, Equatable {
        public var host: String
        public var port: Int
        public var username: String
        public var password: String?
        public var database: String
        /// `disable` (default), `prefer` or `require`.
        public var sslMode: String
    }

    public static let defaultSQLitePath = "keel-data/keel.sqlite"

    public init(url: String) throws {
        if url.hasPrefix("sqlite://") {
            var path = String(url.dropFirst("sqlite://".count))
            if let q = path.firstIndex(of: "?") { path = String(path[..<q]) }
            guard !path.isEmpty else { throw DatabaseError.invalidURL("sqlite URL has no path: \(url)") }
            self = .sqlite(path: path.removingPercentEncoding ?? path)
            return
        }
        guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://"), let c = URLComponents(string: url), let host = c.host
        else {
            throw DatabaseError.invalidURL("expected sqlite:///path or postgres://user@host/db, got \(Self.redacted(url))")
        }
        let db = c.path.hasPrefix("/") ? String(c.path.dropFirst()) : c.path
        guard !db.isEmpty, let user = c.user, !user.isEmpty else {
            throw DatabaseError.invalidURL("postgres URL needs a user and a database name: \(Self.redacted(url))")
        }
        let ssl = c.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
        guard ["disable", "prefer", "require"].contains(ssl) else {
            throw DatabaseError.invalidURL("sslmode must be disable, prefer or require")
        }
        self = .postgres(
            PostgresLocation(
                host: host,
                port: c.port ?? 5432,
                username: user.removingPercentEncoding ?? user,
                password: c.password?.removingPercentEncoding,
                database: db,
                sslMode: ssl
            )
        )
    }

    /// The URL with any password replaced, safe for logs.
    public var description: String {
        switch self {
        case .sqlite(let path): return "sqlite://\(path)"
        case .postgres(let p): return "postgres://\(p.username)@\(p.host):\(p.port)/\(p.database)"
        }
    }

    static func redacted(_ url: String) -> String {
        guard var c = URLComponents(string: url) else { return "<unparseable URL>" }
        if c.password != nil { c.password = "***" }
        return c.string ?? "<unparseable URL>"
    }
}

public enum DatabaseError: Error, CustomStringConvertible, Equatable {
    case invalidURL(String)
    case misconfigured(String)
    case migrationFailed(version: Int, reason: String)

    public var description: String {
        switch self {
        case .invalidURL(let s): return "invalid database URL: \(s)"
        case .misconfigured(let s): return "database misconfigured: \(s)"
        case .migrationFailed(let v, let r): return "migration \(v) failed: \(r)"
        }
    }
}
