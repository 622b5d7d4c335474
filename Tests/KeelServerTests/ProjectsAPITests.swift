import Foundation
import Hummingbird
import HummingbirdTesting
import KeelApp
import KeelStore
import Testing
import TestSupport

@testable import KeelServer

@Suite struct ProjectsAPITests {
    @Test(arguments: TestBackend.available)
    func createReadUpdateDelete(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let created = try await client.send(
                .post,
                "/api/v1/projects",
                json:
                    #"{"code":"ECOM","name":"E-commerce","currency":"CNY","budget_amount":"12000000.00","allocations":[{"direction":"Dev","share_percent":"45.5"}]}"#
            )
            #expect(created.status == .created)
            #expect(created.headers[.eTag] == "\"1\"")
            let id = try #require(created.json["id"] as? String)
            #expect(created.headers[.location] == "/api/v1/projects/\(id)")
            let allocations = created.json["allocations"] as? [[String: Any]]
            #expect(allocations?.first?["amount"] as? String == "5460000.00")

            let got = try await client.send(.get, "/api/v1/projects/\(id)")
            #expect(got.status == .ok)
            #expect(got.json["budget_amount"] as? String == "12000000.00")
            #expect(got.json["budget_minor"] as? Int == 1_200_000_000)

            let patched = try await client.send(.patch, "/api/v1/projects/\(id)", json: #"{"status":"active"}"#, headers: [.ifMatch: "\"1\""])
            #expect(patched.status == .ok)
            #expect(patched.headers[.eTag] == "\"2\"")
            #expect(patched.json["name"] as? String == "E-commerce")

            let stale = try await client.send(.patch, "/api/v1/projects/\(id)", json: #"{"status":"closed"}"#, headers: [.ifMatch: "\"1\""])
            #expect(stale.status == .preconditionFailed)
            #expect(stale.headers[.contentType] == "application/problem+json")
            #expect(stale.json["current_version"] as? Int == 2)

            let overview = try await client.send(.get, "/api/v1/projects/\(id)/overview")
            #expect((overview.json["phases"] as? [Any])?.count == 5)

            let audit = try await client.send(.get, "/api/v1/projects/\(id)/audit")
            #expect((audit.json["items"] as? [Any])?.count == 2)

            #expect(try await client.send(.delete, "/api/v1/projects/\(id)", headers: [.ifMatch: "\"2\""]).status == .noContent)
            #expect(try await client.send(.get, "/api/v1/projects/\(id)").status == .notFound)
        }
    }

    @Test(arguments: TestBackend.available)
    func badInputIsRefusedAndChangesNothing(_ backend: TestBackend) async throws {
        try await withClient(backend, maxBodyBytes: 4096) { client, services in
            let id = try await client.createProject(code: "BASE")
            let before = try await TestDatabase.rowCounts(services.database)

            let malformed = try await client.send(.post, "/api/v1/projects", json: #"{"code": "X", "#)
            #expect(malformed.status == .badRequest)
            #expect(malformed.headers[.contentType] == "application/problem+json")

            let notObject = try await client.send(.post, "/api/v1/projects", json: "[1,2]")
            #expect(notObject.status == .badRequest)

            let missing = try await client.send(.post, "/api/v1/projects", json: #"{"sponsor": 5, "project_id": "x"}"#)
            #expect(missing.status == .unprocessableContent)
            #expect(missing.problemFields == ["code", "currency", "name", "project_id", "sponsor"])

            let rules = try await client.send(
                .post,
                "/api/v1/projects",
                json: #"{"code":"R","name":"R","currency":"QQQ","budget_amount":"-5","planned_start":"2027-05-01","planned_finish":"2027-04-01"}"#
            )
            #expect(rules.status == .unprocessableContent)
            #expect(rules.problemFields == ["budget_amount", "currency", "planned_finish"])

            let negative = try await client.send(
                .post,
                "/api/v1/projects",
                json: #"{"code":"N","name":"N","currency":"CNY","budget_amount":"-5"}"#
            )
            #expect(negative.problemFields == ["budget_amount"])

            let thresholds = try await client.send(
                .post,
                "/api/v1/projects/\(id)/objectives",
                json: #"{"name":"CSAT","target":90,"direction":"higher_is_better","red_threshold":95,"amber_threshold":92}"#
            )
            #expect(thresholds.status == .unprocessableContent)
            #expect(thresholds.problemFields == ["amber_threshold", "red_threshold"])

            let wrongType = try await client.send(.post, "/api/v1/projects", json: "{}", headers: [.contentType: "text/plain"])
            #expect(wrongType.status == .unsupportedMediaType)

            let huge = String(repeating: "x", count: 10_000)
            let tooLarge = try await client.send(.post, "/api/v1/projects", json: #"{"code":"\#(huge)"}"#)
            #expect(tooLarge.status == .contentTooLarge)

            let unknownProject = try await client.send(.get, "/api/v1/projects/\(UUID().uuidString)")
            #expect(unknownProject.status == .notFound)
            #expect(try await client.send(.get, "/api/v1/projects/not-a-uuid").status == .notFound)
            let unknownChild = try await client.send(
                .patch,
                "/api/v1/projects/\(id)/stakeholders/\(UUID().uuidString)",
                json: "{}",
                headers: [.ifMatch: "\"1\""]
            )
            #expect(unknownChild.status == .notFound)

            let badQuery = try await client.send(.get, "/api/v1/projects?per_page=5000&status=nope")
            #expect(badQuery.status == .unprocessableContent)
            #expect(badQuery.problemFields == ["per_page", "status"])

            #expect(try await TestDatabase.rowCounts(services.database) == before)
        }
    }

    @Test(arguments: TestBackend.available)
    func childObjectsAreScopedToTheirProject(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let a = try await client.createProject()
            let b = try await client.createProject()
            let s = try await client.send(
                .post,
                "/api/v1/projects/\(a)/stakeholders",
                json: #"{"name":"Li Wei","kind":"sponsor","influence":5,"interest":4}"#
            )
            #expect(s.status == .created)
            #expect(s.json["quadrant"] as? String == "manage_closely")
            let sid = try #require(s.json["id"] as? String)
            let foreign = try await client.send(.get, "/api/v1/projects/\(b)/stakeholders/\(sid)")
            #expect(foreign.status == .notFound)
            #expect(!foreign.text.contains("Li Wei"))
            #expect(try await client.send(.delete, "/api/v1/projects/\(b)/stakeholders/\(sid)", headers: [.ifMatch: "\"1\""]).status == .notFound)
            #expect(try await client.send(.get, "/api/v1/projects/\(a)/stakeholders/\(sid)").status == .ok)
        }
    }

    @Test(arguments: TestBackend.available)
    func lifecycleAndGateReviews(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let id = try await client.createProject()
            let phases = try await client.send(.get, "/api/v1/projects/\(id)/phases")
            let first = try #require((phases.json["items"] as? [[String: Any]])?.first?["id"] as? String)
            let review = try await client.send(
                .post,
                "/api/v1/projects/\(id)/phases/\(first)/gate-reviews",
                json:
                    #"{"criteria":[{"text":"Charter signed","met":true},{"text":"Budget approved","met":false}],"decision":"go","decider":"Li","decided_on":"2027-01-29"}"#
            )
            #expect(review.status == .unprocessableContent)
            #expect(review.problemFields == ["decision"])
            let ok = try await client.send(
                .post,
                "/api/v1/projects/\(id)/phases/\(first)/gate-reviews",
                json: #"{"criteria":[{"text":"Charter signed","met":true}],"decision":"go","decider":"Li","decided_on":"2027-01-29"}"#
            )
            #expect(ok.status == .created)
            let moved = try await client.send(
                .patch,
                "/api/v1/projects/\(id)/phases/\(first)",
                json: #"{"actual_start":"2027-01-04","actual_finish":"2027-01-29"}"#,
                headers: [.ifMatch: "\"1\""]
            )
            #expect(moved.json["state"] as? String == "done")
            #expect((try await client.send(.get, "/api/v1/projects/\(id)/gate-reviews").json["items"] as? [Any])?.count == 1)
        }
    }

    @Test func portfolioPagesThroughTheAPI() async throws {
        try await withClient(.sqlite) { client, _ in
            for i in 0..<7 { _ = try await client.createProject(code: "C\(i)") }
            let page = try await client.send(.get, "/api/v1/projects?per_page=3&page=3&sort=code")
            #expect(page.json["total"] as? Int == 7)
            #expect((page.json["items"] as? [[String: Any]])?.compactMap { $0["code"] as? String } == ["C6"])
        }
    }

    @Test(arguments: TestBackend.available)
    func healthThroughTheAPI(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let id = try await client.createProject(code: "HEALTH-1")
            _ = try await client.createProject(code: "HEALTH-2")
            let risk = try await client.send(
                .post,
                "/api/v1/projects/\(id)/risks",
                json: #"{"title":"Supplier fails","kind":"threat","inherent_probability":4,"inherent_cost":5}"#
            )
            #expect(risk.status == .created)

            // Live: the critical risk is red; nothing else is set up, so only the risk is reported.
            let live = try await client.send(.get, "/api/v1/projects/\(id)/health")
            #expect(live.status == .ok && live.json["overall"] as? String == "red" && live.json["current"] as? Bool == true)
            #expect((live.json["risk"] as? [String: Any])?["critical"] as? Int == 1)
            #expect(live.json["schedule"] == nil && live.json["cost"] == nil && live.json["cash"] == nil)

            // The portfolio carries the stored assessment once the background refresh ran.
            var list = try await client.send(.get, "/api/v1/projects?health=red")
            #expect(list.json["total"] as? Int == 0)
            try await services.health.refreshAll()
            list = try await client.send(.get, "/api/v1/projects?health=red")
            let items = list.json["items"] as? [[String: Any]] ?? []
            #expect(items.compactMap { $0["code"] as? String } == ["HEALTH-1"])
            #expect((items.first?["health"] as? [String: Any])?["overall"] as? String == "red")
            let sorted = try await client.send(.get, "/api/v1/projects?sort=health")
            #expect((sorted.json["items"] as? [[String: Any]])?.compactMap { $0["code"] as? String } == ["HEALTH-1", "HEALTH-2"])

            let bad = try await client.send(.get, "/api/v1/projects?health=purple")
            #expect(bad.status == .unprocessableContent && bad.problemFields == ["health"])
        }
    }
}
