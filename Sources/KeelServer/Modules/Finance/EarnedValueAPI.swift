import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelStore

/// `/api/v1/projects/{projectID}/earned-value…` and a task's earned value method.
public struct EarnedValueAPI {
    let services: KeelServices
    let reader: RequestReader

    typealias Context = AppRequestContext

    struct MetricsBody: Encodable {
        let bac, pv, ev, ac, sv, cv: String
        let spi, cpi: Double?
        let eac: String?
        let eacAtBudgetRate: String
        let eacCostAndSchedule: String?
        let etc, vac: String?
        let tcpiToBac, tcpiToEac: Double?
        let percentComplete: Double?

        init(_ m: EarnedValueMetrics, _ c: Currency) {
            func s(_ x: Int64) -> String { FixedPoint.format(x, digits: c.minorDigits) }
            bac = s(m.bac)
            pv = s(m.pv)
            ev = s(m.ev)
            ac = s(m.ac)
            sv = s(m.sv)
            cv = s(m.cv)
            spi = m.spi.map(Rounding.thousandths)
            cpi = m.cpi.map(Rounding.thousandths)
            eac = m.eac.map(s)
            eacAtBudgetRate = s(m.eacAtBudgetRate)
            eacCostAndSchedule = m.eacCostAndSchedule.map(s)
            etc = m.etc.map(s)
            vac = m.vac.map(s)
            tcpiToBac = m.tcpiToBAC.map(Rounding.thousandths)
            tcpiToEac = m.tcpiToEAC.map(Rounding.thousandths)
            percentComplete = m.percentComplete
        }
    }

    struct ScheduleBody: Encodable {
        let earnedScheduleDays: Double
        let actualTimeDays: Double
        let plannedDurationDays: Double
        let scheduleVarianceDays: Double
        let spiT: Double?
        let forecastDurationDays: Double?
    }

    struct RowBody: Encodable {
        let taskId: String
        let name: String
        let wbs: String
        let depth: Int
        let method: String
        let metrics: MetricsBody
    }

    /// The report as JSON (snake_case keys); also what `keel earned-value --format json` prints.
    public struct ReportBody: Encodable {
        let statusDate: String
        let currency: String
        let baselineVersion: Int64?
        let plannedStart: String?
        let plannedFinish: String?
        let project: MetricsBody
        let earnedSchedule: ScheduleBody?
        let rows: [RowBody]

        public init(_ r: EarnedValueReport) {
            statusDate = r.statusDate.iso
            currency = r.currency.code
            baselineVersion = r.baseline?.number
            plannedStart = r.plannedSpan?.lowerBound.iso
            plannedFinish = r.plannedSpan?.upperBound.iso
            project = MetricsBody(r.project, r.currency)
            earnedSchedule = r.earnedSchedule.map {
                ScheduleBody(
                    earnedScheduleDays: Rounding.thousandths($0.earnedSchedule),
                    actualTimeDays: Rounding.thousandths($0.actualTime),
                    plannedDurationDays: Rounding.thousandths($0.plannedDuration),
                    scheduleVarianceDays: Rounding.thousandths($0.scheduleVariance),
                    spiT: $0.spi.map(Rounding.thousandths),
                    forecastDurationDays: $0.forecastDuration.map(Rounding.thousandths)
                )
            }
            rows = r.rows.map {
                RowBody(
                    taskId: $0.taskID.description,
                    name: $0.name,
                    wbs: $0.wbs,
                    depth: $0.depth,
                    method: $0.method.code,
                    metrics: MetricsBody($0.metrics, r.currency)
                )
            }
        }
    }

    struct PointBody: Encodable {
        let day: String
        let pv, ev, ac: String
        let eac: String?
    }

    struct MethodBody: Encodable {
        struct Milestone: Encodable {
            let name: String
            let weightPercent: String
            let achievedOn: String?
        }

        let taskId: String
        let method: String
        let milestones: [Milestone]
    }

    /// `status_date`, `from`, `to` as days; `step` 1…366.
    static func day(_ q: Parameters, _ key: String, into errors: inout FieldErrors) -> Day? {
        guard let raw = q.get(key), !raw.isEmpty else { return nil }
        return errors.day(key, raw)
    }

    func register(on router: Routes) {
        let api = router.group("/api/v1/projects/{projectID}")
        let services = self.services
        let reader = self.reader

        api.get("/earned-value", .action(.viewProject)) { req, ctx in
            var errors = FieldErrors()
            let status = Self.day(req.uri.queryParameters, "status_date", into: &errors)
            try errors.throwIfAny()
            return try API.json(ReportBody(try await services.earnedValue.report(ctx.caller, project: try ctx.id(.project), statusDate: status)))
        }
        api.get("/earned-value/series", .action(.viewProject)) { req, ctx in
            let q = req.uri.queryParameters
            var errors = FieldErrors()
            let from = Self.day(q, "from", into: &errors), to = Self.day(q, "to", into: &errors)
            var step = 7
            if let raw = q.get("step") {
                if let n = Int(raw), (1...366).contains(n) { step = n } else { errors.add("step", .outOfRange, ["min": "1", "max": "366"]) }
            }
            if let from, let to, to < from { errors.add("to", .beforeStart, ["start": "from"]) }
            try errors.throwIfAny()
            let id = try ctx.id(.project)
            let currency = try await services.projects.get(ctx.caller, id).charter.budget.currency
            let points = try await services.earnedValue.series(ctx.caller, project: id, from: from, through: to, step: step)
            func s(_ x: Int64) -> String { FixedPoint.format(x, digits: currency.minorDigits) }
            return try API.json(
                API.ListBody(
                    items: points.map {
                        PointBody(day: $0.day.iso, pv: s($0.metrics.pv), ev: s($0.metrics.ev), ac: s($0.metrics.ac), eac: $0.metrics.eac.map(s))
                    }
                )
            )
        }
        api.put("/tasks/{taskID}/earned-value-method", .action(.editBudget)) { req, ctx in
            let task: ID<PlanTask> = try ctx.id(.task)
            let method = try await services.earnedValue.setMethod(
                ctx.caller,
                project: try ctx.id(.project),
                task: .some(task),
                try await reader.json(req)
            )
            var milestones: [MethodBody.Milestone] = []
            if case .weightedMilestones(let m) = method {
                milestones = m.map { .init(name: $0.name, weightPercent: FixedPoint.format($0.weight, digits: 2), achievedOn: $0.achievedOn?.iso) }
            }
            return try API.json(MethodBody(taskId: task.description, method: method.code, milestones: milestones))
        }
    }
}
