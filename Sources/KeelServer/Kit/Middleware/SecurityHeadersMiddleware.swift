import HTTPTypes
import Hummingbird

/// Headers that every response carries, error pages included: a strict CSP (no inline script or
/// style, no plugins, no framing, no <base>), no MIME sniffing, and a quiet referrer.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let hstsHeader = HTTPField.Name("Strict-Transport-Security")!
    /// Only when served over TLS: HSTS on plain HTTP is ignored by browsers and misleads readers.
    var hsts = false

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.referrerPolicy] = "same-origin"
        if hsts { response.headers[Self.hstsHeader] = "max-age=31536000; includeSubDomains" }
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
