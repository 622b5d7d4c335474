import Foundation
import Hummingbird
import HummingbirdTesting
import KeelApp
import KeelCore
import KeelInterop
import KeelStore
import Testing
import TestSupport

@testable import KeelServer

@Suite struct WebPagesTests {
    @Test(arguments: TestBackend.available)
    func everyPageRendersInBothLanguages(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let id = try await KeelDemo.loader(services: services, language: .zhCN).load()
            let overview = try await services.projects.overview(.system("test"), id)
            let base = "/projects/\(id)"
            let pages = [
                "/projects", "/projects/new", "/projects?status=active&sort=name&desc=1", base, base + "/edit", base + "/objectives",
                base + "/stakeholders", base + "/lifecycle", base + "/objectives/\(overview.objectives[0].id)/edit",
                base + "/stakeholders/\(overview.stakeholders[0].id)/edit", base + "/phases/\(overview.phases[0].id)/edit",
                base + "/gate-reviews/\(overview.gateReviews[0].id)/edit", base + "/members", base + "/audit",
                base + "/audit?action=update&from=2020-01-01", "/account", "/admin/users", "/help/shortcuts",
            ]
            for (language, marker) in [("en", "Portfolio"), ("zh-CN", "项目组合")] {
                for page in pages {
                    let r = try await client.send(.get, page, headers: [.acceptLanguage: language])
                    #expect(r.status == .ok, "\(page) \(language)")
                    #expect(r.headers[.contentType] == "text/html; charset=utf-8")
                    #expect(r.text.contains("<html lang=\"\(language)\">"), "\(page)")
                    #expect(r.text.contains(marker), "\(page) \(language)")
                }
            }
            let en = try await client.send(.get, base + "/stakeholders", headers: [.acceptLanguage: "en"]).text
            #expect(en.contains("Influence / interest grid"))
            #expect(en.contains("<svg"))
            let zh = try await client.send(.get, base + "/stakeholders", headers: [.acceptLanguage: "zh-CN"]).text
            #expect(zh.contains("影响力 / 关注度矩阵"))
            #expect(!zh.contains("Influence / interest grid"))
        }
    }

    @Test func auditPageFiltersAndExportsSafeCSV() async throws {
        try await withClient(.sqlite) { client, _ in
            let id = try await client.createProject()
            _ = try await client.send(.patch, "/api/v1/projects/\(id)", json: #"{"name":"=cmd|' /C calc'!A0"}"#, headers: [.ifMatch: "\"1\""])
            let page = try await client.page("/projects/\(id)/audit?action=update")
            #expect(page.status == .ok)
            #expect(page.text.contains("=cmd|&#39; /C calc&#39;!A0"))
            #expect(!page.text.contains("<td>create</td>"))
            #expect(page.text.contains("<span title=\"Admin\">Admin</span>"))  // the actor's name, not an id
            let csv = try await client.page("/projects/\(id)/audit.csv")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.text.hasPrefix("seq,occurred_at,actor"))
            #expect(csv.text.contains("'=cmd|' /C calc'!A0"))
            let api = try await client.send(.get, "/api/v1/projects/\(id)/audit?action=create")
            #expect((api.json["items"] as? [[String: Any]])?.count == 1)
            #expect(try await client.send(.get, "/api/v1/projects/\(id)/audit?from=2027-13-01").status == .unprocessableContent)
        }
    }

    /// Markup typed into any text field comes back as text on every page, never as markup.
    @Test(arguments: TestBackend.available)
    func hostileTextIsEscapedEverywhere(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, _ in
            let corpus = [
                "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>", "</textarea><script>alert(2)</script>",
                "<a href=\"javascript:alert(3)\">x</a>", "<iframe srcdoc='<script>alert(4)</script>'>",
            ]
            func json(_ s: String) -> String {
                String(decoding: try! JSONSerialization.data(withJSONObject: [s], options: [.fragmentsAllowed]), as: UTF8.self).dropFirst().dropLast()
                    .description
            }
            var pages: [String] = ["/projects", "/account", "/admin/users"]
            for (i, x) in corpus.enumerated() {
                let p = try await client.send(
                    .post,
                    "/api/v1/projects",
                    json: """
                        {"code":"X\(i)","name":\(json(x)),"sponsor":\(json(x)),"goal":\(json(x)),"audience":\(json(x)),"value_proposition":\(json(x)),
                         "methodology":\(json(x)),"expected_benefits":\(json(x)),"currency":"CNY","allocations":[{"direction":\(json(x)),"share_percent":"10"}]}
                        """
                )
                #expect(p.status == .created)
                let id = try #require(p.json["id"] as? String)
                _ = try await client.send(
                    .post,
                    "/api/v1/projects/\(id)/objectives",
                    json: #"{"name":\#(json(x)),"unit":\#(json(x)),"target":1,"direction":"higher_is_better","red_threshold":0,"amber_threshold":1}"#
                )
                _ = try await client.send(
                    .post,
                    "/api/v1/projects/\(id)/stakeholders",
                    json:
                        #"{"name":\#(json(x)),"kind":"sponsor","organisation":\#(json(x)),"contact":\#(json(x)),"influence":5,"interest":5,"communication_needs":\#(json(x))}"#
                )
                let phase = try await client.send(.post, "/api/v1/projects/\(id)/phases", json: #"{"kind":"custom","name":\#(json(x))}"#)
                let phaseID = try #require(phase.json["id"] as? String)
                _ = try await client.send(
                    .post,
                    "/api/v1/projects/\(id)/phases/\(phaseID)/gate-reviews",
                    json: #"{"criteria":[{"text":\#(json(x)),"met":false}],"decider":\#(json(x)),"notes":\#(json(x))}"#
                )
                _ = try await client.send(
                    .post,
                    "/api/v1/users",
                    json: #"{"email":"u\#(i)@x.keel","display_name":\#(json(x)),"password":"long enough phrase"}"#
                )
                for suffix in ["", "/edit", "/objectives", "/stakeholders", "/lifecycle", "/members", "/audit"] {
                    pages.append("/projects/\(id)\(suffix)")
                }
            }
            for page in pages {
                let html = try await client.page(page).text
                for needle in ["<script>alert", "<img src=x", "<svg onload", "<iframe", "<a href=\"javascript"] {
                    #expect(!html.contains(needle), "\(page) contains \(needle)")
                }
            }
        }
    }

    @Test func portfolioShowsTheCurrentPhaseAndExportsCSV() async throws {
        try await withClient(.sqlite) { client, services in
            _ = try await KeelDemo.loader(services: services, language: .en).load()
            _ = try await client.send(.post, "/api/v1/projects", json: #"{"code":"EVIL","name":"=HYPERLINK(1)","currency":"CNY"}"#)
            let page = try await client.page("/projects?status=active", headers: [.acceptLanguage: "en"])
            #expect(page.text.contains("<td>Planning</td>"))
            try await services.health.refreshAll()
            let red = try await client.page("/projects?health=red", headers: [.acceptLanguage: "en"]).text
            #expect(red.contains("CRM-UPG") && red.contains("ECOM-2027") && !red.contains("WH-AUTO"))
            #expect(red.contains(#"aria-label="Risk: Red — 1 critical""#))
            let csv = try await client.page("/projects.csv?sort=code", headers: [.acceptLanguage: "en"])
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            let lines = csv.text.split(separator: "\r\n")
            #expect(
                lines.first
                    == "code,name,sponsor,status,current_phase,planned_start,planned_finish,budget_amount,currency,health,schedule,cost,risk,cash,health_as_of"
            )
            // Set up only in its register: the risk light alone, red for its critical risk.
            #expect(lines.contains { $0.hasPrefix("CRM-UPG,") && $0.contains(",CNY,red,,,red,,") })
            #expect(lines.count == 6)  // header, four demo projects, one more
            #expect(lines.contains { $0.hasPrefix("EVIL,'=HYPERLINK(1),") })
            #expect(lines.contains { $0.hasPrefix("ECOM-2027,Integrated e-commerce platform,") && $0.contains(",active,Planning,") })
        }
    }

    @Test func measuredKPIsShowTheirTrafficLightAndTrend() async throws {
        try await withClient(.sqlite) { client, _ in
            let p = try await client.createProject()
            let made = try await client.send(
                .post,
                "/api/v1/projects/\(p)/objectives",
                json: #"{"name":"Active users","unit":"k","target":300,"direction":"higher_is_better","red_threshold":180,"amber_threshold":250}"#
            )
            let o = try #require(made.json["id"] as? String)
            let first = try await client.send(
                .post,
                "/api/v1/projects/\(p)/objectives/\(o)/measurements",
                json: #"{"measured_on":"2026-10-01","value":170}"#
            )
            #expect(first.status == .created && first.json["status"] as? String == "red")
            let again = try await client.send(
                .post,
                "/api/v1/projects/\(p)/objectives/\(o)/measurements",
                json: #"{"measured_on":"2026-10-01","value":1}"#
            )
            #expect(again.status == .unprocessableContent && again.problemFields == ["measured_on"])
            // The form on the KPI's page, then the dashboard's tile: the latest value, amber, with its trend.
            let bad = try await client.form("/projects/\(p)/objectives/\(o)/measurements", [("measured_on", "2026-11-01"), ("value", "")])
            #expect(bad.status == .unprocessableContent && bad.text.contains("aria-invalid"))
            let ok = try await client.form("/projects/\(p)/objectives/\(o)/measurements", [("measured_on", "2026-11-01"), ("value", "260")])
            #expect(ok.status == .seeOther)
            let list = try await client.send(.get, "/api/v1/projects/\(p)/objectives/\(o)/measurements")
            #expect((list.json["items"] as? [[String: Any]])?.compactMap { $0["status"] as? String } == ["red", "green"])
            let dashboard = try await client.page("/projects/\(p)", headers: [.acceptLanguage: "en"])
            #expect(
                dashboard.text.contains("rag rag-green") && dashboard.text.contains("class=\"sparkline\"") && dashboard.text.contains("Target 300")
            )
            let page = try await client.page("/projects/\(p)/objectives/\(o)/measurements", headers: [.acceptLanguage: "en"])
            #expect(page.status == .ok && page.text.contains("Measured values"))
        }
    }

    @Test func theProjectSwitcherGoesStraightToAProject() async throws {
        try await withClient(.sqlite) { client, _ in
            let one = try await client.createProject(code: "ALPHA-1")
            _ = try await client.createProject(code: "ALPHA-12")
            _ = try await client.createProject(code: "BETA")
            // A code opens its project even when it is part of another's; a unique part does too.
            let exact = try await client.page("/projects/go?q=alpha-1")
            #expect(exact.status == .seeOther && exact.headers[.location] == "/projects/\(one)")
            let unique = try await client.page("/projects/go?q=bet")
            #expect(
                unique.status == .seeOther && unique.headers[.location]?.hasPrefix("/projects/") == true
                    && unique.headers[.location] != "/projects?q=bet"
            )
            // Several or none: the portfolio, searched for it.
            let several = try await client.page("/projects/go?q=ALPHA")
            #expect(several.headers[.location] == "/projects?q=ALPHA")
            #expect(try await client.page("/projects/go?q=").headers[.location] == "/projects")
            let page = try await client.page("/projects", headers: [.acceptLanguage: "en"])
            #expect(page.text.contains("action=\"/projects/go\""))
        }
    }

    @Test func unknownPagesAnswerALocalizedNotFound() async throws {
        try await withClient(.sqlite) { client, _ in
            let r = try await client.send(.get, "/projects/\(UUID().uuidString)", headers: [.acceptLanguage: "zh-CN"])
            #expect(r.status == .notFound)
            #expect(r.text.contains("未找到"))
        }
    }

    @Test(arguments: TestBackend.available)
    func formsCreateAndRedirectOrShowErrorsBesideTheFields(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let bad = try await client.form(
                "/projects",
                [
                    ("code", "NEW"), ("name", ""), ("currency", "CNY"), ("budget_amount", "abc"), ("planned_start", "2027-03-01"),
                    ("planned_finish", "2027-02-01"), ("allocations[0][direction]", ""), ("allocations[0][share_percent]", ""),
                ],
                headers: [.acceptLanguage: "zh-CN"]
            )
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("此项为必填项。"))
            #expect(bad.text.contains("不能早于开始日期。"))
            #expect(bad.text.contains("value=\"NEW\""))  // what the user typed is kept
            #expect(try await services.projects.list(.system("t"), PortfolioQuery()).total == 0)

            let good = try await client.form(
                "/projects",
                [
                    ("code", "NEW"), ("name", "New <project>"), ("currency", "CNY"), ("budget_amount", "1,000,000"), ("status", "active"),
                    ("allocations[0][direction]", "Build"), ("allocations[0][share_percent]", "70"), ("allocations[1][direction]", ""),
                    ("allocations[1][share_percent]", ""),
                ]
            )
            #expect(good.status == .seeOther)
            let location = try #require(good.headers[.location])
            #expect(location.hasPrefix("/projects/"))
            let page = try await client.send(.get, location)
            #expect(page.text.contains("New &lt;project&gt;"))
            #expect(!page.text.contains("New <project>"))
            #expect(page.text.contains("¥1,000,000.00"))
        }
    }

    @Test(arguments: TestBackend.available)
    func aStaleFormShowsTheChangedRecord(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let id = try await client.createProject()
            _ = try await client.send(.patch, "/api/v1/projects/\(id)", json: #"{"name":"Changed elsewhere"}"#, headers: [.ifMatch: "\"1\""])
            let r = try await client.form("/projects/\(id)", [("_version", "1"), ("name", "My edit"), ("code", "X1"), ("currency", "CNY")])
            #expect(r.status == .conflict)
            #expect(r.text.contains("Someone else changed this record"))
            #expect(r.text.contains("Changed elsewhere"))
            #expect(r.text.contains("Your version: <q>My edit</q>"))
            let stored = try await services.projects.get(.system("t"), try #require(ID<Project>(id)))
            #expect(stored.charter.name == "Changed elsewhere")
        }
    }

    @Test func stakeholderObjectiveAndPhaseFormsWork() async throws {
        try await withClient(.sqlite) { client, services in
            let id = try await client.createProject()
            let s = try await client.form(
                "/projects/\(id)/stakeholders",
                [
                    ("name", "Wang"), ("kind", "regulator"), ("influence", "5"), ("interest", "2"), ("current_engagement", "unaware"),
                    ("desired_engagement", "neutral"),
                ]
            )
            #expect(s.status == .seeOther)
            let o = try await client.form(
                "/projects/\(id)/objectives",
                [("name", "Delivery time"), ("target", "24"), ("direction", "lower_is_better"), ("red_threshold", "40"), ("amber_threshold", "30")]
            )
            #expect(o.status == .seeOther)
            let badPhase = try await client.form("/projects/\(id)/phases", [("kind", "custom"), ("name", "")])
            #expect(badPhase.status == .unprocessableContent)
            let pid = try #require(ID<Project>(id))
            let phases = try await services.lifecycle.phases(.system("t"), project: pid)
            let review = try await client.form(
                "/projects/\(id)/gate-reviews",
                [
                    ("_phase", phases[0].id.description), ("criteria_text", "[x] Charter signed\n[ ] Team staffed"),
                    ("decision", "go_with_conditions"),
                    ("decider", "Li"), ("decided_on", "2027-01-29"),
                ]
            )
            #expect(review.status == .seeOther)
            let reviews = try await services.lifecycle.reviews(.system("t"), project: pid)
            #expect(reviews.first?.criteria == [GateCriterion(text: "Charter signed", met: true), GateCriterion(text: "Team staffed", met: false)])
            let stakeholders = try await services.stakeholders.list(.system("t"), project: pid)
            let del = try await client.form("/projects/\(id)/stakeholders/\(stakeholders[0].id)/delete", [("_version", "1")])
            #expect(del.status == .seeOther)
            #expect(try await services.stakeholders.list(.system("t"), project: pid).isEmpty)
        }
    }

    @Test func languageSwitchRemembersTheChoiceAndOnlyRedirectsLocally() async throws {
        try await withClient(.sqlite) { client, _ in
            let r = try await client.form("/language", [("locale", "zh-CN"), ("return", "/projects/new")])
            #expect(r.status == .seeOther)
            #expect(r.headers[.location] == "/projects/new")
            #expect(r.headers[.setCookie]?.contains("keel_lang=zh-CN") == true)
            let evil = try await client.form("/language", [("locale", "en"), ("return", "//evil.example/")])
            #expect(evil.headers[.location] == "/projects")
            let page = try await client.page(
                "/projects",
                headers: [.cookie: "keel_lang=zh-CN; " + client.admin!.sessionCookie, .acceptLanguage: "en"]
            )
            #expect(page.text.contains("<html lang=\"zh-CN\">"))
        }
    }

    /// The schedule page: the demo's Gantt with every part the chart promises, and the plain forms
    /// that build a plan without JavaScript.
    @Test(arguments: TestBackend.available)
    func schedulePageShowsTheGanttAndItsFormsWork(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let id = try await KeelDemo.loader(services: services, language: .en).load()
            let plan = try await services.schedule.view(.system("test"), project: id)
            let page = try await client.page("/projects/\(id)/schedule", headers: [.acceptLanguage: "en"])
            #expect(page.status == .ok)
            let html = page.text
            for part in [
                "id=\"gantt\"", "class=\"bar critical\"", "class=\"milestone", "class=\"summary-bar\"", "class=\"baseline\"", "class=\"link",
                "class=\"status-date\"", "class=\"off\"", "Gantt chart",
            ] {
                #expect(html.contains(part), "missing \(part)")
            }
            #expect(html.contains("Market research") && html.contains("Launch"))
            // Collapsing a summary hides its subtasks from the chart.
            let stage = try #require(plan.plan.tasks.first { $0.name == "Stage 1: shopping" })
            let collapsed = try await client.page("/projects/\(id)/schedule?zoom=month&collapsed=\(stage.id)")
            #expect(!collapsed.text.contains("<title>Catalogue and search:"))
            #expect(collapsed.text.contains("<title>Stage 1: shopping:"))

            // A plain form adds a task; bad input comes back with the message next to the field.
            let other = try await client.createProject()
            let added = try await client.form("/projects/\(other)/schedule/tasks", [("name", "Survey"), ("duration", "2d"), ("parent_id", "")])
            #expect(added.status == .seeOther)
            let bad = try await client.form("/projects/\(other)/schedule/tasks", [("name", ""), ("duration", "2 parsecs")])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("aria-invalid=\"true\""))
            let view = try await services.schedule.view(.system("test"), project: ID(other)!)
            #expect(view.plan.tasks.map(\.name) == ["Survey"])
            let edit = try await client.page("/projects/\(other)/schedule/tasks/\(view.plan.tasks[0].id)/edit")
            #expect(edit.status == .ok && edit.text.contains("value=\"2d\""))
            let saved = try await client.form(
                "/projects/\(other)/schedule/tasks/\(view.plan.tasks[0].id)",
                [
                    ("_version", "1"), ("name", "Survey"), ("duration", "3d"), ("priority", "500"),
                    ("percent_complete", "0"), ("constraint", "asap"),
                ]
            )
            #expect(saved.status == .seeOther)
            #expect(try await services.schedule.view(.system("test"), project: ID(other)!).plan.tasks[0].duration == 3 * 480)

            // Ticked tasks: indent two under the first, then delete them together.
            let x = try await services.schedule.createTask(.system("t"), project: ID(other)!, .fields(["name": "X", "duration": "1d"])).0
            let y = try await services.schedule.createTask(.system("t"), project: ID(other)!, .fields(["name": "Y", "duration": "1d"])).0
            let indented = try await client.form(
                "/projects/\(other)/schedule/tasks/bulk",
                [("task_ids", x.id.description), ("task_ids", y.id.description), ("action", "indent")]
            )
            #expect(indented.status == .seeOther)
            let outline = try await services.schedule.view(.system("test"), project: ID(other)!).plan.tasks
            #expect(outline.map(\.parentID) == [nil, outline[0].id, outline[0].id])
            let none = try await client.form("/projects/\(other)/schedule/tasks/bulk", [("action", "delete")])
            #expect(none.status == .unprocessableContent)
            let deleted = try await client.form(
                "/projects/\(other)/schedule/tasks/bulk",
                [("task_ids", x.id.description), ("task_ids", y.id.description), ("action", "delete")]
            )
            #expect(deleted.status == .seeOther)
            #expect(try await services.schedule.view(.system("test"), project: ID(other)!).plan.tasks.map(\.name) == ["Survey"])

            // Settings and calendars, also without JavaScript.
            let settings = try await client.page("/projects/\(other)/schedule/settings")
            #expect(settings.status == .ok && settings.text.contains("Asia/Shanghai"))
            let otherPlan = try await services.schedule.view(.system("test"), project: ID(other)!).plan
            let moved = try await client.form(
                "/projects/\(other)/schedule/settings",
                [
                    ("_version", String(otherPlan.settings.version)), ("project_start", "2027-01-04T09:00"), ("status_date", ""),
                    ("time_zone", "Mars/Olympus"),
                    ("minutes_per_day", "480"), ("critical_threshold", "0d"), ("project_calendar_id", otherPlan.calendars[0].id.description),
                    ("compared_baseline", "0"),
                ]
            )
            #expect(moved.status == .unprocessableContent && moved.text.contains("aria-invalid=\"true\""))
            let created = try await client.form("/projects/\(other)/schedule/calendars", [("name", "China"), ("template", "china_2026")])
            #expect(created.status == .seeOther)
            let china = try #require(
                try await services.schedule.view(.system("test"), project: ID(other)!).plan.calendars.first { $0.calendar.name == "China" }
            )
            let editPage = try await client.page("/projects/\(other)/schedule/calendars/\(china.id)/edit")
            #expect(editPage.status == .ok && editPage.text.contains("2026-10-01..2026-10-07"))
            let week = [
                ("_version", "1"), ("name", "China"), ("week_mon", "09:00-12:00, 13:00-18:00"), ("week_tue", "08:00-12:00"),
                ("week_wed", "08:00-12:00"),
                ("week_thu", "08:00-12:00"), ("week_fri", "08:00-12:00"), ("week_sat", ""), ("week_sun", ""),
            ]
            let badLines = try await client.form(
                "/projects/\(other)/schedule/calendars/\(china.id)",
                week + [("exceptions_text", "2027-02-10..2027-02-16 Spring Festival\nnext Tuesday off")]
            )
            #expect(badLines.status == .unprocessableContent)
            let good = try await client.form(
                "/projects/\(other)/schedule/calendars/\(china.id)",
                week + [("exceptions_text", "2027-02-10..2027-02-16 Spring Festival\n2027-02-20 Make-up day 08:00-12:00 13:00-17:00")]
            )
            #expect(good.status == .seeOther)
            let updated = try #require(
                try await services.schedule.view(.system("test"), project: ID(other)!).plan.calendars.first { $0.id == china.id }
            )
            #expect(updated.calendar.week.days[0] == [WorkInterval(start: 540, end: 720), WorkInterval(start: 780, end: 1_080)])
            #expect(updated.calendar.week.days[5].isEmpty)
            #expect(
                updated.calendar.exceptions == [
                    CalendarException(name: "Spring Festival", from: Day(iso: "2027-02-10")!, to: Day(iso: "2027-02-16")),
                    CalendarException(
                        name: "Make-up day",
                        from: Day(iso: "2027-02-20")!,
                        intervals: [WorkInterval(start: 480, end: 720), WorkInterval(start: 780, end: 1_020)]
                    ),
                ]
            )
        }
    }

    /// Importing a plan file from the schedule page: a multipart upload carrying its CSRF token.
    @Test(arguments: TestBackend.available)
    func riskAnalysisPageRunsTheDemoPlan(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let id = try await KeelDemo.loader(services: services, language: .en).load()
            let page = try await client.page(
                "/projects/\(id)/schedule/simulation?iterations=800&seed=3&deadline=2027-12-31",
                headers: [.acceptLanguage: "en"]
            )
            #expect(page.status == .ok)
            let html = page.text
            for part in [
                "id=\"duration-histogram\"", "id=\"drivers\"", "P80 finish", "Planned finish", "Finish by 2027-12-31", "800 runs, seed 3",
                "Payment integration", "10 of 14 tasks have three-point estimates",
            ] {
                #expect(html.contains(part), "missing \(part)")
            }
            // The same options give the same page (apart from the time taken).
            let again = try await client.page(
                "/projects/\(id)/schedule/simulation?iterations=800&seed=3&deadline=2027-12-31",
                headers: [.acceptLanguage: "en"]
            )
            func stripTime(_ s: String) -> String { s.replacingOccurrences(of: #"seed 3, \d+ ms"#, with: "", options: .regularExpression) }
            #expect(stripTime(again.text) == stripTime(html))
            // Bad options come back next to their fields, with no results.
            let bad = try await client.page("/projects/\(id)/schedule/simulation?iterations=0&distribution=normal", headers: [.acceptLanguage: "en"])
            #expect(bad.status == .unprocessableContent)
            #expect(
                bad.text.contains("id=\"f-iterations\" name=\"iterations\" type=\"text\" inputmode=\"decimal\" value=\"0\" aria-invalid=\"true\"")
            )
            #expect(!bad.text.contains("duration-histogram"))
            // The demo keeps a saved run; its page shows the results, and a new one can be started.
            let saved = try #require(try await services.simulationRuns.list(.system("t"), project: id).first)
            #expect(saved.run.status == .done && html.contains("/schedule/simulation/runs/\(saved.run.id.uuidString.lowercased())"))
            let savedPage = try await client.page(
                "/projects/\(id)/schedule/simulation/runs/\(saved.run.id.uuidString.lowercased())",
                headers: [.acceptLanguage: "en"]
            )
            #expect(
                savedPage.status == .ok && savedPage.text.contains("id=\"duration-histogram\"") && savedPage.text.contains("5000 runs, seed 2027")
            )
            let started = try await client.form(
                "/projects/\(id)/schedule/simulation/runs",
                [("iterations", "500"), ("seed", "4"), ("distribution", "pert")]
            )
            #expect(started.status == .seeOther && started.headers[.location]?.contains("/schedule/simulation/runs/") == true)
            // Let the background run finish before the database goes away with the test.
            for _ in 0..<300 {
                if try await services.simulationRuns.list(.system("t"), project: id).allSatisfy({ $0.run.status.isFinished }) { break }
                try await Task.sleep(for: .milliseconds(50))
            }
            // The schedule page links to it.
            #expect(try await client.page("/projects/\(id)/schedule").text.contains("/projects/\(id)/schedule/simulation"))
        }
    }

    @Test(arguments: TestBackend.available)
    func aPlanFileCanBeUploadedFromTheSchedulePage(_ backend: TestBackend) async throws {
        try await withClient(backend) { client, services in
            let p = try await client.createProject()
            let admin = try #require(client.admin)
            func upload(_ file: String, csrf: String) async throws -> TestResponse {
                let boundary = "keel-test-boundary"
                let body = """
                    --\(boundary)\r
                    Content-Disposition: form-data; name="_csrf"\r
                    \r
                    \(csrf)\r
                    --\(boundary)\r
                    Content-Disposition: form-data; name="file"; filename="plan.xml"\r
                    Content-Type: application/xml\r
                    \r
                    \(file)\r
                    --\(boundary)--\r

                    """
                return try await client.client.execute(
                    uri: "/projects/\(p)/schedule/import",
                    method: .post,
                    headers: [.cookie: admin.sessionCookie, .contentType: "multipart/form-data; boundary=\(boundary)"],
                    body: ByteBuffer(string: body)
                )
            }
            let plan = ProjectPlan(
                name: "Upload",
                network: ScheduleNetwork(
                    projectStart: LocalDateTime(iso: "2027-01-04T08:00")!,
                    tasks: [ScheduleTask(name: "Uploaded", duration: 480)]
                )
            )
            let xml = String(decoding: try MSPDI.write(plan), as: UTF8.self)
            #expect(try await upload(xml, csrf: "wrong").status == .forbidden)
            let ok = try await upload(xml, csrf: admin.csrf)
            #expect(ok.status == .seeOther)
            #expect(try await services.schedule.view(.system("t"), project: ID(p)!).plan.tasks.map(\.name) == ["Uploaded"])
            let hostile = try await upload(#"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><Project/>"#, csrf: admin.csrf)
            #expect(hostile.status == .unprocessableContent && hostile.text.contains("<code>file</code>"))
            #expect(try await services.schedule.view(.system("t"), project: ID(p)!).plan.tasks.map(\.name) == ["Uploaded"])
        }
    }

    /// Inline editing posts one field to the row's ordinary form with `_partial=1`: the fields it does
    /// not send stay as they are (a form's missing checkbox would otherwise mean "unticked"), and
    /// only people who may edit get editable cells.
    @Test func inlineEditsChangeOnlyTheFieldSent() async throws {
        try await withClient(.sqlite) { client, _ in
            let owner = try await client.makeUser("owner@test.keel")
            let viewer = try await client.makeUser("viewer@test.keel")
            let pid = try await client.createProject(as: owner)
            #expect(
                try await client.send(.post, "/api/v1/projects/\(pid)/members", json: #"{"email":"viewer@test.keel","role":"viewer"}"#, as: owner)
                    .status
                    == .created
            )
            let task = try await client.send(
                .post,
                "/api/v1/projects/\(pid)/tasks",
                json: #"{"name":"Sign-off","duration":"0d","milestone":true}"#,
                as: owner
            )
            let tid = try #require(task.json["id"] as? String)

            let page = try await client.page("/projects/\(pid)/schedule", as: owner).text
            #expect(page.contains(#"data-edit-url="/projects/\#(pid)/schedule/tasks/\#(tid)""#) && page.contains(#"data-edit="name""#))
            #expect(!(try await client.page("/projects/\(pid)/schedule", as: viewer).text.contains("data-edit-url")))

            // A partial post renames the milestone and leaves it a milestone.
            let renamed = try await client.form(
                "/projects/\(pid)/schedule/tasks/\(tid)",
                [("_version", "1"), ("_partial", "1"), ("name", "Customer sign-off")],
                as: owner
            )
            #expect(renamed.status == .seeOther)
            var stored = try await client.send(.get, "/api/v1/projects/\(pid)/tasks/\(tid)", as: owner).json
            #expect(stored["name"] as? String == "Customer sign-off" && stored["milestone"] as? Bool == true)
            // The same post as a whole form means the box was left unticked.
            let version = String(stored["version"] as? Int ?? 0)
            _ = try await client.form("/projects/\(pid)/schedule/tasks/\(tid)", [("_version", version), ("name", "Customer sign-off")], as: owner)
            stored = try await client.send(.get, "/api/v1/projects/\(pid)/tasks/\(tid)", as: owner).json
            #expect(stored["milestone"] as? Bool == false)

            // A refused value answers the form page with the message beside that field.
            let bad = try await client.form("/projects/\(pid)/schedule/tasks/\(tid)", [("_partial", "1"), ("duration", "soon")], as: owner)
            #expect(bad.status == .unprocessableContent && bad.text.contains("Enter a duration such as"))
        }
    }

    /// The project navigation offers time booking only to roles that book time.
    @Test func viewersAreNotOfferedTimeBooking() async throws {
        try await withClient(.sqlite) { client, _ in
            let owner = try await client.makeUser("owner@test.keel")
            let viewer = try await client.makeUser("viewer@test.keel")
            let pid = try await client.createProject(as: owner)
            _ = try await client.send(.post, "/api/v1/projects/\(pid)/members", json: #"{"email":"viewer@test.keel","role":"viewer"}"#, as: owner)
            let tab = #"href="/projects/\#(pid)/time""#
            #expect(try await client.page("/projects/\(pid)", as: owner).text.contains(tab))
            #expect(!(try await client.page("/projects/\(pid)", as: viewer).text.contains(tab)))
            #expect(try await client.page("/projects/\(pid)/time", as: viewer).status == .forbidden)
            // Administrators see every chapter.
            #expect(try await client.page("/projects/\(pid)").text.contains(tab))
        }
    }
}
