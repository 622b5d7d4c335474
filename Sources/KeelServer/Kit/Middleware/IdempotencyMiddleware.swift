import Foundation
import HTTPTypes
import Hummingbird
import KeelApp
import KeelCore
import KeelStore

/// `Idempotency-Key` on API POSTs: the first request with a key runs and its answer is stored; a
/// retry with the same key and body gets that answer again (even while the first is still running, it
/// waits for it); the same key with a different body is refused with 422.
struct IdempotencyMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let services: KeelServices
    let maxBodyBytes: Int

    static let header = HTTPField.Name("Idempotency-Key")!
    static let replayedHeader = HTTPField.Name("Idempotent-Replayed")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .post, request.uri.path.hasPrefix("/api/"), let key = request.headers[Self.header],
            let user = context.identity?.user.id
        else { return try await next(request, context) }
        guard !key.isEmpty, key.count <= 200 else {
            throw Problem(title: "Bad request", status: 400, detail: "Idempotency-Key must be 1 to 200 characters.")
        }
        var request = request
        let body = try await request.collectBody(upTo: CSRFMiddleware.uploadLimit(path: request.uri.path, default: maxBodyBytes))
        let hash = Secrets.digest(request.method.rawValue + " " + request.uri.path + "\n" + String(buffer: body))
        // Time comes from the services' clock, like the claim's staleness, so both move together.
        let deadline = services.clock().addingTimeInterval(30)
        // Waiting retries back off, so that their polling (a write transaction each) does not crowd
        // out the first request they are waiting for.
        var pause = 25
        while true {
            switch try await services.idempotency.reserve(user: user, key: key, requestHash: hash) {
            case .acquired:
                return try await run(request, context, user: user, key: key, next: next)
            case .replay(let stored):
                return Self.response(stored)
            case .mismatch:
                throw Problem(
                    type: Problem.base + "idempotency-key-reused",
                    title: "Idempotency-Key reused",
                    status: 422,
                    detail: "This Idempotency-Key was already used with a different request."
                )
            case .inProgress:
                guard services.clock() < deadline else {
                    throw Problem(title: "Conflict", status: 409, detail: "A request with this Idempotency-Key is still running; retry later.")
                }
                try await Task.sleep(for: .milliseconds(pause))
                pause = min(pause * 2, 400)
            }
        }
    }

    private func run(
        _ request: Request,
        _ context: Context,
        user: ID<User>,
        key: String,
        next: (Request, Context) async throws -> Response
    )
        async throws -> Response
    {
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            // Errors become answers further out; a failed request must not block its retry.
            try? await services.idempotency.release(user: user, key: key)
            throw error
        }
        guard response.status.code < 500 else {
            try? await services.idempotency.release(user: user, key: key)
            return response
        }
        let collector = BodyCollector()
        try await response.body.write(CollectingWriter(collector: collector))
        var headers: [String: String] = [:]
        for name in [HTTPField.Name.contentType, .location, .eTag] { if let v = response.headers[name] { headers[name.canonicalName] = v } }
        let stored = StoredResponse(status: response.status.code, headers: headers, body: String(buffer: collector.buffer))
        try await services.idempotency.complete(user: user, key: key, response: stored)
        var copy = response
        copy.body = .init(byteBuffer: collector.buffer)
        return copy
    }

    static func response(_ stored: StoredResponse) -> Response {
        var headers = HTTPFields()
        for (k, v) in stored.headers { if let name = HTTPField.Name(k) { headers[name] = v } }
        headers[replayedHeader] = "true"
        return Response(status: .init(code: stored.status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: stored.body)))
    }
}

/// Gathers a response body so that it can be stored and sent.
final class BodyCollector: @unchecked Sendable {
    // Only one writer task touches it, and it is read after the write has finished.
    var buffer = ByteBuffer()
}

struct CollectingWriter: ResponseBodyWriter {
    let collector: BodyCollector
    mutating func write(_ buffer: ByteBuffer) async throws {
        var b = buffer
        collector.buffer.writeBuffer(&b)
    }
    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
