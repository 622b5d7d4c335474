import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation
import KeelStore

/// `/projects/{projectID}/issues…` and `/risks/{riskID}/issue`: the issue log as plain forms (303 on
/// success, the page again with the messages on bad input).
extension WebPages {
    func registerIssues(on router: Routes) {
        let services = self.services
        let base = "/projects/{projectID}/issues"
        @Sendable func today() -> Day { services.today }

        @Sendable func listPage(_ req: Request, _ ctx: Context, _ id: ID<Project>, form: FormKit? = nil) async throws -> HTML {
            let v = view(req, ctx)
            let issues = try await services.issues.list(ctx.caller, project: id)
            let risks = Dictionary(uniqueKeysWithValues: try await services.risks.list(ctx.caller, project: id).map { ($0.id, $0) })
            return IssueViews.list(
                v,
                project: try await services.projects.get(ctx.caller, id),
                issues: issues,
                risks: risks,
                form: form ?? FormKit(v, values: ["priority": "medium", "status": "open", "raised_on": today().iso]),
                canEdit: may(.editIssues, ctx),
                today: today()
            )
        }

        @Sendable func editPage(
            _ req: Request,
            _ ctx: Context,
            _ id: ID<Project>,
            _ issueID: ID<ProjectIssue>,
            form: FormKit? = nil
        ) async throws -> HTML {
            let v = view(req, ctx)
            let issue = try await services.issues.get(ctx.caller, project: id, issueID)
            let risk = try await issue.riskID.asyncMap { try? await services.risks.get(ctx.caller, project: id, $0) }
            return IssueViews.edit(
                v,
                project: try await services.projects.get(ctx.caller, id),
                issue: issue,
                risk: risk,
                form: form ?? FormKit(v, values: IssueViews.values(issue)),
                canEdit: may(.editIssues, ctx),
                today: today()
            )
        }

        router.get(RouterPath(base), .action(.viewProject)) { req, ctx in page(try await listPage(req, ctx, try ctx.id(.project)), req) }
        router.post(RouterPath(base), .action(.editIssues)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/issues") { input, _, _ in
                _ = try await services.issues.create(ctx.caller, project: id, input)
            } form: { f in
                try await listPage(req, ctx, id, form: f)
            }
        }
        router.get(RouterPath(base + "/{issueID}"), .action(.viewProject)) { req, ctx in
            page(try await editPage(req, ctx, try ctx.id(.project), try ctx.id(.issue)), req)
        }
        router.post(RouterPath(base + "/{issueID}"), .action(.editIssues)) { req, ctx in
            let id = try ctx.id(.project)
            let issue = try ctx.id(.issue)
            return try await submit(req, ctx, success: "/projects/\(id)/issues/\(issue)") { input, version, _ in
                _ = try await services.issues.update(ctx.caller, project: id, issue, input, expectedVersion: version)
            } form: { f in
                try await editPage(req, ctx, id, issue, form: f)
            }
        }
        router.post(RouterPath(base + "/{issueID}/delete"), .action(.editIssues)) { req, ctx in
            let id = try ctx.id(.project)
            let version = Self.formVersion(try await reader.formPairs(req))
            try await services.issues.delete(ctx.caller, project: id, try ctx.id(.issue), expectedVersion: version)
            return WebResponse.redirect("/projects/\(id)/issues", flash: "deleted")
        }
        router.post(RouterPath("/projects/{projectID}/risks/{riskID}/issue"), .action(.editIssues)) { req, ctx in
            let id = try ctx.id(.project)
            _ = try await reader.formPairs(req)
            let issue = try await services.issues.raise(ctx.caller, project: id, fromRisk: try ctx.id(.risk))
            return WebResponse.redirect("/projects/\(id)/issues/\(issue.id)", flash: "saved")
        }
    }
}
