import Foundation
import Hummingbird
import KeelApp
import KeelStore
import Logging
import ServiceLifecycle

/// Everything `keel serve` needs to know.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Request bodies larger than this answer 413.
    public var maxBodyBytes: Int
    /// Served over HTTPS (directly or by a TLS proxy): cookies get `Secure` and the `__Host-` prefix,
    /// responses carry HSTS.
    public var behindTLS: Bool
    /// Peers whose X-Forwarded-For names the real client (a reverse proxy on this machine, say).
    public var trustedProxies: Set<String>

    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        maxBodyBytes: Int = 1 << 20,
        behindTLS: Bool = false,
        trustedProxies: Set<String> = []
    ) {
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.behindTLS = behindTLS
        self.trustedProxies = trustedProxies
    }
}

/// Builds the router with every route and middleware. Tests use it directly.
public func buildRouter(services: KeelServices, configuration: ServerConfiguration) throws -> Router<AppRequestContext> {
    try buildRoutes(services: services, configuration: configuration).router
}

/// The router and the table of what each of its routes needs, as the modules declared them.
func buildRoutes(services: KeelServices, configuration: ServerConfiguration) throws -> (router: Router<AppRequestContext>, table: RouteTable) {
    let assets = try StaticAssets.load()
    let metrics = RequestMetrics()
    let reader = RequestReader(maxBodyBytes: configuration.maxBodyBytes)
    let router = Router(context: AppRequestContext.self)
    // Middleware first: Hummingbird wraps each route with the middleware present when it is added.
    let cookies = SessionCookies(secure: configuration.behindTLS)
    router.add(middleware: MetricsMiddleware(metrics: metrics))
    router.add(middleware: SecurityHeadersMiddleware(hsts: configuration.behindTLS))
    router.add(middleware: LocaleMiddleware())
    router.add(middleware: ErrorMiddleware())
    let table = RouteTable()
    router.add(middleware: MethodNotAllowedMiddleware(table: table))
    router.add(middleware: AuthMiddleware(services: services, cookies: cookies, trustedProxies: configuration.trustedProxies))
    router.add(middleware: CSRFMiddleware(cookies: cookies, maxBodyBytes: configuration.maxBodyBytes))
    router.add(middleware: ProjectRoleMiddleware(services: services))
    router.add(middleware: IdempotencyMiddleware(services: services, maxBodyBytes: configuration.maxBodyBytes))

    let kit = ModuleKit(
        services: services,
        reader: reader,
        cookies: cookies,
        pages: WebPages(services: services, reader: reader),
        assets: assets,
        metrics: metrics
    )
    for module in KeelModules.all { module.register(on: Routes(router: router, table: table, module: module.name), kit) }
    return (router, table)
}

/// The whole server: HTTP plus the database, shut down in order on SIGTERM/SIGINT.
public func buildApplication(
    services: KeelServices,
    configuration: ServerConfiguration,
    logger: Logger,
    onServerRunning: @escaping @Sendable () async -> Void = {}
) throws -> some ApplicationProtocol {
    let router = try buildRouter(services: services, configuration: configuration)
    var app = Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Keel"),
        onServerRunning: { _ in
            ProcessDescriptors.markCloseOnExec()
            await onServerRunning()
        },
        logger: logger
    )
    app.addServices(DatabaseService(database: services.database))
    return app
}

/// Keeps the database open while the server runs and closes it after the server has drained.
struct DatabaseService: Service {
    let database: Database

    func run() async throws {
        try? await gracefulShutdown()
        await database.close()
    }
}

/// One route of the server and what it needs, for `keel routes` and the fuzzers.
public struct RouteDescription: Sendable, Codable, Equatable {
    public let method: String
    public let path: String
    /// `open`, `signed-in` or the name of the action `PermissionTable` decides.
    public let need: String
    /// The module that declares it.
    public let module: String
}

/// Every route the modules declare, sorted by path then method. Builds the router over `services`
/// without serving it.
public func declaredRoutes(services: KeelServices) throws -> [RouteDescription] {
    try buildRoutes(services: services, configuration: ServerConfiguration()).table.all
        .map { RouteDescription(method: $0.method.rawValue, path: $0.path, need: $0.need.description, module: $0.module) }
        .sorted { ($0.path, $0.method) < ($1.path, $1.method) }
}
