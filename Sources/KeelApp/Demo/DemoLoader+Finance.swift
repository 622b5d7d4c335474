import Foundation
import KeelCore

extension DemoLoader {
    /// Cost accounts on the plan's work packages and a ledger as the finance controller kept it over the
    /// first eight weeks: purchase orders, invoices against them with their releases, accruals, a
    /// mistyped invoice corrected by a reversal, merchant fees invoiced and partly paid; the first
    /// month is closed.
    func loadFinance(project pid: ID<Project>) async throws {
        let finance = services.finance
        let plan = try await services.schedule.view(caller, project: pid).plan
        func task(_ en: String, _ zh: String) -> Input.Value {
            .string(plan.tasks.first { $0.name == (language == .en ? en : zh) }!.id.description)
        }
        _ = try await finance.createCategory(caller, project: pid, input(["code": .string("cloud"), "name": t("Cloud services", "云服务")]))
        let accounts: [(String, Input.Value?, String, Input.Value)] = [
            ("MR-LAB", task("Market research", "市场调研"), "labour", t("Market research agency", "市场调研机构")),
            ("UX-LAB", task("Requirements and UX", "需求与用户体验"), "labour", t("Requirements and UX design", "需求与体验设计")),
            ("CAT-LAB", task("Catalogue and search", "商品目录与搜索"), "labour", t("Catalogue and search development", "商品目录与搜索开发")),
            ("PAY-SUB", task("Payment partner contract", "支付合作方合同"), "subcontract", t("Payment partner onboarding", "支付合作方接入")),
            ("WH-EQP", task("Warehouse and tracking", "仓储与物流跟踪"), "equipment", t("Scanners and tracking hardware", "扫描与跟踪设备")),
            ("PM-TRV", nil, "travel", t("Project travel", "项目差旅")),
            ("PM-CLD", nil, "cloud", t("Hosting and test environments", "托管与测试环境")),
        ]
        var ids: [String: Input.Value] = [:]
        for (code, taskID, category, name) in accounts {
            var f: [String: Input.Value] = ["code": .string(code), "category": .string(category), "name": name]
            if let taskID { f["task_id"] = taskID }
            ids[code] = .string(try await finance.createAccount(caller, project: pid, input(f)).id.description)
        }
        // The finance controller posts; the demo's people exist by now.
        let poster = try await services.identity.find(email: "sun.yan@demo.keel").map { Caller.user($0, requestID: "demo") } ?? caller
        func day(_ offset: Int) -> Input.Value { .string(start.adding(days: offset).iso) }
        func post(
            _ kind: String,
            _ offset: Int,
            _ account: String?,
            _ amount: String,
            _ counterparty: Input.Value,
            _ reference: String
        ) async throws -> LedgerEntry {
            var f: [String: Input.Value] = [
                "kind": .string(kind), "date": day(offset), "amount": .string(amount), "counterparty": counterparty, "reference": .string(reference),
            ]
            if let account { f["cost_account_id"] = ids[account]! }
            return try await finance.post(poster, project: pid, input(f))
        }
        let agency = t("Insight Research Co.", "洞察研究公司"), studio = t("Blue Harbour Design", "蓝港设计工作室")
        let cloud = t("Northwind Cloud", "北风云计算"), airline = t("Eastern Airlines", "东方航空")
        _ = try await post("commitment", 2, "MR-LAB", "180000", agency, "PO-2027-001")
        _ = try await post("actual_cost", 12, "MR-LAB", "180000", agency, "INV-1021")
        _ = try await post("commitment_release", 12, "MR-LAB", "180000", agency, "INV-1021")
        _ = try await post("commitment", 16, "UX-LAB", "240000", studio, "PO-2027-002")
        _ = try await post("actual_cost", 20, "PM-CLD", "15600", cloud, "NW-8841")
        let typo = try await post("actual_cost", 24, "PM-TRV", "21400", airline, "TKT-5530")
        _ = try await finance.reverse(
            poster,
            project: pid,
            typo.id,
            input(["date": day(25), "memo": t("Amount mistyped: the ticket cost 12,400", "金额录入错误：机票实际为 12,400")])
        )
        _ = try await post("actual_cost", 25, "PM-TRV", "12400", airline, "TKT-5530")
        _ = try await post("actual_cost", 38, "UX-LAB", "96000", studio, "INV-2210")
        _ = try await post("commitment_release", 38, "UX-LAB", "96000", studio, "INV-2210")
        _ = try await post("commitment", 40, "PAY-SUB", "350000", t("SecurePay Ltd.", "安付科技"), "PO-2027-003")
        _ = try await post("actual_cost", 48, "PM-CLD", "15600", cloud, "NW-9017")
        _ = try await post("revenue", 45, nil, "60000", t("Pilot merchants", "试点商家"), "FEE-001")
        _ = try await post("payment_received", 52, nil, "40000", t("Pilot merchants", "试点商家"), "FEE-001")
        _ = try await post("accrual", 54, "UX-LAB", "38000", studio, "ACR-06")
        // The payment partner has done most of the integration work it will invoice at signing: accrued.
        _ = try await post("accrual", 55, "PAY-SUB", "320000", t("SecurePay Ltd.", "安付科技"), "ACR-07")
        try await loadBudgets(project: pid, accounts: ids, finance: poster)
        // Three-point estimates at completion where the cost is uncertain, for the cost risk analysis.
        for (code, low, likely, high) in [
            ("CAT-LAB", "1100000", "1250000", "1650000"), ("PAY-SUB", "600000", "750000", "950000"), ("WH-EQP", "850000", "920000", "1200000"),
        ] {
            guard case .string(let raw) = ids[code]!, let id = ID<CostAccount>(raw) else { continue }
            _ = try await finance.updateAccount(
                poster,
                project: pid,
                id,
                input(["estimate_low": .string(low), "estimate_most_likely": .string(likely), "estimate_high": .string(high)]),
                expectedVersion: nil
            )
        }
        try await loadTimesheets(project: pid, accounts: ids, finance: poster)
        try await loadCashPlan(project: pid, finance: poster)
        // A conference abroad, invoiced in dollars and converted at the month's rate.
        _ = try await finance.setExchangeRate(
            poster,
            project: pid,
            input(["currency": .string("USD"), "effective_from": day(0), "rate": .string("7.15")])
        )
        _ = try await finance.post(
            poster,
            project: pid,
            input([
                "kind": .string("actual_cost"), "date": day(33), "currency": .string("USD"), "amount": .string("800"),
                "cost_account_id": ids["PM-TRV"]!,
                "counterparty": t("Retail Tech Summit", "零售科技峰会"), "reference": .string("RTS-0412"),
            ])
        )
        // The project's first month is over: it is closed for posting.
        let firstMonth = AccountingPeriod(containing: start)
        if firstMonth.lastDay < Day(utcSecondsSince1970: services.clock().timeIntervalSince1970) {
            _ = try await finance.closePeriod(poster, project: pid, input(["period": .string(firstMonth.text)]))
        }
    }

    /// Approval levels sized to the project, an approved budget (prepared by finance, approved by the
    /// manager then the owner) and a rebaseline awaiting the manager.
    func loadBudgets(project pid: ID<Project>, accounts ids: [String: Input.Value], finance: Caller) async throws {
        let budgets = services.budgets
        func person(_ email: String) async throws -> Caller {
            try await services.identity.find(email: email).map { Caller.user($0, requestID: "demo") } ?? caller
        }
        let manager = try await person("zhang.min@demo.keel"), owner = try await person(Self.adminEmail)
        _ = try await budgets.updatePolicy(
            owner,
            project: pid,
            input([
                "levels": .array([
                    .object(["max_amount": .string("2000000"), "role": .string("manager")]),
                    .object(["max_amount": .string("20000000"), "role": .string("owner")]),
                    .object(["role": .string("finance")]),
                ])
            ])
        )
        let months = (0..<12).map { AccountingPeriod(containing: start).adding(months: $0).text }
        var v1 = try await budgets.create(
            finance,
            project: pid,
            input(["name": t("Approved budget", "批准的预算"), "contingency_reserve": .string("400000"), "management_reserve": .string("300000")])
        )
        // Market research is phased by week (a short task read week by week), the rest by month.
        let lines: [(String, String, String, String)] = [
            ("MR-LAB", "even", "180000", "week"), ("UX-LAB", "even", "380000", "month"), ("CAT-LAB", "even", "1200000", "month"),
            ("PAY-SUB", "front_loaded", "600000", "month"), ("WH-EQP", "back_loaded", "900000", "month"),
        ]
        for (code, method, amount, period) in lines {
            _ = try await budgets.addLine(
                finance,
                project: pid,
                v1.id,
                input(["cost_account_id": ids[code]!, "method": .string(method), "amount": .string(amount), "period": .string(period)]),
                expectedVersion: nil
            )
        }
        for (code, monthly, count) in [("PM-TRV", "12000", 6), ("PM-CLD", "15600", 12)] {
            let text = months.prefix(count).map { "\($0) \(monthly)" }.joined(separator: "; ")
            _ = try await budgets.addLine(
                finance,
                project: pid,
                v1.id,
                input(["cost_account_id": ids[code]!, "method": .string("manual"), "months": .string(text)]),
                expectedVersion: nil
            )
        }
        v1 = try await budgets.submit(finance, project: pid, v1.id, expectedVersion: nil)
        v1 = try await budgets.approve(manager, project: pid, v1.id, input([:]), expectedVersion: nil)
        _ = try await budgets.approve(owner, project: pid, v1.id, input([:]), expectedVersion: nil)
        // The payment partner's contract came in higher: a rebaseline waits for the manager.
        let v2 = try await budgets.create(finance, project: pid, input(["name": t("Payment contract signed", "支付合同签订后调整")]))
        if let line = try await budgets.get(finance, project: pid, v2.id).plan.lines.first(where: {
            .string($0.costAccountID.description) == ids["PAY-SUB"]
        }) {
            _ = try await budgets.updateLine(finance, project: pid, v2.id, line.id, input(["amount": .string("750000")]), expectedVersion: nil)
        }
        _ = try await budgets.submit(finance, project: pid, v2.id, expectedVersion: nil)
    }

    /// Chen Jie's weeks on the UX and catalogue work: rates set by finance (with a raise in week 6),
    /// four weeks approved by the manager — one of them sent back once and corrected —, last week
    /// waiting for approval and this week in progress.
    func loadTimesheets(project pid: ID<Project>, accounts ids: [String: Input.Value], finance: Caller) async throws {
        let sheets = services.timesheets
        guard let developer = try await services.identity.find(email: "chen.jie@demo.keel"),
            let managerUser = try await services.identity.find(email: "zhang.min@demo.keel")
        else { return }
        let member = Caller.user(developer, requestID: "demo"), manager = Caller.user(managerUser, requestID: "demo")
        for (offset, rate) in [(0, "260"), (35, "280")] {
            _ = try await sheets.setRate(
                finance,
                project: pid,
                input([
                    "user_id": .string(developer.id.description), "effective_from": .string(start.adding(days: offset).iso),
                    "hourly_rate": .string(rate),
                ])
            )
        }
        _ = try await sheets.setRate(
            finance,
            project: pid,
            input(["user_id": .string(managerUser.id.description), "effective_from": .string(start.iso), "hourly_rate": .string("320")])
        )
        func week(_ index: Int, _ split: [(String, String)], days: Int = 5, note: String = "") -> (Day, Input) {
            let monday = start.adding(days: 7 * index)
            var entries: [Input.Value] = []
            for d in 0..<days {
                for (code, hours) in split {
                    entries.append(
                        .object([
                            "cost_account_id": ids[code]!, "day": .string(monday.adding(days: d).iso), "hours": .string(hours), "note": .string(note),
                        ])
                    )
                }
            }
            return (monday, input(["entries": .array(entries)]))
        }
        let weeks: [(Int, [(String, String)])] = [
            (3, [("UX-LAB", "6"), ("CAT-LAB", "2")]), (4, [("UX-LAB", "4"), ("CAT-LAB", "4")]),
            (5, [("CAT-LAB", "7.5")]), (6, [("CAT-LAB", "8")]),
        ]
        for (index, split) in weeks {
            let (monday, hours) = week(index, split)
            _ = try await sheets.save(member, project: pid, week: monday, hours, expectedVersion: nil)
            _ = try await sheets.submit(member, project: pid, week: monday, expectedVersion: nil)
            let id = try await sheets.week(member, project: pid, containing: monday).sheet!.id
            if index == 5 {
                // Booked to the wrong account first: the manager sends it back, Chen Jie moves half a day.
                _ = try await sheets.reject(
                    manager,
                    project: pid,
                    id,
                    input(["reason": t("Monday's design review belongs to UX.", "周一的设计评审应记入用户体验。")]),
                    expectedVersion: nil
                )
                var fixed = week(index, split).1
                if case .array(var list) = fixed.fields["entries"], case .object(var first) = list[0] {
                    first["hours"] = .string("3.5")
                    list[0] = .object(first)
                    list.append(
                        .object([
                            "cost_account_id": ids["UX-LAB"]!, "day": .string(monday.iso), "hours": .string("4"), "note": t("Design review", "设计评审"),
                        ])
                    )
                    fixed.fields["entries"] = .array(list)
                }
                _ = try await sheets.save(member, project: pid, week: monday, fixed, expectedVersion: nil)
                _ = try await sheets.submit(member, project: pid, week: monday, expectedVersion: nil)
            }
            _ = try await sheets.approve(manager, project: pid, id, expectedVersion: nil)
        }
        let (lastWeek, lastHours) = week(7, [("CAT-LAB", "8")])
        _ = try await sheets.save(member, project: pid, week: lastWeek, lastHours, expectedVersion: nil)
        _ = try await sheets.submit(member, project: pid, week: lastWeek, expectedVersion: nil)
        let (thisWeek, soFar) = week(8, [("CAT-LAB", "7")], days: 2)
        _ = try await sheets.save(member, project: pid, week: thisWeek, soFar, expectedVersion: nil)
    }

    /// The sponsor's funding, a warning threshold, and the customer's payments on the stage
    /// acceptances and the launch (with the pilot's merchant fees, partly received): the spending ahead
    /// outruns the first acceptance payment, so the forecast warns.
    func loadCashPlan(project pid: ID<Project>, finance: Caller) async throws {
        let cash = services.cashFlow
        let plan = try await services.schedule.view(caller, project: pid).plan
        func task(_ en: String, _ zh: String) -> Input.Value {
            .string(plan.tasks.first { $0.name == (language == .en ? en : zh) }!.id.description)
        }
        _ = try await cash.updateSettings(
            finance,
            project: pid,
            input([
                "opening_balance": .string("2500000"), "threshold": .string("300000"), "horizon_weeks": .number("13"),
                "supplier_terms_days": .number("30"),
            ])
        )
        let payments: [(Input.Value, String, Input.Value?, Int)] = [
            (t("Merchant fees (pilot)", "商户服务费（试点）"), "60000", nil, 30),
            (t("Stage 1 acceptance payment", "第一阶段验收款"), "1200000", task("Stage 1 acceptance", "第一阶段验收"), 30),
            (t("Stage 2 acceptance payment", "第二阶段验收款"), "1000000", task("Stage 2 acceptance", "第二阶段验收"), 30),
            (t("Launch payment", "上线款"), "1300000", task("Launch", "上线"), 45),
        ]
        for (name, amount, milestone, terms) in payments {
            var f: [String: Input.Value] = ["name": name, "amount": .string(amount), "terms_days": .number(String(terms))]
            if let milestone { f["task_id"] = milestone } else { f["invoice_date"] = .string(start.adding(days: 30).iso) }
            _ = try await cash.createInflow(finance, project: pid, input(f))
        }
    }
}
