import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation
import KeelStore

/// `/projects/{projectID}/risks/categories…`: the risk breakdown structure as plain forms.
extension WebPages {
    func registerRiskCategories(on router: Routes) {
        let services = self.services
        let base = "/projects/{projectID}/risks/categories"
        @Sendable func listPage(_ req: Request, _ ctx: Context, _ id: ID<Project>, form: FormKit? = nil) async throws -> HTML {
            let v = view(req, ctx)
            return RiskCategoryViews.page(
                v,
                project: try await services.projects.get(ctx.caller, id),
                breakdown: try await services.risks.breakdown(ctx.caller, project: id),
                risks: try await services.risks.list(ctx.caller, project: id),
                form: form ?? FormKit(v, values: ["under": "technical"]),
                canEdit: may(.configureRisks, ctx)
            )
        }
        @Sendable func editPage(
            _ req: Request,
            _ ctx: Context,
            _ id: ID<Project>,
            _ categoryID: ID<RiskSubcategory>,
            form: FormKit? = nil,
            stale: Bool = false
        )
            async throws -> HTML
        {
            let v = view(req, ctx)
            let breakdown = try await services.risks.breakdown(ctx.caller, project: id)
            guard let category = breakdown.category(categoryID) else { throw KeelError.notFound(kind: "risk_category", id: categoryID.description) }
            return RiskCategoryViews.edit(
                v,
                project: try await services.projects.get(ctx.caller, id),
                category: category,
                breakdown: breakdown,
                form: form ?? FormKit(v, values: RiskCategoryViews.values(category)),
                canEdit: may(.configureRisks, ctx),
                stale: stale
            )
        }

        router.get(RouterPath(base), .action(.viewProject)) { req, ctx in page(try await listPage(req, ctx, try ctx.id(.project)), req) }
        router.post(RouterPath(base), .action(.configureRisks)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/risks/categories") { _, _, pairs in
                _ = try await services.risks.createCategory(ctx.caller, project: id, RiskCategoryViews.input(pairs))
            } form: { f in
                try await listPage(req, ctx, id, form: f)
            }
        }
        router.get(RouterPath(base + "/{categoryID}"), .action(.viewProject)) { req, ctx in
            page(try await editPage(req, ctx, try ctx.id(.project), try ctx.id(.category)), req)
        }
        router.post(RouterPath(base + "/{categoryID}"), .action(.configureRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let category = try ctx.id(.category)
            return try await submit(req, ctx, success: "/projects/\(id)/risks/categories") { _, version, pairs in
                _ = try await services.risks.updateCategory(
                    ctx.caller,
                    project: id,
                    category,
                    RiskCategoryViews.input(pairs),
                    expectedVersion: version
                )
            } rerender: { errors, values, stale in
                try await editPage(
                    req,
                    ctx,
                    id,
                    category,
                    form: stale ? nil : FormKit(view(req, ctx), errors: errors, values: values ?? [:]),
                    stale: stale
                )
            }
        }
        router.post(RouterPath(base + "/{categoryID}/delete"), .action(.configureRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let version = Self.formVersion(try await reader.formPairs(req))
            try await services.risks.deleteCategory(ctx.caller, project: id, try ctx.id(.category), expectedVersion: version)
            return WebResponse.redirect("/projects/\(id)/risks/categories", flash: "deleted")
        }
    }
}
