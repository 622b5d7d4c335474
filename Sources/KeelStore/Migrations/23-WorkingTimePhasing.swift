import KeelCore
import SQLKit

extension Migrations {
    /// Planned value used to accrue over calendar days; it now follows the working time of the task's
    /// calendar. Lines keep their totals and stretch of days: spread lines are phased again by their
    /// method, typed amounts keep their months and take the calendar's working minutes as weights.
    static let v23 = Migration(
        version: 23,
        name: "finance: budget lines phased by month, week or day; planned value over working time",
        pinned: "cbfd3c25d53195a426ff50ee2a3f6781459d6b8ff73fad8c0605a2edb5181e8b",
        dataStep: Migration.DataStep(name: "rephase budget lines over the working time of their task's calendar") { sql in
            try await rephaseBudgetLines(on: sql)
        }
    ) { _ in
        ["ALTER TABLE budget_lines ADD COLUMN period TEXT NOT NULL DEFAULT 'month'"]
    }

    /// Reads only the columns this version has, so it runs the same however far later migrations take
    /// the schema.
    static func rephaseBudgetLines(on sql: any SQLDatabase) async throws {
        let rows = try await sql.raw(
            """
            SELECT l.id, l.project_id, l.method, l.segments, a.task_id FROM budget_lines l
            JOIN cost_accounts a ON a.id = l.cost_account_id ORDER BY l.project_id, l.id
            """
        ).all()
        var calendarsOf: [String: (project: WorkingTime, tasks: [String: WorkingTime])] = [:]
        var touched = Set<String>()
        for row in rows {
            let project = try row.text("project_id")
            let calendars: (project: WorkingTime, tasks: [String: WorkingTime])
            if let known = calendarsOf[project] {
                calendars = known
            } else {
                calendars = try await Self.calendars(project: project, on: sql)
                calendarsOf[project] = calendars
            }
            let time = try row.optionalText("task_id").flatMap { calendars.tasks[$0] } ?? calendars.project
            let segments = try BudgetRepository.decode(try row.text("segments"))
            let method: PhasingMethod = try row.enumValue("method")
            let rephased = BudgetPhasing.rephase(segments, method: method, time: time)
            try await sql.raw(
                "UPDATE budget_lines SET segments = \(bind: try BudgetRepository.encode(rephased)) WHERE id = \(bind: try row.text("id"))"
            ).run()
            touched.insert(project)
        }
        for project in touched.sorted() {
            try await sql.raw("UPDATE project_health SET changes = changes + 1 WHERE project_id = \(bind: project)").run()
        }
    }

    /// The project calendar (as the scheduler picks it) and each task's own calendar.
    private static func calendars(project: String, on sql: any SQLDatabase) async throws -> (project: WorkingTime, tasks: [String: WorkingTime]) {
        var byID: [String: WorkCalendar] = [:]
        var first: WorkCalendar?
        for row in try await sql.raw("SELECT id, definition FROM work_calendars WHERE project_id = \(bind: project) ORDER BY name, id").all() {
            guard let c = CalendarDefinition.decode(try row.text("definition")) else { continue }
            byID[try row.text("id")] = c
            if first == nil { first = c }
        }
        let chosen = try await sql.raw("SELECT project_calendar_id FROM schedules WHERE project_id = \(bind: project)").first()?
            .optionalText("project_calendar_id")
        let projectTime = WorkingTime(chosen.flatMap { byID[$0] } ?? first ?? .standard)
        var times: [String: WorkingTime] = [:]
        for (id, c) in byID { times[id] = WorkingTime(c) }
        var tasks: [String: WorkingTime] = [:]
        for row in try await sql.raw("SELECT id, calendar_id FROM tasks WHERE project_id = \(bind: project) AND calendar_id IS NOT NULL").all() {
            if let c = try row.optionalText("calendar_id").flatMap({ times[$0] }) { tasks[try row.text("id")] = c }
        }
        return (projectTime, tasks)
    }
}
