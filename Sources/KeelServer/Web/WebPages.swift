import Hummingbird
import KeelApp
import KeelCore

/// The HTML pages: server-rendered, plain forms that post and redirect (303), no JavaScript required.
struct WebPages {
    let services: KeelServices
    let reader: RequestReader

    typealias Context = AppRequestContext

    func view(_ request: Request, _ context: Context) -> ViewContext {
        ViewContext(locale: context.locale, path: request.uri.path, flash: FlashCookie.read(request))
    }

    /// A page response; a flash message shown on it is cleared so it appears once.
    func page(_ html: HTML, _ request: Request, status: HTTPResponse.Status = .ok) -> Response {
        var response = WebResponse.html(html, status: status)
        if request.cookies[FlashCookie.name] != nil {
            response.setCookie(.init(name: FlashCookie.name, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .lax))
        }
        return response
    }

    /// Runs a form submission: on success redirect; on bad input re-render with the messages (422);
    /// on a stale version re-render the stored record with a notice (409).
    func submit(
        _ request: Request, _ context: Context, success: String, flash: String = "saved",
        action: (_ input: Input, _ version: Int64?, _ pairs: [(String, String)]) async throws -> Void,
        rerender: (_ errors: [FieldError], _ values: [String: String]?, _ stale: Bool) async throws -> HTML
    ) async throws -> Response {
        let pairs = try await reader.formPairs(request)
        let version = pairs.first { $0.0 == "_version" }.flatMap { Int64($0.1) }
        do {
            try await action(Input.form(pairs), version, pairs)
            return WebResponse.redirect(success, flash: flash)
        } catch KeelError.validation(let errors) {
            var values: [String: String] = [:]
            for (k, v) in pairs { values[k] = v }
            return page(try await rerender(errors, values, false), request, status: .unprocessableContent)
        } catch KeelError.versionMismatch {
            return page(try await rerender([], nil, true), request, status: .conflict)
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
                .init(name: LocaleMiddleware.cookieName, value: locale.rawValue, maxAge: 365 * 24 * 3600, path: "/", httpOnly: true, sameSite: .lax))
            return response
        }

        router.get("/projects") { req, ctx in
            let v = view(req, ctx)
            let query = try PortfolioQueryParser.parse(req.uri.queryParameters)
            async let page = services.projects.list(ctx.caller, query)
            async let sponsors = services.projects.sponsors(ctx.caller)
            return self.page(PortfolioView.render(v, page: try await page, query: query, sponsors: try await sponsors), req)
        }
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
            let o = try await services.projects.overview(ctx.caller, try reader.id(ctx, "projectID", "project"))
            return page(ProjectViews.overview(view(req, ctx), o), req)
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
                return ProjectViews.form(v, project: p, form: FormKit(v, errors: errors, values: values ?? ProjectViews.values(p)), stale: stale)
            }
        }
        router.post("/projects/{projectID}/delete") { req, ctx in
            let id: ID<Project> = try reader.id(ctx, "projectID", "project")
            return try await submit(req, ctx, success: "/projects", flash: "deleted") { _, version, _ in
                try await services.projects.delete(ctx.caller, id, expectedVersion: version)
            } rerender: { _, _, _ in
                ProjectViews.overview(view(req, ctx), try await services.projects.overview(ctx.caller, id))
            }
        }
        registerObjectives(on: router)
        registerStakeholders(on: router)
        registerLifecycle(on: router)
    }

    func registerObjectives(on router: Router<Context>) {
        @Sendable func listPage(_ v: ViewContext, _ ctx: Context, _ pid: ID<Project>, _ form: FormKit) async throws -> HTML {
            let project = try await services.projects.get(ctx.caller, pid)
            return ObjectiveViews.list(v, project: project, objectives: try await services.objectives.list(ctx.caller, project: pid), form: form)
        }
        router.get("/projects/{projectID}/objectives") { req, ctx in
            let v = view(req, ctx)
            let form = FormKit(v, values: ["direction": KPIDirection.higherIsBetter.rawValue])
            return page(try await listPage(v, ctx, try reader.id(ctx, "projectID", "project"), form), req)
        }
        router.post("/projects/{projectID}/objectives") { req, ctx in
            let v = view(req, ctx)
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            return try await submit(req, ctx, success: "/projects/\(pid)/objectives") { input, _, _ in
                _ = try await services.objectives.create(ctx.caller, project: pid, input)
            } rerender: { errors, values, _ in
                try await listPage(v, ctx, pid, FormKit(v, errors: errors, values: values ?? [:]))
            }
        }
        router.get("/projects/{projectID}/objectives/{objectiveID}/edit") { req, ctx in
            let v = view(req, ctx)
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            let project = try await services.projects.get(ctx.caller, pid)
            let o = try await services.objectives.get(ctx.caller, project: pid, try reader.id(ctx, "objectiveID", "objective"))
            return page(ObjectiveViews.edit(v, project: project, objective: o, form: FormKit(v, values: ObjectiveViews.values(o)), stale: false), req)
        }
        router.post("/projects/{projectID}/objectives/{objectiveID}") { req, ctx in
            let v = view(req, ctx)
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            let oid: ID<Objective> = try reader.id(ctx, "objectiveID", "objective")
            return try await submit(req, ctx, success: "/projects/\(pid)/objectives") { input, version, _ in
                _ = try await services.objectives.update(ctx.caller, project: pid, oid, input, expectedVersion: version)
            } rerender: { errors, values, stale in
                let project = try await services.projects.get(ctx.caller, pid)
                let o = try await services.objectives.get(ctx.caller, project: pid, oid)
                return ObjectiveViews.edit(
                    v, project: project, objective: o, form: FormKit(v, errors: errors, values: values ?? ObjectiveViews.values(o)), stale: stale)
            }
        }
        router.post("/projects/{projectID}/objectives/{objectiveID}/delete") { req, ctx in
            let v = view(req, ctx)
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            let oid: ID<Objective> = try reader.id(ctx, "objectiveID", "objective")
            return try await submit(req, ctx, success: "/projects/\(pid)/objectives", flash: "deleted") { _, version, _ in
                try await services.objectives.delete(ctx.caller, project: pid, oid, expectedVersion: version)
            } rerender: { _, _, _ in
                try await listPage(v, ctx, pid, FormKit(v))
            }
        }
    }

    func registerStakeholders(on router: Router<Context>) {
        @Sendable func listPage(_ v: ViewContext, _ ctx: Context, _ pid: ID<Project>, _ form: FormKit) async throws -> HTML {
            let project = try await services.projects.get(ctx.caller, pid)
            return StakeholderViews.list(v, project: project, stakeholders: try await services.stakeholders.list(ctx.caller, project: pid), form: form)
        }
        let defaults = ["kind": "team_member", "influence": "3", "interest": "3", "current_engagement": "neutral", "desired_engagement": "supportive"]
        router.get("/projects/{projectID}/stakeholders") { req, ctx in
            let v = view(req, ctx)
            return page(try await listPage(v, ctx, try reader.id(ctx, "projectID", "project"), FormKit(v, values: defaults)), req)
        }
        router.post("/projects/{projectID}/stakeholders") { req, ctx in
            let v = view(req, ctx)
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            return try await submit(req, ctx, success: "/projects/\(pid)/stakeholders") { input, _, _ in
                _ = try await services.stakeholders.create(ctx.caller, project: pid, input)
            } rerender: { errors, values, _ in
                try await listPage(v, ctx, pid, FormKit(v, errors: errors, values: values ?? defaults))
            }
        }
        router.get("/projects/{projectID}/stakeholders/{stakeholderID}/edit") { req, ctx in
            let v = view(req, ctx)
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            let project = try await services.projects.get(ctx.caller, pid)
            let s = try await services.stakeholders.get(ctx.caller, project: pid, try reader.id(ctx, "stakeholderID", "stakeholder"))
            return page(
                StakeholderViews.edit(v, project: project, stakeholder: s, form: FormKit(v, values: StakeholderViews.values(s)), stale: false), req)
        }
        router.post("/projects/{projectID}/stakeholders/{stakeholderID}") { req, ctx in
            let v = view(req, ctx)
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            let sid: ID<Stakeholder> = try reader.id(ctx, "stakeholderID", "stakeholder")
            return try await submit(req, ctx, success: "/projects/\(pid)/stakeholders") { input, version, _ in
                _ = try await services.stakeholders.update(ctx.caller, project: pid, sid, input, expectedVersion: version)
            } rerender: { errors, values, stale in
                let project = try await services.projects.get(ctx.caller, pid)
                let s = try await services.stakeholders.get(ctx.caller, project: pid, sid)
                return StakeholderViews.edit(
                    v, project: project, stakeholder: s, form: FormKit(v, errors: errors, values: values ?? StakeholderViews.values(s)),
                    stale: stale)
            }
        }
        router.post("/projects/{projectID}/stakeholders/{stakeholderID}/delete") { req, ctx in
            let v = view(req, ctx)
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            let sid: ID<Stakeholder> = try reader.id(ctx, "stakeholderID", "stakeholder")
            return try await submit(req, ctx, success: "/projects/\(pid)/stakeholders", flash: "deleted") { _, version, _ in
                try await services.stakeholders.delete(ctx.caller, project: pid, sid, expectedVersion: version)
            } rerender: { _, _, _ in
                try await listPage(v, ctx, pid, FormKit(v, values: defaults))
            }
        }
    }

    func registerLifecycle(on router: Router<Context>) {
        @Sendable func listPage(_ v: ViewContext, _ ctx: Context, _ pid: ID<Project>, phaseForm: FormKit? = nil, reviewForm: FormKit? = nil) async throws
            -> HTML
        {
            let o = try await services.projects.overview(ctx.caller, pid)
            return PhaseViews.list(
                v, project: o.project, phases: o.phases, reviews: o.gateReviews,
                phaseForm: phaseForm ?? FormKit(v, values: ["kind": "custom"]),
                reviewForm: reviewForm ?? FormKit(v, values: ["_phase": o.currentPhase?.id.description ?? ""]))
        }
        router.get("/projects/{projectID}/lifecycle") { req, ctx in
            page(try await listPage(view(req, ctx), ctx, try reader.id(ctx, "projectID", "project")), req)
        }
        router.post("/projects/{projectID}/phases") { req, ctx in
            let v = view(req, ctx)
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            return try await submit(req, ctx, success: "/projects/\(pid)/lifecycle") { input, _, _ in
                _ = try await services.lifecycle.createPhase(ctx.caller, project: pid, input)
            } rerender: { errors, values, _ in
                try await listPage(v, ctx, pid, phaseForm: FormKit(v, errors: errors, values: values ?? [:]))
            }
        }
        router.get("/projects/{projectID}/phases/{phaseID}/edit") { req, ctx in
            let v = view(req, ctx)
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            let project = try await services.projects.get(ctx.caller, pid)
            let p = try await services.lifecycle.phase(ctx.caller, project: pid, try reader.id(ctx, "phaseID", "phase"))
            return page(PhaseViews.editPhase(v, project: project, phase: p, form: FormKit(v, values: PhaseViews.values(p)), stale: false), req)
        }
        router.post("/projects/{projectID}/phases/{phaseID}") { req, ctx in
            let v = view(req, ctx)
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            let phid: ID<Phase> = try reader.id(ctx, "phaseID", "phase")
            return try await submit(req, ctx, success: "/projects/\(pid)/lifecycle") { input, version, _ in
                _ = try await services.lifecycle.updatePhase(ctx.caller, project: pid, phid, input, expectedVersion: version)
            } rerender: { errors, values, stale in
                let project = try await services.projects.get(ctx.caller, pid)
                let p = try await services.lifecycle.phase(ctx.caller, project: pid, phid)
                return PhaseViews.editPhase(v, project: project, phase: p, form: FormKit(v, errors: errors, values: values ?? PhaseViews.values(p)), stale: stale)
            }
        }
        router.post("/projects/{projectID}/phases/{phaseID}/delete") { req, ctx in
            let v = view(req, ctx)
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            let phid: ID<Phase> = try reader.id(ctx, "phaseID", "phase")
            return try await submit(req, ctx, success: "/projects/\(pid)/lifecycle", flash: "deleted") { _, version, _ in
                try await services.lifecycle.deletePhase(ctx.caller, project: pid, phid, expectedVersion: version)
            } rerender: { _, _, _ in try await listPage(v, ctx, pid) }
        }
        router.post("/projects/{projectID}/gate-reviews") { req, ctx in
            let v = view(req, ctx)
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            return try await submit(req, ctx, success: "/projects/\(pid)/lifecycle") { input, _, pairs in
                let phaseText = pairs.first { $0.0 == "_phase" }?.1 ?? ""
                guard let phase = ID<Phase>(phaseText) else { throw KeelError.validation([FieldError("_phase", .required)]) }
                _ = try await services.lifecycle.createReview(ctx.caller, project: pid, phase: phase, input)
            } rerender: { errors, values, _ in
                try await listPage(v, ctx, pid, reviewForm: FormKit(v, errors: errors, values: values ?? [:]))
            }
        }
        router.get("/projects/{projectID}/gate-reviews/{reviewID}/edit") { req, ctx in
            let v = view(req, ctx)
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            let project = try await services.projects.get(ctx.caller, pid)
            let g = try await services.lifecycle.review(ctx.caller, project: pid, try reader.id(ctx, "reviewID", "gate_review"))
            return page(PhaseViews.editReview(v, project: project, review: g, form: FormKit(v, values: PhaseViews.reviewValues(g)), stale: false), req)
        }
        router.post("/projects/{projectID}/gate-reviews/{reviewID}") { req, ctx in
            let v = view(req, ctx)
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            let rid: ID<GateReview> = try reader.id(ctx, "reviewID", "gate_review")
            return try await submit(req, ctx, success: "/projects/\(pid)/lifecycle") { input, version, _ in
                _ = try await services.lifecycle.updateReview(ctx.caller, project: pid, rid, input, expectedVersion: version)
            } rerender: { errors, values, stale in
                let project = try await services.projects.get(ctx.caller, pid)
                let g = try await services.lifecycle.review(ctx.caller, project: pid, rid)
                return PhaseViews.editReview(
                    v, project: project, review: g, form: FormKit(v, errors: errors, values: values ?? PhaseViews.reviewValues(g)), stale: stale)
            }
        }
        router.post("/projects/{projectID}/gate-reviews/{reviewID}/delete") { req, ctx in
            let v = view(req, ctx)
            let pid: ID<Project> = try reader.id(ctx, "projectID", "project")
            let rid: ID<GateReview> = try reader.id(ctx, "reviewID", "gate_review")
            return try await submit(req, ctx, success: "/projects/\(pid)/lifecycle", flash: "deleted") { _, version, _ in
                try await services.lifecycle.deleteReview(ctx.caller, project: pid, rid, expectedVersion: version)
            } rerender: { _, _, _ in try await listPage(v, ctx, pid) }
        }
    }
}
