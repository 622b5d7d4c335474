import Hummingbird
import KeelCore
import Synchronization
import KeelApp
import KeelStore
import Testing
import TestSupport

@testable import KeelServer

/// The module list against what the modules say of themselves: a table no module owns, a tab that
/// leads nowhere, two modules with one name all fail here.
@Suite struct ModuleKitTests {
    @Test func moduleNamesAreUnique() {
        let names = KeelModules.all.map(\.name)
        #expect(Set(names).count == names.count, "\(names)")
    }

    @Test(arguments: TestBackend.available)
    func everyTableBelongsToExactlyOneModule(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let owned = KeelModules.all.flatMap(\.tables)
            #expect(Set(owned).count == owned.count, "a table owned twice: \(owned.sorted())")
            let schema = Set(try await db.tableNames()).subtracting(["schema_migrations"])
            #expect(schema.subtracting(owned).isEmpty, "tables no module owns: \(schema.subtracting(owned).sorted())")
            #expect(Set(owned).subtracting(schema).isEmpty, "tables a module claims that do not exist: \(Set(owned).subtracting(schema).sorted())")
        }
    }

    /// Each module documents its own API: the paths of its OpenAPI part are routes it declares, and
    /// every API route it declares is in its part; the platform's base documents no path.
    @Test func eachModuleDocumentsItsOwnAPI() async throws {
        try await TestDatabase.with(.sqlite) { (db: Database) async throws in
            let table = try buildRoutes(services: KeelServices(database: db), configuration: ServerConfiguration()).table
            #expect((try OpenAPIDocument.base()["paths"] as? [String: Any] ?? [:]).isEmpty)
            let operational: Set<String> = ["/healthz", "/metrics", "/openapi.json"]
            for module in KeelModules.all {
                var documented = Set<String>()
                for (path, item) in try OpenAPIDocument.part(of: module)["paths"] as? [String: Any] ?? [:] {
                    for method in (item as? [String: Any] ?? [:]).keys where ["get", "post", "put", "patch", "delete"].contains(method) {
                        documented.insert("\(method.uppercased()) \(path)")
                    }
                }
                let declared = Set(
                    table.all.filter { $0.module == module.name && ($0.path.hasPrefix("/api/") || operational.contains($0.path)) }.map(\.key)
                )
                #expect(
                    documented.subtracting(declared).isEmpty,
                    "\(module.name) documents routes it does not declare: \(documented.subtracting(declared).sorted())"
                )
                #expect(
                    declared.subtracting(documented).isEmpty,
                    "\(module.name) declares routes its part leaves out: \(declared.subtracting(documented).sorted())"
                )
            }
        }
    }

    /// Two parts cannot both give a path, a schema or a tag: the join refuses instead of keeping one.
    @Test func theJoinRefusesWhatTwoPartsBothGive() throws {
        let base: [String: Any] = ["openapi": "3.1.0", "paths": [String: Any](), "components": ["schemas": ["Problem": ["type": "object"]]]]
        let path = #"{"paths": {"/api/v1/x": {"get": {"responses": {"200": {"description": "ok"}}}}}}"#
        let schema = #"{"components": {"schemas": {"Problem": {"type": "string"}}}}"#
        let tag = #"{"tags": [{"name": "X"}]}"#
        let joined = try OpenAPIDocument.join(base: base, parts: [("a", path), ("b", tag)])
        #expect((joined["paths"] as? [String: Any])?["/api/v1/x"] != nil)
        #expect(throws: OpenAPIJoinError.self) { try OpenAPIDocument.join(base: base, parts: [("a", path), ("b", path)]) }
        #expect(throws: OpenAPIJoinError.self) { try OpenAPIDocument.join(base: base, parts: [("a", schema)]) }
        #expect(throws: OpenAPIJoinError.self) { try OpenAPIDocument.join(base: base, parts: [("a", tag), ("b", tag)]) }
        #expect(throws: OpenAPIJoinError.self) { try OpenAPIDocument.join(base: base, parts: [("a", #"{"info": {}}"#)]) }
    }

    @Test func everyTabLeadsToAPageOfItsModule() async throws {
        try await TestDatabase.with(.sqlite) { (db: Database) async throws in
            let table = try buildRoutes(services: KeelServices(database: db), configuration: ServerConfiguration()).table
            let sections = KeelModules.navigation.map(\.section)
            #expect(Set(sections).count == sections.count, "two tabs for one section")
            for entry in KeelModules.navigation {
                let key = "GET /projects/{projectID}\(entry.path)"
                #expect(table.needs[key] != nil, "the \(entry.section.rawValue) tab leads to \(key), which is not a route")
            }
        }
    }

    @Test func pagesTheTestsVisitAreRoutes() async throws {
        try await TestDatabase.with(.sqlite) { (db: Database) async throws in
            let table = try buildRoutes(services: KeelServices(database: db), configuration: ServerConfiguration()).table
            func matches(_ page: String) -> Bool { table.methods(matching: String(page.split(separator: "?")[0])).contains(.get) }
            for module in KeelModules.all {
                for page in module.globalPages where page != "/no/such/page" {
                    #expect(matches(page), "\(module.name) lists \(page), which no route serves")
                }
                for page in module.projectPages {
                    #expect(matches("/projects/p" + page), "\(module.name) lists \(page), which no route serves")
                }
            }
        }
    }

    final class Seen: Sendable {
        let projects = Mutex<[ID<Project>]>([])
    }

    @Test func demoPartsRunOnTheDemoProjectAfterItsOwnData() async throws {
        try await TestDatabase.with(.sqlite) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let seen = Seen()
            let part = DemoPart(name: "probe") { loader, project in
                // The demo's own data is there when a module's part runs.
                let issues = try await services.issues.list(.system("probe"), project: project)
                #expect(issues.count >= 2)
                seen.projects.withLock { $0.append(project) }
            }
            let id = try await DemoLoader(services: services, language: .en, parts: [part]).load()
            #expect(seen.projects.withLock { $0 } == [id])
        }
    }
}
