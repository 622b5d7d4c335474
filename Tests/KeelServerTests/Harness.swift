import Foundation
import Hummingbird
import HummingbirdTesting
import KeelApp
import KeelCore
import KeelStore
import Logging
import NIOCore
import Synchronization
import TestSupport

@testable import KeelServer

/// Someone the tests act as: an API token for JSON calls, a session cookie and its form token for pages.
struct TestUser: Sendable {
    let user: User
    let token: String
    let sessionCookie: String
    let csrf: String
}

/// An HTTP client against a Keel router on a fresh database, acting as `admin` unless told otherwise.
struct HTTPTest: Sendable {
    let client: any TestClientProtocol
    let services: KeelServices
    let admin: TestUser?

    static let password = "correct horse battery staple"

    /// Creates a user (bcrypt and all) with a token and a signed-in session.
    func makeUser(_ email: String, admin: Bool = false) async throws -> TestUser {
        let user = try await services.identity.createUser(
            .system("test"),
            .fields(["email": email, "display_name": email, "password": Self.password, "is_admin": admin])
        )
        return try await Self.credentials(user, services)
    }

    static func credentials(_ user: User, _ services: KeelServices, password: String = password) async throws -> TestUser {
        let caller = Caller.user(user, requestID: "test")
        let (_, secret) = try await services.identity.createToken(caller, .fields(["name": "test"]))
        let session = try await services.identity.signIn(email: user.email, password: password, client: "test", requestID: "test")
        return TestUser(user: user, token: secret, sessionCookie: "keel_session=\(session.sessionToken!)", csrf: session.csrfToken!)
    }

    @discardableResult
    func send(
        _ method: HTTPRequest.Method,
        _ uri: String,
        json: String? = nil,
        headers: HTTPFields = [:],
        as user: TestUser?? = .none
    )
        async throws -> TestResponse
    {
        var h = headers
        let who: TestUser? = user ?? admin
        if let who, h[.authorization] == nil, h[.cookie] == nil { h[.authorization] = "Bearer \(who.token)" }
        if json != nil && h[.contentType] == nil { h[.contentType] = "application/json" }
        let response = try await client.execute(uri: uri, method: method, headers: h, body: json.map { ByteBuffer(string: $0) })
        ContractLog.record(method, uri, request: json, response)
        return response
    }

    /// A browser-style request: the session cookie, no bearer token.
    func page(_ uri: String, headers: HTTPFields = [:], as user: TestUser?? = .none) async throws -> TestResponse {
        var h = headers
        if let who = user ?? admin, h[.cookie] == nil { h[.cookie] = who.sessionCookie }
        return try await client.execute(uri: uri, method: .get, headers: h, body: nil)
    }

    /// A form post with the session cookie and its CSRF token (unless the fields set `_csrf`).
    func form(_ uri: String, _ fields: [(String, String)], headers: HTTPFields = [:], as user: TestUser?? = .none) async throws -> TestResponse {
        var h = headers
        h[.contentType] = "application/x-www-form-urlencoded"
        var all = fields
        if let who = user ?? admin {
            if h[.cookie] == nil { h[.cookie] = who.sessionCookie }
            if !fields.contains(where: { $0.0 == "_csrf" }) { all.append(("_csrf", who.csrf)) }
        }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = all.map {
            "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }.joined(separator: "&")
        return try await client.execute(uri: uri, method: .post, headers: h, body: ByteBuffer(string: body))
    }

    /// Creates a project through the API (the caller becomes its owner) and returns its id.
    func createProject(code: String = "P-\(UUID().uuidString.prefix(6))", as user: TestUser?? = .none) async throws -> String {
        let r = try await send(
            .post,
            "/api/v1/projects",
            json: """
                {"code":"\(code)","name":"Test project","sponsor":"Li Wei","currency":"CNY","budget_amount":"1000000.00",
                 "planned_start":"2027-01-04","planned_finish":"2027-06-30","allocations":[{"direction":"Build","share_percent":"60"}]}
                """,
            as: user
        )
        guard r.status == .created, let id = r.json["id"] as? String else { throw HarnessError.unexpected(r.status.code, r.text) }
        return id
    }
}

/// Runs `body` against a Keel router on a fresh database of `backend`, with an administrator signed in.
func withClient(
    _ backend: TestBackend,
    maxBodyBytes: Int = 64 * 1024,
    settings: IdentitySettings = IdentitySettings(),
    clock: TestClock = TestClock(),
    createAdmin: Bool = true,
    _ body: @escaping @Sendable (HTTPTest, KeelServices) async throws -> Void
) async throws {
    try await TestDatabase.with(backend) { (db: Database) async throws in
        let services = KeelServices(database: db, settings: settings, clock: { clock.now })
        var adminUser: TestUser?
        if createAdmin {
            let admin = try await services.identity.createUser(
                .system("test"),
                .fields(["email": "admin@test.keel", "display_name": "Admin", "password": HTTPTest.password, "is_admin": true])
            )
            adminUser = try await HTTPTest.credentials(admin, services)
        }
        let router = try buildRouter(services: services, configuration: ServerConfiguration(maxBodyBytes: maxBodyBytes))
        let app = Application(router: router, logger: Logger(label: "keel-http-test"))
        let admin = adminUser
        try await app.test(.router) { client in try await body(HTTPTest(client: client, services: services, admin: admin), services) }
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

enum HarnessError: Error { case unexpected(Int, String) }

/// With `KEEL_CONTRACT_LOG=FILE`, every API call the tests make through `HTTPTest.send` is appended
/// to FILE as one JSON line; `Tests/Contract/validate_responses.py` then checks each against the
/// OpenAPI document (paths, methods, statuses, response and accepted request bodies).
enum ContractLog {
    static let file: String? = ProcessInfo.processInfo.environment["KEEL_CONTRACT_LOG"].flatMap { $0.isEmpty ? nil : $0 }
    private static let lock = Mutex(())

    static func record(_ method: HTTPRequest.Method, _ uri: String, request: String?, _ response: TestResponse) {
        guard let file, uri.hasPrefix("/api/") else { return }
        // Bodies past 256 KiB (a 10,000-task plan, a 1 MiB hostile request echoed) are left out: the
        // status is still checked, and the log stays small enough to write while the tests run.
        let limit = 256 * 1024
        let body = response.body.readableBytes <= limit ? String(buffer: response.body) : ""
        let line: [String: Any] = [
            "method": method.rawValue, "path": uri, "request": (request?.utf8.count ?? 0) <= limit ? (request ?? NSNull()) : NSNull(),
            "status": response.status.code, "content_type": response.headers[.contentType] ?? "", "body": body,
        ]
        guard var data = try? JSONSerialization.data(withJSONObject: line) else { return }
        data.append(0x0A)
        lock.withLock { _ in
            if !FileManager.default.fileExists(atPath: file) { FileManager.default.createFile(atPath: file, contents: nil) }
            guard let handle = FileHandle(forWritingAtPath: file) else { return }
            defer { try? handle.close() }
            _ = try? handle.seekToEnd()
            try? handle.write(contentsOf: data)
        }
    }
}

/// A clock the test moves by hand, to cross session timeouts without waiting.
final class TestClock: Sendable {
    private let state = Mutex(Date())
    var now: Date { state.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { state.withLock { $0 = $0.addingTimeInterval(seconds) } }
}
