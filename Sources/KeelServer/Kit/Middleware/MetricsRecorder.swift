import Dispatch
import Hummingbird
import Prometheus
import Synchronization

/// Counts requests and records their latency by route, method and status into the app's own
/// Prometheus registry (served at `/metrics`). Owning the registry, rather than bootstrapping the
/// process-global metrics system, lets every test build its own app.
final class RequestMetrics: Sendable {
    let registry: PrometheusCollectorRegistry
    private let buckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
        .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2), .seconds(5),
    ]

    static var requests: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "keel",
            subsystem: "http",
            metricName: "requests",
            unitName: "total",
            helpText: "HTTP requests by route, method and status."
        )
    }
    static var duration: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "keel",
            subsystem: "http",
            metricName: "request_duration",
            unitName: "seconds",
            helpText: "Time from request to response head, by route, method and status."
        )
    }

    init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
    }

    func record(route: String, method: String, status: Int, nanoseconds: UInt64) {
        let labels = [("route", route), ("method", method), ("status", String(status))]
        registry.makeCounter(descriptor: Self.requests, labels: labels).increment()
        registry.makeDurationHistogram(descriptor: Self.duration, labels: labels, buckets: buckets)
            .recordNanoseconds(Int64(clamping: nanoseconds))
    }
}

struct MetricsMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let metrics: RequestMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        let response = try await next(request, context)
        // Unmatched paths share one label so that scanners cannot blow up the label set.
        let route = context.endpointPath ?? "unmatched"
        metrics.record(
            route: route,
            method: request.method.rawValue,
            status: response.status.code,
            nanoseconds: DispatchTime.now().uptimeNanoseconds - start
        )
        return response
    }
}
