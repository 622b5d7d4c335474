import KeelCore
import KeelStore
import SQLKit

/// Who is on a project and in which role.
public struct MembershipService: Sendable {
    let services: KeelServices

    public struct Member: Sendable {
        public let user: User
        public let role: ProjectRole
    }

    public func list(_ caller: Caller, project: ID<Project>) async throws -> [Member] {
        try await services.readProject(caller, project, action: .viewMembers) { sql in
            try await MembershipRepository.list(project: project, on: sql).map { Member(user: $0.1, role: $0.0.role) }
        }
    }

    /// Checks, before anything else, that the caller may manage members; returns their own role
    /// (nil for an administrator who is not a member), which decides the roles they may hand out.
    private func authorizeManaging(_ caller: Caller, project: ID<Project>) async throws -> ProjectRole? {
        try await services.policy.authorize(caller, .manageMembers, project: project)
        return try await services.policy.role(of: caller, in: project)
    }

    /// Managers cannot create or touch owners.
    private func checkAssign(_ role: ProjectRole, acting: ProjectRole?, _ caller: Caller) throws {
        guard PermissionTable.mayAssign(role, actingRole: acting, isAdmin: caller.isAdmin) else { throw KeelError.forbidden }
    }

    /// Adds a user (by email) with a role, or changes the role of an existing member.
    public func add(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> Member {
        let acting = try await authorizeManaging(caller, project: project)
        var r = InputReader(input, creating: true)
        var email = ""
        var role = ProjectRole.member
        r.text("email", &email, required: true, max: 254)
        r.choice("role", &role, required: true)
        try r.finish()
        try checkAssign(role, acting: acting, caller)
        return try await services.inAuthorizedProject(project) { sql in
            guard let user = try await UserRepository.find(email: User.normalizedEmail(email), on: sql)?.user else {
                throw KeelError.validation([FieldError("email", .unknown)])
            }
            let before = try await MembershipRepository.role(of: user.id, in: project, on: sql)
            if let before, before != role { try await guardOwners(project, changing: before, to: role, sql) }
            if let before { try checkAssign(before, acting: acting, caller) }
            try await MembershipRepository.upsert(Membership(projectID: project, userID: user.id, role: role), at: services.timestamp, on: sql)
            try await services.audit.record(
                before == nil ? "create" : "update",
                objectType: "membership",
                objectID: user.id.description,
                project: project,
                before: ["role": before?.rawValue],
                after: ["role": role.rawValue, "email": user.email],
                caller: caller,
                on: sql
            )
            return Member(user: user, role: role)
        }
    }

    public func changeRole(_ caller: Caller, project: ID<Project>, user: ID<User>, _ input: Input) async throws -> Member {
        let acting = try await authorizeManaging(caller, project: project)
        var r = InputReader(input, creating: true)
        var role = ProjectRole.member
        r.choice("role", &role, required: true)
        try r.finish()
        try checkAssign(role, acting: acting, caller)
        return try await services.inAuthorizedProject(project) { sql in
            guard let before = try await MembershipRepository.role(of: user, in: project, on: sql),
                let stored = try await UserRepository.find(user, on: sql)
            else { throw KeelError.notFound(kind: "member", id: user.description) }
            try checkAssign(before, acting: acting, caller)
            try await guardOwners(project, changing: before, to: role, sql)
            try await MembershipRepository.upsert(Membership(projectID: project, userID: user, role: role), at: services.timestamp, on: sql)
            try await services.audit.record(
                "update",
                objectType: "membership",
                objectID: user.description,
                project: project,
                before: ["role": before.rawValue],
                after: ["role": role.rawValue],
                caller: caller,
                on: sql
            )
            return Member(user: stored.user, role: role)
        }
    }

    public func remove(_ caller: Caller, project: ID<Project>, user: ID<User>) async throws {
        let acting = try await authorizeManaging(caller, project: project)
        try await services.inAuthorizedProject(project) { sql in
            guard let before = try await MembershipRepository.role(of: user, in: project, on: sql) else {
                throw KeelError.notFound(kind: "member", id: user.description)
            }
            try checkAssign(before, acting: acting, caller)
            try await guardOwners(project, changing: before, to: nil, sql)
            try await MembershipRepository.delete(project: project, user: user, on: sql)
            try await services.audit.record(
                "delete",
                objectType: "membership",
                objectID: user.description,
                project: project,
                before: ["role": before.rawValue],
                after: [:],
                caller: caller,
                on: sql
            )
        }
    }

    /// A project always keeps at least one owner.
    private func guardOwners(_ project: ID<Project>, changing from: ProjectRole, to: ProjectRole?, _ sql: any SQLDatabase) async throws {
        if from == .owner, to != .owner, try await MembershipRepository.ownerCount(project: project, on: sql) <= 1 {
            throw KeelError.validation([FieldError("role", .invalidChoice, ["reason": "last_owner"])])
        }
    }
}
