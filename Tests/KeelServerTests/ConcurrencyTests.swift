import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import KeelApp
import KeelCore
import Testing
import TestSupport

@testable import KeelServer

@Suite struct ConcurrencyTests {
    static let key = HTTPField.Name("Idempotency-Key")!

    @Test(arguments: TestBackend.available)
    func twentyParallelPostsWithOneKeyCreateOneProject(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let body = #"{"code":"IDEM","name":"Once","currency":"CNY"}"#
            let responses = try await withThrowingTaskGroup(of: (Int, String?).self) { group in
                for _ in 0..<20 {
                    group.addTask {
                        let r = try await client.send(.post, "/api/v1/projects", json: body, headers: [Self.key: "k-1"])
                        return (r.status.code, r.json["id"] as? String)
                    }
                }
                var all: [(Int, String?)] = []
                for try await r in group { all.append(r) }
                return all
            }
            #expect(responses.allSatisfy { $0.0 == 201 }, "\(responses.map(\.0))")
            #expect(Set(responses.compactMap(\.1)).count == 1)
            #expect(try await services.projects.list(.system("t"), PortfolioQuery()).total == 1)

            let replay = try await client.send(.post, "/api/v1/projects", json: body, headers: [Self.key: "k-1"])
            #expect(replay.status == .created)
            #expect(replay.headers[HTTPField.Name("Idempotent-Replayed")!] == "true")
            #expect(replay.headers[.location] != nil)
            let reused = try await client.send(
                .post,
                "/api/v1/projects",
                json: #"{"code":"OTHER","name":"x","currency":"CNY"}"#,
                headers: [Self.key: "k-1"]
            )
            #expect(reused.status == .unprocessableContent)
            // Keys belong to their user: another user's k-1 is a different key.
            let bob = try await client.makeUser("bob@test.keel")
            let other = try await client.send(
                .post,
                "/api/v1/projects",
                json: #"{"code":"BOB","name":"x","currency":"CNY"}"#,
                headers: [Self.key: "k-1"],
                as: bob
            )
            #expect(other.status == .created)
            // A failed request does not burn its key.
            let bad = try await client.send(
                .post,
                "/api/v1/projects",
                json: #"{"code":"IDEM","name":"dup","currency":"CNY"}"#,
                headers: [Self.key: "k-2"]
            )
            #expect(bad.status == .unprocessableContent)
            #expect(
                try await client.send(.post, "/api/v1/projects", json: #"{"code":"IDEM","name":"dup","currency":"CNY"}"#, headers: [Self.key: "k-2"])
                    .status == .unprocessableContent
            )
        }
    }

    @Test(arguments: TestBackend.available)
    func twoPatchesWithTheSameETagOneWins(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let id = try await client.createProject()
            let results = try await withThrowingTaskGroup(of: Int.self) { group in
                for name in ["Alice's name", "Bob's name"] {
                    group.addTask {
                        try await client.send(.patch, "/api/v1/projects/\(id)", json: #"{"name":"\#(name)"}"#, headers: [.ifMatch: "\"1\""]).status
                            .code
                    }
                }
                var all: [Int] = []
                for try await r in group { all.append(r) }
                return all.sorted()
            }
            #expect(results == [200, 412])
            let missing = try await client.send(.patch, "/api/v1/projects/\(id)", json: #"{"name":"x"}"#)
            #expect(missing.status == .preconditionRequired)
        }
    }
}
