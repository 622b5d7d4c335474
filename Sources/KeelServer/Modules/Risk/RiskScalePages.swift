import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation
import KeelStore

/// `/projects/{projectID}/risks/settings`: the project's risk scales as one plain form.
extension WebPages {
    func registerRiskScales(on router: Routes) {
        let services = self.services
        let path = "/projects/{projectID}/risks/settings"
        @Sendable func settingsPage(
            _ req: Request,
            _ ctx: Context,
            _ id: ID<Project>,
            errors: [FieldError] = [],
            values: [String: String]? = nil,
            stale: Bool = false
        )
            async throws -> HTML
        {
            let v = view(req, ctx)
            let project = try await services.projects.get(ctx.caller, id)
            let scales = try await services.risks.scales(ctx.caller, project: id)
            let stored = RiskScaleViews.values(scales, currency: project.charter.budget.currency)
            let form = FormKit(v, errors: errors, values: stale ? stored : (values ?? stored), mine: stale ? values : nil)
            let canEdit = may(.configureRisks, ctx)
            return RiskScaleViews.page(v, project: project, scales: scales, form: form, canEdit: canEdit, stale: stale)
        }
        router.get(RouterPath(path), .action(.viewProject)) { req, ctx in page(try await settingsPage(req, ctx, try ctx.id(.project)), req) }
        router.post(RouterPath(path), .action(.configureRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let pairs = try await reader.formPairs(req)
            var values: [String: String] = [:]
            for (k, v) in pairs { values[k] = v }
            do {
                _ = try await services.risks.updateScales(
                    ctx.caller,
                    project: id,
                    RiskScaleViews.input(pairs),
                    expectedVersion: Self.formVersion(pairs)
                )
                return WebResponse.redirect("/projects/\(id)/risks/settings", flash: "saved")
            } catch KeelError.validation(let errors) {
                return page(try await settingsPage(req, ctx, id, errors: errors, values: values), req, status: .unprocessableContent)
            } catch KeelError.versionMismatch {
                return page(try await settingsPage(req, ctx, id, values: values, stale: true), req, status: .conflict)
            }
        }
    }
}
