import Foundation
import Hummingbird
import HummingbirdTesting
import KeelApp
import KeelCore
import KeelStore
import Testing
import TestSupport

@testable import KeelServer

/// Timesheets over HTTP and as pages: a member's week saved, submitted and approved by the manager
/// (labour entries in the ledger), problems with the grid's cells named, and the demo's weeks.
@Suite struct TimesheetAPITests {
    @Test(arguments: TestBackend.available)
    func aWeekOverTheAPI(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let p = try await client.createProject()
            let base = "/api/v1/projects/\(p)"
            let account = try await client.send(.post, "\(base)/cost-accounts", json: #"{"category":"labour","code":"P-LAB"}"#)
            let accountID = try #require(account.json["id"] as? String)
            let member = try await client.makeUser("dev@ts.keel")
            _ = try await client.send(.post, "\(base)/members", json: #"{"email":"dev@ts.keel","role":"member"}"#)
            let rate = try await client.send(
                .post,
                "\(base)/cost-rates",
                json: #"{"user_id":"\#(member.user.id)","effective_from":"2027-01-01","hourly_rate":"150.5"}"#
            )
            #expect(rate.status == .ok && rate.json["hourly_rate"] as? String == "150.50")

            let empty = try await client.send(.get, "\(base)/timesheet-weeks/2027-03-03", as: member)
            #expect(empty.status == .ok && empty.json["week_start"] as? String == "2027-03-01" && empty.json["id"] == nil)
            let bad = try await client.send(
                .put,
                "\(base)/timesheet-weeks/2027-03-03",
                json: #"{"entries":[{"cost_account_id":"\#(accountID)","day":"2027-03-08","hours":"25"}]}"#,
                as: member
            )
            #expect(bad.status == .unprocessableContent && bad.headers[.contentType] == "application/problem+json")
            #expect(bad.problemFields == ["entries[0].day", "entries[0].hours"])
            let saved = try await client.send(
                .put,
                "\(base)/timesheet-weeks/2027-03-03",
                json:
                    #"{"entries":[{"cost_account_id":"\#(accountID)","day":"2027-03-01","hours":"8"},{"cost_account_id":"\#(accountID)","day":"2027-03-02","hours":"2.5","note":"Review"}]}"#,
                as: member
            )
            #expect(saved.status == .ok && saved.json["hours"] as? String == "10.50" && saved.json["cost"] as? String == "1580.25")
            let version = try #require(saved.headers[.eTag])
            let submitted = try await client.send(.post, "\(base)/timesheet-weeks/2027-03-01/submit", headers: [.ifMatch: version], as: member)
            #expect(submitted.status == .ok && submitted.json["status"] as? String == "submitted")
            let id = try #require(submitted.json["id"] as? String)

            // The member sees only their own; the admin (owner of the project) decides.
            let mine = try await client.send(.get, "\(base)/timesheets", as: member)
            #expect((mine.json["items"] as? [[String: Any]])?.count == 1)
            let selfApproval = try await client.send(.post, "\(base)/timesheets/\(id)/approve", as: member)
            #expect(selfApproval.status == .forbidden)
            let noReason = try await client.send(.post, "\(base)/timesheets/\(id)/reject", json: "{}")
            #expect(noReason.status == .unprocessableContent && noReason.problemFields == ["reason"])
            let approved = try await client.send(.post, "\(base)/timesheets/\(id)/approve")
            #expect(approved.status == .ok && approved.json["status"] as? String == "approved")
            let entries = try #require(approved.json["entries"] as? [[String: Any]])
            #expect(
                entries.compactMap { $0["ledger_entry_number"] as? Int } == [1, 2] && entries.map { $0["cost"] as? String } == ["1204.00", "376.25"]
            )
            let ledger = try await client.send(.get, "\(base)/ledger?kind=labour")
            #expect(ledger.json["total"] as? Int == 2)
            let again = try await client.send(.post, "\(base)/timesheets/\(id)/approve")
            #expect(again.status == .conflict)
            let badFilter = try await client.send(.get, "\(base)/timesheets?status=lost&week=someday")
            #expect(badFilter.status == .unprocessableContent && badFilter.problemFields == ["status", "week"])
            let gone = try await client.send(.delete, "\(base)/cost-rates/\(member.user.id)/2027-01-01")
            #expect(gone.status == .noContent)
            let missing = try await client.send(.delete, "\(base)/cost-rates/\(member.user.id)/2027-01-01")
            #expect(missing.status == .notFound)
        }
    }

    @Test(arguments: TestBackend.available)
    func theTimesheetPagesWork(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let id = try await KeelDemo.loader(services: services, language: .en).load()
            let developer = try #require(try await services.identity.find(email: "chen.jie@demo.keel"))
            let chen = try await HTTPTest.credentials(developer, services, password: DemoLoader.password)
            let week = try await client.page("/projects/\(id)/time", headers: [.acceptLanguage: "en"], as: chen)
            #expect(
                week.status == .ok && week.text.contains("aria-current=\"page\">Timesheets") && week.text.contains("CAT-LAB · Catalogue and search")
            )
            // A cell with too many hours and a row without an account come back on their cells.
            let monday = Timesheet.weekStart(containing: Day(utcSecondsSince1970: Date().timeIntervalSince1970))
            let accounts = try await services.finance.accounts(.system("t"), project: id)
            let cat = try #require(accounts.first { $0.code == "CAT-LAB" })
            let wrong = try await client.form(
                "/projects/\(id)/time/\(monday.iso)",
                [("rows[0][account]", cat.id.description), ("rows[0][d0]", "30"), ("rows[1][account]", ""), ("rows[1][d2]", "3")],
                headers: [.acceptLanguage: "en"],
                as: chen
            )
            #expect(
                wrong.status == .unprocessableContent && wrong.text.contains("name=\"rows[0][d0]\" value=\"30\"")
                    && wrong.text.contains("aria-invalid")
            )
            let saved = try await client.form(
                "/projects/\(id)/time/\(monday.iso)",
                [("rows[0][account]", cat.id.description), ("rows[0][d0]", "7.5"), ("rows[0][note]", "Search facets")],
                as: chen
            )
            #expect(saved.status == .seeOther)

            // The manager's queue, a week to decide, the rates page.
            let team = try await client.page("/projects/\(id)/timesheets", headers: [.acceptLanguage: "en"])
            #expect(team.status == .ok && team.text.contains("1 timesheet waits for a decision"))
            let waiting = try #require(try await services.timesheets.list(.system("t"), project: id, .init(status: .submitted)).first)
            let detail = try await client.page("/projects/\(id)/timesheets/\(waiting.sheet.id)", headers: [.acceptLanguage: "en"])
            #expect(detail.text.contains("Approve and post labour cost") && detail.text.contains("¥2,240.00"))
            let rejected = try await client.form("/projects/\(id)/timesheets/\(waiting.sheet.id)/reject", [("reason", "")])
            #expect(rejected.status == .unprocessableContent)
            let approved = try await client.form(
                "/projects/\(id)/timesheets/\(waiting.sheet.id)/approve",
                [("_version", String(waiting.sheet.version))]
            )
            #expect(approved.status == .seeOther)
            let csv = try await client.page("/projects/\(id)/timesheets.csv?status=approved")
            #expect(csv.text.hasPrefix("person,user_id,week_start,status,hours") && csv.text.contains(",approved,37.50"))
            let rates = try await client.page("/projects/\(id)/finance/rates", headers: [.acceptLanguage: "en"])
            #expect(rates.text.contains("¥280.00") && rates.text.contains("Set a rate"))
            // A viewer has no timesheet.
            let viewer = try await HTTPTest.credentials(
                try #require(try await services.identity.find(email: "li.wei@demo.keel")),
                services,
                password: DemoLoader.password
            )
            #expect(try await client.page("/projects/\(id)/time", as: viewer).status == .forbidden)
        }
    }
}
