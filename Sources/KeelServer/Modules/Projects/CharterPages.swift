import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation

extension WebPages {
    /// Objectives, stakeholders, phases and gate reviews: the list pages, then the shared
    /// create / edit / update / delete routes of each.
    func registerCharterModules(on router: Routes) {
        let services = self.services
        @Sendable func project(_ ctx: Context, _ pid: ID<Project>) async throws -> Project { try await services.projects.get(ctx.caller, pid) }
        let objectiveDefaults = ["direction": KPIDirection.higherIsBetter.rawValue]
        let stakeholderDefaults = [
            "kind": "team_member", "influence": "3", "interest": "3", "current_engagement": "neutral", "desired_engagement": "supportive",
        ]

        @Sendable func objectivesPage(_ v: ViewContext, _ ctx: Context, _ pid: ID<Project>, _ form: FormKit?) async throws -> HTML {
            ObjectiveViews.list(
                v,
                project: try await project(ctx, pid),
                objectives: try await services.objectives.list(ctx.caller, project: pid),
                form: form ?? FormKit(v, values: objectiveDefaults),
                measurements: try await services.objectives.allMeasurements(ctx.caller, project: pid)
            )
        }
        @Sendable func measurementsPage(
            _ req: Request,
            _ ctx: Context,
            _ pid: ID<Project>,
            _ oid: ID<Objective>,
            form: FormKit? = nil
        ) async throws -> HTML {
            let v = view(req, ctx)
            let canEdit = may(.editCharter, ctx)
            return ObjectiveViews.measurementsPage(
                v,
                project: try await project(ctx, pid),
                objective: try await services.objectives.get(ctx.caller, project: pid, oid),
                try await services.objectives.measurements(ctx.caller, project: pid, oid),
                form: form,
                canEdit: canEdit
            )
        }
        let measurements = "/projects/{projectID}/objectives/{objectiveID}/measurements"
        router.get(RouterPath(measurements), .action(.viewProject)) { req, ctx in
            page(try await measurementsPage(req, ctx, try ctx.id(.project), try ctx.id(.objective)), req)
        }
        router.post(RouterPath(measurements), .action(.editCharter)) { req, ctx in
            let pid: ID<Project> = try ctx.id(.project)
            let objective = try ctx.id(.objective)
            return try await submit(req, ctx, success: "/projects/\(pid)/objectives/\(objective)/measurements") { input, _, _ in
                _ = try await services.objectives.record(ctx.caller, project: pid, objective, input)
            } form: { f in
                try await measurementsPage(req, ctx, pid, objective, form: f)
            }
        }
        router.post(RouterPath(measurements + "/{measurementID}/delete"), .action(.editCharter)) { req, ctx in
            let pid: ID<Project> = try ctx.id(.project)
            let objective = try ctx.id(.objective)
            _ = try await reader.formPairs(req)
            try await services.objectives.deleteMeasurement(
                ctx.caller,
                project: pid,
                objective,
                try ctx.id(.measurement)
            )
            return WebResponse.redirect("/projects/\(pid)/objectives/\(objective)/measurements", flash: "deleted")
        }
        @Sendable func stakeholdersPage(_ v: ViewContext, _ ctx: Context, _ pid: ID<Project>, _ form: FormKit?) async throws -> HTML {
            StakeholderViews.list(
                v,
                project: try await project(ctx, pid),
                stakeholders: try await services.stakeholders.list(ctx.caller, project: pid),
                form: form ?? FormKit(v, values: stakeholderDefaults),
                canEdit: may(Stakeholder.editAction, ctx)
            )
        }
        @Sendable func lifecyclePage(
            _ v: ViewContext,
            _ ctx: Context,
            _ pid: ID<Project>,
            phaseForm: FormKit?,
            reviewForm: FormKit?
        ) async throws
            -> HTML
        {
            let o = try await services.projects.overview(ctx.caller, pid)
            return PhaseViews.list(
                v,
                project: o.project,
                phases: o.phases,
                reviews: o.gateReviews,
                phaseForm: phaseForm ?? FormKit(v, values: ["kind": "custom"]),
                reviewForm: reviewForm ?? FormKit(v, values: ["_phase": o.currentPhase?.id.description ?? ""])
            )
        }

        router.get("/projects/{projectID}/objectives", .action(.viewProject)) { req, ctx in
            page(try await objectivesPage(view(req, ctx), ctx, try ctx.id(.project), nil), req)
        }
        router.get("/projects/{projectID}/stakeholders", .action(.viewProject)) { req, ctx in
            page(try await stakeholdersPage(view(req, ctx), ctx, try ctx.id(.project), nil), req)
        }
        router.get("/projects/{projectID}/lifecycle", .action(.viewProject)) { req, ctx in
            page(try await lifecyclePage(view(req, ctx), ctx, try ctx.id(.project), phaseForm: nil, reviewForm: nil), req)
        }

        registerScoped(
            router,
            Objective.self,
            collection: "objectives",
            param: "objectiveID",
            back: "objectives",
            values: ObjectiveViews.values,
            listPage: objectivesPage,
            editPage: { v, p, o, form, stale in ObjectiveViews.edit(v, project: p, objective: o, form: form, stale: stale) },
            create: { caller, pid, input, _ in _ = try await services.objectives.create(caller, project: pid, input) }
        )
        registerScoped(
            router,
            Stakeholder.self,
            collection: "stakeholders",
            param: "stakeholderID",
            back: "stakeholders",
            values: StakeholderViews.values,
            listPage: stakeholdersPage,
            editPage: { v, p, s, form, stale in StakeholderViews.edit(v, project: p, stakeholder: s, form: form, stale: stale) },
            create: { caller, pid, input, _ in _ = try await services.stakeholders.create(caller, project: pid, input) }
        )
        registerScoped(
            router,
            Phase.self,
            collection: "phases",
            param: "phaseID",
            back: "lifecycle",
            values: PhaseViews.values,
            listPage: { v, ctx, pid, form in try await lifecyclePage(v, ctx, pid, phaseForm: form, reviewForm: nil) },
            editPage: { v, p, ph, form, stale in PhaseViews.editPhase(v, project: p, phase: ph, form: form, stale: stale) },
            create: { caller, pid, input, _ in _ = try await services.lifecycle.createPhase(caller, project: pid, input) }
        )
        registerScoped(
            router,
            GateReview.self,
            collection: "gate-reviews",
            param: "reviewID",
            back: "lifecycle",
            values: PhaseViews.reviewValues,
            listPage: { v, ctx, pid, form in try await lifecyclePage(v, ctx, pid, phaseForm: nil, reviewForm: form) },
            editPage: { v, p, g, form, stale in PhaseViews.editReview(v, project: p, review: g, form: form, stale: stale) },
            create: { caller, pid, input, pairs in
                // The form names the phase in `_phase`; the API has it in the path.
                let phase = ID<Phase>(pairs.first { $0.0 == "_phase" }?.1 ?? "")
                _ = try await services.lifecycle.createReview(caller, project: pid, phase: phase, input)
            }
        )
    }

    /// Create (POST collection), edit form (GET item/edit), update (POST item) and delete
    /// (POST item/delete) for an object that lives in a project. Failed creates re-render the list
    /// page with the errors beside the add form; failed edits re-render the edit page.
    func registerScoped<T: ProjectScoped>(
        _ router: Routes,
        _ type: T.Type,
        collection: String,
        param: String,
        back: String,
        values: @escaping @Sendable (T) -> [String: String],
        listPage: @escaping @Sendable (ViewContext, Context, ID<Project>, FormKit?) async throws -> HTML,
        editPage: @escaping @Sendable (ViewContext, Project, T, FormKit, Bool) -> HTML,
        create: @escaping @Sendable (Caller, ID<Project>, Input, [(String, String)]) async throws -> Void
    ) {
        let services = self.services
        let base = "/projects/{projectID}/\(collection)"
        let item = "\(base)/{\(param)}"
        @Sendable func ids(_ ctx: Context) throws -> (ID<Project>, ID<T>) {
            (try ctx.id(.project), try reader.id(ctx, param, T.resourceName))
        }
        @Sendable func edit(
            _ v: ViewContext,
            _ ctx: Context,
            _ pid: ID<Project>,
            _ id: ID<T>,
            _ errors: [FieldError],
            _ typed: [String: String]?,
            _ stale: Bool
        )
            async throws -> HTML
        {
            let value = try await services.get(T.self, ctx.caller, project: pid, id)
            let p = try await services.projects.get(ctx.caller, pid)
            let stored = values(value)
            return editPage(v, p, value, FormKit(v, errors: errors, values: stale ? stored : (typed ?? stored), mine: stale ? typed : nil), stale)
        }
        router.post(RouterPath(base), .action(.editCharter)) { req, ctx in
            let v = view(req, ctx)
            let pid: ID<Project> = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(pid)/\(back)") { input, _, pairs in
                try await create(ctx.caller, pid, input, pairs)
            } rerender: { errors, typed, _ in
                try await listPage(v, ctx, pid, FormKit(v, errors: errors, values: typed ?? [:]))
            }
        }
        router.get(RouterPath(item + "/edit"), .action(.viewProject)) { req, ctx in
            let (pid, id) = try ids(ctx)
            return page(try await edit(view(req, ctx), ctx, pid, id, [], nil, false), req)
        }
        router.post(RouterPath(item), .action(.editCharter)) { req, ctx in
            let v = view(req, ctx)
            let (pid, id) = try ids(ctx)
            return try await submit(req, ctx, success: "/projects/\(pid)/\(back)") { input, version, _ in
                let _: T = try await services.update(ctx.caller, project: pid, id, input, expectedVersion: version)
            } rerender: { errors, typed, stale in
                try await edit(v, ctx, pid, id, errors, typed, stale)
            }
        }
        router.post(RouterPath(item + "/delete"), .action(.editCharter)) { req, ctx in
            let v = view(req, ctx)
            let (pid, id) = try ids(ctx)
            return try await submit(req, ctx, success: "/projects/\(pid)/\(back)", flash: "deleted") { _, version, _ in
                try await services.delete(T.self, ctx.caller, project: pid, id, expectedVersion: version)
            } rerender: { _, _, _ in
                try await listPage(v, ctx, pid, nil)
            }
        }
    }
}
