import Foundation
import KeelApp
import KeelCore
import KeelStore
import Testing

import TestSupport

/// Earned value in the product on both databases: PV from the approved budget, EV from progress as
/// reported (history kept by the plan) and each task's method, AC from the ledger, rolled up the WBS.
@Suite struct EarnedValueServiceTests {
    let caller = Caller.system("test")

    @Test(arguments: TestBackend.available)
    func earnedValueFromBudgetProgressAndLedger(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await services.projects.create(caller, sampleCharter(["planned_start": "2027-03-01"])).id
            _ = try await services.schedule.updateSettings(
                caller,
                project: p,
                .fields(["project_start": "2027-03-01T08:00", "status_date": "2027-03-05T17:00"]),
                expectedVersion: nil
            )
            let phase = try await services.schedule.createTask(caller, project: p, .fields(["name": "Stage 1", "duration": "0d"])).0
            let build = try await services.schedule.createTask(
                caller,
                project: p,
                .fields(["name": "Build", "duration": "10d", "parent_id": phase.id.description])
            ).0
            let labour = try await services.finance.createAccount(
                caller,
                project: p,
                .fields(["category": "labour", "task_id": build.id.description, "code": "B-LAB"])
            )
            let travel = try await services.finance.createAccount(caller, project: p, .fields(["category": "travel", "code": "P-TRV"]))
            // No approved budget yet: an empty report.
            #expect(try await services.earnedValue.report(caller, project: p).baseline == nil)

            var v = try await services.budgets.create(caller, project: p, .fields(["name": "Plan"]))
            _ = try await services.budgets.addLine(
                caller,
                project: p,
                v.id,
                .fields(["cost_account_id": labour.id.description, "amount": "100000"]),
                expectedVersion: nil
            )
            _ = try await services.budgets.addLine(
                caller,
                project: p,
                v.id,
                .fields(["cost_account_id": travel.id.description, "method": "manual", "months": "2027-03 3100"]),
                expectedVersion: nil
            )
            // The levels are the role's; a one-level policy for finance lets a finance member approve.
            _ = try await services.budgets.updatePolicy(caller, project: p, .fields(["levels": [["role": "finance"]]]))
            let controller = try await services.identity.createUser(
                caller,
                .fields(["email": "f@ev.keel", "display_name": "F", "password": "earned value 1"])
            )
            _ = try await services.members.add(caller, project: p, .fields(["email": "f@ev.keel", "role": "finance"]))
            v = try await services.budgets.submit(caller, project: p, v.id, expectedVersion: nil)
            v = try await services.budgets.approve(Caller.user(controller, requestID: "t"), project: p, v.id, .fields([:]), expectedVersion: nil)
            #expect(v.status == .approved)

            _ = try await services.schedule.updateTask(
                caller,
                project: p,
                build.id,
                .fields(["percent_complete": 40, "actual_start": "2027-03-01T08:00"]),
                expectedVersion: nil
            )
            _ = try await services.finance.post(
                caller,
                project: p,
                .fields(["kind": "actual_cost", "date": "2027-03-04", "cost_account_id": labour.id.description, "amount": "45000"])
            )
            _ = try await services.finance.post(
                caller,
                project: p,
                .fields(["kind": "actual_cost", "date": "2027-03-09", "cost_account_id": labour.id.description, "amount": "9999"])
            )

            let report = try await services.earnedValue.report(caller, project: p)
            #expect(report.statusDate == Day(iso: "2027-03-05"))
            // Build: 100,000 over the 10 working days of 1–12 March, 5 of them by the end of the 5th = 50,000;
            // 40% earned; 45,000 spent. Travel (project level, level of effort): 3,100 typed for March,
            // accruing over the project's working days in March (the same ten), 1,550 planned and earned.
            #expect(report.project == EarnedValueMetrics(bac: 10_310_000, pv: 5_155_000, ev: 4_155_000, ac: 4_500_000))
            #expect(report.rows.map(\.name) == ["Stage 1", "Build"])
            #expect(report.rows[1].metrics == EarnedValueMetrics(bac: 10_000_000, pv: 5_000_000, ev: 4_000_000, ac: 4_500_000))
            #expect(report.rows[0].metrics == report.rows[1].metrics && report.rows[1].depth == 1)
            #expect(report.earnedSchedule != nil)
            // A later status date sees the later cost; the progress history keeps the 40%.
            let later = try await services.earnedValue.report(caller, project: p, statusDate: Day(iso: "2027-03-10"))
            // Travel by the 10th: 8 of its 10 working days, 2,480.
            #expect(later.project.ac == 5_499_900 && later.project.ev == 4_000_000 + 248_000)

            // 0/100 earns nothing until finished; bad milestones are refused.
            _ = try await services.earnedValue.setMethod(caller, project: p, task: build.id, .fields(["method": "zero_hundred"]))
            #expect(try await services.earnedValue.report(caller, project: p).project.ev == 155_000)
            #expect(
                await fieldErrors {
                    _ = try await services.earnedValue.setMethod(
                        caller,
                        project: p,
                        task: build.id,
                        .fields(["method": "weighted_milestones", "milestones": "Design 30 2027-03-02; Build 60"])
                    )
                } == ["milestones": [.outOfRange]]
            )
            let weighted = try await services.earnedValue.setMethod(
                caller,
                project: p,
                task: build.id,
                .fields(["method": "weighted_milestones", "milestones": "Design review 30 2027-03-02; Build 70"])
            )
            #expect(EarnedValueService.milestoneText(weighted) == "Design review 30.00% 2027-03-02; Build 70.00%")
            #expect(try await services.earnedValue.report(caller, project: p).project.ev == 3_000_000 + 155_000)

            let series = try await services.earnedValue.series(caller, project: p)
            // The plan ends on Friday 12 March: nothing is planned after it.
            #expect(series.first?.day == Day(iso: "2027-03-01") && series.last?.day == Day(iso: "2027-03-12"))
            #expect(series.last?.metrics.pv == 10_310_000 && series.last?.metrics.ac == 5_499_900)
        }
    }
}
