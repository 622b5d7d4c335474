import Foundation
import Hummingbird
import HummingbirdTesting
import KeelApp
import KeelCore
import KeelStore
import Testing
import TestSupport

@testable import KeelServer

/// Planned value over working time, through the API only, as a new user would try it (issue 19 and
/// the worked example of docs/finance.md).
@Suite struct PlannedValueAPITests {
    /// A of 3 working days (Mon 1 – Wed 3 March 2027, 6,000), B of 4 after it (Thu 4 – Tue 9 March,
    /// 4,000), both even; at the end of Friday 5 March A is done and B 30 % done: PV 8,000, EV 7,200,
    /// SPI 0.90, ES 4.2 of AT 5 working days, SV(t) −0.8.
    @Test(arguments: TestBackend.available)
    func theWorkedExampleThroughTheAPI(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let p = try await client.createProject()
            let base = "/api/v1/projects/\(p)"
            let plan = try await client.send(.get, "\(base)/schedule")
            let settings = try await client.send(
                .patch,
                "\(base)/schedule",
                json: #"{"project_start":"2027-03-01","status_date":"2027-03-05"}"#,
                headers: [.ifMatch: try #require(plan.headers[.eTag])]
            )
            #expect(settings.status == .ok)
            // A bare status date is the end of that day's working time.
            #expect((settings.json["settings"] as? [String: Any])?["status_date"] as? String == "2027-03-05T17:00:00")
            let a = try #require(try await client.send(.post, "\(base)/tasks", json: #"{"name":"A","duration":"3d"}"#).json["id"] as? String)
            let b = try #require(try await client.send(.post, "\(base)/tasks", json: #"{"name":"B","duration":"4d"}"#).json["id"] as? String)
            let link = try await client.send(.post, "\(base)/links", json: #"{"predecessor_id":"\#(a)","successor_id":"\#(b)"}"#)
            #expect(link.status == .created)
            var accounts: [String] = []
            for (task, code) in [(a, "A-LAB"), (b, "B-LAB")] {
                let account = try await client.send(
                    .post,
                    "\(base)/cost-accounts",
                    json: #"{"category":"labour","task_id":"\#(task)","code":"\#(code)"}"#
                )
                accounts.append(try #require(account.json["id"] as? String))
            }
            let budget = try #require(try await client.send(.post, "\(base)/budgets", json: #"{"name":"Baseline"}"#).json["id"] as? String)
            _ = try await client.send(.post, "\(base)/budgets/\(budget)/lines", json: #"{"cost_account_id":"\#(accounts[0])","amount":"6000"}"#)
            let lined = try await client.send(
                .post,
                "\(base)/budgets/\(budget)/lines",
                json: #"{"cost_account_id":"\#(accounts[1])","amount":"4000"}"#
            )
            let lines = try #require(lined.json["lines"] as? [[String: Any]])
            let lineB = try #require(lines.first { $0["cost_account_id"] as? String == accounts[1] })
            #expect(lineB["period"] as? String == "month")
            #expect(
                (lineB["segments"] as? [[String: Any]])?.map { "\($0["from"]!)..\($0["through"]!) \($0["amount"]!)" } == [
                    "2027-03-04..2027-03-09 4000.00"
                ]
            )
            // A one-level policy for a finance member, who approves what the administrator submitted.
            _ = try await client.send(.put, "\(base)/approval-levels", json: #"{"levels":[{"role":"finance"}]}"#)
            let controller = try await client.makeUser("finance@pv.keel")
            _ = try await client.send(.post, "\(base)/members", json: #"{"email":"finance@pv.keel","role":"finance"}"#)
            _ = try await client.send(.post, "\(base)/budgets/\(budget)/submit")
            let approved = try await client.send(.post, "\(base)/budgets/\(budget)/approve", json: "{}", as: controller)
            #expect(approved.json["status"] as? String == "approved")

            let done = try await client.send(.patch, "\(base)/tasks/\(a)", json: #"{"percent_complete":100}"#, headers: [.ifMatch: "\"1\""])
            #expect(done.status == .ok)
            // Progress as of a day, whatever the plan's status date is.
            let partly = try await client.send(
                .patch,
                "\(base)/tasks/\(b)",
                json: #"{"percent_complete":30,"progress_as_of":"2027-03-05"}"#,
                headers: [.ifMatch: "\"1\""]
            )
            #expect(partly.status == .ok)
            let noPercent = try await client.send(
                .patch,
                "\(base)/tasks/\(b)",
                json: #"{"progress_as_of":"2027-03-05"}"#,
                headers: [.ifMatch: "\"2\""]
            )
            #expect(noPercent.status == .unprocessableContent && noPercent.problemFields == ["percent_complete"])

            let report = try await client.send(.get, "\(base)/earned-value?status_date=2027-03-05")
            let project = try #require(report.json["project"] as? [String: Any])
            #expect(project["pv"] as? String == "8000.00" && project["ev"] as? String == "7200.00" && project["bac"] as? String == "10000.00")
            #expect(project["spi"] as? Double == 0.9)
            let es = try #require(report.json["earned_schedule"] as? [String: Any])
            #expect(abs((es["earned_schedule_days"] as? Double ?? 0) - 4.2) < 1e-9)
            #expect(es["actual_time_days"] as? Double == 5 && es["planned_duration_days"] as? Double == 7)
            #expect(abs((es["schedule_variance_days"] as? Double ?? 0) + 0.8) < 1e-9)
            // The weekend adds nothing: the same planned value on Sunday.
            let sunday = try await client.send(.get, "\(base)/earned-value?status_date=2027-03-07")
            #expect((sunday.json["project"] as? [String: Any])?["pv"] as? String == "8000.00")
            // The progress reported as of the 5th is not seen on the 4th.
            let before = try await client.send(.get, "\(base)/earned-value?status_date=2027-03-04")
            #expect((before.json["project"] as? [String: Any])?["pv"] as? String == "7000.00")

            // A new version phases B by week and by day: Thu–Fri and Mon–Tue, 1,000 a working day.
            let created = try await client.send(.post, "\(base)/budgets", json: #"{"name":"By week"}"#)
            let next = created.json
            var etag = try #require(created.headers[.eTag])
            let nextID = try #require(next["id"] as? String)
            let copied = try #require((next["lines"] as? [[String: Any]])?.first { $0["cost_account_id"] as? String == accounts[1] })
            let lineID = try #require(copied["id"] as? String)
            let weekly = try await client.send(
                .patch,
                "\(base)/budgets/\(nextID)/lines/\(lineID)",
                json: #"{"period":"week"}"#,
                headers: [.ifMatch: etag]
            )
            etag = try #require(weekly.headers[.eTag])
            let weeklyB = try #require((weekly.json["lines"] as? [[String: Any]])?.first { $0["id"] as? String == lineID })
            #expect(
                (weeklyB["segments"] as? [[String: Any]])?.map { "\($0["from"]!)..\($0["through"]!) \($0["amount"]!)" }
                    == ["2027-03-04..2027-03-05 2000.00", "2027-03-08..2027-03-09 2000.00"]
            )
            let daily = try await client.send(
                .patch,
                "\(base)/budgets/\(nextID)/lines/\(lineID)",
                json: #"{"period":"day"}"#,
                headers: [.ifMatch: etag]
            )
            etag = try #require(daily.headers[.eTag])
            let dailyB = try #require((daily.json["lines"] as? [[String: Any]])?.first { $0["id"] as? String == lineID })
            #expect((dailyB["segments"] as? [[String: Any]])?.map { $0["amount"] as? String } == ["1000.00", "1000.00", "1000.00", "1000.00"])
            // Typed per week: weeks named as ISO weeks; months only go with monthly lines.
            let typed = try await client.send(
                .patch,
                "\(base)/budgets/\(nextID)/lines/\(lineID)",
                json: #"{"method":"manual","period":"week","periods":"2027-W09 1500; 2027-W10 2500"}"#,
                headers: [.ifMatch: etag]
            )
            etag = try #require(typed.headers[.eTag])
            let typedB = try #require((typed.json["lines"] as? [[String: Any]])?.first { $0["id"] as? String == lineID })
            #expect(typedB["amount"] as? String == "4000.00")
            #expect(
                (typedB["segments"] as? [[String: Any]])?.map { "\($0["from"]!)..\($0["through"]!) \($0["amount"]!)" }
                    == ["2027-03-04..2027-03-05 1500.00", "2027-03-08..2027-03-09 2500.00"]
            )
            let wrong = try await client.send(
                .patch,
                "\(base)/budgets/\(nextID)/lines/\(lineID)",
                json: #"{"months":"2027-03 100","periods":"2027-W11 x"}"#,
                headers: [.ifMatch: etag]
            )
            #expect(wrong.status == .unprocessableContent && wrong.problemFields == ["months", "periods[0].amount"])
        }
    }
}
