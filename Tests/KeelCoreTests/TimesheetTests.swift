import Testing

@testable import KeelCore

/// Weekly timesheets: the week, the hours rules, dated rates and the labour cost they price.
@Suite struct TimesheetTests {
    let alice = ID<User>()
    let bob = ID<User>()
    let account = ID<CostAccount>()
    let other = ID<CostAccount>()
    let monday = Day(iso: "2026-11-23")!

    func day(_ iso: String) -> Day { Day(iso: iso)! }

    func problems(_ entries: [TimeEntry], closed: [String] = []) -> [String] {
        var errors = FieldErrors()
        TimesheetRules.check(entries, weekStart: monday, closedPeriods: Set(closed.map { AccountingPeriod(text: $0)! }), into: &errors)
        return errors.all.map { "\($0.field):\($0.code.rawValue)" }
    }

    @Test func weeksStartOnMonday() {
        #expect(Timesheet.weekStart(containing: day("2026-11-23")) == monday)
        #expect(Timesheet.weekStart(containing: day("2026-11-27")) == monday)  // Friday
        #expect(Timesheet.weekStart(containing: day("2026-11-29")) == monday)  // Sunday
        #expect(Timesheet.weekStart(containing: day("2026-11-30")) == day("2026-11-30"))
        #expect(Timesheet(projectID: ID(), userID: alice, weekStart: monday).days.last == day("2026-11-29"))
    }

    @Test func theRateInForceIsTheLatestStartedOne() {
        let table = CostRateTable([
            CostRate(userID: alice, effectiveFrom: day("2026-12-01"), hourly: 30_000),
            CostRate(userID: alice, effectiveFrom: day("2026-01-01"), hourly: 25_000),
            CostRate(userID: bob, effectiveFrom: day("2026-06-01"), hourly: 18_000),
        ])
        #expect(table.rate(of: alice, on: day("2025-12-31")) == nil)
        #expect(table.rate(of: alice, on: day("2026-01-01"))?.hourly == 25_000)
        #expect(table.rate(of: alice, on: day("2026-11-30"))?.hourly == 25_000)
        #expect(table.rate(of: alice, on: day("2026-12-01"))?.hourly == 30_000)
        #expect(table.rate(of: alice, on: day("2030-01-01"))?.hourly == 30_000)
        #expect(table.rate(of: bob, on: day("2026-05-31")) == nil)
        #expect(table.rate(of: ID(), on: day("2026-06-01")) == nil)
    }

    @Test func labourCostIsHoursTimesRateRoundedHalfAwayFromZero() {
        // 7.5 h at 250.00/h = 1,875.00.
        #expect(TimeEntry.cost(centihours: 750, hourly: 25_000) == 187_500)
        // 0.33 h at 0.05/h = 0.0165 → 0.02 (half away from zero at the third decimal is 0.0165 → 2 minor).
        #expect(TimeEntry.cost(centihours: 33, hourly: 5) == 2)
        // 0.1 h at 0.05/h = 0.005 → 0.01; 0.09 h at 0.05/h = 0.0045 → 0.00.
        #expect(TimeEntry.cost(centihours: 10, hourly: 5) == 1)
        #expect(TimeEntry.cost(centihours: 9, hourly: 5) == 0)
        // The largest day at the largest rate stays exact.
        #expect(TimeEntry.cost(centihours: 2_400, hourly: CostRate.maxHourly) == 2_400_000_000)
    }

    @Test func aGoodWeekPassesTheRules() {
        let entries = [
            TimeEntry(costAccountID: account, day: monday, centihours: 800),
            TimeEntry(costAccountID: other, day: monday, centihours: 1_600),  // 24 h on one day is the most
            TimeEntry(costAccountID: account, day: day("2026-11-29"), centihours: 25),
        ]
        #expect(problems(entries).isEmpty)
    }

    @Test func badHoursAreAllReported() {
        let entries = [
            TimeEntry(costAccountID: account, day: day("2026-11-22"), centihours: 100),  // Sunday before
            TimeEntry(costAccountID: account, day: day("2026-11-30"), centihours: 100),  // Monday after
            TimeEntry(costAccountID: account, day: monday, centihours: 0),
            TimeEntry(costAccountID: account, day: day("2026-11-24"), centihours: 2_401),
            TimeEntry(costAccountID: account, day: day("2026-11-25"), centihours: 400),
            TimeEntry(costAccountID: account, day: day("2026-11-25"), centihours: 400),  // same account and day twice
            TimeEntry(costAccountID: account, day: day("2026-11-26"), centihours: 1_300),
            TimeEntry(costAccountID: other, day: day("2026-11-26"), centihours: 1_200),  // 25 h on Thursday
        ]
        #expect(
            problems(entries) == [
                "entries[0].day:out_of_range", "entries[1].day:out_of_range", "entries[2].hours:out_of_range", "entries[3].hours:out_of_range",
                "entries[5].cost_account_id:duplicate", "entries[7].hours:out_of_range",
            ]
        )
    }

    @Test func hoursInAClosedPeriodAreRefused() {
        // The week of 28 December 2026 runs into January: only the December days are closed.
        let monday = day("2026-12-28")
        var errors = FieldErrors()
        let entries = [
            TimeEntry(costAccountID: account, day: day("2026-12-31"), centihours: 800),
            TimeEntry(costAccountID: account, day: day("2027-01-01"), centihours: 800),
        ]
        TimesheetRules.check(entries, weekStart: monday, closedPeriods: [AccountingPeriod(text: "2026-12")!], into: &errors)
        #expect(errors.all.map { "\($0.field):\($0.code.rawValue)" } == ["entries[0].day:period_closed"])
    }

    @Test func pricingUsesTheRateOfEachDayAndReportsMissingOnes() {
        let rates = CostRateTable([
            CostRate(userID: alice, effectiveFrom: day("2026-11-25"), hourly: 20_000),
            CostRate(userID: alice, effectiveFrom: day("2026-11-27"), hourly: 22_000),
        ])
        let entries = [
            TimeEntry(costAccountID: account, day: day("2026-11-24"), centihours: 800),
            TimeEntry(costAccountID: account, day: day("2026-11-26"), centihours: 800),
            TimeEntry(costAccountID: account, day: day("2026-11-27"), centihours: 450),
        ]
        var errors = FieldErrors()
        let priced = TimesheetRules.price(entries, of: alice, rates: rates, into: &errors)
        #expect(errors.all.map { "\($0.field):\($0.code.rawValue)" } == ["entries[0].rate:required"])
        #expect(priced.map(\.cost) == [nil, 160_000, 99_000])
    }

    @Test func nobodyDecidesTheirOwnHoursAndOnlySubmittedOnesAreDecided() {
        var sheet = Timesheet(projectID: ID(), userID: alice, weekStart: monday, status: .submitted)
        #expect(throws: TimesheetRules.Refusal.ownTimesheet) { try TimesheetRules.checkDecision(sheet, decider: alice) }
        #expect(throws: Never.self) { try TimesheetRules.checkDecision(sheet, decider: bob) }
        for status in [TimesheetStatus.draft, .rejected, .approved] {
            sheet.status = status
            #expect(throws: TimesheetRules.Refusal.notSubmitted(status)) { try TimesheetRules.checkDecision(sheet, decider: bob) }
        }
    }

    @Test func labourPostsCostAgainstPayroll() {
        let e = LedgerEntry(projectID: ID(), kind: .labour, date: monday, costAccountID: account, amount: Money(minor: 187_500, currency: .cny))
        #expect(e.lines.map(\.account) == [.projectCost, .payrollLiabilities])
        #expect(TrialBalance([e, e.reversal(date: monday, memo: "wrong week")]).balances.values.allSatisfy { $0 == 0 })
        #expect(LedgerEntryKind.costKinds == [.actualCost, .accrual, .labour])
    }
}
