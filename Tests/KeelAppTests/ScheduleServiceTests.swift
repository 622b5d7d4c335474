import Foundation
import KeelApp
import KeelCore
import KeelStore
import Testing

import TestSupport

/// The work plan's use cases on both databases: every change reschedules in its transaction, bad
/// changes store nothing, and a second server process never works from a stale copy.
@Suite struct ScheduleServiceTests {
    let caller = Caller.system("test")

    func project(_ services: KeelServices) async throws -> ID<Project> {
        try await services.projects.create(caller, sampleCharter(["planned_start": "2026-03-02"])).id
    }

    func task(_ services: KeelServices, _ p: ID<Project>, _ fields: [String: any Sendable]) async throws -> PlanTask {
        try await services.schedule.createTask(caller, project: p, .fields(fields)).0
    }

    @Test(arguments: TestBackend.available)
    func tasksAndLinksRescheduleTheirPlan(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await project(services)
            let first = try await services.schedule.view(caller, project: p)
            #expect(!first.isSetUp && first.plan.tasks.isEmpty)
            #expect(first.plan.settings.projectStart == LocalDateTime(iso: "2026-03-02T08:00"))
            let a = try await task(services, p, ["name": "Design", "duration": "3d"])
            let b = try await task(services, p, ["name": "Build", "duration": "2d", "owner": "Wang Fang"])
            let (link, view) = try await services.schedule.createLink(
                caller,
                project: p,
                .fields(["predecessor_id": a.id.description, "successor_id": b.id.description])
            )
            #expect(link.type == .finishToStart)
            #expect(view.isSetUp)
            #expect(view.schedule.tasks[1].start == LocalDateTime(iso: "2026-03-05T08:00"))
            #expect(view.schedule.projectFinish == LocalDateTime(iso: "2026-03-06T17:00"))
            // A lag moves the successor in the same transaction.
            _ = try await services.schedule.updateLink(caller, project: p, link.id, .fields(["lag": "1d"]), expectedVersion: link.version)
            let again = try await services.schedule.view(caller, project: p)
            #expect(again.schedule.tasks[1].start == LocalDateTime(iso: "2026-03-06T08:00"))
            #expect(again.plan.tasks.map(\.owner) == ["", "Wang Fang"])
            // The figures dashboards read without loading the plan.
            let row = try await db.read { sql in
                try await sql.raw("SELECT project_finish, critical_tasks FROM schedules WHERE project_id = \(bind: p.description)").first()
            }
            #expect(try row?.decode(column: "project_finish", as: String.self) == "2026-03-09T17:00:00")
            #expect(try row?.decode(column: "critical_tasks", as: Int.self) == 2)
            let audit = try await services.auditEvents(caller, project: p, limit: 20)
            #expect(audit.filter { $0.objectType == "task" && $0.action == "create" }.count == 2)
            #expect(audit.contains { $0.objectType == "link" && $0.action == "update" && $0.changes["lag"]?.after == "480m" })
        }
    }

    @Test(arguments: TestBackend.available)
    func refusedChangesStoreNothing(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await project(services)
            let a = try await task(services, p, ["name": "A", "duration": "1d"])
            let b = try await task(services, p, ["name": "B", "duration": "1d"])
            _ = try await services.schedule.createLink(
                caller,
                project: p,
                .fields(["predecessor_id": a.id.description, "successor_id": b.id.description])
            )
            let before = try await TestDatabase.rowCounts(db)
            // A link that closes a loop is named task by task.
            do {
                _ = try await services.schedule.createLink(
                    caller,
                    project: p,
                    .fields(["predecessor_id": b.id.description, "successor_id": a.id.description])
                )
                Issue.record("a cycle was stored")
            } catch KeelError.validation(let errors) {
                #expect(errors.first?.field == "predecessor_id" && errors.first?.code == .cycle)
                #expect(errors.first?.detail["tasks"] == "A → B → A" || errors.first?.detail["tasks"] == "B → A → B")
            }
            let dup = await fieldErrors {
                _ = try await services.schedule.createLink(
                    caller,
                    project: p,
                    .fields(["predecessor_id": a.id.description, "successor_id": b.id.description])
                )
            }
            #expect(dup == ["successor_id": [.duplicate]])
            let bad = await fieldErrors {
                _ = try await services.schedule.createTask(
                    caller,
                    project: p,
                    .fields(["name": "", "duration": "3q", "constraint": "later", "deadline": "soon", "parent_id": UUID().uuidString, "id": "x"])
                )
            }
            #expect(bad["name"] == [.required] && bad["duration"] == [.invalidDuration] && bad["constraint"] == [.invalidChoice])
            #expect(bad["deadline"] == [.invalidDateTime] && bad["parent_id"] == [.unknownReference] && bad["id"] == [.unknownField])
            // The scheduler's own rules, reported on the task's fields.
            let rules = await fieldErrors {
                _ = try await services.schedule.updateTask(caller, project: p, a.id, .fields(["constraint": "mso"]), expectedVersion: nil)
            }
            #expect(rules == ["constraint_date": [.required]])
            do {
                _ = try await services.schedule.updateTask(caller, project: p, a.id, .fields(["name": "A2"]), expectedVersion: 7)
                Issue.record("a stale version was accepted")
            } catch KeelError.versionMismatch(let current) {
                #expect(current == 1)
            }
            #expect(try await TestDatabase.rowCounts(db) == before)
        }
    }

    @Test(arguments: TestBackend.available)
    func outlineEditsKeepTheWBSContiguous(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await project(services)
            let s = try await task(services, p, ["name": "Phase 1", "duration": "0d"])
            let a = try await task(services, p, ["name": "A", "duration": "2d", "parent_id": s.id.description])
            let c = try await task(services, p, ["name": "C", "duration": "1d"])
            let b = try await task(services, p, ["name": "B", "duration": "3d", "parent_id": s.id.description])
            var view = try await services.schedule.view(caller, project: p)
            #expect(view.plan.tasks.map(\.name) == ["Phase 1", "A", "B", "C"])
            #expect(view.schedule.tasks[0].isSummary && view.schedule.tasks[0].duration == 3 * 480)
            // C under B, then back out; then move B before A.
            view = try await services.schedule.indent(caller, project: p, [c.id])
            #expect(view.plan.tasks.map(\.parentID) == [nil, s.id, s.id, s.id])
            view = try await services.schedule.indent(caller, project: p, [c.id])
            #expect(view.plan.tasks[3].parentID == b.id)
            view = try await services.schedule.outdent(caller, project: p, [c.id])
            #expect(view.plan.tasks[3].parentID == s.id)
            view = try await services.schedule.move(caller, project: p, b.id, before: a.id)
            #expect(view.plan.tasks.map(\.name) == ["Phase 1", "B", "A", "C"])
            // What the store holds is what the cache holds.
            let stored = try await db.read { sql in try await WorkPlanRepository.load(project: p, on: sql) }
            #expect(stored?.tasks == view.plan.tasks)
            _ = try await services.schedule.createLink(
                caller,
                project: p,
                .fields(["predecessor_id": a.id.description, "successor_id": c.id.description])
            )
            // Deleting the summary takes its subtasks and their links.
            view = try await services.schedule.deleteTask(caller, project: p, s.id, expectedVersion: nil)
            #expect(view.plan.tasks.isEmpty && view.plan.links.isEmpty)
            let counts = try await TestDatabase.rowCounts(db)
            #expect(counts["tasks"] == 0 && counts["task_links"] == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func calendarsBaselinesAndVariance(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await project(services)
            let (china, _) = try await services.schedule.createCalendar(
                caller,
                project: p,
                .fields(["name": "China 2026", "template": "china_2026"])
            )
            #expect(china.calendar.exceptions.count == ChinaHolidays2026.exceptions(in: .zhCN).count)
            #expect(china.calendar.exceptions.first?.name == "元旦")
            let (english, _) = try await services.schedule.createCalendar(
                caller,
                project: p,
                .fields(["name": "China 2026 (en)", "template": "china_2026", "template_language": "en"])
            )
            #expect(english.calendar.exceptions.first?.name == "New Year's Day")
            #expect(english.calendar.exceptions.map(\.from) == china.calendar.exceptions.map(\.from))
            await #expect(throws: KeelError.self) {
                _ = try await services.schedule.createCalendar(
                    caller,
                    project: p,
                    .fields(["name": "X", "template": "china_2026", "template_language": "fr"])
                )
            }
            // Qingming 2026: 4–6 April are holidays; a 2-day task from Friday 3 April resumes on the 7th.
            let t = try await task(
                services,
                p,
                ["name": "Survey", "duration": "2d", "calendar_id": china.id.description, "constraint": "snet", "constraint_date": "2026-04-03"]
            )
            var view = try await services.schedule.view(caller, project: p)
            #expect(view.schedule.tasks[0].finish == LocalDateTime(iso: "2026-04-07T17:00"))
            view = try await services.schedule.saveBaseline(caller, project: p, number: 0, name: "Approved plan")
            #expect(view.plan.baselines[0]?.tasks[t.id]?.finish == LocalDateTime(iso: "2026-04-07T17:00"))
            _ = try await services.schedule.updateTask(caller, project: p, t.id, .fields(["duration": "3d"]), expectedVersion: nil)
            view = try await services.schedule.view(caller, project: p)
            let variance = view.plan.variances(view.schedule, baseline: 0)[t.id]
            #expect(variance?.finish == 480 && variance?.duration == 480 && variance?.start == 0)
            // A calendar in use cannot go; the custom week is validated.
            do {
                _ = try await services.schedule.deleteCalendar(caller, project: p, china.id, expectedVersion: nil)
                Issue.record("a calendar in use was deleted")
            } catch KeelError.conflict {}
            let week = await fieldErrors {
                _ = try await services.schedule.updateCalendar(
                    caller,
                    project: p,
                    china.id,
                    .fields(["week": ["mon": ["09:00-08:00"], "funday": ["10:00-11:00"]] as [String: any Sendable]]),
                    expectedVersion: nil
                )
            }
            #expect(week == ["week.funday": [.unknownField], "week.mon[0]": [.outOfRange]])
        }
    }

    /// Two server processes share one database: each serves the other's changes, never its own stale copy.
    @Test(arguments: TestBackend.available)
    func aSecondInstanceNeverServesAStaleCopy(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let one = KeelServices(database: db), two = KeelServices(database: db)
            let p = try await project(one)
            let a = try await task(one, p, ["name": "A", "duration": "1d"])
            #expect(try await two.schedule.view(caller, project: p).plan.tasks.count == 1)
            _ = try await two.schedule.updateTask(caller, project: p, a.id, .fields(["duration": "4d"]), expectedVersion: a.version)
            let seen = try await one.schedule.view(caller, project: p)
            #expect(seen.plan.tasks[0].duration == 4 * 480 && seen.plan.tasks[0].version == 2)
            _ = try await task(one, p, ["name": "B", "duration": "1d"])
            #expect(try await two.schedule.view(caller, project: p).plan.tasks.map(\.name) == ["A", "B"])
        }
    }

    @Test(arguments: TestBackend.available)
    func importReplacesThePlan(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let p = try await project(services)
            _ = try await task(services, p, ["name": "Old", "duration": "1d"])
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("docs/examples/schedule.json")
            let file = try JSONDecoder().decode(ScheduleFile.self, from: Data(contentsOf: url))
            let plan = try file.plan()
            let view = try await services.schedule.importPlan(caller, project: p, plan)
            #expect(view.plan.tasks.map(\.name) == plan.network.tasks.map(\.name))
            #expect(view.schedule.tasks == (try CriticalPathEngine.schedule(plan.network)).tasks)
            let stored = try await db.read { sql in try await WorkPlanRepository.load(project: p, on: sql) }
            #expect(stored?.tasks == view.plan.tasks && stored?.links.count == plan.network.links.count)
            #expect(try await TestDatabase.rowCounts(db)["tasks"] == plan.network.tasks.count)
        }
    }
}
