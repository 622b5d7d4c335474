import Hummingbird
import KeelApp
import KeelCore
import KeelStore

/// `/api/v1/me`, `/api/v1/tokens`, `/api/v1/users` and project members.
struct IdentityAPI {
    let services: KeelServices
    let reader: RequestReader

    typealias Context = AppRequestContext

    struct UserBody: Encodable, Sendable {
        let id: String
        let email: String
        let displayName: String
        let isAdmin: Bool
        let disabled: Bool
        let createdAt: String
        let version: Int64

        init(_ u: User) {
            id = u.id.description
            email = u.email
            displayName = u.displayName
            isAdmin = u.isAdmin
            disabled = u.disabled
            createdAt = u.createdAt
            version = u.version
        }
    }

    struct TokenBody: Encodable, Sendable {
        let id: String
        let name: String
        let createdAt: String
        let expiresOn: String?
        let revokedAt: String?
        let lastUsedAt: String?
        /// Only in the answer to the request that created it.
        let token: String?

        init(_ t: APIToken, secret: String? = nil) {
            id = t.id.description
            name = t.name
            createdAt = t.createdAt
            expiresOn = t.expiresOn?.iso
            revokedAt = t.revokedAt
            lastUsedAt = t.lastUsedAt
            token = secret
        }
    }

    struct MemberBody: Encodable, Sendable {
        let userId: String
        let email: String
        let displayName: String
        let role: String

        init(_ m: MembershipService.Member) {
            userId = m.user.id.description
            email = m.user.email
            displayName = m.user.displayName
            role = m.role.rawValue
        }
    }

    func register(on router: Routes) {
        let services = self.services, reader = self.reader
        let api = router.group("/api/v1")
        api.get("/me", .signedIn) { _, ctx in
            try API.json(UserBody(try await services.identity.user(ctx.caller, ctx.caller.userID!)))
        }
        api.get("/tokens", .signedIn) { _, ctx in
            try API.json(API.ListBody(items: try await services.identity.tokens(ctx.caller).map { TokenBody($0) }))
        }
        api.post("/tokens", .signedIn) { req, ctx in
            let (t, secret) = try await services.identity.createToken(ctx.caller, try await reader.json(req))
            return try API.json(TokenBody(t, secret: secret), status: .created, location: "/api/v1/tokens/\(t.id)")
        }
        api.delete("/tokens/{tokenID}", .signedIn) { _, ctx in
            try await services.identity.revokeToken(ctx.caller, try ctx.id(.token))
            return Response(status: .noContent)
        }
        api.get("/users", .action(.administerUsers)) { _, ctx in
            try API.json(API.ListBody(items: try await services.identity.users(ctx.caller).map(UserBody.init)))
        }
        api.post("/users", .action(.administerUsers)) { req, ctx in
            let u = try await services.identity.createUser(ctx.caller, try await reader.json(req))
            return try API.json(UserBody(u), status: .created, version: u.version, location: "/api/v1/users/\(u.id)")
        }
        api.get("/users/{userID}", .action(.administerUsers)) { _, ctx in
            let u = try await services.identity.user(ctx.caller, try ctx.id(.user))
            return try API.json(UserBody(u), version: u.version)
        }
        api.patch("/users/{userID}", .action(.administerUsers)) { req, ctx in
            let u = try await services.identity.administer(
                ctx.caller,
                try ctx.id(.user),
                try await reader.json(req),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return try API.json(UserBody(u), version: u.version)
        }
        api.post("/users/{userID}/unlock", .action(.administerUsers)) { _, ctx in
            let u = try await services.identity.user(ctx.caller, try ctx.id(.user))
            _ = try await services.identity.unlock(ctx.caller, email: u.email)
            return Response(status: .noContent)
        }
        api.get("/projects/{projectID}/members", .action(.viewMembers)) { _, ctx in
            let pid: ID<Project> = try ctx.id(.project)
            return try API.json(API.ListBody(items: try await services.members.list(ctx.caller, project: pid).map(MemberBody.init)))
        }
        api.post("/projects/{projectID}/members", .action(.manageMembers)) { req, ctx in
            let pid: ID<Project> = try ctx.id(.project)
            let m = try await services.members.add(ctx.caller, project: pid, try await reader.json(req))
            return try API.json(MemberBody(m), status: .created, location: "/api/v1/projects/\(pid)/members/\(m.user.id)")
        }
        api.patch("/projects/{projectID}/members/{userID}", .action(.manageMembers)) { req, ctx in
            let pid: ID<Project> = try ctx.id(.project)
            let m = try await services.members.changeRole(
                ctx.caller,
                project: pid,
                user: try ctx.id(.member),
                try await reader.json(req)
            )
            return try API.json(MemberBody(m))
        }
        api.delete("/projects/{projectID}/members/{userID}", .action(.manageMembers)) { _, ctx in
            let pid: ID<Project> = try ctx.id(.project)
            try await services.members.remove(ctx.caller, project: pid, user: try ctx.id(.member))
            return Response(status: .noContent)
        }
    }
}
