import Foundation
import Hummingbird
import HummingbirdTesting
import KeelApp
import KeelCore
import KeelStore
import Testing
import TestSupport

@testable import KeelServer

/// The cost structure and the ledger over HTTP and as pages: problems with field codes for bad
/// postings, a finance controller may post but a member may not, and the demo's ledger reads right.
@Suite struct FinanceAPITests {
    @Test(arguments: TestBackend.available)
    func theLedgerOverTheAPI(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let p = try await client.createProject()
            let base = "/api/v1/projects/\(p)"
            let task = try await client.send(.post, "\(base)/tasks", json: #"{"name":"Foundations","duration":"10d"}"#)
            let taskID = try #require(task.json["id"] as? String)
            let account = try await client.send(
                .post,
                "\(base)/cost-accounts",
                json: #"{"category":"material","task_id":"\#(taskID)","code":"F-MAT"}"#
            )
            #expect(account.status == .created && account.headers[.eTag] == "\"1\"")
            let accountID = try #require(account.json["id"] as? String)
            let categories = try await client.send(.get, "\(base)/cost-categories")
            #expect((categories.json["items"] as? [[String: Any]])?.count == 6)

            let posted = try await client.send(
                .post,
                "\(base)/ledger",
                json: #"{"kind":"actual_cost","date":"2027-02-03","cost_account_id":"\#(accountID)","amount":"1250.5","reference":"INV-9"}"#
            )
            #expect(posted.status == .created && posted.json["number"] as? Int == 1 && posted.json["amount"] as? String == "1250.50")
            let lines = try #require(posted.json["lines"] as? [[String: Any]])
            #expect(
                lines.map { $0["account"] as? String } == ["project_cost", "payables"]
                    && lines.map { $0["amount"] as? String } == ["1250.50", "-1250.50"]
            )
            let entryID = try #require(posted.json["id"] as? String)

            let bad = try await client.send(.post, "\(base)/ledger", json: #"{"kind":"actual_cost","amount":"-3","currency":"ABC"}"#)
            #expect(bad.status == .unprocessableContent && bad.problemFields == ["amount", "currency"])
            let unknownCurrency = try await client.send(
                .post,
                "\(base)/ledger",
                json: #"{"kind":"actual_cost","amount":"3","currency":"ABC","cost_account_id":"\#(accountID)"}"#
            )
            #expect(unknownCurrency.status == .unprocessableContent && unknownCurrency.problemFields == ["currency"])
            let overflow = try await client.send(
                .post,
                "\(base)/ledger",
                json: #"{"kind":"accrual","amount":"92233720368547758.08","cost_account_id":"\#(accountID)"}"#
            )
            #expect(overflow.status == .unprocessableContent && overflow.problemFields == ["amount"])

            let reversal = try await client.send(
                .post,
                "\(base)/ledger/\(entryID)/reverse",
                json: #"{"memo":"duplicate invoice","date":"2027-02-04"}"#
            )
            #expect(reversal.status == .created && reversal.json["reverses"] as? String == entryID)
            let again = try await client.send(.post, "\(base)/ledger/\(entryID)/reverse", json: #"{"memo":"again","date":"2027-02-04"}"#)
            #expect(again.status == .unprocessableContent && again.problemFields == ["reverses"])
            let original = try await client.send(.get, "\(base)/ledger/\(entryID)")
            #expect(original.json["reversed_by"] as? String == reversal.json["id"] as? String)
            let list = try await client.send(.get, "\(base)/ledger?kind=actual_cost&limit=10")
            #expect(list.json["total"] as? Int == 2 && (list.json["items"] as? [[String: Any]])?.first?["number"] as? Int == 2)
            let badFilter = try await client.send(.get, "\(base)/ledger?kind=gift&from=yesterday")
            #expect(badFilter.status == .unprocessableContent && badFilter.problemFields == ["from", "kind"])

            let balance = try await client.send(.get, "\(base)/trial-balance")
            #expect(balance.json["balanced"] as? Bool == true && balance.json["total"] as? String == "0.00")

            let closed = try await client.send(.post, "\(base)/closed-periods", json: #"{"period":"2027-03"}"#)
            #expect(closed.status == .created)
            let twice = try await client.send(.post, "\(base)/closed-periods", json: #"{"period":"2027-03"}"#)
            #expect(twice.status == .conflict)
            let late = try await client.send(.post, "\(base)/ledger", json: #"{"kind":"revenue","amount":"10","date":"2027-03-31"}"#)
            #expect(late.status == .unprocessableContent && late.problemFields == ["date"])

            // The account cannot go while entries point at it; the project cannot go with its ledger.
            let keep = try await client.send(.delete, "\(base)/cost-accounts/\(accountID)", headers: [.ifMatch: "\"1\""])
            #expect(keep.status == .conflict)
            let project = try await client.send(.get, "/api/v1/projects/\(p)")
            let version = try #require(project.headers[.eTag])
            let deleteProject = try await client.send(.delete, "/api/v1/projects/\(p)", headers: [.ifMatch: version])
            #expect(deleteProject.status == .conflict)
        }
    }

    @Test(arguments: TestBackend.available)
    func otherCurrenciesOverTheAPI(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let p = try await client.createProject()
            let base = "/api/v1/projects/\(p)"
            let account = try await client.send(.post, "\(base)/cost-accounts", json: #"{"category":"equipment","code":"P-EQP"}"#)
            let accountID = try #require(account.json["id"] as? String)
            let rate = try await client.send(
                .post,
                "\(base)/exchange-rates",
                json: #"{"currency":"EUR","effective_from":"2027-01-01","rate":"7.8125"}"#
            )
            #expect(rate.status == .ok && rate.json["rate"] as? String == "7.812500")
            let bad = try await client.send(.post, "\(base)/exchange-rates", json: #"{"currency":"CNY","effective_from":"2027-01-01","rate":"-1"}"#)
            #expect(bad.status == .unprocessableContent && bad.problemFields == ["currency", "rate"])
            let posted = try await client.send(
                .post,
                "\(base)/ledger",
                json: #"{"kind":"commitment","date":"2027-01-10","currency":"EUR","amount":"640","cost_account_id":"\#(accountID)"}"#
            )
            #expect(posted.status == .created && posted.json["amount"] as? String == "5000.00" && posted.json["currency"] as? String == "CNY")
            #expect(posted.json["original_amount"] as? String == "640.00" && posted.json["original_currency"] as? String == "EUR")
            #expect(posted.json["exchange_rate"] as? String == "7.812500")
            let early = try await client.send(
                .post,
                "\(base)/ledger",
                json: #"{"kind":"commitment","date":"2026-12-31","currency":"EUR","amount":"640","cost_account_id":"\#(accountID)"}"#
            )
            #expect(early.status == .unprocessableContent && early.problemFields == ["currency"])
            let totals = try await client.send(.get, "\(base)/currency-totals")
            let items = try #require(totals.json["items"] as? [[String: Any]])
            #expect(items.count == 1 && items.first?["original"] as? String == "640.00" && items.first?["converted"] as? String == "5000.00")
            let csv = try await client.page("/projects/\(p)/finance/ledger.csv")
            #expect(csv.text.contains(",640.00,EUR,7.812500"))
            let gone = try await client.send(.delete, "\(base)/exchange-rates/EUR/2027-01-01")
            #expect(gone.status == .noContent)
        }
    }

    @Test(arguments: TestBackend.available)
    func costEstimatesFeedTheRiskAnalysis(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let p = try await client.createProject()
            let base = "/api/v1/projects/\(p)"
            _ = try await client.send(.post, "\(base)/tasks", json: #"{"name":"Build","duration":"10d"}"#)
            let account = try await client.send(.post, "\(base)/cost-accounts", json: #"{"category":"material","code":"P-MAT"}"#)
            let id = try #require(account.json["id"] as? String)
            let bad = try await client.send(
                .patch,
                "\(base)/cost-accounts/\(id)",
                json: #"{"estimate_low":"900","estimate_most_likely":"800","estimate_high":"1200"}"#,
                headers: [.ifMatch: "\"1\""]
            )
            #expect(bad.status == .unprocessableContent && bad.problemFields == ["estimate_most_likely"])
            let set = try await client.send(
                .patch,
                "\(base)/cost-accounts/\(id)",
                json: #"{"estimate_low":"800","estimate_most_likely":"900","estimate_high":"1200"}"#,
                headers: [.ifMatch: "\"1\""]
            )
            #expect(set.status == .ok && set.json["estimate_most_likely"] as? String == "900.00")
            let run = try await client.send(.post, "\(base)/simulation", json: #"{"iterations":2000,"seed":1}"#)
            let cost = try #require(run.json["cost"] as? [String: Any])
            #expect(cost["currency"] as? String == "CNY" && cost["deterministic"] as? String == "900.00")
            // No approved budget yet: nothing to stay within.
            #expect(cost["budget"] == nil && cost["probability_of_budget"] == nil)
            let p50 = try #require((cost["percentiles"] as? [String: String])?["P50"])
            // The triangle 800–900–1,200 has its median at 1,200 − √(0.5 × 400 × 300) ≈ 955.
            #expect(abs((Double(p50) ?? 0) - 955) < 15)
        }
    }

    @Test(arguments: TestBackend.available)
    func rolesDecideWhoPosts(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let p = try await client.createProject()
            let base = "/api/v1/projects/\(p)"
            let controller = try await client.makeUser("finance@test.keel")
            let member = try await client.makeUser("member@test.keel")
            _ = try await client.send(.post, "\(base)/members", json: #"{"email":"finance@test.keel","role":"finance"}"#)
            _ = try await client.send(.post, "\(base)/members", json: #"{"email":"member@test.keel","role":"member"}"#)
            let byController = try await client.send(.post, "\(base)/ledger", json: #"{"kind":"revenue","amount":"500"}"#, as: controller)
            #expect(byController.status == .created)
            let byMember = try await client.send(.post, "\(base)/ledger", json: #"{"kind":"revenue","amount":"500"}"#, as: member)
            #expect(byMember.status == .forbidden)
            let memberReads = try await client.send(.get, "\(base)/ledger", as: member)
            #expect(memberReads.status == .ok)
            _ = services
        }
    }

    @Test(arguments: TestBackend.available)
    func theFinancePagesWork(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let id = try await KeelDemo.loader(services: services, language: .en).load()
            let overview = try await client.page("/projects/\(id)/finance", headers: [.acceptLanguage: "en"])
            #expect(overview.status == .ok)
            for part in [
                "aria-current=\"page\">Finance", "Balanced: debits equal credits.", "UX-LAB", "Hosting and test environments", "Cloud services",
                // Actual cost: 677,600 invoiced and accrued + 42,500 of Chen Jie's approved hours
                // (2 × 40 h at 260, 37.5 h and 40 h at 280) + USD 800 at 7.15.
                "¥725,820.00", "¥494,000.00", "Posted in other currencies",
            ] {
                #expect(overview.text.contains(part), "missing \(part)")
            }
            let ledger = try await client.page("/projects/\(id)/finance/ledger", headers: [.acceptLanguage: "en"])
            #expect(ledger.text.contains("Reversed by No. 7") && ledger.text.contains("Reversal of No. 6") && ledger.text.contains("−¥21,400.00"))
            let csv = try await client.page("/projects/\(id)/finance/ledger.csv")
            #expect(csv.text.contains(",TKT-5530,") && csv.text.contains(",-21400.00,CNY,"))

            // Posting with a plain form; bad input comes back next to the field.
            let accounts = try await services.finance.accounts(.system("t"), project: id)
            let travel = try #require(accounts.first { $0.code == "PM-TRV" })
            let posted = try await client.form(
                "/projects/\(id)/finance/ledger",
                [("kind", "actual_cost"), ("cost_account_id", travel.id.description), ("amount", "880"), ("counterparty", "Rail"), ("date", "")]
            )
            #expect(posted.status == .seeOther)
            let wrong = try await client.form(
                "/projects/\(id)/finance/ledger",
                [("kind", "actual_cost"), ("cost_account_id", ""), ("amount", "1.234")]
            )
            #expect(wrong.status == .unprocessableContent && wrong.text.contains("has-error"))
            // Reversing from the entry's page: the memo is required.
            let entry = try #require(try await services.finance.ledger(.system("t"), project: id, LedgerRepository.Filter(limit: 1)).entries.first)
            let page = try await client.page("/projects/\(id)/finance/ledger/\(entry.id)", headers: [.acceptLanguage: "en"])
            #expect(page.text.contains("Double-entry lines") && page.text.contains("Reverse this entry"))
            let noMemo = try await client.form("/projects/\(id)/finance/ledger/\(entry.id)/reverse", [("memo", "")])
            #expect(noMemo.status == .unprocessableContent)
            let reversed = try await client.form("/projects/\(id)/finance/ledger/\(entry.id)/reverse", [("memo", "Booked on the wrong account")])
            #expect(reversed.status == .seeOther)
            // The account edit page; a duplicate code is refused next to the field.
            let edit = try await client.page("/projects/\(id)/finance/accounts/\(travel.id)/edit", headers: [.acceptLanguage: "en"])
            #expect(edit.status == .ok && edit.text.contains("value=\"PM-TRV\""))
            let dup = try await client.form(
                "/projects/\(id)/finance/accounts/\(travel.id)",
                [("_version", "1"), ("code", "UX-LAB"), ("category", "travel"), ("task_id", "")]
            )
            #expect(dup.status == .unprocessableContent && dup.text.contains("already in use"))
        }
    }

    @Test(arguments: TestBackend.available)
    func budgetsOverTheAPIAndAsPages(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let p = try await client.createProject()
            let base = "/api/v1/projects/\(p)"
            let account = try await client.send(.post, "\(base)/cost-accounts", json: #"{"category":"other","code":"P-OTH"}"#)
            let accountID = try #require(account.json["id"] as? String)
            let created = try await client.send(.post, "\(base)/budgets", json: #"{"name":"First","contingency_reserve":"1000"}"#)
            #expect(created.status == .created && created.json["status"] as? String == "draft" && created.json["number"] as? Int == 1)
            let budget = try #require(created.json["id"] as? String)
            let noLines = try await client.send(.post, "\(base)/budgets/\(budget)/submit")
            #expect(noLines.status == .unprocessableContent && noLines.problemFields == ["lines"])
            let lined = try await client.send(
                .post,
                "\(base)/budgets/\(budget)/lines",
                json:
                    #"{"cost_account_id":"\#(accountID)","method":"manual","months":[{"period":"2027-01","amount":"500"},{"period":"2027-02","amount":"250.25"}]}"#
            )
            #expect(lined.status == .created && lined.json["pmb"] as? String == "750.25" && lined.json["total"] as? String == "1750.25")
            let badLine = try await client.send(.post, "\(base)/budgets/\(budget)/lines", json: #"{"cost_account_id":"\#(accountID)","amount":"-1"}"#)
            #expect(badLine.status == .unprocessableContent && badLine.problemFields == ["amount"])
            let submitted = try await client.send(.post, "\(base)/budgets/\(budget)/submit")
            #expect(
                submitted.json["status"] as? String == "submitted"
                    && (submitted.json["next_level"] as? [String: Any])?["role"] as? String == "manager"
            )
            // The submitter never approves; a stale copy is refused; a draft's lines cannot change now.
            let own = try await client.send(.post, "\(base)/budgets/\(budget)/approve", json: "{}")
            #expect(own.status == .forbidden)
            let stale = try await client.send(.post, "\(base)/budgets/\(budget)/approve", json: "{}", headers: [.ifMatch: "\"1\""])
            #expect(stale.status == .conflict)
            let locked = try await client.send(.post, "\(base)/budgets/\(budget)/lines", json: #"{"cost_account_id":"\#(accountID)","amount":"1"}"#)
            #expect(locked.status == .conflict)
            let levels = try await client.send(
                .put,
                "\(base)/approval-levels",
                json: #"{"levels":[{"max_amount":"5000","role":"finance"},{"role":"owner"}]}"#
            )
            #expect(levels.status == .ok && (levels.json["items"] as? [[String: Any]])?.first?["max_amount"] as? String == "5000.00")

            // The demo: an approved budget and a rebaseline awaiting the manager, with what changed.
            let id = try await KeelDemo.loader(services: services, language: .en).load()
            let list = try await client.page("/projects/\(id)/finance/budgets", headers: [.acceptLanguage: "en"])
            for part in ["Budget version 1", "Budget version 2", "Awaiting level 1", "Approved", "Approval levels", "Up to ¥2,000,000.00"] {
                #expect(list.text.contains(part), "missing \(part)")
            }
            let versions = try await services.budgets.list(.system("t"), project: id)
            let rebaseline = try #require(versions.first { $0.version.number == 2 })
            let detail = try await client.page("/projects/\(id)/finance/budgets/\(rebaseline.version.id)", headers: [.acceptLanguage: "en"])
            #expect(detail.text.contains("Changes against the approved version") && detail.text.contains("+¥150,000.00"))
            let overview = try await client.page("/projects/\(id)/finance", headers: [.acceptLanguage: "en"])
            #expect(overview.text.contains("Performance measurement baseline") && overview.text.contains("¥3,519,200.00"))
            // The demo manager decides from the page.
            let manager = try #require(try await services.identity.find(email: "zhang.min@demo.keel"))
            let zhang = try await HTTPTest.credentials(manager, services, password: DemoLoader.password)
            let mine = try await client.page("/projects/\(id)/finance/budgets/\(rebaseline.version.id)", as: zhang)
            #expect(mine.text.contains("Awaits your decision"))
            let rejected = try await client.form(
                "/projects/\(id)/finance/budgets/\(rebaseline.version.id)/reject",
                [("_version", String(rebaseline.version.version)), ("level", "1"), ("reason", "")],
                as: zhang
            )
            #expect(rejected.status == .unprocessableContent && rejected.text.contains("has-error"))
            let approved = try await client.form(
                "/projects/\(id)/finance/budgets/\(rebaseline.version.id)/approve",
                [("_version", String(rebaseline.version.version)), ("level", "1")],
                as: zhang
            )
            #expect(approved.status == .seeOther)
        }
    }

    @Test(arguments: TestBackend.available)
    func earnedValueOverTheAPIAndAsPages(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let id = try await KeelDemo.loader(services: services, language: .en).load()
            let base = "/api/v1/projects/\(id)"
            let report = try await client.send(.get, "\(base)/earned-value")
            #expect(report.status == .ok && report.json["baseline_version"] as? Int == 1)
            let project = try #require(report.json["project"] as? [String: Any])
            #expect(project["bac"] as? String == "3519200.00" && project["cpi"] as? Double != nil)
            #expect((report.json["rows"] as? [[String: Any]])?.contains { $0["name"] as? String == "Market research" } == true)
            let bad = try await client.send(.get, "\(base)/earned-value?status_date=soon")
            #expect(bad.status == .unprocessableContent && bad.problemFields == ["status_date"])
            let series = try await client.send(.get, "\(base)/earned-value/series?step=14")
            #expect(((series.json["items"] as? [[String: Any]])?.count ?? 0) > 10)
            let badSeries = try await client.send(.get, "\(base)/earned-value/series?step=0&from=2027-02-01&to=2027-01-01")
            #expect(badSeries.status == .unprocessableContent && badSeries.problemFields == ["step", "to"])

            let plan = try await services.schedule.view(.system("t"), project: id).plan
            let catalogue = try #require(plan.tasks.first { $0.name == "Catalogue and search" })
            let method = try await client.send(
                .put,
                "\(base)/tasks/\(catalogue.id)/earned-value-method",
                json:
                    #"{"method":"weighted_milestones","milestones":[{"name":"Search live","weight_percent":"40"},{"name":"Catalogue live","weight_percent":"60"}]}"#
            )
            #expect(method.status == .ok && (method.json["milestones"] as? [[String: Any]])?.count == 2)
            let badMethod = try await client.send(.put, "\(base)/tasks/\(catalogue.id)/earned-value-method", json: #"{"method":"guess"}"#)
            #expect(badMethod.status == .unprocessableContent && badMethod.problemFields == ["method"])

            let page = try await client.page("/projects/\(id)/finance/earned-value", headers: [.acceptLanguage: "en"])
            for part in ["id=\"s-curve\"", "Cost performance (CPI)", "By work breakdown", "Earned schedule (ES)", "Weighted milestones"] {
                #expect(page.text.contains(part), "missing \(part)")
            }
            let csv = try await client.page("/projects/\(id)/finance/earned-value.csv")
            #expect(csv.text.hasPrefix("status_date,wbs,task,method,bac") && csv.text.contains(",project,"))
            let dashboard = try await client.page("/projects/\(id)", headers: [.acceptLanguage: "en"])
            #expect(dashboard.text.contains("Open earned value"))
            // The method form: milestones that do not add up come back next to the field.
            let wrong = try await client.form(
                "/projects/\(id)/finance/earned-value/method",
                [("task_id", catalogue.id.description), ("method", "weighted_milestones"), ("milestones", "Half 50")]
            )
            #expect(wrong.status == .unprocessableContent && wrong.text.contains("has-error"))
            let saved = try await client.form(
                "/projects/\(id)/finance/earned-value/method",
                [("task_id", catalogue.id.description), ("method", "fifty_fifty"), ("milestones", "")]
            )
            #expect(saved.status == .seeOther)
        }
    }

    @Test(arguments: TestBackend.available)
    func costControlOverTheAPIAndAsAPage(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let id = try await KeelDemo.loader(services: services, language: .en).load()
            let base = "/api/v1/projects/\(id)"
            let report = try await client.send(.get, "\(base)/cost-control")
            #expect(report.status == .ok && report.json["baseline_version"] as? Int == 1)
            #expect((report.json["total"] as? [String: Any])?["budget"] as? String == "3519200.00")
            #expect((report.json["categories"] as? [[String: Any]])?.contains { $0["label"] as? String == "cloud" } == true)
            let stop = try await client.send(.put, "\(base)/cost-control/settings", json: #"{"control":"stop","tolerance_percent":"5"}"#)
            #expect(stop.status == .ok && stop.json["tolerance_percent"] as? String == "5.00")
            let accounts = try await services.finance.accounts(.system("t"), project: id)
            let warehouse = try #require(accounts.first { $0.code == "WH-EQP" })
            let refused = try await client.send(
                .post,
                "\(base)/ledger",
                json: #"{"kind":"commitment","cost_account_id":"\#(warehouse.id)","amount":"1000000"}"#
            )
            #expect(refused.status == .unprocessableContent && refused.problemFields == ["amount"])
            // Warn, keeping the 5% tolerance: 900,000 × 1.05 = 945,000 may be committed.
            _ = try await client.send(.put, "\(base)/cost-control/settings", json: #"{"control":"warn"}"#)
            let warned = try await client.send(
                .post,
                "\(base)/ledger",
                json: #"{"kind":"commitment","cost_account_id":"\#(warehouse.id)","amount":"1000000"}"#
            )
            #expect(warned.status == .created && warned.json["over_budget"] as? String == "55000.00")
            // The page: the overrun is flagged; posting another through the form says so after the redirect.
            let page = try await client.page("/projects/\(id)/finance/cost-control", headers: [.acceptLanguage: "en"])
            #expect(page.text.contains("By category") && page.text.contains("Overrun") && page.text.contains("Cloud services"))
            let posted = try await client.form(
                "/projects/\(id)/finance/ledger",
                [("kind", "commitment"), ("cost_account_id", warehouse.id.description), ("amount", "10")]
            )
            #expect(posted.status == .seeOther && posted.headers[.setCookie]?.contains("over_budget") == true)
            let badSettings = try await client.form("/projects/\(id)/finance/cost-control", [("control", "stop"), ("tolerance_percent", "500")])
            #expect(badSettings.status == .unprocessableContent && badSettings.text.contains("has-error"))
        }
    }
}
