import Foundation
import KeelCore
import KeelStore
import SQLKit

/// A project's plan and the schedule computed from it, as the pages and the API show it.
public struct PlanView: Sendable {
    public let plan: WorkPlan
    public let schedule: Schedule
    /// False until the first change sets the plan up (the plan shown is then the defaults).
    public let isSetUp: Bool
}

/// The work plan's use cases. Every change runs in one transaction that locks the plan's revision,
/// applies the change to the stored rows and to the plan in memory, reschedules, and refuses the
/// whole change if the plan no longer schedules (a cycle, a link to a summary's own task …), so
/// nothing half-done is ever stored.
public struct ScheduleService: Sendable {
    let services: KeelServices

    // MARK: Reading

    public func view(_ caller: Caller, project: ID<Project>) async throws -> PlanView {
        try await services.readProject(caller, project) { sql in try await current(project, sql) }
    }

    /// How many working minutes make a day in the plan (the default until it is set up): what
    /// durations are shown in, without scheduling the plan.
    public func minutesPerDay(_ caller: Caller, project: ID<Project>) async throws -> Int64 {
        try await services.readProject(caller, project) { sql in
            try await WorkPlanRepository.settings(project: project, on: sql)?.minutesPerDay ?? 480
        }
    }

    /// The figures the project dashboard shows; nil until the plan is set up.
    public func digest(_ caller: Caller, project: ID<Project>) async throws -> ScheduleDigest? {
        try await services.readProject(caller, project) { sql in try await WorkPlanRepository.digest(project: project, on: sql) }
    }

    /// The stored plan with its schedule, from the cache when its revision is current. Reads outside
    /// a transaction are checked against the revision afterwards, so a plan is never assembled from
    /// tables read either side of someone else's change.
    func current(_ project: ID<Project>, _ sql: any SQLDatabase) async throws -> PlanView {
        for _ in 0..<3 {
            guard let settings = try await WorkPlanRepository.settings(project: project, on: sql) else {
                let plan = WorkPlan(settings: try await defaults(project, sql))
                return PlanView(plan: plan, schedule: try plan.schedule(), isSetUp: false)
            }
            if let e = await services.planCache.entry(project, revision: settings.revision) {
                return PlanView(plan: e.plan, schedule: e.schedule, isSetUp: true)
            }
            guard let plan = try await WorkPlanRepository.load(project: project, on: sql),
                try await WorkPlanRepository.settings(project: project, on: sql)?.revision == plan.settings.revision
            else { continue }
            let schedule = try plan.schedule()
            await services.planCache.store(.init(plan: plan, schedule: schedule))
            return PlanView(plan: plan, schedule: schedule, isSetUp: true)
        }
        throw KeelError.conflict("the plan is changing too fast to read; try again")
    }

    /// The settings a plan starts with: the charter's planned start at 08:00 (else today), the
    /// project calendar added on set-up.
    func defaults(_ project: ID<Project>, _ sql: any SQLDatabase) async throws -> ScheduleSettings {
        let charter = try await ProjectRepository.find(project, on: sql)?.charter
        let zone = "Asia/Shanghai"
        let start = charter?.plannedStart ?? Self.today(in: zone, services.clock())
        return ScheduleSettings(projectID: project, projectStart: LocalDateTime(day: start, minuteOfDay: 480), timeZone: zone, revision: 0)
    }

    static func today(in zone: String, _ now: Date) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone) ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day], from: now)
        return Day(year: c.year!, month: c.month!, day: c.day!) ?? Day(ordinal: 0)
    }

    // MARK: Changing

    /// Runs one change to the plan. `focus` is the path prefix of the object being changed
    /// (`tasks[<id>]`): the scheduler's complaints about it are reported as plain field names.
    func change<T: Sendable>(
        _ caller: Caller,
        _ project: ID<Project>,
        focus: String? = nil,
        _ body: (inout WorkPlan, any SQLDatabase) async throws -> T
    ) async throws -> (T, PlanView) {
        let (result, plan, schedule) = try await services.inProject(caller, .editSchedule, project) { sql in
            var plan = try await lockedPlan(project, sql)
            let result = try await body(&plan, sql)
            let schedule: Schedule
            do {
                schedule = try plan.schedule()
            } catch {
                throw Self.focused(error, focus)
            }
            plan.settings.revision += 1
            try await WorkPlanRepository.advance(
                project: project,
                to: plan.settings.revision,
                summary: .init(
                    projectFinish: plan.tasks.isEmpty ? nil : schedule.projectFinish,
                    criticalTasks: schedule.tasks.lazy.filter { $0.isCritical && !$0.isSummary }.count,
                    missedDeadlines: schedule.tasks.lazy.filter(\.missesDeadline).count
                ),
                on: sql
            )
            return (result, plan, schedule)
        }
        await services.planCache.store(.init(plan: plan, schedule: schedule))
        return (result, PlanView(plan: plan, schedule: schedule, isSetUp: true))
    }

    /// The plan under the transaction's lock, set up with defaults and a standard calendar when new.
    private func lockedPlan(_ project: ID<Project>, _ sql: any SQLDatabase) async throws -> WorkPlan {
        if let revision = try await WorkPlanRepository.lockRevision(project: project, kind: services.database.kind, on: sql) {
            if let e = await services.planCache.entry(project, revision: revision) { return e.plan }
            guard let plan = try await WorkPlanRepository.load(project: project, on: sql) else {
                throw KeelError.notFound(kind: "schedule", id: project.description)
            }
            return plan
        }
        var settings = try await defaults(project, sql)
        let calendar = PlanCalendar(projectID: project, calendar: .standard)
        settings.projectCalendarID = calendar.id
        try await WorkPlanRepository.insert(settings, on: sql)
        try await WorkPlanRepository.insert(calendar, on: sql)
        return WorkPlan(settings: settings, calendars: [calendar])
    }

    /// Scheduler errors about the object being changed lose its prefix (`tasks[<id>].duration` →
    /// `duration`), so that forms can show them next to the field.
    static func focused(_ error: any Error, _ focus: String?) -> any Error {
        guard let focus, case KeelError.validation(let fields)? = error as? KeelError else { return error }
        return KeelError.validation(
            fields.map { f in
                if f.field == focus { return FieldError(focus.hasPrefix("links") ? "successor_id" : "name", f.code, f.detail) }
                if f.field.hasPrefix(focus + ".") { return FieldError(String(f.field.dropFirst(focus.count + 1)), f.code, f.detail) }
                if f.code == .cycle && focus.hasPrefix("links") { return FieldError("predecessor_id", f.code, f.detail) }
                return f
            }
        )
    }

    func record(
        _ action: String,
        _ type: String,
        _ id: String,
        _ project: ID<Project>,
        before: [String: String?],
        after: [String: String?],
        _ caller: Caller,
        _ sql: any SQLDatabase
    ) async throws {
        try await services.audit.record(
            action,
            objectType: type,
            objectID: id,
            project: project,
            before: before,
            after: after,
            caller: caller,
            on: sql
        )
    }

    // MARK: Settings

    public func updateSettings(_ caller: Caller, project: ID<Project>, _ input: Input, expectedVersion: Int64?) async throws -> PlanView {
        try await change(caller, project) { plan, sql in
            try KeelServices.checkVersion(expectedVersion, current: plan.settings.version)
            let before = plan.settings
            var s = plan.settings
            var r = InputReader(input, creating: false)
            var start: LocalDateTime? = s.projectStart
            r.dateTime("project_start", &start, required: true)
            if let start { s.projectStart = start }
            r.dateTime("status_date", &s.statusDate)
            r.text("time_zone", &s.timeZone, required: true, max: 64)
            if r.has("time_zone") && !ScheduleSettings.isKnownTimeZone(s.timeZone) {
                r.errors.add("time_zone", .invalidChoice, ["reason": "iana_zone"])
            }
            var mpd = Int(s.minutesPerDay)
            r.int("minutes_per_day", &mpd, range: 60...1_440)
            s.minutesPerDay = Int64(mpd)
            r.duration("critical_threshold", &s.criticalThreshold, minutesPerDay: s.minutesPerDay)
            let calendars = Set(plan.calendars.map(\.id))
            r.reference("project_calendar_id", &s.projectCalendarID) { calendars.contains($0) }
            if r.has("project_calendar_id") && s.projectCalendarID == nil { r.errors.add("project_calendar_id", .required) }
            r.int("compared_baseline", &s.comparedBaseline, range: ProjectPlan.baselineNumbers.lowerBound...ProjectPlan.baselineNumbers.upperBound)
            try r.finish()
            // A bare status date is the end of that day's working time on the project calendar.
            if r.isBareDate("status_date"), let d = s.statusDate {
                var changed = plan
                changed.settings = s
                s.statusDate = WorkingTime(changed.projectCalendar).endOfWork(on: d.day)
            }
            guard case .updated(let v) = try await WorkPlanRepository.update(s, expectedVersion: before.version, on: sql) else {
                throw KeelError.versionMismatch(currentVersion: before.version + 1)
            }
            s.version = v
            plan.settings = s
            try await record("update", "schedule", project.description, project, before: before.auditFields, after: s.auditFields, caller, sql)
        }.1
    }

    // MARK: Baselines

    /// Saves the current dates of every task as baseline `number` (0…10), replacing what was there.
    public func saveBaseline(_ caller: Caller, project: ID<Project>, number: Int, name: String) async throws -> PlanView {
        let trimmed = name.trimmingWhitespace()
        return try await change(caller, project) { plan, sql in
            guard ProjectPlan.baselineNumbers.contains(number) else {
                throw KeelError.validation([FieldError("number", .outOfRange, ["min": "0", "max": "10"])])
            }
            guard trimmed.count <= 200 else { throw KeelError.validation([FieldError("name", .tooLong, ["max": "200"])]) }
            let schedule = try plan.schedule()
            var dates: [ID<PlanTask>: BaselineDates] = [:]
            for (i, t) in plan.tasks.enumerated() {
                let s = schedule.tasks[i]
                dates[t.id] = BaselineDates(start: s.start, finish: s.finish, duration: s.duration)
            }
            let baseline = PlanBaseline(
                projectID: project,
                number: number,
                name: trimmed,
                savedAt: services.timestamp,
                savedBy: caller.auditName,
                tasks: dates
            )
            try await WorkPlanRepository.save(baseline, on: sql)
            plan.baselines[number] = baseline
            try await record(
                "save_baseline",
                "schedule",
                project.description,
                project,
                before: [:],
                after: ["baseline": String(number), "name": trimmed, "tasks": String(dates.count)],
                caller,
                sql
            )
        }.1
    }

    public func deleteBaseline(_ caller: Caller, project: ID<Project>, number: Int) async throws -> PlanView {
        try await change(caller, project) { plan, sql in
            guard plan.baselines[number] != nil else { throw KeelError.notFound(kind: "baseline", id: String(number)) }
            try await WorkPlanRepository.deleteBaseline(number: number, project: project, on: sql)
            plan.baselines[number] = nil
            try await record(
                "delete_baseline",
                "schedule",
                project.description,
                project,
                before: ["baseline": String(number)],
                after: [:],
                caller,
                sql
            )
        }.1
    }

    /// Checks that the caller may change the plan, before a large request body is read.
    public func authorizeChange(_ caller: Caller, project: ID<Project>) async throws {
        try await services.policy.authorize(caller, .editSchedule, project: project)
    }

    // MARK: Import

    /// Replaces the whole plan with an imported one (MS Project XML or a JSON network, already read).
    public func importPlan(_ caller: Caller, project: ID<Project>, _ imported: ProjectPlan, timeZone: String? = nil) async throws -> PlanView {
        try await change(caller, project) { plan, sql in
            let zone = timeZone ?? plan.settings.timeZone
            var fresh = WorkPlan(importing: imported, project: project, timeZone: zone, savedAt: services.timestamp, savedBy: caller.auditName)
            fresh.settings.revision = plan.settings.revision
            fresh.settings.version = plan.settings.version + 1
            try await WorkPlanRepository.deletePlan(project: project, on: sql)
            try await WorkPlanRepository.insert(fresh.settings, on: sql)
            for c in fresh.calendars { try await WorkPlanRepository.insert(c, on: sql) }
            try await WorkPlanRepository.insert(fresh.tasks, on: sql)
            try await WorkPlanRepository.insert(fresh.links, on: sql)
            for b in fresh.baselines.values { try await WorkPlanRepository.save(b, on: sql) }
            try await record(
                "import",
                "schedule",
                project.description,
                project,
                before: ["tasks": String(plan.tasks.count), "links": String(plan.links.count)],
                after: ["tasks": String(fresh.tasks.count), "links": String(fresh.links.count), "calendars": String(fresh.calendars.count)],
                caller,
                sql
            )
            plan = fresh
        }.1
    }
}

extension ScheduleSettings {
    var auditFields: [String: String?] {
        [
            "project_start": projectStart.iso, "status_date": statusDate?.iso, "time_zone": timeZone, "minutes_per_day": String(minutesPerDay),
            "critical_threshold": String(criticalThreshold), "project_calendar_id": projectCalendarID?.description,
            "compared_baseline": String(comparedBaseline),
        ]
    }
}
