import Foundation
import Hummingbird
import KeelApp
import KeelCore

/// Reading what a request carries: typed ids from the path, bodies within the size limit, versions.
struct RequestReader: Sendable {
    let maxBodyBytes: Int

    func id<T>(_ context: AppRequestContext, _ name: String, _ kind: String, as: T.Type = T.self) throws -> ID<T> {
        // A malformed id cannot name anything, so it is "not found" rather than "bad request".
        guard let raw = context.parameters.get(name), let id = ID<T>(raw) else {
            throw KeelError.notFound(kind: kind, id: context.parameters.get(name) ?? "")
        }
        return id
    }

    /// A UUID path parameter; malformed is "not found", as for `id`.
    func uuid(_ context: AppRequestContext, _ name: String, _ kind: String) throws -> UUID {
        guard let raw = context.parameters.get(name), let id = UUID(uuidString: raw) else {
            throw KeelError.notFound(kind: kind, id: context.parameters.get(name) ?? "")
        }
        return id
    }

    func body(_ request: Request) async throws -> ByteBuffer {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBodyBytes {
            throw tooLarge()
        }
        do {
            return try await request.body.collect(upTo: maxBodyBytes)
        } catch let e as HTTPError where e.status == .contentTooLarge {
            throw tooLarge()
        }
    }

    private func tooLarge() -> Problem {
        Problem(
            type: Problem.base + "too-large",
            title: "Content Too Large",
            status: 413,
            detail: "The request body is larger than \(maxBodyBytes) bytes."
        )
    }

    /// A JSON object body; other content types answer 415, unparsable bodies 400.
    func json(_ request: Request) async throws -> Input {
        let type = request.headers[.contentType]?.lowercased() ?? ""
        guard type.hasPrefix("application/json") || (type.hasPrefix("application/") && type.contains("+json")) else {
            throw Problem(
                type: Problem.base + "unsupported-media-type",
                title: "Unsupported Media Type",
                status: 415,
                detail: "Send the body as application/json."
            )
        }
        let buffer = try await body(request)
        return try Input.json(Data(buffer.readableBytesView))
    }

    /// The URL-encoded pairs of an HTML form post, in order.
    func formPairs(_ request: Request) async throws -> [(String, String)] {
        let type = request.headers[.contentType]?.lowercased() ?? ""
        guard type.hasPrefix("application/x-www-form-urlencoded") else {
            throw Problem(title: "Unsupported Media Type", status: 415, detail: "Send the form as application/x-www-form-urlencoded.")
        }
        let buffer = try await body(request)
        let pairs = Self.decodeForm(String(decoding: buffer.readableBytesView, as: UTF8.self))
        if let bad = pairs.first(where: { $0.0.utf8.contains(0) || $0.1.utf8.contains(0) }) {
            throw KeelError.validation([Input.nulError(bad.0.utf8.contains(0) ? "form" : bad.0)])
        }
        return pairs
    }

    static func decodeForm(_ text: String) -> [(String, String)] {
        text.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                let spaced = s.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    /// Changing or deleting a versioned object needs the version the client last saw: without
    /// If-Match the answer is 428, so a client cannot overwrite someone else's change by accident.
    func requireIfMatch(_ request: Request) throws -> Int64? {
        guard request.headers[.ifMatch] != nil else {
            throw Problem(
                type: Problem.base + "precondition-required",
                title: "Precondition Required",
                status: 428,
                detail: "Send If-Match with the ETag of the version you are changing."
            )
        }
        return try ifMatch(request)
    }

    /// The version the client last saw, from `If-Match: "3"` (nil when absent or `*`).
    func ifMatch(_ request: Request) throws -> Int64? {
        guard var v = request.headers[.ifMatch]?.trimmingCharacters(in: .whitespaces), v != "*" else { return nil }
        if v.hasPrefix("W/") { v = String(v.dropFirst(2)) }
        // An entity tag is quoted (RFC 9110 §8.8.3): `"3"`. The bare version `3` is taken too (what
        // people type with curl); anything else (`"3`, `3"`, letters) is malformed.
        let quoted = v.count >= 3 && v.hasPrefix("\"") && v.hasSuffix("\"")
        guard let n = Int64(quoted ? String(v.dropFirst().dropLast()) : v), n >= 0, quoted || v.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            throw Problem(title: "Bad request", status: 400, detail: "If-Match must be an ETag this server issued, e.g. \"3\".")
        }
        return n
    }
}
