import HTTPTypes
import Hummingbird

/// A path Keel serves, asked with a method it does not take, answers 405 with `Allow` (RFC 9110
/// §15.5.6), and `OPTIONS` answers 204 with `Allow`, instead of a 404 (the router's word for "no such
/// route") or a 403 from the form-token check further in. The table is what the modules declared.
struct MethodNotAllowedMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let table: RouteTable

    struct Refused: Error {
        let allow: Set<HTTPRequest.Method>
        var header: String {
            var methods = allow
            if methods.contains(.get) { methods.insert(.head) }
            return methods.map(\.rawValue).sorted().joined(separator: ", ")
        }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // GET and HEAD are what almost every request uses: for them the table is only read when the
        // router found nothing. Other methods are checked first, before the form-token check
        // (which would refuse a POST to /healthz with 403) gets to them.
        switch request.method {
        case .get, .head:
            do {
                return try await next(request, context)
            } catch let error as HTTPError where error.status == .notFound {
                let allow = table.methods(matching: request.uri.path)
                if !allow.isEmpty && !allow.contains(.get) { throw Refused(allow: allow) }
                throw error
            }
        default:
            let allow = table.methods(matching: request.uri.path)
            if allow.isEmpty || allow.contains(request.method) { return try await next(request, context) }
            if request.method == .options {
                var headers = HTTPFields()
                headers[.allow] = Refused(allow: allow).header
                return Response(status: .noContent, headers: headers)
            }
            throw Refused(allow: allow)
        }
    }
}
