import KeelCore
import KeelStore

/// Who is acting, as far as a use case needs to know: for the permission check and the audit record.
public struct Caller: Sendable, Equatable {
    public enum Principal: Sendable, Equatable {
        /// A signed-in person (browser session or API token).
        case user(ID<User>, isAdmin: Bool)
        /// Nobody signed in: may only reach public pages.
        case anonymous
        /// Keel itself: CLI commands run on the server's machine (migrate, demo, user management).
        case system(String)
    }

    public let principal: Principal
    /// The request id that ties the audit record to the server log line.
    public let requestID: String

    public init(principal: Principal, requestID: String) {
        self.principal = principal
        self.requestID = requestID
    }

    public static func system(_ what: String) -> Caller { Caller(principal: .system(what), requestID: what) }

    public static func user(_ user: User, requestID: String) -> Caller {
        Caller(principal: .user(user.id, isAdmin: user.isAdmin), requestID: requestID)
    }

    public var userID: ID<User>? {
        if case .user(let id, _) = principal { return id }
        return nil
    }

    public var isAdmin: Bool {
        switch principal {
        case .user(_, let admin): return admin
        case .system: return true
        case .anonymous: return false
        }
    }

    /// The name written into audit records.
    public var auditName: String {
        switch principal {
        case .user(let id, _): return "user:\(id)"
        case .anonymous: return "anonymous"
        case .system(let what): return "system:\(what)"
        }
    }
}

/// Decides whether a caller may take an action, on a project when one is involved.
public protocol AccessPolicy: Sendable {
    /// Throws `KeelError.notFound` when the caller may not even know the project exists,
    /// `KeelError.forbidden` when they may see it but not do this, `KeelError.unauthenticated` without a caller.
    func authorize(_ caller: Caller, _ action: Action, project: ID<Project>?) async throws

    /// The caller's role on a project (nil: none).
    func role(of caller: Caller, in project: ID<Project>) async throws -> ProjectRole?
}

/// The role-based policy: `PermissionTable` applied to the caller's membership, read from the database.
public struct RolePolicy: AccessPolicy {
    let database: Database

    /// A refused request is part of the trail too: who tried what, where.
    func recordDenied(_ caller: Caller, _ action: Action, project: ID<Project>?) async throws {
        try await database.transaction { sql in
            try await AuditTrail().record(
                "denied",
                objectType: "action",
                objectID: action.rawValue,
                project: project,
                before: [:],
                after: [:],
                caller: caller,
                on: sql
            )
        }
    }

    public init(database: Database) { self.database = database }

    public func role(of caller: Caller, in project: ID<Project>) async throws -> ProjectRole? {
        guard let user = caller.userID else { return nil }
        return try await database.read { sql in try await MembershipRepository.role(of: user, in: project, on: sql) }
    }

    public func authorize(_ caller: Caller, _ action: Action, project: ID<Project>?) async throws {
        switch caller.principal {
        case .system: return
        case .anonymous: throw KeelError.unauthenticated
        case .user(_, let isAdmin):
            if isAdmin || PermissionTable.userActions.contains(action) { return }
            if PermissionTable.adminActions.contains(action) {
                try await recordDenied(caller, action, project: nil)
                throw KeelError.forbidden
            }
            guard let project else {
                try await recordDenied(caller, action, project: nil)
                throw KeelError.forbidden
            }
            // Not a member: the project does not exist as far as this caller can tell.
            guard let role = try await role(of: caller, in: project) else {
                try await recordDenied(caller, action, project: project)
                throw KeelError.notFound(kind: "project", id: project.description)
            }
            guard PermissionTable.allows(action, role: role, isAdmin: false) else {
                try await recordDenied(caller, action, project: project)
                throw KeelError.forbidden
            }
        }
    }
}
