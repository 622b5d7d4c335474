import HTTPTypes
import Hummingbird
import KeelCore
import Synchronization

/// What a route needs of its caller. The check itself happens in the KeelApp use case each handler
/// calls; the declaration states what that check must come to, and the permission-matrix test calls
/// every route as every role against it.
enum Need: Equatable, Sendable, CustomStringConvertible {
    /// Anyone, signed in or not.
    case open
    /// Any signed-in user.
    case signedIn
    /// `PermissionTable` decides, on the project in the path when there is one.
    case action(Action)

    var description: String {
        switch self {
        case .open: return "open"
        case .signedIn: return "signed-in"
        case .action(let a): return a.rawValue
        }
    }
}

/// One route as declared: `GET /projects/{projectID}/issues` and what it needs.
struct DeclaredRoute: Sendable, Equatable {
    let method: HTTPRequest.Method
    let path: String
    let need: Need
    /// The module that declared it.
    let module: String
    var key: String { "\(method.rawValue) \(path)" }
}

/// The route table as the modules declared it, filled while the router is built.
final class RouteTable: Sendable {
    private let routes = Mutex<[DeclaredRoute]>([])
    /// Each route's method and path segments, split once on first use (the table is complete by
    /// the time the server answers).
    private let segments = Mutex<[(HTTPRequest.Method, [String])]?>(nil)

    func record(_ route: DeclaredRoute) {
        routes.withLock { $0.append(route) }
        segments.withLock { $0 = nil }
    }

    var all: [DeclaredRoute] { routes.withLock { $0 } }

    /// `"METHOD path"` → what it needs.
    var needs: [String: Need] {
        Dictionary(all.map { ($0.key, $0.need) }, uniquingKeysWith: { first, _ in first })
    }
}

/// Adds routes to the router, each with the permission it needs: a route cannot exist without its
/// rule. Groups share a path prefix, as Hummingbird's `RouterGroup` does.
struct Routes {
    typealias Context = AppRequestContext

    let router: Router<Context>
    let table: RouteTable
    let prefix: RouterPath?
    /// The module whose routes these are.
    let module: String

    init(router: Router<Context>, table: RouteTable, module: String, prefix: RouterPath? = nil) {
        self.router = router
        self.table = table
        self.module = module
        self.prefix = prefix
    }

    func group(_ path: RouterPath) -> Routes {
        Routes(router: router, table: table, module: module, prefix: prefix.map { $0.appendingPath(path) } ?? path)
    }

    @discardableResult
    func on(
        _ path: RouterPath,
        method: HTTPRequest.Method,
        _ need: Need,
        use handler: @escaping @Sendable (Request, Context) async throws -> some ResponseGenerator
    ) -> Routes {
        let full = prefix.map { $0.appendingPath(path) } ?? path
        table.record(DeclaredRoute(method: method, path: full.description, need: need, module: module))
        router.on(full, method: method, use: handler)
        return self
    }

    @discardableResult
    func get(
        _ path: RouterPath = "",
        _ need: Need,
        use handler: @escaping @Sendable (Request, Context) async throws -> some ResponseGenerator
    ) -> Routes { on(path, method: .get, need, use: handler) }

    @discardableResult
    func post(
        _ path: RouterPath = "",
        _ need: Need,
        use handler: @escaping @Sendable (Request, Context) async throws -> some ResponseGenerator
    ) -> Routes { on(path, method: .post, need, use: handler) }

    @discardableResult
    func put(
        _ path: RouterPath = "",
        _ need: Need,
        use handler: @escaping @Sendable (Request, Context) async throws -> some ResponseGenerator
    ) -> Routes { on(path, method: .put, need, use: handler) }

    @discardableResult
    func patch(
        _ path: RouterPath = "",
        _ need: Need,
        use handler: @escaping @Sendable (Request, Context) async throws -> some ResponseGenerator
    ) -> Routes { on(path, method: .patch, need, use: handler) }

    @discardableResult
    func delete(
        _ path: RouterPath = "",
        _ need: Need,
        use handler: @escaping @Sendable (Request, Context) async throws -> some ResponseGenerator
    ) -> Routes { on(path, method: .delete, need, use: handler) }
}

extension RouteTable {
    /// The methods of the route template the router would choose for `path` (empty when none
    /// matches): where templates differ, a literal segment wins over a parameter at the first
    /// place they differ, as in Hummingbird's trie (`/tasks/bulk` over `/tasks/{taskID}`).
    func methods(matching path: String) -> Set<HTTPRequest.Method> {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        var best: [Bool]?
        var out: Set<HTTPRequest.Method> = []
        for (method, template) in split() where template.count == parts.count {
            guard zip(template, parts).allSatisfy({ t, p in t.first == "{" || t == p }) else { continue }
            let shape = template.map { $0.first != "{" }
            if let b = best, b != shape {
                // The first place the two differ decides: a literal there is the router's choice.
                guard let i = b.indices.first(where: { b[$0] != shape[$0] }), shape[i] else { continue }
                out = []
            }
            best = shape
            out.insert(method)
        }
        return out
    }

    private func split() -> [(HTTPRequest.Method, [String])] {
        if let done = segments.withLock({ $0 }) { return done }
        let made = all.map { ($0.method, $0.path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)) }
        segments.withLock { $0 = made }
        return made
    }
}
