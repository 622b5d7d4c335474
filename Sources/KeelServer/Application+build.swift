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
    router.add(middleware: AuthMiddleware(services: services, cookies: cookies, trustedProxies: configuration.trustedProxies))
    router.add(middleware: CSRFMiddleware(cookies: cookies, maxBodyBytes: configuration.maxBodyBytes))
    router.add(middleware: ProjectRoleMiddleware(services: services))
    router.add(middleware: IdempotencyMiddleware(services: services, maxBodyBytes: configuration.maxBodyBytes))

    router.get("/healthz") { _, _ in
        let ok = await services.database.ping()
        return try Resources.json(
            ["status": ok ? "ok" : "unavailable", "database": services.database.kind.rawValue],
            status: ok ? .ok : .serviceUnavailable
        )
    }
    router.get("/metrics") { _, _ in
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: metrics.registry.emitToBuffer())))
    }
    router.get("/openapi.json") { req, _ in assets.response("/openapi.json", request: req) ?? Response(status: .notFound) }
    router.get("/static/{file}") { req, _ in
        guard let r = assets.response(req.uri.path, request: req) else { throw HTTPError(.notFound) }
        return r
    }
    ProjectsAPI(services: services, reader: reader).register(on: router)
    ScheduleAPI(services: services, reader: reader).register(on: router)
    RiskAPI(services: services, reader: reader).register(on: router)
    FinanceAPI(services: services, reader: reader).register(on: router)
    BudgetAPI(services: services, reader: reader).register(on: router)
    EarnedValueAPI(services: services, reader: reader).register(on: router)
    TimesheetAPI(services: services, reader: reader).register(on: router)
    CashFlowAPI(services: services, reader: reader).register(on: router)
    IssueAPI(services: services, reader: reader).register(on: router)
    CorrelationAPI(services: services, reader: reader).register(on: router)
    HealthAPI(services: services, reader: reader).register(on: router)
    IdentityAPI(services: services, reader: reader).register(on: router)
    let pages = WebPages(services: services, reader: reader)
    pages.register(on: router)
    IdentityPages(services: services, reader: reader, cookies: cookies, pages: pages).register(on: router)
    AuditPages(services: services, reader: reader, pages: pages).register(on: router)
    return router
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
