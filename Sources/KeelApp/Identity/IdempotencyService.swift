import Foundation
import KeelCore
import KeelStore

/// Retried create requests (same `Idempotency-Key`, same user) get the first answer instead of a
/// second object. Keys are per user and kept for a day; a different body under a used key is refused.
public struct IdempotencyService: Sendable {
    let services: KeelServices

    /// How long answers are kept for replay.
    public static let retention: TimeInterval = 24 * 3600
    /// A claim pending this long belongs to a request that died; another may take it over.
    public static let staleAfter: TimeInterval = 60

    public func reserve(user: ID<User>, key: String, requestHash: String) async throws -> IdempotencyRepository.Reservation {
        let now = services.clock()
        return try await services.database.transaction { sql in
            try await IdempotencyRepository.purge(before: Timestamp.format(now.addingTimeInterval(-Self.retention)), on: sql)
            return try await IdempotencyRepository.reserve(
                user: user.description,
                key: key,
                requestHash: requestHash,
                now: Timestamp.format(now),
                staleBefore: Timestamp.format(now.addingTimeInterval(-Self.staleAfter)),
                on: sql
            )
        }
    }

    public func complete(user: ID<User>, key: String, response: StoredResponse) async throws {
        try await services.database.transaction { sql in
            try await IdempotencyRepository.complete(user: user.description, key: key, response: response, on: sql)
        }
    }

    public func release(user: ID<User>, key: String) async throws {
        try await services.database.transaction { sql in try await IdempotencyRepository.release(user: user.description, key: key, on: sql) }
    }
}

extension KeelServices {
    public var idempotency: IdempotencyService { IdempotencyService(services: self) }
}
