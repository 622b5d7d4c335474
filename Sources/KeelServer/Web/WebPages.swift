import Hummingbird
import KeelApp
import KeelCore

/// The HTML pages: server-rendered, plain forms that post and redirect (303), no JavaScript required.
struct WebPages {
    let services: KeelServices
    let reader: RequestReader

    typealias Context = AppRequestContext

    func view(_ request: Request, _ context: Context) -> ViewContext {
        ViewContext(
            locale: context.locale,
            path: request.uri.path,
            flash: FlashCookie.read(request),
            csrf: context.csrfToken,
            user: context.identity?.user,
            projectRole: context.projectRole
        )
    }

    /// Whether the signed-in user may take `action` in the project of the request's page, from the
    /// role `ProjectRoleMiddleware` read for it: for offering edit controls (the use cases still check).
    func may(_ action: Action, _ context: Context) -> Bool {
        PermissionTable.allows(action, role: context.projectRole, isAdmin: context.caller.isAdmin)
    }

    /// A page response; a flash message shown on it is cleared so it appears once.
    func page(_ html: HTML, _ request: Request, status: HTTPResponse.Status = .ok) -> Response {
        var response = WebResponse.html(html, status: status)
        if request.cookies[FlashCookie.name] != nil {
            response.setCookie(.init(name: FlashCookie.name, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .lax))
        }
        return response
    }

    /// The form's fields with the multi-select's repeated `task_ids` as one list. An empty
    /// selection sends nothing, so the form marks that it has the select with `_tasks`.
    static func taskSelectInput(_ pairs: [(String, String)]) -> Input {
        var input = Input.form(pairs.filter { $0.0 != "task_ids" })
        if pairs.contains(where: { $0.0 == "_tasks" }) {
            input.fields["task_ids"] = .array(pairs.filter { $0.0 == "task_ids" }.map { .string($0.1) })
        }
        return input
    }

    /// The `_version` a form carries back (the record's version when the form was drawn).
    static func formVersion(_ pairs: [(String, String)]) -> Int64? { pairs.first { $0.0 == "_version" }.flatMap { Int64($0.1) } }

    /// Runs a form submission: on success redirect; on bad input re-render with the messages (422);
    /// on a stale version re-render the stored record with a notice (409).
    func submit(
        _ request: Request,
        _ context: Context,
        success: String,
        flash: String = "saved",
        action: (_ input: Input, _ version: Int64?, _ pairs: [(String, String)]) async throws -> Void,
        rerender: (_ errors: [FieldError], _ values: [String: String]?, _ stale: Bool) async throws -> HTML
    ) async throws -> Response {
        let pairs: [(String, String)]
        do {
            pairs = try await reader.formPairs(request)
        } catch KeelError.validation(let errors) {
            // A form whose text cannot be stored at all (a NUL character): shown with its message.
            return page(try await rerender(errors, nil, false), request, status: .unprocessableContent)
        }
        let version = Self.formVersion(pairs)
        do {
            try await action(Input.form(pairs), version, pairs)
            return WebResponse.redirect(success, flash: flash)
        } catch KeelError.validation(let errors) {
            var values: [String: String] = [:]
            for (k, v) in pairs { values[k] = v }
            return page(try await rerender(errors, values, false), request, status: .unprocessableContent)
        } catch KeelError.versionMismatch {
            // Shown with the stored record: the user's own values go beside each field that differs.
            var values: [String: String] = [:]
            for (k, v) in pairs { values[k] = v }
            return page(try await rerender([], values, true), request, status: .conflict)
        }
    }

    /// `submit` for the common page: on bad input the page again with a form holding what was sent and
    /// its messages; on a stale version the stored record (`form` gets nil).
    func submit(
        _ request: Request,
        _ context: Context,
        success: String,
        flash: String = "saved",
        action: (_ input: Input, _ version: Int64?, _ pairs: [(String, String)]) async throws -> Void,
        form: (FormKit?) async throws -> HTML
    ) async throws -> Response {
        try await submit(request, context, success: success, flash: flash, action: action) { errors, values, stale in
            try await form(stale ? nil : FormKit(view(request, context), errors: errors, values: values ?? [:]))
        }
    }

    func register(on router: Router<Context>) {
        router.get("/") { _, _ in WebResponse.redirect("/projects") }
        router.post("/language") { req, ctx in
            let pairs = try await reader.formPairs(req)
            let locale = pairs.first { $0.0 == "locale" }.flatMap { UILocale(rawValue: $0.1) } ?? .en
            var back = pairs.first { $0.0 == "return" }?.1 ?? "/projects"
            // Only local paths: never let the form redirect elsewhere.
            if !back.hasPrefix("/") || back.hasPrefix("//") { back = "/projects" }
            var response = WebResponse.redirect(back)
            response.setCookie(
                .init(name: LocaleMiddleware.cookieName, value: locale.rawValue, maxAge: 365 * 24 * 3600, path: "/", httpOnly: true, sameSite: .lax)
            )
            return response
        }

        router.get("/projects") { req, ctx in
            let v = view(req, ctx)
            let query = try PortfolioQueryParser.parse(req.uri.queryParameters)
            async let page = services.projects.list(ctx.caller, query)
            async let sponsors = services.projects.sponsors(ctx.caller)
            return self.page(PortfolioView.render(v, page: try await page, query: query, sponsors: try await sponsors), req)
        }
        // The project switcher: the project whose code is the text (or the only one matching it),
        // else the portfolio searched for it.
        router.get("/projects/go") { req, ctx in
            let text = (req.uri.queryParameters.get("q") ?? "").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return WebResponse.redirect("/projects") }
            var query = PortfolioQuery(search: text, perPage: 20)
            query.page = 1
            let found = try await services.projects.list(ctx.caller, query)
            if let exact = found.items.first(where: { $0.code.caseInsensitiveCompare(text) == .orderedSame })
                ?? (found.total == 1 ? found.items.first : nil)
            {
                return WebResponse.redirect("/projects/\(exact.id)")
            }
            return WebResponse.redirect("/projects?q=\(text.addingPercentEncodingForQuery())")
        }
        router.get("/projects.csv") { req, ctx in
            var query = try PortfolioQueryParser.parse(req.uri.queryParameters)
            query.page = 1
            query.perPage = 100_000
            let page = try await services.projects.list(ctx.caller, query)
            return WebResponse.csv(PortfolioView.csv(page.items, view(req, ctx)), filename: "portfolio.csv")
        }
        router.get("/help/shortcuts") { req, ctx in page(HelpViews.shortcuts(view(req, ctx)), req) }
        router.get("/projects/new") { req, ctx in
            let v = view(req, ctx)
            let form = FormKit(v, values: ["currency": "CNY", "status": "proposed"])
            return page(ProjectViews.form(v, project: nil, form: form), req)
        }
        router.post("/projects") { req, ctx in
            let v = view(req, ctx)
            var created: Project?
            let response = try await submit(req, ctx, success: "/projects") { input, _, _ in
                created = try await services.projects.create(ctx.caller, input)
            } rerender: { errors, values, _ in
                ProjectViews.form(v, project: nil, form: FormKit(v, errors: errors, values: values ?? [:]))
            }
            if let created { return WebResponse.redirect("/projects/\(created.id)", flash: "saved") }
            return response
        }
        router.get("/projects/{projectID}") { req, ctx in
            let id: ID<Project> = try reader.id(ctx, "projectID", "project")
            let o = try await services.projects.overview(ctx.caller, id)
            return page(ProjectViews.overview(view(req, ctx), o, signals: try await services.health.signals(ctx.caller, project: id)), req)
        }
        router.get("/projects/{projectID}/edit") { req, ctx in
            let v = view(req, ctx)
            let p = try await services.projects.get(ctx.caller, try reader.id(ctx, "projectID", "project"))
            return page(ProjectViews.form(v, project: p, form: FormKit(v, values: ProjectViews.values(p))), req)
        }
        router.post("/projects/{projectID}") { req, ctx in
            let v = view(req, ctx)
            let id: ID<Project> = try reader.id(ctx, "projectID", "project")
            return try await submit(req, ctx, success: "/projects/\(id)") { input, version, _ in
                _ = try await services.projects.update(ctx.caller, id, input, expectedVersion: version)
            } rerender: { errors, values, stale in
                let p = try await services.projects.get(ctx.caller, id)
                let stored = ProjectViews.values(p)
                return ProjectViews.form(
                    v,
                    project: p,
                    form: FormKit(v, errors: errors, values: stale ? stored : (values ?? stored), mine: stale ? values : nil),
                    stale: stale
                )
            }
        }
        router.post("/projects/{projectID}/delete") { req, ctx in
            let id: ID<Project> = try reader.id(ctx, "projectID", "project")
            return try await submit(req, ctx, success: "/projects", flash: "deleted") { _, version, _ in
                try await services.projects.delete(ctx.caller, id, expectedVersion: version)
            } rerender: { _, _, _ in
                ProjectViews.overview(
                    view(req, ctx),
                    try await services.projects.overview(ctx.caller, id),
                    signals: try await services.health.signals(ctx.caller, project: id)
                )
            }
        }
        registerCharterModules(on: router)
        registerSchedule(on: router)
        registerRisks(on: router)
        registerFinance(on: router)
        registerBudgets(on: router)
        registerEarnedValue(on: router)
        registerCostControl(on: router)
        registerTimesheets(on: router)
        registerCashFlow(on: router)
        registerIssues(on: router)
        registerCorrelations(on: router)
        registerRiskScales(on: router)
        registerRiskCategories(on: router)
    }

    /// Objectives, stakeholders, phases and gate reviews: the list pages, then the shared
    /// create / edit / update / delete routes of each.
    func registerCharterModules(on router: Router<Context>) {
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
        @Sendable func oid(_ ctx: Context) throws -> ID<Objective> { try reader.id(ctx, "objectiveID", "objective") }
        router.get(RouterPath(measurements)) { req, ctx in
            page(try await measurementsPage(req, ctx, try reader.id(ctx, "projectID", "project"), try oid(ctx)), req)
        }
        router.post(RouterPath(measurements)) { req, ctx in
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            let objective = try oid(ctx)
            return try await submit(req, ctx, success: "/projects/\(pid)/objectives/\(objective)/measurements") { input, _, _ in
                _ = try await services.objectives.record(ctx.caller, project: pid, objective, input)
            } form: { f in
                try await measurementsPage(req, ctx, pid, objective, form: f)
            }
        }
        router.post(RouterPath(measurements + "/{measurementID}/delete")) { req, ctx in
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            let objective = try oid(ctx)
            _ = try await reader.formPairs(req)
            try await services.objectives.deleteMeasurement(
                ctx.caller,
                project: pid,
                objective,
                try reader.id(ctx, "measurementID", "kpi_measurement")
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

        router.get("/projects/{projectID}/objectives") { req, ctx in
            page(try await objectivesPage(view(req, ctx), ctx, try reader.id(ctx, "projectID", "project"), nil), req)
        }
        router.get("/projects/{projectID}/stakeholders") { req, ctx in
            page(try await stakeholdersPage(view(req, ctx), ctx, try reader.id(ctx, "projectID", "project"), nil), req)
        }
        router.get("/projects/{projectID}/lifecycle") { req, ctx in
            page(try await lifecyclePage(view(req, ctx), ctx, try reader.id(ctx, "projectID", "project"), phaseForm: nil, reviewForm: nil), req)
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
        _ router: Router<Context>,
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
            (try reader.id(ctx, "projectID", "project"), try reader.id(ctx, param, T.resourceName))
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
        router.post(RouterPath(base)) { req, ctx in
            let v = view(req, ctx)
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            return try await submit(req, ctx, success: "/projects/\(pid)/\(back)") { input, _, pairs in
                try await create(ctx.caller, pid, input, pairs)
            } rerender: { errors, typed, _ in
                try await listPage(v, ctx, pid, FormKit(v, errors: errors, values: typed ?? [:]))
            }
        }
        router.get(RouterPath(item + "/edit")) { req, ctx in
            let (pid, id) = try ids(ctx)
            return page(try await edit(view(req, ctx), ctx, pid, id, [], nil, false), req)
        }
        router.post(RouterPath(item)) { req, ctx in
            let v = view(req, ctx)
            let (pid, id) = try ids(ctx)
            return try await submit(req, ctx, success: "/projects/\(pid)/\(back)") { input, version, _ in
                let _: T = try await services.update(ctx.caller, project: pid, id, input, expectedVersion: version)
            } rerender: { errors, typed, stale in
                try await edit(v, ctx, pid, id, errors, typed, stale)
            }
        }
        router.post(RouterPath(item + "/delete")) { req, ctx in
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
