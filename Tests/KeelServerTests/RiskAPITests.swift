import Foundation
import Hummingbird
import HummingbirdTesting
import KeelApp
import KeelCore
import KeelStore
import Testing
import TestSupport

@testable import KeelServer

/// The risk register over HTTP and as pages: raise, reassess, link to tasks, see the heat maps,
/// the dashboard slot and the CSV; errors as problems and as messages next to the fields.
@Suite struct RiskAPITests {
    @Test(arguments: TestBackend.available)
    func anOccurredRiskBecomesAnIssue(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let p = try await client.createProject()
            let base = "/api/v1/projects/\(p)"
            let risk = try await client.send(.post, "\(base)/risks", json: #"{"title":"Vendor insolvency","owner":"Ana","effect":"No spare parts"}"#)
            let riskID = try #require(risk.json["id"] as? String)
            let raised = try await client.send(.post, "\(base)/risks/\(riskID)/issue")
            #expect(raised.status == .created && raised.json["code"] as? String == "I-1" && raised.json["risk_id"] as? String == riskID)
            #expect(raised.json["owner"] as? String == "Ana" && raised.json["status"] as? String == "open")
            let again = try await client.send(.post, "\(base)/risks/\(riskID)/issue")
            #expect(again.status == .conflict)
            let issueID = try #require(raised.json["id"] as? String)
            let bad = try await client.send(.patch, "\(base)/issues/\(issueID)", json: #"{"status":"done"}"#, headers: [.ifMatch: "\"1\""])
            #expect(bad.status == .unprocessableContent && bad.problemFields == ["status"])
            let resolved = try await client.send(
                .patch,
                "\(base)/issues/\(issueID)",
                json: #"{"status":"resolved","resolution":"New vendor"}"#,
                headers: [.ifMatch: "\"1\""]
            )
            #expect(resolved.status == .ok && resolved.json["resolved_on"] is String)
            // The pages: the log, the issue, and the risk page pointing at it.
            let page = try await client.page("/projects/\(p)/issues", headers: [.acceptLanguage: "en"])
            #expect(page.status == .ok && page.text.contains("Vendor insolvency") && page.text.contains("0 open issues"))
            let riskPage = try await client.page("/projects/\(p)/risks/\(riskID)/edit", headers: [.acceptLanguage: "en"])
            #expect(riskPage.text.contains("Issues from this risk") && riskPage.text.contains("Open an issue from this risk"))
            let added = try await client.form("/projects/\(p)/issues", [("title", ""), ("priority", "high")])
            #expect(added.status == .unprocessableContent && added.text.contains("has-error"))
            let made = try await client.form(
                "/projects/\(p)/issues",
                [("title", "Printer jam"), ("priority", "low"), ("status", "open"), ("raised_on", ""), ("due", "")]
            )
            #expect(made.status == .seeOther)
            #expect(try await services.issues.list(.system("t"), project: ID<Project>(p)!).count == 2)
        }
    }

    @Test(arguments: TestBackend.available)
    func riskScalesOverTheAPIAndAsAPage(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let p = try await client.createProject()
            let base = "/api/v1/projects/\(p)"
            let standard = try await client.send(.get, "\(base)/risk-scales")
            #expect(standard.status == .ok && standard.headers[.eTag] == "\"0\"" && standard.json["max_score"] as? Int == 25)
            #expect((standard.json["probability_levels"] as? [[String: Any]])?.last?["up_to"] as? String == "100.00")
            let bad = try await client.send(
                .patch,
                "\(base)/risk-scales",
                json: #"{"medium_from":0,"score_method":"x"}"#,
                headers: [.ifMatch: "\"0\""]
            )
            #expect(bad.status == .unprocessableContent && bad.problemFields == ["medium_from", "score_method"])
            let changed = try await client.send(
                .patch,
                "\(base)/risk-scales",
                json:
                    #"{"probability_levels":[{"label":"Low","up_to":"25"},{"label":"Medium","up_to":"60"},{"label":"High","up_to":100}],"score_method":"probability_plus_worst_impact","medium_from":4,"high_from":6,"critical_from":7}"#,
                headers: [.ifMatch: "\"0\""]
            )
            #expect(changed.status == .ok && changed.headers[.eTag] == "\"1\"" && changed.json["max_score"] as? Int == 8)
            let risk = try await client.send(.post, "\(base)/risks", json: #"{"title":"Flood","inherent_probability":3,"inherent_cost":4}"#)
            #expect(risk.status == .created && (risk.json["inherent"] as? [String: Any])?["score"] as? Int == 7)
            #expect((risk.json["inherent"] as? [String: Any])?["band"] as? String == "critical")
            let tooHigh = try await client.send(.post, "\(base)/risks", json: #"{"title":"X","inherent_probability":4}"#)
            #expect(tooHigh.status == .unprocessableContent && tooHigh.problemFields == ["inherent_probability"])
            // The page: the scales as a form; the register's heat map has three rows now.
            let page = try await client.page("/projects/\(p)/risks/settings", headers: [.acceptLanguage: "en"])
            #expect(page.status == .ok && page.text.contains("Probability + worst impact") && page.text.contains("value=\"Medium\""))
            let register = try await client.page("/projects/\(p)/risks", headers: [.acceptLanguage: "en"])
            #expect(register.text.components(separatedBy: "class=\"cell").count - 1 == 2 * 3 * 5)
            var fields: [(String, String)] = [
                ("_version", "1"), ("probability_count", "3"), ("impact_count", "5"), ("score_method", "probability_times_worst_impact"),
                ("medium_from", "3"), ("high_from", "6"), ("critical_from", "12"),
            ]
            for (k, up) in ["20", "50", "100"].enumerated() {
                fields += [("probability_levels[\(k)].label", ""), ("probability_levels[\(k)].up_to", up)]
            }
            for k in 0..<5 {
                fields += [
                    ("impact_levels[\(k)].label", ""), ("impact_levels[\(k)].schedule_days", k < 4 ? String((k + 1) * 5) : ""),
                    ("impact_levels[\(k)].cost", ""),
                ]
            }
            for b in ["low", "medium", "high", "critical"] { fields.append(("review_\(b)", "30")) }
            let saved = try await client.form("/projects/\(p)/risks/settings", fields)
            #expect(saved.status == .seeOther)
            fields[0] = ("_version", "2")
            fields[6] = ("critical_from", "99")
            let refused = try await client.form("/projects/\(p)/risks/settings", fields)
            #expect(refused.status == .unprocessableContent && refused.text.contains("aria-invalid"))
        }
    }

    @Test(arguments: TestBackend.available)
    func theBreakdownStructureOverTheAPIAndAsPages(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let p = try await client.createProject()
            let base = "/api/v1/projects/\(p)"
            let made = try await client.send(.post, "\(base)/risk-categories", json: #"{"name":"Suppliers","root":"commercial"}"#)
            #expect(made.status == .created && made.json["root"] as? String == "commercial" && (made.json["path"] as? [String]) == ["Suppliers"])
            let id = try #require(made.json["id"] as? String)
            let twice = try await client.send(.post, "\(base)/risk-categories", json: #"{"name":"suppliers","root":"commercial"}"#)
            #expect(twice.status == .unprocessableContent && twice.problemFields == ["name"])
            let risk = try await client.send(.post, "\(base)/risks", json: #"{"title":"Supplier insolvent","subcategory_id":"\#(id)"}"#)
            #expect(
                risk.status == .created && risk.json["category"] as? String == "commercial"
                    && (risk.json["category_path"] as? [String]) == ["Suppliers"]
            )
            let renamed = try await client.send(
                .patch,
                "\(base)/risk-categories/\(id)",
                json: #"{"name":"Key suppliers"}"#,
                headers: [.ifMatch: "\"1\""]
            )
            #expect(renamed.status == .ok && renamed.json["name"] as? String == "Key suppliers")
            // The pages: the tree with its count, the add form refusing a duplicate next to its field.
            let page = try await client.page("/projects/\(p)/risks/categories", headers: [.acceptLanguage: "en"])
            #expect(page.status == .ok && page.text.contains("Key suppliers") && page.text.contains("1 risk"))
            let refused = try await client.form("/projects/\(p)/risks/categories", [("name", "Key suppliers"), ("under", "commercial")])
            #expect(refused.status == .unprocessableContent && refused.text.contains("has-error"))
            let nested = try await client.form("/projects/\(p)/risks/categories", [("name", "Logistics"), ("under", id)])
            #expect(nested.status == .seeOther)
            let filtered = try await client.page("/projects/\(p)/risks?category=\(id)", headers: [.acceptLanguage: "en"])
            #expect(filtered.text.contains("Supplier insolvent"))
            let removed = try await client.send(.delete, "\(base)/risk-categories/\(id)", headers: [.ifMatch: "\"2\""])
            #expect(removed.status == .noContent)
        }
    }

    @Test(arguments: TestBackend.available)
    func correlatedTasksOverTheAPIAndAsPages(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let p = try await client.createProject()
            let base = "/api/v1/projects/\(p)"
            var ids: [String] = []
            for name in ["Design", "Build"] {
                let t = try await client.send(
                    .post,
                    "\(base)/tasks",
                    json:
                        #"{"name":"\#(name)","duration":"10d","estimate_optimistic":"8d","estimate_most_likely":"10d","estimate_pessimistic":"18d"}"#
                )
                ids.append(try #require(t.json["id"] as? String))
            }
            let bad = try await client.send(.post, "\(base)/correlation-groups", json: #"{"name":"Crew","coefficient":2,"task_ids":["\#(ids[0])"]}"#)
            #expect(bad.status == .unprocessableContent && bad.problemFields == ["coefficient", "task_ids"])
            let made = try await client.send(
                .post,
                "\(base)/correlation-groups",
                json: #"{"name":"Crew","coefficient":0.6,"task_ids":["\#(ids[0])","\#(ids[1])"]}"#
            )
            #expect(made.status == .created && made.headers[.eTag] == "\"1\"" && made.json["coefficient"] as? Double == 0.6)
            #expect(made.json["rank_correlation"] as? Double == 0.582 && (made.json["task_ids"] as? [String]) == ids)
            let id = try #require(made.json["id"] as? String)
            let changed = try await client.send(
                .patch,
                "\(base)/correlation-groups/\(id)",
                json: #"{"coefficient":"0.3"}"#,
                headers: [.ifMatch: "\"1\""]
            )
            #expect(changed.status == .ok && changed.json["coefficient"] as? Double == 0.3)
            let stale = try await client.send(.patch, "\(base)/correlation-groups/\(id)", json: #"{"name":"X"}"#, headers: [.ifMatch: "\"1\""])
            #expect(stale.status == .preconditionFailed)
            let listed = try await client.send(.get, "\(base)/correlation-groups")
            #expect((listed.json["items"] as? [[String: Any]])?.count == 1)
            // The pages: the list links from the analysis; a bad form comes back with its messages.
            let analysis = try await client.page("/projects/\(p)/schedule/simulation?iterations=200", headers: [.acceptLanguage: "en"])
            #expect(analysis.text.contains("1 group of correlated tasks"))
            let page = try await client.page("/projects/\(p)/schedule/simulation/correlations", headers: [.acceptLanguage: "en"])
            #expect(page.status == .ok && page.text.contains("Crew") && page.text.contains("0.30"))
            let refused = try await client.form(
                "/projects/\(p)/schedule/simulation/correlations",
                [("name", "Again"), ("coefficient", "0.5"), ("_tasks", "1"), ("task_ids", ids[0])]
            )
            #expect(refused.status == .unprocessableContent && refused.text.contains("has-error") && refused.text.contains("in “Crew”"))
            let removed = try await client.send(.delete, "\(base)/correlation-groups/\(id)", headers: [.ifMatch: "\"2\""])
            #expect(removed.status == .noContent)
            #expect(try await services.correlations.list(.system("t"), project: ID<Project>(p)!).isEmpty)
        }
    }

    @Test(arguments: TestBackend.available)
    func theRegisterOverTheAPI(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let p = try await client.createProject()
            let base = "/api/v1/projects/\(p)"
            let task = try await client.send(.post, "\(base)/tasks", json: #"{"name":"Foundations","duration":"10d"}"#)
            let taskID = try #require(task.json["id"] as? String)
            let created = try await client.send(
                .post,
                "\(base)/risks",
                json: """
                    {"title":"Groundwater","kind":"threat","category":"external","inherent_probability":3,"inherent_schedule":4,"inherent_cost":3,
                     "chance":"30","delay_optimistic":"2d","delay_most_likely":"5d","delay_pessimistic":"12d",
                     "cost_low":"10000","cost_mode":"40000.50","cost_high":"90000","task_ids":["\(taskID)"]}
                    """
            )
            #expect(created.status == .created && created.headers[.eTag] == "\"1\"")
            let id = try #require(created.json["id"] as? String)
            #expect(created.json["code"] as? String == "R-1" && created.json["current_score"] as? Int == 12)
            #expect((created.json["inherent"] as? [String: Any])?["band"] as? String == "high")
            #expect(created.json["cost_mode"] as? String == "40000.50" && created.json["expected_monetary_value"] as? String == "12000.15")
            #expect(created.json["delay_most_likely"] as? String == "5d" && created.json["task_ids"] as? [String] == [taskID])

            let noMatch = try await client.send(.patch, "\(base)/risks/\(id)", json: #"{"residual_probability":2}"#)
            #expect(noMatch.status == .preconditionRequired)
            let changed = try await client.send(
                .patch,
                "\(base)/risks/\(id)",
                json: #"{"strategy":"mitigate","residual_probability":2,"residual_schedule":2}"#,
                headers: [.ifMatch: "\"1\""]
            )
            #expect(changed.status == .ok && changed.json["current_score"] as? Int == 4 && changed.headers[.eTag] == "\"2\"")
            let history = try await client.send(.get, "\(base)/risks/\(id)/assessments")
            #expect((history.json["items"] as? [[String: Any]])?.map { $0["stage"] as? String } == ["inherent", "residual"])
            let list = try await client.send(.get, "\(base)/risks")
            #expect((list.json["items"] as? [[String: Any]])?.count == 1)

            let bad = try await client.send(
                .post,
                "\(base)/risks",
                json: #"{"kind":"opportunity","strategy":"avoid","chance":"-1","inherent_probability":0}"#
            )
            #expect(bad.status == .unprocessableContent && bad.problemFields == ["chance", "inherent_probability", "strategy", "title"])
            let foreign = try await client.send(.get, "/api/v1/projects/\(try await client.createProject())/risks/\(id)")
            #expect(foreign.status == .notFound)

            // The analysis counts the risk and names it among the drivers.
            _ = try await client.send(
                .patch,
                "\(base)/tasks/\(taskID)",
                json: #"{"estimate_optimistic":"8d","estimate_most_likely":"10d","estimate_pessimistic":"14d"}"#,
                headers: [.ifMatch: "\"1\""]
            )
            let run = try await client.send(.post, "\(base)/simulation", json: #"{"iterations":3000}"#)
            #expect(run.json["risks"] as? Int == 1)
            #expect(
                (run.json["sensitivity"] as? [[String: Any]])?.contains { $0["risk_id"] as? String == id && $0["kind"] as? String == "risk" } == true
            )

            // Response actions: who does what by when, at what cost.
            let action = try await client.send(
                .post,
                "\(base)/risks/\(id)/actions",
                json: #"{"title":"Dewater the pit","owner":"Chen Jie","due":"2027-01-20","cost":"4500.5"}"#
            )
            #expect(action.status == .created && action.json["cost"] as? String == "4500.50" && action.json["status"] as? String == "open")
            let actionID = try #require(action.json["id"] as? String)
            let done = try await client.send(
                .patch,
                "\(base)/risks/\(id)/actions/\(actionID)",
                json: #"{"status":"done"}"#,
                headers: [.ifMatch: "\"1\""]
            )
            #expect(done.status == .ok && done.json["status"] as? String == "done" && done.json["overdue"] as? Bool == false)
            let badAction = try await client.send(.post, "\(base)/risks/\(id)/actions", json: #"{"cost":"-1","status":"later"}"#)
            #expect(badAction.status == .unprocessableContent && badAction.problemFields == ["cost", "status", "title"])
            let actions = try await client.send(.get, "\(base)/risks/\(id)/actions")
            #expect((actions.json["items"] as? [[String: Any]])?.count == 1)

            let gone = try await client.send(.delete, "\(base)/risks/\(id)", headers: [.ifMatch: "\"2\""])
            #expect(gone.status == .noContent)
        }
    }

    @Test(arguments: TestBackend.available)
    func theRegisterPagesWork(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let id = try await KeelDemo.loader(services: services, language: .en).load()
            let register = try await client.page("/projects/\(id)/risks", headers: [.acceptLanguage: "en"])
            #expect(register.status == .ok)
            for part in [
                "id=\"heat-inherent\"", "id=\"heat-residual\"", "Payment licence approval is late", "R-6", "1 review overdue", "6 open risks",
                "Acceptance awaits approval",
                "aria-current=\"page\">Risks",
            ] {
                #expect(register.text.contains(part), "missing \(part)")
            }
            // Heat-map cells lead to the risks they count; the table filters by status, kind, overdue review.
            #expect(register.text.contains("/risks?p=4&amp;i=4&amp;stage=inherent#register"))
            let cell = try await client.page("/projects/\(id)/risks?p=4&i=4&stage=inherent", headers: [.acceptLanguage: "en"])
            #expect(cell.text.contains("Showing 1 of 6") && cell.text.contains(">R-1<") && !cell.text.contains(">R-2<"))
            let opportunities = try await client.page("/projects/\(id)/risks?kind=opportunity", headers: [.acceptLanguage: "en"])
            #expect(opportunities.text.contains("Reuse the group") && !opportunities.text.contains("Payment licence approval is late</td>"))
            let overdue = try await client.page("/projects/\(id)/risks?overdue=on", headers: [.acceptLanguage: "en"])
            #expect(overdue.text.contains("Showing 1 of 6") && overdue.text.contains(">R-4<"))
            let closed = try await client.page("/projects/\(id)/risks?status=closed", headers: [.acceptLanguage: "en"])
            #expect(closed.text.contains("No risk matches the filter."))

            // The dashboard lists the top risks.
            let dashboard = try await client.page("/projects/\(id)", headers: [.acceptLanguage: "en"])
            #expect(dashboard.text.contains("class=\"top-risks\"") && dashboard.text.contains("Payment licence approval is late"))

            // Raising one with a plain form; bad input comes back next to the field.
            let added = try await client.form(
                "/projects/\(id)/risks",
                [
                    ("title", "Office move"), ("kind", "threat"), ("category", "organisational"),
                    ("inherent_probability", "2"), ("inherent_schedule", "2"),
                ]
            )
            #expect(added.status == .seeOther)
            let missing = try await client.form("/projects/\(id)/risks", [("title", ""), ("kind", "threat"), ("inherent_probability", "9")])
            #expect(missing.status == .unprocessableContent && missing.text.contains("has-error"))

            // The edit page links tasks through a multi-select and keeps the choice on error.
            let risks = try await services.risks.list(.system("t"), project: id)
            let move = try #require(risks.first { $0.title == "Office move" })
            let plan = try await services.schedule.view(.system("t"), project: id).plan
            let launch = try #require(plan.tasks.first { $0.name == "End-to-end testing" })
            let edit = try await client.page("/projects/\(id)/risks/\(move.id)/edit", headers: [.acceptLanguage: "en"])
            #expect(edit.status == .ok && edit.text.contains("name=\"task_ids\" multiple"))
            let wrong = try await client.form(
                "/projects/\(id)/risks/\(move.id)",
                [
                    ("_version", "1"), ("_tasks", "1"), ("title", "Office move"), ("task_ids", launch.id.description),
                    ("chance", "140"),
                ]
            )
            #expect(wrong.status == .unprocessableContent && wrong.text.contains("<option value=\"\(launch.id)\" selected>"))
            let saved = try await client.form(
                "/projects/\(id)/risks/\(move.id)",
                [
                    ("_version", "1"), ("_tasks", "1"), ("title", "Office move"), ("task_ids", launch.id.description),
                    ("chance", "25"), ("delay_optimistic", "1d"), ("delay_most_likely", "2d"), ("delay_pessimistic", "4d"),
                ]
            )
            #expect(saved.status == .seeOther)
            #expect(try await services.risks.get(.system("t"), project: id, move.id).taskIDs == [launch.id])

            // Actions on the risk's page: add one, change it in its row.
            let addAction = try await client.form(
                "/projects/\(id)/risks/\(move.id)/actions",
                [
                    ("title", "Book the movers"), ("owner", "Li Wei"), ("due", "2027-02-01"), ("cost", "3000"),
                    ("status", "open"),
                ]
            )
            #expect(addAction.status == .seeOther)
            let noTitle = try await client.form("/projects/\(id)/risks/\(move.id)/actions", [("title", ""), ("status", "open")])
            #expect(noTitle.status == .unprocessableContent)
            let booked = try #require(try await services.risks.actions(.system("t"), project: id, risk: move.id).first)
            let rowSave = try await client.form(
                "/projects/\(id)/risks/\(move.id)/actions/\(booked.id)",
                [
                    ("_version", "1"), ("title", "Book the movers"), ("owner", "Li Wei"),
                    ("due", "2027-02-01"), ("cost", "3000"), ("status", "done"),
                ]
            )
            #expect(rowSave.status == .seeOther)
            #expect(try await services.risks.actions(.system("t"), project: id, risk: move.id).first?.status == .done)
            let withActions = try await client.page("/projects/\(id)/risks/\(move.id)/edit", headers: [.acceptLanguage: "en"])
            #expect(withActions.text.contains("form=\"a-\(booked.id)\" name=\"title\" value=\"Book the movers\""))
            #expect(register.text.contains("1 action overdue"))

            let csv = try await client.page("/projects/\(id)/risks.csv")
            #expect(csv.status == .ok && csv.text.hasPrefix("code,title,kind,category,subcategory,status") && csv.text.contains("R-7,Office move"))
            let deleted = try await client.form("/projects/\(id)/risks/\(move.id)/delete", [("_version", "2")])
            #expect(deleted.status == .seeOther)
        }
    }
}
