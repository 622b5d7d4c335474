/// A calendar unrolled into a running count of working minutes.
///
/// The CPM engine does all of its arithmetic on these counts ("ordinals"): adding three working days
/// is an integer addition, comparing two dates is an integer comparison. Only at the edges — reading
/// a date in, writing one out, crossing into a task with another calendar — does a wall time get
/// converted, with a table lookup one way and a binary search the other.
///
/// One ordinal can stand for several wall times: the ordinal reached at Friday 17:00 is the same as
/// at Monday 08:00, because no work lies between them. The engine therefore carries one extra bit,
/// see `TimeCode`: the *finish* reading (the earliest such wall time, Friday 17:00) or the *start*
/// reading (the latest, Monday 08:00). That is exactly the distinction Microsoft Project draws between
/// a finish at the end of a working period and a start at the beginning of the next one.
final class CalendarTimeline {
    let calendar: WorkCalendar
    // The engine owns each timeline alone; unchecked exclusivity keeps the hot lookups free of
    // runtime access tracking.
    @exclusivity(unchecked) private(set) var firstDay: Int64
    /// `cum[i]`: working minutes between the origin and the start of day `firstDay + i`; one more
    /// entry than there are days, so `cum[i + 1] - cum[i]` is day `i`'s working time.
    @exclusivity(unchecked) private var cum: [Int64] = [0]
    @exclusivity(unchecked) private var patternOfDay: [Int32] = []
    @exclusivity(unchecked) private var patterns: [DayPattern] = []
    /// `bucket[b]`: the last day index `i` with `cum[i] <= cum[0] + b << bucketShift`, so that
    /// finding the day of an ordinal is a table lookup and a search over a day or two.
    @exclusivity(unchecked) private var bucket: [Int32] = []
    @exclusivity(unchecked) private var bucketShift: Int64 = 8
    @exclusivity(unchecked) private var patternIDs: [[WorkInterval]: Int32] = [:]
    private let exceptionDays: [Int64: [WorkInterval]]
    /// Set when a date would fall outside years 1…9999; the engine reports it as an error.
    @exclusivity(unchecked) private(set) var overflowed = false

    private static let lowestDay: Int64 = -719_162  // 0001-01-01
    private static let highestDay: Int64 = 2_932_896  // 9999-12-31

    init(calendar: WorkCalendar, origin: Day) {
        self.calendar = calendar
        var days: [Int64: [WorkInterval]] = [:]
        for exception in calendar.exceptions {
            var d = Int64(exception.from.ordinal)
            while d <= Int64(exception.to.ordinal) {
                days[d] = exception.intervals
                d += 1
            }
        }
        exceptionDays = days
        firstDay = Int64(origin.ordinal)
        append(days: 400)
        prepend(days: 60)
        rebuildBuckets()
    }

    // MARK: Wall time → ordinal

    /// Working minutes between the origin and `wall`.
    func ordinal(at wall: Int64) -> Int64 {
        let day = LocalDateTime.floorDiv(wall, LocalDateTime.minutesPerDay)
        let i = index(ofDay: day)
        let minute = Int(wall - day * LocalDateTime.minutesPerDay)
        guard i >= 0 else { return cum[0] }
        guard i < patternOfDay.count else { return cum[cum.count - 1] }
        return cum[i] + Int64(patterns[Int(patternOfDay[i])].prefix[minute])
    }

    func isWorking(minute wall: Int64) -> Bool {
        let day = LocalDateTime.floorDiv(wall, LocalDateTime.minutesPerDay)
        let i = index(ofDay: day)
        guard i >= 0, i < patternOfDay.count else { return false }
        let p = patterns[Int(patternOfDay[i])]
        let m = Int(wall - day * LocalDateTime.minutesPerDay)
        return p.prefix[m + 1] != p.prefix[m]
    }

    /// The code of a wall time: the finish reading when the time is the end of a working period,
    /// else the start reading (a time inside working hours reads the same both ways).
    func encode(_ wall: Int64) -> Int64 {
        let k = ordinal(at: wall)
        let endsPeriod = isWorking(minute: wall - 1) && !isWorking(minute: wall)
        return TimeCode.make(k, start: !endsPeriod)
    }

    // MARK: Ordinal → wall time

    /// The wall time of a code: where working minute `k` starts (start reading) or where
    /// working minute `k - 1` ends (finish reading).
    func decode(_ code: Int64) -> Int64 {
        let k = TimeCode.ordinal(code)
        if TimeCode.isStart(code) {
            // Day i with cum[i] <= k < cum[i + 1].
            while k < cum[0], growBackward() {}
            while k >= cum[cum.count - 1], growForward() {}
            if k < cum[0] || k >= cum[cum.count - 1] { return overflowWall(k < cum[0]) }
            let i = lastIndex(atMost: k)
            let p = patterns[Int(patternOfDay[i])]
            return (firstDay + Int64(i)) * LocalDateTime.minutesPerDay + Int64(p.starts[Int(k - cum[i])])
        } else {
            // Day i with cum[i] < k <= cum[i + 1].
            while k <= cum[0], growBackward() {}
            while k > cum[cum.count - 1], growForward() {}
            if k <= cum[0] || k > cum[cum.count - 1] { return overflowWall(k <= cum[0]) }
            let i = lastIndex(atMost: k - 1)
            let p = patterns[Int(patternOfDay[i])]
            return (firstDay + Int64(i)) * LocalDateTime.minutesPerDay + Int64(p.starts[Int(k - 1 - cum[i])]) + 1
        }
    }

    /// The latest start reading whose wall time is not after `wall`: the ordinal itself inside
    /// working time, else the last working minute before it. Used where a date is an upper bound
    /// for a start, so that snapping to the next working moment cannot break the bound.
    func floorStart(_ wall: Int64) -> Int64 {
        let k = ordinal(at: wall)
        return TimeCode.make(isWorking(minute: wall) ? k : k - 1, start: true)
    }

    /// Moves a code by `minutes` of wall-clock (elapsed) time.
    func addElapsed(_ code: Int64, _ minutes: Int64) -> Int64 {
        minutes == 0 ? code : encode(decode(code) + minutes)
    }

    // MARK: Unrolling

    /// Largest i with cum[i] <= k (cum is non-decreasing and cum[0] <= k < cum.last).
    @inline(__always) private func lastIndex(atMost k: Int64) -> Int {
        let b = Int((k - cum[0]) >> bucketShift)
        var lo = Int(bucket[b])
        var hi = b + 1 < bucket.count ? Int(bucket[b + 1]) : cum.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) >> 1
            if cum[mid] <= k { lo = mid } else { hi = mid - 1 }
        }
        return min(lo, patternOfDay.count - 1)
    }

    /// Rebuilds `bucket` after the range grows, with buckets about half a working day wide so the
    /// table stays small on any calendar.
    private func rebuildBuckets() {
        let span = cum[cum.count - 1] - cum[0]
        let perDay = max(1, span / Int64(max(1, patternOfDay.count)))
        bucketShift = Int64(max(4, Int64.bitWidth - perDay.leadingZeroBitCount - 1))
        let count = Int(span >> bucketShift) + 1
        var table = [Int32](repeating: 0, count: count)
        var i = 0
        for b in 0..<count {
            let base = cum[0] + Int64(b) << bucketShift
            while i + 1 < cum.count && cum[i + 1] <= base { i += 1 }
            table[b] = Int32(i)
        }
        bucket = table
    }

    /// Index of a day in the unrolled range, growing the range to reach it.
    private func index(ofDay day: Int64) -> Int {
        while day < firstDay, growBackward() {}
        while day >= firstDay + Int64(patternOfDay.count), growForward() {}
        return Int(day - firstDay)
    }

    private func overflowWall(_ low: Bool) -> Int64 {
        overflowed = true
        return (low ? Self.lowestDay : Self.highestDay) * LocalDateTime.minutesPerDay
    }

    private func growForward() -> Bool {
        let last = firstDay + Int64(patternOfDay.count)
        guard last <= Self.highestDay else {
            overflowed = true
            return false
        }
        append(days: Int(min(Int64(max(patternOfDay.count, 366)), Self.highestDay - last + 1)))
        rebuildBuckets()
        return true
    }

    private func growBackward() -> Bool {
        guard firstDay > Self.lowestDay else {
            overflowed = true
            return false
        }
        prepend(days: Int(min(Int64(max(patternOfDay.count, 366)), firstDay - Self.lowestDay)))
        rebuildBuckets()
        return true
    }

    private func append(days n: Int) {
        let start = firstDay + Int64(patternOfDay.count)
        patternOfDay.reserveCapacity(patternOfDay.count + n)
        cum.reserveCapacity(cum.count + n)
        for d in start..<(start + Int64(n)) {
            let id = patternID(for: intervals(onDay: d))
            patternOfDay.append(id)
            cum.append(cum[cum.count - 1] + patterns[Int(id)].total)
        }
    }

    private func prepend(days n: Int) {
        let newFirst = firstDay - Int64(n)
        var ids: [Int32] = []
        ids.reserveCapacity(n)
        for d in newFirst..<firstDay { ids.append(patternID(for: intervals(onDay: d))) }
        var newCum = [Int64](repeating: 0, count: n)
        var running = cum[0]
        for i in stride(from: n - 1, through: 0, by: -1) {
            running -= patterns[Int(ids[i])].total
            newCum[i] = running
        }
        cum = newCum + cum
        patternOfDay = ids + patternOfDay
        firstDay = newFirst
    }

    private func intervals(onDay d: Int64) -> [WorkInterval] {
        if let e = exceptionDays[d] { return e }
        let day = Day(ordinal: Int32(d))
        for override in calendar.weekOverrides.reversed() where override.from <= day && day <= override.to {
            return override.week.intervals(weekday: day.weekday)
        }
        return calendar.week.intervals(weekday: day.weekday)
    }

    private func patternID(for intervals: [WorkInterval]) -> Int32 {
        if let id = patternIDs[intervals] { return id }
        let id = Int32(patterns.count)
        patterns.append(DayPattern(intervals))
        patternIDs[intervals] = id
        return id
    }
}

/// One day's working hours as lookup tables.
private struct DayPattern {
    /// `prefix[m]`: working minutes before minute `m` of the day (1,441 entries).
    let prefix: [Int32]
    /// `starts[r]`: the minute of the day at which the day's `r`-th working minute starts.
    let starts: [Int16]
    let total: Int64

    init(_ intervals: [WorkInterval]) {
        var prefix = [Int32](repeating: 0, count: 1_441)
        var starts: [Int16] = []
        var working = [Bool](repeating: false, count: 1_440)
        for iv in intervals { for m in max(0, iv.start)..<min(1_440, iv.end) { working[m] = true } }
        var count: Int32 = 0
        for m in 0..<1_440 {
            prefix[m] = count
            if working[m] {
                starts.append(Int16(m))
                count += 1
            }
        }
        prefix[1_440] = count
        self.prefix = prefix
        self.starts = starts
        self.total = Int64(count)
    }
}

/// A point in time on one calendar's working-minute axis, packed in an `Int64` as
/// `2 × ordinal + reading` (reading 1 = start, 0 = finish). Plain integer comparison orders codes
/// exactly as their wall times are ordered.
enum TimeCode {
    @inline(__always) static func make(_ ordinal: Int64, start: Bool) -> Int64 { ordinal &* 2 &+ (start ? 1 : 0) }
    @inline(__always) static func ordinal(_ code: Int64) -> Int64 { code >> 1 }
    @inline(__always) static func isStart(_ code: Int64) -> Bool { code & 1 == 1 }
    /// The start reading: the next moment work can start.
    @inline(__always) static func startReading(_ code: Int64) -> Int64 { code | 1 }
    /// The finish reading: the end of the last working period before.
    @inline(__always) static func finishReading(_ code: Int64) -> Int64 { code & ~1 }

    /// Adds working minutes the way a scheduler does: moving forward ends at the end of a working
    /// period (finish reading); moving back ends at the start of one (start reading).
    @inline(__always) static func add(_ code: Int64, _ minutes: Int64) -> Int64 {
        // Written as a select rather than an early return, so hot loops compile without a branch.
        let moved = make(ordinal(code) &+ minutes, start: minutes < 0)
        return minutes == 0 ? code : moved
    }
}
