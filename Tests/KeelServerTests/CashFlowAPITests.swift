import Foundation
import Hummingbird
import HummingbirdTesting
import KeelApp
import KeelCore
import KeelStore
import Testing
import TestSupport

@testable import KeelServer

/// Cash flow over HTTP and as pages: planned payments, settings, the forecast's JSON, bad input as
/// problems, the demo's warning on the page and the dashboard.
@Suite struct CashFlowAPITests {
    @Test(arguments: TestBackend.available)
    func theForecastOverTheAPI(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let p = try await client.createProject()
            let base = "/api/v1/projects/\(p)"
            let settings = try await client.send(
                .put,
                "\(base)/cash-flow/settings",
                json: #"{"opening_balance":"5000","threshold":"1000","horizon_weeks":4}"#
            )
            #expect(
                settings.status == .ok && settings.json["opening_balance"] as? String == "5000.00"
                    && settings.json["supplier_terms_days"] as? Int == 30
            )
            let created = try await client.send(
                .post,
                "\(base)/cash-inflows",
                json: #"{"name":"Deposit","amount":"2500","invoice_date":"2027-01-04","terms_days":10}"#
            )
            #expect(created.status == .created && created.headers[.eTag] == "\"1\"")
            let id = try #require(created.json["id"] as? String)
            let bad = try await client.send(.post, "\(base)/cash-inflows", json: #"{"name":"Both","amount":"-1"}"#)
            #expect(bad.status == .unprocessableContent && bad.problemFields == ["amount", "invoice_date"])
            let noMatch = try await client.send(.patch, "\(base)/cash-inflows/\(id)", json: #"{"terms_days":20}"#)
            #expect(noMatch.status == .preconditionRequired)
            let changed = try await client.send(.patch, "\(base)/cash-inflows/\(id)", json: #"{"terms_days":20}"#, headers: [.ifMatch: "\"1\""])
            #expect(changed.status == .ok && changed.json["terms_days"] as? Int == 20)

            let posted = try await client.send(.post, "\(base)/cost-accounts", json: #"{"category":"other","code":"P-OTH"}"#)
            let account = try #require(posted.json["id"] as? String)
            let invoice = try await client.send(
                .post,
                "\(base)/ledger",
                json: #"{"kind":"actual_cost","date":"2027-01-05","due_date":"2027-01-19","amount":"4700","cost_account_id":"\#(account)"}"#
            )
            #expect(invoice.status == .created && invoice.json["due_date"] as? String == "2027-01-19")

            let r = try await client.send(.get, "\(base)/cash-flow?as_of=2027-01-06")
            #expect(r.status == .ok && r.json["balance_at_as_of"] as? String == "5000.00")
            // 5,000 − 4,700 on the 19th, + 2,500 on the 24th: 300 is the lowest, below the 1,000 threshold.
            let warning = try #require(r.json["warning"] as? [String: Any])
            #expect(warning["first_day"] as? String == "2027-01-19" && warning["lowest"] as? String == "300.00")
            let movements = try #require(r.json["movements"] as? [[String: Any]])
            #expect(movements.map { $0["source"] as? String } == ["supplier_payment", "customer_payment"])
            #expect((r.json["weeks"] as? [[String: Any]])?.isEmpty == false && r.json["months"] is [[String: Any]])
            let badDay = try await client.send(.get, "\(base)/cash-flow?as_of=soon")
            #expect(badDay.status == .unprocessableContent && badDay.problemFields == ["as_of"])
            // By March the deposit is overdue: it is expected the next day, and until then the balance stays low.
            let late = try await client.send(.get, "\(base)/cash-flow?as_of=2027-03-01")
            #expect((late.json["warning"] as? [String: Any])?["first_day"] as? String == "2027-03-01")
            let lateMoves = try #require(late.json["movements"] as? [[String: Any]])
            #expect(lateMoves.last?["day"] as? String == "2027-03-02" && lateMoves.last?["overdue"] as? Bool == true)
            let settled = try await client.send(.post, "\(base)/ledger", json: #"{"kind":"payment_received","date":"2027-02-20","amount":"2500"}"#)
            #expect(settled.status == .created)
            let quiet = try await client.send(.get, "\(base)/cash-flow?as_of=2027-03-01")
            #expect(quiet.json["warning"] is NSNull && quiet.json["balance_at_as_of"] as? String == "2800.00")
            let gone = try await client.send(.delete, "\(base)/cash-inflows/\(id)", headers: [.ifMatch: "\"2\""])
            #expect(gone.status == .noContent)
        }
    }

    @Test(arguments: TestBackend.available)
    func theCashFlowPageAndTheDashboardSlot(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let id = try await KeelDemo.loader(services: services, language: .en).load()
            let page = try await client.page("/projects/\(id)/finance/cash-flow", headers: [.acceptLanguage: "en"])
            #expect(page.status == .ok && page.text.contains("Stage 1 acceptance payment") && page.text.contains("id=\"cash-balance\""))
            #expect(page.text.contains("Cash warning: the balance drops below ¥300,000.00"))
            let dashboard = try await client.page("/projects/\(id)", headers: [.acceptLanguage: "en"])
            #expect(dashboard.text.contains("Balance now") && dashboard.text.contains("Open cash flow"))
            let csv = try await client.page("/projects/\(id)/finance/cash-flow.csv")
            #expect(csv.text.hasPrefix("week_from,week_through,inflow,outflow,net,forecast_net,closing_balance,currency"))
            // A payment with neither milestone nor date comes back beside the field.
            let wrong = try await client.form(
                "/projects/\(id)/finance/cash-flow/inflows",
                [("name", "Bonus"), ("amount", "10"), ("task_id", ""), ("invoice_date", "")]
            )
            #expect(wrong.status == .unprocessableContent && wrong.text.contains("has-error"))
            let added = try await client.form(
                "/projects/\(id)/finance/cash-flow/inflows",
                [("name", "Bonus"), ("amount", "10"), ("task_id", ""), ("invoice_date", "2030-01-01"), ("terms_days", "0")]
            )
            #expect(added.status == .seeOther)
            let settings = try await client.form(
                "/projects/\(id)/finance/cash-flow/settings",
                [("opening_balance", "900000"), ("threshold", "0"), ("horizon_weeks", "13"), ("supplier_terms_days", "30")]
            )
            #expect(settings.status == .seeOther)
            let inflow = try #require(try await services.cashFlow.report(.system("t"), project: id).inflows.first { $0.inflow.name == "Bonus" })
            let edit = try await client.page("/projects/\(id)/finance/cash-flow/inflows/\(inflow.inflow.id)", headers: [.acceptLanguage: "en"])
            #expect(edit.status == .ok && edit.text.contains("value=\"Bonus\""))
        }
    }
}
