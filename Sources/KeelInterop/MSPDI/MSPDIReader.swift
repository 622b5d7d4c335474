import Foundation
import KeelCore

/// What an MS Project XML file holds, in Keel's terms, with the file's task UIDs alongside.
public struct MSPDIImport: Sendable {
    public var plan: ProjectPlan
    /// The `UID` of each imported task, parallel to `plan.network.tasks`.
    public var taskUIDs: [Int]
}

/// Turns an MSPDI document into a `ProjectPlan`. Every problem is reported at once with the
/// element it concerns (`Tasks/Task[UID=17]/Duration`), and nothing is returned unless the whole
/// file is usable.
struct MSPDIReader {
    private var errors = FieldErrors()
    private var minutesPerDay: Int64 = 480

    static let pertFields = (optimistic: "188743783", mostLikely: "188743784", pessimistic: "188743785")

    static func read(_ data: Data, maxBytes: Int) throws(KeelError) -> MSPDIImport {
        try XMLSafety.check(data, maxBytes: maxBytes)
        let root = try XMLTree.parse(data)
        guard root.name == "Project" else { throw .validation([FieldError("file", .invalidFormat, ["reason": "not_mspdi", "root": root.name])]) }
        let document: MSProject
        do {
            document = try XMLTreeDecoder().decode(MSProject.self, from: root)
        } catch let error as DecodingError {
            throw .validation([Self.fieldError(for: error)])
        } catch {
            throw .validation([FieldError("file", .invalidFormat)])
        }
        var reader = MSPDIReader()
        return try reader.convert(document)
    }

    // MARK: Project

    private mutating func convert(_ doc: MSProject) throws(KeelError) -> MSPDIImport {
        let mpd = Int64(doc.MinutesPerDay ?? 480)
        if !(1...1_440).contains(mpd) { errors.add("Project/MinutesPerDay", .outOfRange, ["min": "1", "max": "1440"]) }
        minutesPerDay = (1...1_440).contains(mpd) ? mpd : 480
        if doc.ScheduleFromStart == 0 { errors.add("Project/ScheduleFromStart", .invalidChoice, ["reason": "finish_scheduling_unsupported"]) }
        let start = date(doc.StartDate, "Project/StartDate", required: true)
        let status = date(doc.StatusDate, "Project/StatusDate")

        let (calendars, calendarIndex) = readCalendars(doc)
        var projectCalendar = 0
        if let uid = doc.CalendarUID, uid >= 0 {
            if let i = calendarIndex[uid] { projectCalendar = i } else { errors.add("Project/CalendarUID", .unknownReference) }
        }
        let (tasks, details, uids, links, linkPaths) = readTasks(doc, calendarIndex: calendarIndex)
        try errors.throwIfAny()

        let network = ScheduleNetwork(
            projectStart: start ?? LocalDateTime(minutes: 0),
            statusDate: status,
            calendars: calendars.isEmpty ? [.standard] : calendars,
            projectCalendar: projectCalendar,
            tasks: tasks,
            links: links,
            criticalThreshold: Int64(min(max(0, doc.CriticalSlackLimit ?? 0), 3_660)) * minutesPerDay,
            minutesPerDay: minutesPerDay
        )
        // The engine's own rules, reported against the file's elements.
        var checks = FieldErrors()
        network.check(into: &checks)
        if !checks.isEmpty {
            let calendarUIDs = (doc.Calendars?.Calendar ?? []).map(\.UID)
            throw .validation(
                checks.all.map { e in
                    FieldError(Self.filePath(e.field, taskUIDs: uids, linkPaths: linkPaths, calendarUIDs: calendarUIDs), e.code, e.detail)
                }
            )
        }
        let name = doc.Title?.trimmingWhitespace().isEmpty == false ? doc.Title! : (doc.Name ?? "")
        return MSPDIImport(plan: ProjectPlan(name: name, network: network, details: details), taskUIDs: uids)
    }

    // MARK: Calendars

    /// Base calendars (and any calendar the project or a task uses), flattened: a derived
    /// calendar's missing days and exceptions come from its base.
    private mutating func readCalendars(_ doc: MSProject) -> ([WorkCalendar], [Int: Int]) {
        let all = doc.Calendars?.Calendar ?? []
        var byUID: [Int: MSCalendar] = [:]
        for c in all {
            if byUID[c.UID] != nil { errors.add("Calendars/Calendar[UID=\(c.UID)]", .duplicate) }
            byUID[c.UID] = c
        }
        var used = Set((doc.Tasks?.Task ?? []).compactMap(\.CalendarUID))
        if let p = doc.CalendarUID { used.insert(p) }
        var out: [WorkCalendar] = []
        var index: [Int: Int] = [:]
        for c in all where index[c.UID] == nil && (c.IsBaseCalendar != 0 || used.contains(c.UID)) {
            index[c.UID] = out.count
            out.append(flatten(c, byUID: byUID, depth: 0))
        }
        return (out, index)
    }

    private mutating func flatten(_ c: MSCalendar, byUID: [Int: MSCalendar], depth: Int) -> WorkCalendar {
        let path = "Calendars/Calendar[UID=\(c.UID)]"
        var result = WorkCalendar(name: c.Name?.trimmingWhitespace().isEmpty == false ? c.Name! : "Calendar \(c.UID)")
        if let b = c.BaseCalendarUID, b >= 0, c.IsBaseCalendar != 1 {
            if let base = byUID[b], depth < 8 {
                result = flatten(base, byUID: byUID, depth: depth + 1)
                result.name = c.Name ?? result.name
            } else {
                errors.add("\(path)/BaseCalendarUID", .unknownReference)
            }
        }
        let days = c.WeekDays?.WeekDay ?? []
        result.week = week(days.filter { $0.DayType != 0 }, over: result.week, path: "\(path)/WeekDays")
        result.exceptions += exceptions(c, path: path)
        for (i, w) in (c.WorkWeeks?.WorkWeek ?? []).enumerated() {
            let wp = "\(path)/WorkWeeks/WorkWeek[\(i)]"
            guard let from = day(w.TimePeriod?.FromDate, "\(wp)/TimePeriod/FromDate"), let to = day(w.TimePeriod?.ToDate, "\(wp)/TimePeriod/ToDate")
            else { continue }
            let overrideWeek = week(w.WeekDays?.WeekDay ?? [], over: result.week, path: "\(wp)/WeekDays")
            result.weekOverrides.append(WeekOverride(name: w.Name ?? "", from: from, to: to, week: overrideWeek))
        }
        return result
    }

    /// Weekday entries (DayType 1 = Sunday … 7 = Saturday) applied over `base`.
    private mutating func week(_ entries: [MSWeekDay], over base: WorkWeek, path: String) -> WorkWeek {
        var w = base
        for (i, e) in entries.enumerated() {
            guard (1...7).contains(e.DayType) else {
                errors.add("\(path)/WeekDay[\(i)]/DayType", .outOfRange, ["min": "1", "max": "7"])
                continue
            }
            let isoIndex = (e.DayType + 5) % 7  // Sunday (1) → 6, Monday (2) → 0
            w.days[isoIndex] = hours(working: e.DayWorking, e.WorkingTimes, path: "\(path)/WeekDay[\(i)]")
        }
        return w
    }

    private mutating func exceptions(_ c: MSCalendar, path: String) -> [CalendarException] {
        let modern = c.Exceptions?.Exception ?? []
        let legacy = (c.WeekDays?.WeekDay ?? []).enumerated().filter { $0.element.DayType == 0 }
        // The newer <Exceptions> carry names; recurring ones are read from the expanded old-style
        // entries, which MS Project writes alongside.
        if !modern.isEmpty && (modern.allSatisfy { ($0.Type ?? 1) == 1 } || legacy.isEmpty) {
            return modern.enumerated().compactMap { i, e in
                let ep = "\(path)/Exceptions/Exception[\(i)]"
                guard (e.Type ?? 1) == 1 else {
                    errors.add("\(ep)/Type", .invalidChoice, ["reason": "recurring_exception_unsupported"])
                    return nil
                }
                guard let from = day(e.TimePeriod?.FromDate, "\(ep)/TimePeriod/FromDate") else { return nil }
                var to = day(e.TimePeriod?.ToDate, "\(ep)/TimePeriod/ToDate") ?? from
                if e.EnteredByOccurrences == 1, let n = e.Occurrences, n >= 1 {
                    guard n <= 3_660 else {
                        errors.add("\(ep)/Occurrences", .outOfRange, ["min": "1", "max": "3660"])
                        return nil
                    }
                    to = from.adding(days: n - 1)
                }
                return CalendarException(name: e.Name ?? "", from: from, to: to, intervals: hours(working: e.DayWorking, e.WorkingTimes, path: ep))
            }
        }
        return legacy.compactMap { i, e in
            let ep = "\(path)/WeekDays/WeekDay[\(i)]"
            guard let from = day(e.TimePeriod?.FromDate, "\(ep)/TimePeriod/FromDate") else { return nil }
            let to = day(e.TimePeriod?.ToDate, "\(ep)/TimePeriod/ToDate") ?? from
            return CalendarException(name: "", from: from, to: to, intervals: hours(working: e.DayWorking, e.WorkingTimes, path: ep))
        }
    }

    /// A working day without listed times gets MS Project's default hours.
    private mutating func hours(working: Int?, _ times: MSWorkingTimes?, path: String) -> [WorkInterval] {
        guard working == 1 else { return [] }
        let list = times?.WorkingTime ?? []
        if list.isEmpty { return WorkWeek.standard.days[0] }
        return list.enumerated().compactMap { i, t in
            guard let s = t.FromTime.flatMap({ MSPDIValues.minuteOfDay($0, isEnd: false) }),
                let e = t.ToTime.flatMap({ MSPDIValues.minuteOfDay($0, isEnd: true) })
            else {
                errors.add("\(path)/WorkingTimes/WorkingTime[\(i)]", .invalidFormat, ["pattern": "HH:MM:SS"])
                return nil
            }
            return WorkInterval(start: s, end: e)
        }
    }

    // MARK: Tasks

    private mutating func readTasks(
        _ doc: MSProject,
        calendarIndex: [Int: Int]
    )
        -> ([ScheduleTask], [TaskDetails], [Int], [ScheduleLink], [String])
    {
        // The project summary (outline level 0) and blank rows are not tasks.
        let rows = (doc.Tasks?.Task ?? []).filter { ($0.IsNull ?? 0) == 0 && ($0.OutlineLevel ?? 1) > 0 && !($0.UID == 0 && $0.OutlineLevel == nil) }
        var indexOfUID: [Int: Int] = [:]
        for (i, t) in rows.enumerated() {
            if indexOfUID[t.UID] != nil { errors.add("Tasks/Task[UID=\(t.UID)]/UID", .duplicate) }
            indexOfUID[t.UID] = i
        }
        var tasks: [ScheduleTask] = []
        var details: [TaskDetails] = []
        tasks.reserveCapacity(rows.count)
        details.reserveCapacity(rows.count)
        var outline: [(level: Int, index: Int)] = []
        var links: [ScheduleLink] = []
        var linkPaths: [String] = []
        for (i, row) in rows.enumerated() {
            let path = "Tasks/Task[UID=\(row.UID)]"
            let level = row.OutlineLevel ?? 1
            while let last = outline.last, last.level >= level { outline.removeLast() }
            let parent = outline.last?.index
            outline.append((level, i))

            let isSummary = row.Summary == 1
            var duration: Int64 = 0
            if let text = row.Duration {
                if let m = MSPDIValues.minutes(text, minutesPerDay: minutesPerDay) {
                    duration = m
                } else if !isSummary {
                    errors.add("\(path)/Duration", .invalidDuration)
                }
            }
            var task = ScheduleTask(name: row.Name ?? "", parent: parent, duration: duration, isMilestone: row.Milestone == 1)
            if let uid = row.CalendarUID, uid >= 0 {
                if let c = calendarIndex[uid] { task.calendar = c } else { errors.add("\(path)/CalendarUID", .unknownReference) }
            }
            if let code = row.ConstraintType {
                if MSPDIValues.constraints.indices.contains(code) {
                    task.constraint = MSPDIValues.constraints[code]
                } else {
                    errors.add("\(path)/ConstraintType", .outOfRange, ["min": "0", "max": "7"])
                }
            }
            if task.constraint.needsDate { task.constraintDate = date(row.ConstraintDate, "\(path)/ConstraintDate") }
            task.deadline = date(row.Deadline, "\(path)/Deadline")
            task.actualStart = date(row.ActualStart, "\(path)/ActualStart")
            task.actualFinish = date(row.ActualFinish, "\(path)/ActualFinish")
            task.percentComplete = row.PercentComplete ?? 0
            if task.actualStart != nil, task.actualFinish == nil, let text = row.RemainingDuration {
                task.remaining = MSPDIValues.minutes(text, minutesPerDay: minutesPerDay)
                if task.remaining == nil { errors.add("\(path)/RemainingDuration", .invalidDuration) }
            }
            tasks.append(task)

            var d = TaskDetails(wbs: row.WBS ?? "", notes: row.Notes ?? "", priority: row.Priority ?? 500)
            if !(0...1_000).contains(d.priority) { errors.add("\(path)/Priority", .outOfRange, ["min": "0", "max": "1000"]) }
            d.estimate = estimate(row, path: path)
            for (k, b) in (row.Baseline ?? []).enumerated() {
                let bp = "\(path)/Baseline[\(k)]"
                let number = b.Number ?? 0
                guard ProjectPlan.baselineNumbers.contains(number) else {
                    errors.add("\(bp)/Number", .outOfRange, ["min": "0", "max": "10"])
                    continue
                }
                guard let s = date(b.Start, "\(bp)/Start"), let f = date(b.Finish, "\(bp)/Finish") else { continue }
                let dur = b.Duration.flatMap { MSPDIValues.minutes($0, minutesPerDay: minutesPerDay) } ?? 0
                d.baselines[number] = BaselineDates(start: s, finish: f, duration: dur)
            }
            details.append(d)

            for (k, l) in (row.PredecessorLink ?? []).enumerated() {
                let lp = "\(path)/PredecessorLink[\(k)]"
                if l.CrossProject == 1 {
                    errors.add(lp, .invalidChoice, ["reason": "cross_project_link_unsupported"])
                    continue
                }
                guard let uid = l.PredecessorUID, let p = indexOfUID[uid] else {
                    errors.add("\(lp)/PredecessorUID", .unknownReference)
                    continue
                }
                let typeCode = l.Type ?? 1
                guard MSPDIValues.linkTypes.indices.contains(typeCode) else {
                    errors.add("\(lp)/Type", .outOfRange, ["min": "0", "max": "3"])
                    continue
                }
                let raw = Int64(l.LinkLag ?? 0)
                // Tenths of a minute (or whole percent); anything beyond the engine's longest lag is refused here.
                guard raw.magnitude <= UInt64(ScheduleNetwork.maxLagMinutes) * 10 else {
                    errors.add("\(lp)/LinkLag", .outOfRange, ["max": String(ScheduleNetwork.maxLagMinutes * 10)])
                    continue
                }
                let format = l.LagFormat ?? MSPDIValues.formatDays
                let lag: Lag
                if MSPDIValues.percentFormats.contains(format) {
                    lag = .percent(hundredths: raw * 100)
                } else {
                    let minutes = raw >= 0 ? (raw + 5) / 10 : -((-raw + 5) / 10)
                    lag = MSPDIValues.elapsedFormats.contains(format) ? .elapsed(minutes: minutes) : .working(minutes: minutes)
                }
                links.append(ScheduleLink(p, i, MSPDIValues.linkTypes[typeCode], lag: lag))
                linkPaths.append(lp)
            }
        }
        return (tasks, details, rows.map(\.UID), links, linkPaths)
    }

    /// MS Project's PERT analysis keeps optimistic, expected and pessimistic durations in
    /// Duration1–3; all three make an estimate.
    private mutating func estimate(_ row: MSTask, path: String) -> ThreePointEstimate? {
        var values: [String: Int64] = [:]
        for (k, a) in (row.ExtendedAttribute ?? []).enumerated() {
            guard let id = a.FieldID, [Self.pertFields.optimistic, Self.pertFields.mostLikely, Self.pertFields.pessimistic].contains(id) else {
                continue
            }
            guard let m = a.Value.flatMap({ MSPDIValues.minutes($0, minutesPerDay: minutesPerDay) }) else {
                errors.add("\(path)/ExtendedAttribute[\(k)]/Value", .invalidDuration)
                continue
            }
            values[id] = m
        }
        guard let o = values[Self.pertFields.optimistic], let m = values[Self.pertFields.mostLikely], let p = values[Self.pertFields.pessimistic]
        else {
            return nil
        }
        let e = ThreePointEstimate(optimistic: o, mostLikely: m, pessimistic: p)
        if !e.isOrdered { errors.add("\(path)/ExtendedAttribute", .outOfRange, ["reason": "optimistic_most_likely_pessimistic_order"]) }
        return e
    }

    // MARK: Values

    private mutating func date(_ text: String?, _ path: String, required: Bool = false) -> LocalDateTime? {
        guard let text, !text.trimmingWhitespace().isEmpty else {
            if required { errors.add(path, .required) }
            return nil
        }
        switch MSPDIValues.dateTime(text) {
        case .success(let d): return d
        case .failure(.outOfRange):
            errors.add(path, Day.InputProblem.outOfRange)
            return nil
        case .failure(.malformed):
            errors.add(path, .invalidDateTime)
            return nil
        }
    }

    private mutating func day(_ text: String?, _ path: String) -> Day? {
        date(text, path, required: true)?.day
    }

    /// The engine's field paths (`tasks[3].duration`, `links[7]`) in terms of the file.
    static func filePath(_ field: String, taskUIDs: [Int], linkPaths: [String], calendarUIDs: [Int]) -> String {
        func split(_ prefix: String) -> (Int, String)? {
            guard field.hasPrefix(prefix + "["), let close = field.firstIndex(of: "]") else { return nil }
            let number = field[field.index(field.startIndex, offsetBy: prefix.count + 1)..<close]
            guard let i = Int(number) else { return nil }
            return (i, String(field[field.index(after: close)...]))
        }
        if let (i, rest) = split("tasks"), taskUIDs.indices.contains(i) {
            return "Tasks/Task[UID=\(taskUIDs[i])]" + rest.replacingOccurrences(of: ".", with: "/")
        }
        if let (i, rest) = split("links"), linkPaths.indices.contains(i) { return linkPaths[i] + rest.replacingOccurrences(of: ".", with: "/") }
        if let (i, rest) = split("calendars"), calendarUIDs.indices.contains(i) {
            return "Calendars/Calendar[UID=\(calendarUIDs[i])]" + rest.replacingOccurrences(of: ".", with: "/")
        }
        return field
    }

    /// XMLCoder's decoding errors as a field error naming the element.
    static func fieldError(for error: DecodingError) -> FieldError {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? "/\($0.stringValue)" }.joined().trimmingPrefix("/").description
        }
        // The tree decoder puts "line N" at the start of its descriptions.
        func line(_ context: DecodingError.Context) -> [String: String] {
            let digits = context.debugDescription.drop { !$0.isNumber }.prefix { $0.isNumber }
            return context.debugDescription.hasPrefix("line ") && !digits.isEmpty ? ["line": String(digits)] : [:]
        }
        switch error {
        case .keyNotFound(let key, let context): return FieldError(path(context.codingPath + [key]), .required, line(context))
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return FieldError(path(context.codingPath), .invalidType, line(context))
        case .dataCorrupted(let context): return FieldError(context.codingPath.isEmpty ? "file" : path(context.codingPath), .invalidFormat)
        @unknown default: return FieldError("file", .invalidFormat)
        }
    }
}
