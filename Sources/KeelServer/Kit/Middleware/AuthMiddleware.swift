import Foundation
import HTTPTypes
import Hummingbird
import KeelApp
import KeelCore

/// Who is calling: a bearer token (scripts) or the session cookie (browsers). Everything but the
/// public paths needs one; without it the API answers 401 and pages send the browser to sign in.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let services: KeelServices
    let cookies: SessionCookies
    /// Proxies whose X-Forwarded-For is believed; from anyone else the header is ignored, so a client
    /// cannot reset its sign-in throttle by inventing addresses.
    let trustedProxies: Set<String>

    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let publicPrefixes = ["/static/"]
    static let publicPaths: Set<String> = ["/healthz", "/metrics", "/openapi.json", "/sign-in", "/setup", "/language"]

    static func isPublic(_ path: String) -> Bool { publicPaths.contains(path) || publicPrefixes.contains { path.hasPrefix($0) } }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if trustedProxies.contains(context.clientAddress), let forwarded = request.headers[Self.forwardedFor] {
            // The proxy appends the address it saw last: that one is the client as far as we can trust.
            if let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty {
                context.clientAddress = last
            }
        }
        if let auth = request.headers[.authorization], auth.lowercased().hasPrefix("bearer ") {
            let token = String(auth.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            guard let identity = try await services.identity.authenticate(bearer: token) else { throw KeelError.unauthenticated }
            context.identity = identity
        } else if let token = request.cookies[cookies.sessionName]?.value, !token.isEmpty {
            context.identity = try await services.identity.authenticate(sessionToken: token)
        }
        if context.identity == nil && !Self.isPublic(request.uri.path) {
            throw KeelError.unauthenticated
        }
        return try await next(request, context)
    }
}

/// Cookie names and attributes. Behind TLS the session cookie is `Secure` with the `__Host-` prefix,
/// which also pins it to this host and path `/`.
struct SessionCookies: Sendable {
    let secure: Bool

    var sessionName: String { secure ? "__Host-keel_session" : "keel_session" }
    var csrfName: String { secure ? "__Host-keel_csrf" : "keel_csrf" }

    func session(_ token: String, maxAge: Int?) -> Cookie {
        Cookie(name: sessionName, value: token, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    func csrf(_ token: String) -> Cookie {
        Cookie(name: csrfName, value: token, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    func expiredSession() -> Cookie {
        Cookie(name: sessionName, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }
}
