import Foundation
import Hummingbird
import KeelCore
import KeelPresentation

/// An RFC 9457 problem document. Validation problems list every bad field in `errors`.
struct Problem: Encodable, Error {
    struct FieldProblem: Encodable {
        let field: String
        let code: String
        let detail: String
    }

    var type: String = "about:blank"
    let title: String
    let status: Int
    var detail: String?
    var instance: String?
    var errors: [FieldProblem]?
    var currentVersion: Int64?

    enum CodingKeys: String, CodingKey {
        case type, title, status, detail, instance, errors
        case currentVersion = "current_version"
    }

    static let base = "https://keel.dev/problems/"

    static func from(_ error: KeelError, locale: UILocale) -> Problem {
        switch error {
        case .validation(let fields):
            return Problem(
                type: base + "validation",
                title: "Invalid input",
                status: 422,
                detail: Text.fixErrors.string(locale),
                errors: fields.map { FieldProblem(field: $0.field, code: $0.code.rawValue, detail: Text.fieldError($0).string(locale)) }
            )
        case .notFound(let kind, _):
            return Problem(type: base + "not-found", title: "Not found", status: 404, detail: "No \(kind) with that id is visible to you.")
        case .conflict(let message):
            return Problem(type: base + "conflict", title: "Conflict", status: 409, detail: message)
        case .versionMismatch(let current):
            return Problem(
                type: base + "stale-version",
                title: "Precondition failed",
                status: 412,
                detail: Text.staleEdit.string(locale),
                currentVersion: current
            )
        case .forbidden:
            return Problem(type: base + "forbidden", title: "Forbidden", status: 403, detail: "You may not do this.")
        case .malformed(let message):
            return Problem(type: base + "malformed", title: "Bad request", status: 400, detail: message)
        case .unauthenticated:
            return Problem(type: base + "unauthenticated", title: "Unauthorized", status: 401, detail: "Sign in, or send a valid API token.")
        case .rateLimited(let seconds):
            return Problem(type: base + "rate-limited", title: "Too Many Requests", status: 429, detail: Text.tooManyAttempts(seconds).string(locale))
        }
    }

    func response() -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{\"title\":\"Internal error\",\"status\":500}".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
