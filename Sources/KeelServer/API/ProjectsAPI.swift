import Hummingbird
import KeelApp
import KeelCore
import KeelStore

/// `/api/v1/projects…`: the charter module's JSON API. Handlers only translate HTTP to use cases.
struct ProjectsAPI {
    let services: KeelServices
    let reader: RequestReader

    typealias Context = AppRequestContext

    func register(on router: Router<Context>) {
        let api = router.group("/api/v1")
        api.get("/projects", use: listProjects)
        api.post("/projects", use: createProject)
        api.get("/projects/{projectID}", use: getProject)
        api.patch("/projects/{projectID}", use: updateProject)
        api.delete("/projects/{projectID}", use: deleteProject)
        api.get("/projects/{projectID}/overview", use: overview)
        api.get("/projects/{projectID}/audit", use: audit)

        api.get("/projects/{projectID}/objectives") { req, ctx in
            let pid = try reader.id(ctx, "projectID", "project", as: Project.self)
            return try Resources.json(Resources.ListBody(items: try await services.objectives.list(ctx.caller, project: pid).map(Resources.ObjectiveBody.init)))
        }
        api.post("/projects/{projectID}/objectives") { req, ctx in
            let pid = try reader.id(ctx, "projectID", "project", as: Project.self)
            let o = try await services.objectives.create(ctx.caller, project: pid, try await reader.json(req))
            return try Resources.json(
                Resources.ObjectiveBody(o), status: .created, version: o.version, location: "/api/v1/projects/\(pid)/objectives/\(o.id)")
        }
        api.get("/projects/{projectID}/objectives/{objectiveID}") { req, ctx in
            let (pid, oid) = (try reader.id(ctx, "projectID", "project", as: Project.self), try reader.id(ctx, "objectiveID", "objective", as: Objective.self))
            let o = try await services.objectives.get(ctx.caller, project: pid, oid)
            return try Resources.json(Resources.ObjectiveBody(o), version: o.version)
        }
        api.patch("/projects/{projectID}/objectives/{objectiveID}") { req, ctx in
            let (pid, oid) = (try reader.id(ctx, "projectID", "project", as: Project.self), try reader.id(ctx, "objectiveID", "objective", as: Objective.self))
            let o = try await services.objectives.update(ctx.caller, project: pid, oid, try await reader.json(req), expectedVersion: try reader.ifMatch(req))
            return try Resources.json(Resources.ObjectiveBody(o), version: o.version)
        }
        api.delete("/projects/{projectID}/objectives/{objectiveID}") { req, ctx in
            let (pid, oid) = (try reader.id(ctx, "projectID", "project", as: Project.self), try reader.id(ctx, "objectiveID", "objective", as: Objective.self))
            try await services.objectives.delete(ctx.caller, project: pid, oid, expectedVersion: try reader.ifMatch(req))
            return Response(status: .noContent)
        }

        api.get("/projects/{projectID}/stakeholders") { req, ctx in
            let pid = try reader.id(ctx, "projectID", "project", as: Project.self)
            return try Resources.json(
                Resources.ListBody(items: try await services.stakeholders.list(ctx.caller, project: pid).map(Resources.StakeholderBody.init)))
        }
        api.post("/projects/{projectID}/stakeholders") { req, ctx in
            let pid = try reader.id(ctx, "projectID", "project", as: Project.self)
            let s = try await services.stakeholders.create(ctx.caller, project: pid, try await reader.json(req))
            return try Resources.json(
                Resources.StakeholderBody(s), status: .created, version: s.version, location: "/api/v1/projects/\(pid)/stakeholders/\(s.id)")
        }
        api.get("/projects/{projectID}/stakeholders/{stakeholderID}") { req, ctx in
            let (pid, sid) = (try reader.id(ctx, "projectID", "project", as: Project.self), try reader.id(ctx, "stakeholderID", "stakeholder", as: Stakeholder.self))
            let s = try await services.stakeholders.get(ctx.caller, project: pid, sid)
            return try Resources.json(Resources.StakeholderBody(s), version: s.version)
        }
        api.patch("/projects/{projectID}/stakeholders/{stakeholderID}") { req, ctx in
            let (pid, sid) = (try reader.id(ctx, "projectID", "project", as: Project.self), try reader.id(ctx, "stakeholderID", "stakeholder", as: Stakeholder.self))
            let s = try await services.stakeholders.update(ctx.caller, project: pid, sid, try await reader.json(req), expectedVersion: try reader.ifMatch(req))
            return try Resources.json(Resources.StakeholderBody(s), version: s.version)
        }
        api.delete("/projects/{projectID}/stakeholders/{stakeholderID}") { req, ctx in
            let (pid, sid) = (try reader.id(ctx, "projectID", "project", as: Project.self), try reader.id(ctx, "stakeholderID", "stakeholder", as: Stakeholder.self))
            try await services.stakeholders.delete(ctx.caller, project: pid, sid, expectedVersion: try reader.ifMatch(req))
            return Response(status: .noContent)
        }

        api.get("/projects/{projectID}/phases") { req, ctx in
            let pid = try reader.id(ctx, "projectID", "project", as: Project.self)
            return try Resources.json(Resources.ListBody(items: try await services.lifecycle.phases(ctx.caller, project: pid).map(Resources.PhaseBody.init)))
        }
        api.post("/projects/{projectID}/phases") { req, ctx in
            let pid = try reader.id(ctx, "projectID", "project", as: Project.self)
            let p = try await services.lifecycle.createPhase(ctx.caller, project: pid, try await reader.json(req))
            return try Resources.json(Resources.PhaseBody(p), status: .created, version: p.version, location: "/api/v1/projects/\(pid)/phases/\(p.id)")
        }
        api.get("/projects/{projectID}/phases/{phaseID}") { req, ctx in
            let (pid, phid) = (try reader.id(ctx, "projectID", "project", as: Project.self), try reader.id(ctx, "phaseID", "phase", as: Phase.self))
            let p = try await services.lifecycle.phase(ctx.caller, project: pid, phid)
            return try Resources.json(Resources.PhaseBody(p), version: p.version)
        }
        api.patch("/projects/{projectID}/phases/{phaseID}") { req, ctx in
            let (pid, phid) = (try reader.id(ctx, "projectID", "project", as: Project.self), try reader.id(ctx, "phaseID", "phase", as: Phase.self))
            let p = try await services.lifecycle.updatePhase(ctx.caller, project: pid, phid, try await reader.json(req), expectedVersion: try reader.ifMatch(req))
            return try Resources.json(Resources.PhaseBody(p), version: p.version)
        }
        api.delete("/projects/{projectID}/phases/{phaseID}") { req, ctx in
            let (pid, phid) = (try reader.id(ctx, "projectID", "project", as: Project.self), try reader.id(ctx, "phaseID", "phase", as: Phase.self))
            try await services.lifecycle.deletePhase(ctx.caller, project: pid, phid, expectedVersion: try reader.ifMatch(req))
            return Response(status: .noContent)
        }
        api.post("/projects/{projectID}/phases/{phaseID}/gate-reviews") { req, ctx in
            let (pid, phid) = (try reader.id(ctx, "projectID", "project", as: Project.self), try reader.id(ctx, "phaseID", "phase", as: Phase.self))
            let g = try await services.lifecycle.createReview(ctx.caller, project: pid, phase: phid, try await reader.json(req))
            return try Resources.json(
                Resources.GateReviewBody(g), status: .created, version: g.version, location: "/api/v1/projects/\(pid)/gate-reviews/\(g.id)")
        }
        api.get("/projects/{projectID}/gate-reviews") { req, ctx in
            let pid = try reader.id(ctx, "projectID", "project", as: Project.self)
            return try Resources.json(
                Resources.ListBody(items: try await services.lifecycle.reviews(ctx.caller, project: pid).map(Resources.GateReviewBody.init)))
        }
        api.get("/projects/{projectID}/gate-reviews/{reviewID}") { req, ctx in
            let (pid, rid) = (try reader.id(ctx, "projectID", "project", as: Project.self), try reader.id(ctx, "reviewID", "gate_review", as: GateReview.self))
            let g = try await services.lifecycle.review(ctx.caller, project: pid, rid)
            return try Resources.json(Resources.GateReviewBody(g), version: g.version)
        }
        api.patch("/projects/{projectID}/gate-reviews/{reviewID}") { req, ctx in
            let (pid, rid) = (try reader.id(ctx, "projectID", "project", as: Project.self), try reader.id(ctx, "reviewID", "gate_review", as: GateReview.self))
            let g = try await services.lifecycle.updateReview(ctx.caller, project: pid, rid, try await reader.json(req), expectedVersion: try reader.ifMatch(req))
            return try Resources.json(Resources.GateReviewBody(g), version: g.version)
        }
        api.delete("/projects/{projectID}/gate-reviews/{reviewID}") { req, ctx in
            let (pid, rid) = (try reader.id(ctx, "projectID", "project", as: Project.self), try reader.id(ctx, "reviewID", "gate_review", as: GateReview.self))
            try await services.lifecycle.deleteReview(ctx.caller, project: pid, rid, expectedVersion: try reader.ifMatch(req))
            return Response(status: .noContent)
        }
    }

    @Sendable func listProjects(_ request: Request, _ context: Context) async throws -> Response {
        let query = try PortfolioQueryParser.parse(request.uri.queryParameters)
        let page = try await services.projects.list(context.caller, query)
        return try Resources.json(
            Resources.PageBody(items: page.items.map(Resources.ProjectSummaryBody.init), page: page.page, perPage: page.perPage, total: page.total))
    }

    @Sendable func createProject(_ request: Request, _ context: Context) async throws -> Response {
        let p = try await services.projects.create(context.caller, try await reader.json(request))
        return try Resources.json(Resources.ProjectBody(p), status: .created, version: p.version, location: "/api/v1/projects/\(p.id)")
    }

    @Sendable func getProject(_ request: Request, _ context: Context) async throws -> Response {
        let p = try await services.projects.get(context.caller, try reader.id(context, "projectID", "project"))
        return try Resources.json(Resources.ProjectBody(p), version: p.version)
    }

    @Sendable func updateProject(_ request: Request, _ context: Context) async throws -> Response {
        let id: ID<Project> = try reader.id(context, "projectID", "project")
        let p = try await services.projects.update(context.caller, id, try await reader.json(request), expectedVersion: try reader.ifMatch(request))
        return try Resources.json(Resources.ProjectBody(p), version: p.version)
    }

    @Sendable func deleteProject(_ request: Request, _ context: Context) async throws -> Response {
        try await services.projects.delete(context.caller, try reader.id(context, "projectID", "project"), expectedVersion: try reader.ifMatch(request))
        return Response(status: .noContent)
    }

    @Sendable func overview(_ request: Request, _ context: Context) async throws -> Response {
        let o = try await services.projects.overview(context.caller, try reader.id(context, "projectID", "project"))
        return try Resources.json(
            Resources.OverviewBody(
                project: .init(o.project), objectives: o.objectives.map(Resources.ObjectiveBody.init),
                stakeholders: o.stakeholders.map(Resources.StakeholderBody.init), phases: o.phases.map(Resources.PhaseBody.init),
                gateReviews: o.gateReviews.map(Resources.GateReviewBody.init), currentPhaseId: o.currentPhase?.id.description),
            version: o.project.version)
    }

    @Sendable func audit(_ request: Request, _ context: Context) async throws -> Response {
        let pid: ID<Project> = try reader.id(context, "projectID", "project")
        let limit = min(500, max(1, request.uri.queryParameters.get("limit").flatMap { Int($0) } ?? 100))
        let events = try await services.auditEvents(context.caller, project: pid, limit: limit)
        return try Resources.json(
            Resources.ListBody(
                items: events.map {
                    Resources.AuditBody(
                        seq: $0.seq, occurredAt: $0.occurredAt, actor: $0.actor, requestId: $0.requestID, action: $0.action,
                        objectType: $0.objectType, objectId: $0.objectID, projectId: $0.projectID,
                        changes: $0.changes.mapValues { .init(before: $0.before, after: $0.after) })
                }))
    }
}

/// Reads portfolio filters from a query string, for the API and the HTML page alike.
enum PortfolioQueryParser {
    static func parse(_ q: Parameters) throws(KeelError) -> PortfolioQuery {
        var errors = FieldErrors()
        var query = PortfolioQuery()
        if let s = q.get("status"), !s.isEmpty {
            if let st = ProjectStatus(rawValue: s) { query.status = st } else {
                errors.add("status", .invalidChoice, ["choices": ProjectStatus.allCases.map(\.rawValue).joined(separator: ", ")])
            }
        }
        if let s = q.get("sponsor"), !s.isEmpty { query.sponsor = s }
        if let s = q.get("q"), !s.isEmpty { query.search = String(s.prefix(100)) }
        if let s = q.get("sort"), !s.isEmpty {
            if let so = PortfolioQuery.Sort(rawValue: s) { query.sort = so } else {
                errors.add("sort", .invalidChoice, ["choices": PortfolioQuery.Sort.allCases.map(\.rawValue).joined(separator: ", ")])
            }
        }
        if let s = q.get("desc") { query.descending = s == "1" || s == "true" }
        if let s = q.get("page") {
            if let n = Int(s), n >= 1, n <= 1_000_000 { query.page = n } else { errors.add("page", .outOfRange, ["min": "1", "max": "1000000"]) }
        }
        if let s = q.get("per_page") {
            if let n = Int(s), n >= 1, n <= PortfolioQuery.maxPerPage { query.perPage = n } else {
                errors.add("per_page", .outOfRange, ["min": "1", "max": String(PortfolioQuery.maxPerPage)])
            }
        }
        try errors.throwIfAny()
        return query
    }
}
