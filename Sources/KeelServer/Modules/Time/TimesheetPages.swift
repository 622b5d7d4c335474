import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation
import KeelStore

/// `/projects/{projectID}/time` (the caller's week), `/timesheets` (the team's, with decisions) and
/// `/finance/rates` (people's cost rates), as plain forms: 303 on success, the page again with the
/// messages on bad input.
extension WebPages {
    /// The grid's rows turned into the use case's `entries`, and for each entry the cell it came from
    /// (so that an error on `entries[k].hours` is shown on that cell). A row with hours but no account
    /// is reported on its account box.
    static func timesheetEntries(
        _ pairs: [(String, String)],
        week: Day
    ) -> (input: Input, cells: [(account: String, hours: String)], errors: [String: [FieldError]]) {
        var values: [String: String] = [:]
        var rows: Set<Int> = []
        for (k, v) in pairs where k.hasPrefix("rows[") {
            values[k] = v.trimmingWhitespace()
            if let close = k.firstIndex(of: "]"), let i = Int(k[k.index(k.startIndex, offsetBy: 5)..<close]),
                (0..<TimesheetViews.maxRows).contains(i)
            {
                rows.insert(i)
            }
        }
        var entries: [Input.Value] = []
        var cells: [(account: String, hours: String)] = []
        var errors: [String: [FieldError]] = [:]
        for i in rows.sorted() {
            let account = values["rows[\(i)][account]"] ?? ""
            let note = values["rows[\(i)][note]"] ?? ""
            for k in 0..<7 {
                let name = "rows[\(i)][d\(k)]"
                guard let hours = values[name], !hours.isEmpty else { continue }
                if account.isEmpty {
                    errors["rows[\(i)][account]", default: []] = [FieldError("cost_account_id", .required)]
                    continue
                }
                entries.append(
                    .object([
                        "cost_account_id": .string(account), "day": .string(week.adding(days: k).iso), "hours": .string(hours), "note": .string(note),
                    ])
                )
                cells.append((account: "rows[\(i)][account]", hours: name))
            }
        }
        return (Input(fields: ["entries": .array(entries)], fromForm: true), cells, errors)
    }

    func registerTimesheets(on router: Routes) {
        let services = self.services
        @Sendable func weekParam(_ ctx: Context) throws -> Day {
            guard let raw = ctx.parameters.get("week"), let d = Day(input: raw) else {
                throw KeelError.notFound(kind: "week", id: ctx.parameters.get("week") ?? "")
            }
            return d
        }

        @Sendable func weekPage(
            _ req: Request,
            _ ctx: Context,
            _ id: ID<Project>,
            _ day: Day,
            values: [String: String]? = nil,
            errors: [String: [String]] = [:]
        ) async throws -> HTML {
            let v = view(req, ctx)
            let detail = try await services.timesheets.week(ctx.caller, project: id, containing: day)
            let project = try await services.projects.get(ctx.caller, id)
            let can = try await services.timesheets.abilities(ctx.caller, project: id)
            let stored = TimesheetViews.gridValues(detail)
            var rowCount = stored.rows
            if let values {
                rowCount =
                    values.keys.compactMap { k -> Int? in
                        guard k.hasPrefix("rows["), let close = k.firstIndex(of: "]") else { return nil }
                        // Row numbers beyond what the grid reads are ignored, not drawn.
                        return Int(k[k.index(k.startIndex, offsetBy: 5)..<close]).flatMap { (0..<TimesheetViews.maxRows).contains($0) ? $0 : nil }
                    }.max().map { $0 + 1 } ?? 0
                rowCount = max(rowCount - 2, 0)
            }
            return TimesheetViews.week(
                v,
                project: project,
                detail: detail,
                can: can,
                values: values ?? stored.values,
                rowCount: rowCount,
                errors: errors
            )
        }

        router.get("/projects/{projectID}/time", .action(.bookTime)) { req, ctx in
            let id = try ctx.id(.project)
            var day = view(req, ctx).today
            if let raw = req.uri.queryParameters.get("week"), !raw.isEmpty {
                guard let d = Day(input: raw) else { throw KeelError.notFound(kind: "week", id: raw) }
                day = d
            }
            return page(try await weekPage(req, ctx, id, day), req)
        }
        router.post("/projects/{projectID}/time/{week}", .action(.bookTime)) { req, ctx in
            let id = try ctx.id(.project)
            let week = Timesheet.weekStart(containing: try weekParam(ctx))
            let pairs = try await reader.formPairs(req)
            let grid = Self.timesheetEntries(pairs, week: week)
            var problems = grid.errors
            do {
                if problems.isEmpty {
                    _ = try await services.timesheets.save(ctx.caller, project: id, week: week, grid.input, expectedVersion: Self.formVersion(pairs))
                    return WebResponse.redirect("/projects/\(id)/time?week=\(week.iso)", flash: "saved")
                }
            } catch KeelError.validation(let errors) {
                for e in errors {
                    // entries[k].field → the grid cell entry k came from.
                    var cell = "_submit"
                    if e.field.hasPrefix("entries["), let close = e.field.firstIndex(of: "]"),
                        let k = Int(e.field[e.field.index(e.field.startIndex, offsetBy: 8)..<close]), grid.cells.indices.contains(k)
                    {
                        cell = e.field.hasSuffix("cost_account_id") ? grid.cells[k].account : grid.cells[k].hours
                    }
                    problems[cell, default: []].append(e)
                }
            }
            let v = view(req, ctx)
            var values: [String: String] = [:]
            for (k, value) in pairs { values[k] = value }
            let messages = problems.mapValues { $0.map { v.t(.fieldError($0)) } }
            return page(try await weekPage(req, ctx, id, week, values: values, errors: messages), req, status: .unprocessableContent)
        }
        router.post("/projects/{projectID}/time/{week}/submit", .action(.bookTime)) { req, ctx in
            let id = try ctx.id(.project)
            let week = Timesheet.weekStart(containing: try weekParam(ctx))
            let pairs = try await reader.formPairs(req)
            do {
                _ = try await services.timesheets.submit(ctx.caller, project: id, week: week, expectedVersion: Self.formVersion(pairs))
            } catch KeelError.validation(let errors) {
                let v = view(req, ctx)
                let messages = ["_submit": errors.map { v.t(.fieldError($0)) }]
                return page(try await weekPage(req, ctx, id, week, errors: messages), req, status: .unprocessableContent)
            }
            return WebResponse.redirect("/projects/\(id)/time?week=\(week.iso)", flash: "saved")
        }

        @Sendable func teamPage(_ req: Request, _ ctx: Context, _ id: ID<Project>) async throws -> Response {
            let v = view(req, ctx)
            let project = try await services.projects.get(ctx.caller, id)
            let can = try await services.timesheets.abilities(ctx.caller, project: id)
            var filter = TimesheetRepository.Filter()
            var errors: [FieldError] = []
            // A bad filter shows every timesheet with the messages beside the filter boxes.
            switch Result(catching: { () throws(KeelError) in try TimesheetAPI.filter(req.uri.queryParameters) }) {
            case .success(let f): filter = f
            case .failure(.validation(let list)): errors = list
            case .failure(let other): throw other
            }
            let sheets = try await services.timesheets.list(ctx.caller, project: id, filter)
            let waiting =
                can.approve
                ? try await services.timesheets.list(ctx.caller, project: id, .init(status: .submitted)).filter {
                    $0.sheet.userID != ctx.caller.userID
                } : []
            let html = TimesheetViews.team(v, project: project, sheets: sheets, waiting: waiting, can: can, filter: filter, errors: errors)
            return page(html, req, status: errors.isEmpty ? .ok : .unprocessableContent)
        }
        router.get("/projects/{projectID}/timesheets", .action(.bookTime)) { req, ctx in try await teamPage(req, ctx, try ctx.id(.project)) }
        router.get("/projects/{projectID}/timesheets.csv", .action(.bookTime)) { req, ctx in
            let filter = try TimesheetAPI.filter(req.uri.queryParameters)
            let csv = TimesheetViews.csv(try await services.timesheets.list(ctx.caller, project: try ctx.id(.project), filter))
            return WebResponse.csv(csv, filename: "timesheets.csv")
        }

        @Sendable func detailPage(
            _ req: Request,
            _ ctx: Context,
            _ id: ID<Project>,
            _ sheet: ID<Timesheet>,
            decision: FormKit? = nil
        ) async throws -> HTML {
            let v = view(req, ctx)
            let d = try await services.timesheets.get(ctx.caller, project: id, sheet)
            let project = try await services.projects.get(ctx.caller, id)
            let can = try await services.timesheets.abilities(ctx.caller, project: id)
            let names = try await services.actorNames([d.sheet?.decidedBy].compactMap { $0 })
            return TimesheetViews.detail(v, project: project, detail: d, can: can, decision: decision ?? FormKit(v), names: names)
        }
        router.get("/projects/{projectID}/timesheets/{timesheetID}", .action(.bookTime)) { req, ctx in
            page(try await detailPage(req, ctx, try ctx.id(.project), try ctx.id(.timesheet)), req)
        }
        for decision in ["approve", "reject"] {
            router.post(RouterPath("/projects/{projectID}/timesheets/{timesheetID}/\(decision)"), .action(.approveTimesheets)) { req, ctx in
                let id = try ctx.id(.project)
                let sheet = try ctx.id(.timesheet)
                return try await submit(req, ctx, success: "/projects/\(id)/timesheets/\(sheet)") { input, version, _ in
                    if decision == "approve" {
                        // The approve form carries nothing but its version.
                        _ = try await services.timesheets.approve(ctx.caller, project: id, sheet, expectedVersion: version)
                    } else {
                        _ = try await services.timesheets.reject(ctx.caller, project: id, sheet, input, expectedVersion: version)
                    }
                } form: { f in
                    try await detailPage(req, ctx, id, sheet, decision: f)
                }
            }
        }

        @Sendable func ratesPage(_ req: Request, _ ctx: Context, _ id: ID<Project>, form: FormKit? = nil) async throws -> HTML {
            let v = view(req, ctx)
            let rates = try await services.timesheets.rates(ctx.caller, project: id)
            let project = try await services.projects.get(ctx.caller, id)
            let can = try await services.timesheets.abilities(ctx.caller, project: id)
            let people = try await services.timesheets.people(ctx.caller, project: id)
            return TimesheetViews.rates(
                v,
                project: project,
                rates: rates,
                people: people,
                can: can,
                form: form ?? FormKit(v, values: ["effective_from": v.today.iso])
            )
        }
        router.get("/projects/{projectID}/finance/rates", .action(.viewTeamTime)) { req, ctx in
            page(try await ratesPage(req, ctx, try ctx.id(.project)), req)
        }
        router.post("/projects/{projectID}/finance/rates", .action(.editCostRates)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/finance/rates") { input, _, _ in
                _ = try await services.timesheets.setRate(ctx.caller, project: id, input)
            } form: { f in
                try await ratesPage(req, ctx, id, form: f)
            }
        }
        router.post("/projects/{projectID}/finance/rates/{userID}/{day}/delete", .action(.editCostRates)) { req, ctx in
            let id = try ctx.id(.project)
            guard let raw = ctx.parameters.get("day"), let day = Day(iso: raw) else {
                throw KeelError.notFound(kind: "cost_rate", id: ctx.parameters.get("day") ?? "")
            }
            _ = try await reader.formPairs(req)
            try await services.timesheets.deleteRate(ctx.caller, project: id, user: try ctx.id(.user), from: day)
            return WebResponse.redirect("/projects/\(id)/finance/rates", flash: "deleted")
        }
    }
}
