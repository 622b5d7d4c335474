import Foundation
import Hummingbird
import KeelApp
import KeelCore

/// `/api/v1/projects/{projectID}/health`: the project's traffic lights assessed now. The portfolio
/// list carries each project's stored assessment in the same shape.
struct HealthAPI {
    let services: KeelServices
    let reader: RequestReader

    typealias Context = AppRequestContext

    func register(on router: Routes) {
        let services = self.services, reader = self.reader
        router.get("/api/v1/projects/{projectID}/health", .action(.viewProject)) { _, ctx in
            let signals = try await services.health.signals(ctx.caller, project: try ctx.id(.project))
            return try API.json(HealthBody(signals.health, currency: signals.cash.currency, current: true))
        }
    }
}

/// One assessment: the overall light and each dimension's light with the figures that decided it;
/// a dimension not set up is left out.
public struct HealthBody: Encodable, Sendable {
    struct Schedule: Encodable, Sendable {
        let rag: String
        let slipDays: Int?
        let missedDeadlines: Int
        let spiT: Double?
    }
    struct Cost: Encodable, Sendable {
        let rag: String
        let cpi: Double?
    }
    struct Risk: Encodable, Sendable {
        let rag: String
        let critical: Int
        let high: Int
        let overdue: Int
    }
    struct Cash: Encodable, Sendable {
        let rag: String
        let belowThresholdOn: String?
        let lowestBalance: String
        let currency: String
    }

    let asOf: String
    /// False while changes made after the assessment wait to be reassessed.
    let current: Bool
    let overall: String?
    let schedule: Schedule?
    let cost: Cost?
    let risk: Risk?
    let cash: Cash?

    public init(_ h: ProjectHealth, currency: Currency, current: Bool) {
        asOf = h.asOf.iso
        self.current = current
        overall = h.overall?.rawValue
        schedule = h.schedule.map {
            Schedule(rag: $0.rag.rawValue, slipDays: $0.slipDays, missedDeadlines: $0.missedDeadlines, spiT: $0.spiT.map(Self.rounded))
        }
        cost = h.cost.map { Cost(rag: $0.rag.rawValue, cpi: $0.cpi.map(Self.rounded)) }
        risk = h.risk.map { Risk(rag: $0.rag.rawValue, critical: $0.critical, high: $0.high, overdue: $0.overdue) }
        cash = h.cash.map {
            Cash(
                rag: $0.rag.rawValue,
                belowThresholdOn: $0.belowOn?.iso,
                lowestBalance: Money(minor: $0.lowest, currency: currency).decimalString,
                currency: currency.code
            )
        }
    }

    /// Indices to the thousandth, as the earned value report gives them.
    static func rounded(_ v: Double) -> Double { Rounding.thousandths(v) }
}

/// One portfolio row's health as the CLI lists it: the project and its stored assessment.
public struct PortfolioHealthItem: Encodable, Sendable {
    let code: String
    let name: String
    let health: HealthBody?

    public init(_ s: ProjectSummary) {
        code = s.code
        name = s.name
        health = s.health.map { HealthBody($0.health, currency: s.budget.currency, current: $0.current) }
    }
}
