/// A project's whole work plan as stored — settings, calendars, tasks in outline order, links and
/// baselines — and its conversions: to the scheduler's network, to and from the interchange form
/// (`ProjectPlan`, which MS Project XML and JSON files use).
public struct WorkPlan: Hashable, Sendable {
    public var settings: ScheduleSettings
    public var calendars: [PlanCalendar]
    /// Outline order: `tasks[i].position == i`.
    public var tasks: [PlanTask]
    public var links: [PlanLink]
    public var baselines: [Int: PlanBaseline]

    public init(
        settings: ScheduleSettings,
        calendars: [PlanCalendar] = [],
        tasks: [PlanTask] = [],
        links: [PlanLink] = [],
        baselines: [Int: PlanBaseline] = [:]
    ) {
        self.settings = settings
        self.calendars = calendars
        self.tasks = tasks
        self.links = links
        self.baselines = baselines
    }

    public func taskIndex() -> [ID<PlanTask>: Int] {
        var index: [ID<PlanTask>: Int] = [:]
        index.reserveCapacity(tasks.count)
        for (i, t) in tasks.enumerated() { index[t.id] = i }
        return index
    }

    /// The scheduler's view of the plan. References the store guarantees (parents, calendars, link
    /// ends in the same project) are looked up; one that is missing anyway becomes an index the
    /// scheduler's own checks reject.
    public func network() -> ScheduleNetwork {
        let index = taskIndex()
        var calendarIndex: [ID<PlanCalendar>: Int] = [:]
        for (i, c) in calendars.enumerated() { calendarIndex[c.id] = i }
        let scheduleTasks = tasks.map { t in
            ScheduleTask(
                name: t.name,
                parent: t.parentID.map { index[$0] ?? -1 },
                duration: t.duration,
                isMilestone: t.isMilestone,
                calendar: t.calendarID.map { calendarIndex[$0] ?? -1 },
                constraint: t.constraint,
                constraintDate: t.constraintDate,
                deadline: t.deadline,
                actualStart: t.actualStart,
                actualFinish: t.actualFinish,
                percentComplete: t.percentComplete,
                remaining: t.remaining
            )
        }
        let scheduleLinks = links.map { l in
            ScheduleLink(index[l.predecessorID] ?? -1, index[l.successorID] ?? -1, l.type, lag: l.lag)
        }
        return ScheduleNetwork(
            projectStart: settings.projectStart,
            statusDate: settings.statusDate,
            calendars: calendars.isEmpty ? [.standard] : calendars.map(\.calendar),
            projectCalendar: settings.projectCalendarID.flatMap { calendarIndex[$0] } ?? 0,
            tasks: scheduleTasks,
            links: scheduleLinks,
            criticalThreshold: settings.criticalThreshold,
            minutesPerDay: settings.minutesPerDay
        )
    }

    /// Schedules the plan. Problems name tasks, links and calendars by id: `tasks[<id>].duration`,
    /// `links[<id>]`, `calendars[<id>].week`; a cycle lists the tasks' names in link order.
    public func schedule() throws(KeelError) -> Schedule {
        do {
            return try CriticalPathEngine.schedule(network())
        } catch {
            guard case .validation(let fields) = error else { throw error }
            throw .validation(fields.map(renamed))
        }
    }

    private func renamed(_ e: FieldError) -> FieldError {
        func swap(_ prefix: String, _ ids: (Int) -> String?) -> String? {
            guard e.field.hasPrefix(prefix + "["), let close = e.field.firstIndex(of: "]"),
                let i = Int(e.field[e.field.index(e.field.startIndex, offsetBy: prefix.count + 1)..<close]), let id = ids(i)
            else { return nil }
            return "\(prefix)[\(id)]" + e.field[e.field.index(after: close)...]
        }
        var detail = e.detail
        if let indices = detail["indices"] {
            detail["ids"] = indices.split(separator: ",").compactMap { Int($0) }.filter { tasks.indices.contains($0) }.map {
                tasks[$0].id.description
            }
            .joined(separator: ",")
            detail["indices"] = nil
        }
        let field =
            swap("tasks") { tasks.indices.contains($0) ? tasks[$0].id.description : nil }
            ?? swap("links") { links.indices.contains($0) ? links[$0].id.description : nil }
            ?? swap("calendars") { calendars.indices.contains($0) ? calendars[$0].id.description : nil } ?? e.field
        return FieldError(field, e.code, detail)
    }

    // MARK: Interchange

    /// A new plan for `project` from an imported file: fresh ids, positions in file order.
    public init(importing plan: ProjectPlan, project: ID<Project>, timeZone: String, savedAt: String, savedBy: String) {
        let net = plan.network
        let calendars = net.calendars.map { PlanCalendar(projectID: project, calendar: $0) }
        var tasks: [PlanTask] = []
        tasks.reserveCapacity(net.tasks.count)
        for (i, t) in net.tasks.enumerated() {
            let d = plan.details.indices.contains(i) ? plan.details[i] : TaskDetails()
            tasks.append(
                PlanTask(
                    projectID: project,
                    position: i,
                    parentID: t.parent.map { tasks[$0].id },
                    name: t.name,
                    wbs: d.wbs,
                    notes: d.notes,
                    priority: d.priority,
                    duration: t.duration,
                    isMilestone: t.isMilestone,
                    calendarID: t.calendar.map { calendars[$0].id },
                    constraint: t.constraint,
                    constraintDate: t.constraintDate,
                    deadline: t.deadline,
                    actualStart: t.actualStart,
                    actualFinish: t.actualFinish,
                    percentComplete: t.percentComplete,
                    remaining: t.remaining,
                    estimate: d.estimate
                )
            )
        }
        let links = net.links.map {
            PlanLink(projectID: project, predecessorID: tasks[$0.predecessor].id, successorID: tasks[$0.successor].id, type: $0.type, lag: $0.lag)
        }
        var baselines: [Int: PlanBaseline] = [:]
        for (i, d) in plan.details.enumerated() where i < tasks.count {
            for (n, dates) in d.baselines {
                baselines[n, default: PlanBaseline(projectID: project, number: n, name: "", savedAt: savedAt, savedBy: savedBy, tasks: [:])]
                    .tasks[tasks[i].id] = dates
            }
        }
        let settings = ScheduleSettings(
            projectID: project,
            projectStart: net.projectStart,
            statusDate: net.statusDate,
            timeZone: timeZone,
            minutesPerDay: net.minutesPerDay,
            criticalThreshold: net.criticalThreshold,
            projectCalendarID: calendars.indices.contains(net.projectCalendar) ? calendars[net.projectCalendar].id : nil
        )
        self.init(settings: settings, calendars: calendars, tasks: tasks, links: links, baselines: baselines)
    }

    /// The interchange form, for export.
    public func projectPlan(name: String) -> ProjectPlan {
        let details = tasks.map { t in
            var baselineDates: [Int: BaselineDates] = [:]
            for (n, b) in baselines { if let d = b.tasks[t.id] { baselineDates[n] = d } }
            return TaskDetails(wbs: t.wbs, notes: t.notes, priority: t.priority, estimate: t.estimate, baselines: baselineDates)
        }
        return ProjectPlan(name: name, network: network(), details: details)
    }
}

/// How far a task's current dates are from a baseline's, in working minutes of the task's calendar
/// (positive: later or longer than planned), as MS Project's Start, Finish and Duration Variance.
public struct BaselineVariance: Hashable, Sendable {
    public let baseline: BaselineDates
    public let start: Int64
    public let finish: Int64
    public let duration: Int64
}

extension WorkPlan {
    /// Variances against baseline `number` for every task that has one in it (or only the task at
    /// row `only`, for a single task's answer).
    public func variances(_ schedule: Schedule, baseline number: Int, only: Int? = nil) -> [ID<PlanTask>: BaselineVariance] {
        guard let baseline = baselines[number], !baseline.tasks.isEmpty else { return [:] }
        let net = network()
        let timelines = net.calendars.map { CalendarTimeline(calendar: $0, origin: net.projectStart.day) }
        var out: [ID<PlanTask>: BaselineVariance] = [:]
        for i in only.map({ [$0] }) ?? Array(tasks.indices) {
            let t = tasks[i]
            guard let b = baseline.tasks[t.id], i < schedule.tasks.count else { continue }
            let c = net.tasks[i].calendar ?? net.projectCalendar
            let tl = timelines[timelines.indices.contains(c) ? c : 0]
            let s = schedule.tasks[i]
            out[t.id] = BaselineVariance(
                baseline: b,
                start: tl.ordinal(at: s.start.minutes) - tl.ordinal(at: b.start.minutes),
                finish: tl.ordinal(at: s.finish.minutes) - tl.ordinal(at: b.finish.minutes),
                duration: s.duration - b.duration
            )
        }
        return out
    }
}

extension WorkPlan {
    /// % complete for every task, summaries rolled up from their leaves weighted by duration (as MS
    /// Project does: the share of the summary's work that is done).
    public func rolledUpPercentComplete() -> [Int] {
        var done = [Int64](repeating: 0, count: tasks.count), total = done
        var isParent = [Bool](repeating: false, count: tasks.count)
        let index = taskIndex()
        for t in tasks { if let p = t.parentID.flatMap({ index[$0] }) { isParent[p] = true } }
        // Children come after their parent in outline order: walking backwards completes each
        // child before its parent is reached.
        for i in stride(from: tasks.count - 1, through: 0, by: -1) {
            let t = tasks[i]
            if !isParent[i] {
                total[i] = t.duration
                done[i] = t.actualFinish != nil ? t.duration : t.duration * Int64(t.percentComplete) / 100
            }
            if let p = t.parentID.flatMap({ index[$0] }) {
                total[p] += total[i]
                done[p] += done[i]
            }
        }
        return tasks.indices.map { i in
            if !isParent[i] { return tasks[i].actualFinish != nil ? 100 : tasks[i].percentComplete }
            return total[i] == 0 ? 0 : Int((done[i] * 100) / total[i])
        }
    }

    /// The project's finish against baseline `number`'s: working minutes on the project calendar
    /// (positive: later than planned), nil without that baseline.
    public func projectFinishVariance(_ schedule: Schedule, baseline number: Int) -> Int64? {
        guard let b = baselines[number], let planned = b.tasks.values.map(\.finish).max(), !tasks.isEmpty else { return nil }
        let net = network()
        let calendar = net.calendars.indices.contains(net.projectCalendar) ? net.calendars[net.projectCalendar] : .standard
        let timeline = CalendarTimeline(calendar: calendar, origin: net.projectStart.day)
        return timeline.ordinal(at: schedule.projectFinish.minutes) - timeline.ordinal(at: planned.minutes)
    }
}

extension WorkPlan {
    /// The calendar the scheduler uses for the project: the one the settings name, else the first,
    /// else the standard week.
    public var projectCalendar: WorkCalendar {
        settings.projectCalendarID.flatMap { id in calendars.first { $0.id == id } }?.calendar ?? calendars.first?.calendar ?? .standard
    }

    /// The calendar a task is scheduled on: its own, else the project's.
    public func calendar(of task: PlanTask) -> WorkCalendar {
        task.calendarID.flatMap { id in calendars.first { $0.id == id } }?.calendar ?? projectCalendar
    }
}
