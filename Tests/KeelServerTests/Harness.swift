import Foundation
import Hummingbird
import HummingbirdTesting
import KeelApp
import KeelStore
import Logging
import NIOCore
import TestSupport

@testable import KeelServer

/// Runs `body` with an HTTP client against a Keel router on a fresh database of `backend`.
func withClient(
    _ backend: TestBackend, maxBodyBytes: Int = 64 * 1024, _ body: @escaping @Sendable (any TestClientProtocol, KeelServices) async throws -> Void
) async throws {
    try await TestDatabase.with(backend) { (db: Database) async throws in
        let services = KeelServices(database: db)
        let router = try buildRouter(services: services, configuration: ServerConfiguration(maxBodyBytes: maxBodyBytes))
        let app = Application(router: router, logger: Logger(label: "keel-http-test"))
        try await app.test(.router) { client in try await body(client, services) }
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] ?? [:]
    }

    /// Field names listed in a problem document's `errors`.
    var problemFields: [String] {
        ((json["errors"] as? [[String: Any]]) ?? []).compactMap { $0["field"] as? String }.sorted()
    }
}

extension TestClientProtocol {
    @discardableResult
    func send(_ method: HTTPRequest.Method, _ uri: String, json: String? = nil, headers: HTTPFields = [:]) async throws -> TestResponse {
        var h = headers
        if json != nil && h[.contentType] == nil { h[.contentType] = "application/json" }
        return try await execute(uri: uri, method: method, headers: h, body: json.map { ByteBuffer(string: $0) })
    }

    func form(_ uri: String, _ fields: [(String, String)], headers: HTTPFields = [:]) async throws -> TestResponse {
        var h = headers
        h[.contentType] = "application/x-www-form-urlencoded"
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.map {
            "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }.joined(separator: "&")
        return try await execute(uri: uri, method: .post, headers: h, body: ByteBuffer(string: body))
    }

    /// Creates a project through the API and returns its id.
    func createProject(code: String = "P-\(UUID().uuidString.prefix(6))") async throws -> String {
        let r = try await send(
            .post, "/api/v1/projects",
            json: """
                {"code":"\(code)","name":"Test project","sponsor":"Li Wei","currency":"CNY","budget_amount":"1000000.00",
                 "planned_start":"2027-01-04","planned_finish":"2027-06-30","allocations":[{"direction":"Build","share_percent":"60"}]}
                """)
        guard r.status == .created, let id = r.json["id"] as? String else { throw HarnessError.unexpected(r.status.code, r.text) }
        return id
    }
}

enum HarnessError: Error { case unexpected(Int, String) }
