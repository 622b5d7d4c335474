import Foundation
import Hummingbird
import HummingbirdTesting
import KeelApp
@testable import KeelPresentation
import KeelStore
import Logging
import Testing
import TestSupport

@testable import KeelServer

@Suite struct PlatformTests {
    @Test(arguments: TestBackend.available)
    func healthChecksTheDatabase(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let r = try await client.send(.get, "/healthz")
            #expect(r.status == .ok)
            #expect(r.json["status"] as? String == "ok")
            #expect(r.json["database"] as? String == backend.rawValue)
        }
    }

    @Test func aMethodAnAddressDoesNotTakeAnswers405WithAllow() async throws {
        try await withClient(.sqlite) { client, _ in
            let id = try await client.createProject()
            for (method, path) in [
                (HTTPRequest.Method("TRACE")!, "/api/v1/projects"), (.delete, "/api/v1/projects"), (.put, "/api/v1/projects/\(id)"),
                (HTTPRequest.Method("TRACE")!, "/projects"), (.patch, "/projects/\(id)"),
            ] {
                let r = try await client.send(method, path)
                #expect(r.status == .methodNotAllowed, "\(method) \(path): \(r.status)")
                #expect(r.headers[.allow]?.isEmpty == false, "\(method) \(path)")
                if path.hasPrefix("/api/") { #expect(r.json["status"] as? Int == 405) }
            }
            // The router prefers a literal segment: /tasks/bulk takes POST only, though /tasks/{taskID} takes PATCH.
            let bulk = try await client.send(.patch, "/api/v1/projects/\(id)/tasks/bulk", json: "{}")
            #expect(bulk.status == .methodNotAllowed && bulk.headers[.allow] == "POST")
            // A POST where only GET is served is 405 before the form-token check could say 403.
            let health = try await client.send(.post, "/healthz", headers: [.cookie: client.admin!.sessionCookie])
            #expect(health.status == .methodNotAllowed && health.headers[.allow] == "GET, HEAD")
            let collection = try await client.send(.delete, "/api/v1/projects")
            #expect(collection.headers[.allow] == "GET, HEAD, POST")
            let options = try await client.send(.options, "/api/v1/projects/\(id)")
            #expect(options.status == .noContent)
            #expect(options.headers[.allow] == "DELETE, GET, HEAD, PATCH")
            // An address nothing serves stays 404; a method the address takes is unaffected.
            #expect(try await client.send(HTTPRequest.Method("TRACE")!, "/api/v1/nothing").status == .notFound)
            #expect(try await client.send(.get, "/api/v1/projects/\(id)").status == .ok)
        }
    }

    @Test func metricsCountRequestsByRouteAndStatus() async throws {
        try await withClient(.sqlite) { client, _ in
            _ = try await client.send(.get, "/api/v1/projects")
            _ = try await client.send(.get, "/api/v1/projects/\(UUID().uuidString)")
            let m = try await client.send(.get, "/metrics")
            #expect(m.status == .ok)
            #expect(m.text.contains(#"keel_http_requests_total{route="/api/v1/projects",method="GET",status="200"} 1"#))
            #expect(m.text.contains(#"route="/api/v1/projects/{projectID}",method="GET",status="404""#))
            #expect(m.text.contains("keel_http_request_duration_seconds_bucket"))
        }
    }

    @Test func securityHeadersOnEveryResponse() async throws {
        try await withClient(.sqlite) { client, _ in
            for uri in ["/projects", "/no/such/page", "/api/v1/nothing", "/static/keel.css"] {
                let r = try await client.send(.get, uri)
                let csp = r.headers[.contentSecurityPolicy] ?? ""
                #expect(csp.contains("object-src 'none'"), "\(uri)")
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(csp.contains("base-uri 'none'"))
                #expect(!csp.contains("unsafe-inline"))
                #expect(r.headers[.xContentTypeOptions] == "nosniff")
            }
            let notFound = try await client.send(.get, "/api/v1/nothing")
            #expect(notFound.status == .notFound)
            #expect(notFound.headers[.contentType] == "application/problem+json")
        }
    }

    /// Every `/api/v1` route is in the OpenAPI document with its method, and every documented
    /// operation exists on the router.
    @Test func openAPIDocumentMatchesTheRouter() async throws {
        try await TestDatabase.with(.sqlite) { (db: Database) async throws in
            let router = try buildRouter(services: KeelServices(database: db), configuration: ServerConfiguration())
            let routed = Set(
                router.routes.map { "\($0.method.rawValue) \($0.path.description)" }
                    .filter { $0.contains(" /api/") || $0.hasSuffix(" /healthz") || $0.hasSuffix(" /metrics") || $0.hasSuffix(" /openapi.json") }
            )
            let doc = try #require(try JSONSerialization.jsonObject(with: OpenAPIDocument.json()) as? [String: Any])
            #expect(doc["openapi"] as? String == "3.1.0")
            let paths = try #require(doc["paths"] as? [String: [String: Any]])
            var documented = Set<String>()
            for (path, ops) in paths {
                for method in ops.keys where ["get", "post", "put", "patch", "delete"].contains(method) {
                    documented.insert("\(method.uppercased()) \(path)")
                }
            }
            #expect(routed.subtracting(documented).isEmpty, "undocumented: \(routed.subtracting(documented).sorted())")
            #expect(documented.subtracting(routed).isEmpty, "documented but missing: \(documented.subtracting(routed).sorted())")
            #expect(routed.count > 20)
        }
    }

    @Test func openAPIIsServed() async throws {
        try await withClient(.sqlite) { client, _ in
            let r = try await client.send(.get, "/openapi.json")
            #expect(r.status == .ok)
            #expect(r.json["openapi"] as? String == "3.1.0")
        }
    }

    @Test func acceptLanguagePicksTheLocale() {
        #expect(UILocale.negotiate(acceptLanguage: "zh-CN,zh;q=0.9,en;q=0.8") == .zhCN)
        #expect(UILocale.negotiate(acceptLanguage: "en-GB,en;q=0.9,zh;q=0.8") == .en)
        #expect(UILocale.negotiate(acceptLanguage: "fr-FR,zh-TW;q=0.5") == .zhCN)
        #expect(UILocale.negotiate(acceptLanguage: "de") == .en)
        #expect(UILocale.negotiate(acceptLanguage: nil) == .en)
    }
}
