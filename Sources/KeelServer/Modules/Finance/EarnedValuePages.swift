import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation
import KeelStore

/// `/projects/{projectID}/finance/earned-value…`: the report at a status date, its CSV, and the form
/// that sets a task's earned value method.
extension WebPages {
    func registerEarnedValue(on router: Routes) {
        let services = self.services
        let base = "/projects/{projectID}/finance/earned-value"
        /// A bad status date is ignored for the plan's own (the field shows what was asked).
        @Sendable func statusDate(_ req: Request) -> Day? { req.uri.queryParameters.get("status_date").flatMap { Day(input: $0) } }

        @Sendable func reportPage(_ req: Request, _ ctx: Context, _ id: ID<Project>, form: FormKit?) async throws -> HTML {
            let v = view(req, ctx)
            let report = try await services.earnedValue.report(ctx.caller, project: id, statusDate: statusDate(req))
            let series = report.baseline == nil ? [] : try await services.earnedValue.series(ctx.caller, project: id)
            let plan = try await services.schedule.view(ctx.caller, project: id).plan
            return EarnedValueViews.page(
                v,
                project: try await services.projects.get(ctx.caller, id),
                report: report,
                series: series,
                tasks: plan.tasks,
                methods: try await services.earnedValue.methods(ctx.caller, project: id),
                methodForm: form ?? FormKit(v, values: ["method": "percent_complete"])
            )
        }

        router.get(RouterPath(base), .action(.viewProject)) { req, ctx in page(try await reportPage(req, ctx, try ctx.id(.project), form: nil), req) }
        router.get(RouterPath(base + ".csv"), .action(.viewProject)) { req, ctx in
            let report = try await services.earnedValue.report(ctx.caller, project: try ctx.id(.project), statusDate: statusDate(req))
            return WebResponse.csv(EarnedValueViews.csv(report), filename: "earned-value-\(report.statusDate.iso).csv")
        }
        router.post(RouterPath(base + "/method"), .action(.editBudget)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/finance/earned-value#method") { input, _, _ in
                _ = try await services.earnedValue.setMethod(ctx.caller, project: id, task: nil, input)
            } form: { f in
                try await reportPage(req, ctx, id, form: f)
            }
        }
    }
}
