import Foundation
import Hummingbird
import KeelApp
import KeelCore

/// JSON shapes of the work plan. Durations and float come both in minutes (exact) and in days of
/// the project's `minutes_per_day` (as shown), dates as local ISO date-times in the project's zone.
/// The keys are spelled out (`CodingKeys`) and written by an encoder without key conversion or
/// sorting: a 10,000-task plan spent two thirds of its encoding time converting key names.
enum ScheduleBodies {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.withoutEscapingSlashes]
        return e
    }()

    /// `API.json` with the schedule's encoder.
    static func json<T: Encodable>(
        _ value: T,
        status: HTTPResponse.Status = .ok,
        version: Int64? = nil,
        location: String? = nil
    ) throws
        -> Response
    {
        try API.json(value, status: status, version: version, location: location, encoder: encoder)
    }

    struct SettingsBody: Encodable {
        let projectStart: String
        let statusDate: String?
        let timeZone: String
        let minutesPerDay: Int64
        let criticalThresholdMinutes: Int64
        let projectCalendarId: String?
        let comparedBaseline: Int
        let revision: Int64
        let version: Int64
        enum CodingKeys: String, CodingKey {
            case projectStart = "project_start", statusDate = "status_date", timeZone = "time_zone", minutesPerDay = "minutes_per_day"
            case criticalThresholdMinutes = "critical_threshold_minutes", projectCalendarId = "project_calendar_id"
            case comparedBaseline = "compared_baseline", revision, version
        }
    }

    struct ComputedBody: Encodable {
        let start: String
        let finish: String
        let earlyStart: String
        let earlyFinish: String
        let lateStart: String
        let lateFinish: String
        let durationMinutes: Int64
        let totalFloatMinutes: Int64
        let freeFloatMinutes: Int64
        let totalFloatDays: String
        let freeFloatDays: String
        let critical: Bool
        let onLongestPath: Bool
        let summary: Bool
        let missesDeadline: Bool
        enum CodingKeys: String, CodingKey {
            case start, finish, earlyStart = "early_start", earlyFinish = "early_finish", lateStart = "late_start"
            case lateFinish = "late_finish", durationMinutes = "duration_minutes", totalFloatMinutes = "total_float_minutes"
            case freeFloatMinutes = "free_float_minutes", totalFloatDays = "total_float_days", freeFloatDays = "free_float_days", critical
            case onLongestPath = "on_longest_path", summary, missesDeadline = "misses_deadline"
        }
    }

    struct VarianceBody: Encodable {
        let baseline: Int
        let start: String
        let finish: String
        let durationMinutes: Int64
        let startVarianceMinutes: Int64
        let finishVarianceMinutes: Int64
        let durationVarianceMinutes: Int64
        enum CodingKeys: String, CodingKey {
            case baseline, start, finish, durationMinutes = "duration_minutes", startVarianceMinutes = "start_variance_minutes"
            case finishVarianceMinutes = "finish_variance_minutes", durationVarianceMinutes = "duration_variance_minutes"
        }
    }

    struct EstimateBody: Encodable {
        let optimisticMinutes: Int64
        let mostLikelyMinutes: Int64
        let pessimisticMinutes: Int64
        enum CodingKeys: String, CodingKey {
            case optimisticMinutes = "optimistic_minutes", mostLikelyMinutes = "most_likely_minutes"
            case pessimisticMinutes = "pessimistic_minutes"
        }
    }

    struct TaskBody: Encodable {
        let id: String
        let position: Int
        let parentId: String?
        let name: String
        let wbs: String
        let notes: String
        let owner: String
        let priority: Int
        let duration: String
        let durationMinutes: Int64
        let milestone: Bool
        let calendarId: String?
        let constraint: String
        let constraintDate: String?
        let deadline: String?
        let actualStart: String?
        let actualFinish: String?
        let percentComplete: Int
        let remainingMinutes: Int64?
        let estimate: EstimateBody?
        let version: Int64
        let computed: ComputedBody?
        let variance: VarianceBody?
        /// Summaries: their leaves' progress weighted by duration; leaves: their own.
        let percentCompleteRolledUp: Int?
        enum CodingKeys: String, CodingKey {
            case id, position, parentId = "parent_id", name, wbs, notes, owner, priority, duration, durationMinutes = "duration_minutes"
            case milestone, calendarId = "calendar_id", constraint, constraintDate = "constraint_date", deadline
            case actualStart = "actual_start", actualFinish = "actual_finish", percentComplete = "percent_complete"
            case remainingMinutes = "remaining_minutes", estimate, version, computed, variance
            case percentCompleteRolledUp = "percent_complete_rolled_up"
        }
        init(_ t: PlanTask, computed c: TaskSchedule?, minutesPerDay mpd: Int64, variance v: BaselineVariance?, baseline: Int, rolledUp: Int?) {
            percentCompleteRolledUp = rolledUp
            id = t.id.description
            position = t.position
            parentId = t.parentID?.description
            name = t.name
            wbs = t.wbs
            notes = t.notes
            owner = t.owner
            priority = t.priority
            duration = WorkDuration.days(t.duration, minutesPerDay: mpd) + "d"
            durationMinutes = t.duration
            milestone = t.isMilestone
            calendarId = t.calendarID?.description
            constraint = t.constraint.rawValue
            constraintDate = t.constraintDate?.iso
            deadline = t.deadline?.iso
            actualStart = t.actualStart?.iso
            actualFinish = t.actualFinish?.iso
            percentComplete = t.percentComplete
            remainingMinutes = t.remaining
            estimate = t.estimate.map {
                EstimateBody(optimisticMinutes: $0.optimistic, mostLikelyMinutes: $0.mostLikely, pessimisticMinutes: $0.pessimistic)
            }
            version = t.version
            computed = c.map {
                ComputedBody(
                    start: $0.start.iso,
                    finish: $0.finish.iso,
                    earlyStart: $0.earlyStart.iso,
                    earlyFinish: $0.earlyFinish.iso,
                    lateStart: $0.lateStart.iso,
                    lateFinish: $0.lateFinish.iso,
                    durationMinutes: $0.duration,
                    totalFloatMinutes: $0.totalFloat,
                    freeFloatMinutes: $0.freeFloat,
                    totalFloatDays: WorkDuration.days($0.totalFloat, minutesPerDay: mpd),
                    freeFloatDays: WorkDuration.days($0.freeFloat, minutesPerDay: mpd),
                    critical: $0.isCritical,
                    onLongestPath: $0.isOnLongestPath,
                    summary: $0.isSummary,
                    missesDeadline: $0.missesDeadline
                )
            }
            variance = v.map {
                VarianceBody(
                    baseline: baseline,
                    start: $0.baseline.start.iso,
                    finish: $0.baseline.finish.iso,
                    durationMinutes: $0.baseline.duration,
                    startVarianceMinutes: $0.start,
                    finishVarianceMinutes: $0.finish,
                    durationVarianceMinutes: $0.duration
                )
            }
        }

        /// One task of a plan view, with its computed dates.
        init(_ t: PlanTask, _ view: PlanView) {
            let i = view.plan.tasks.firstIndex { $0.id == t.id }
            let n = view.plan.settings.comparedBaseline
            self.init(
                t,
                computed: i.map { view.schedule.tasks[$0] },
                minutesPerDay: view.plan.settings.minutesPerDay,
                variance: i.flatMap { view.plan.variances(view.schedule, baseline: n, only: $0)[t.id] },
                baseline: n,
                // Only a summary needs the whole plan's roll-up.
                rolledUp: i.map {
                    view.schedule.tasks[$0].isSummary ? view.plan.rolledUpPercentComplete()[$0] : (t.actualFinish != nil ? 100 : t.percentComplete)
                }
            )
        }
    }

    struct LinkBody: Encodable {
        let id: String
        let predecessorId: String
        let successorId: String
        let type: String
        let lag: String
        let lagKind: String
        let lagMinutes: Int64?
        let lagPercent: Int64?
        let version: Int64
        enum CodingKeys: String, CodingKey {
            case id, predecessorId = "predecessor_id", successorId = "successor_id", type, lag, lagKind = "lag_kind"
            case lagMinutes = "lag_minutes", lagPercent = "lag_percent", version
        }
        init(_ l: PlanLink, minutesPerDay: Int64) {
            id = l.id.description
            predecessorId = l.predecessorID.description
            successorId = l.successorID.description
            type = l.type.rawValue
            version = l.version
            switch l.lag {
            case .working(let m):
                lagKind = "working"
                lagMinutes = m
                lagPercent = nil
                lag = WorkDuration.days(m, minutesPerDay: minutesPerDay) + "d"
            case .elapsed(let m):
                lagKind = "elapsed"
                lagMinutes = m
                lagPercent = nil
                lag = WorkDuration.days(m, minutesPerDay: 1_440) + "ed"
            case .percent(let h):
                lagKind = "percent"
                lagMinutes = nil
                lagPercent = h / 100
                lag = "\(h / 100)%"
            }
        }
    }

    struct ExceptionBody: Encodable {
        let name: String
        let from: String
        let to: String
        let hours: [String]
        enum CodingKeys: String, CodingKey { case name, from, to, hours }
    }

    struct CalendarBody: Encodable {
        let id: String
        let name: String
        let week: [String: [String]]
        let exceptions: [ExceptionBody]
        let version: Int64
        enum CodingKeys: String, CodingKey { case id, name, week, exceptions, version }
        init(_ c: PlanCalendar) {
            id = c.id.description
            name = c.calendar.name
            var w: [String: [String]] = [:]
            for (d, key) in ScheduleService.weekdayKeys.enumerated() { w[key] = c.calendar.week.days[d].map(Self.text) }
            week = w
            exceptions = c.calendar.exceptions.map {
                ExceptionBody(name: $0.name, from: $0.from.iso, to: $0.to.iso, hours: $0.intervals.map(Self.text))
            }
            version = c.version
        }

        static func text(_ iv: WorkInterval) -> String { "\(WorkInterval.text(iv.start))-\(WorkInterval.text(iv.end))" }
    }

    struct BaselineBody: Encodable {
        let number: Int
        let name: String
        let savedAt: String
        let savedBy: String
        let tasks: Int
        enum CodingKeys: String, CodingKey { case number, name, savedAt = "saved_at", savedBy = "saved_by", tasks }
    }

    struct PlanBody: Encodable {
        let setUp: Bool
        let settings: SettingsBody
        let projectFinish: String?
        let calendars: [CalendarBody]
        let tasks: [TaskBody]
        let links: [LinkBody]
        let baselines: [BaselineBody]
        enum CodingKeys: String, CodingKey {
            case setUp = "set_up", settings, projectFinish = "project_finish", calendars, tasks, links, baselines
        }
        init(_ view: PlanView) {
            let p = view.plan
            let s = p.settings
            setUp = view.isSetUp
            settings = SettingsBody(
                projectStart: s.projectStart.iso,
                statusDate: s.statusDate?.iso,
                timeZone: s.timeZone,
                minutesPerDay: s.minutesPerDay,
                criticalThresholdMinutes: s.criticalThreshold,
                projectCalendarId: s.projectCalendarID?.description,
                comparedBaseline: s.comparedBaseline,
                revision: s.revision,
                version: s.version
            )
            projectFinish = p.tasks.isEmpty ? nil : view.schedule.projectFinish.iso
            calendars = p.calendars.map(CalendarBody.init)
            let variances = p.variances(view.schedule, baseline: s.comparedBaseline)
            let percent = p.rolledUpPercentComplete()
            tasks = p.tasks.enumerated().map { i, t in
                TaskBody(
                    t,
                    computed: view.schedule.tasks[i],
                    minutesPerDay: s.minutesPerDay,
                    variance: variances[t.id],
                    baseline: s.comparedBaseline,
                    rolledUp: percent[i]
                )
            }
            links = p.links.map { LinkBody($0, minutesPerDay: s.minutesPerDay) }
            baselines = p.baselines.values.sorted { $0.number < $1.number }.map {
                BaselineBody(number: $0.number, name: $0.name, savedAt: $0.savedAt, savedBy: $0.savedBy, tasks: $0.tasks.count)
            }
        }
    }

    static func baselineNumber(_ ctx: AppRequestContext) throws -> Int {
        guard let raw = ctx.parameters.get("number"), let n = Int(raw), ProjectPlan.baselineNumbers.contains(n) else {
            throw KeelError.notFound(kind: "baseline", id: ctx.parameters.get("number") ?? "")
        }
        return n
    }
}
