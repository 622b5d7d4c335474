import Testing

@testable import KeelCore

@Suite struct DayTests {
    @Test func parsesAndPrintsISO() throws {
        let d = try #require(Day(iso: "2027-01-04"))
        #expect(d.iso == "2027-01-04")
        #expect(d.weekday == 1)  // a Monday
        #expect(Day(iso: "1970-01-01")?.ordinal == 0)
        #expect(Day(iso: "1970-01-01")?.weekday == 4)  // Thursday
    }

    @Test(arguments: ["2027-02-29", "2026-13-01", "2026-00-10", "2026-1-1", "20260101", "2026-01-32", "abcd-ef-gh", ""])
    func rejectsInvalid(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func leapYears() {
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2000-02-29") != nil)
        #expect(Day(iso: "1900-02-29") == nil)
    }

    @Test func roundTripsEveryDayOverFourCenturies() {
        // Ordinal → civil → ordinal is exact for every day, which pins the calendar arithmetic.
        let start = Day(iso: "1900-01-01")!.ordinal
        let end = Day(iso: "2300-12-31")!.ordinal
        var previous: Day?
        for o in start...end {
            let d = Day(ordinal: o)
            let c = d.components
            #expect(Day(year: c.year, month: c.month, day: c.day) == d)
            if let p = previous { #expect(p.days(until: d) == 1) }
            previous = d
        }
    }

    @Test func inputDaysKeepToTheSupportedRange() {
        #expect(SupportedRange.earliestDay == Day(iso: "1900-01-01") && SupportedRange.latestDay == Day(iso: "2199-12-31"))
        #expect(Day(input: "1900-01-01") != nil && Day(input: "2199-12-31") != nil)
        for text in ["1899-12-31", "2200-01-01", "0001-01-01", "9999-12-31"] {
            #expect(Day.parse(input: text) == .failure(.outOfRange), "\(text)")
            #expect(Day(iso: text) != nil)  // stored values of older versions still read
        }
        #expect(Day.parse(input: "2026-02-30") == .failure(.malformed))
        #expect(LocalDateTime.parse(input: "2200-01-01T08:00") == .failure(.outOfRange))
        var errors = FieldErrors()
        #expect(errors.day("when", "9999-12-31") == nil)
        #expect(errors.all == [FieldError("when", .outOfRange, ["min": "1900-01-01", "max": "2199-12-31"])])
    }

    @Test func accountingPeriodsOfAnyYearHaveTheirDays() {
        for text in ["0001-01-01", "9999-12-31", "1899-12-31", "2026-03-15"] {
            let d = Day(iso: text)!
            let p = AccountingPeriod(containing: d)
            #expect(p.firstDay <= d && d <= p.lastDay)
            #expect(p.adding(months: 1).firstDay == p.lastDay.adding(days: 1))
            #expect(p.adding(months: -1).lastDay == p.firstDay.adding(days: -1))
        }
        // Past year 9999 too (a due date 9999-12-31 plus terms), without a trap.
        let beyond = AccountingPeriod(containing: Day(iso: "9999-12-31")!.adding(days: 365))
        #expect(beyond.year == 10_000 && beyond.firstDay < beyond.lastDay)
        #expect(AccountingPeriod(text: "2200-01") == nil && AccountingPeriod(text: "2199-12") != nil)
        #expect(Day(ordinal: .max).adding(days: 10) == Day(ordinal: .max))
        #expect(Day(ordinal: .min).days(until: Day(ordinal: .max)) == Int(Int32.max) - Int(Int32.min))
    }
}
