import Foundation
import KeelApp
import KeelCore
import KeelStore
import Logging
import SQLKit

/// The database half of `keel-bench finance`: a stored project on SQLite with the schedule bench's
/// plan of N tasks (default 10,000 WBS elements), one cost account per task with an approved,
/// time-phased budget line, progress on half the tasks, and 1,000,000 actual-cost ledger entries
/// (with their double-entry lines) over three years. Times the earned value use case at one status
/// date (the ledger aggregated in SQL, the plan from the cache, the rollup) and the weekly series.
struct FinanceStoreBench {
    let elements: Int
    let postings: Int

    func run() async throws {
        var logger = Logger(label: "keel-bench")
        logger.logLevel = .warning
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("keel-bench-finance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await Database.open(.sqlite(path: dir.appendingPathComponent("bench.sqlite").path), logger: logger)
        try await Migrator(database: db).migrate()
        let services = KeelServices(database: db)
        let caller = Caller.system("bench")
        let project = try await services.projects.create(
            caller,
            Input(fields: ["code": .string("EVM-BENCH"), "name": .string("EVM bench"), "currency": .string("CNY")], fromForm: false)
        ).id
        let network = ScheduleBench.network(tasks: elements, seed: 42)
        _ = try await services.schedule.importPlan(caller, project: project, ProjectPlan(name: "Bench", network: network))
        let view = try await services.schedule.view(caller, project: project)
        print("keel-bench finance (SQLite) — \(view.plan.tasks.count) WBS elements, \(postings) ledger entries")

        // Accounts, an approved budget and progress, written straight to the tables (setup, not measured).
        var rng = SplitMix64(seed: 2027)
        let clock = ContinuousClock()
        let version = BudgetVersion(projectID: project, number: 1, name: "Bench", status: .approved, createdBy: "bench", createdAt: Timestamp.now())
        var accounts: [(ID<CostAccount>, Day, Day)] = []
        let setup = try await clock.measure {
            try await db.transaction { sql in
                try await BudgetRepository.insert(version, on: sql)
                for (i, task) in view.plan.tasks.enumerated() {
                    let account = CostAccount(projectID: project, taskID: task.id, category: "labour", code: "A-\(i)")
                    try await CostAccountRepository.insert(account, on: sql)
                    let s = view.schedule.tasks[i]
                    let minutes = WorkingTime(.standard).dailyMinutes(from: s.start, to: s.finish)
                    let amount = Int64(1_000_000 + rng.next() % 50_000_000)
                    try await BudgetRepository.insert(
                        BudgetLine(
                            versionID: version.id,
                            costAccountID: account.id,
                            method: .even,
                            amount: amount,
                            segments: BudgetPhasing.spread(total: amount, from: s.start.day, minutes: minutes, method: .even)
                        ),
                        project: project,
                        on: sql
                    )
                    accounts.append((account.id, s.start.day, s.finish.day))
                    if i % 2 == 0 {
                        try await EarnedValueRepository.recordProgress(
                            task: task.id,
                            project: project,
                            day: s.start.day.adding(days: 5),
                            percent: Int(rng.next() % 101),
                            on: sql
                        )
                    }
                }
            }
            // A million entries in batches of 400, each with its two lines.
            let start = view.schedule.projectStart.day
            var posted = 0
            while posted < postings {
                let batch = min(400, postings - posted)
                try await db.transaction { sql in
                    var entries: [LedgerEntry] = []
                    for k in 0..<batch {
                        let a = accounts[Int(rng.next() % UInt64(accounts.count))]
                        let day = start.adding(days: Int(rng.next() % 1_095))
                        entries.append(
                            LedgerEntry(
                                projectID: project,
                                number: Int64(posted + k + 1),
                                kind: rng.next() % 5 == 0 ? .accrual : .actualCost,
                                date: day,
                                costAccountID: a.0,
                                amount: Money(minor: Int64(1_000 + rng.next() % 500_000), currency: .cny),
                                postedAt: "2027-01-01T00:00:00Z",
                                postedBy: "bench"
                            )
                        )
                    }
                    try await Self.bulkInsert(entries, on: sql)
                }
                posted += batch
            }
        }
        print(
            String(
                format: "setup: %d accounts, budget lines, progress and %d entries in %.1f s",
                accounts.count,
                postings,
                Double(setup.components.seconds)
            )
        )

        let status = view.schedule.projectStart.day.adding(days: 540)
        var times: [Duration] = []
        var report: EarnedValueReport?
        for _ in 0..<6 {
            times.append(try await clock.measure { report = try await services.earnedValue.report(caller, project: project, statusDate: status) })
        }
        times = Array(times.dropFirst()).sorted()  // the first run warms the plan cache
        let r = report!
        print(
            String(
                format: "earned value at one status date (SQL aggregation of the ledger + rollup of every node): median %.0f ms, max %.0f ms",
                times[2].ms,
                times[4].ms
            )
        )
        print(
            String(
                format: "  project: BAC %lld, PV %lld, EV %lld, AC %lld, CPI %.3f, SPI %.3f; %d WBS rows",
                r.project.bac,
                r.project.pv,
                r.project.ev,
                r.project.ac,
                r.project.cpi ?? 0,
                r.project.spi ?? 0,
                r.rows.count
            )
        )
        var series: [Duration] = []
        var points = 0
        for _ in 0..<3 {
            series.append(
                try await clock.measure {
                    points = try await services.earnedValue.series(
                        caller,
                        project: project,
                        from: view.schedule.projectStart.day,
                        through: view.schedule.projectStart.day.adding(days: 3 * 365)
                    ).count
                }
            )
        }
        series.sort()
        print(String(format: "weekly series over three years (%d points, the ledger summed by day + rollup): median %.0f ms", points, series[1].ms))
        print("peak resident memory: \(ScheduleBench.peakResidentMB()) MB")
    }

    static func bulkInsert(_ entries: [LedgerEntry], on sql: any SQLDatabase) async throws {
        var values: SQLQueryString = ""
        var lines: SQLQueryString = ""
        for (i, e) in entries.enumerated() {
            let row: SQLQueryString = """
                (\(bind: e.id.description), \(bind: e.projectID.description), \(bind: e.number), \(bind: e.kind.rawValue), \(bind: e.date.iso),
                \(bind: e.costAccountID!.description), \(bind: e.amount.minor), 'CNY', '', '', '', NULL, \(bind: e.postedAt), 'bench')
                """
            values = i == 0 ? row : "\(values), \(row)"
            for (k, l) in e.lines.enumerated() {
                let lineRow: SQLQueryString =
                    "(\(bind: e.id.description), \(bind: Int64(k + 1)), \(bind: e.projectID.description), \(bind: l.account.rawValue), \(bind: e.costAccountID!.description), \(bind: l.amount))"
                lines = i == 0 && k == 0 ? lineRow : "\(lines), \(lineRow)"
            }
        }
        try await sql.raw(
            "INSERT INTO ledger_entries (id, project_id, number, kind, entry_date, cost_account_id, amount, currency, counterparty, reference, memo, reverses, posted_at, posted_by) VALUES \(values)"
        ).run()
        try await sql.raw("INSERT INTO ledger_lines (entry_id, line, project_id, account, cost_account_id, amount) VALUES \(lines)").run()
    }
}
