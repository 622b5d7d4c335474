import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation

/// The risk register: risks, assessments, responses and actions, the project's scales and risk
/// breakdown structure.
struct RiskModule: ServerModule {
    let name = "risks"
    let tables = ["risks", "risk_tasks", "risk_assessments", "risk_actions", "risk_snapshots", "risk_scales", "risk_categories"]
    let navigation = [NavigationEntry(section: .risks, path: "/risks", title: .risks, order: 200)]
    let projectPages = ["/risks", "/risks/settings", "/risks/categories"]

    func demoPages(_ services: KeelServices, project id: ID<Project>) async throws -> [String] {
        let base = "/projects/\(id)"
        return [
            base + "/risks/\(try await services.risks.list(.system("pages"), project: id)[0].id)/edit",
            base + "/risks/categories/\(try await services.risks.breakdown(.system("pages"), project: id).categories[0].id)",
        ]
    }

    func register(on routes: Routes, _ kit: ModuleKit) {
        RiskAPI(services: kit.services, reader: kit.reader).register(on: routes)
        kit.pages.registerRisks(on: routes)
        kit.pages.registerRiskScales(on: routes)
        kit.pages.registerRiskCategories(on: routes)
    }
}
