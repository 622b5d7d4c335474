import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelInterop
import MultipartKit

/// Cross-site request forgery defence for the HTML side. Every form carries `_csrf`: the session's
/// token once signed in, else a random token kept in an HttpOnly cookie (double submit). A state
/// change without the right token is refused with 403 before any handler runs. The JSON API needs
/// no token — it only accepts `application/json`, which a cross-site form cannot send — but a
/// cookie-authenticated API write from a foreign Origin is refused too.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let cookies: SessionCookies
    let maxBodyBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        var request = request
        var issued: String?
        if let t = context.identity?.csrfToken {
            context.csrfToken = t
        } else if let t = request.cookies[cookies.csrfName]?.value, t.count >= 32 {
            context.csrfToken = t
        } else {
            issued = Secrets.token()
            context.csrfToken = issued!
        }
        let unsafe = ![.get, .head, .options].contains(request.method)
        if unsafe {
            if request.uri.path.hasPrefix("/api/") {
                if context.identity?.sessionToken != nil, let origin = request.headers[.origin], !Self.sameOrigin(origin, request) {
                    throw KeelError.forbidden
                }
            } else {
                // A freshly issued token cannot match: the browser never saw a page with it.
                guard issued == nil else { throw KeelError.forbidden }
                let type = request.headers[.contentType] ?? ""
                let sent: String
                if let boundary = Self.multipartBoundary(type) {
                    // A file upload: the token travels as a part of the multipart body.
                    let body = try await request.collectBody(upTo: Self.uploadLimit(path: request.uri.path, default: maxBodyBytes))
                    sent = (try? FormDataDecoder().decode(TokenPart.self, from: body, boundary: boundary))?._csrf ?? ""
                } else {
                    guard type.lowercased().hasPrefix("application/x-www-form-urlencoded") else { throw KeelError.forbidden }
                    let body = try await request.collectBody(upTo: maxBodyBytes)
                    sent = RequestReader.decodeForm(String(buffer: body)).first { $0.0 == "_csrf" }?.1 ?? ""
                }
                guard Self.constantTimeEqual(sent, context.csrfToken) else { throw KeelError.forbidden }
            }
        }
        var response = try await next(request, context)
        if let issued { response.setCookie(cookies.csrf(issued)) }
        return response
    }

    static func sameOrigin(_ origin: String, _ request: Request) -> Bool {
        guard let host = request.head.authority else { return false }
        return origin == "http://\(host)" || origin == "https://\(host)"
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<x.count { diff |= x[i] ^ y[i] }
        return diff == 0
    }

    private struct TokenPart: Decodable {
        var _csrf: String?
    }

    /// The boundary of a `multipart/form-data` content type, if it is one.
    static func multipartBoundary(_ contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for p in parts.dropFirst() where p.lowercased().hasPrefix("boundary=") {
            let b = p.dropFirst("boundary=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return b.isEmpty || b.count > 70 ? nil : b
        }
        return nil
    }

    /// Uploads of whole plans may be as large as the import accepts; every other form stays small.
    static func uploadLimit(path: String, default limit: Int) -> Int {
        path.hasSuffix("/schedule/import") ? max(limit, MSPDI.maxBytes) : limit
    }
}
