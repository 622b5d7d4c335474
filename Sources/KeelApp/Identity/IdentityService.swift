import Foundation
import KeelCore
import KeelStore
import SQLKit

/// Session lifetimes and sign-in throttling limits.
public struct IdentitySettings: Sendable {
    /// A session not used for this long ends.
    public var idleTimeout: TimeInterval = 2 * 3600
    /// A session ends this long after sign-in, used or not.
    public var absoluteTimeout: TimeInterval = 12 * 3600
    /// The window in which failed sign-ins are counted.
    public var failureWindow: TimeInterval = 15 * 60
    /// Attempts allowed per account from one client address in the window.
    public var maxFailuresPerAccount = 5
    /// Attempts allowed per client address in the window, whatever the accounts.
    public var maxFailuresPerClient = 20
    /// Attempts allowed per account from all addresses it never signed in from, in the window. Guesses
    /// spread over many addresses stop here, while addresses that signed in before keep their own
    /// allowance: a stranger cannot lock the owner out.
    public var maxFailuresPerAccountFromNewClients = 20
    /// An address not signed in from for this many days is forgotten (no longer keeps an allowance).
    public var knownClientDays: Double = 180

    public init() {}
}

/// A signed-in session as the server needs it: the user and the form token that guards its posts.
public struct Authenticated: Sendable {
    public let user: User
    public let csrfToken: String?
    /// The session's cookie token (nil for API tokens), so sign-out can end exactly this session.
    public let sessionToken: String?
    /// Failed sign-ins to the account since its previous successful one (told to the user at sign-in).
    public var failedAttemptsSinceLastSignIn = 0

    public init(user: User, csrfToken: String?, sessionToken: String?) {
        self.user = user
        self.csrfToken = csrfToken
        self.sessionToken = sessionToken
    }
}

public struct IdentityService: Sendable {
    let services: KeelServices

    var now: Date { services.clock() }
    func stamp(_ d: Date) -> String { Timestamp.format(d) }

    // MARK: Users

    public func userCount() async throws -> Int {
        try await services.database.read { sql in try await UserRepository.count(on: sql) }
    }

    /// Reads a new user's fields; the password is checked against the policy.
    func readNewUser(_ input: Input, allowAdminFlag: Bool) throws -> (email: String, name: String, password: String, admin: Bool) {
        var r = InputReader(input, creating: true)
        var email = "", name = "", password = "", confirm: String? = nil, admin = false
        r.text("email", &email, required: true, max: 254)
        r.text("display_name", &name, required: true, max: 200)
        r.secret("password", &password, required: true)
        if input.fields["password_confirmation"] != nil {
            var c = ""
            r.secret("password_confirmation", &c)
            confirm = c
        }
        if allowAdminFlag { r.bool("is_admin", &admin) }
        email = User.normalizedEmail(email)
        if !email.isEmpty, !User.isPlausibleEmail(email) { r.errors.add("email", .invalidFormat, ["pattern": "name@example.com"]) }
        if !password.isEmpty { PasswordPolicy.check(password, into: &r.errors) }
        if let confirm, confirm != password, !r.errors.has("password") { r.errors.add("password_confirmation", .mismatch) }
        try r.finish()
        return (email, name, password, admin)
    }

    private func insertUser(
        _ email: String,
        _ name: String,
        _ password: String,
        admin: Bool,
        caller: Caller,
        requireEmpty: Bool
    ) async throws
        -> User
    {
        let hash = try await Secrets.hashPassword(password)
        let user = User(
            id: ID(),
            email: email,
            displayName: name,
            isAdmin: admin,
            disabled: false,
            locale: "",
            createdAt: stamp(now),
            version: 1
        )
        try await services.database.transaction { sql in
            if requireEmpty, try await UserRepository.count(on: sql) > 0 { throw KeelError.forbidden }
            if try await UserRepository.find(email: email, on: sql) != nil { throw KeelError.validation([FieldError("email", .duplicate)]) }
            try await UserRepository.insert(StoredUser(user: user, passwordHash: hash), on: sql)
            try await services.audit.record(
                "create",
                objectType: "user",
                objectID: user.id.description,
                project: nil,
                before: [:],
                after: ["email": email, "display_name": name, "is_admin": admin ? "true" : "false"],
                caller: caller,
                on: sql
            )
        }
        return user
    }

    /// First-run setup: creates the first administrator, and only while no user exists.
    public func setUp(_ input: Input, requestID: String) async throws -> User {
        guard try await userCount() == 0 else { throw KeelError.forbidden }
        let f = try readNewUser(input, allowAdminFlag: false)
        return try await insertUser(
            f.email,
            f.name,
            f.password,
            admin: true,
            caller: Caller(principal: .anonymous, requestID: requestID),
            requireEmpty: true
        )
    }

    /// An administrator (or the CLI) adds a user.
    public func createUser(_ caller: Caller, _ input: Input) async throws -> User {
        try await services.policy.authorize(caller, .administerUsers, project: nil)
        let f = try readNewUser(input, allowAdminFlag: true)
        return try await insertUser(f.email, f.name, f.password, admin: f.admin, caller: caller, requireEmpty: false)
    }

    public func users(_ caller: Caller) async throws -> [User] {
        try await services.policy.authorize(caller, .administerUsers, project: nil)
        return try await services.database.read { sql in try await UserRepository.list(on: sql) }
    }

    public func user(_ caller: Caller, _ id: ID<User>) async throws -> User {
        if caller.userID != id { try await services.policy.authorize(caller, .administerUsers, project: nil) }
        guard let u = try await services.database.read({ sql in try await UserRepository.find(id, on: sql) }) else {
            throw KeelError.notFound(kind: "user", id: id.description)
        }
        return u.user
    }

    public func find(email: String) async throws -> User? {
        try await services.database.read { sql in try await UserRepository.find(email: User.normalizedEmail(email), on: sql) }?.user
    }

    /// Administrator changes: display name, admin flag, disabled flag, a new password. Disabling a user
    /// or setting a password ends all their sessions.
    public func administer(_ caller: Caller, _ id: ID<User>, _ input: Input, expectedVersion: Int64?) async throws -> User {
        try await services.policy.authorize(caller, .administerUsers, project: nil)
        var r = InputReader(input, creating: false)
        var name: String? = nil, admin: Bool? = nil, disabled: Bool? = nil, password = ""
        if input.fields["display_name"] != nil {
            var n = ""
            r.text("display_name", &n, required: true, max: 200)
            name = n
        }
        if input.fields["is_admin"] != nil {
            var a = false
            r.bool("is_admin", &a)
            admin = a
        }
        if input.fields["disabled"] != nil {
            var d = false
            r.bool("disabled", &d)
            disabled = d
        }
        r.secret("password", &password)
        if !password.isEmpty { PasswordPolicy.check(password, into: &r.errors) }
        if caller.userID == id, disabled == true || admin == false {
            r.errors.add(disabled == true ? "disabled" : "is_admin", .invalidChoice, ["reason": "not_on_yourself"])
        }
        try r.finish()
        let newHash = password.isEmpty ? nil : try await Secrets.hashPassword(password)
        return try await services.database.transaction { sql in
            guard let current = try await UserRepository.find(id, on: sql) else { throw KeelError.notFound(kind: "user", id: id.description) }
            try KeelServices.checkVersion(expectedVersion, current: current.user.version)
            var next = current
            if let name { next.user.displayName = name }
            if let admin { next.user.isAdmin = admin }
            if let disabled { next.user.disabled = disabled }
            if let newHash { next.passwordHash = newHash }
            guard case .updated(let v) = try await UserRepository.update(next, expectedVersion: current.user.version, on: sql) else {
                throw KeelError.versionMismatch(currentVersion: current.user.version + 1)
            }
            next.user.version = v
            if next.user.disabled || newHash != nil { try await SessionRepository.deleteAll(user: id, on: sql) }
            var after = Self.auditFields(next.user)
            if newHash != nil {
                after["password"] = "(reset)"
                // A reset means the old credentials may be known to someone else: tokens go with them.
                after["revoked_tokens"] = String(try await APITokenRepository.revokeAll(user: id, at: stamp(now), on: sql))
            }
            try await services.audit.record(
                "update",
                objectType: "user",
                objectID: id.description,
                project: nil,
                before: Self.auditFields(current.user),
                after: after,
                caller: caller,
                on: sql
            )
            return next.user
        }
    }

    static func auditFields(_ u: User) -> [String: String?] {
        ["email": u.email, "display_name": u.displayName, "is_admin": u.isAdmin ? "true" : "false", "disabled": u.disabled ? "true" : "false"]
    }

    /// The signed-in user changes their own password; their other sessions end, and their API tokens
    /// too when `revoke_tokens` is set (the form ticks it by default). Returns how many tokens were revoked.
    @discardableResult
    public func changePassword(_ caller: Caller, _ input: Input, currentSession: String?) async throws -> Int {
        guard let id = caller.userID else { throw KeelError.unauthenticated }
        var r = InputReader(input, creating: true)
        var current = "", new = "", confirm = "", revokeTokens = false
        r.secret("current_password", &current, required: true)
        r.secret("new_password", &new, required: true)
        r.secret("new_password_confirmation", &confirm)
        r.bool("revoke_tokens", &revokeTokens)
        if !new.isEmpty { PasswordPolicy.check(new, field: "new_password", into: &r.errors) }
        if input.fields["new_password_confirmation"] != nil, confirm != new { r.errors.add("new_password_confirmation", .mismatch) }
        try r.finish()
        guard let stored = try await services.database.read({ sql in try await UserRepository.find(id, on: sql) }) else {
            throw KeelError.unauthenticated
        }
        guard try await Secrets.verifyPassword(current, hash: stored.passwordHash) else {
            throw KeelError.validation([FieldError("current_password", .mismatch)])
        }
        let hash = try await Secrets.hashPassword(new)
        return try await services.database.transaction { sql in
            var next = stored
            next.passwordHash = hash
            guard case .updated = try await UserRepository.update(next, expectedVersion: stored.user.version, on: sql) else {
                throw KeelError.versionMismatch(currentVersion: stored.user.version + 1)
            }
            try await SessionRepository.deleteAll(user: id, keeping: currentSession.map(Secrets.digest), on: sql)
            let revoked = revokeTokens ? try await APITokenRepository.revokeAll(user: id, at: stamp(now), on: sql) : 0
            try await services.audit.record(
                "change_password",
                objectType: "user",
                objectID: id.description,
                project: nil,
                before: [:],
                after: revokeTokens ? ["revoked_tokens": String(revoked)] : [:],
                caller: caller,
                on: sql
            )
            return revoked
        }
    }

    // MARK: Sessions

    /// Checks the password and starts a new session with a fresh random id. The attempt is counted
    /// before the password is checked — per account and client address, per client address, and per
    /// account from addresses that never signed in to it — so parallel guesses cannot outrun the
    /// limits (`IdentitySettings`). Failures are recorded for the audit trail and the user's notice.
    public func signIn(email rawEmail: String, password: String, client: String, requestID: String) async throws -> Authenticated {
        let email = User.normalizedEmail(rawEmail)
        let now = self.now
        let nowText = stamp(now)
        let cutoff = stamp(now.addingTimeInterval(-services.settings.failureWindow))
        let s = services.settings
        let (known, counts) = try await services.database.transaction { sql in
            let known = try await SignInThrottleRepository.isKnown(account: email, client: client, on: sql)
            var counts: [(SignInThrottleRepository.Count, Int)] = [
                (
                    try await SignInThrottleRepository.bump(.pair, account: email, client: client, now: nowText, windowCutoff: cutoff, on: sql),
                    s.maxFailuresPerAccount
                ),
                (
                    try await SignInThrottleRepository.bump(.client, account: "", client: client, now: nowText, windowCutoff: cutoff, on: sql),
                    s.maxFailuresPerClient
                ),
            ]
            if !known {
                counts.append(
                    (
                        try await SignInThrottleRepository.bump(.account, account: email, client: "", now: nowText, windowCutoff: cutoff, on: sql),
                        s.maxFailuresPerAccountFromNewClients
                    )
                )
            }
            return (known, counts)
        }
        let exceeded = counts.filter { $0.0.attempts > $0.1 }
        if !exceeded.isEmpty {
            // The wait ends when the last of the exceeded windows ends.
            let seconds = exceeded.map { retryAfter(oldest: $0.0.windowStart, now: now) }.max() ?? Int(s.failureWindow)
            throw KeelError.rateLimited(retryAfterSeconds: seconds)
        }
        let stored = try await services.database.read { sql in try await UserRepository.find(email: email, on: sql) }
        let ok = try await Secrets.verifyPassword(password, hash: stored?.passwordHash ?? Secrets.decoyHash)
        guard let stored, ok, !stored.user.disabled else {
            try await services.database.transaction { sql in
                try await SignInFailureRepository.record(account: email, client: client, at: nowText, on: sql)
                try await SignInFailureRepository.purge(before: stamp(now.addingTimeInterval(-86_400)), on: sql)
                try await SignInThrottleRepository.purge(windowsBefore: stamp(now.addingTimeInterval(-86_400)), on: sql)
                try await SignInThrottleRepository.forgetClients(
                    lastSuccessBefore: stamp(now.addingTimeInterval(-s.knownClientDays * 86_400)),
                    on: sql
                )
                try await services.audit.record(
                    "sign_in_failed",
                    objectType: "user",
                    objectID: stored?.user.id.description ?? "",
                    project: nil,
                    before: [:],
                    after: ["email": email, "client": client],
                    caller: Caller(principal: .anonymous, requestID: requestID),
                    on: sql
                )
            }
            throw KeelError.unauthenticated
        }
        let token = Secrets.token()
        let csrf = Secrets.token()
        let record = SessionRecord(
            tokenHash: Secrets.digest(token),
            userID: stored.user.id,
            csrfToken: csrf,
            createdAt: nowText,
            lastSeenAt: nowText,
            expiresAt: stamp(now.addingTimeInterval(s.absoluteTimeout))
        )
        let failures = try await services.database.transaction { sql in
            try await SessionRepository.insert(record, on: sql)
            // The right password: this address's allowance starts afresh, and the attempt is taken
            // back from the shared counters.
            try await SignInThrottleRepository.reset(.pair, account: email, client: client, on: sql)
            try await SignInThrottleRepository.release(.client, account: "", client: client, on: sql)
            if !known { try await SignInThrottleRepository.release(.account, account: email, client: "", on: sql) }
            try await SignInThrottleRepository.remember(account: email, client: client, at: nowText, on: sql)
            let failures = try await SignInThrottleRepository.failures(account: email, on: sql)
            try await SignInFailureRepository.clear(account: email, on: sql)
            try await services.audit.record(
                "sign_in",
                objectType: "user",
                objectID: stored.user.id.description,
                project: nil,
                before: [:],
                after: ["client": client],
                caller: .user(stored.user, requestID: requestID),
                on: sql
            )
            return failures
        }
        var auth = Authenticated(user: stored.user, csrfToken: csrf, sessionToken: token)
        auth.failedAttemptsSinceLastSignIn = failures
        return auth
    }

    /// An administrator lifts the sign-in limits on an account (after a lockout by someone else's
    /// guesses); the user's next sign-in still tells them about the failures.
    public func unlock(_ caller: Caller, email rawEmail: String) async throws -> Int {
        try await services.policy.authorize(caller, .administerUsers, project: nil)
        let email = User.normalizedEmail(rawEmail)
        return try await services.database.transaction { sql in
            guard let stored = try await UserRepository.find(email: email, on: sql) else { throw KeelError.notFound(kind: "user", id: email) }
            let lifted = try await SignInThrottleRepository.unlock(account: email, on: sql)
            try await services.audit.record(
                "unlock",
                objectType: "user",
                objectID: stored.user.id.description,
                project: nil,
                before: [:],
                after: ["email": email],
                caller: caller,
                on: sql
            )
            return lifted
        }
    }

    func retryAfter(oldest: String?, now: Date) -> Int {
        guard let oldest, let date = Timestamp.parse(oldest) else { return Int(services.settings.failureWindow) }
        return max(1, Int((date.addingTimeInterval(services.settings.failureWindow).timeIntervalSince(now)).rounded(.up)))
    }

    /// The user behind a session cookie, or nil when the session is unknown, expired, idle too long or
    /// its user is disabled. Use refreshes the idle clock (at most once a minute, to spare writes).
    public func authenticate(sessionToken: String) async throws -> Authenticated? {
        let hash = Secrets.digest(sessionToken)
        let now = self.now
        let found: (SessionRecord, StoredUser)? = try await services.database.read { sql in
            guard let s = try await SessionRepository.find(tokenHash: hash, on: sql), let u = try await UserRepository.find(s.userID, on: sql)
            else { return nil }
            return (s, u)
        }
        guard let (session, stored) = found else { return nil }
        let nowText = stamp(now)
        let idleLimit = stamp(now.addingTimeInterval(-services.settings.idleTimeout))
        if session.expiresAt <= nowText || session.lastSeenAt <= idleLimit || stored.user.disabled {
            try await services.database.transaction { sql in try await SessionRepository.delete(tokenHash: hash, on: sql) }
            return nil
        }
        if session.lastSeenAt < stamp(now.addingTimeInterval(-60)) {
            try await services.database.transaction { sql in try await SessionRepository.touch(tokenHash: hash, at: nowText, on: sql) }
        }
        return Authenticated(user: stored.user, csrfToken: session.csrfToken, sessionToken: sessionToken)
    }

    public func signOut(sessionToken: String) async throws {
        try await services.database.transaction { sql in try await SessionRepository.delete(tokenHash: Secrets.digest(sessionToken), on: sql) }
    }

    // MARK: API tokens

    public static let tokenPrefix = "keel_"

    /// Creates a personal API token; the secret is returned once and only its digest is kept.
    public func createToken(_ caller: Caller, _ input: Input) async throws -> (token: APIToken, secret: String) {
        guard let user = caller.userID else { throw KeelError.unauthenticated }
        var r = InputReader(input, creating: true)
        var name = ""
        var expires: Day? = nil
        r.text("name", &name, required: true, max: 100)
        r.day("expires_on", &expires)
        if let e = expires, e.ordinal <= Day(utcSecondsSince1970: now.timeIntervalSince1970).ordinal {
            r.errors.add("expires_on", .outOfRange, ["min": "tomorrow", "max": "…"])
        }
        try r.finish()
        let secret = Secrets.token(prefix: Self.tokenPrefix)
        let token = APIToken(id: ID(), userID: user, name: name, createdAt: stamp(now), expiresOn: expires, revokedAt: nil, lastUsedAt: nil)
        try await services.database.transaction { sql in
            try await APITokenRepository.insert(token, tokenHash: Secrets.digest(secret), on: sql)
            try await services.audit.record(
                "create",
                objectType: "api_token",
                objectID: token.id.description,
                project: nil,
                before: [:],
                after: ["name": name, "expires_on": expires?.iso],
                caller: caller,
                on: sql
            )
        }
        return (token, secret)
    }

    public func tokens(_ caller: Caller) async throws -> [APIToken] {
        guard let user = caller.userID else { throw KeelError.unauthenticated }
        return try await services.database.read { sql in try await APITokenRepository.list(user: user, on: sql) }
    }

    public func revokeToken(_ caller: Caller, _ id: ID<APIToken>) async throws {
        guard let user = caller.userID else { throw KeelError.unauthenticated }
        let at = stamp(now)
        try await services.database.transaction { sql in
            guard try await APITokenRepository.revoke(id, user: user, at: at, on: sql) else {
                throw KeelError.notFound(kind: "api_token", id: id.description)
            }
            try await services.audit.record(
                "revoke",
                objectType: "api_token",
                objectID: id.description,
                project: nil,
                before: [:],
                after: [:],
                caller: caller,
                on: sql
            )
        }
    }

    /// The user behind `Authorization: Bearer keel_…`, or nil when unknown, revoked, expired or disabled.
    public func authenticate(bearer: String) async throws -> Authenticated? {
        guard bearer.hasPrefix(Self.tokenPrefix) else { return nil }
        let hash = Secrets.digest(bearer)
        let now = self.now
        let found: (APIToken, StoredUser)? = try await services.database.read { sql in
            guard let t = try await APITokenRepository.find(tokenHash: hash, on: sql), let u = try await UserRepository.find(t.userID, on: sql)
            else { return nil }
            return (t, u)
        }
        guard let (token, stored) = found, token.revokedAt == nil, !stored.user.disabled else { return nil }
        let today = Day(utcSecondsSince1970: now.timeIntervalSince1970)
        if let e = token.expiresOn, e <= today { return nil }
        if token.lastUsedAt.map({ $0 < stamp(now.addingTimeInterval(-60)) }) ?? true {
            try await services.database.transaction { sql in try await APITokenRepository.touch(token.id, at: stamp(now), on: sql) }
        }
        return Authenticated(user: stored.user, csrfToken: nil, sessionToken: nil)
    }
}
