import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation

/// The portfolio and a project's charter pages: list, create, overview, edit, delete.
extension WebPages {
    func registerProjects(on router: Routes) {
        let services = self.services
        router.get("/projects", .action(.listProjects)) { req, ctx in
            let v = view(req, ctx)
            let query = try PortfolioQueryParser.parse(req.uri.queryParameters)
            async let page = services.projects.list(ctx.caller, query)
            async let sponsors = services.projects.sponsors(ctx.caller)
            return self.page(PortfolioView.render(v, page: try await page, query: query, sponsors: try await sponsors), req)
        }
        // The project switcher: the project whose code is the text (or the only one matching it),
        // else the portfolio searched for it.
        router.get("/projects/go", .action(.listProjects)) { req, ctx in
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
        router.get("/projects.csv", .action(.listProjects)) { req, ctx in
            var query = try PortfolioQueryParser.parse(req.uri.queryParameters)
            query.page = 1
            query.perPage = 100_000
            let page = try await services.projects.list(ctx.caller, query)
            return WebResponse.csv(PortfolioView.csv(page.items, view(req, ctx)), filename: "portfolio.csv")
        }
        router.get("/projects/new", .action(.createProject)) { req, ctx in
            let v = view(req, ctx)
            let form = FormKit(v, values: ["currency": "CNY", "status": "proposed"])
            return page(ProjectViews.form(v, project: nil, form: form), req)
        }
        router.post("/projects", .action(.createProject)) { req, ctx in
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
        router.get("/projects/{projectID}", .action(.viewProject)) { req, ctx in
            let id: ID<Project> = try ctx.id(.project)
            let o = try await services.projects.overview(ctx.caller, id)
            return page(ProjectViews.overview(view(req, ctx), o, signals: try await services.health.signals(ctx.caller, project: id)), req)
        }
        router.get("/projects/{projectID}/edit", .action(.viewProject)) { req, ctx in
            let v = view(req, ctx)
            let p = try await services.projects.get(ctx.caller, try ctx.id(.project))
            return page(ProjectViews.form(v, project: p, form: FormKit(v, values: ProjectViews.values(p))), req)
        }
        router.post("/projects/{projectID}", .action(.editCharter)) { req, ctx in
            let v = view(req, ctx)
            let id: ID<Project> = try ctx.id(.project)
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
        router.post("/projects/{projectID}/delete", .action(.deleteProject)) { req, ctx in
            let id: ID<Project> = try ctx.id(.project)
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
    }
}
