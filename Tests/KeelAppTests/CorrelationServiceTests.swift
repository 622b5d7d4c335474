import Foundation
import KeelApp
import KeelCore
import KeelStore
import Testing

import TestSupport

/// Groups of tasks with correlated durations on both databases: kept whole or refused whole, a
/// task in one group only, used by the risk analysis (a fully correlated chain spreads wider), and
/// saved analyses labelled stale when a group changes.
@Suite struct CorrelationServiceTests {
    let caller = Caller.system("test")

    /// A phase with three chained tasks under it, each with a three-point estimate.
    func plan(_ services: KeelServices) async throws -> (ID<Project>, summary: PlanTask, tasks: [PlanTask]) {
        let p = try await services.projects.create(caller, sampleCharter(["planned_start": "2026-03-02"])).id
        let phase = try await services.schedule.createTask(caller, project: p, .fields(["name": "Build", "duration": "0d"])).0
        var tasks: [PlanTask] = []
        for i in 0..<3 {
            let t = try await services.schedule.createTask(
                caller,
                project: p,
                .fields([
                    "name": "T\(i)", "duration": "10d", "parent_id": phase.id.description, "estimate_optimistic": "5d", "estimate_most_likely": "10d",
                    "estimate_pessimistic": "20d",
                ])
            ).0
            if let previous = tasks.last {
                _ = try await services.schedule.createLink(
                    caller,
                    project: p,
                    .fields(["predecessor_id": previous.id.description, "successor_id": t.id.description])
                )
            }
            tasks.append(t)
        }
        return (p, phase, tasks)
    }

    @Test(arguments: TestBackend.available)
    func groupsAreCheckedAndDriveTheAnalysis(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let groups = services.correlations
            let (p, phase, tasks) = try await plan(services)
            let ids = tasks.map(\.id.description)

            // Bad input: every problem at once, nothing stored.
            let before = try await TestDatabase.rowCounts(db)
            #expect(
                await fieldErrors {
                    _ = try await groups.create(
                        caller,
                        project: p,
                        .fields(["name": "", "coefficient": "1.5", "task_ids": Input.Value.array([.string(ids[0])])])
                    )
                } == ["name": [.required], "coefficient": [.outOfRange], "task_ids": [.tooFew]]
            )
            #expect(
                await fieldErrors {
                    _ = try await groups.create(
                        caller,
                        project: p,
                        .fields([
                            "name": "X", "coefficient": "0.123",
                            "task_ids": Input.Value.array([
                                .string(phase.id.description), .string(ids[0]), .string(ids[0]), .string(UUID().uuidString),
                            ]),
                        ])
                    )
                } == [
                    "coefficient": [.tooManyDecimals], "task_ids[0]": [.unknownReference], "task_ids[2]": [.duplicate],
                    "task_ids[3]": [.unknownReference],
                ]
            )
            #expect(try await TestDatabase.rowCounts(db) == before)

            let independent = try await services.schedule.simulate(caller, project: p, .fields(["iterations": 4_000, "seed": 9]))
            var group = try await groups.create(
                caller,
                project: p,
                .fields(["name": "Same crew", "coefficient": 1, "task_ids": Input.Value.array(ids.map { .string($0) })])
            )
            #expect(group.coefficient == 100 && group.coefficientText == "1.00" && group.taskIDs.map(\.description) == ids)
            #expect(try await groups.get(caller, project: p, group.id) == group)

            // A task is in one group only.
            #expect(
                await fieldErrors {
                    _ = try await groups.create(
                        caller,
                        project: p,
                        .fields(["name": "Other", "coefficient": "0.3", "task_ids": Input.Value.array([.string(ids[0]), .string(ids[1])])])
                    )
                } == ["task_ids[0]": [.duplicate], "task_ids[1]": [.duplicate]]
            )

            // Fully correlated, the chain's duration spreads as three times one task's (independent
            // tasks partly cancel out): the standard deviation grows by about √3.
            let together = try await services.schedule.simulate(caller, project: p, .fields(["iterations": 4_000, "seed": 9]))
            let ratio = together.result.duration.standardDeviation / independent.result.duration.standardDeviation
            #expect(abs(ratio - 3.0.squareRoot()) < 0.1, "\(ratio)")

            // A saved analysis goes stale when a group changes.
            let saved = try await services.simulationRuns.enqueue(caller, project: p, .fields(["iterations": 1_000, "seed": 9]))
            await services.simulationRuns.execute(saved.id, project: p)
            #expect(try await services.simulationRuns.get(caller, project: p, saved.id).isStale == false)
            group = try await groups.update(caller, project: p, group.id, .fields(["coefficient": "0.5"]), expectedVersion: group.version)
            #expect(group.coefficient == 50 && group.version == 2)
            #expect(try await services.simulationRuns.get(caller, project: p, saved.id).isStale)
            await #expect(throws: KeelError.self) {
                _ = try await groups.update(caller, project: p, group.id, .fields(["name": "Late"]), expectedVersion: 1)
            }

            // Deleting tasks takes them out of the group; with one left the group is not used, and the
            // analysis still runs.
            for t in tasks.prefix(2) {
                _ = try await services.schedule.deleteTask(caller, project: p, t.id, expectedVersion: nil)
            }
            #expect(try await groups.get(caller, project: p, group.id).taskIDs == [tasks[2].id])
            _ = try await services.schedule.simulate(caller, project: p, .fields(["iterations": 500, "seed": 9]))
            try await groups.delete(caller, project: p, group.id, expectedVersion: group.version)
            #expect(try await groups.list(caller, project: p).isEmpty)
        }
    }
}
