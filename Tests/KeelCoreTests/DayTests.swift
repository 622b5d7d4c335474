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
}
