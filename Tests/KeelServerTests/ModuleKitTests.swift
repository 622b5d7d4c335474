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
