import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelStore

/// `/api/v1/projects/{projectID}/timesheet-weeks/{week}` (the caller's own week), `/timesheets` (the
/// ones the caller may see, and decisions on them) and `/cost-rates` (people's dated hourly rates).
/// Hours are decimal strings with up to two decimals; amounts are in the project's currency.
struct TimesheetAPI {
    let services: KeelServices
    let reader: RequestReader

    typealias Context = AppRequestContext

    struct EntryBody: Encodable {
        let costAccountId: String
        let costAccountCode: String
        let day: String
        let hours: String
        let note: String
        /// What the hours cost (posted, or at today's rates before approval); null without a rate.
        let cost: String?
        let ledgerEntryNumber: Int64?
    }

    struct SheetBody: Encodable {
        let id: String?
        let userId: String
        let person: String
        let weekStart: String
        let status: String
        let reason: String
        let submittedAt: String?
        let decidedBy: String?
        let decidedAt: String?
        let currency: String
        let hours: String
        let cost: String
        let daysWithoutRate: [String]
        let version: Int64?
        let entries: [EntryBody]

        init(_ d: TimesheetDetail) {
            func m(_ x: Int64) -> String { FixedPoint.format(x, digits: d.currency.minorDigits) }
            let codes = Dictionary(d.accounts.map { ($0.account.id, $0.account.code) }, uniquingKeysWith: { a, _ in a })
            id = d.sheet?.id.description
            userId = d.userID.description
            person = d.person
            weekStart = d.weekStart.iso
            status = (d.sheet?.status ?? .draft).rawValue
            reason = d.sheet?.reason ?? ""
            submittedAt = d.sheet?.submittedAt
            decidedBy = d.sheet?.decidedBy
            decidedAt = d.sheet?.decidedAt
            currency = d.currency.code
            hours = FixedPoint.format(d.totalCentihours, digits: 2)
            cost = m(d.totalCost)
            daysWithoutRate = d.daysWithoutRate.map(\.iso)
            version = d.sheet?.version
            entries = d.entries.enumerated().map { i, e in
                EntryBody(
                    costAccountId: e.costAccountID.description,
                    costAccountCode: codes[e.costAccountID] ?? "",
                    day: e.day.iso,
                    hours: FixedPoint.format(e.centihours, digits: 2),
                    note: e.note,
                    cost: d.costs[i].map(m),
                    ledgerEntryNumber: e.ledgerEntryID.flatMap { d.ledgerNumbers[$0] }
                )
            }
        }
    }

    struct SummaryBody: Encodable {
        let id: String
        let userId: String
        let person: String
        let weekStart: String
        let status: String
        let hours: String
        let version: Int64
    }

    struct RateBody: Encodable {
        let userId: String
        let person: String?
        let effectiveFrom: String
        let hourlyRate: String
        let currency: String
    }

    /// `status`, `user_id`, `week` (any day of it) query parameters.
    static func filter(_ q: Parameters) throws(KeelError) -> TimesheetRepository.Filter {
        var errors = FieldErrors()
        var f = TimesheetRepository.Filter()
        if let raw = q.get("status"), !raw.isEmpty {
            if let s = TimesheetStatus(rawValue: raw) {
                f.status = s
            } else {
                errors.add("status", .invalidChoice, ["choices": TimesheetStatus.allCases.map(\.rawValue).joined(separator: ", ")])
            }
        }
        if let raw = q.get("user_id"), !raw.isEmpty {
            if let id = ID<User>(raw) { f.user = id } else { errors.add("user_id", .invalidType, ["expected": "id"]) }
        }
        if let raw = q.get("week"), !raw.isEmpty {
            if let d = errors.day("week", raw) { f.week = Timesheet.weekStart(containing: d) }
        }
        try errors.throwIfAny()
        return f
    }

    func register(on router: Routes) {
        let api = router.group("/api/v1/projects/{projectID}")
        let services = self.services
        let reader = self.reader
        /// A day in the path; one that is not a date names nothing.
        @Sendable func day(_ ctx: Context, _ name: String) throws -> Day {
            guard let raw = ctx.parameters.get(name), let d = Day(input: raw) else {
                throw KeelError.notFound(kind: name, id: ctx.parameters.get(name) ?? "")
            }
            return d
        }
        @Sendable func sheet(_ d: TimesheetDetail, status: HTTPResponse.Status = .ok) throws -> Response {
            try API.json(SheetBody(d), status: status, version: d.sheet?.version)
        }

        api.get("/timesheet-weeks/{week}", .action(.bookTime)) { _, ctx in
            try sheet(try await services.timesheets.week(ctx.caller, project: try ctx.id(.project), containing: try day(ctx, "week")))
        }
        api.put("/timesheet-weeks/{week}", .action(.bookTime)) { req, ctx in
            let id = try ctx.id(.project)
            let week = try day(ctx, "week")
            _ = try await services.timesheets.save(
                ctx.caller,
                project: id,
                week: week,
                try await reader.json(req),
                expectedVersion: try reader.ifMatch(req)
            )
            return try sheet(try await services.timesheets.week(ctx.caller, project: id, containing: week))
        }
        api.post("/timesheet-weeks/{week}/submit", .action(.bookTime)) { req, ctx in
            let id = try ctx.id(.project)
            let week = try day(ctx, "week")
            _ = try await services.timesheets.submit(ctx.caller, project: id, week: week, expectedVersion: try reader.ifMatch(req))
            return try sheet(try await services.timesheets.week(ctx.caller, project: id, containing: week))
        }
        api.get("/timesheets", .action(.bookTime)) { req, ctx in
            let f = try Self.filter(req.uri.queryParameters)
            let list = try await services.timesheets.list(ctx.caller, project: try ctx.id(.project), f)
            return try API.json(
                API.ListBody(
                    items: list.map {
                        SummaryBody(
                            id: $0.sheet.id.description,
                            userId: $0.sheet.userID.description,
                            person: $0.person,
                            weekStart: $0.sheet.weekStart.iso,
                            status: $0.sheet.status.rawValue,
                            hours: FixedPoint.format($0.centihours, digits: 2),
                            version: $0.sheet.version
                        )
                    }
                )
            )
        }
        api.get("/timesheets/{timesheetID}", .action(.bookTime)) { _, ctx in
            try sheet(try await services.timesheets.get(ctx.caller, project: try ctx.id(.project), try ctx.id(.timesheet)))
        }
        // If-Match is optional on decisions, as on budgets: sent, it must match.
        api.post("/timesheets/{timesheetID}/approve", .action(.approveTimesheets)) { req, ctx in
            let id = try ctx.id(.project)
            let t = try await services.timesheets.approve(ctx.caller, project: id, try ctx.id(.timesheet), expectedVersion: try reader.ifMatch(req))
            return try sheet(try await services.timesheets.get(ctx.caller, project: id, t.id))
        }
        api.post("/timesheets/{timesheetID}/reject", .action(.approveTimesheets)) { req, ctx in
            let id = try ctx.id(.project)
            let t = try await services.timesheets.reject(
                ctx.caller,
                project: id,
                try ctx.id(.timesheet),
                try await reader.json(req),
                expectedVersion: try reader.ifMatch(req)
            )
            return try sheet(try await services.timesheets.get(ctx.caller, project: id, t.id))
        }
        api.get("/cost-rates", .action(.viewTeamTime)) { _, ctx in
            let id = try ctx.id(.project)
            let rows = try await services.timesheets.rates(ctx.caller, project: id)
            let currency = try await services.projects.get(ctx.caller, id).charter.budget.currency
            return try API.json(
                API.ListBody(
                    items: rows.map {
                        RateBody(
                            userId: $0.rate.userID.description,
                            person: $0.person,
                            effectiveFrom: $0.rate.effectiveFrom.iso,
                            hourlyRate: FixedPoint.format($0.rate.hourly, digits: currency.minorDigits),
                            currency: currency.code
                        )
                    }
                )
            )
        }
        api.post("/cost-rates", .action(.editCostRates)) { req, ctx in
            let id = try ctx.id(.project)
            let rate = try await services.timesheets.setRate(ctx.caller, project: id, try await reader.json(req))
            let currency = try await services.projects.get(ctx.caller, id).charter.budget.currency
            return try API.json(
                RateBody(
                    userId: rate.userID.description,
                    person: nil,
                    effectiveFrom: rate.effectiveFrom.iso,
                    hourlyRate: FixedPoint.format(rate.hourly, digits: currency.minorDigits),
                    currency: currency.code
                )
            )
        }
        api.delete("/cost-rates/{userID}/{day}", .action(.editCostRates)) { _, ctx in
            try await services.timesheets.deleteRate(
                ctx.caller,
                project: try ctx.id(.project),
                user: try ctx.id(.user),
                from: try day(ctx, "day")
            )
            return Response(status: .noContent)
        }
    }
}
