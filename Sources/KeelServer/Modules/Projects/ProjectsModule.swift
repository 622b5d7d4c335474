import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation

/// The portfolio and a project's charter: objectives and their KPIs, stakeholders, lifecycle and gate
/// reviews, members, the project's audit trail.
struct ProjectsModule: ServerModule {
    let name = "projects"
    let tables = [
        "projects", "budget_allocations", "objectives", "kpi_measurements", "stakeholders", "phases", "gate_reviews", "memberships",
    ]
    let navigation = [
        NavigationEntry(section: .overview, path: "", title: .overview, order: 10),
        NavigationEntry(section: .charter, path: "/edit", title: .charter, order: 20),
        NavigationEntry(section: .objectives, path: "/objectives", title: .objectives, order: 30),
        NavigationEntry(section: .stakeholders, path: "/stakeholders", title: .stakeholders, order: 40),
        NavigationEntry(section: .lifecycle, path: "/lifecycle", title: .lifecycle, order: 50),
        NavigationEntry(section: .members, path: "/members", title: .members, order: 900),
        NavigationEntry(section: .audit, path: "/audit", title: .auditTrail, order: 910),
    ]
    let globalPages = ["/projects", "/projects/new"]
    let projectPages = ["", "/edit", "/objectives", "/stakeholders", "/lifecycle", "/members", "/audit"]

    func demoPages(_ services: KeelServices, project id: ID<Project>) async throws -> [String] {
        let o = try await services.projects.overview(.system("pages"), id)
        let base = "/projects/\(id)"
        return [
            base + "/objectives/\(o.objectives[0].id)/edit", base + "/stakeholders/\(o.stakeholders[0].id)/edit",
            base + "/phases/\(o.phases[0].id)/edit", base + "/gate-reviews/\(o.gateReviews[0].id)/edit",
            base + "/objectives/\(try await services.objectives.list(.system("pages"), project: id)[1].id)/measurements",
        ]
    }

    func register(on routes: Routes, _ kit: ModuleKit) {
        ProjectsAPI(services: kit.services, reader: kit.reader).register(on: routes)
        kit.pages.registerProjects(on: routes)
        kit.pages.registerCharterModules(on: routes)
        AuditPages(services: kit.services, reader: kit.reader, pages: kit.pages).register(on: routes)
    }
}
