import Foundation
import KeelApp
import KeelCore
import KeelStore
import Testing

import TestSupport

/// Budget versions and their approval on both databases: lines time-phased from the schedule, levels
/// approved in order by different people, every abuse refused with nothing stored, the approved
/// version superseded by the next.
@Suite struct BudgetServiceTests {
    let system = Caller.system("test")

    struct People {
        let manager: Caller, manager2: Caller, owner: Caller, finance: Caller
    }

    func setUp(_ services: KeelServices) async throws -> (ID<Project>, [CostAccount], People) {
        let p = try await services.projects.create(system, sampleCharter(["planned_start": "2027-03-01"])).id
        _ = try await services.schedule.updateSettings(system, project: p, .fields(["project_start": "2027-03-01T08:00"]), expectedVersion: nil)
        let build = try await services.schedule.createTask(system, project: p, .fields(["name": "Build", "duration": "30d"])).0
        let labour = try await services.finance.createAccount(
            system,
            project: p,
            .fields(["category": "labour", "task_id": build.id.description, "code": "B-LAB"])
        )
        let travel = try await services.finance.createAccount(system, project: p, .fields(["category": "travel", "code": "P-TRV"]))
        var callers: [Caller] = []
        for (email, role) in [("m1@b.keel", "manager"), ("m2@b.keel", "manager"), ("o@b.keel", "owner"), ("f@b.keel", "finance")] {
            let user = try await services.identity.createUser(
                system,
                .fields(["email": email, "display_name": email, "password": "budget password 1"])
            )
            _ = try await services.members.add(system, project: p, .fields(["email": email, "role": role]))
            callers.append(Caller.user(user, requestID: "t"))
        }
        return (p, [labour, travel], People(manager: callers[0], manager2: callers[1], owner: callers[2], finance: callers[3]))
    }

    func status(_ error: () async throws -> Void) async -> String {
        do {
            try await error()
            return "ok"
        } catch let e as KeelError {
            switch e {
            case .forbidden: return "403"
            case .conflict, .versionMismatch: return "409"
            case .validation(let list): return "422 " + list.map { "\($0.field):\($0.code.rawValue)" }.joined(separator: ",")
            default: return "\(e)"
            }
        } catch { return "\(error)" }
    }

    @Test(arguments: TestBackend.available)
    func versionsAreApprovedLevelByLevel(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let (p, accounts, people) = try await setUp(services)
            let budgets = services.budgets
            // Prepared by the finance controller: 480,000 over the 30 working days of Build, travel by month.
            var v1 = try await budgets.create(people.finance, project: p, .fields(["name": "Approved plan", "contingency_reserve": "20000"]))
            let spread = try await budgets.addLine(
                people.finance,
                project: p,
                v1.id,
                .fields(["cost_account_id": accounts[0].id.description, "amount": "480000", "method": "even"]),
                expectedVersion: v1.version
            )
            // 30 working days from Monday 1 March 2027: March has 23 weekdays, April the other 7.
            #expect(spread.segments.map(\.amount) == [36_800_000, 11_200_000])
            #expect(spread.segments.first?.from == Day(iso: "2027-03-01") && spread.segments.last?.through == Day(iso: "2027-04-09"))
            let manual = try await budgets.addLine(
                people.finance,
                project: p,
                v1.id,
                .fields(["cost_account_id": accounts[1].id.description, "method": "manual", "months": "2027-03 5000; 2027-05 2500.50"]),
                expectedVersion: nil
            )
            #expect(manual.amount == 750_050 && manual.segments.count == 2)
            v1 = try await budgets.get(people.finance, project: p, v1.id).plan.version
            #expect(await status { _ = try await budgets.submit(people.finance, project: p, v1.id, expectedVersion: v1.version - 1) } == "409")
            v1 = try await budgets.submit(people.finance, project: p, v1.id, expectedVersion: v1.version)
            #expect(v1.status == .submitted && v1.round == 1)
            var detail = try await budgets.get(people.manager, project: p, v1.id)
            // 487,500.50 + 20,000 reserve: above 100,000, so the manager then the owner.
            #expect(detail.required.map(\.level) == [1, 2] && detail.next?.level == 1 && detail.callerMayDecide)
            #expect(try await budgets.get(people.owner, project: p, v1.id).callerMayDecide == false)

            // The abuse cases, none of which stores anything.
            let before = try await TestDatabase.rowCounts(db)
            // Submitter:
            #expect(await status { _ = try await budgets.approve(people.finance, project: p, v1.id, .fields([:]), expectedVersion: nil) } == "403")
            #expect(
                await status { _ = try await budgets.approve(people.owner, project: p, v1.id, .fields(["level": 2]), expectedVersion: nil) } == "409"
            )  // skip
            // Wrong role:
            #expect(await status { _ = try await budgets.approve(people.owner, project: p, v1.id, .fields([:]), expectedVersion: nil) } == "403")
            #expect(
                await status { _ = try await budgets.approve(people.manager, project: p, v1.id, .fields([:]), expectedVersion: v1.version - 1) }
                    == "409"
            )  // stale
            #expect(
                await status {
                    _ = try await budgets.addLine(
                        people.finance,
                        project: p,
                        v1.id,
                        .fields(["cost_account_id": accounts[1].id.description, "amount": "1"]),
                        expectedVersion: nil
                    )
                } == "409"
            )
            #expect(
                await status { _ = try await budgets.reject(people.manager, project: p, v1.id, .fields([:]), expectedVersion: nil) }
                    == "422 reason:required"
            )
            #expect(try await TestDatabase.rowCounts(db) == before)

            // Racing: two managers approve level 1 at once; exactly one wins.
            let racedID = v1.id
            async let a = status { _ = try await budgets.approve(people.manager, project: p, racedID, .fields(["level": 1]), expectedVersion: nil) }
            async let b = status { _ = try await budgets.approve(people.manager2, project: p, racedID, .fields(["level": 1]), expectedVersion: nil) }
            let outcomes = [await a, await b].sorted()
            #expect(outcomes == ["409", "ok"])
            let winner = outcomes == ["409", "ok"] ? try await budgets.get(people.owner, project: p, v1.id).decisions[0].decidedBy : ""
            let firstApprover = winner == people.manager.auditName ? people.manager : people.manager2
            // The same person cannot decide level 2 as well (even were they owner); the owner can.
            #expect(await status { _ = try await budgets.approve(firstApprover, project: p, v1.id, .fields([:]), expectedVersion: nil) } == "403")
            v1 = try await budgets.approve(people.owner, project: p, v1.id, .fields(["level": 2]), expectedVersion: nil)
            #expect(v1.status == .approved)
            #expect(await status { _ = try await budgets.approve(people.owner, project: p, v1.id, .fields([:]), expectedVersion: nil) } == "409")
            #expect(try await budgets.baseline(people.manager, project: p)?.pmb == 48_750_050)

            // Version 2 starts as a copy, is rejected, changed and resubmitted; approving it supersedes version 1.
            var v2 = try await budgets.create(people.finance, project: p, .fields(["name": "Rebaseline"]))
            #expect(v2.contingencyReserve == 2_000_000)  // the copy keeps the approved version's reserve
            detail = try await budgets.get(people.finance, project: p, v2.id)
            #expect(detail.plan.lines.count == 2 && detail.changes.allSatisfy { $0.delta == 0 })
            let line = try #require(detail.plan.lines.first { $0.costAccountID == accounts[1].id })
            _ = try await budgets.updateLine(people.finance, project: p, v2.id, line.id, .fields(["months": "2027-03 4000"]), expectedVersion: nil)
            v2 = try await budgets.submit(people.finance, project: p, v2.id, expectedVersion: nil)
            v2 = try await budgets.reject(people.manager, project: p, v2.id, .fields(["reason": "Travel is too low"]), expectedVersion: nil)
            #expect(v2.status == .rejected)
            // After rejection:
            #expect(await status { _ = try await budgets.approve(people.manager2, project: p, v2.id, .fields([:]), expectedVersion: nil) } == "409")
            v2 = try await budgets.submit(people.finance, project: p, v2.id, expectedVersion: nil)
            #expect(v2.round == 2)
            detail = try await budgets.get(people.manager, project: p, v2.id)
            #expect(detail.next?.level == 1 && detail.changes.map(\.delta).sorted() == [-350_050, 0])
            // The manager who rejected in round 1 may approve in round 2.
            v2 = try await budgets.approve(people.manager, project: p, v2.id, .fields([:]), expectedVersion: nil)
            v2 = try await budgets.approve(people.owner, project: p, v2.id, .fields([:]), expectedVersion: nil)
            #expect(v2.status == .approved)
            let versions = try await budgets.list(people.manager, project: p)
            #expect(versions.map(\.version.status) == [.approved, .superseded])
            // Approved and superseded versions do not change; never-approved ones may be removed.
            #expect(await status { try await budgets.delete(people.finance, project: p, v1.id, expectedVersion: nil) } == "409")
            #expect(await status { try await services.finance.deleteAccount(system, project: p, accounts[1].id, expectedVersion: nil) } == "409")
        }
    }

    @Test(arguments: TestBackend.available)
    func policiesAndBadLines(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let (p, accounts, people) = try await setUp(services)
            let budgets = services.budgets
            #expect(try await budgets.policy(people.manager, project: p) == ApprovalPolicy.standard(.cny))
            #expect(
                await status { _ = try await budgets.updatePolicy(people.manager, project: p, .fields(["levels": [["role": "finance"]]])) } == "403"
            )
            let bad: [String: any Sendable] = [
                "levels": [["max_amount": "500", "role": "manager"] as [String: any Sendable], ["max_amount": "400", "role": "viewer"]]
            ]
            #expect(
                await status { _ = try await budgets.updatePolicy(people.owner, project: p, .fields(bad)) }
                    == "422 levels[1].max_amount:unordered,levels[1].role:invalid_choice,levels[1].max_amount:must_be_empty"
            )
            let policy = try await budgets.updatePolicy(
                people.owner,
                project: p,
                .fields(["levels": [["max_amount": "250000", "role": "finance"] as [String: any Sendable], ["role": "owner"]]])
            )
            #expect(policy.levels.map(\.role) == [.finance, .owner] && policy.levels[0].maxAmount == 25_000_000)

            let v = try await budgets.create(people.finance, project: p, .fields(["name": "v1"]))
            let a = accounts[0].id.description
            #expect(
                await status {
                    _ = try await budgets.addLine(people.finance, project: p, v.id, .fields(["cost_account_id": a]), expectedVersion: nil)
                } == "422 amount:required"
            )
            let manualOutcome = await status {
                _ = try await budgets.addLine(
                    people.finance,
                    project: p,
                    v.id,
                    .fields(["cost_account_id": a, "method": "manual", "amount": "5", "months": "2027-13 5; 2027-01 x"]),
                    expectedVersion: nil
                )
            }
            #expect(
                manualOutcome == "422 months[0].period:invalid_format,months[1].amount:invalid_amount,amount:must_be_empty"
            )
            #expect(
                await status {
                    _ = try await budgets.addLine(
                        people.finance,
                        project: p,
                        v.id,
                        .fields(["cost_account_id": UUID().uuidString, "amount": "0"]),
                        expectedVersion: nil
                    )
                }
                    == "422 cost_account_id:unknown_reference,amount:out_of_range"
            )
            #expect(await status { _ = try await budgets.submit(people.finance, project: p, v.id, expectedVersion: nil) } == "422 lines:required")
            #expect(
                await status { _ = try await budgets.create(people.manager, project: p, .fields(["name": "x", "management_reserve": "-1"])) }
                    == "422 management_reserve:negative"
            )
            // A member prepares nothing.
            let member = try await services.identity.createUser(
                system,
                .fields(["email": "mem@b.keel", "display_name": "mem", "password": "budget password 1"])
            )
            _ = try await services.members.add(system, project: p, .fields(["email": "mem@b.keel", "role": "member"]))
            #expect(await status { _ = try await budgets.create(Caller.user(member, requestID: "t"), project: p, .fields(["name": "x"])) } == "403")
        }
    }
}

/// Cost control on both databases: positions from the approved budget and the ledger, and new
/// commitments beyond budget warned about or refused as the project says.
@Suite struct CostControlServiceTests {
    let caller = Caller.system("test")

    @Test(arguments: TestBackend.available)
    func commitmentsBeyondBudget(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await services.projects.create(caller, sampleCharter()).id
            let build = try await services.schedule.createTask(caller, project: p, .fields(["name": "Build", "duration": "10d"])).0
            let account = try await services.finance.createAccount(
                caller,
                project: p,
                .fields(["category": "material", "task_id": build.id.description, "code": "B-MAT"])
            )
            let a = account.id.description
            // Before a budget is approved there is nothing to control against.
            #expect(
                try await services.finance.posting(caller, project: p, .fields(["kind": "commitment", "cost_account_id": a, "amount": "500"]))
                    .overBudget == nil
            )
            _ = try await services.budgets.updatePolicy(caller, project: p, .fields(["levels": [["role": "finance"]]]))
            let controller = try await services.identity.createUser(
                caller,
                .fields(["email": "f@cc.keel", "display_name": "F", "password": "cost control 1"])
            )
            _ = try await services.members.add(caller, project: p, .fields(["email": "f@cc.keel", "role": "finance"]))
            let v = try await services.budgets.create(caller, project: p, .fields(["name": "Plan"]))
            _ = try await services.budgets.addLine(caller, project: p, v.id, .fields(["cost_account_id": a, "amount": "1000"]), expectedVersion: nil)
            _ = try await services.budgets.submit(caller, project: p, v.id, expectedVersion: nil)
            _ = try await services.budgets.approve(Caller.user(controller, requestID: "t"), project: p, v.id, .fields([:]), expectedVersion: nil)

            // Warn (the default): posted, with the overrun.
            let warned = try await services.finance.posting(
                caller,
                project: p,
                .fields(["kind": "commitment", "cost_account_id": a, "amount": "600"])
            )
            #expect(warned.overBudget == 10_000)
            // Stop with a 10% tolerance: 1,100 may be committed or spent in all.
            _ = try await services.costControl.updateSettings(caller, project: p, .fields(["control": "stop", "tolerance_percent": "10"]))
            let before = try await TestDatabase.rowCounts(db)
            #expect(
                await fieldErrors {
                    _ = try await services.finance.post(caller, project: p, .fields(["kind": "commitment", "cost_account_id": a, "amount": "0.01"]))
                }
                    == ["amount": [.exceedsBudget]]
            )
            #expect(try await TestDatabase.rowCounts(db) == before)
            _ = try await services.finance.post(caller, project: p, .fields(["kind": "commitment_release", "cost_account_id": a, "amount": "100"]))
            #expect(
                try await services.finance.posting(caller, project: p, .fields(["kind": "commitment", "cost_account_id": a, "amount": "100"]))
                    .overBudget == nil
            )
            #expect(
                await fieldErrors {
                    _ = try await services.costControl.updateSettings(caller, project: p, .fields(["control": "loose", "tolerance_percent": "120"]))
                }
                    == ["control": [.invalidChoice], "tolerance_percent": [.outOfRange]]
            )

            let report = try await services.costControl.report(caller, project: p)
            #expect(report.total == CostPosition(budget: 100_000, committed: 110_000, actual: 0))
            #expect(report.total.forecast == 110_000 && report.total.variance == -10_000)
            #expect(report.categories.map(\.label) == ["material"] && report.wbs.map(\.label) == ["Build"])
            #expect(report.settings == CostControlSettings(control: .stop, toleranceBasisPoints: 1_000))
        }
    }
}
