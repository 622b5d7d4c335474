import Foundation
import SQLKit

/// A stored answer to a create request, replayed when the client retries with the same key.
public struct StoredResponse: Sendable, Equatable {
    public var status: Int
    public var headers: [String: String]
    public var body: String

    public init(status: Int, headers: [String: String], body: String) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

public enum IdempotencyRepository {
    public enum Reservation: Sendable, Equatable {
        /// This request owns the key and must run, then `complete` or `release` it.
        case acquired
        /// Another request with the same key and body finished: here is its answer.
        case replay(StoredResponse)
        /// The same key came with a different request.
        case mismatch
        /// The same request is still running elsewhere.
        case inProgress
    }

    /// Claims `key` for this user, or reports what happened to it. Claims left pending longer than
    /// `staleAfter` (a crashed instance) can be taken over.
    public static func reserve(
        user: String,
        key: String,
        requestHash: String,
        now: String,
        staleBefore: String,
        on sql: any SQLDatabase
    ) async throws -> Reservation {
        let inserted = try await sql.raw(
            """
            INSERT INTO idempotency_keys (user_id, idem_key, request_hash, state, created_at)
            VALUES (\(bind: user), \(bind: key), \(bind: requestHash), 'pending', \(bind: now))
            ON CONFLICT (user_id, idem_key) DO NOTHING RETURNING user_id
            """
        ).first()
        if inserted != nil { return .acquired }
        guard let row = try await sql.raw("SELECT * FROM idempotency_keys WHERE user_id = \(bind: user) AND idem_key = \(bind: key)").first() else {
            // Released between our insert and this read: try once more.
            return try await reserve(user: user, key: key, requestHash: requestHash, now: now, staleBefore: staleBefore, on: sql)
        }
        guard try row.text("request_hash") == requestHash else { return .mismatch }
        if try row.text("state") == "done" {
            let headers = (try? JSONDecoder().decode([String: String].self, from: Data(try row.text("headers").utf8))) ?? [:]
            return .replay(StoredResponse(status: try row.int("status"), headers: headers, body: try row.text("body")))
        }
        if try row.text("created_at") < staleBefore {
            let taken = try await sql.raw(
                """
                UPDATE idempotency_keys SET created_at = \(bind: now) WHERE user_id = \(bind: user) AND idem_key = \(bind: key)
                AND state = 'pending' AND created_at < \(bind: staleBefore) RETURNING user_id
                """
            ).first()
            if taken != nil { return .acquired }
        }
        return .inProgress
    }

    public static func complete(user: String, key: String, response: StoredResponse, on sql: any SQLDatabase) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let headers = String(decoding: try encoder.encode(response.headers), as: UTF8.self)
        try await sql.raw(
            """
            UPDATE idempotency_keys SET state = 'done', status = \(bind: response.status), headers = \(bind: headers), body = \(bind: response.body)
            WHERE user_id = \(bind: user) AND idem_key = \(bind: key)
            """
        ).run()
    }

    /// Forgets a claim whose request failed unexpectedly, so that a retry runs again.
    public static func release(user: String, key: String, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM idempotency_keys WHERE user_id = \(bind: user) AND idem_key = \(bind: key) AND state = 'pending'").run()
    }

    public static func purge(before: String, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM idempotency_keys WHERE created_at < \(bind: before)").run()
    }
}
