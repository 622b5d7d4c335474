import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelStore

/// `/api/v1/projects/{projectID}/cash-flow` (the forecast and its settings) and `/cash-inflows`
/// (planned customer payments). Amounts are decimal strings in the project's currency.
public struct CashFlowAPI {
    let services: KeelServices
    let reader: RequestReader

    typealias Context = AppRequestContext

    struct PeriodBody: Encodable {
        let from: String
        let through: String
        let inflow: String
        let outflow: String
        let net: String
        let forecastNet: String
        let closingBalance: String
    }

    struct MovementBody: Encodable {
        let day: String
        let amount: String
        let source: String
        let forecast: Bool
        let overdue: Bool
        let label: String
    }

    struct WarningBody: Encodable {
        let firstDay: String
        let lowest: String
        let lowestDay: String
        let threshold: String
    }

    struct SettingsBody: Encodable {
        let openingBalance: String
        let threshold: String
        let horizonWeeks: Int
        let supplierTermsDays: Int
        let currency: String
        init(_ s: CashSettings, _ c: Currency) {
            openingBalance = FixedPoint.format(s.openingBalance, digits: c.minorDigits)
            threshold = FixedPoint.format(s.threshold, digits: c.minorDigits)
            horizonWeeks = s.horizonWeeks
            supplierTermsDays = s.supplierTermsDays
            currency = c.code
        }
    }

    struct LowestBody: Encodable {
        let day: String
        let balance: String
    }

    /// The forecast as the API and `keel cash-flow --format json` give it.
    public struct ReportBody: Encodable {
        let asOf: String
        let currency: String
        let configured: Bool
        let settings: SettingsBody
        let balanceAtAsOf: String
        let lowestInHorizon: LowestBody
        /// Encoded as null when there is none.
        let warning: WarningBody?
        let expectedIn: String
        let expectedOut: String
        let unplaced: [String]
        let weeks: [PeriodBody]
        let months: [PeriodBody]
        let movements: [MovementBody]

        public init(_ r: CashFlowReport) {
            let c = r.currency
            func m(_ x: Int64) -> String { FixedPoint.format(x, digits: c.minorDigits) }
            let f = r.forecast
            asOf = f.asOf.iso
            currency = c.code
            configured = r.configured
            settings = SettingsBody(f.settings, c)
            balanceAtAsOf = m(f.balanceAtAsOf)
            lowestInHorizon = LowestBody(day: f.lowestInHorizon.day.iso, balance: m(f.lowestInHorizon.balance))
            warning = f.warning.map {
                WarningBody(firstDay: $0.firstDay.iso, lowest: m($0.lowest), lowestDay: $0.lowestDay.iso, threshold: m($0.threshold))
            }
            expectedIn = m(f.expectedIn)
            expectedOut = m(f.expectedOut)
            unplaced = f.unplaced
            let period = { (p: CashPeriod) in
                PeriodBody(
                    from: p.from.iso,
                    through: p.through.iso,
                    inflow: m(p.inflow),
                    outflow: m(p.outflow),
                    net: m(p.net),
                    forecastNet: m(p.forecastNet),
                    closingBalance: m(p.closingBalance)
                )
            }
            weeks = f.weeks.map(period)
            months = f.months.map(period)
            movements = f.movements.map {
                MovementBody(
                    day: $0.day.iso,
                    amount: m($0.amount),
                    source: $0.source.rawValue,
                    forecast: $0.forecast,
                    overdue: $0.overdue,
                    label: $0.label
                )
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(asOf, forKey: .asOf)
            try c.encode(currency, forKey: .currency)
            try c.encode(configured, forKey: .configured)
            try c.encode(settings, forKey: .settings)
            try c.encode(balanceAtAsOf, forKey: .balanceAtAsOf)
            try c.encode(lowestInHorizon, forKey: .lowestInHorizon)
            try c.encode(warning, forKey: .warning)
            try c.encode(expectedIn, forKey: .expectedIn)
            try c.encode(expectedOut, forKey: .expectedOut)
            try c.encode(unplaced, forKey: .unplaced)
            try c.encode(weeks, forKey: .weeks)
            try c.encode(months, forKey: .months)
            try c.encode(movements, forKey: .movements)
        }

        enum CodingKeys: String, CodingKey {
            case asOf, currency, configured, settings, balanceAtAsOf, lowestInHorizon, warning, expectedIn, expectedOut, unplaced, weeks, months,
                movements
        }
    }

    struct InflowBody: Encodable {
        let id: String
        let name: String
        let amount: String
        let currency: String
        let taskId: String?
        let invoiceDate: String?
        let termsDays: Int
        let version: Int64
        init(_ i: PlannedInflow, _ c: Currency) {
            id = i.id.description
            name = i.name
            amount = FixedPoint.format(i.amount, digits: c.minorDigits)
            currency = c.code
            taskId = i.taskID?.description
            invoiceDate = i.invoiceDate?.iso
            termsDays = i.termsDays
            version = i.version
        }
    }

    /// `as_of` (a date; today when absent).
    static func asOf(_ q: Parameters) throws(KeelError) -> Day? {
        guard let raw = q.get("as_of"), !raw.isEmpty else { return nil }
        var errors = FieldErrors()
        guard let d = errors.day("as_of", raw) else { throw .validation(errors.all) }
        return d
    }

    func register(on router: Routes) {
        let api = router.group("/api/v1/projects/{projectID}")
        let services = self.services
        let reader = self.reader
        @Sendable func currency(_ ctx: Context, _ id: ID<Project>) async throws -> Currency {
            try await services.projects.get(ctx.caller, id).charter.budget.currency
        }

        api.get("/cash-flow", .action(.viewProject)) { req, ctx in
            let id = try ctx.id(.project)
            let asOf = try Self.asOf(req.uri.queryParameters)
            return try API.json(ReportBody(try await services.cashFlow.report(ctx.caller, project: id, asOf: asOf)))
        }
        api.put("/cash-flow/settings", .action(.editCashPlan)) { req, ctx in
            let id = try ctx.id(.project)
            let s = try await services.cashFlow.updateSettings(ctx.caller, project: id, try await reader.json(req))
            return try API.json(SettingsBody(s, try await currency(ctx, id)))
        }
        api.get("/cash-inflows", .action(.viewProject)) { _, ctx in
            let id = try ctx.id(.project)
            let inflows = try await services.cashFlow.inflows(ctx.caller, project: id)
            let c = try await currency(ctx, id)
            return try API.json(API.ListBody(items: inflows.map { InflowBody($0, c) }))
        }
        api.post("/cash-inflows", .action(.editCashPlan)) { req, ctx in
            let id = try ctx.id(.project)
            let i = try await services.cashFlow.createInflow(ctx.caller, project: id, try await reader.json(req))
            return try API.json(
                InflowBody(i, try await currency(ctx, id)),
                status: .created,
                version: i.version,
                location: "/api/v1/projects/\(id)/cash-inflows/\(i.id)"
            )
        }
        api.patch("/cash-inflows/{inflowID}", .action(.editCashPlan)) { req, ctx in
            let id = try ctx.id(.project)
            let i = try await services.cashFlow.updateInflow(
                ctx.caller,
                project: id,
                try ctx.id(.inflow),
                try await reader.json(req),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return try API.json(InflowBody(i, try await currency(ctx, id)), version: i.version)
        }
        api.delete("/cash-inflows/{inflowID}", .action(.editCashPlan)) { req, ctx in
            try await services.cashFlow.deleteInflow(
                ctx.caller,
                project: try ctx.id(.project),
                try ctx.id(.inflow),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return Response(status: .noContent)
        }
    }
}
