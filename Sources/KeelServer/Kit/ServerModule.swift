import KeelApp
import KeelCore
import KeelPresentation

/// One module of Keel as the server sees it: its routes (API and pages, each declared with what it
/// needs), its tabs in a project's navigation, the tables it owns and the pages the localisation and
/// browser tests read. `KeelModules.all` lists them; the router, the navigation and the test
/// registries iterate over that list, so a module is added by adding its folder and one line there.
protocol ServerModule: Sendable {
    /// Short, stable, lower case: `issues`.
    var name: String { get }

    /// Adds the module's routes.
    func register(on routes: Routes, _ kit: ModuleKit)

    /// The module's tabs in a project's navigation.
    var navigation: [NavigationEntry] { get }

    /// The tables the module owns. Every table of the schema belongs to exactly one module (a test
    /// checks it against the database's catalogue).
    var tables: [String] { get }

    /// Pages outside any project (`/account`).
    var globalPages: [String] { get }

    /// Pages of any project, empty or full, as paths after `/projects/{id}` (`/issues`).
    var projectPages: [String] { get }

    /// Pages of objects of the demo project (an edit page needs an object to edit): full paths.
    func demoPages(_ services: KeelServices, project: ID<Project>) async throws -> [String]

    /// The module's part of the demo (in its App folder), if it adds data of its own.
    var demo: DemoPart? { get }

    /// Ids of the module's objects in `project` (after its demo part ran there), by the path
    /// parameter that names them (`["marketID": "…"]`), for the tests that call every route.
    func pathValues(_ services: KeelServices, project: ID<Project>) async throws -> [String: String]

    /// The module's part of the OpenAPI document (`<Module>OpenAPI.swift`): a JSON object with the
    /// `paths` of its API routes, the `components.schemas` only it uses and its `tags`; empty when the
    /// module has no API. `OpenAPIDocument` joins the parts.
    var openAPI: String { get }
}

extension ServerModule {
    var navigation: [NavigationEntry] { [] }
    var globalPages: [String] { [] }
    var projectPages: [String] { [] }
    func demoPages(_ services: KeelServices, project: ID<Project>) async throws -> [String] { [] }
    var demo: DemoPart? { nil }
    func pathValues(_ services: KeelServices, project: ID<Project>) async throws -> [String: String] { [:] }
    var openAPI: String { "" }
}

/// What a module's routes are built with.
struct ModuleKit: Sendable {
    let services: KeelServices
    let reader: RequestReader
    let cookies: SessionCookies
    let pages: WebPages
    let assets: StaticAssets
    let metrics: RequestMetrics
}

extension KeelModules {
    /// Every module's tabs, in order.
    static let navigation: [NavigationEntry] = all.flatMap(\.navigation).sorted { $0.order < $1.order }
}

/// The demo with every module's part.
public enum KeelDemo {
    public static func loader(services: KeelServices, language: DemoLoader.Language) -> DemoLoader {
        DemoLoader(services: services, language: language, parts: KeelModules.all.compactMap(\.demo))
    }
}
