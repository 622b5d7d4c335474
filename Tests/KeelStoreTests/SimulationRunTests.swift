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
                caller, project: p,
                .fields(["name": "T\(i)", "duration": "5d", "estimate_optimistic": "4d", "estimate_most_likely": "5d", "estimate_pessimistic": "9d"])).0
            if let previous {
                _ = try await services.schedule.createLink(caller, project: p, .fields(["predecessor_id": previous.id.description, "successor_id": t.id.description]))
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
}
