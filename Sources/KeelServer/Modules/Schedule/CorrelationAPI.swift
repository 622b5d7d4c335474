import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelStore

/// `/api/v1/projects/{projectID}/correlation-groups…`: groups of tasks whose durations the risk
/// analysis draws together.
struct CorrelationAPI {
    let services: KeelServices
    let reader: RequestReader

    typealias Context = AppRequestContext

    struct GroupBody: Encodable {
        let id: String
        let name: String
        let coefficient: Double
        /// The rank correlation each pair of the group shows in the simulation.
        let rankCorrelation: Double
        let taskIds: [String]
        let version: Int64
        init(_ g: CorrelationGroup) {
            id = g.id.description
            name = g.name
            coefficient = Double(g.coefficient) / 100
            rankCorrelation = (g.rankCorrelation * 1_000).rounded() / 1_000
            taskIds = g.taskIDs.map(\.description)
            version = g.version
        }
    }

    func register(on router: Routes) {
        let api = router.group("/api/v1/projects/{projectID}")
        let services = self.services
        let reader = self.reader

        api.get("/correlation-groups", .action(.viewProject)) { _, ctx in
            try API.json(API.ListBody(items: try await services.correlations.list(ctx.caller, project: try ctx.id(.project)).map(GroupBody.init)))
        }
        api.post("/correlation-groups", .action(.editRisks)) { req, ctx in
            let id = try ctx.id(.project)
            let g = try await services.correlations.create(ctx.caller, project: id, try await reader.json(req))
            return try API.json(
                GroupBody(g),
                status: .created,
                version: g.version,
                location: "/api/v1/projects/\(id)/correlation-groups/\(g.id)"
            )
        }
        api.get("/correlation-groups/{groupID}", .action(.viewProject)) { _, ctx in
            let g = try await services.correlations.get(ctx.caller, project: try ctx.id(.project), try ctx.id(.group))
            return try API.json(GroupBody(g), version: g.version)
        }
        api.patch("/correlation-groups/{groupID}", .action(.editRisks)) { req, ctx in
            let g = try await services.correlations.update(
                ctx.caller,
                project: try ctx.id(.project),
                try ctx.id(.group),
                try await reader.json(req),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return try API.json(GroupBody(g), version: g.version)
        }
        api.delete("/correlation-groups/{groupID}", .action(.editRisks)) { req, ctx in
            try await services.correlations.delete(
                ctx.caller,
                project: try ctx.id(.project),
                try ctx.id(.group),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return Response(status: .noContent)
        }
    }
}
