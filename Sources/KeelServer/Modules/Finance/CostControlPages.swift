import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation
import KeelStore

/// `/projects/{projectID}/finance/cost-control`: the report and its settings form.
extension WebPages {
    func registerCostControl(on router: Routes) {
        let services = self.services
        let base = "/projects/{projectID}/finance/cost-control"

        @Sendable func reportPage(_ req: Request, _ ctx: Context, _ id: ID<Project>, form: FormKit?) async throws -> HTML {
            let v = view(req, ctx)
            let report = try await services.costControl.report(ctx.caller, project: id)
            let values = [
                "control": report.settings.control.rawValue, "tolerance_percent": FixedPoint.format(report.settings.toleranceBasisPoints, digits: 2),
            ]
            return CostControlViews.page(
                v,
                project: try await services.projects.get(ctx.caller, id),
                report: report,
                categories: try await services.finance.categories(ctx.caller, project: id),
                form: form ?? FormKit(v, values: values)
            )
        }

        router.get(RouterPath(base), .action(.viewProject)) { req, ctx in page(try await reportPage(req, ctx, try ctx.id(.project), form: nil), req) }
        router.post(RouterPath(base), .action(.configureCostControl)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/finance/cost-control#settings") { input, _, _ in
                _ = try await services.costControl.updateSettings(ctx.caller, project: id, input)
            } form: { f in
                try await reportPage(req, ctx, id, form: f)
            }
        }
    }
}
