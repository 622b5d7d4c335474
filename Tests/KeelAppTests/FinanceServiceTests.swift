import Foundation
import KeelApp
import KeelCore
import KeelStore
import SQLKit
import Testing

import TestSupport

/// The ledger and cost structure on both databases: postings and reversals keep the trial balance at
/// zero, every refused posting stores nothing, and the database itself refuses to change or delete
/// a posted entry.
@Suite struct FinanceServiceTests {
    let caller = Caller.system("test")

    func setUp(_ services: KeelServices) async throws -> (ID<Project>, CostAccount, ID<PlanTask>) {
        let p = try await services.projects.create(caller, sampleCharter()).id
        let task = try await services.schedule.createTask(caller, project: p, .fields(["name": "Build", "duration": "10d"])).0
        let account = try await services.finance.createAccount(
            caller,
            project: p,
            .fields(["category": "material", "task_id": task.id.description, "code": "1-MAT", "name": "Build materials"])
        )
        return (p, account, task.id)
    }

    @Test(arguments: TestBackend.available)
    func postingsAndReversalsKeepTheBooksBalanced(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let (p, account, _) = try await setUp(services)
            let a = account.id.description
            let po = try await services.finance.post(
                caller,
                project: p,
                .fields([
                    "kind": "commitment", "date": "2027-02-01", "cost_account_id": a, "amount": "50000.00", "counterparty": "Steel Co",
                    "reference": "PO-17",
                ])
            )
            #expect(po.number == 1 && po.amount.minor == 5_000_000)
            let invoice = try await services.finance.post(
                caller,
                project: p,
                .fields(["kind": "actual_cost", "date": "2027-02-20", "cost_account_id": a, "amount": "20000", "reference": "INV-3"])
            )
            _ = try await services.finance.post(
                caller,
                project: p,
                .fields(["kind": "commitment_release", "date": "2027-02-20", "cost_account_id": a, "amount": "20000"])
            )
            _ = try await services.finance.post(caller, project: p, .fields(["kind": "revenue", "date": "2027-02-25", "amount": "80000"]))
            _ = try await services.finance.post(caller, project: p, .fields(["kind": "payment_received", "date": "2027-03-05", "amount": "30000"]))
            var overview = try await services.finance.overview(caller, project: p)
            #expect(overview.trialBalanceTotal == 0)
            #expect(overview.actualCost == 2_000_000 && overview.openCommitments == 3_000_000)
            #expect(overview.revenue == 8_000_000 && overview.cashReceived == 3_000_000)
            #expect(overview.totals[account.id] == AccountTotals(actual: 2_000_000, committed: 3_000_000))

            // A correction is a reversal: the original stays, the balances return.
            let reversal = try await services.finance.reverse(
                caller,
                project: p,
                invoice.id,
                .fields(["memo": "wrong supplier", "date": "2027-03-01"])
            )
            #expect(reversal.reverses == invoice.id && reversal.number == 6 && reversal.amount == invoice.amount)
            overview = try await services.finance.overview(caller, project: p)
            #expect(overview.trialBalanceTotal == 0 && overview.actualCost == 0)
            let page = try await services.finance.ledger(caller, project: p, LedgerRepository.Filter())
            #expect(page.total == 6 && page.reversals == [invoice.id: reversal.id])
            #expect(try await services.finance.entry(caller, project: p, invoice.id).reversedBy?.id == reversal.id)
            let filtered = try await services.finance.ledger(
                caller,
                project: p,
                LedgerRepository.Filter(from: Day(iso: "2027-02-20"), kind: .actualCost)
            )
            #expect(filtered.entries.map(\.number) == [6, 2])

            // Reversing twice, reversing a reversal: refused.
            #expect(
                await fieldErrors {
                    _ = try await services.finance.reverse(caller, project: p, invoice.id, .fields(["memo": "again", "date": "2027-03-10"]))
                } == ["reverses": [.alreadyReversed]]
            )
            #expect(
                await fieldErrors {
                    _ = try await services.finance.reverse(caller, project: p, reversal.id, .fields(["memo": "undo", "date": "2027-03-10"]))
                } == ["reverses": [.reversalOfReversal]]
            )
            // The open commitment never goes negative: release or reversed commitment beyond it.
            #expect(
                await fieldErrors {
                    _ = try await services.finance.post(
                        caller,
                        project: p,
                        .fields(["kind": "commitment_release", "cost_account_id": a, "amount": "30000.01", "date": "2027-03-10"])
                    )
                } == ["amount": [.exceedsOpenCommitment]]
            )
            _ = try await services.finance.post(
                caller,
                project: p,
                .fields(["kind": "commitment_release", "cost_account_id": a, "amount": "30000", "date": "2027-03-10"])
            )
            #expect(
                await fieldErrors {
                    _ = try await services.finance.reverse(caller, project: p, po.id, .fields(["memo": "cancelled", "date": "2027-03-10"]))
                } == ["amount": [.exceedsOpenCommitment]]
            )
            #expect(try await services.finance.overview(caller, project: p).trialBalanceTotal == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func badPostingsStoreNothing(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let (p, account, _) = try await setUp(services)
            let (other, otherAccount, _) = try await setUp(services)
            let foreign = try await services.finance.post(
                caller,
                project: other,
                .fields(["kind": "actual_cost", "cost_account_id": otherAccount.id.description, "amount": "10"])
            )
            _ = try await services.finance.closePeriod(caller, project: p, .fields(["period": "2027-01"]))
            let before = try await TestDatabase.rowCounts(db)
            let a = account.id.description
            #expect(
                await fieldErrors {
                    _ = try await services.finance.post(
                        caller,
                        project: p,
                        .fields(["kind": "bribe", "amount": "1.234", "date": "2027-13-01", "cost_account_id": a, "currency": "XYZ", "extra": "1"])
                    )
                } == [
                    "kind": [.invalidChoice], "amount": [.tooManyDecimals], "date": [.invalidDay], "currency": [.unknownCurrency],
                    "extra": [.unknownField],
                ]
            )
            #expect(
                await fieldErrors {
                    _ = try await services.finance.post(
                        caller,
                        project: p,
                        .fields(["kind": "actual_cost", "amount": "5", "cost_account_id": a, "currency": "XYZ"])
                    )
                } == ["currency": [.unknownCurrency]]
            )
            // Another currency needs the project's exchange rate for the day (see ExchangeRateServiceTests).
            #expect(
                await fieldErrors {
                    _ = try await services.finance.post(
                        caller,
                        project: p,
                        .fields(["kind": "actual_cost", "amount": "5", "cost_account_id": a, "currency": "USD"])
                    )
                } == ["currency": [.noExchangeRate]]
            )
            #expect(
                await fieldErrors { _ = try await services.finance.post(caller, project: p, .fields(["kind": "actual_cost", "amount": "5"])) } == [
                    "cost_account_id": [.required]
                ]
            )
            #expect(
                await fieldErrors {
                    _ = try await services.finance.post(
                        caller,
                        project: p,
                        .fields(["kind": "actual_cost", "amount": "5", "cost_account_id": otherAccount.id.description])
                    )
                } == ["cost_account_id": [.unknownReference]]
            )
            #expect(
                await fieldErrors {
                    _ = try await services.finance.post(
                        caller,
                        project: p,
                        .fields(["kind": "actual_cost", "amount": "5", "cost_account_id": a, "date": "2027-01-31"])
                    )
                } == ["date": [.periodClosed]]
            )
            #expect(
                await fieldErrors {
                    _ = try await services.finance.post(caller, project: p, .fields(["kind": "actual_cost", "amount": "0", "cost_account_id": a]))
                } == ["amount": [.outOfRange]]
            )
            #expect(
                await fieldErrors {
                    _ = try await services.finance.post(
                        caller,
                        project: p,
                        .fields(["kind": "actual_cost", "amount": "99999999999999999999", "cost_account_id": a])
                    )
                } == ["amount": [.outOfRange]]
            )
            #expect(
                await fieldErrors {
                    _ = try await services.finance.post(
                        caller,
                        project: p,
                        .fields(["kind": "actual_cost", "amount": "100000000001", "cost_account_id": a])
                    )
                } == ["amount": [.outOfRange]]
            )
            #expect(
                await fieldErrors { _ = try await services.finance.reverse(caller, project: p, foreign.id, .fields(["memo": "not ours"])) } == [
                    "reverses": [.unknownReference]
                ]
            )
            #expect(
                await fieldErrors { _ = try await services.finance.reverse(caller, project: p, foreign.id, .fields([:])) } == ["memo": [.required]]
            )
            await #expect(throws: KeelError.conflict("the period 2027-01 is already closed")) {
                _ = try await services.finance.closePeriod(caller, project: p, .fields(["period": "2027-01"]))
            }
            #expect(
                await fieldErrors { _ = try await services.finance.closePeriod(caller, project: p, .fields(["period": "January"])) } == [
                    "period": [.invalidFormat]
                ]
            )
            #expect(try await TestDatabase.rowCounts(db) == before)
        }
    }

    @Test(arguments: TestBackend.available)
    func theDatabaseRefusesToRewriteTheLedger(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let (p, account, _) = try await setUp(services)
            let e = try await services.finance.post(
                caller,
                project: p,
                .fields(["kind": "actual_cost", "cost_account_id": account.id.description, "amount": "10"])
            )
            for statement in [
                "UPDATE ledger_entries SET amount = 1", "DELETE FROM ledger_entries", "UPDATE ledger_lines SET amount = 0",
                "DELETE FROM ledger_lines",
            ] {
                await #expect(throws: (any Error).self) { try await db.transaction { sql in try await sql.raw(SQLQueryString(statement)).run() } }
            }
            if backend == .postgres {
                await #expect(throws: (any Error).self) { try await db.transaction { sql in try await sql.raw("TRUNCATE ledger_lines").run() } }
            }
            #expect(try await services.finance.entry(caller, project: p, e.id).entry == e)
            // Nor can the project (or the account) be deleted with its ledger, nor its currency change.
            await #expect(throws: KeelError.self) { try await services.projects.delete(caller, p, expectedVersion: nil) }
            await #expect(throws: KeelError.self) { try await services.finance.deleteAccount(caller, project: p, account.id, expectedVersion: nil) }
            #expect(
                await fieldErrors { _ = try await services.projects.update(caller, p, .fields(["currency": "USD"]), expectedVersion: nil) } == [
                    "currency": [.invalidChoice]
                ]
            )
        }
    }

    @Test(arguments: TestBackend.available)
    func costStructureRules(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let (p, account, task) = try await setUp(services)
            #expect(
                await fieldErrors {
                    _ = try await services.finance.createAccount(
                        caller,
                        project: p,
                        .fields(["category": "material", "task_id": task.description, "code": "1-mat"])
                    )
                }
                    == ["code": [.duplicate], "category": [.duplicate]]
            )
            #expect(
                await fieldErrors {
                    _ = try await services.finance.createAccount(caller, project: p, .fields(["category": "catering", "task_id": UUID().uuidString]))
                }
                    == ["category": [.invalidChoice], "task_id": [.unknownReference], "code": [.required]]
            )
            let catering = try await services.finance.createCategory(caller, project: p, .fields(["code": "Catering", "name": "Site catering"]))
            #expect(catering.code == "catering")
            #expect(
                await fieldErrors { _ = try await services.finance.createCategory(caller, project: p, .fields(["code": "labour", "name": "x"])) } == [
                    "code": [.duplicate]
                ]
            )
            #expect(
                await fieldErrors { _ = try await services.finance.createCategory(caller, project: p, .fields(["code": "9 lives", "name": "x"])) }
                    == ["code": [.invalidFormat]]
            )
            let projectLevel = try await services.finance.createAccount(caller, project: p, .fields(["category": "catering", "code": "P-CAT"]))
            #expect(projectLevel.taskID == nil)
            await #expect(throws: KeelError.self) { try await services.finance.deleteCategory(caller, project: p, code: "catering") }
            await #expect(throws: KeelError.self) { try await services.finance.deleteCategory(caller, project: p, code: "labour") }
            try await services.finance.deleteAccount(caller, project: p, projectLevel.id, expectedVersion: projectLevel.version)
            try await services.finance.deleteCategory(caller, project: p, code: "catering")
            #expect(try await services.finance.categories(caller, project: p).map(\.code) == CostCategory.standardCodes)
            // Deleting the task keeps the account (and anything posted to it) at project level.
            _ = try await services.schedule.deleteTask(caller, project: p, task, expectedVersion: nil)
            #expect(try await services.finance.account(caller, project: p, account.id).taskID == nil)
        }
    }
}
