import KeelCore
import SQLKit

/// Counters of sign-in attempts per scope and window, and the addresses each account signed in from.
///
/// An attempt is counted by one upsert *before* the password is checked, so that parallel guesses
/// each see their own count (on PostgreSQL the conflicting row is locked for the update; SQLite has
/// one writer) and no burst gets past the limit.
public enum SignInThrottleRepository {
    public enum Scope: String, Sendable {
        /// One account from one client address.
        case pair
        /// Every account from one client address.
        case client
        /// One account from clients that never signed in to it.
        case account
    }

    public struct Count: Sendable, Equatable {
        public let attempts: Int
        public let windowStart: String
    }

    /// Counts one attempt: a window older than `windowCutoff` starts again at `now` with this attempt.
    public static func bump(
        _ scope: Scope,
        account: String,
        client: String,
        now: String,
        windowCutoff: String,
        on sql: any SQLDatabase
    ) async throws
        -> Count
    {
        let row = try await sql.raw(
            """
            INSERT INTO sign_in_throttle (scope, account, client, attempts, window_start)
            VALUES (\(bind: scope.rawValue), \(bind: account), \(bind: client), 1, \(bind: now))
            ON CONFLICT (scope, account, client) DO UPDATE SET
                attempts = CASE WHEN sign_in_throttle.window_start <= \(bind: windowCutoff) THEN 1 ELSE sign_in_throttle.attempts + 1 END,
                window_start = CASE WHEN sign_in_throttle.window_start <= \(bind: windowCutoff) THEN \(bind: now) ELSE sign_in_throttle.window_start END
            RETURNING attempts, window_start
            """
        ).first()
        guard let row else { throw StoreError.corrupt(column: "sign_in_throttle", value: "no row returned") }
        return Count(attempts: try row.int("attempts"), windowStart: try row.text("window_start"))
    }

    /// Takes back an attempt that turned out to be the right password (the window stays).
    public static func release(_ scope: Scope, account: String, client: String, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE sign_in_throttle SET attempts = attempts - 1
            WHERE scope = \(bind: scope.rawValue) AND account = \(bind: account) AND client = \(bind: client) AND attempts > 0
            """
        ).run()
    }

    public static func reset(_ scope: Scope, account: String, client: String, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            "DELETE FROM sign_in_throttle WHERE scope = \(bind: scope.rawValue) AND account = \(bind: account) AND client = \(bind: client)"
        ).run()
    }

    /// Lifts every limit on the account (an administrator's unlock); the failures stay for the notice.
    public static func unlock(account: String, on sql: any SQLDatabase) async throws -> Int {
        let n =
            try await sql.raw("SELECT COUNT(*) AS n FROM sign_in_throttle WHERE account = \(bind: account) AND attempts > 0").first()?.int("n") ?? 0
        try await sql.raw("DELETE FROM sign_in_throttle WHERE account = \(bind: account)").run()
        return n
    }

    public static func purge(windowsBefore cutoff: String, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM sign_in_throttle WHERE window_start < \(bind: cutoff)").run()
    }

    /// Forgets addresses not signed in from since `cutoff`: an address is personal data, kept only
    /// while it serves the allowance.
    public static func forgetClients(lastSuccessBefore cutoff: String, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM sign_in_known_clients WHERE last_success < \(bind: cutoff)").run()
    }

    public static func isKnown(account: String, client: String, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw("SELECT 1 AS one FROM sign_in_known_clients WHERE account = \(bind: account) AND client = \(bind: client)").first() != nil
    }

    public static func remember(account: String, client: String, at: String, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO sign_in_known_clients (account, client, last_success) VALUES (\(bind: account), \(bind: client), \(bind: at))
            ON CONFLICT (account, client) DO UPDATE SET last_success = \(bind: at)
            """
        ).run()
    }

    /// Failed sign-ins recorded for the account (since its last successful one, which clears them).
    public static func failures(account: String, on sql: any SQLDatabase) async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM sign_in_failures WHERE account = \(bind: account)").first()?.int("n") ?? 0
    }
}
