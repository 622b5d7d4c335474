import Foundation
import KeelApp
import KeelCore
import KeelStore
import Testing

import TestSupport

/// Saved schedule risk analysis runs on both databases: a run stored and executed gives exactly the
/// inline result for the same options; later changes label it stale; runs stop when asked.
@Suite struct SimulationRunTests {
    let caller = Caller.system("test")

    func plan(_ services: KeelServices, tasks: Int = 2) async throws -> ID<Project> {
        let p = try await services.projects.create(caller, sampleCharter(["planned_start": "2026-03-02"])).id
        var previous: PlanTask?
        for i in 0..<tasks {
            let t = try await services.schedule.createTask(
                caller,
                project: p,
                .fields(["name": "T\(i)", "duration": "5d", "estimate_optimistic": "4d", "estimate_most_likely": "5d", "estimate_pessimistic": "9d"])
            ).0
            if let previous {
                _ = try await services.schedule.createLink(
                    caller,
                    project: p,
                    .fields(["predecessor_id": previous.id.description, "successor_id": t.id.description])
                )
            }
            previous = t
        }
        return p
    }

    @Test(arguments: TestBackend.available)
    func aSavedRunEqualsTheInlineRunAndGoesStale(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await plan(services)
            let options = Input.fields(["iterations": 3_000, "seed": 5, "deadline": "2026-03-20"])
            let queued = try await services.simulationRuns.enqueue(caller, project: p, options)
            #expect(queued.status == .queued)
            await services.simulationRuns.execute(queued.id, project: p)
            let saved = try await services.simulationRuns.get(caller, project: p, queued.id)
            #expect(saved.run.status == .done && saved.run.completed == 3_000 && !saved.isStale && saved.run.finishedAt != nil)
            let inline = try await services.schedule.simulate(caller, project: p, options)
            #expect(saved.stored?.result == inline.result)
            #expect(saved.stored?.taskNames == ["T0", "T1"])
            // Running it again does nothing; stopping a finished run is a conflict.
            await services.simulationRuns.execute(queued.id, project: p)
            await #expect(throws: KeelError.self) { try await services.simulationRuns.stop(caller, project: p, queued.id) }
            // A change to the plan, or to the register, makes it stale.
            let task = try await services.schedule.view(caller, project: p).plan.tasks[0]
            _ = try await services.schedule.updateTask(caller, project: p, task.id, .fields(["duration": "6d"]), expectedVersion: nil)
            #expect(try await services.simulationRuns.get(caller, project: p, queued.id).isStale)
            let again = try await services.simulationRuns.enqueue(caller, project: p, options)
            await services.simulationRuns.execute(again.id, project: p)
            #expect(try await services.simulationRuns.get(caller, project: p, again.id).isStale == false)
            _ = try await services.risks.create(caller, project: p, .fields(["title": "New risk"]))
            #expect(try await services.simulationRuns.get(caller, project: p, again.id).isStale)
            #expect(try await services.simulationRuns.list(caller, project: p).map(\.run.id) == [again.id, queued.id])
            // Bad options are refused before anything is stored.
            await #expect(throws: KeelError.self) { _ = try await services.simulationRuns.enqueue(caller, project: p, .fields(["iterations": 0])) }
        }
    }

    @Test(arguments: TestBackend.available)
    func runsStopWhenAsked(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await plan(services, tasks: 40)
            // A queued run is cancelled at once and never runs.
            let queued = try await services.simulationRuns.enqueue(caller, project: p, .fields(["iterations": 1_000]))
            try await services.simulationRuns.stop(caller, project: p, queued.id)
            await services.simulationRuns.execute(queued.id, project: p)
            #expect(try await services.simulationRuns.get(caller, project: p, queued.id).run.status == .cancelled)
            // A queued run nobody started is picked up by any instance's sweep.
            let waiting = try await services.simulationRuns.enqueue(caller, project: p, .fields(["iterations": 200]))
            #expect(try await services.simulationRuns.runWaiting(olderThan: 60) == 0)
            #expect(try await services.simulationRuns.runWaiting(olderThan: -1) == 1)
            #expect(try await services.simulationRuns.get(caller, project: p, waiting.id).run.status == .done)
            // A long run stops at its next batch once it sees the request.
            let long = try await services.simulationRuns.enqueue(caller, project: p, .fields(["iterations": 1_000_000]))
            let running = Task { await services.simulationRuns.execute(long.id, project: p) }
            for _ in 0..<200 {
                if try await services.simulationRuns.get(caller, project: p, long.id).run.status == .running { break }
                try await Task.sleep(for: .milliseconds(20))
            }
            try await services.simulationRuns.stop(caller, project: p, long.id)
            await running.value
            let stopped = try await services.simulationRuns.get(caller, project: p, long.id)
            #expect(stopped.run.status == .cancelled && stopped.run.completed < 1_000_000 && stopped.stored == nil)
        }
    }

    /// The cost side: accounts with a three-point estimate vary, the others' approved budget is
    /// certain, a risk's cost adds when it occurs, and the budget to beat is the approved version's
    /// baseline plus its contingency. Changing an estimate makes a saved run stale.
    @Test(arguments: TestBackend.available)
    func costAccountsAndTheApprovedBudgetTakePart(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await plan(services)
            let finance = services.finance
            let build = try await finance.createAccount(caller, project: p, .fields(["category": "labour", "code": "A-LAB"]))
            let kit = try await finance.createAccount(caller, project: p, .fields(["category": "material", "code": "A-MAT"]))
            let owner = try await services.identity.createUser(
                caller,
                .fields(["email": "o@sim.keel", "display_name": "O", "password": "simulation password 1"])
            )
            _ = try await services.members.add(caller, project: p, .fields(["email": "o@sim.keel", "role": "owner"]))
            _ = try await services.budgets.updatePolicy(caller, project: p, .fields(["levels": [["role": "owner"]]]))
            let v = try await services.budgets.create(caller, project: p, .fields(["name": "B", "contingency_reserve": "1000"]))
            for (account, amount) in [(build, "10000"), (kit, "5000")] {
                _ = try await services.budgets.addLine(
                    caller,
                    project: p,
                    v.id,
                    .fields(["cost_account_id": account.id.description, "method": "manual", "months": "2026-03 \(amount)"]),
                    expectedVersion: nil
                )
            }
            _ = try await services.budgets.submit(caller, project: p, v.id, expectedVersion: nil)
            _ = try await services.budgets.approve(Caller.user(owner, requestID: "t"), project: p, v.id, .fields([:]), expectedVersion: nil)
            // The material may cost 4,000 to 9,000; labour stays at its budget of 10,000.
            _ = try await finance.updateAccount(
                caller,
                project: p,
                kit.id,
                .fields(["estimate_low": "4000", "estimate_most_likely": "5000", "estimate_high": "9000"]),
                expectedVersion: nil
            )
            #expect(
                await fieldErrors {
                    _ = try await finance.updateAccount(
                        caller,
                        project: p,
                        build.id,
                        .fields(["estimate_low": "3", "estimate_most_likely": "2"]),
                        expectedVersion: nil
                    )
                } == ["estimate_high": [.required]]
            )
            #expect(
                await fieldErrors {
                    _ = try await finance.updateAccount(
                        caller,
                        project: p,
                        build.id,
                        .fields(["estimate_low": "3", "estimate_most_likely": "2", "estimate_high": "-1"]),
                        expectedVersion: nil
                    )
                } == ["estimate_high": [.negative]]
            )
            #expect(
                await fieldErrors {
                    _ = try await finance.updateAccount(
                        caller,
                        project: p,
                        build.id,
                        .fields(["estimate_low": "3", "estimate_most_likely": "2", "estimate_high": "5"]),
                        expectedVersion: nil
                    )
                } == ["estimate_most_likely": [.unordered]]
            )

            let run = try await services.schedule.simulate(caller, project: p, .fields(["iterations": 4_000, "seed": 3]))
            let cost = try #require(run.result.cost)
            #expect(run.currency == .cny && run.result.deterministicCost == 1_500_000 && run.result.budget == 1_600_000)
            #expect(cost.minimum >= 1_400_000 && cost.maximum <= 1_900_000 && cost.percentiles[50]! > 1_500_000)
            // The triangle 4,000–5,000–9,000 stays within 6,000 (the budget's share left for it) with
            // probability 1 − (9,000 − 6,000)² / ((9,000 − 4,000)(9,000 − 5,000)) = 0.55.
            let within = try #require(run.result.probabilityOfBudget)
            #expect(abs(within - 0.55) < 0.03)
            #expect(run.result.costSensitivity.first?.name == "A-MAT")

            // Saved runs read the same; a changed estimate makes them stale.
            let saved = try await services.simulationRuns.enqueue(caller, project: p, .fields(["iterations": 4_000, "seed": 3]))
            await services.simulationRuns.execute(saved.id, project: p)
            let stored = try await services.simulationRuns.get(caller, project: p, saved.id)
            #expect(stored.stored?.result == run.result && stored.stored?.currency == "CNY" && !stored.isStale)
            _ = try await finance.updateAccount(
                caller,
                project: p,
                kit.id,
                .fields(["estimate_low": Input.Value.null, "estimate_most_likely": Input.Value.null, "estimate_high": Input.Value.null]),
                expectedVersion: nil
            )
            #expect(try await finance.account(caller, project: p, kit.id).estimate == nil)
            #expect(try await services.simulationRuns.get(caller, project: p, saved.id).isStale)
        }
    }
}
