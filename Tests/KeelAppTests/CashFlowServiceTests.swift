import Foundation
import KeelApp
import KeelCore
import KeelStore
import Testing

import TestSupport

/// The cash-flow forecast from the product's own data on both databases: a milestone payment that
/// moves with the schedule, receipts settling the plan, an invoice with its due date, an open purchase
/// order, labour, the approved budget still to spend, and the warning.
@Suite struct CashFlowServiceTests {
    let system = Caller.system("test")

    /// "day amount" of the expected movements from `source`.
    static func rows(_ f: CashFlowForecast, _ source: CashSource) -> [String] {
        var out: [String] = []
        for m in f.movements where m.forecast && m.source == source { out.append("\(m.day.iso) \(m.amount)") }
        return out
    }

    static func total(_ f: CashFlowForecast, _ source: CashSource) -> Int64 {
        var sum: Int64 = 0
        for m in f.movements where m.forecast && m.source == source { sum += m.amount }
        return sum
    }

    @Test(arguments: TestBackend.available)
    func theForecastReadsThePlanTheBudgetAndTheLedger(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await services.projects.create(system, sampleCharter(["planned_start": "2027-03-01"])).id
            _ = try await services.schedule.updateSettings(system, project: p, .fields(["project_start": "2027-03-01T08:00"]), expectedVersion: nil)
            let build = try await services.schedule.createTask(system, project: p, .fields(["name": "Build", "duration": "10d"])).0
            let accept = try await services.schedule.createTask(system, project: p, .fields(["name": "Accept", "duration": "0d", "milestone": true]))
                .0
            _ = try await services.schedule.createLink(
                system,
                project: p,
                .fields(["predecessor_id": build.id.description, "successor_id": accept.id.description])
            )
            let material = try await services.finance.createAccount(
                system,
                project: p,
                .fields(["category": "material", "task_id": build.id.description, "code": "B-MAT"])
            )
            let labour = try await services.finance.createAccount(
                system,
                project: p,
                .fields(["category": "labour", "task_id": build.id.description, "code": "B-LAB"])
            )
            let owner = try await services.identity.createUser(
                system,
                .fields(["email": "o@cash.keel", "display_name": "Owner", "password": "cash flow password 1"])
            )
            _ = try await services.members.add(system, project: p, .fields(["email": "o@cash.keel", "role": "owner"]))
            let member = try await services.identity.createUser(
                system,
                .fields(["email": "m@cash.keel", "display_name": "Member", "password": "cash flow password 1"])
            )
            _ = try await services.members.add(system, project: p, .fields(["email": "m@cash.keel", "role": "member"]))

            // The approved budget: 16,000 on the material account, March and April.
            _ = try await services.budgets.updatePolicy(system, project: p, .fields(["levels": [["role": "owner"]]]))
            let v = try await services.budgets.create(system, project: p, .fields(["name": "Budget"]))
            _ = try await services.budgets.addLine(
                system,
                project: p,
                v.id,
                .fields(["cost_account_id": material.id.description, "method": "manual", "months": "2027-03 10000; 2027-04 6000"]),
                expectedVersion: nil
            )
            _ = try await services.budgets.submit(system, project: p, v.id, expectedVersion: nil)
            _ = try await services.budgets.approve(Caller.user(owner, requestID: "t"), project: p, v.id, .fields([:]), expectedVersion: nil)

            let cash = services.cashFlow
            _ = try await cash.updateSettings(system, project: p, .fields(["opening_balance": "10000", "threshold": "2000", "horizon_weeks": 8]))
            _ = try await cash.createInflow(system, project: p, .fields(["name": "Acceptance", "amount": "12000", "task_id": accept.id.description]))
            _ = try await cash.createInflow(
                system,
                project: p,
                .fields(["name": "Deposit", "amount": "3000", "invoice_date": "2027-03-01", "terms_days": 0])
            )

            func post(_ f: [String: any Sendable]) async throws -> LedgerEntry { try await services.finance.post(system, project: p, .fields(f)) }
            _ = try await post(["kind": "payment_received", "date": "2027-03-02", "amount": "3000"])
            _ = try await post([
                "kind": "actual_cost", "date": "2027-03-03", "due_date": "2027-03-20", "amount": "4000", "cost_account_id": material.id.description,
            ])
            _ = try await post([
                "kind": "commitment", "date": "2027-03-04", "due_date": "2027-04-15", "amount": "6000", "cost_account_id": material.id.description,
            ])
            _ = try await post(["kind": "commitment_release", "date": "2027-03-05", "amount": "1000", "cost_account_id": material.id.description])
            let wrongOrder = try await post([
                "kind": "commitment", "date": "2027-03-04", "amount": "2000", "cost_account_id": material.id.description,
            ])
            _ = try await services.finance.reverse(system, project: p, wrongOrder.id, .fields(["memo": "Ordered twice", "date": "2027-03-05"]))
            _ = try await post(["kind": "labour", "date": "2027-03-08", "amount": "500", "cost_account_id": labour.id.description])

            let report = try await cash.report(system, project: p, asOf: Day(iso: "2027-03-10")!)
            let f = report.forecast
            let view = try await services.schedule.view(system, project: p)
            let acceptFinish = view.schedule.tasks[view.plan.tasks.firstIndex { $0.id == accept.id }!].finish.day
            #expect(report.inflows.first { $0.inflow.name == "Acceptance" }?.expected == acceptFinish.adding(days: 30))
            // 10,000 + 3,000 received − 500 labour; the invoice is due later.
            #expect(f.balanceAtAsOf == 1_250_000)
            // (Rows are built by a helper: closures written inside several #expect of one test were
            // mixed up by the compiler, one closure's body running for another's.)
            let customer = Self.rows(f, .customerPayment), supplier = Self.rows(f, .supplierPayment), orders = Self.rows(f, .commitment)
            #expect(customer == ["\(acceptFinish.adding(days: 30).iso) 1200000"])
            #expect(supplier == ["2027-03-20 -400000"])
            // 6,000 ordered, 1,000 released: 5,000 open, due in April; the reversed order is not cash.
            #expect(orders == ["2027-04-15 -500000"])
            // The budget left (16,000 − 4,000 spent − 5,000 committed) follows the planned value still to
            // come, week by week, 30 days on: March's 10,000 accrues over Build's ten working days (2,000
            // on the 11th and 12th), April's 6,000 over April's 22 working days (nothing in the two weeks
            // between). The first week takes 7,000 × 2,000 / 8,000 = 1,750.
            let planned = Self.rows(f, .plannedSpending)
            #expect(planned.first == "2027-04-16 -175000" && planned.count == 6)
            #expect(Self.total(f, .plannedSpending) == -700_000)
            #expect(f.warning == nil && report.configured)
            #expect(f.weeks.last!.closingBalance == 1_000_000 + f.movements.reduce(0) { $0 + $1.amount })

            // A higher threshold warns from the as-of date on.
            _ = try await cash.updateSettings(system, project: p, .fields(["threshold": "25000"]))
            let warned = try await cash.report(system, project: p, asOf: Day(iso: "2027-03-10")!).forecast.warning
            #expect(warned?.firstDay == Day(iso: "2027-03-10") && warned?.threshold == 2_500_000)

            // Bad input is refused whole; a member may read the forecast but not plan payments.
            let before = try await TestDatabase.rowCounts(db)
            #expect(
                await fieldErrors {
                    _ = try await cash.createInflow(
                        system,
                        project: p,
                        .fields(["name": "", "amount": "0", "task_id": accept.id.description, "invoice_date": "2027-05-01", "terms_days": 400])
                    )
                } == ["name": [.required], "amount": [.outOfRange], "terms_days": [.outOfRange], "invoice_date": [.mustBeEmpty]]
            )
            #expect(
                await fieldErrors { _ = try await cash.createInflow(system, project: p, .fields(["name": "X", "amount": "1"])) } == [
                    "invoice_date": [.required]
                ]
            )
            #expect(
                await fieldErrors {
                    _ = try await cash.updateSettings(
                        system,
                        project: p,
                        .fields(["horizon_weeks": 0, "supplier_terms_days": -1, "opening_balance": "x"])
                    )
                }
                    == ["horizon_weeks": [.outOfRange], "supplier_terms_days": [.outOfRange], "opening_balance": [.invalidAmount]]
            )
            #expect(
                await fieldErrors { _ = try await post(["kind": "revenue", "date": "2027-03-03", "due_date": "2027-04-01", "amount": "10"]) } == [
                    "due_date": [.mustBeEmpty]
                ]
            )
            #expect(
                await fieldErrors {
                    _ = try await post([
                        "kind": "actual_cost", "date": "2027-03-03", "due_date": "2027-03-01", "amount": "10",
                        "cost_account_id": material.id.description,
                    ])
                } == ["due_date": [.beforeStart]]
            )
            let memberCaller = Caller.user(member, requestID: "t")
            #expect(try await cash.report(memberCaller, project: p, asOf: Day(iso: "2027-03-10")!).inflows.count == 2)
            var refused = false
            do { _ = try await cash.createInflow(memberCaller, project: p, .fields(["name": "X", "amount": "1"])) } catch KeelError.forbidden {
                refused = true
            }
            #expect(refused)
            var counts = try await TestDatabase.rowCounts(db)
            // The member's refusal is itself recorded in the audit trail; nothing else changed.
            counts["audit_events"] = before["audit_events"]
            #expect(counts == before)
        }
    }
}
