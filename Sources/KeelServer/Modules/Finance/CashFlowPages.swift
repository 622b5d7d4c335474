import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation
import KeelStore

/// `/projects/{projectID}/finance/cash-flow…`: the forecast page, its CSV, planned customer payments
/// and the assumptions, as plain forms (303 on success, the page again with the messages on bad input).
extension WebPages {
    func registerCashFlow(on router: Routes) {
        let services = self.services
        let base = "/projects/{projectID}/finance/cash-flow"

        @Sendable func cashPage(
            _ req: Request,
            _ ctx: Context,
            _ id: ID<Project>,
            asOf: Day? = nil,
            inflow: FormKit? = nil,
            settings: FormKit? = nil
        ) async throws -> HTML {
            let v = view(req, ctx)
            let project = try await services.projects.get(ctx.caller, id)
            let report = try await services.cashFlow.report(ctx.caller, project: id, asOf: asOf)
            let tasks = try await services.schedule.view(ctx.caller, project: id).plan.tasks
            let canEdit = may(.editCashPlan, ctx)
            return CashFlowViews.page(
                v,
                project: project,
                report: report,
                tasks: tasks,
                inflowForm: inflow ?? FormKit(v, values: ["terms_days": "30"]),
                settingsForm: settings ?? FormKit(v, values: CashFlowViews.settingsValues(report.forecast.settings, report.currency)),
                canEdit: canEdit
            )
        }

        router.get(RouterPath(base), .action(.viewProject)) { req, ctx in
            let id = try ctx.id(.project)
            // A day that is not a date shows today, with the message beside the box.
            let asOf = try? CashFlowAPI.asOf(req.uri.queryParameters)
            return page(try await cashPage(req, ctx, id, asOf: asOf ?? nil), req)
        }
        router.get(RouterPath(base + ".csv"), .action(.viewProject)) { req, ctx in
            let report = try await services.cashFlow.report(
                ctx.caller,
                project: try ctx.id(.project),
                asOf: try CashFlowAPI.asOf(req.uri.queryParameters)
            )
            return WebResponse.csv(CashFlowViews.csv(report), filename: "cash-flow-\(report.forecast.asOf.iso).csv")
        }
        router.post(RouterPath(base + "/inflows"), .action(.editCashPlan)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/finance/cash-flow#inflows") { input, _, _ in
                _ = try await services.cashFlow.createInflow(ctx.caller, project: id, input)
            } form: { f in
                try await cashPage(req, ctx, id, inflow: f)
            }
        }
        router.post(RouterPath(base + "/settings"), .action(.editCashPlan)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/finance/cash-flow") { input, _, _ in
                _ = try await services.cashFlow.updateSettings(ctx.caller, project: id, input)
            } form: { f in
                try await cashPage(req, ctx, id, settings: f)
            }
        }

        @Sendable func inflowPage(
            _ req: Request,
            _ ctx: Context,
            _ id: ID<Project>,
            _ inflow: ID<PlannedInflow>,
            form: FormKit? = nil
        ) async throws -> HTML {
            let v = view(req, ctx)
            let project = try await services.projects.get(ctx.caller, id)
            let stored = try await services.cashFlow.inflow(ctx.caller, project: id, inflow)
            let tasks = try await services.schedule.view(ctx.caller, project: id).plan.tasks
            return CashFlowViews.editInflow(
                v,
                project: project,
                inflow: stored,
                tasks: tasks,
                form: form ?? FormKit(v, values: CashFlowViews.inflowValues(stored, project.charter.budget.currency))
            )
        }
        router.get(RouterPath(base + "/inflows/{inflowID}"), .action(.viewProject)) { req, ctx in
            page(try await inflowPage(req, ctx, try ctx.id(.project), try ctx.id(.inflow)), req)
        }
        router.post(RouterPath(base + "/inflows/{inflowID}"), .action(.editCashPlan)) { req, ctx in
            let id = try ctx.id(.project)
            let inflow = try ctx.id(.inflow)
            return try await submit(req, ctx, success: "/projects/\(id)/finance/cash-flow#inflows") { input, version, _ in
                _ = try await services.cashFlow.updateInflow(ctx.caller, project: id, inflow, input, expectedVersion: version)
            } form: { f in
                try await inflowPage(req, ctx, id, inflow, form: f)
            }
        }
        router.post(RouterPath(base + "/inflows/{inflowID}/delete"), .action(.editCashPlan)) { req, ctx in
            let id = try ctx.id(.project)
            let version = Self.formVersion(try await reader.formPairs(req))
            try await services.cashFlow.deleteInflow(ctx.caller, project: id, try ctx.id(.inflow), expectedVersion: version)
            return WebResponse.redirect("/projects/\(id)/finance/cash-flow#inflows", flash: "deleted")
        }
    }
}
