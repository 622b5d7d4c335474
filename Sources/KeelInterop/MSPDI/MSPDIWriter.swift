import Foundation
import KeelCore

/// Writes a `ProjectPlan` as MSPDI that MS Project opens: elements in schema order, a project
/// summary task (UID 0), task UIDs 1…n in outline order, every calendar as a base calendar.
/// When a computed schedule is given, its dates, float and critical flags are written too, so the
/// file shows the same plan before MS Project recalculates.
struct MSPDIWriter {
    let plan: ProjectPlan
    let schedule: Schedule?
    let currency: String

    func document() -> MSProject {
        let net = plan.network
        let mpd = net.minutesPerDay
        let projectCalendar = net.calendars.indices.contains(net.projectCalendar) ? net.calendars[net.projectCalendar] : .standard
        let monday = projectCalendar.week.days[0]
        let hasEstimates = plan.details.contains { $0.estimate != nil }
        return MSProject(
            SaveVersion: 14,
            Name: plan.name,
            Title: plan.name,
            ScheduleFromStart: 1,
            StartDate: net.projectStart.iso,
            FinishDate: (schedule?.projectFinish ?? net.projectStart).iso,
            CriticalSlackLimit: Int(net.criticalThreshold / mpd),
            CurrencyCode: currency,
            CalendarUID: net.projectCalendar + 1,
            DefaultStartTime: MSPDIValues.time(monday.first?.start ?? 480),
            DefaultFinishTime: MSPDIValues.time(monday.last?.end ?? 1_020),
            MinutesPerDay: Int(mpd),
            MinutesPerWeek: Int(mpd * 5),
            DaysPerMonth: 20,
            StatusDate: net.statusDate?.iso,
            ExtendedAttributes: hasEstimates
                ? MSExtendedAttributeDefinitions(ExtendedAttribute: [
                    MSExtendedAttributeDefinition(FieldID: MSPDIReader.pertFields.optimistic, FieldName: "Duration1"),
                    MSExtendedAttributeDefinition(FieldID: MSPDIReader.pertFields.mostLikely, FieldName: "Duration2"),
                    MSExtendedAttributeDefinition(FieldID: MSPDIReader.pertFields.pessimistic, FieldName: "Duration3"),
                ]) : nil,
            Calendars: MSCalendars(Calendar: net.calendars.enumerated().map { calendar($0.element, uid: $0.offset + 1) }),
            Tasks: MSTasks(Task: [summaryTask()] + tasks())
        )
    }

    // MARK: Calendars

    private func calendar(_ c: WorkCalendar, uid: Int) -> MSCalendar {
        MSCalendar(
            UID: uid,
            Name: c.name,
            IsBaseCalendar: 1,
            BaseCalendarUID: -1,
            WeekDays: weekDays(c.week),
            Exceptions: c.exceptions.isEmpty
                ? nil
                : MSExceptions(
                    Exception: c.exceptions.map { e in
                        MSException(
                            EnteredByOccurrences: 0,
                            TimePeriod: period(e.from, e.to),
                            Occurrences: e.from.days(until: e.to) + 1,
                            Name: e.name,
                            Type: 1,
                            Period: 1,
                            DayWorking: e.isWorking ? 1 : 0,
                            WorkingTimes: workingTimes(e.intervals)
                        )
                    }
                ),
            WorkWeeks: c.weekOverrides.isEmpty
                ? nil
                : MSWorkWeeks(
                    WorkWeek: c.weekOverrides.map { MSWorkWeek(TimePeriod: period($0.from, $0.to), Name: $0.name, WeekDays: weekDays($0.week)) }
                )
        )
    }

    private func weekDays(_ week: WorkWeek) -> MSWeekDays {
        // DayType 1 = Sunday … 7 = Saturday; Keel's week starts on Monday.
        MSWeekDays(
            WeekDay: (1...7).map { dayType in
                let hours = week.days[(dayType + 5) % 7]
                return MSWeekDay(DayType: dayType, DayWorking: hours.isEmpty ? 0 : 1, WorkingTimes: workingTimes(hours))
            }
        )
    }

    private func workingTimes(_ intervals: [WorkInterval]) -> MSWorkingTimes? {
        intervals.isEmpty
            ? nil
            : MSWorkingTimes(WorkingTime: intervals.map { MSWorkingTime(FromTime: MSPDIValues.time($0.start), ToTime: MSPDIValues.time($0.end)) })
    }

    private func period(_ from: Day, _ to: Day) -> MSTimePeriod {
        MSTimePeriod(FromDate: LocalDateTime(day: from).iso, ToDate: LocalDateTime(day: to, minuteOfDay: 1_439).iso)
    }

    // MARK: Tasks

    private func summaryTask() -> MSTask {
        var t = MSTask(UID: 0)
        t.ID = 0
        t.Name = plan.name
        t.OutlineNumber = "0"
        t.OutlineLevel = 0
        t.Summary = 1
        if let s = schedule {
            t.Start = s.projectStart.iso
            t.Finish = s.projectFinish.iso
        }
        return t
    }

    private func tasks() -> [MSTask] {
        let net = plan.network
        let mpd = net.minutesPerDay
        var level = [Int](repeating: 1, count: net.tasks.count)
        var outlineNumber = [String](repeating: "", count: net.tasks.count)
        var childCount = [Int](repeating: 0, count: net.tasks.count)
        var topCount = 0
        var hasChildren = [Bool](repeating: false, count: net.tasks.count)
        for (i, t) in net.tasks.enumerated() {
            if let p = t.parent {
                level[i] = level[p] + 1
                childCount[p] += 1
                hasChildren[p] = true
                outlineNumber[i] = "\(outlineNumber[p]).\(childCount[p])"
            } else {
                topCount += 1
                outlineNumber[i] = "\(topCount)"
            }
        }
        var predecessors = [[(Int, ScheduleLink)]](repeating: [], count: net.tasks.count)
        for l in net.links { predecessors[l.successor].append((l.predecessor, l)) }

        return net.tasks.enumerated().map { i, task in
            let d = plan.details.indices.contains(i) ? plan.details[i] : TaskDetails()
            var t = MSTask(UID: i + 1)
            t.ID = i + 1
            t.Name = task.name
            t.WBS = d.wbs.isEmpty ? nil : d.wbs
            t.OutlineNumber = outlineNumber[i]
            t.OutlineLevel = level[i]
            t.Priority = d.priority
            t.Duration = MSPDIValues.duration(task.duration)
            t.DurationFormat = MSPDIValues.formatDays
            t.Milestone = task.isMilestone ? 1 : 0
            t.Summary = hasChildren[i] ? 1 : 0
            if let row = schedule?.tasks[i] {
                t.Start = row.start.iso
                t.Finish = row.finish.iso
                t.Critical = row.isCritical ? 1 : 0
                t.EarlyStart = row.earlyStart.iso
                t.EarlyFinish = row.earlyFinish.iso
                t.LateStart = row.lateStart.iso
                t.LateFinish = row.lateFinish.iso
                t.FreeSlack = Int(row.freeFloat * 10)
                t.TotalSlack = Int(row.totalFloat * 10)
            }
            t.PercentComplete = task.percentComplete
            t.ActualStart = task.actualStart?.iso
            t.ActualFinish = task.actualFinish?.iso
            t.RemainingDuration = task.remaining.map(MSPDIValues.duration)
            t.ConstraintType = MSPDIValues.constraints.firstIndex(of: task.constraint) ?? 0
            t.CalendarUID = task.calendar.map { $0 + 1 } ?? -1
            t.ConstraintDate = task.constraint.needsDate ? task.constraintDate?.iso : nil
            t.Deadline = task.deadline?.iso
            t.Notes = d.notes.isEmpty ? nil : d.notes
            let links = predecessors[i].map { p, l in link(from: p, l, minutesPerDay: mpd) }
            t.PredecessorLink = links.isEmpty ? nil : links
            if let e = d.estimate {
                t.ExtendedAttribute = [
                    (MSPDIReader.pertFields.optimistic, e.optimistic), (MSPDIReader.pertFields.mostLikely, e.mostLikely),
                    (MSPDIReader.pertFields.pessimistic, e.pessimistic),
                ].map { MSExtendedAttributeValue(FieldID: $0.0, Value: MSPDIValues.duration($0.1), DurationFormat: MSPDIValues.formatDays) }
            }
            let baselines = d.baselines.sorted { $0.key < $1.key }.map { n, b in
                MSBaseline(
                    Number: n,
                    Start: b.start.iso,
                    Finish: b.finish.iso,
                    Duration: MSPDIValues.duration(b.duration),
                    DurationFormat: MSPDIValues.formatDays
                )
            }
            t.Baseline = baselines.isEmpty ? nil : baselines
            return t
        }
    }

    private func link(from p: Int, _ l: ScheduleLink, minutesPerDay: Int64) -> MSPredecessorLink {
        let lag: Int64, format: Int
        switch l.lag {
        case .working(let m): (lag, format) = (m * 10, MSPDIValues.formatDays)
        case .elapsed(let m): (lag, format) = (m * 10, MSPDIValues.formatElapsedDays)
        case .percent(let h): (lag, format) = (h / 100, MSPDIValues.formatPercent)
        }
        return MSPredecessorLink(
            PredecessorUID: p + 1,
            Type: MSPDIValues.linkTypes.firstIndex(of: l.type) ?? 1,
            CrossProject: 0,
            LinkLag: Int(lag),
            LagFormat: format
        )
    }
}

extension MSTask {
    init(UID: Int) {
        self.init(
            UID: UID,
            ID: nil,
            Name: nil,
            IsNull: nil,
            WBS: nil,
            OutlineNumber: nil,
            OutlineLevel: nil,
            Priority: nil,
            Start: nil,
            Finish: nil,
            Duration: nil,
            DurationFormat: nil,
            Milestone: nil,
            Summary: nil,
            Critical: nil,
            EarlyStart: nil,
            EarlyFinish: nil,
            LateStart: nil,
            LateFinish: nil,
            FreeSlack: nil,
            TotalSlack: nil,
            PercentComplete: nil,
            ActualStart: nil,
            ActualFinish: nil,
            RemainingDuration: nil,
            ConstraintType: nil,
            CalendarUID: nil,
            ConstraintDate: nil,
            Deadline: nil,
            Notes: nil,
            PredecessorLink: nil,
            ExtendedAttribute: nil,
            Baseline: nil
        )
    }
}

extension MSWeekDay {
    init(DayType: Int, DayWorking: Int?, WorkingTimes: MSWorkingTimes?) {
        self.init(DayType: DayType, DayWorking: DayWorking, TimePeriod: nil, WorkingTimes: WorkingTimes)
    }
}

extension MSException {
    init(
        EnteredByOccurrences: Int,
        TimePeriod: MSTimePeriod,
        Occurrences: Int,
        Name: String,
        Type: Int,
        Period: Int,
        DayWorking: Int,
        WorkingTimes: MSWorkingTimes?
    ) {
        self.init(
            EnteredByOccurrences: EnteredByOccurrences,
            TimePeriod: TimePeriod,
            Occurrences: Occurrences,
            Name: Name,
            Type: Type,
            Period: Period,
            DaysOfWeek: nil,
            MonthItem: nil,
            MonthPosition: nil,
            Month: nil,
            MonthDay: nil,
            DayWorking: DayWorking,
            WorkingTimes: WorkingTimes
        )
    }
}

/// MS Project XML (MSPDI) import and export.
public enum MSPDI {
    /// Files above this are refused before parsing (a 100,000-task export is about 60 MB).
    public static let maxBytes = 64 << 20

    /// Reads an MSPDI file. Malformed or hostile XML, unsupported content and every rule the
    /// scheduler enforces come back as field errors naming the element.
    public static func read(_ data: Data) throws(KeelError) -> MSPDIImport {
        try MSPDIReader.read(data, maxBytes: maxBytes)
    }

    /// Writes a plan (and, when given, its computed schedule) as MSPDI, straight into bytes.
    public static func write(_ plan: ProjectPlan, schedule: Schedule? = nil, currency: String = "CNY") throws -> Data {
        Data(XMLByteWriter.document(MSPDIWriter(plan: plan, schedule: schedule, currency: currency).document()))
    }
}
