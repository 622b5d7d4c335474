import Hummingbird
import KeelApp
import Logging

/// Per-request state: the core context Hummingbird needs, plus the UI language.
/// The acting user slots in here when sign-in exists; handlers already ask `caller` for it.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var locale: UILocale = .en

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
    }

    /// Who is acting, for permission checks and the audit trail.
    public var caller: Caller { Caller(principal: .anonymousLocal, requestID: id) }
}
