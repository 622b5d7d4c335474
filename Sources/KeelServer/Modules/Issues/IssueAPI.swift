import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelStore

/// `/api/v1/projects/{projectID}/issues…` and `/risks/{riskID}/issue`: the issue log.
struct IssueAPI {
    let services: KeelServices
    let reader: RequestReader

    typealias Context = AppRequestContext

    struct IssueBody: Encodable {
        let id: String
        let number: Int
        let code: String
        let title: String
        let description: String
        let owner: String
        let priority: String
        let status: String
        let raisedOn: String
        let due: String?
        let resolvedOn: String?
        let resolution: String
        let riskId: String?
        let version: Int64
        init(_ i: ProjectIssue) {
            id = i.id.description
            number = i.number
            code = i.code
            title = i.title
            description = i.description
            owner = i.owner
            priority = i.priority.rawValue
            status = i.status.rawValue
            raisedOn = i.raisedOn.iso
            due = i.due?.iso
            resolvedOn = i.resolvedOn?.iso
            resolution = i.resolution
            riskId = i.riskID?.description
            version = i.version
        }
    }

    func register(on router: Routes) {
        let api = router.group("/api/v1/projects/{projectID}")
        let services = self.services
        let reader = self.reader

        api.get("/issues", .action(.viewProject)) { _, ctx in
            try API.json(API.ListBody(items: try await services.issues.list(ctx.caller, project: try ctx.id(.project)).map(IssueBody.init)))
        }
        api.post("/issues", .action(.editIssues)) { req, ctx in
            let id = try ctx.id(.project)
            let i = try await services.issues.create(ctx.caller, project: id, try await reader.json(req))
            return try API.json(IssueBody(i), status: .created, version: i.version, location: "/api/v1/projects/\(id)/issues/\(i.id)")
        }
        api.get("/issues/{issueID}", .action(.viewProject)) { _, ctx in
            let i = try await services.issues.get(ctx.caller, project: try ctx.id(.project), try ctx.id(.issue))
            return try API.json(IssueBody(i), version: i.version)
        }
        api.patch("/issues/{issueID}", .action(.editIssues)) { req, ctx in
            let i = try await services.issues.update(
                ctx.caller,
                project: try ctx.id(.project),
                try ctx.id(.issue),
                try await reader.json(req),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return try API.json(IssueBody(i), version: i.version)
        }
        api.delete("/issues/{issueID}", .action(.editIssues)) { req, ctx in
            try await services.issues.delete(
                ctx.caller,
                project: try ctx.id(.project),
                try ctx.id(.issue),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return Response(status: .noContent)
        }
        api.post("/risks/{riskID}/issue", .action(.editIssues)) { _, ctx in
            let id = try ctx.id(.project)
            let i = try await services.issues.raise(ctx.caller, project: id, fromRisk: try ctx.id(.risk))
            return try API.json(IssueBody(i), status: .created, version: i.version, location: "/api/v1/projects/\(id)/issues/\(i.id)")
        }
    }
}
