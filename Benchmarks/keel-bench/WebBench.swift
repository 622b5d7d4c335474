import Foundation
import Hummingbird
import HummingbirdTesting
import KeelApp
import KeelCore
import KeelServer
import KeelStore
import Logging

/// Server time of the main pages, through the real router and middleware (session lookup, CSRF,
/// locale, rendering), on SQLite: the demo project's dashboard, and portfolio pages with N projects.
struct WebBench {
    let projects: Int

    func run() async throws {
        var logger = Logger(label: "keel-bench")
        logger.logLevel = .warning
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("keel-bench-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await Database.open(.sqlite(path: dir.appendingPathComponent("bench.sqlite").path), logger: logger)
        try await Migrator(database: db).migrate()
        let services = KeelServices(database: db)
        let demo = try await KeelDemo.loader(services: services, language: .zhCN).load()
        guard let admin = try await services.identity.find(email: DemoLoader.adminEmail) else { return }

        // The other projects are set up in bulk (this is not what is measured).
        let now = Timestamp.now()
        let statuses = ProjectStatus.allCases
        try await db.transaction { sql in
            for n in 0..<projects {
                let p = Project(
                    id: ID(),
                    charter: Charter(
                        code: String(format: "WEB-%06d", n),
                        name: "Project \(n)",
                        sponsor: ["Li Wei", "Zhao Lei", "Sun Yan"][n % 3],
                        plannedStart: Day(iso: "2027-01-04"),
                        plannedFinish: Day(iso: "2027-12-17"),
                        budget: Money(minor: Int64(10_000_000 + n), currency: .cny),
                        status: statuses[n % statuses.count]
                    ),
                    version: 1,
                    createdAt: now,
                    updatedAt: now
                )
                try await ProjectRepository.insert(p, on: sql)
                try await MembershipRepository.upsert(Membership(projectID: p.id, userID: admin.id, role: .owner), at: now, on: sql)
                // A quarter each with a critical, a high and a low risk, and a quarter with an
                // empty register, so the health column has every light to show and filter.
                let levels = [(5, 4), (3, 4), (1, 2)]
                if n % 4 < levels.count {
                    let (probability, cost) = levels[n % 4]
                    let risk = Risk(
                        id: ID(),
                        projectID: p.id,
                        number: 1,
                        title: "Supplier risk \(n)",
                        category: .commercial,
                        raisedOn: Day(iso: "2027-01-04")!,
                        inherent: RiskAssessment(probability: probability, impacts: [.cost: cost])
                    )
                    try await RiskRepository.insert(risk, scales: .standard, on: sql)
                }
            }
        }
        // Every project is assessed once, as `keel serve` does in the background after the migration.
        let clock = ContinuousClock()
        let assessing = clock.now
        try await services.health.refreshAll()
        let assessed = clock.now - assessing
        let session = try await services.identity.signIn(
            email: DemoLoader.adminEmail,
            password: DemoLoader.password,
            client: "bench",
            requestID: "bench"
        )
        let cookie = "keel_session=\(session.sessionToken!)"
        let router = try buildRouter(services: services, configuration: ServerConfiguration())
        let app = Application(router: router, logger: logger)
        print("keel-bench web — SQLite, \(projects + 4) projects, \(ProcessInfo.processInfo.activeProcessorCount) cores")
        print("health of every project assessed in \(assessed) (background work, not a page)")
        try await app.test(.router) { client in
            let bench = CharterBench(projects: 0, url: nil)
            let pages: [(String, String)] = [
                ("project dashboard (demo project, zh-CN)", "/projects/\(demo)"),
                ("portfolio, first page of 50", "/projects"),
                ("portfolio, page 100 by name", "/projects?page=100&sort=name"),
                ("portfolio, status + sponsor filter", "/projects?status=active&sponsor=Li+Wei"),
                ("portfolio, worst health first", "/projects?sort=health"),
                ("portfolio, red projects only", "/projects?health=red"),
                ("stakeholders page with the grid", "/projects/\(demo)/stakeholders"),
            ]
            for (name, path) in pages {
                let samples = try await bench.sample(300) {
                    let r = try await client.execute(uri: path, method: .get, headers: [.cookie: cookie, .acceptLanguage: "zh-CN"], body: nil)
                    guard r.status == .ok else { throw BenchError.unexpectedStatus(path, r.status.code) }
                }
                bench.report(name, samples: samples)
            }
        }
        let publicDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/KeelServer/Assets/Public")
        let css = (try? Data(contentsOf: publicDir.appendingPathComponent("keel.css")).count) ?? 0
        let js = (try? Data(contentsOf: publicDir.appendingPathComponent("keel.js")).count) ?? 0
        print("CSS + JS shipped: \(css + js) bytes (css \(css), js \(js))")
        await db.close()
    }
}

enum BenchError: Error, CustomStringConvertible {
    case unexpectedStatus(String, Int)
    var description: String {
        switch self {
        case .unexpectedStatus(let p, let s): return "\(p) answered \(s)"
        }
    }
}
