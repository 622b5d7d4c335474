import Testing

@testable import KeelCore

/// Planned value over working time: random calendars with holidays, make-up working days (调休), half
/// days and week overrides, checked against brute force.
@Suite struct WorkingTimePhasingTests {
    static let origin = Day(iso: "2027-01-04")!

    /// A calendar drawn from `rng`: a week of full, half and odd days, holidays, make-up days with
    /// their own hours, shortened days and now and then a different week for a while.
    static func calendar(_ rng: inout SplitMix64) -> WorkCalendar {
        let full = [WorkInterval(start: 480, end: 720), WorkInterval(start: 780, end: 1_020)]
        let half = [WorkInterval(start: 480, end: 720)]
        let odd = [WorkInterval(start: 360, end: 400), WorkInterval(start: 1_300, end: 1_440)]
        let patterns: [[WorkInterval]] = [full, full, full, half, [], odd]
        var days = (0..<7).map { _ in patterns[Int(rng.next() % UInt64(patterns.count))] }
        if days.allSatisfy(\.isEmpty) { days[0] = full }
        var exceptions: [CalendarException] = []
        for _ in 0..<Int(rng.next() % 12) {
            let from = origin.adding(days: Int(rng.next() % 120))
            let to = from.adding(days: Int(rng.next() % 4))
            switch rng.next() % 3 {
            case 0: exceptions.append(CalendarException(name: "Holiday", from: from, to: to))
            case 1: exceptions.append(CalendarException(name: "Make-up day", from: from, intervals: full))
            default: exceptions.append(CalendarException(name: "Short day", from: from, intervals: half))
            }
        }
        var overrides: [WeekOverride] = []
        if rng.next() % 3 == 0 {
            let from = origin.adding(days: Int(rng.next() % 60))
            overrides.append(WeekOverride(name: "Summer", from: from, to: from.adding(days: 30), week: WorkWeek(days: days.reversed())))
        }
        return WorkCalendar(name: "Random", week: WorkWeek(days: days), weekOverrides: overrides, exceptions: exceptions)
    }

    /// Minute by minute, from the calendar's own rules.
    static func bruteMinutes(_ c: WorkCalendar, _ day: Day, from: Int = 0, to: Int = 1_440) -> Int {
        (from..<max(from, to)).filter { m in c.intervals(on: day).contains { $0.start <= m && m < $0.end } }.count
    }

    @Test func workingMinutesMatchBruteForce() {
        var rng = SplitMix64(seed: 19)
        for _ in 0..<60 {
            let c = Self.calendar(&rng)
            let time = WorkingTime(c)
            for _ in 0..<20 {
                let day = Self.origin.adding(days: Int(rng.next() % 150))
                #expect(time.minutes(on: day) == Self.bruteMinutes(c, day))
                let start = LocalDateTime(day: day, minuteOfDay: Int(rng.next() % 1_440))
                let finish = LocalDateTime(minutes: start.minutes + Int64(rng.next() % 20_000))
                let daily = time.dailyMinutes(from: start, to: finish)
                #expect(daily.count == start.day.days(until: finish.day) + 1)
                for (i, m) in daily.enumerated() {
                    let d = start.day.adding(days: i)
                    let lower = d == start.day ? start.minuteOfDay : 0
                    let upper = d == finish.day ? finish.minuteOfDay : 1_440
                    #expect(Int(m) == Self.bruteMinutes(c, d, from: lower, to: upper))
                }
            }
        }
    }

    /// The property: over random calendars, methods and periods the daily planned value sums to
    /// the budget, never grows on a day without the task's working time, and an even line puts on each
    /// day its share of the working minutes (half a day, half) within the two roundings.
    @Test func dailyPlannedValueFollowsWorkingTime() {
        var rng = SplitMix64(seed: 2027)
        for _ in 0..<200 {
            let c = Self.calendar(&rng)
            let time = WorkingTime(c)
            let start = LocalDateTime(day: Self.origin.adding(days: Int(rng.next() % 60)), minuteOfDay: Int(rng.next() % 1_440))
            let finish = LocalDateTime(minutes: start.minutes + Int64(rng.next() % 90_000))
            let minutes = time.dailyMinutes(from: start, to: finish)
            let total = Int64(1 + rng.next() % 100_000_000_000)
            let method = [PhasingMethod.even, .frontLoaded, .backLoaded][Int(rng.next() % 3)]
            let period = PhasingPeriod.allCases[Int(rng.next() % 3)]
            let segments = BudgetPhasing.spread(total: total, from: start.day, minutes: minutes, method: method, period: period)
            #expect(segments.reduce(0) { $0 + $1.amount } == total)
            let curve = PlannedValueCurve(segments)
            let working = minutes.reduce(Int64(0)) { $0 + Int64($1) }
            var previous: Int64 = 0
            for (i, m) in minutes.enumerated() {
                let day = start.day.adding(days: i)
                let value = curve.value(at: day)
                #expect(value == segments.reduce(0) { $0 + $1.plannedValue(at: day) })
                let added = value - previous
                if working > 0 && m == 0 { #expect(added == 0, "planned value grew on a day off") }
                if working > 0 && method == .even {
                    let exact = Double(total) * Double(m) / Double(working)
                    #expect(abs(Double(added) - exact) <= 2.000_001, "day \(i): \(added) vs \(exact)")
                }
                #expect(added >= 0)
                previous = value
            }
            #expect(previous == total)
            #expect(curve.value(at: start.day.adding(days: -1)) == 0 && curve.value(at: finish.day.adding(days: 1)) == total)
        }
    }

    @Test func halfADayIsHalf() {
        // Thursday full, Friday a half day (an exception), then a full Monday: 480 + 240 + 480 minutes.
        let c = WorkCalendar(
            name: "Short Friday",
            exceptions: [CalendarException(name: "Half day", from: Day(iso: "2027-03-05")!, intervals: [WorkInterval(start: 480, end: 720)])]
        )
        let start = LocalDateTime(iso: "2027-03-04T08:00")!, finish = LocalDateTime(iso: "2027-03-08T17:00")!
        let minutes = WorkingTime(c).dailyMinutes(from: start, to: finish)
        #expect(minutes == [480, 240, 0, 0, 480])
        let curve = PlannedValueCurve(BudgetPhasing.spread(total: 1_200_00, from: start.day, minutes: minutes, method: .even, period: .day))
        #expect(
            ["2027-03-04", "2027-03-05", "2027-03-07", "2027-03-08"].map { curve.value(at: Day(iso: $0)!) } == [480_00, 720_00, 720_00, 1_200_00]
        )
    }

    @Test func periodsAreLabelledAndReadBack() {
        for (iso, week) in [("2027-03-04", "2027-W09"), ("2027-01-01", "2026-W53"), ("2026-12-28", "2026-W53"), ("2027-01-04", "2027-W01")] {
            let day = Day(iso: iso)!
            #expect(PhasingPeriod.week.label(day) == week)
            let monday = PhasingPeriod.week.firstDay(ofLabel: week)!
            #expect(monday.weekday == 1 && PhasingPeriod.week.label(monday) == week && PhasingPeriod.week.bounds(of: day).first == monday)
        }
        #expect(PhasingPeriod.week.firstDay(ofLabel: "2027-W53") == nil)
        // Periods outside the supported years are refused, not trapped on.
        for label in ["9999-W53", "0001-W01", "2199-W53"] { #expect(PhasingPeriod.week.firstDay(ofLabel: label) == nil) }
        #expect(PhasingPeriod.day.firstDay(ofLabel: "0001-01-01") == nil && PhasingPeriod.month.firstDay(ofLabel: "9999-12") == nil)
        #expect(PhasingPeriod.week.label(Day(iso: "9999-12-31")!) == "9999-W52")
        #expect(PhasingPeriod.month.firstDay(ofLabel: "2027-03")?.iso == "2027-03-01")
        #expect(PhasingPeriod.day.firstDay(ofLabel: "2027-02-30") == nil)
        #expect(PhasingPeriod.day.bounds(of: Day(iso: "2027-03-04")!).last.iso == "2027-03-04")
    }

    /// A line stored when planned value accrued by calendar day, phased again: the same months and
    /// amounts on a calendar whose working days are all alike, now accruing over the working minutes.
    @Test func storedLinesArePhasedAgainOverTheSameDays() {
        var rng = SplitMix64(seed: 23)
        let time = WorkingTime(.standard)
        for _ in 0..<100 {
            let first = Self.origin.adding(days: Int(rng.next() % 30))
            let minutes = time.dailyMinutes(from: first, through: first.adding(days: Int(rng.next() % 200)))
            let method = [PhasingMethod.even, .frontLoaded, .backLoaded][Int(rng.next() % 3)]
            let phased = BudgetPhasing.spread(total: Int64(rng.next() % 1_000_000_000), from: first, minutes: minutes, method: method)
            let legacy = phased.map { BudgetSegment(from: $0.from, through: $0.through, amount: $0.amount) }
            #expect(BudgetPhasing.rephase(legacy, method: method, time: time) == phased)
            #expect(BudgetPhasing.rephase(phased, method: method, time: time) == phased)
        }
        // A typed month keeps its amount and accrues over the month's working days.
        let march = BudgetSegment.month(AccountingPeriod(text: "2027-03")!, amount: 2_300)
        let typed = BudgetPhasing.rephase([march], method: .manual, time: time)
        #expect(typed.count == 1 && typed[0].amount == 2_300 && typed[0].from.iso == "2027-03-01" && typed[0].through.iso == "2027-03-31")
        #expect(typed[0].plannedValue(at: Day(iso: "2027-03-05")!) == 500 && typed[0].plannedValue(at: Day(iso: "2027-03-07")!) == 500)
    }

    /// Earned schedule on random calendars: a level-of-effort plan earns exactly as planned, so ES equals
    /// AT at the end of every working day; measured work keeps ES between 0 and PD, growing with EV.
    @Test func earnedScheduleInvariants() throws {
        var rng = SplitMix64(seed: 31)
        for _ in 0..<60 {
            let c = Self.calendar(&rng)
            let time = WorkingTime(c)
            let start = LocalDateTime(day: Self.origin.adding(days: Int(rng.next() % 20)), minuteOfDay: 0)
            let finish = LocalDateTime(minutes: start.minutes + 1_440 * Int64(2 + rng.next() % 60))
            let minutes = time.dailyMinutes(from: start, to: finish)
            guard minutes.contains(where: { $0 > 0 }) else { continue }
            let budget = BudgetPhasing.spread(total: 10_000_000, from: start.day, minutes: minutes, method: .even)
            let effort = try EarnedValueRollup(nodes: [
                EarnedValueNode(parent: nil), EarnedValueNode(parent: 0, leaf: EarnedValueLeaf(budget: budget, method: .levelOfEffort)),
            ])
            let span = try #require(effort.plannedSpan(of: 0))
            for (i, m) in minutes.enumerated() where m > 0 {
                let day = start.day.adding(days: i)
                guard day >= span.lowerBound && day < span.upperBound else { continue }
                let es = try #require(effort.earnedSchedule(of: 0, at: day, time: time, minutesPerDay: 480))
                #expect(abs(es.earnedSchedule - es.actualTime) < 1e-9, "ES \(es.earnedSchedule) AT \(es.actualTime)")
            }
            var last = -1.0
            for percent in stride(from: Int64(0), through: 10_000, by: 625) {
                let measured = try EarnedValueRollup(nodes: [
                    EarnedValueNode(parent: nil),
                    EarnedValueNode(
                        parent: 0,
                        leaf: EarnedValueLeaf(budget: budget, progress: [ProgressRecord(day: span.lowerBound, percent: percent)])
                    ),
                ])
                let es = try #require(measured.earnedSchedule(of: 0, at: span.lowerBound, time: time, minutesPerDay: 480))
                #expect(es.earnedSchedule >= 0 && es.earnedSchedule <= es.plannedDuration + 1e-9 && es.earnedSchedule >= last - 1e-9)
                last = es.earnedSchedule
            }
            #expect(abs(last - (minutes.reduce(0) { $0 + Double($1) } / 480)) < 1e-9)
        }
    }

    @Test func indicesToTheThousandth() {
        #expect(Rounding.threeDecimals(7_200.0 / 7_600.0) == "0.947")
        #expect(Rounding.threeDecimals(0.9125) == "0.913" && Rounding.threeDecimals(-0.0005) == "-0.001")
        #expect(Rounding.thousandths(0.8995) == 0.9 && Rounding.thousandths(2.0 / 3.0) == 0.667)
        // An index from a one-minor-unit cost is huge, never a trap.
        #expect(Rounding.threeDecimals(9.3e15).hasPrefix("9300000000000000.") && !Rounding.threeDecimals(.infinity).isEmpty)
    }
}
