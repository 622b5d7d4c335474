import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KeelApp
import KeelCore
import KeelStore
import Testing
import TestSupport

@testable import KeelServer

@Suite struct IdentityTests {
    @Test(arguments: TestBackend.available)
    func anonymousCallersAreTurnedAway(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let api = try await client.send(.get, "/api/v1/projects", as: .some(nil))
            #expect(api.status == .unauthorized)
            #expect(api.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            #expect(api.headers[.contentType] == "application/problem+json")
            let badToken = try await client.send(.get, "/api/v1/projects", headers: [.authorization: "Bearer keel_nope"], as: .some(nil))
            #expect(badToken.status == .unauthorized)
            let page = try await client.page("/projects?status=active", as: .some(nil))
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/sign-in?next=%2Fprojects%3Fstatus%3Dactive")
            for open in ["/healthz", "/openapi.json", "/sign-in", "/static/keel.css"] {
                #expect(try await client.page(open, as: .some(nil)).status == .ok, "\(open)")
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func firstRunSetupWorksOnlyOnce(_ backend: TestBackend) async throws {
        try await withClient(backend, createAdmin: false) { client, services in
            #expect(try await client.page("/sign-in", as: .some(nil)).headers[.location] == "/setup")
            let form = try await client.page("/setup", as: .some(nil))
            #expect(form.status == .ok)
            let csrfCookie = try #require(form.headers[.setCookie]?.split(separator: ";").first.map(String.init))
            let token = String(csrfCookie.split(separator: "=", maxSplits: 1)[1])
            let weak = try await client.form(
                "/setup",
                [
                    ("_csrf", token), ("display_name", "Ada"), ("email", "ada@example.com"), ("password", "password1"),
                    ("password_confirmation", "password1"),
                ],
                headers: [.cookie: csrfCookie],
                as: .some(nil)
            )
            #expect(weak.status == .unprocessableContent)
            #expect(weak.text.contains("too common"))
            let done = try await client.form(
                "/setup",
                [
                    ("_csrf", token), ("display_name", "Ada"), ("email", "Ada@Example.com"), ("password", "a long enough phrase"),
                    ("password_confirmation", "a long enough phrase"),
                ],
                headers: [.cookie: csrfCookie],
                as: .some(nil)
            )
            #expect(done.status == .seeOther)
            #expect(done.headers[.setCookie]?.contains("keel_session=") == true)
            #expect(done.headers[.setCookie]?.contains("HttpOnly") == true)
            let admin = try #require(try await services.identity.find(email: "ada@example.com"))
            #expect(admin.isAdmin)
            let again = try await client.form(
                "/setup",
                [("_csrf", token), ("display_name", "Eve"), ("email", "eve@example.com"), ("password", "another long phrase")],
                headers: [.cookie: csrfCookie],
                as: .some(nil)
            )
            #expect(again.status == .forbidden)
            #expect(try await services.identity.userCount() == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func signInSignOutAndSessionsEndServerSide(_ backend: TestBackend) async throws {
        let clock = TestClock()
        var settings = IdentitySettings()
        settings.idleTimeout = 600
        try await withClient(backend, settings: settings, clock: clock) { client, services in
            let form = try await client.page("/sign-in", as: .some(nil))
            let csrfCookie = try #require(form.headers[.setCookie]?.split(separator: ";").first.map(String.init))
            let token = String(csrfCookie.split(separator: "=", maxSplits: 1)[1])
            let wrong = try await client.form(
                "/sign-in",
                [("_csrf", token), ("email", "admin@test.keel"), ("password", "wrong password")],
                headers: [.cookie: csrfCookie],
                as: .some(nil)
            )
            #expect(wrong.status == .unauthorized)
            let ok = try await client.form(
                "/sign-in",
                [("_csrf", token), ("email", "ADMIN@test.keel"), ("password", HTTPTest.password), ("next", "/projects/new")],
                headers: [.cookie: csrfCookie],
                as: .some(nil)
            )
            #expect(ok.status == .seeOther)
            #expect(ok.headers[.location] == "/projects/new")
            let cookies = ok.headers[values: .setCookie].compactMap { $0.split(separator: ";").first.map(String.init) }
            let session = try #require(cookies.first { $0.hasPrefix("keel_session=") })
            // The wrong password before is told to the user, who may not have typed it.
            #expect(cookies.contains("keel_flash=failed_sign_ins:1"))
            #expect(!session.contains(token))  // a fresh id, not anything the client had before
            #expect(try await client.page("/projects", headers: [.cookie: session], as: .some(nil)).status == .ok)

            // Idle too long: the session is over.
            clock.advance(601)
            #expect(try await client.page("/projects", headers: [.cookie: session], as: .some(nil)).status == .seeOther)

            // Sign-out ends the session on the server, not only in the browser.
            let user = try await client.makeUser("bob@test.keel")
            let out = try await client.form("/sign-out", [], as: user)
            #expect(out.status == .seeOther)
            #expect(try await client.page("/projects", as: user).status == .seeOther)
            // An open redirect through `next` is refused.
            #expect(IdentityPages.safeNext("//evil.example") == "/projects")
            #expect(IdentityPages.safeNext("https://evil.example") == "/projects")
            _ = services
        }
    }

    @Test(arguments: TestBackend.available)
    func failedSignInsAreThrottledPerAccountAndPerClient(_ backend: TestBackend) async throws {
        var settings = IdentitySettings()
        settings.maxFailuresPerAccount = 3
        settings.maxFailuresPerClient = 5
        settings.maxFailuresPerAccountFromNewClients = 6
        try await withClient(backend, settings: settings) { client, services in
            let identity = services.identity
            func signIn(_ email: String, _ password: String, from address: String) async throws -> Authenticated {
                try await identity.signIn(email: email, password: password, client: address, requestID: "t")
            }
            // The owner signed in from their usual address before.
            _ = try await signIn("admin@test.keel", HTTPTest.password, from: "10.0.0.9")
            for _ in 0..<3 {
                await #expect(throws: KeelError.unauthenticated) { try await signIn("admin@test.keel", "nope", from: "10.0.0.1") }
            }
            // That address is locked for the account, even with the right password…
            do {
                _ = try await signIn("admin@test.keel", HTTPTest.password, from: "10.0.0.1")
                Issue.record("expected 10.0.0.1 to be locked out of the account")
            } catch KeelError.rateLimited(let seconds) {
                #expect(seconds > 0 && seconds <= 900)
            }
            // …but a stranger's guesses do not lock the owner out: another address still signs in,
            // and is told of the failed attempts.
            let owner = try await signIn("admin@test.keel", HTTPTest.password, from: "10.0.0.2")
            #expect(owner.failedAttemptsSinceLastSignIn == 3)
            // Guesses spread over many new addresses stop at the account's limit for new addresses…
            for i in 3..<5 {
                await #expect(throws: KeelError.unauthenticated) { try await signIn("admin@test.keel", "nope", from: "10.0.1.\(i)") }
            }
            await #expect(throws: KeelError.rateLimited(retryAfterSeconds: 900)) {
                try await signIn("admin@test.keel", HTTPTest.password, from: "10.0.1.7")
            }
            // …while the addresses the owner signed in from keep their own allowance.
            _ = try await signIn("admin@test.keel", HTTPTest.password, from: "10.0.0.9")
            _ = try await signIn("admin@test.keel", HTTPTest.password, from: "10.0.0.2")
            // An administrator lifts the limits.
            #expect(try await identity.unlock(.system("t"), email: "admin@test.keel") > 0)
            _ = try await signIn("admin@test.keel", HTTPTest.password, from: "10.0.1.8")

            // Per client: spraying many accounts from one address trips the client limit (the three
            // guesses and one refusal above from 10.0.0.1 count).
            _ = try? await signIn("x0@test.keel", "nope", from: "10.0.0.1")
            await #expect(throws: KeelError.rateLimited(retryAfterSeconds: 900)) { try await signIn("new@test.keel", "nope", from: "10.0.0.1") }
            // Over HTTP the answer is 429 with Retry-After; a spoofed X-Forwarded-For changes nothing
            // because no proxy is trusted.
            let form = try await client.page("/sign-in", as: .some(nil))
            let csrfCookie = try #require(form.headers[.setCookie]?.split(separator: ";").first.map(String.init))
            let token = String(csrfCookie.split(separator: "=", maxSplits: 1)[1])
            var last: TestResponse?
            for i in 0..<6 {
                last = try await client.form(
                    "/sign-in",
                    [("_csrf", token), ("email", "admin@test.keel"), ("password", "nope")],
                    headers: [.cookie: csrfCookie, HTTPField.Name("X-Forwarded-For")!: "192.0.2.\(i)"],
                    as: .some(nil)
                )
            }
            #expect(last?.status == .tooManyRequests)
            #expect(last?.headers[.retryAfter] != nil)
            let audit = try await services.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'sign_in_failed'").first()?.decode(column: "n", as: Int.self)
            }
            #expect((audit ?? 0) >= 3)
        }
    }

    /// Parallel guesses are each counted before any password is checked: of 60 at once (one of them
    /// right), no more than the limit get an answer other than "too many".
    @Test(arguments: TestBackend.available)
    func parallelGuessesCannotOutrunTheLimit(_ backend: TestBackend) async throws {
        var settings = IdentitySettings()
        settings.maxFailuresPerAccount = 5
        try await withClient(backend, settings: settings) { _, services in
            let identity = services.identity
            let outcomes = await withTaskGroup(of: String.self) { group in
                for i in 0..<60 {
                    group.addTask {
                        do {
                            _ = try await identity.signIn(
                                email: "admin@test.keel",
                                password: i == 59 ? HTTPTest.password : "guess \(i)",
                                client: "10.9.9.9",
                                requestID: "t"
                            )
                            return "signed in"
                        } catch KeelError.rateLimited {
                            return "limited"
                        } catch KeelError.unauthenticated {
                            return "wrong"
                        } catch {
                            return "other \(error)"
                        }
                    }
                }
                var all: [String] = []
                for await o in group { all.append(o) }
                return all
            }
            let checked = outcomes.filter { $0 == "wrong" || $0 == "signed in" }.count
            #expect(checked <= 5, "\(checked) passwords were checked")
            #expect(outcomes.filter { $0 == "limited" }.count >= 55)
            #expect(!outcomes.contains { $0.hasPrefix("other") }, "\(outcomes.filter { $0.hasPrefix("other") })")
        }
    }

    @Test(arguments: TestBackend.available)
    func formsWithoutTheCSRFTokenAreRefused(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let missing = try await client.form("/projects", [("_csrf", ""), ("code", "X"), ("name", "X"), ("currency", "CNY")])
            #expect(missing.status == .forbidden)
            let wrong = try await client.form(
                "/projects",
                [("_csrf", String(repeating: "a", count: 43)), ("code", "X"), ("name", "X"), ("currency", "CNY")]
            )
            #expect(wrong.status == .forbidden)
            // A cross-site page posting JSON with the user's cookie is refused by Origin.
            let foreign = try await client.send(
                .post,
                "/api/v1/projects",
                json: #"{"code":"X","name":"X","currency":"CNY"}"#,
                headers: [.cookie: client.admin!.sessionCookie, .origin: "https://evil.example"]
            )
            #expect(foreign.status == .forbidden)
            #expect(try await services.projects.list(.system("t"), PortfolioQuery()).total == 0)
            // State changes never happen on GET: there is no GET sign-out, and the session survives.
            #expect(try await client.page("/sign-out").status == .methodNotAllowed)
            #expect(try await client.page("/projects").status == .ok)
        }
    }

    @Test(arguments: TestBackend.available)
    func apiTokensAreShownOnceAndCanBeRevoked(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let created = try await client.send(.post, "/api/v1/tokens", json: #"{"name":"ci","expires_on":"2099-01-01"}"#)
            #expect(created.status == .created)
            let secret = try #require(created.json["token"] as? String)
            #expect(secret.hasPrefix("keel_"))
            let id = try #require(created.json["id"] as? String)
            let me = try await client.send(.get, "/api/v1/me", headers: [.authorization: "Bearer \(secret)"])
            #expect(me.json["email"] as? String == "admin@test.keel")
            let list = try await client.send(.get, "/api/v1/tokens")
            #expect(!list.text.contains(secret))
            #expect(try await client.send(.delete, "/api/v1/tokens/\(id)").status == .noContent)
            #expect(try await client.send(.get, "/api/v1/me", headers: [.authorization: "Bearer \(secret)"]).status == .unauthorized)
        }
    }

    @Test(arguments: TestBackend.available)
    func disablingAUserEndsTheirSessionsAndTokens(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let bob = try await client.makeUser("bob@test.keel")
            #expect(try await client.send(.get, "/api/v1/me", as: bob).status == .ok)
            let patch = try await client.send(
                .patch,
                "/api/v1/users/\(bob.user.id)",
                json: #"{"disabled":true}"#,
                headers: [.ifMatch: "\"1\""]
            )
            #expect(patch.status == .ok)
            #expect(try await client.send(.get, "/api/v1/me", as: bob).status == .unauthorized)
            #expect(try await client.page("/projects", as: bob).status == .seeOther)
            // Only administrators manage users.
            let carol = try await client.makeUser("carol@test.keel")
            #expect(try await client.send(.get, "/api/v1/users", as: carol).status == .forbidden)
            let noIfMatch = try await client.send(.patch, "/api/v1/users/\(carol.user.id)", json: #"{"disabled":true}"#)
            #expect(noIfMatch.status == .preconditionRequired)
        }
    }

    @Test(arguments: TestBackend.available)
    func rolesDecideWhatMembersSeeAndDo(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let owner = try await client.makeUser("owner@test.keel")
            let viewer = try await client.makeUser("viewer@test.keel")
            let manager = try await client.makeUser("manager@test.keel")
            let stranger = try await client.makeUser("stranger@test.keel")
            let pid = try await client.createProject(as: owner)
            _ = try await client.createProject(as: stranger)
            for (who, role) in [(viewer, "viewer"), (manager, "manager")] {
                let r = try await client.send(
                    .post,
                    "/api/v1/projects/\(pid)/members",
                    json: #"{"email":"\#(who.user.email)","role":"\#(role)"}"#,
                    as: owner
                )
                #expect(r.status == .created)
            }
            // Portfolio: members see their projects only; the administrator sees all.
            #expect(try await client.send(.get, "/api/v1/projects", as: viewer).json["total"] as? Int == 1)
            #expect(try await client.send(.get, "/api/v1/projects").json["total"] as? Int == 2)
            // A stranger cannot tell the project exists.
            let hidden = try await client.send(.get, "/api/v1/projects/\(pid)", as: stranger)
            #expect(hidden.status == .notFound)
            #expect(!hidden.text.contains("Test project"))
            // A viewer reads but may not change.
            #expect(try await client.send(.get, "/api/v1/projects/\(pid)", as: viewer).status == .ok)
            let denied = try await client.send(.patch, "/api/v1/projects/\(pid)", json: #"{"name":"x"}"#, headers: [.ifMatch: "\"1\""], as: viewer)
            #expect(denied.status == .forbidden)
            let deniedRecords = try await client.send(.get, "/api/v1/projects/\(pid)/audit?action=denied", as: owner)
            #expect((deniedRecords.json["items"] as? [[String: Any]])?.first?["actor"] as? String == "user:\(viewer.user.id)")
            // Managers edit the plan but cannot make owners; nobody removes the last owner.
            #expect(
                try await client.send(.patch, "/api/v1/projects/\(pid)", json: #"{"name":"y"}"#, headers: [.ifMatch: "\"1\""], as: manager).status
                    == .ok
            )
            let promote = try await client.send(
                .patch,
                "/api/v1/projects/\(pid)/members/\(viewer.user.id)",
                json: #"{"role":"owner"}"#,
                as: manager
            )
            #expect(promote.status == .forbidden)
            let lastOwner = try await client.send(.delete, "/api/v1/projects/\(pid)/members/\(owner.user.id)", as: owner)
            #expect(lastOwner.status == .unprocessableContent)
            #expect(try await client.send(.delete, "/api/v1/projects/\(pid)", headers: [.ifMatch: "\"2\""], as: manager).status == .forbidden)
            let audit = try await client.send(.get, "/api/v1/projects/\(pid)/audit", as: manager)
            #expect(audit.status == .forbidden)
            #expect(try await client.send(.get, "/api/v1/projects/\(pid)/audit", as: owner).status == .ok)
        }
    }
}
