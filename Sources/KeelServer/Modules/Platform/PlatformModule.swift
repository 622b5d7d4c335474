import Hummingbird
import KeelApp
import KeelCore

/// What every module stands on: health and metrics for operators, the API description, static
/// files, the start page, the language switch and the help page; the audit trail and idempotency
/// records every module writes through.
struct PlatformModule: ServerModule {
    let name = "platform"
    let tables = ["audit_events", "audit_head", "idempotency_keys"]
    let globalPages = ["/no/such/page", "/help/shortcuts"]

    func register(on routes: Routes, _ kit: ModuleKit) {
        let services = kit.services, assets = kit.assets, metrics = kit.metrics
        routes.get("/healthz", .open) { _, _ in
            let ok = await services.database.ping()
            return try API.json(
                ["status": ok ? "ok" : "unavailable", "database": services.database.kind.rawValue],
                status: ok ? .ok : .serviceUnavailable
            )
        }
        routes.get("/metrics", .open) { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: metrics.registry.emitToBuffer())))
        }
        routes.get("/openapi.json", .open) { req, _ in assets.response("/openapi.json", request: req) ?? Response(status: .notFound) }
        routes.get("/static/{file}", .open) { req, _ in
            guard let r = assets.response(req.uri.path, request: req) else { throw HTTPError(.notFound) }
            return r
        }
        kit.pages.registerShell(on: routes)
    }
}
