import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation
import KeelStore

/// `/projects/{projectID}/schedule/simulation/correlations…`: groups of tasks with correlated
/// durations, as plain forms (303 on success, the page again with the messages on bad input).
extension WebPages {
    func registerCorrelations(on router: Routes) {
        let services = self.services
        let base = "/projects/{projectID}/schedule/simulation/correlations"

        @Sendable func listPage(
            _ req: Request,
            _ ctx: Context,
            _ id: ID<Project>,
            form: FormKit? = nil,
            chosen: Set<String> = []
        ) async throws -> HTML {
            let v = view(req, ctx)
            return CorrelationViews.list(
                v,
                project: try await services.projects.get(ctx.caller, id),
                plan: try await services.schedule.view(ctx.caller, project: id).plan,
                groups: try await services.correlations.list(ctx.caller, project: id),
                form: form ?? FormKit(v, values: ["coefficient": "0.50"]),
                chosen: chosen,
                canEdit: may(.editRisks, ctx)
            )
        }

        @Sendable func editPage(
            _ req: Request,
            _ ctx: Context,
            _ id: ID<Project>,
            _ groupID: ID<CorrelationGroup>,
            form: FormKit? = nil,
            chosen: Set<String>? = nil,
            stale: Bool = false
        ) async throws -> HTML {
            let v = view(req, ctx)
            let group = try await services.correlations.get(ctx.caller, project: id, groupID)
            return CorrelationViews.edit(
                v,
                project: try await services.projects.get(ctx.caller, id),
                plan: try await services.schedule.view(ctx.caller, project: id).plan,
                group: group,
                groups: try await services.correlations.list(ctx.caller, project: id),
                form: form ?? FormKit(v, values: CorrelationViews.values(group)),
                chosen: chosen ?? Set(group.taskIDs.map(\.description)),
                canEdit: may(.editRisks, ctx),
                stale: stale
            )
        }

        /// Saves through `action`; on bad input or a stale copy, the page again with what was sent.
        @Sendable func save(
            _ req: Request,
            _ ctx: Context,
            success: String,
            action: (Input, Int64?) async throws -> Void,
            again: (FormKit?, Set<String>, Bool) async throws -> HTML
        ) async throws -> Response {
            let pairs = try await reader.formPairs(req)
            var values: [String: String] = [:]
            for (k, v) in pairs where k != "task_ids" { values[k] = v }
            let chosen = Set(pairs.filter { $0.0 == "task_ids" }.map(\.1))
            do {
                try await action(Self.taskSelectInput(pairs), Self.formVersion(pairs))
                return WebResponse.redirect(success, flash: "saved")
            } catch KeelError.validation(let errors) {
                return page(
                    try await again(FormKit(view(req, ctx), errors: errors, values: values), chosen, false),
                    req,
                    status: .unprocessableContent
                )
            } catch KeelError.versionMismatch {
                return page(try await again(nil, chosen, true), req, status: .conflict)
            }
        }

        router.get(RouterPath(base), .action(.viewProject)) { req, ctx in page(try await listPage(req, ctx, try ctx.id(.project)), req) }
        router.post(RouterPath(base), .action(.editRisks)) { req, ctx in
            let id = try ctx.id(.project)
            return try await save(req, ctx, success: "/projects/\(id)/schedule/simulation/correlations") { input, _ in
                _ = try await services.correlations.create(ctx.caller, project: id, input)
            } again: { form, chosen, _ in
                try await listPage(req, ctx, id, form: form, chosen: chosen)
            }
        }
        router.get(RouterPath(base + "/{groupID}"), .action(.viewProject)) { req, ctx in
            page(try await editPage(req, ctx, try ctx.id(.project), try ctx.id(.group)), req)
        }
        router.post(RouterPath(base + "/{groupID}"), .action(.editRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let group = try ctx.id(.group)
            return try await save(req, ctx, success: "/projects/\(id)/schedule/simulation/correlations") { input, version in
                _ = try await services.correlations.update(ctx.caller, project: id, group, input, expectedVersion: version)
            } again: { form, chosen, stale in
                // A stale copy shows the stored group (and its tasks) with the note.
                try await editPage(req, ctx, id, group, form: form, chosen: stale ? nil : chosen, stale: stale)
            }
        }
        router.post(RouterPath(base + "/{groupID}/delete"), .action(.editRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let version = Self.formVersion(try await reader.formPairs(req))
            try await services.correlations.delete(ctx.caller, project: id, try ctx.id(.group), expectedVersion: version)
            return WebResponse.redirect("/projects/\(id)/schedule/simulation/correlations", flash: "deleted")
        }
    }
}
