import Hummingbird
import KeelCore
import KeelPresentation
import Logging
import NIOCore

/// Turns every error into a proper answer: RFC 9457 problem+json under `/api/`, a localized HTML
/// page elsewhere (or, for a page that needs sign-in, a redirect to the sign-in form). Unexpected
/// errors are logged with the request id and never leak details.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let isAPI = request.uri.path.hasPrefix("/api/")
        do {
            // A NUL in the address would reach searches and lookups (PostgreSQL refuses it with an error).
            if request.uri.description.range(of: "%00") != nil {
                throw KeelError.malformed("the address contains an encoded NUL character (%00)")
            }
            return try await next(request, context)
        } catch let refused as MethodNotAllowedMiddleware.Refused {
            var response =
                isAPI
                ? Problem(title: "Method Not Allowed", status: 405, detail: "This address answers to \(refused.header).").response()
                : page(405, request, context)
            response.headers[.allow] = refused.header
            return response
        } catch let problem as Problem {
            return isAPI ? problem.response() : page(problem.status, request, context)
        } catch let error as KeelError {
            var response: Response
            if case .unauthenticated = error, !isAPI, request.method == .get {
                return WebResponse.redirect("/sign-in?next=" + request.uri.description.addingPercentEncodingForQuery())
            }
            response =
                isAPI
                ? Problem.from(error, locale: context.locale).response() : page(Problem.from(error, locale: context.locale).status, request, context)
            if case .unauthenticated = error { response.headers[.wwwAuthenticate] = "Bearer realm=\"keel\"" }
            if case .rateLimited(let seconds) = error { response.headers[.retryAfter] = String(seconds) }
            return response
        } catch is NIOTooManyBytesError {
            // A body past the limit that came without Content-Length (chunked): the same 413.
            if isAPI {
                return Problem(type: Problem.base + "too-large", title: "Content Too Large", status: 413, detail: "The request body is too large.")
                    .response()
            }
            return page(413, request, context)
        } catch let error as HTTPError {
            let status = error.status
            if isAPI {
                var p = Problem(title: status.reasonPhrase, status: status.code, detail: error.body)
                if status == .contentTooLarge { p.type = Problem.base + "too-large" }
                return p.response()
            }
            return page(status.code, request, context)
        } catch {
            context.logger.error("unhandled error", metadata: ["error": "\(String(reflecting: error))"])
            if isAPI {
                return Problem(title: "Internal Server Error", status: 500, detail: "The request failed; nothing was changed.").response()
            }
            return page(500, request, context)
        }
    }

    private func page(_ status: Int, _ request: Request, _ context: Context) -> Response {
        let ctx = ViewContext(locale: context.locale, path: request.uri.path, flash: nil, csrf: context.csrfToken, user: context.identity?.user)
        let html: HTML
        switch status {
        case 404: html = Layout.errorPage(ctx, title: .notFoundTitle, body: .notFoundBody)
        case 401, 403: html = Layout.errorPage(ctx, title: .forbiddenTitle, body: .forbiddenBody)
        default: html = Layout.errorPage(ctx, title: .errorTitle, body: .errorBody)
        }
        return WebResponse.html(html, status: .init(code: status))
    }
}
