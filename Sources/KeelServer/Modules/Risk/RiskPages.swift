import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation
import KeelStore

/// `/projects/{projectID}/risks…`: the register page, the risk edit page, their plain-form actions
/// (303 on success, the page again with the messages on bad input) and the CSV export.
extension WebPages {
    func registerRisks(on router: Routes) {
        let services = self.services
        let base = "/projects/{projectID}/risks"

        @Sendable func registerPage(_ req: Request, _ ctx: Context, _ id: ID<Project>, form: FormKit?) async throws -> HTML {
            let v = view(req, ctx)
            let project = try await services.projects.get(ctx.caller, id)
            let summary = try await services.risks.summary(ctx.caller, project: id, withTrend: true)
            var query: [String: String] = [:]
            for key in ["status", "kind", "category", "overdue", "p", "i", "stage"] { query[key] = req.uri.queryParameters.get(key) }
            let canEdit = may(.editRisks, ctx)
            return RiskViews.register(
                v,
                project: project,
                summary: summary,
                filter: RiskFilter(query: query),
                form: form ?? FormKit(v, values: RiskViews.defaults),
                canEdit: canEdit
            )
        }

        @Sendable func editPage(
            _ req: Request,
            _ ctx: Context,
            _ id: ID<Project>,
            _ riskID: ID<Risk>,
            errors: [FieldError],
            values: [String: String]?,
            chosen: [String]?,
            stale: Bool,
            actionForm: FormKit? = nil
        ) async throws -> HTML {
            let v = view(req, ctx)
            let p = try await services.risks.editPage(ctx.caller, project: id, riskID)
            let stored = RiskViews.values(p.risk, currency: p.project.charter.budget.currency, minutesPerDay: p.schedule.plan.settings.minutesPerDay)
            let form = FormKit(v, errors: errors, values: stale ? stored : (values ?? stored), mine: stale ? values : nil)
            return RiskViews.edit(
                v,
                project: p.project,
                risk: p.risk,
                plan: p.schedule.plan,
                history: p.history,
                names: p.names,
                form: form,
                stale: stale,
                chosenTasks: stale ? p.risk.taskIDs.map(\.description) : (chosen ?? p.risk.taskIDs.map(\.description)),
                actions: p.actions,
                actionForm: actionForm ?? FormKit(v, values: ["status": "open"]),
                today: services.today,
                issues: p.issues,
                scales: p.scales,
                breakdown: p.breakdown
            )
        }

        router.get(RouterPath(base), .action(.viewProject)) { req, ctx in page(try await registerPage(req, ctx, try ctx.id(.project), form: nil), req)
        }
        router.get(RouterPath("/projects/{projectID}/risks.csv"), .action(.viewProject)) { req, ctx in
            let id = try ctx.id(.project)
            let project = try await services.projects.get(ctx.caller, id)
            let summary = try await services.risks.summary(ctx.caller, project: id)
            let mpd = try await services.schedule.minutesPerDay(ctx.caller, project: id)
            let csv = RiskViews.csv(
                summary.risks,
                view(req, ctx),
                currency: project.charter.budget.currency,
                minutesPerDay: mpd,
                today: summary.today,
                scales: summary.scales,
                breakdown: summary.breakdown
            )
            return WebResponse.csv(csv, filename: "risks.csv")
        }
        router.post(RouterPath(base), .action(.editRisks)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/risks") { input, _, _ in
                _ = try await services.risks.create(ctx.caller, project: id, input)
            } rerender: { errors, values, _ in
                try await registerPage(req, ctx, id, form: FormKit(view(req, ctx), errors: errors, values: values ?? [:]))
            }
        }
        router.get(RouterPath(base + "/{riskID}/edit"), .action(.viewProject)) { req, ctx in
            page(try await editPage(req, ctx, try ctx.id(.project), try ctx.id(.risk), errors: [], values: nil, chosen: nil, stale: false), req)
        }
        router.post(RouterPath(base + "/{riskID}"), .action(.editRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let riskID = try ctx.id(.risk)
            let pairs = try await reader.formPairs(req)
            let version = Self.formVersion(pairs)
            var values: [String: String] = [:]
            for (k, v) in pairs where k != "task_ids" { values[k] = v }
            let chosen = pairs.filter { $0.0 == "task_ids" }.map(\.1)
            do {
                _ = try await services.risks.update(ctx.caller, project: id, riskID, Self.taskSelectInput(pairs), expectedVersion: version)
                return WebResponse.redirect("/projects/\(id)/risks", flash: "saved")
            } catch KeelError.validation(let errors) {
                let html = try await editPage(req, ctx, id, riskID, errors: errors, values: values, chosen: chosen, stale: false)
                return page(html, req, status: .unprocessableContent)
            } catch KeelError.versionMismatch {
                let html = try await editPage(req, ctx, id, riskID, errors: [], values: values, chosen: chosen, stale: true)
                return page(html, req, status: .conflict)
            }
        }
        router.post(RouterPath(base + "/{riskID}/actions"), .action(.editRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let riskID = try ctx.id(.risk)
            return try await submit(req, ctx, success: "/projects/\(id)/risks/\(riskID)/edit#actions") { input, _, _ in
                _ = try await services.risks.createAction(ctx.caller, project: id, risk: riskID, input)
            } rerender: { errors, values, _ in
                try await editPage(
                    req,
                    ctx,
                    id,
                    riskID,
                    errors: [],
                    values: nil,
                    chosen: nil,
                    stale: false,
                    actionForm: FormKit(view(req, ctx), errors: errors, values: values ?? [:])
                )
            }
        }
        router.post(RouterPath(base + "/{riskID}/actions/{actionID}"), .action(.editRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let riskID = try ctx.id(.risk)
            let actionID = try ctx.id(.action)
            return try await submit(req, ctx, success: "/projects/\(id)/risks/\(riskID)/edit#actions") { input, version, _ in
                _ = try await services.risks.updateAction(ctx.caller, project: id, risk: riskID, actionID, input, expectedVersion: version)
            } rerender: { errors, values, stale in
                // A row's problems are shown on the add form, with the row's values, so they can be corrected.
                let html = try await editPage(
                    req,
                    ctx,
                    id,
                    riskID,
                    errors: [],
                    values: nil,
                    chosen: nil,
                    stale: false,
                    actionForm: FormKit(view(req, ctx), errors: errors, values: values ?? [:])
                )
                return stale ? try await editPage(req, ctx, id, riskID, errors: [], values: nil, chosen: nil, stale: true) : html
            }
        }
        router.post(RouterPath(base + "/{riskID}/actions/{actionID}/delete"), .action(.editRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let riskID = try ctx.id(.risk)
            let actionID = try ctx.id(.action)
            let pairs = try await reader.formPairs(req)
            let version = Self.formVersion(pairs)
            try await services.risks.deleteAction(ctx.caller, project: id, risk: riskID, actionID, expectedVersion: version)
            return WebResponse.redirect("/projects/\(id)/risks/\(riskID)/edit#actions", flash: "deleted")
        }
        router.post(RouterPath(base + "/{riskID}/approve-acceptance"), .action(.approveRiskAcceptance)) { req, ctx in
            let id = try ctx.id(.project)
            let riskID = try ctx.id(.risk)
            let pairs = try await reader.formPairs(req)
            let version = Self.formVersion(pairs)
            _ = try await services.risks.approveAcceptance(ctx.caller, project: id, riskID, expectedVersion: version)
            return WebResponse.redirect("/projects/\(id)/risks/\(riskID)/edit", flash: "saved")
        }
        router.post(RouterPath(base + "/{riskID}/delete"), .action(.editRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let riskID = try ctx.id(.risk)
            let pairs = try await reader.formPairs(req)
            let version = Self.formVersion(pairs)
            try await services.risks.delete(ctx.caller, project: id, riskID, expectedVersion: version)
            return WebResponse.redirect("/projects/\(id)/risks", flash: "deleted")
        }
    }
}
