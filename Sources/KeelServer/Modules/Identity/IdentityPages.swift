import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation
import KeelStore

/// Sign-in, first-run setup, sign-out, the account page (password, API tokens), user
/// administration and project members.
struct IdentityPages {
    let services: KeelServices
    let reader: RequestReader
    let cookies: SessionCookies
    let pages: WebPages

    typealias Context = AppRequestContext

    /// Only local paths may follow a sign-in, never another site.
    static func safeNext(_ s: String?) -> String {
        guard let s, s.hasPrefix("/"), !s.hasPrefix("//"), !s.hasPrefix("/\\") else { return "/projects" }
        return s
    }

    func register(on router: Routes) {
        let services = self.services, reader = self.reader, cookies = self.cookies, pages = self.pages

        router.get("/sign-in", .open) { req, ctx in
            if try await services.identity.userCount() == 0 { return WebResponse.redirect("/setup") }
            let next = Self.safeNext(req.uri.queryParameters.get("next"))
            if ctx.identity != nil { return WebResponse.redirect(next) }
            return pages.page(IdentityViews.signIn(pages.view(req, ctx), next: next), req)
        }
        router.post("/sign-in", .open) { req, ctx in
            let pairs = try await reader.formPairs(req)
            let field = { (k: String) in pairs.first { $0.0 == k }?.1 ?? "" }
            let next = Self.safeNext(field("next"))
            do {
                let auth = try await services.identity.signIn(
                    email: field("email"),
                    password: field("password"),
                    client: ctx.clientAddress,
                    requestID: ctx.id
                )
                // Failed attempts since the last sign-in are told to the user, who may not have made them.
                var response = WebResponse.redirect(
                    next,
                    flash: auth.failedAttemptsSinceLastSignIn > 0 ? "failed_sign_ins:\(auth.failedAttemptsSinceLastSignIn)" : nil
                )
                response.setCookie(cookies.session(auth.sessionToken!, maxAge: Int(services.settings.absoluteTimeout)))
                return response
            } catch KeelError.unauthenticated {
                return pages.page(
                    IdentityViews.signIn(pages.view(req, ctx), next: next, email: field("email"), failure: .signInFailed),
                    req,
                    status: .unauthorized
                )
            } catch KeelError.rateLimited(let seconds) {
                var r = pages.page(
                    IdentityViews.signIn(pages.view(req, ctx), next: next, email: field("email"), failure: .tooManyAttempts(seconds)),
                    req,
                    status: .tooManyRequests
                )
                r.headers[.retryAfter] = String(seconds)
                return r
            }
        }
        router.post("/sign-out", .signedIn) { req, ctx in
            if let token = ctx.identity?.sessionToken { try await services.identity.signOut(sessionToken: token) }
            var response = WebResponse.redirect("/sign-in")
            response.setCookie(cookies.expiredSession())
            return response
        }
        router.get("/setup", .open) { req, ctx in
            guard try await services.identity.userCount() == 0 else { return WebResponse.redirect("/sign-in") }
            let v = pages.view(req, ctx)
            return pages.page(IdentityViews.setUp(v, form: FormKit(v)), req)
        }
        router.post("/setup", .open) { req, ctx in
            guard try await services.identity.userCount() == 0 else { throw KeelError.forbidden }
            let v = pages.view(req, ctx)
            let pairs = try await reader.formPairs(req)
            do {
                let user = try await services.identity.setUp(Input.form(pairs), requestID: ctx.id)
                let password = pairs.first { $0.0 == "password" }?.1 ?? ""
                let auth = try await services.identity.signIn(email: user.email, password: password, client: ctx.clientAddress, requestID: ctx.id)
                var response = WebResponse.redirect("/projects")
                response.setCookie(cookies.session(auth.sessionToken!, maxAge: Int(services.settings.absoluteTimeout)))
                return response
            } catch KeelError.validation(let errors) {
                var values: [String: String] = [:]
                for (k, val) in pairs where !k.contains("password") { values[k] = val }
                return pages.page(IdentityViews.setUp(v, form: FormKit(v, errors: errors, values: values)), req, status: .unprocessableContent)
            }
        }

        @Sendable func accountPage(
            _ req: Request,
            _ ctx: Context,
            passwordErrors: [FieldError] = [],
            tokenErrors: [FieldError] = [],
            newToken: String? = nil,
            changed: Bool = false
        ) async throws -> HTML {
            let v = pages.view(req, ctx)
            let user = try await services.identity.user(ctx.caller, ctx.caller.userID!)
            return IdentityViews.account(
                v,
                user: user,
                tokens: try await services.identity.tokens(ctx.caller),
                passwordForm: FormKit(v, errors: passwordErrors, values: ["revoke_tokens": "on"]),
                tokenForm: FormKit(v, errors: tokenErrors),
                newToken: newToken,
                changed: changed
            )
        }
        router.get("/account", .signedIn) { req, ctx in
            pages.page(try await accountPage(req, ctx, changed: req.uri.queryParameters.get("changed") == "1"), req)
        }
        router.post("/account/password", .signedIn) { req, ctx in
            let pairs = try await reader.formPairs(req)
            do {
                try await services.identity.changePassword(ctx.caller, Input.form(pairs), currentSession: ctx.identity?.sessionToken)
                return WebResponse.redirect("/account?changed=1")
            } catch KeelError.validation(let errors) {
                return pages.page(try await accountPage(req, ctx, passwordErrors: errors), req, status: .unprocessableContent)
            }
        }
        router.post("/account/tokens", .signedIn) { req, ctx in
            let pairs = try await reader.formPairs(req)
            do {
                let (_, secret) = try await services.identity.createToken(ctx.caller, Input.form(pairs))
                // The secret is shown on this response only; it is never stored or redirected through a URL.
                return pages.page(try await accountPage(req, ctx, newToken: secret), req, status: .created)
            } catch KeelError.validation(let errors) {
                return pages.page(try await accountPage(req, ctx, tokenErrors: errors), req, status: .unprocessableContent)
            }
        }
        router.post("/account/tokens/{tokenID}/revoke", .signedIn) { req, ctx in
            try await services.identity.revokeToken(ctx.caller, try ctx.id(.token))
            return WebResponse.redirect("/account", flash: "saved")
        }

        @Sendable func usersPage(_ req: Request, _ ctx: Context, _ form: FormKit? = nil) async throws -> HTML {
            let v = pages.view(req, ctx)
            return IdentityViews.users(v, users: try await services.identity.users(ctx.caller), form: form ?? FormKit(v))
        }
        router.get("/admin/users", .action(.administerUsers)) { req, ctx in pages.page(try await usersPage(req, ctx), req) }
        router.post("/admin/users", .action(.administerUsers)) { req, ctx in
            let v = pages.view(req, ctx)
            return try await pages.submit(req, ctx, success: "/admin/users") { input, _, _ in
                _ = try await services.identity.createUser(ctx.caller, input)
            } rerender: { errors, values, _ in
                try await usersPage(req, ctx, FormKit(v, errors: errors, values: (values ?? [:]).filter { !$0.key.contains("password") }))
            }
        }
        for (suffix, field, value) in [("disable", "disabled", "on"), ("enable", "disabled", ""), ("password", "", "")] {
            router.post(RouterPath("/admin/users/{userID}/\(suffix)"), .action(.administerUsers)) { req, ctx in
                let id: ID<User> = try ctx.id(.user)
                return try await pages.submit(req, ctx, success: "/admin/users") { input, version, _ in
                    var input = input
                    if !field.isEmpty { input.fields[field] = .string(value) }
                    _ = try await services.identity.administer(ctx.caller, id, input, expectedVersion: version)
                } rerender: { errors, _, _ in
                    try await usersPage(req, ctx, FormKit(pages.view(req, ctx), errors: errors))
                }
            }
        }

        router.post("/admin/users/{userID}/unlock", .action(.administerUsers)) { req, ctx in
            let id: ID<User> = try ctx.id(.user)
            return try await pages.submit(req, ctx, success: "/admin/users") { _, _, _ in
                let u = try await services.identity.user(ctx.caller, id)
                _ = try await services.identity.unlock(ctx.caller, email: u.email)
            } rerender: { errors, _, _ in
                try await usersPage(req, ctx, FormKit(pages.view(req, ctx), errors: errors))
            }
        }

        @Sendable func membersPage(_ req: Request, _ ctx: Context, _ pid: ID<Project>, _ form: FormKit? = nil) async throws -> HTML {
            let v = pages.view(req, ctx)
            let project = try await services.projects.get(ctx.caller, pid)
            let role = try await services.projects.role(ctx.caller, pid)
            let canManage = PermissionTable.allows(.manageMembers, role: role, isAdmin: ctx.caller.isAdmin)
            return IdentityViews.members(
                v,
                project: project,
                members: try await services.members.list(ctx.caller, project: pid),
                canManage: canManage,
                form: form ?? FormKit(v, values: ["role": "member"])
            )
        }
        router.get("/projects/{projectID}/members", .action(.viewMembers)) { req, ctx in
            pages.page(try await membersPage(req, ctx, try ctx.id(.project)), req)
        }
        router.post("/projects/{projectID}/members", .action(.manageMembers)) { req, ctx in
            let pid: ID<Project> = try ctx.id(.project)
            return try await pages.submit(req, ctx, success: "/projects/\(pid)/members") { input, _, _ in
                _ = try await services.members.add(ctx.caller, project: pid, input)
            } rerender: { errors, values, _ in
                try await membersPage(req, ctx, pid, FormKit(pages.view(req, ctx), errors: errors, values: values ?? [:]))
            }
        }
        router.post("/projects/{projectID}/members/{userID}", .action(.manageMembers)) { req, ctx in
            let pid: ID<Project> = try ctx.id(.project)
            let uid: ID<User> = try ctx.id(.member)
            return try await pages.submit(req, ctx, success: "/projects/\(pid)/members") { input, _, _ in
                _ = try await services.members.changeRole(ctx.caller, project: pid, user: uid, input)
            } rerender: { errors, _, _ in
                try await membersPage(req, ctx, pid, FormKit(pages.view(req, ctx), errors: errors))
            }
        }
        router.post("/projects/{projectID}/members/{userID}/delete", .action(.manageMembers)) { req, ctx in
            let pid: ID<Project> = try ctx.id(.project)
            let uid: ID<User> = try ctx.id(.member)
            return try await pages.submit(req, ctx, success: "/projects/\(pid)/members", flash: "deleted") { _, _, _ in
                try await services.members.remove(ctx.caller, project: pid, user: uid)
            } rerender: { errors, _, _ in
                try await membersPage(req, ctx, pid, FormKit(pages.view(req, ctx), errors: errors))
            }
        }
    }
}
