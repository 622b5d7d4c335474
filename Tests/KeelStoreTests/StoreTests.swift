import Foundation
import KeelApp
import KeelCore
import SQLKit
import Testing

@testable import KeelStore
import TestSupport

@Suite struct StoreTests {
    @Test(arguments: TestBackend.available)
    func migrationsApplyOnceAndAreRecorded(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend, migrate: false) { (db: Database) async throws in
            let migrator = Migrator(database: db)
            #expect(try await migrator.currentVersion() == 0)
            #expect(try await migrator.migrate() == Migrations.all.map(\.version))
            #expect(try await migrator.migrate().isEmpty)
            #expect(try await migrator.currentVersion() == Migrations.all.last!.version)
        }
    }

    @Test(arguments: TestBackend.available)
    func concurrentMigratorsMigrateOnce(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend, migrate: false) { (db: Database) async throws in
            // Several instances starting together: exactly one applies each migration.
            let results = try await withThrowingTaskGroup(of: [Int].self) { group in
                for _ in 0..<4 { group.addTask { try await Migrator(database: db).migrate() } }
                var all: [[Int]] = []
                for try await r in group { all.append(r) }
                return all
            }
            #expect(results.flatMap { $0 }.sorted() == Migrations.all.map(\.version))
        }
    }

    @Test func sqliteRunsWithWALForeignKeysAndFullSync() async throws {
        try await TestDatabase.with(.sqlite) { (db: Database) async throws in
            let mode = try await db.read { try await $0.raw("PRAGMA journal_mode").first()?.decode(column: "journal_mode", as: String.self) }
            let fk = try await db.read { try await $0.raw("PRAGMA foreign_keys").first()?.decode(column: "foreign_keys", as: Int.self) }
            let sync = try await db.read { try await $0.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self) }
            #expect(mode == "wal")
            #expect(fk == 1)
            #expect(sync == 2)
        }
    }

    @Test(arguments: TestBackend.available)
    func transactionsRollBackCompletely(_ backend: TestBackend) async throws {
        struct Boom: Error {}
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let before = try await TestDatabase.rowCounts(db)
            await #expect(throws: Boom.self) {
                try await db.transaction { sql in
                    let now = Timestamp.now()
                    let p = Project(
                        id: ID(),
                        charter: Charter(code: "RB", name: "Rollback", budget: Money(minor: 1, currency: .cny)),
                        version: 1,
                        createdAt: now,
                        updatedAt: now
                    )
                    try await ProjectRepository.insert(p, on: sql)
                    throw Boom()
                }
            }
            #expect(try await TestDatabase.rowCounts(db) == before)
            _ = services
        }
    }

    @Test(arguments: TestBackend.available)
    func moneyAndDaysRoundTripIdentically(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            // The largest amount input accepts (`SupportedRange`); one minor unit more is refused.
            let big = "100000000000.00"
            await #expect(throws: KeelError.self) {
                _ = try await services.projects.create(.system("test"), sampleCharter(["code": "BIG", "budget_amount": "100000000000.01"]))
            }
            let p = try await services.projects.create(
                .system("test"),
                sampleCharter(["budget_amount": big, "planned_start": "1999-12-31", "planned_finish": "2100-02-28"])
            )
            let loaded = try await services.projects.get(.system("test"), p.id)
            #expect(loaded.charter.budget.minor == SupportedRange.maxAmountMinor)
            #expect(loaded.charter.budget.decimalString == big)
            #expect(loaded.charter.plannedStart?.iso == "1999-12-31")
            #expect(loaded.charter.plannedFinish?.iso == "2100-02-28")
            #expect(loaded.charter.allocations.map(\.shareBasisPoints) == [6000, 4000])
        }
    }

    @Test(arguments: TestBackend.available)
    func staleVersionsAreRefusedByTheStore(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await services.projects.create(.system("test"), sampleCharter())
            var changed = p
            changed.charter.name = "Renamed"
            let first = try await db.transaction { try await ProjectRepository.update(changed, expectedVersion: 1, on: $0) }
            let second = try await db.transaction { try await ProjectRepository.update(changed, expectedVersion: 1, on: $0) }
            #expect(first == .updated(newVersion: 2))
            #expect(second == .stale)
        }
    }

    @Test(arguments: TestBackend.available)
    func portfolioFiltersSortsAndPages(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let caller = Caller.system("test")
            for i in 0..<12 {
                _ = try await services.projects.create(
                    caller,
                    sampleCharter(
                        ["name": "Project \(i)", "sponsor": i % 2 == 0 ? "Li Wei" : "Zhao Lei", "status": i % 3 == 0 ? "active" : "proposed"],
                        code: String(format: "P-%02d", i)
                    )
                )
            }
            let page = try await services.projects.list(caller, PortfolioQuery(page: 2, perPage: 5))
            #expect(page.total == 12)
            #expect(page.items.map(\.code) == ["P-05", "P-06", "P-07", "P-08", "P-09"])
            #expect(page.pageCount == 3)
            let active = try await services.projects.list(caller, PortfolioQuery(status: .active))
            #expect(active.items.map(\.code) == ["P-00", "P-03", "P-06", "P-09"])
            let li = try await services.projects.list(caller, PortfolioQuery(sponsor: "Li Wei", sort: .code, descending: true))
            #expect(li.items.first?.code == "P-10")
            #expect(li.total == 6)
            let search = try await services.projects.list(caller, PortfolioQuery(search: "project 1"))
            #expect(search.items.map(\.code) == ["P-01", "P-10", "P-11"])
            // LIKE wildcards in the search text are literal.
            #expect(try await services.projects.list(caller, PortfolioQuery(search: "%")).total == 0)
            #expect(try await services.projects.sponsors(caller) == ["Li Wei", "Zhao Lei"])
        }
    }
}
