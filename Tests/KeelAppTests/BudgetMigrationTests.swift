import Foundation
import KeelApp
import KeelCore
import SQLKit
import Testing
import TestSupport

@testable import KeelStore

/// Migration 23 on both databases: budget lines stored when planned value accrued by calendar day are
/// phased again over their task's working time, totals and typed months kept, exactly as a line saved
/// today would be; running it again changes nothing; the projects' health is due again.
@Suite struct BudgetMigrationTests {
    let system = Caller.system("test")

    @Test(arguments: TestBackend.available)
    func storedLinesFollowWorkingTimeAfterTheMigration(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await services.projects.create(system, sampleCharter(["planned_start": "2027-03-01"])).id
            _ = try await services.schedule.updateSettings(system, project: p, .fields(["project_start": "2027-03-01T08:00"]), expectedVersion: nil)
            let build = try await services.schedule.createTask(system, project: p, .fields(["name": "Build", "duration": "30d"])).0
            let labour = try await services.finance.createAccount(
                system,
                project: p,
                .fields(["category": "labour", "task_id": build.id.description, "code": "B-LAB"])
            )
            let travel = try await services.finance.createAccount(system, project: p, .fields(["category": "travel", "code": "P-TRV"]))
            let v = try await services.budgets.create(system, project: p, .fields(["name": "Plan"]))
            _ = try await services.budgets.addLine(
                system,
                project: p,
                v.id,
                .fields(["cost_account_id": labour.id.description, "amount": "480000", "method": "front_loaded"]),
                expectedVersion: nil
            )
            _ = try await services.budgets.addLine(
                system,
                project: p,
                v.id,
                .fields(["cost_account_id": travel.id.description, "method": "manual", "months": "2027-03 3100; 2027-05 1000"]),
                expectedVersion: nil
            )
            let phased = try await db.read { sql in try await BudgetRepository.lines(v.id, on: sql) }
            #expect(phased.allSatisfy { $0.segments.allSatisfy { $0.weights != nil } })

            // Back to what an earlier version stored: no weights, typed months over the whole month.
            try await db.transaction { sql in
                for line in phased {
                    var legacy = line
                    legacy.segments = line.segments.map { s in
                        line.method == .manual
                            ? BudgetSegment.month(AccountingPeriod(containing: s.from), amount: s.amount)
                            : BudgetSegment(from: s.from, through: s.through, amount: s.amount)
                    }
                    try await BudgetRepository.update(legacy, on: sql)
                }
            }
            let before = try await db.read { sql in try await ProjectHealthRepository.changes(project: p, on: sql) }
            try await db.transaction { sql in try await Migrations.rephaseBudgetLines(on: sql) }
            let after = try await db.read { sql in try await BudgetRepository.lines(v.id, on: sql) }
            #expect(Set(after) == Set(phased))
            #expect(after.map(\.amount).sorted() == [410_000, 48_000_000])
            try await db.transaction { sql in try await Migrations.rephaseBudgetLines(on: sql) }
            #expect(Set(try await db.read { sql in try await BudgetRepository.lines(v.id, on: sql) }) == Set(phased))
            let changes = try await db.read { sql in try await ProjectHealthRepository.changes(project: p, on: sql) }
            #expect(changes == before.map { $0 + 2 })
        }
    }
}
