import Foundation
import KeelApp
import KeelCore
import KeelStore
import Testing

import TestSupport

/// The risk register's use cases on both databases: numbering, assessments and their history,
/// whole-input validation with nothing stored on error, linked tasks, and the register driving the
/// schedule risk analysis.
@Suite struct RiskServiceTests {
    let caller = Caller.system("test")

    func project(_ services: KeelServices) async throws -> ID<Project> {
        try await services.projects.create(caller, sampleCharter(["planned_start": "2026-03-02"])).id
    }

    @Test(arguments: TestBackend.available)
    func risksAreNumberedAssessedAndKeepTheirHistory(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await project(services)
            let build = try await services.schedule.createTask(caller, project: p, .fields(["name": "Build", "duration": "10d"])).0
            let r1 = try await services.risks.create(
                caller,
                project: p,
                .fields([
                    "title": "Late permit", "kind": "threat", "inherent_probability": 4, "inherent_schedule": 4, "inherent_cost": 2,
                    "chance": "40", "delay_optimistic": "2d", "delay_most_likely": "5d", "delay_pessimistic": "15d",
                    "cost_low": "1000", "cost_mode": "2500.50", "cost_high": "9000", "task_ids": [build.id.description],
                ])
            )
            #expect(
                r1.code == "R-1" && RiskScales.standard.score(r1.inherent) == 16 && RiskScales.standard.band(of: r1.inherent) == .high
                    && r1.residual == nil
            )
            #expect(r1.chance == 4_000 && r1.delay == ThreePointEstimate(optimistic: 960, mostLikely: 2_400, pessimistic: 7_200))
            #expect(r1.costImpact == ThreePoint(low: 100_000, mode: 250_050, high: 900_000))
            // EMV: 40% of 2,500.50 = 1,000.20.
            #expect(r1.expectedMonetaryValue == 100_020)
            // A high score is reviewed within 14 days.
            #expect(r1.nextReview == Day(utcSecondsSince1970: Date().timeIntervalSince1970).adding(days: 14))
            let r2 = try await services.risks.create(caller, project: p, .fields(["title": "Cheaper hosting", "kind": "opportunity"]))
            #expect(r2.number == 2)

            var r = try await services.risks.update(
                caller,
                project: p,
                r1.id,
                .fields(["strategy": "mitigate", "residual_probability": 2, "residual_schedule": 3, "status": "responding"]),
                expectedVersion: r1.version
            )
            #expect(r.residual.map(RiskScales.standard.score) == 6 && RiskScales.standard.score(r.current) == 6)
            r = try await services.risks.update(caller, project: p, r1.id, .fields(["inherent_probability": 5]), expectedVersion: r.version)
            r = try await services.risks.update(caller, project: p, r1.id, .fields(["owner": "Sun Yan"]), expectedVersion: r.version)
            let history = try await services.risks.history(caller, project: p, r1.id)
            #expect(history.map(\.stage) == ["inherent", "residual", "inherent"])
            #expect(history.map { RiskScales.standard.score($0.assessment) } == [16, 6, 20])
            // Removing the residual assessment; closing sets the closing day.
            r = try await services.risks.update(
                caller,
                project: p,
                r1.id,
                .fields(["residual_probability": NSNull(), "status": "closed"]),
                expectedVersion: r.version
            )
            #expect(r.residual == nil && r.closedOn != nil && r.status == .closed)
            let reloaded = try await services.risks.get(caller, project: p, r1.id)
            #expect(reloaded == r)
            #expect(reloaded.taskIDs == [build.id])

            // Deleting the task unlinks it; deleting the risk removes its history.
            _ = try await services.schedule.deleteTask(caller, project: p, build.id, expectedVersion: nil)
            #expect(try await services.risks.get(caller, project: p, r1.id).taskIDs.isEmpty)
            try await services.risks.delete(caller, project: p, r1.id, expectedVersion: nil)
            let counts = try await TestDatabase.rowCounts(db)
            #expect(counts["risks"] == 1 && counts["risk_tasks"] == 0 && counts["risk_assessments"] == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func acceptingARiskNeedsApprovalThatChangesWithdraw(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await project(services)
            var r = try await services.risks.create(
                caller,
                project: p,
                .fields(["title": "Minor delay", "inherent_probability": 2, "inherent_schedule": 1])
            )
            await #expect(throws: KeelError.self) { _ = try await services.risks.approveAcceptance(caller, project: p, r.id, expectedVersion: nil) }
            r = try await services.risks.update(caller, project: p, r.id, .fields(["strategy": "accept"]), expectedVersion: r.version)
            #expect(r.awaitsAcceptanceApproval)
            r = try await services.risks.approveAcceptance(caller, project: p, r.id, expectedVersion: r.version)
            #expect(r.acceptanceApprovedBy == "system:test" && r.acceptanceApprovedOn != nil && !r.awaitsAcceptanceApproval)
            // Approving twice is refused; a stale version too.
            await #expect(throws: KeelError.self) { _ = try await services.risks.approveAcceptance(caller, project: p, r.id, expectedVersion: nil) }
            // The owner changing keeps the approval; a new assessment withdraws it.
            r = try await services.risks.update(caller, project: p, r.id, .fields(["owner": "Li Wei"]), expectedVersion: r.version)
            #expect(r.acceptanceApprovedBy != nil)
            r = try await services.risks.update(caller, project: p, r.id, .fields(["inherent_probability": 4]), expectedVersion: r.version)
            #expect(r.acceptanceApprovedBy == nil && r.awaitsAcceptanceApproval)
            #expect(try await services.risks.get(caller, project: p, r.id).acceptanceApprovedOn == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func badInputIsRefusedWholeAndStoresNothing(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await project(services)
            let other = try await project(services)
            let foreign = try await services.schedule.createTask(caller, project: other, .fields(["name": "Elsewhere", "duration": "1d"])).0
            let before = try await TestDatabase.rowCounts(db)
            let errors = await fieldErrors {
                _ = try await services.risks.create(
                    caller,
                    project: p,
                    .fields([
                        "kind": "opportunity", "strategy": "mitigate", "inherent_probability": 6, "inherent_cost": 9, "chance": "150",
                        "delay_optimistic": "5d", "delay_most_likely": "2d", "delay_pessimistic": "9d", "cost_low": "10", "cost_mode": "-5",
                        "task_ids": [foreign.id.description], "colour": "red",
                    ])
                )
            }
            #expect(errors["title"] == [.required])
            #expect(errors["strategy"] == [.invalidChoice])
            #expect(errors["inherent_probability"] == [.outOfRange] && errors["inherent_cost"] == [.outOfRange])
            #expect(errors["chance"] == [.outOfRange])
            #expect(errors["delay_most_likely"] == [.unordered])
            #expect(errors["cost_mode"] == [.negative] && errors["cost_high"] == [.required])
            #expect(errors["task_ids[0]"] == [.unknownReference])
            #expect(errors["colour"] == [.unknownField])
            // A blank delay beside given ones is missing, as an empty form box is, not a bad duration.
            let blank = await fieldErrors {
                _ = try await services.risks.create(
                    caller,
                    project: p,
                    .fields(["title": "Late permit", "delay_optimistic": "2d", "delay_most_likely": "", "delay_pessimistic": "5d"])
                )
            }
            #expect(blank == ["delay_most_likely": [.required]])
            #expect(try await TestDatabase.rowCounts(db) == before)
        }
    }

    @Test(arguments: TestBackend.available)
    func theRegisterDrivesTheScheduleRiskAnalysis(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await project(services)
            let a = try await services.schedule.createTask(
                caller,
                project: p,
                .fields([
                    "name": "Design", "duration": "10d", "estimate_optimistic": "8d", "estimate_most_likely": "10d", "estimate_pessimistic": "16d",
                ])
            ).0
            let b = try await services.schedule.createTask(caller, project: p, .fields(["name": "Build", "duration": "5d"])).0
            _ = try await services.schedule.createLink(
                caller,
                project: p,
                .fields(["predecessor_id": a.id.description, "successor_id": b.id.description])
            )
            let options = Input.fields(["iterations": 2_000, "seed": 9])
            let plain = try await services.schedule.simulate(caller, project: p, options)
            // A certain threat delaying Build by exactly 3 days shifts every run by 3 days.
            let certain = try await services.risks.create(
                caller,
                project: p,
                .fields([
                    "title": "Crane late", "chance": "100", "delay_optimistic": "3d", "delay_most_likely": "3d", "delay_pessimistic": "3d",
                    "task_ids": [b.id.description],
                ])
            )
            let shifted = try await services.schedule.simulate(caller, project: p, options)
            #expect(shifted.risks.map(\.id) == [certain.id])
            for level in SimulationResult.percentileLevels {
                #expect(shifted.result.duration.percentiles[level]! == plain.result.duration.percentiles[level]! + 3 * 480)
            }
            // A certain opportunity of the same size cancels it; a closed risk takes no part.
            let opportunity = try await services.risks.create(
                caller,
                project: p,
                .fields([
                    "title": "Prefabricated parts", "kind": "opportunity", "chance": "100", "delay_optimistic": "3d", "delay_most_likely": "3d",
                    "delay_pessimistic": "3d", "task_ids": [b.id.description],
                ])
            )
            let both = try await services.schedule.simulate(caller, project: p, options)
            #expect(both.result.duration == plain.result.duration)
            _ = try await services.risks.update(
                caller,
                project: p,
                opportunity.id,
                .fields(["status": "closed"]),
                expectedVersion: opportunity.version
            )
            #expect(try await services.schedule.simulate(caller, project: p, options).result.duration == shifted.result.duration)
        }
    }
}
