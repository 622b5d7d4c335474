import KeelCore
import SQLKit

/// A user row with its password hash, which never leaves KeelStore and KeelApp.
public struct StoredUser: Sendable {
    public var user: User
    public var passwordHash: String

    public init(user: User, passwordHash: String) {
        self.user = user
        self.passwordHash = passwordHash
    }
}

public enum UserRepository {
    static let columns = "id, email, display_name, password_hash, is_admin, disabled, locale, created_at, version"

    public static func count(on sql: any SQLDatabase) async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM users").first()?.int("n") ?? 0
    }

    public static func insert(_ u: StoredUser, on sql: any SQLDatabase) async throws {
        let x = u.user
        try await sql.raw(
            """
            INSERT INTO users (\(unsafeRaw: columns)) VALUES (\(bind: x.id.description), \(bind: x.email), \(bind: x.displayName),
            \(bind: u.passwordHash), \(bind: x.isAdmin ? 1 : 0), \(bind: x.disabled ? 1 : 0), \(bind: x.locale), \(bind: x.createdAt), \(bind: x.version))
            """
        ).run()
    }

    public static func find(_ id: ID<User>, on sql: any SQLDatabase) async throws -> StoredUser? {
        try await sql.raw("SELECT \(unsafeRaw: columns) FROM users WHERE id = \(bind: id.description)").first().map(stored)
    }

    public static func find(email: String, on sql: any SQLDatabase) async throws -> StoredUser? {
        try await sql.raw("SELECT \(unsafeRaw: columns) FROM users WHERE email = \(bind: email)").first().map(stored)
    }

    /// Display names of the given users (unknown ids are left out).
    public static func names(_ ids: [ID<User>], on sql: any SQLDatabase) async throws -> [ID<User>: String] {
        guard !ids.isEmpty else { return [:] }
        var result: [ID<User>: String] = [:]
        for row in try await sql.raw("SELECT id, display_name FROM users WHERE id IN (\(BoundList.of(ids.prefix(BoundList.chunkSize))))").all() {
            result[try row.id("id")] = try row.text("display_name")
        }
        return result
    }

    public static func list(on sql: any SQLDatabase) async throws -> [User] {
        try await sql.raw("SELECT \(unsafeRaw: columns) FROM users ORDER BY email").all().map { try stored($0).user }
    }

    public static func update(_ u: StoredUser, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let x = u.user
        let row = try await sql.raw(
            """
            UPDATE users SET email = \(bind: x.email), display_name = \(bind: x.displayName), password_hash = \(bind: u.passwordHash),
            is_admin = \(bind: x.isAdmin ? 1 : 0), disabled = \(bind: x.disabled ? 1 : 0), locale = \(bind: x.locale), version = version + 1
            WHERE id = \(bind: x.id.description) AND version = \(bind: expectedVersion) RETURNING version
            """
        ).first()
        return try ScopedTable<User>.outcome(row)
    }

    static func stored(_ row: any SQLRow) throws -> StoredUser {
        StoredUser(
            user: User(
                id: try row.id("id"),
                email: try row.text("email"),
                displayName: try row.text("display_name"),
                isAdmin: try row.int64("is_admin") != 0,
                disabled: try row.int64("disabled") != 0,
                locale: try row.text("locale"),
                createdAt: try row.text("created_at"),
                version: try row.int64("version")
            ),
            passwordHash: try row.text("password_hash")
        )
    }
}

/// A signed-in browser session. The cookie holds a random token; only its SHA-256 is stored, so a
/// copy of the database does not hand out sessions.
public struct SessionRecord: Sendable, Equatable {
    public let tokenHash: String
    public let userID: ID<User>
    public let csrfToken: String
    public let createdAt: String
    public var lastSeenAt: String
    public let expiresAt: String

    public init(tokenHash: String, userID: ID<User>, csrfToken: String, createdAt: String, lastSeenAt: String, expiresAt: String) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.expiresAt = expiresAt
    }
}

public enum SessionRepository {
    public static func insert(_ s: SessionRecord, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES (\(bind: s.tokenHash),
            \(bind: s.userID.description), \(bind: s.csrfToken), \(bind: s.createdAt), \(bind: s.lastSeenAt), \(bind: s.expiresAt))
            """
        ).run()
    }

    public static func find(tokenHash: String, on sql: any SQLDatabase) async throws -> SessionRecord? {
        try await sql.raw("SELECT * FROM sessions WHERE token_hash = \(bind: tokenHash)").first().map { row in
            SessionRecord(
                tokenHash: try row.text("token_hash"),
                userID: try row.id("user_id"),
                csrfToken: try row.text("csrf_token"),
                createdAt: try row.text("created_at"),
                lastSeenAt: try row.text("last_seen_at"),
                expiresAt: try row.text("expires_at")
            )
        }
    }

    public static func touch(tokenHash: String, at: String, on sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE sessions SET last_seen_at = \(bind: at) WHERE token_hash = \(bind: tokenHash)").run()
    }

    public static func delete(tokenHash: String, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM sessions WHERE token_hash = \(bind: tokenHash)").run()
    }

    /// Ends every session of a user, or all but one (`keeping`), e.g. after a password change.
    public static func deleteAll(user: ID<User>, keeping: String? = nil, on sql: any SQLDatabase) async throws {
        if let keeping {
            try await sql.raw("DELETE FROM sessions WHERE user_id = \(bind: user.description) AND token_hash <> \(bind: keeping)").run()
        } else {
            try await sql.raw("DELETE FROM sessions WHERE user_id = \(bind: user.description)").run()
        }
    }

    public static func deleteExpired(before: String, idleBefore: String, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM sessions WHERE expires_at <= \(bind: before) OR last_seen_at <= \(bind: idleBefore)").run()
    }
}

/// A personal API token's record (the secret itself is shown once and never stored).
public struct APIToken: Sendable, Equatable {
    public let id: ID<APIToken>
    public let userID: ID<User>
    public let name: String
    public let createdAt: String
    public let expiresOn: Day?
    public var revokedAt: String?
    public var lastUsedAt: String?

    public init(id: ID<APIToken>, userID: ID<User>, name: String, createdAt: String, expiresOn: Day?, revokedAt: String?, lastUsedAt: String?) {
        self.id = id
        self.userID = userID
        self.name = name
        self.createdAt = createdAt
        self.expiresOn = expiresOn
        self.revokedAt = revokedAt
        self.lastUsedAt = lastUsedAt
    }
}

public enum APITokenRepository {
    public static func insert(_ t: APIToken, tokenHash: String, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO api_tokens (id, user_id, name, token_hash, created_at, expires_on) VALUES (\(bind: t.id.description),
            \(bind: t.userID.description), \(bind: t.name), \(bind: tokenHash), \(bind: t.createdAt), \(bind: t.expiresOn?.iso))
            """
        ).run()
    }

    public static func find(tokenHash: String, on sql: any SQLDatabase) async throws -> APIToken? {
        try await sql.raw("SELECT * FROM api_tokens WHERE token_hash = \(bind: tokenHash)").first().map(token)
    }

    public static func list(user: ID<User>, on sql: any SQLDatabase) async throws -> [APIToken] {
        try await sql.raw("SELECT * FROM api_tokens WHERE user_id = \(bind: user.description) ORDER BY created_at DESC").all().map(token)
    }

    public static func revoke(_ id: ID<APIToken>, user: ID<User>, at: String, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw(
            """
            UPDATE api_tokens SET revoked_at = \(bind: at) WHERE id = \(bind: id.description) AND user_id = \(bind: user.description)
            AND revoked_at IS NULL RETURNING id
            """
        ).first() != nil
    }

    /// Revokes every live token of the user; returns how many.
    public static func revokeAll(user: ID<User>, at: String, on sql: any SQLDatabase) async throws -> Int {
        try await sql.raw(
            "UPDATE api_tokens SET revoked_at = \(bind: at) WHERE user_id = \(bind: user.description) AND revoked_at IS NULL RETURNING id"
        ).all().count
    }

    public static func touch(_ id: ID<APIToken>, at: String, on sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE api_tokens SET last_used_at = \(bind: at) WHERE id = \(bind: id.description)").run()
    }

    static func token(_ row: any SQLRow) throws -> APIToken {
        APIToken(
            id: try row.id("id"),
            userID: try row.id("user_id"),
            name: try row.text("name"),
            createdAt: try row.text("created_at"),
            expiresOn: try row.day("expires_on"),
            revokedAt: try row.optionalText("revoked_at"),
            lastUsedAt: try row.optionalText("last_used_at")
        )
    }
}

public enum MembershipRepository {
    public static func role(of user: ID<User>, in project: ID<Project>, on sql: any SQLDatabase) async throws -> ProjectRole? {
        guard
            let raw = try await sql.raw(
                "SELECT role FROM memberships WHERE project_id = \(bind: project.description) AND user_id = \(bind: user.description)"
            ).first()?.text("role")
        else { return nil }
        guard let role = ProjectRole(rawValue: raw) else { throw StoreError.corrupt(column: "role", value: raw) }
        return role
    }

    /// Members with their user records, owners first.
    public static func list(project: ID<Project>, on sql: any SQLDatabase) async throws -> [(Membership, User)] {
        try await sql.raw(
            """
            SELECT m.role, \(unsafeRaw: UserRepository.columns.split(separator: ",").map { "u." + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", "))
            FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.project_id = \(bind: project.description) ORDER BY u.email
            """
        ).all().map { row in
            let user = try UserRepository.stored(row).user
            let role: ProjectRole = try row.enumValue("role")
            return (Membership(projectID: project, userID: user.id, role: role), user)
        }
    }

    public static func upsert(_ m: Membership, at: String, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO memberships (project_id, user_id, role, created_at) VALUES (\(bind: m.projectID.description),
            \(bind: m.userID.description), \(bind: m.role.rawValue), \(bind: at))
            ON CONFLICT (project_id, user_id) DO UPDATE SET role = excluded.role
            """
        ).run()
    }

    public static func delete(project: ID<Project>, user: ID<User>, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM memberships WHERE project_id = \(bind: project.description) AND user_id = \(bind: user.description)").run()
    }

    public static func ownerCount(project: ID<Project>, on sql: any SQLDatabase) async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM memberships WHERE project_id = \(bind: project.description) AND role = 'owner'").first()?.int(
            "n"
        )
            ?? 0
    }
}

public enum SignInFailureRepository {
    public static func record(account: String, client: String, at: String, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO sign_in_failures (id, account, client, occurred_at) VALUES (\(bind: ID<SignInFailureMarker>().description),
            \(bind: account), \(bind: client), \(bind: at))
            """
        ).run()
    }

    public static func clear(account: String, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM sign_in_failures WHERE account = \(bind: account)").run()
    }

    public static func purge(before: String, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM sign_in_failures WHERE occurred_at < \(bind: before)").run()
    }
}

/// Tags the ids of sign-in failure rows.
public enum SignInFailureMarker {}
