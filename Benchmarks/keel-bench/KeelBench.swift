import Foundation
import KeelApp
import KeelCore
import KeelStore
import Logging

/// `swift run -c release keel-bench [charter|web|schedule|mspdi|plan|simulate|finance] [--projects N] [--tasks N] [--iterations N] [--workers N] [--postings N] [--database-url URL]`
///
/// Measures the charter module on a fresh database: creating projects with objectives and
/// stakeholders through the real use cases (validation, transaction, audit), listing portfolio pages,
/// and loading a project overview. Never part of `swift test`.
@main
struct KeelBench {
    static func main() async throws {
        var args = Array(CommandLine.arguments.dropFirst())
        let suite = args.first.map { $0.hasPrefix("--") ? "charter" : args.removeFirst() } ?? "charter"
        var projects = 10_000
        var url: String?
        var tasks: Int?
        var iterations = 10_000
        var workers: Int?
        var postings = 1_000_000
        var i = 0
        while i < args.count {
            switch args[i] {
            case "--projects":
                projects = Int(args[i + 1]) ?? projects
                i += 2
            case "--database-url":
                url = args[i + 1]
                i += 2
            case "--tasks":
                tasks = Int(args[i + 1])
                i += 2
            case "--iterations":
                iterations = Int(args[i + 1]) ?? iterations
                i += 2
            case "--workers":
                workers = Int(args[i + 1])
                i += 2
            case "--postings":
                postings = Int(args[i + 1]) ?? postings
                i += 2
            default:
                print("unknown argument \(args[i])")
                exit(2)
            }
        }
        switch suite {
        case "charter": try await CharterBench(projects: projects, url: url).run()
        case "web": try await WebBench(projects: projects).run()
        case "schedule": try ScheduleBench(tasks: tasks ?? 100_000).run()
        case "mspdi": try MSPDIBench(tasks: tasks ?? 100_000).run()
        case "plan": try await PlanBench(tasks: tasks ?? 100_000).run()
        case "simulate": try SimulateBench(tasks: tasks ?? 10_000, iterations: iterations, workers: workers).run()
        case "finance":
            try FinanceBench(elements: tasks ?? 10_000, postings: postings).run()
            try await FinanceStoreBench(elements: tasks ?? 10_000, postings: postings).run()
        default:
            print("unknown suite \(suite); available: charter, web, schedule, mspdi, plan, simulate, finance")
            exit(2)
        }
    }
}

struct CharterBench {
    let projects: Int
    let url: String?

    func run() async throws {
        var logger = Logger(label: "keel-bench")
        logger.logLevel = .warning
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("keel-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let location = try url.map(DatabaseLocation.init(url:)) ?? .sqlite(path: dir.appendingPathComponent("bench.sqlite").path)
        let db = try await Database.open(location, logger: logger)
        try await Migrator(database: db).migrate()
        let services = KeelServices(database: db)
        let caller = Caller.system("bench")
        print("keel-bench charter — \(location), \(ProcessInfo.processInfo.activeProcessorCount) cores")

        // 1. Create projects, each with 2 objectives and 3 stakeholders, through the use cases.
        let clock = ContinuousClock()
        var ids: [ID<Project>] = []
        ids.reserveCapacity(projects)
        let sponsors = ["Li Wei", "Zhao Lei", "Sun Yan", "Chen Jie", "Wang Fang"]
        let statuses = ProjectStatus.allCases
        let createTime = try await clock.measure {
            for n in 0..<projects {
                let p = try await services.projects.create(
                    caller,
                    Input(
                        fields: [
                            "code": .string(String(format: "PRJ-%06d", n)), "name": .string("Project \(n)"),
                            "sponsor": .string(sponsors[n % sponsors.count]), "status": .string(statuses[n % statuses.count].rawValue),
                            "currency": .string("CNY"), "budget_amount": .string("\(100_000 + n).00"),
                            "planned_start": .string("2027-01-04"), "planned_finish": .string("2027-12-17"),
                            "allocations": .array([
                                .object(["direction": .string("Build"), "share_percent": .string("60")]),
                                .object(["direction": .string("Market"), "share_percent": .string("40")]),
                            ]),
                        ],
                        fromForm: false
                    )
                )
                ids.append(p.id)
                for k in 0..<2 {
                    _ = try await services.objectives.create(
                        caller,
                        project: p.id,
                        Input(
                            fields: [
                                "name": .string("KPI \(k)"), "target": .number("100"), "direction": .string("higher_is_better"),
                                "red_threshold": .number("60"), "amber_threshold": .number("80"),
                            ],
                            fromForm: false
                        )
                    )
                }
                for k in 0..<3 {
                    _ = try await services.stakeholders.create(
                        caller,
                        project: p.id,
                        Input(
                            fields: [
                                "name": .string("Person \(k)"), "kind": .string(StakeholderKind.allCases[k].rawValue),
                                "influence": .number(String(k + 2)), "interest": .number(String(5 - k)),
                            ],
                            fromForm: false
                        )
                    )
                }
            }
        }
        let creates = Double(projects)
        report("create project + 2 objectives + 3 stakeholders", total: createTime, count: projects, unit: "project")
        print(String(format: "    = %.0f projects/s, %.0f transactions/s", creates / createTime.seconds, creates * 6 / createTime.seconds))

        // 2. Portfolio pages of 50.
        let queries: [(String, PortfolioQuery)] = [
            ("first page, by code", PortfolioQuery(perPage: 50)),
            ("page 100, by name", PortfolioQuery(sort: .name, page: max(1, min(100, projects / 50)), perPage: 50)),
            ("status filter + sponsor filter", PortfolioQuery(status: .active, sponsor: "Li Wei", perPage: 50)),
            ("text search", PortfolioQuery(search: "project 12", perPage: 50)),
        ]
        for (name, q) in queries {
            let samples = try await sample(300) { _ = try await services.projects.list(caller, q) }
            report("portfolio page of 50: \(name)", samples: samples)
        }

        // 3. One project's overview (charter, allocations, objectives, stakeholders, phases, reviews).
        var k = 0
        let overview = try await sample(1000) {
            k = (k &+ 7919) % ids.count
            _ = try await services.projects.overview(caller, ids[k])
        }
        report("project overview", samples: overview)
        await db.close()
    }

    func sample(_ n: Int, _ body: () async throws -> Void) async throws -> [Duration] {
        let clock = ContinuousClock()
        for _ in 0..<min(20, n) { try await body() }  // warm-up
        var out: [Duration] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try await clock.measure { try await body() }) }
        return out.sorted()
    }

    func pad(_ s: String) -> String { s.count >= 56 ? s + " " : s + String(repeating: " ", count: 56 - s.count) }

    func report(_ name: String, samples: [Duration]) {
        let p50 = samples[samples.count / 2], p95 = samples[samples.count * 95 / 100], max = samples.last!
        print(pad(name) + String(format: "p50 %7.3f ms  p95 %7.3f ms  max %7.3f ms  (n=%d)", p50.ms, p95.ms, max.ms, samples.count))
    }

    func report(_ name: String, total: Duration, count: Int, unit: String) {
        print(pad(name) + String(format: "total %8.2f s  per \(unit) %7.3f ms  (n=%d)", total.seconds, total.ms / Double(count), count))
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
    var ms: Double { seconds * 1000 }
}
