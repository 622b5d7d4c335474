/// The JSON form of a schedule network that `keel schedule` reads (and the API will accept):
/// tasks and links by the ids people give them, durations as text (`3d`, `4h`, `2ed`, `50%`),
/// dates as ISO 8601. See docs/scheduling.md for an example.
public struct ScheduleFile: Codable, Sendable {
    public struct Calendar: Codable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable { case name, week, exceptions }

        public var name: String
        /// Per weekday (`mon` … `sun`) the working hours as `"08:00-12:00"` strings; omitted days
        /// are days off. Nil means the standard week.
        public var week: [String: [String]]?
        public var exceptions: [Exception]?
    }

    public struct Exception: Codable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable { case name, from, to, hours }

        public var name: String?
        public var from: String
        public var to: String?
        /// Working hours on those days; empty or missing makes them holidays.
        public var hours: [String]?
    }

    public struct Task: Codable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, name, duration, parent, milestone, calendar, constraint, constraint_date, deadline, actual_start, actual_finish,
                percent_complete, remaining, wbs, notes, priority, estimate
        }

        public var id: String
        public var name: String?
        public var duration: String?
        public var parent: String?
        public var milestone: Bool?
        public var calendar: String?
        public var constraint: String?
        public var constraint_date: String?
        public var deadline: String?
        public var actual_start: String?
        public var actual_finish: String?
        public var percent_complete: Int?
        public var remaining: String?
        public var wbs: String?
        public var notes: String?
        /// 0…1000, 500 when missing.
        public var priority: Int?
        /// Three-point duration estimate for risk analysis.
        public var estimate: Estimate?
    }

    public struct Estimate: Codable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable { case optimistic, most_likely, pessimistic }

        public var optimistic: String
        public var most_likely: String
        public var pessimistic: String
    }

    public struct Link: Codable, Sendable {
        enum CodingKeys: String, CodingKey, CaseIterable { case from, to, type, lag }

        public var from: String
        public var to: String
        public var type: String?
        public var lag: String?
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, project_start, status_date, minutes_per_day, critical_threshold, calendars, project_calendar, tasks, links
    }

    /// The project's name.
    public var name: String?
    public var project_start: String
    public var status_date: String?
    public var minutes_per_day: Int?
    public var critical_threshold: String?
    public var calendars: [Calendar]?
    public var project_calendar: String?
    public var tasks: [Task]
    public var links: [Link]?

    static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// A calendar check's field (`calendars[0].week[2][0]`) as the file names it (`calendars[0].week.wed[0]`).
    static func fileField(_ field: String, calendar f: String) -> String {
        var rest = String(field.dropFirst(f.count))
        if rest.hasPrefix(".week["), let close = rest.firstIndex(of: "]"),
            let d = Int(rest[rest.index(rest.startIndex, offsetBy: 6)..<close]), weekdays.indices.contains(d)
        {
            rest = ".week.\(weekdays[d])" + rest[rest.index(after: close)...]
        } else if rest.hasPrefix(".exceptions[") {
            rest = rest.replacingOccurrences(of: ".intervals", with: ".hours")
        }
        return f + rest
    }

    /// The network, with every problem of the file reported at once.
    public func network() throws(KeelError) -> ScheduleNetwork { try plan().network }

    /// The whole plan: the network and each task's WBS code, notes, priority and estimate.
    public func plan() throws(KeelError) -> ProjectPlan {
        var errors = FieldErrors()
        var mpd = Int64(minutes_per_day ?? 480)
        // As the plan's settings take it: an hour to a whole day.
        if !(60...1_440).contains(mpd) {
            errors.add("minutes_per_day", .outOfRange, ["min": "60", "max": "1440"])
            mpd = 480  // read the rest with the default, so every other problem is still reported
        }
        func dateTime(_ text: String?, _ field: String) -> LocalDateTime? {
            guard let text else { return nil }
            switch LocalDateTime.parse(input: text) {
            case .success(let d): return d
            case .failure(.outOfRange):
                errors.add(field, Day.InputProblem.outOfRange)
                return nil
            case .failure(.malformed):
                errors.add(field, .invalidDateTime)
                return nil
            }
        }
        func day(_ text: String, _ field: String) -> Day? {
            errors.day(field, text)
        }
        func intervals(_ texts: [String], _ field: String) -> [WorkInterval] {
            texts.enumerated().compactMap { i, text in
                let parts = text.split(separator: "-").map(String.init)
                guard parts.count == 2, let iv = WorkInterval(parts[0], parts[1]) else {
                    errors.add("\(field)[\(i)]", .invalidFormat, ["pattern": "HH:MM-HH:MM"])
                    return nil
                }
                return iv
            }
        }
        func working(_ text: String?, _ field: String) -> Int64? {
            guard let text else { return nil }
            guard case .working(let m)? = WorkDuration.parse(text, minutesPerDay: mpd) else {
                errors.add(field, .invalidDuration)
                return nil
            }
            return m
        }

        let start = dateTime(project_start, "project_start")
        var calendars: [WorkCalendar] = []
        var calendarIndex: [String: Int] = [:]
        for (ci, c) in (self.calendars ?? []).enumerated() {
            let f = "calendars[\(ci)]"
            var week = WorkWeek.standard
            if let days = c.week {
                for key in days.keys where !Self.weekdays.contains(key) { errors.add("\(f).week.\(key)", .unknownField) }
                week = WorkWeek(days: Self.weekdays.map { intervals(days[$0] ?? [], "\(f).week.\($0)") })
            }
            let exceptions = (c.exceptions ?? []).enumerated().compactMap { ei, e -> CalendarException? in
                let ef = "\(f).exceptions[\(ei)]"
                guard let from = day(e.from, "\(ef).from") else { return nil }
                let to = e.to.flatMap { day($0, "\(ef).to") } ?? from
                return CalendarException(name: e.name ?? "", from: from, to: to, intervals: intervals(e.hours ?? [], "\(ef).hours"))
            }
            if calendarIndex[c.name] != nil { errors.add("\(f).name", .duplicate) }
            calendarIndex[c.name] = calendars.count
            let calendar = WorkCalendar(name: c.name, week: week, exceptions: exceptions)
            // The calendar's own rules (an interval ending after it starts, some working time), named
            // as the file names them: `calendars[0].week.wed[0]`, `calendars[0].exceptions[1].hours`.
            var found = FieldErrors()
            calendar.check(field: f, into: &found)
            for e in found.all {
                let field = Self.fileField(e.field, calendar: f)
                if !errors.has(field) { errors.add(field, e.code, e.detail) }
            }
            calendars.append(calendar)
        }
        if calendars.isEmpty { calendars = [.standard] }
        var projectCalendar = 0
        if let name = project_calendar {
            if let i = calendarIndex[name] { projectCalendar = i } else { errors.add("project_calendar", .unknownReference) }
        }

        var taskIndex: [String: Int] = [:]
        for (i, t) in tasks.enumerated() {
            if t.id.isEmpty { errors.add("tasks[\(i)].id", .required) }
            if taskIndex[t.id] != nil { errors.add("tasks[\(i)].id", .duplicate) }
            taskIndex[t.id] = i
        }
        var list: [ScheduleTask] = []
        var details: [TaskDetails] = []
        list.reserveCapacity(tasks.count)
        for (i, t) in tasks.enumerated() {
            let f = "tasks[\(i)]"
            var task = ScheduleTask(name: t.name ?? t.id, duration: working(t.duration ?? "0", "\(f).duration") ?? 0)
            task.isMilestone = t.milestone ?? false
            if let p = t.parent {
                // A summary comes before its subtasks (the outline order every plan keeps).
                if let pi = taskIndex[p] {
                    if pi < i { task.parent = pi } else { errors.add("\(f).parent", .unknownReference, ["reason": "parent_after_task"]) }
                } else {
                    errors.add("\(f).parent", .unknownReference)
                }
            }
            if let c = t.calendar {
                if let ci = calendarIndex[c] { task.calendar = ci } else { errors.add("\(f).calendar", .unknownReference) }
            }
            if let c = t.constraint {
                if let kind = ConstraintKind(rawValue: c.lowercased()) {
                    task.constraint = kind
                } else {
                    errors.add("\(f).constraint", .invalidChoice, ["choices": ConstraintKind.allCases.map(\.rawValue).joined(separator: ", ")])
                }
            }
            task.constraintDate = dateTime(t.constraint_date, "\(f).constraint_date")
            task.deadline = dateTime(t.deadline, "\(f).deadline")
            task.actualStart = dateTime(t.actual_start, "\(f).actual_start")
            task.actualFinish = dateTime(t.actual_finish, "\(f).actual_finish")
            task.percentComplete = t.percent_complete ?? (task.actualFinish != nil ? 100 : 0)
            task.remaining = working(t.remaining, "\(f).remaining")
            list.append(task)
            var d = TaskDetails(wbs: t.wbs ?? "", notes: t.notes ?? "", priority: t.priority ?? 500)
            if !(0...1_000).contains(d.priority) { errors.add("\(f).priority", .outOfRange, ["min": "0", "max": "1000"]) }
            if let e = t.estimate {
                let o = working(e.optimistic, "\(f).estimate.optimistic"), m = working(e.most_likely, "\(f).estimate.most_likely")
                let p = working(e.pessimistic, "\(f).estimate.pessimistic")
                if let o, let m, let p {
                    d.estimate = ThreePointEstimate(optimistic: o, mostLikely: m, pessimistic: p)
                    if !d.estimate!.isOrdered { errors.add("\(f).estimate", .outOfRange, ["reason": "optimistic_most_likely_pessimistic_order"]) }
                }
            }
            details.append(d)
        }
        var links: [ScheduleLink] = []
        for (i, l) in (self.links ?? []).enumerated() {
            let f = "links[\(i)]"
            guard let p = taskIndex[l.from] else {
                errors.add("\(f).from", .unknownReference)
                continue
            }
            guard let s = taskIndex[l.to] else {
                errors.add("\(f).to", .unknownReference)
                continue
            }
            guard let type = LinkType(rawValue: (l.type ?? "FS").uppercased()) else {
                errors.add("\(f).type", .invalidChoice, ["choices": "FS, SS, FF, SF"])
                continue
            }
            var lag = Lag.zero
            if let text = l.lag {
                switch WorkDuration.parse(text, minutesPerDay: mpd) {
                case .working(let m)?: lag = .working(minutes: m)
                case .elapsed(let m)?: lag = .elapsed(minutes: m)
                case .percent(let h)?: lag = .percent(hundredths: h)
                case nil:
                    errors.add("\(f).lag", .invalidDuration)
                    continue
                }
            }
            links.append(ScheduleLink(p, s, type, lag: lag))
        }
        let threshold = working(critical_threshold, "critical_threshold") ?? 0
        var status = dateTime(status_date, "status_date")
        // A bare status date is the end of that day's working time, as in the API and the pages.
        if let d = status, status_date?.trimmingWhitespace().count == 10, calendars.indices.contains(projectCalendar) {
            status = WorkingTime(calendars[projectCalendar]).endOfWork(on: d.day)
        }
        try errors.throwIfAny()
        let network = ScheduleNetwork(
            projectStart: start!,
            statusDate: status,
            calendars: calendars,
            projectCalendar: projectCalendar,
            tasks: list,
            links: links,
            criticalThreshold: threshold,
            minutesPerDay: mpd
        )
        return ProjectPlan(name: name ?? "", network: network, details: details)
    }
}

extension Schedule {
    /// The columns `keel schedule --format csv` prints; float in days of `minutesPerDay`.
    public static let csvHeader = [
        "id", "name", "start", "finish", "early_start", "early_finish", "late_start", "late_finish", "total_float_days", "free_float_days",
        "critical",
    ]

    public func csv(ids: [String], names: [String]) -> String {
        var w = CSVWriter(header: Self.csvHeader)
        for (i, t) in tasks.enumerated() {
            w.append([
                ids[i], names[i], t.start.iso, t.finish.iso, t.earlyStart.iso, t.earlyFinish.iso, t.lateStart.iso, t.lateFinish.iso,
                WorkDuration.days(t.totalFloat, minutesPerDay: minutesPerDay), WorkDuration.days(t.freeFloat, minutesPerDay: minutesPerDay),
                t.isCritical ? "true" : "false",
            ])
        }
        return w.text
    }
}
