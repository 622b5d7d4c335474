import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation
import Logging
import NIOCore

/// Per-request state: the core context Hummingbird needs, the UI language, who is signed in, and the
/// token that this request's forms must carry back.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var locale: UILocale = .en
    /// Set by `AuthMiddleware` from the session cookie or a bearer token.
    public var identity: Authenticated?
    /// Set by `CSRFMiddleware`: the value every HTML form posts back in `_csrf`.
    public var csrfToken: String = ""
    /// Set by `ProjectRoleMiddleware` on pages below `/projects/{id}`: the signed-in user's role there.
    public var projectRole: ProjectRole?
    /// The peer address (a trusted proxy's X-Forwarded-For is resolved by `AuthMiddleware`).
    public var clientAddress: String

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Who is acting, for permission checks and the audit trail.
    public var caller: Caller {
        guard let identity else { return Caller(principal: .anonymous, requestID: id) }
        return .user(identity.user, requestID: id)
    }
}
