import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation
import KeelStore

/// `/projects/{projectID}/finance/budgets…` and `/finance/approval-levels`: budget versions, their
/// lines and decisions as plain forms (303 on success, the page again with the messages on bad input).
extension WebPages {
    func registerBudgets(on router: Routes) {
        let services = self.services
        let base = "/projects/{projectID}/finance/budgets"

        @Sendable func listPage(
            _ req: Request,
            _ ctx: Context,
            _ id: ID<Project>,
            create: FormKit? = nil,
            levels: FormKit? = nil
        ) async throws -> HTML {
            let v = view(req, ctx)
            let project = try await services.projects.get(ctx.caller, id)
            let versions = try await services.budgets.list(ctx.caller, project: id)
            let policy = try await services.budgets.policy(ctx.caller, project: id)
            return BudgetViews.list(
                v,
                project: project,
                versions: versions,
                policy: policy,
                createForm: create ?? FormKit(v),
                levelsForm: levels ?? FormKit(v, values: BudgetViews.levelValues(policy, project.charter.budget.currency)),
                names: try await services.actorNames(versions.compactMap(\.version.submittedBy))
            )
        }

        @Sendable func detailPage(
            _ req: Request,
            _ ctx: Context,
            _ id: ID<Project>,
            _ budget: ID<BudgetVersion>,
            version: FormKit? = nil,
            line: FormKit? = nil,
            decision: FormKit? = nil
        ) async throws -> HTML {
            let v = view(req, ctx)
            let project = try await services.projects.get(ctx.caller, id)
            let d = try await services.budgets.get(ctx.caller, project: id, budget)
            let names = try await services.actorNames(d.decisions.map(\.decidedBy) + [d.plan.version.submittedBy].compactMap { $0 })
            return BudgetViews.detail(
                v,
                project: project,
                detail: d,
                accounts: try await services.finance.accounts(ctx.caller, project: id),
                names: names,
                versionForm: version ?? FormKit(v, values: BudgetViews.versionValues(d.plan.version, d.currency)),
                lineForm: line ?? FormKit(v, values: ["method": "even"]),
                decisionForm: decision ?? FormKit(v)
            )
        }

        router.get(RouterPath(base), .action(.viewProject)) { req, ctx in page(try await listPage(req, ctx, try ctx.id(.project)), req) }
        router.get(RouterPath(base + "/{budgetID}"), .action(.viewProject)) { req, ctx in
            page(try await detailPage(req, ctx, try ctx.id(.project), try ctx.id(.budget)), req)
        }
        router.post(RouterPath(base), .action(.editBudget)) { req, ctx in
            let id = try ctx.id(.project)
            let pairs = try await reader.formPairs(req)
            do {
                let created = try await services.budgets.create(ctx.caller, project: id, Input.form(pairs))
                return WebResponse.redirect("/projects/\(id)/finance/budgets/\(created.id)", flash: "saved")
            } catch KeelError.validation(let errors) {
                var values: [String: String] = [:]
                for (k, v) in pairs { values[k] = v }
                return page(
                    try await listPage(req, ctx, id, create: FormKit(view(req, ctx), errors: errors, values: values)),
                    req,
                    status: .unprocessableContent
                )
            }
        }
        router.post(RouterPath("/projects/{projectID}/finance/approval-levels"), .action(.configureApprovals)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/finance/budgets#levels") { input, _, _ in
                _ = try await services.budgets.updatePolicy(ctx.caller, project: id, input)
            } form: { f in
                try await listPage(req, ctx, id, levels: f)
            }
        }
        router.post(RouterPath(base + "/{budgetID}"), .action(.editBudget)) { req, ctx in
            let id = try ctx.id(.project)
            let budget = try ctx.id(.budget)
            return try await submit(req, ctx, success: "/projects/\(id)/finance/budgets/\(budget)") { input, version, _ in
                _ = try await services.budgets.update(ctx.caller, project: id, budget, input, expectedVersion: version)
            } form: { f in
                try await detailPage(req, ctx, id, budget, version: f)
            }
        }
        router.post(RouterPath(base + "/{budgetID}/delete"), .action(.editBudget)) { req, ctx in
            let id = try ctx.id(.project)
            let version = Self.formVersion(try await reader.formPairs(req))
            try await services.budgets.delete(ctx.caller, project: id, try ctx.id(.budget), expectedVersion: version)
            return WebResponse.redirect("/projects/\(id)/finance/budgets", flash: "deleted")
        }
        router.post(RouterPath(base + "/{budgetID}/lines"), .action(.editBudget)) { req, ctx in
            let id = try ctx.id(.project)
            let budget = try ctx.id(.budget)
            return try await submit(req, ctx, success: "/projects/\(id)/finance/budgets/\(budget)#lines") { input, version, _ in
                _ = try await services.budgets.addLine(ctx.caller, project: id, budget, input, expectedVersion: version)
            } form: { f in
                try await detailPage(req, ctx, id, budget, line: f)
            }
        }
        router.post(RouterPath(base + "/{budgetID}/lines/{lineID}/delete"), .action(.editBudget)) { req, ctx in
            let id = try ctx.id(.project)
            let budget = try ctx.id(.budget)
            let version = Self.formVersion(try await reader.formPairs(req))
            try await services.budgets.deleteLine(ctx.caller, project: id, budget, try ctx.id(.line), expectedVersion: version)
            return WebResponse.redirect("/projects/\(id)/finance/budgets/\(budget)#lines", flash: "deleted")
        }
        router.post(RouterPath(base + "/{budgetID}/submit"), .action(.editBudget)) { req, ctx in
            let id = try ctx.id(.project)
            let budget = try ctx.id(.budget)
            let version = Self.formVersion(try await reader.formPairs(req))
            do {
                _ = try await services.budgets.submit(ctx.caller, project: id, budget, expectedVersion: version)
            } catch KeelError.validation(let errors) {
                let v = view(req, ctx)
                return page(
                    try await detailPage(req, ctx, id, budget, version: FormKit(v, errors: errors, values: [:])),
                    req,
                    status: .unprocessableContent
                )
            }
            return WebResponse.redirect("/projects/\(id)/finance/budgets/\(budget)", flash: "saved")
        }
        for decision in ["approve", "reject"] {
            router.post(RouterPath(base + "/{budgetID}/\(decision)"), .action(.approveBudget)) { req, ctx in
                let id = try ctx.id(.project)
                let budget = try ctx.id(.budget)
                return try await submit(req, ctx, success: "/projects/\(id)/finance/budgets/\(budget)") { input, version, _ in
                    if decision == "approve" {
                        _ = try await services.budgets.approve(ctx.caller, project: id, budget, input, expectedVersion: version)
                    } else {
                        _ = try await services.budgets.reject(ctx.caller, project: id, budget, input, expectedVersion: version)
                    }
                } form: { f in
                    try await detailPage(req, ctx, id, budget, decision: f)
                }
            }
        }
    }
}
