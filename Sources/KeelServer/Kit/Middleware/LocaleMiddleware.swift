import KeelPresentation
import Hummingbird

/// Chooses the UI language: the user's saved choice (cookie), else Accept-Language.
struct LocaleMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let cookieName = "keel_lang"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.locale =
            UILocale(cookieValue: request.cookies[Self.cookieName]?.value)
            ?? UILocale.negotiate(acceptLanguage: request.headers[.acceptLanguage])
        return try await next(request, context)
    }
}
