/// A calendar's working minutes, day by day: what planned value accrues along.
///
/// The exceptions are unrolled once into a table, so asking about a day costs a dictionary lookup
/// (plus the few week overrides), whatever the number of holidays.
public struct WorkingTime: Sendable {
    public let calendar: WorkCalendar
    private let exceptionDays: [Int32: [WorkInterval]]

    /// The longest stretch asked about at once (a century): a task or a plan cannot be longer, and a
    /// bounded answer keeps one request from taking the memory of the process.
    public static let maxDays = 36_600

    public init(_ calendar: WorkCalendar) {
        self.calendar = calendar
        var days: [Int32: [WorkInterval]] = [:]
        for exception in calendar.exceptions where exception.from <= exception.to {
            var d = exception.from.ordinal
            let last = min(exception.to.ordinal, exception.from.ordinal &+ 3_660)
            while d <= last {
                days[d] = exception.intervals
                d += 1
            }
        }
        exceptionDays = days
    }

    /// The day's working intervals after exceptions and overrides (as `WorkCalendar.intervals(on:)`).
    public func intervals(on day: Day) -> [WorkInterval] {
        if let e = exceptionDays[day.ordinal] { return e }
        for override in calendar.weekOverrides.reversed() where override.from <= day && day <= override.to {
            return override.week.intervals(weekday: day.weekday)
        }
        return calendar.week.intervals(weekday: day.weekday)
    }

    /// Working minutes of the whole day.
    public func minutes(on day: Day) -> Int { minutes(on: day, from: 0, to: 1_440) }

    /// Working minutes of the day between minute `from` and minute `to` after midnight.
    public func minutes(on day: Day, from: Int, to: Int) -> Int {
        intervals(on: day).reduce(0) { $0 + max(0, min($1.end, to) - max($1.start, from)) }
    }

    /// Working minutes of each day from `from` through `through` (at most `maxDays` entries).
    public func dailyMinutes(from: Day, through: Day) -> [Int32] {
        guard from <= through else { return [] }
        let count = min(from.days(until: through) + 1, Self.maxDays)
        return (0..<count).map { Int32(minutes(on: from.adding(days: $0))) }
    }

    /// Working minutes of each day from `start`'s day through `finish`'s day that lie between the two
    /// moments: a task's own working time, day by day (its first and last days may be partial).
    public func dailyMinutes(from start: LocalDateTime, to finish: LocalDateTime) -> [Int32] {
        guard start <= finish else { return [] }
        let first = start.day, last = finish.day
        let count = min(first.days(until: last) + 1, Self.maxDays)
        return (0..<count).map { i in
            let day = first.adding(days: i)
            let lower = day == first ? start.minuteOfDay : 0
            let upper = day == last ? finish.minuteOfDay : 1_440
            return Int32(minutes(on: day, from: lower, to: upper))
        }
    }

    /// The moment the day's working time ends (midnight at its start on a day without work): what a
    /// status date given as a bare day means. Work that runs to midnight ends at 23:59, so that the
    /// moment still names the day it closes.
    public func endOfWork(on day: Day) -> LocalDateTime {
        LocalDateTime(day: day, minuteOfDay: min(1_439, intervals(on: day).map(\.end).max() ?? 0))
    }
}
