import Foundation
import KeelCore
import SQLKit

/// Storage of work plans: schedule settings, calendars, tasks (in outline order), links and
/// baselines. A plan is always read whole — the scheduler needs all of it — with one query per table.
public enum WorkPlanRepository {
    // MARK: Reading

    public static func load(project: ID<Project>, on sql: any SQLDatabase) async throws -> WorkPlan? {
        guard let settings = try await settings(project: project, on: sql) else { return nil }
        let p = project.description
        let calendars = try await sql.raw(
            "SELECT id, project_id, name, definition, version FROM work_calendars WHERE project_id = \(bind: p) ORDER BY name, id"
        ).all().map(calendar)
        let tasks = try await sql.raw("SELECT \(unsafeRaw: taskColumns) FROM tasks WHERE project_id = \(bind: p) ORDER BY position").all().map(task)
        let links = try await sql.raw(
            "SELECT id, project_id, predecessor_id, successor_id, link_type, lag_kind, lag, version FROM task_links WHERE project_id = \(bind: p)"
        ).all().map(link)
        var baselines: [Int: PlanBaseline] = [:]
        for row in try await sql.raw("SELECT number, name, saved_at, saved_by FROM baselines WHERE project_id = \(bind: p)").all() {
            let n = try row.int("number")
            baselines[n] = PlanBaseline(
                projectID: project,
                number: n,
                name: try row.text("name"),
                savedAt: try row.text("saved_at"),
                savedBy: try row.text("saved_by"),
                tasks: [:]
            )
        }
        if !baselines.isEmpty {
            for row in try await sql.raw(
                "SELECT number, task_id, start_at, finish_at, duration FROM baseline_tasks WHERE project_id = \(bind: p)"
            ).all() {
                baselines[try row.int("number")]?.tasks[try row.id("task_id")] = BaselineDates(
                    start: try row.dateTime("start_at"),
                    finish: try row.dateTime("finish_at"),
                    duration: try row.int64("duration")
                )
            }
        }
        return WorkPlan(settings: settings, calendars: calendars, tasks: tasks, links: links, baselines: baselines)
    }

    public static func settings(project: ID<Project>, on sql: any SQLDatabase) async throws -> ScheduleSettings? {
        try await sql.raw(
            """
            SELECT project_id, project_start, status_date, time_zone, minutes_per_day, critical_threshold, project_calendar_id,
            compared_baseline, revision, version FROM schedules WHERE project_id = \(bind: project.description)
            """
        ).first().map(settings)
    }

    /// What dashboards show of a plan without loading it: written with every change.
    public static func digest(project: ID<Project>, on sql: any SQLDatabase) async throws -> ScheduleDigest? {
        guard
            let row = try await sql.raw(
                """
                SELECT project_start, status_date, project_finish, critical_tasks, missed_deadlines FROM schedules
                WHERE project_id = \(bind: project.description)
                """
            ).first()
        else { return nil }
        return ScheduleDigest(
            projectStart: try row.dateTime("project_start"),
            statusDate: try row.optionalDateTime("status_date"),
            projectFinish: try row.optionalDateTime("project_finish"),
            criticalTasks: try row.int("critical_tasks"),
            missedDeadlines: try row.int("missed_deadlines")
        )
    }

    /// The plan's revision, locked for the rest of the transaction on PostgreSQL so that two
    /// instances never change the same plan at once (SQLite has one writer anyway).
    public static func lockRevision(project: ID<Project>, kind: DatabaseKind, on sql: any SQLDatabase) async throws -> Int64? {
        let lock = kind == .postgres ? " FOR UPDATE" : ""
        return try await sql.raw("SELECT revision FROM schedules WHERE project_id = \(bind: project.description)\(unsafeRaw: lock)").first()?
            .int64("revision")
    }

    // MARK: Settings

    public static func insert(_ s: ScheduleSettings, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO schedules (project_id, project_start, status_date, time_zone, minutes_per_day, critical_threshold, project_calendar_id,
            compared_baseline, revision, version) VALUES (\(bind: s.projectID.description), \(bind: s.projectStart.iso), \(bind: s.statusDate?.iso),
            \(bind: s.timeZone), \(bind: s.minutesPerDay), \(bind: s.criticalThreshold), \(bind: s.projectCalendarID?.description),
            \(bind: Int64(s.comparedBaseline)), \(bind: s.revision), \(bind: s.version))
            """
        ).run()
    }

    public static func update(_ s: ScheduleSettings, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let row = try await sql.raw(
            """
            UPDATE schedules SET project_start = \(bind: s.projectStart.iso), status_date = \(bind: s.statusDate?.iso), time_zone = \(bind: s.timeZone),
            minutes_per_day = \(bind: s.minutesPerDay), critical_threshold = \(bind: s.criticalThreshold),
            project_calendar_id = \(bind: s.projectCalendarID?.description), compared_baseline = \(bind: Int64(s.comparedBaseline)),
            version = version + 1
            WHERE project_id = \(bind: s.projectID.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        return try ScopedTable<ScheduleSettings>.outcome(row)
    }

    /// Advances the revision after a change and records the figures dashboards show without
    /// loading the plan.
    public static func advance(project: ID<Project>, to revision: Int64, summary: ScheduleSummary, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE schedules SET revision = \(bind: revision), project_finish = \(bind: summary.projectFinish?.iso),
            critical_tasks = \(bind: Int64(summary.criticalTasks)), missed_deadlines = \(bind: Int64(summary.missedDeadlines))
            WHERE project_id = \(bind: project.description)
            """
        ).run()
    }

    public struct ScheduleSummary: Sendable {
        public var projectFinish: LocalDateTime?
        public var criticalTasks: Int
        public var missedDeadlines: Int
        public init(projectFinish: LocalDateTime?, criticalTasks: Int, missedDeadlines: Int) {
            self.projectFinish = projectFinish
            self.criticalTasks = criticalTasks
            self.missedDeadlines = missedDeadlines
        }
    }

    // MARK: Calendars

    public static func insert(_ c: PlanCalendar, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO work_calendars (id, project_id, name, definition, version) VALUES (\(bind: c.id.description),
            \(bind: c.projectID.description), \(bind: c.calendar.name), \(bind: try CalendarDefinition.encode(c.calendar)), \(bind: c.version))
            """
        ).run()
    }

    public static func update(_ c: PlanCalendar, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let row = try await sql.raw(
            """
            UPDATE work_calendars SET name = \(bind: c.calendar.name), definition = \(bind: try CalendarDefinition.encode(c.calendar)),
            version = version + 1
            WHERE id = \(bind: c.id.description) AND project_id = \(bind: c.projectID.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        return try ScopedTable<PlanCalendar>.outcome(row)
    }

    public static func deleteCalendar(_ id: ID<PlanCalendar>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM work_calendars WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)").run()
    }

    // MARK: Tasks

    static let taskColumns = """
        id, project_id, position, parent_id, name, wbs, notes, owner, priority, duration, milestone, calendar_id, constraint_kind,
        constraint_date, deadline, actual_start, actual_finish, percent_complete, remaining, optimistic, most_likely, pessimistic, version
        """

    /// Inserts tasks in batches (one statement per 400 rows keeps an import of 10,000 tasks fast).
    public static func insert(_ tasks: [PlanTask], on sql: any SQLDatabase) async throws {
        for start in stride(from: 0, to: tasks.count, by: 400) {
            let builder = sql.insert(into: "tasks").columns(
                taskColumns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            )
            for t in tasks[start..<min(start + 400, tasks.count)] {
                builder.values([
                    SQLBind(t.id.description), SQLBind(t.projectID.description), SQLBind(Int64(t.position)), SQLBind(t.parentID?.description),
                    SQLBind(t.name), SQLBind(t.wbs), SQLBind(t.notes), SQLBind(t.owner), SQLBind(Int64(t.priority)), SQLBind(t.duration),
                    SQLBind(Int64(t.isMilestone ? 1 : 0)), SQLBind(t.calendarID?.description), SQLBind(t.constraint.rawValue),
                    SQLBind(t.constraintDate?.iso), SQLBind(t.deadline?.iso), SQLBind(t.actualStart?.iso), SQLBind(t.actualFinish?.iso),
                    SQLBind(Int64(t.percentComplete)), SQLBind(t.remaining), SQLBind(t.estimate?.optimistic), SQLBind(t.estimate?.mostLikely),
                    SQLBind(t.estimate?.pessimistic), SQLBind(t.version),
                ])
            }
            try await builder.run()
        }
    }

    public static func update(_ t: PlanTask, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let row = try await sql.raw(
            """
            UPDATE tasks SET position = \(bind: Int64(t.position)), parent_id = \(bind: t.parentID?.description), name = \(bind: t.name),
            wbs = \(bind: t.wbs), notes = \(bind: t.notes), owner = \(bind: t.owner), priority = \(bind: Int64(t.priority)),
            duration = \(bind: t.duration), milestone = \(bind: Int64(t.isMilestone ? 1 : 0)), calendar_id = \(bind: t.calendarID?.description),
            constraint_kind = \(bind: t.constraint.rawValue), constraint_date = \(bind: t.constraintDate?.iso), deadline = \(bind: t.deadline?.iso),
            actual_start = \(bind: t.actualStart?.iso), actual_finish = \(bind: t.actualFinish?.iso),
            percent_complete = \(bind: Int64(t.percentComplete)), remaining = \(bind: t.remaining), optimistic = \(bind: t.estimate?.optimistic),
            most_likely = \(bind: t.estimate?.mostLikely), pessimistic = \(bind: t.estimate?.pessimistic), version = version + 1
            WHERE id = \(bind: t.id.description) AND project_id = \(bind: t.projectID.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        return try ScopedTable<PlanTask>.outcome(row)
    }

    /// Moves tasks to new positions (and parents) without touching their other fields or versions:
    /// inserting or removing a row renumbers the rows after it.
    public static func place(
        _ moves: [(id: ID<PlanTask>, position: Int, parent: ID<PlanTask>?)],
        project: ID<Project>,
        on sql: any SQLDatabase
    )
        async throws
    {
        for m in moves {
            try await sql.raw(
                """
                UPDATE tasks SET position = \(bind: Int64(m.position)), parent_id = \(bind: m.parent?.description)
                WHERE id = \(bind: m.id.description) AND project_id = \(bind: project.description)
                """
            ).run()
        }
    }

    /// Shifts the positions at or after `from` by `delta` (one statement, for inserting and deleting rows).
    public static func shiftPositions(project: ID<Project>, from: Int, by delta: Int, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE tasks SET position = position + \(bind: Int64(delta))
            WHERE project_id = \(bind: project.description) AND position >= \(bind: Int64(from))
            """
        ).run()
    }

    /// The ids of a project's tasks (to check references to them without loading the plan).
    /// Task names by id, for labels on other modules' pages.
    public static func taskNames(project: ID<Project>, on sql: any SQLDatabase) async throws -> [ID<PlanTask>: String] {
        var out: [ID<PlanTask>: String] = [:]
        for row in try await sql.raw("SELECT id, name FROM tasks WHERE project_id = \(bind: project.description)").all() {
            out[try row.id("id")] = try row.text("name")
        }
        return out
    }

    public static func taskIDs(project: ID<Project>, on sql: any SQLDatabase) async throws -> Set<ID<PlanTask>> {
        Set(try await sql.raw("SELECT id FROM tasks WHERE project_id = \(bind: project.description)").all().map { try $0.id("id") })
    }

    /// The tasks without children: the ones that carry work, estimates and links to risks.
    public static func leafTaskIDs(project: ID<Project>, on sql: any SQLDatabase) async throws -> Set<ID<PlanTask>> {
        let rows = try await sql.raw("SELECT id, parent_id FROM tasks WHERE project_id = \(bind: project.description)").all()
        var ids = Set<ID<PlanTask>>(), parents = Set<String>()
        for row in rows {
            ids.insert(try row.id("id"))
            if let p = try row.optionalText("parent_id") { parents.insert(p) }
        }
        return ids.filter { !parents.contains($0.description) }
    }

    public static func deleteTasks(_ ids: [ID<PlanTask>], project: ID<Project>, on sql: any SQLDatabase) async throws {
        for chunk in stride(from: 0, to: ids.count, by: 500) {
            let list = SQLList(ids[chunk..<min(chunk + 500, ids.count)].map { SQLBind($0.description) })
            try await sql.raw("DELETE FROM tasks WHERE project_id = \(bind: project.description) AND id IN (\(list))").run()
        }
    }

    // MARK: Links

    public static func insert(_ links: [PlanLink], on sql: any SQLDatabase) async throws {
        for start in stride(from: 0, to: links.count, by: 500) {
            let builder = sql.insert(into: "task_links").columns([
                "id", "project_id", "predecessor_id", "successor_id", "link_type", "lag_kind", "lag", "version",
            ])
            for l in links[start..<min(start + 500, links.count)] {
                let (kind, amount) = lagColumns(l.lag)
                builder.values([
                    SQLBind(l.id.description), SQLBind(l.projectID.description), SQLBind(l.predecessorID.description),
                    SQLBind(l.successorID.description), SQLBind(l.type.rawValue), SQLBind(kind), SQLBind(amount), SQLBind(l.version),
                ])
            }
            try await builder.run()
        }
    }

    public static func update(_ l: PlanLink, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let (kind, amount) = lagColumns(l.lag)
        let row = try await sql.raw(
            """
            UPDATE task_links SET link_type = \(bind: l.type.rawValue), lag_kind = \(bind: kind), lag = \(bind: amount), version = version + 1
            WHERE id = \(bind: l.id.description) AND project_id = \(bind: l.projectID.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        return try ScopedTable<PlanLink>.outcome(row)
    }

    public static func deleteLink(_ id: ID<PlanLink>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM task_links WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)").run()
    }

    // MARK: Baselines

    /// Saves (or overwrites) one numbered baseline.
    public static func save(_ b: PlanBaseline, on sql: any SQLDatabase) async throws {
        let p = b.projectID.description
        try await sql.raw("DELETE FROM baselines WHERE project_id = \(bind: p) AND number = \(bind: Int64(b.number))").run()
        try await sql.raw(
            """
            INSERT INTO baselines (project_id, number, name, saved_at, saved_by) VALUES (\(bind: p), \(bind: Int64(b.number)), \(bind: b.name),
            \(bind: b.savedAt), \(bind: b.savedBy))
            """
        ).run()
        let rows = Array(b.tasks)
        for start in stride(from: 0, to: rows.count, by: 500) {
            let builder = sql.insert(into: "baseline_tasks").columns(["project_id", "number", "task_id", "start_at", "finish_at", "duration"])
            for (id, d) in rows[start..<min(start + 500, rows.count)] {
                builder.values([
                    SQLBind(p), SQLBind(Int64(b.number)), SQLBind(id.description), SQLBind(d.start.iso), SQLBind(d.finish.iso), SQLBind(d.duration),
                ])
            }
            try await builder.run()
        }
    }

    public static func deleteBaseline(number: Int, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM baselines WHERE project_id = \(bind: project.description) AND number = \(bind: Int64(number))").run()
    }

    /// Removes a project's whole plan (before an import replaces it).
    public static func deletePlan(project: ID<Project>, on sql: any SQLDatabase) async throws {
        let p = project.description
        for table in ["baselines", "task_links", "tasks", "work_calendars", "schedules"] {
            try await sql.raw("DELETE FROM \(unsafeRaw: table) WHERE project_id = \(bind: p)").run()
        }
    }

    // MARK: Rows

    static func lagColumns(_ lag: Lag) -> (String, Int64) {
        switch lag {
        case .working(let m): return ("working", m)
        case .elapsed(let m): return ("elapsed", m)
        case .percent(let h): return ("percent", h)
        }
    }

    @Sendable static func settings(_ row: any SQLRow) throws -> ScheduleSettings {
        ScheduleSettings(
            projectID: try row.id("project_id"),
            projectStart: try row.dateTime("project_start"),
            statusDate: try row.optionalDateTime("status_date"),
            timeZone: try row.text("time_zone"),
            minutesPerDay: try row.int64("minutes_per_day"),
            criticalThreshold: try row.int64("critical_threshold"),
            projectCalendarID: try row.optionalText("project_calendar_id").flatMap { ID($0) },
            comparedBaseline: try row.int("compared_baseline"),
            revision: try row.int64("revision"),
            version: try row.int64("version")
        )
    }

    @Sendable static func calendar(_ row: any SQLRow) throws -> PlanCalendar {
        let text = try row.text("definition")
        guard var c = CalendarDefinition.decode(text) else { throw StoreError.corrupt(column: "definition", value: String(text.prefix(80))) }
        c.name = try row.text("name")
        return PlanCalendar(id: try row.id("id"), projectID: try row.id("project_id"), calendar: c, version: try row.int64("version"))
    }

    @Sendable static func task(_ row: any SQLRow) throws -> PlanTask {
        let o = try row.decode(column: "optimistic", as: Int64?.self), m = try row.decode(column: "most_likely", as: Int64?.self)
        let pe = try row.decode(column: "pessimistic", as: Int64?.self)
        var estimate: ThreePointEstimate?
        if let o, let m, let pe { estimate = ThreePointEstimate(optimistic: o, mostLikely: m, pessimistic: pe) }
        return PlanTask(
            id: try row.id("id"),
            projectID: try row.id("project_id"),
            position: try row.int("position"),
            parentID: try row.optionalText("parent_id").flatMap { ID($0) },
            name: try row.text("name"),
            wbs: try row.text("wbs"),
            notes: try row.text("notes"),
            owner: try row.text("owner"),
            priority: try row.int("priority"),
            duration: try row.int64("duration"),
            isMilestone: try row.int64("milestone") != 0,
            calendarID: try row.optionalText("calendar_id").flatMap { ID($0) },
            constraint: try row.enumValue("constraint_kind"),
            constraintDate: try row.optionalDateTime("constraint_date"),
            deadline: try row.optionalDateTime("deadline"),
            actualStart: try row.optionalDateTime("actual_start"),
            actualFinish: try row.optionalDateTime("actual_finish"),
            percentComplete: try row.int("percent_complete"),
            remaining: try row.decode(column: "remaining", as: Int64?.self),
            estimate: estimate,
            version: try row.int64("version")
        )
    }

    @Sendable static func link(_ row: any SQLRow) throws -> PlanLink {
        let amount = try row.int64("lag")
        let lag: Lag
        switch try row.text("lag_kind") {
        case "working": lag = .working(minutes: amount)
        case "elapsed": lag = .elapsed(minutes: amount)
        case "percent": lag = .percent(hundredths: amount)
        case let other: throw StoreError.corrupt(column: "lag_kind", value: other)
        }
        return PlanLink(
            id: try row.id("id"),
            projectID: try row.id("project_id"),
            predecessorID: try row.id("predecessor_id"),
            successorID: try row.id("successor_id"),
            type: try row.enumValue("link_type"),
            lag: lag,
            version: try row.int64("version")
        )
    }
}

extension SQLRow {
    func dateTime(_ column: String) throws -> LocalDateTime {
        let s = try text(column)
        guard let d = LocalDateTime(iso: s) else { throw StoreError.corrupt(column: column, value: s) }
        return d
    }

    func optionalDateTime(_ column: String) throws -> LocalDateTime? {
        guard let s = try optionalText(column) else { return nil }
        guard let d = LocalDateTime(iso: s) else { throw StoreError.corrupt(column: column, value: s) }
        return d
    }
}

/// A calendar's week, exceptions and work weeks as JSON text in one column: calendars are always
/// read and written whole.
enum CalendarDefinition {
    private struct Body: Codable {
        struct Exception: Codable {
            var name: String
            var from: String
            var to: String
            var intervals: [WorkInterval]
        }
        struct Override: Codable {
            var name: String
            var from: String
            var to: String
            var week: [[WorkInterval]]
        }
        var week: [[WorkInterval]]
        var exceptions: [Exception]
        var overrides: [Override]
    }

    static func encode(_ c: WorkCalendar) throws -> String {
        let body = Body(
            week: c.week.days,
            exceptions: c.exceptions.map { .init(name: $0.name, from: $0.from.iso, to: $0.to.iso, intervals: $0.intervals) },
            overrides: c.weekOverrides.map { .init(name: $0.name, from: $0.from.iso, to: $0.to.iso, week: $0.week.days) }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(body), as: UTF8.self)
    }

    static func decode(_ text: String) -> WorkCalendar? {
        guard let body = try? JSONDecoder().decode(Body.self, from: Data(text.utf8)), body.week.count == 7 else { return nil }
        var exceptions: [CalendarException] = []
        for e in body.exceptions {
            guard let from = Day(iso: e.from), let to = Day(iso: e.to) else { return nil }
            exceptions.append(CalendarException(name: e.name, from: from, to: to, intervals: e.intervals))
        }
        var overrides: [WeekOverride] = []
        for o in body.overrides {
            guard let from = Day(iso: o.from), let to = Day(iso: o.to), o.week.count == 7 else { return nil }
            overrides.append(WeekOverride(name: o.name, from: from, to: to, week: WorkWeek(days: o.week)))
        }
        return WorkCalendar(name: "", week: WorkWeek(days: body.week), weekOverrides: overrides, exceptions: exceptions)
    }
}
