import Hummingbird
import KeelApp
import KeelCore

/// For pages below `/projects/{id}` (forms posted there too, whose answers may be pages): the
/// signed-in user's role in that project, so pages offer only the chapters and edit controls the role
/// may use (`WebPages.may`). Permission checks stay in the use cases; this only shapes what is shown.
struct ProjectRoleMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let services: KeelServices

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let identity = context.identity, !identity.user.isAdmin, let project = Self.project(in: request.uri.path) else {
            return try await next(request, context)
        }
        var context = context
        context.projectRole = try await services.policy.role(of: context.caller, in: project)
        return try await next(request, context)
    }

    /// The project of a page path `/projects/<uuid>[/…]`; nil for anything else (the API included).
    static func project(in path: String) -> ID<Project>? {
        let parts = path.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: true)
        guard parts.count >= 2, parts[0] == "projects" else { return nil }
        return ID<Project>(String(parts[1]))
    }
}
