/// One stretch of working time within a day, in minutes after midnight: `[start, end)`.
public struct WorkInterval: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// `"08:00"…"12:00"` style construction for readable tables.
    public init?(_ from: String, _ to: String) {
        guard let s = Self.minute(from), let e = Self.minute(to) else { return nil }
        self.init(start: s, end: e)
    }

    public var minutes: Int { end - start }

    /// Parses `HH:MM` or `HH:MM:SS` (seconds zero); `24:00` is the end of the day.
    public static func minute(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || (parts.count == 3 && parts[2] == "00"),
            parts[0].count == 2, parts[1].count == 2,
            let h = Int(parts[0]), let m = Int(parts[1]), (0..<60).contains(m), h >= 0, h * 60 + m <= 1_440
        else { return nil }
        return h * 60 + m
    }

    public static func text(_ minute: Int) -> String {
        let h = minute / 60, m = minute % 60
        return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
    }
}

/// Working hours for each day of a week, Monday first.
public struct WorkWeek: Hashable, Sendable {
    /// Seven entries; index 0 is Monday, 6 is Sunday. An empty entry is a day off.
    public var days: [[WorkInterval]]

    public init(days: [[WorkInterval]]) { self.days = days }

    public func intervals(weekday isoWeekday: Int) -> [WorkInterval] { days[isoWeekday - 1] }

    /// Monday to Friday, 08:00–12:00 and 13:00–17:00: 8 hours a day, 40 a week.
    public static let standard: WorkWeek = {
        let day = [WorkInterval(start: 480, end: 720), WorkInterval(start: 780, end: 1_020)]
        return WorkWeek(days: [day, day, day, day, day, [], []])
    }()

    /// Every minute of every day (machines, curing concrete, 24/7 operations).
    public static let allDay = WorkWeek(days: Array(repeating: [WorkInterval(start: 0, end: 1_440)], count: 7))

    public var minutesPerWeek: Int { days.reduce(0) { $0 + $1.reduce(0) { $0 + $1.minutes } } }
}

/// A dated change to the usual week: a holiday (no intervals) or a working day with its own hours
/// (a make-up working day, 调休, or a shortened day). Covers `from…to` inclusive.
public struct CalendarException: Hashable, Sendable {
    public var name: String
    public var from: Day
    public var to: Day
    public var intervals: [WorkInterval]

    public init(name: String, from: Day, to: Day? = nil, intervals: [WorkInterval] = []) {
        self.name = name
        self.from = from
        self.to = to ?? from
        self.intervals = intervals
    }

    public var isWorking: Bool { !intervals.isEmpty }
}

/// A different week pattern for a range of dates (summer hours, a night-shift period).
public struct WeekOverride: Hashable, Sendable {
    public var name: String
    public var from: Day
    public var to: Day
    public var week: WorkWeek

    public init(name: String, from: Day, to: Day, week: WorkWeek) {
        self.name = name
        self.from = from
        self.to = to
        self.week = week
    }
}

/// When work can happen: a week pattern, dated week overrides and dated exceptions. Exceptions win
/// over overrides, overrides over the week; among overlapping exceptions the later one in the list wins.
public struct WorkCalendar: Hashable, Sendable {
    public var name: String
    public var week: WorkWeek
    public var weekOverrides: [WeekOverride]
    public var exceptions: [CalendarException]

    public init(name: String, week: WorkWeek = .standard, weekOverrides: [WeekOverride] = [], exceptions: [CalendarException] = []) {
        self.name = name
        self.week = week
        self.weekOverrides = weekOverrides
        self.exceptions = exceptions
    }

    public static let standard = WorkCalendar(name: "Standard")
    public static let maxExceptions = 5_000
    public static let maxIntervalsPerDay = 48
    public static let maxWeekOverrides = 200
    /// Days covered by all exceptions together (a century of holidays is about 1,500).
    public static let maxExceptionDays = 40_000
    public static let twentyFourHours = WorkCalendar(name: "24 Hours", week: .allDay)

    /// The working intervals of one day after exceptions and overrides.
    public func intervals(on day: Day) -> [WorkInterval] {
        for exception in exceptions.reversed() where exception.from <= day && day <= exception.to {
            return exception.intervals
        }
        for override in weekOverrides.reversed() where override.from <= day && day <= override.to {
            return override.week.intervals(weekday: day.weekday)
        }
        return week.intervals(weekday: day.weekday)
    }

    public func isWorking(_ day: Day) -> Bool { !intervals(on: day).isEmpty }

    /// Every rule a calendar must satisfy, with `field` as the prefix of the error paths.
    public func check(field: String, into errors: inout FieldErrors) {
        if name.trimmingWhitespace().isEmpty { errors.add("\(field).name", .required) }
        if name.count > 200 { errors.add("\(field).name", .tooLong, ["max": "200"]) }
        Self.check(week: week, field: "\(field).week", into: &errors)
        // A week without any working time would make every duration infinite.
        if week.minutesPerWeek == 0 { errors.add("\(field).week", .required, ["reason": "no_working_time"]) }
        // Every exception day is unrolled for each schedule (and each simulation thread): bounded, so
        // that one calendar cannot take gigabytes.
        if weekOverrides.count > Self.maxWeekOverrides {
            errors.add("\(field).week_overrides", .outOfRange, ["min": "0", "max": String(Self.maxWeekOverrides)])
        }
        if exceptions.count > Self.maxExceptions {
            errors.add("\(field).exceptions", .outOfRange, ["min": "0", "max": String(Self.maxExceptions)])
        } else if exceptions.reduce(0, { $0 + max(0, min($1.from.days(until: $1.to), 3_660)) + 1 }) > Self.maxExceptionDays {
            errors.add("\(field).exceptions", .outOfRange, ["reason": "too_many_days", "max": String(Self.maxExceptionDays)])
        }
        for (i, o) in weekOverrides.enumerated() {
            let f = "\(field).week_overrides[\(i)]"
            if o.to < o.from { errors.add("\(f).to", .beforeStart) }
            if o.from.days(until: o.to) > 3_660 { errors.add("\(f).to", .outOfRange, ["min": "1", "max": "3660 days"]) }
            Self.check(week: o.week, field: "\(f).week", into: &errors)
        }
        for (i, e) in exceptions.enumerated() {
            let f = "\(field).exceptions[\(i)]"
            if e.to < e.from { errors.add("\(f).to", .beforeStart) }
            if e.from.days(until: e.to) > 3_660 { errors.add("\(f).to", .outOfRange, ["min": "1", "max": "3660 days"]) }
            if e.name.count > 200 { errors.add("\(f).name", .tooLong, ["max": "200"]) }
            Self.check(intervals: e.intervals, field: "\(f).intervals", into: &errors)
        }
    }

    static func check(week: WorkWeek, field: String, into errors: inout FieldErrors) {
        guard week.days.count == 7 else {
            errors.add(field, .outOfRange, ["min": "7", "max": "7"])
            return
        }
        for (d, intervals) in week.days.enumerated() {
            check(intervals: intervals, field: "\(field)[\(d)]", into: &errors)
        }
    }

    /// Intervals must lie within the day, be non-empty, sorted and not overlap.
    static func check(intervals: [WorkInterval], field: String, into errors: inout FieldErrors) {
        // MS Project keeps five working periods a day; a few dozen is already more than any shift plan.
        guard intervals.count <= Self.maxIntervalsPerDay else {
            return errors.add(field, .outOfRange, ["min": "0", "max": String(Self.maxIntervalsPerDay)])
        }
        var previousEnd = -1
        for (i, iv) in intervals.enumerated() {
            if iv.start < 0 || iv.end > 1_440 || iv.start >= iv.end || iv.start < previousEnd {
                errors.add("\(field)[\(i)]", .outOfRange, ["min": "00:00", "max": "24:00"])
            }
            previousEnd = iv.end
        }
    }
}
