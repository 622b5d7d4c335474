import Hummingbird
import KeelApp
import KeelCore
import KeelStore

/// `/api/v1/projects…`: the charter module's JSON API. Handlers only translate HTTP to use cases.
struct ProjectsAPI {
    let services: KeelServices
    let reader: RequestReader

    typealias Context = AppRequestContext

    func register(on router: Routes) {
        let api = router.group("/api/v1")
        api.get("/projects", .action(.listProjects), use: listProjects)
        api.post("/projects", .action(.createProject), use: createProject)
        api.get("/projects/{projectID}", .action(.viewProject), use: getProject)
        api.patch("/projects/{projectID}", .action(.editCharter), use: updateProject)
        api.delete("/projects/{projectID}", .action(.deleteProject), use: deleteProject)
        api.get("/projects/{projectID}/overview", .action(.viewProject), use: overview)
        api.get("/projects/{projectID}/audit", .action(.viewAudit), use: audit)

        registerScoped(
            api,
            Objective.self,
            collection: "objectives",
            param: "objectiveID",
            encode: ProjectBodies.ObjectiveBody.init,
            create: services.objectives.create
        )
        registerScoped(
            api,
            Stakeholder.self,
            collection: "stakeholders",
            param: "stakeholderID",
            encode: ProjectBodies.StakeholderBody.init,
            create: services.stakeholders.create
        )
        registerScoped(
            api,
            Phase.self,
            collection: "phases",
            param: "phaseID",
            encode: ProjectBodies.PhaseBody.init,
            create: services.lifecycle.createPhase
        )
        // Reviews are created under their phase and listed for the whole project.
        registerScoped(api, GateReview.self, collection: "gate-reviews", param: "reviewID", encode: ProjectBodies.GateReviewBody.init, create: nil)
        // KPI tracking: an objective's measured values.
        @Sendable func ids(_ ctx: Context) throws -> (ID<Project>, ID<Objective>) {
            (try ctx.id(.project), try ctx.id(.objective))
        }
        api.get("/projects/{projectID}/objectives/{objectiveID}/measurements", .action(.viewProject)) { _, ctx in
            let (pid, oid) = try ids(ctx)
            let list = try await services.objectives.measurements(ctx.caller, project: pid, oid)
            let objective = try await services.objectives.get(ctx.caller, project: pid, oid)
            return try API.json(API.ListBody(items: list.map { MeasurementBody($0, objective.kpi) }))
        }
        api.post("/projects/{projectID}/objectives/{objectiveID}/measurements", .action(.editCharter)) { req, ctx in
            let (pid, oid) = try ids(ctx)
            let m = try await services.objectives.record(ctx.caller, project: pid, oid, try await reader.json(req))
            let objective = try await services.objectives.get(ctx.caller, project: pid, oid)
            return try API.json(
                MeasurementBody(m, objective.kpi),
                status: .created,
                location: "/api/v1/projects/\(pid)/objectives/\(oid)/measurements/\(m.id)"
            )
        }
        api.delete("/projects/{projectID}/objectives/{objectiveID}/measurements/{measurementID}", .action(.editCharter)) { _, ctx in
            let (pid, oid) = try ids(ctx)
            try await services.objectives.deleteMeasurement(ctx.caller, project: pid, oid, try ctx.id(.measurement))
            return Response(status: .noContent)
        }
        api.post("/projects/{projectID}/phases/{phaseID}/gate-reviews", .action(.editCharter)) { req, ctx in
            let (pid, phid) = (try ctx.id(.project), try ctx.id(.phase))
            let g = try await services.lifecycle.createReview(ctx.caller, project: pid, phase: phid, try await reader.json(req))
            return try API.json(
                ProjectBodies.GateReviewBody(g),
                status: .created,
                version: g.version,
                location: "/api/v1/projects/\(pid)/gate-reviews/\(g.id)"
            )
        }
    }

    /// The five routes of an object that lives in a project: list and create on the collection;
    /// read, change (If-Match) and delete on one item. Every call goes through the generic use-case steps.
    func registerScoped<T: ProjectScoped, Body: Encodable & Sendable>(
        _ api: Routes,
        _ type: T.Type,
        collection: String,
        param: String,
        encode: @escaping @Sendable (T) -> Body,
        create: (@Sendable (Caller, ID<Project>, Input) async throws -> T)?
    ) {
        let services = self.services
        let reader = self.reader
        let base = "/projects/{projectID}/\(collection)"
        let item = "\(base)/{\(param)}"
        @Sendable func ids(_ ctx: Context) throws -> (ID<Project>, ID<T>) {
            (try ctx.id(.project), try reader.id(ctx, param, T.resourceName))
        }
        api.get(RouterPath(base), .action(.viewProject)) { _, ctx in
            let pid: ID<Project> = try ctx.id(.project)
            return try API.json(API.ListBody(items: try await services.list(T.self, ctx.caller, project: pid).map(encode)))
        }
        if let create {
            api.post(RouterPath(base), .action(.editCharter)) { req, ctx in
                let pid: ID<Project> = try ctx.id(.project)
                let value = try await create(ctx.caller, pid, try await reader.json(req))
                return try API.json(
                    encode(value),
                    status: .created,
                    version: value.version,
                    location: "/api/v1/projects/\(pid)/\(collection)/\(value.id)"
                )
            }
        }
        api.get(RouterPath(item), .action(.viewProject)) { _, ctx in
            let (pid, id) = try ids(ctx)
            let value = try await services.get(T.self, ctx.caller, project: pid, id)
            return try API.json(encode(value), version: value.version)
        }
        api.patch(RouterPath(item), .action(.editCharter)) { req, ctx in
            let (pid, id) = try ids(ctx)
            let value: T = try await services.update(
                ctx.caller,
                project: pid,
                id,
                try await reader.json(req),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return try API.json(encode(value), version: value.version)
        }
        api.delete(RouterPath(item), .action(.editCharter)) { req, ctx in
            let (pid, id) = try ids(ctx)
            try await services.delete(T.self, ctx.caller, project: pid, id, expectedVersion: try reader.requireIfMatch(req))
            return Response(status: .noContent)
        }
    }

    @Sendable func listProjects(_ request: Request, _ context: Context) async throws -> Response {
        let query = try PortfolioQueryParser.parse(request.uri.queryParameters)
        let page = try await services.projects.list(context.caller, query)
        return try API.json(
            API.PageBody(items: page.items.map(ProjectBodies.ProjectSummaryBody.init), page: page.page, perPage: page.perPage, total: page.total)
        )
    }

    @Sendable func createProject(_ request: Request, _ context: Context) async throws -> Response {
        let p = try await services.projects.create(context.caller, try await reader.json(request))
        return try API.json(ProjectBodies.ProjectBody(p), status: .created, version: p.version, location: "/api/v1/projects/\(p.id)")
    }

    @Sendable func getProject(_ request: Request, _ context: Context) async throws -> Response {
        let p = try await services.projects.get(context.caller, try context.id(.project))
        return try API.json(ProjectBodies.ProjectBody(p), version: p.version)
    }

    @Sendable func updateProject(_ request: Request, _ context: Context) async throws -> Response {
        let id: ID<Project> = try context.id(.project)
        let p = try await services.projects.update(
            context.caller,
            id,
            try await reader.json(request),
            expectedVersion: try reader.requireIfMatch(request)
        )
        return try API.json(ProjectBodies.ProjectBody(p), version: p.version)
    }

    @Sendable func deleteProject(_ request: Request, _ context: Context) async throws -> Response {
        try await services.projects.delete(
            context.caller,
            try context.id(.project),
            expectedVersion: try reader.requireIfMatch(request)
        )
        return Response(status: .noContent)
    }

    @Sendable func overview(_ request: Request, _ context: Context) async throws -> Response {
        let o = try await services.projects.overview(context.caller, try context.id(.project))
        return try API.json(
            ProjectBodies.OverviewBody(
                project: .init(o.project),
                objectives: o.objectives.map(ProjectBodies.ObjectiveBody.init),
                stakeholders: o.stakeholders.map(ProjectBodies.StakeholderBody.init),
                phases: o.phases.map(ProjectBodies.PhaseBody.init),
                gateReviews: o.gateReviews.map(ProjectBodies.GateReviewBody.init),
                currentPhaseId: o.currentPhase?.id.description
            ),
            version: o.project.version
        )
    }

    @Sendable func audit(_ request: Request, _ context: Context) async throws -> Response {
        let pid: ID<Project> = try context.id(.project)
        let events = try await services.auditEvents(context.caller, try AuditFilterParser.parse(request.uri.queryParameters, project: pid))
        return try API.json(
            API.ListBody(
                items: events.map {
                    ProjectBodies.AuditBody(
                        seq: $0.seq,
                        occurredAt: $0.occurredAt,
                        actor: $0.actor,
                        requestId: $0.requestID,
                        action: $0.action,
                        objectType: $0.objectType,
                        objectId: $0.objectID,
                        projectId: $0.projectID,
                        changes: $0.changes.mapValues { .init(before: $0.before, after: $0.after) },
                        prevHash: $0.prevHash,
                        hash: $0.hash
                    )
                }
            )
        )
    }
}

/// Reads portfolio filters from a query string, for the API and the HTML page alike.
enum PortfolioQueryParser {
    static func parse(_ q: Parameters) throws(KeelError) -> PortfolioQuery {
        var errors = FieldErrors()
        var query = PortfolioQuery()
        if let s = q.get("status"), !s.isEmpty {
            if let st = ProjectStatus(rawValue: s) {
                query.status = st
            } else {
                errors.add("status", .invalidChoice, ["choices": ProjectStatus.allCases.map(\.rawValue).joined(separator: ", ")])
            }
        }
        if let s = q.get("sponsor"), !s.isEmpty { query.sponsor = s }
        if let s = q.get("health"), !s.isEmpty {
            if let r = RAG(rawValue: s) {
                query.health = r
            } else {
                errors.add("health", .invalidChoice, ["choices": RAG.allCases.map(\.rawValue).joined(separator: ", ")])
            }
        }
        if let s = q.get("q"), !s.isEmpty { query.search = String(s.prefix(100)) }
        if let s = q.get("sort"), !s.isEmpty {
            if let so = PortfolioQuery.Sort(rawValue: s) {
                query.sort = so
            } else {
                errors.add("sort", .invalidChoice, ["choices": PortfolioQuery.Sort.allCases.map(\.rawValue).joined(separator: ", ")])
            }
        }
        if let s = q.get("desc") {
            switch s {
            case "1", "true": query.descending = true
            case "", "0", "false": query.descending = false
            default: errors.add("desc", .invalidChoice, ["choices": "1, true, 0, false"])
            }
        }
        if let s = q.get("page") {
            if let n = Int(s), n >= 1, n <= 1_000_000 { query.page = n } else { errors.add("page", .outOfRange, ["min": "1", "max": "1000000"]) }
        }
        if let s = q.get("per_page") {
            if let n = Int(s), n >= 1, n <= PortfolioQuery.maxPerPage {
                query.perPage = n
            } else {
                errors.add("per_page", .outOfRange, ["min": "1", "max": String(PortfolioQuery.maxPerPage)])
            }
        }
        try errors.throwIfAny()
        return query
    }
}

/// A KPI's measured value with the traffic light it gives against the objective's thresholds.
struct MeasurementBody: Encodable {
    let id: String
    let objectiveId: String
    let measuredOn: String
    let value: Double
    let note: String
    let status: String

    init(_ m: KPIMeasurement, _ kpi: KPI) {
        id = m.id.description
        objectiveId = m.objectiveID.description
        measuredOn = m.measuredOn.iso
        value = m.value
        note = m.note
        status = kpi.status(of: m.value).rawValue
    }
}
