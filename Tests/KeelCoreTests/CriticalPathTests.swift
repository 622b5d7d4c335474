import Testing

@testable import KeelCore

/// Worked examples from docs/scheduling.md. The project starts Monday 2026-03-02 08:00 on the
/// standard calendar (Mon–Fri 08:00–12:00, 13:00–17:00) unless a test says otherwise.
@Suite struct CriticalPathTests {
    static let day: Int64 = 480

    func dt(_ s: String) -> LocalDateTime { LocalDateTime(iso: s)! }

    func run(
        _ tasks: [ScheduleTask],
        _ links: [ScheduleLink] = [],
        calendars: [WorkCalendar] = [.standard],
        status: String? = nil
    ) throws -> Schedule {
        try CriticalPathEngine.schedule(
            ScheduleNetwork(
                projectStart: dt("2026-03-02T08:00"),
                statusDate: status.map(dt),
                calendars: calendars,
                tasks: tasks,
                links: links
            )
        )
    }

    func task(_ name: String, days: Int64, parent: Int? = nil) -> ScheduleTask {
        ScheduleTask(name: name, parent: parent, duration: days * Self.day)
    }

    @Test func finishToStartChainAndFloat() throws {
        let s = try run([task("A", days: 3), task("B", days: 2), task("C", days: 1)], [ScheduleLink(0, 1)])
        #expect(s.tasks[0].start == dt("2026-03-02T08:00"))
        #expect(s.tasks[0].finish == dt("2026-03-04T17:00"))
        #expect(s.tasks[1].start == dt("2026-03-05T08:00"))
        #expect(s.tasks[1].finish == dt("2026-03-06T17:00"))
        #expect(s.projectFinish == dt("2026-03-06T17:00"))
        #expect(s.tasks[0].isCritical && s.tasks[1].isCritical && !s.tasks[2].isCritical)
        #expect(s.tasks[2].lateStart == dt("2026-03-06T08:00"))
        #expect(s.tasks[2].lateFinish == dt("2026-03-06T17:00"))
        #expect(s.tasks[2].totalFloat == 4 * Self.day)
        #expect(s.tasks[2].freeFloat == 4 * Self.day)
        #expect(s.tasks[0].freeFloat == 0)
        #expect(s.criticalTasks == [0, 1])
    }

    @Test func freeFloatNeverExceedsTotalFloat() throws {
        let tasks = [task("A", days: 3), ScheduleTask(name: "M", duration: 0, isMilestone: true), task("D", days: 4), task("C", days: 5)]
        let s = try run(tasks, [ScheduleLink(0, 1, .startToStart), ScheduleLink(2, 1)])
        #expect(s.tasks[1].earlyStart == dt("2026-03-05T17:00"))
        #expect(s.projectFinish == dt("2026-03-06T17:00"))
        #expect(s.tasks[0].totalFloat == 2 * Self.day)
        #expect(s.tasks[0].freeFloat == 2 * Self.day)
        #expect(s.tasks[2].freeFloat == 0)
    }

    @Test func startToStartWithLag() throws {
        let s = try run([task("D", days: 4), task("E", days: 2)], [ScheduleLink(0, 1, .startToStart, lag: .working(minutes: Self.day))])
        #expect(s.tasks[1].start == dt("2026-03-03T08:00"))
        #expect(s.tasks[1].finish == dt("2026-03-04T17:00"))
        #expect(s.tasks[1].totalFloat == Self.day)
    }

    @Test func finishToFinishNeverStartsBeforeTheProject() throws {
        let s = try run([task("F", days: 2), task("G", days: 3)], [ScheduleLink(0, 1, .finishToFinish)])
        #expect(s.tasks[1].start == dt("2026-03-02T08:00"))
        #expect(s.tasks[1].finish == dt("2026-03-04T17:00"))
        // F may slip one day before G's finish would move.
        #expect(s.tasks[0].freeFloat == Self.day)
    }

    @Test func startToFinishWithLag() throws {
        let s = try run([task("H", days: 2), task("I", days: 1)], [ScheduleLink(0, 1, .startToFinish, lag: .working(minutes: 3 * Self.day))])
        #expect(s.tasks[1].start == dt("2026-03-04T08:00"))
        #expect(s.tasks[1].finish == dt("2026-03-04T17:00"))
    }

    @Test func leadOverlapsThePredecessor() throws {
        let s = try run([task("A", days: 3), task("B", days: 1)], [ScheduleLink(0, 1, lag: .working(minutes: -Self.day))])
        #expect(s.tasks[1].start == dt("2026-03-04T08:00"))
    }

    @Test func milestoneSitsAtTheEndOfItsPredecessorsDay() throws {
        let s = try run([task("A", days: 3), ScheduleTask(name: "M", duration: 0)], [ScheduleLink(0, 1)])
        #expect(s.tasks[1].start == dt("2026-03-04T17:00"))
        #expect(s.tasks[1].finish == dt("2026-03-04T17:00"))
    }

    @Test func elapsedLagCountsWeekendsThenWaitsForWork() throws {
        let s = try run(
            [task("A", days: 5), task("B", days: 1), task("C", days: 3), task("D", days: 1)],
            [ScheduleLink(0, 1, lag: .elapsed(minutes: 2 * 1_440)), ScheduleLink(2, 3, lag: .elapsed(minutes: 1_440))]
        )
        #expect(s.tasks[1].start == dt("2026-03-09T08:00"))
        #expect(s.tasks[3].start == dt("2026-03-06T08:00"))
    }

    @Test func percentLagIsAShareOfThePredecessor() throws {
        let s = try run([task("A", days: 4), task("B", days: 1)], [ScheduleLink(0, 1, lag: .percent(hundredths: 5_000))])
        #expect(s.tasks[1].start == dt("2026-03-10T08:00"))
    }

    @Test func holidaysAndMakeUpWorkingDays() throws {
        var calendar = WorkCalendar.standard
        calendar.exceptions = [
            CalendarException(name: "Holiday", from: Day(iso: "2026-03-04")!),
            CalendarException(name: "调休", from: Day(iso: "2026-03-07")!, intervals: WorkWeek.standard.days[0]),
        ]
        let s = try run([task("A", days: 3), task("B", days: 3)], [ScheduleLink(0, 1)], calendars: [calendar])
        #expect(s.tasks[0].finish == dt("2026-03-05T17:00"))
        // Friday, the make-up Saturday, then Monday.
        #expect(s.tasks[1].start == dt("2026-03-06T08:00"))
        #expect(s.tasks[1].finish == dt("2026-03-09T17:00"))
    }

    @Test func hourLongTasksUseTheLunchBreak() throws {
        let s = try run([ScheduleTask(name: "A", duration: 240), ScheduleTask(name: "B", duration: 120)], [ScheduleLink(0, 1)])
        #expect(s.tasks[0].finish == dt("2026-03-02T12:00"))
        #expect(s.tasks[1].start == dt("2026-03-02T13:00"))
        #expect(s.tasks[1].finish == dt("2026-03-02T15:00"))
    }

    @Test func perTaskCalendarsConvertThroughTheWallClock() throws {
        var machine = task("Cure", days: 1)
        machine.calendar = 1
        // 480 minutes on a 24-hour calendar from Monday 17:00 end at Tuesday 01:00.
        let s = try run(
            [task("Pour", days: 1), machine, task("Strip", days: 1)],
            [ScheduleLink(0, 1), ScheduleLink(1, 2)],
            calendars: [.standard, .twentyFourHours]
        )
        #expect(s.tasks[1].start == dt("2026-03-02T17:00"))
        #expect(s.tasks[1].finish == dt("2026-03-03T01:00"))
        #expect(s.tasks[2].start == dt("2026-03-03T08:00"))
    }

    @Test func unmeetableConstraintGivesNegativeFloat() throws {
        var b = task("B", days: 1)
        b.constraint = .startNoLaterThan
        b.constraintDate = dt("2026-03-03T08:00")
        let s = try run([task("A", days: 5), b], [ScheduleLink(0, 1)])
        #expect(s.tasks[1].start == dt("2026-03-03T08:00"))
        #expect(s.tasks[0].totalFloat == -4 * Self.day)
        #expect(s.tasks[0].isCritical)
    }

    @Test func missedDeadlineIsFlaggedAndPullsLateDates() throws {
        var a = task("A", days: 5)
        a.deadline = dt("2026-03-04T17:00")
        let s = try run([a])
        #expect(s.tasks[0].finish == dt("2026-03-06T17:00"))
        #expect(s.tasks[0].missesDeadline)
        #expect(s.tasks[0].totalFloat == -2 * Self.day)
    }

    @Test func startNoEarlierThanAndMustFinishOn() throws {
        var a = task("A", days: 1)
        a.constraint = .startNoEarlierThan
        a.constraintDate = dt("2026-03-04T00:00")
        var b = task("B", days: 2)
        b.constraint = .mustFinishOn
        b.constraintDate = dt("2026-03-13T17:00")
        let s = try run([a, b])
        #expect(s.tasks[0].start == dt("2026-03-04T08:00"))
        #expect(s.tasks[1].start == dt("2026-03-12T08:00"))
        #expect(s.tasks[1].totalFloat == 0)
    }

    @Test func asLateAsPossibleSitsOnItsLateDates() throws {
        var b = task("B", days: 1)
        b.constraint = .asLateAsPossible
        let s = try run([task("A", days: 5), b, task("C", days: 1)], [ScheduleLink(1, 2)])
        #expect(s.tasks[1].start == dt("2026-03-05T08:00"))
        #expect(s.tasks[2].start == dt("2026-03-06T08:00"))
    }

    @Test func summaryLinksApplyToEveryLeafAndDatesRollUp() throws {
        let s = try run(
            [task("X", days: 1), ScheduleTask(name: "S", duration: 0), task("S1", days: 2, parent: 1), task("S2", days: 1, parent: 1)],
            [ScheduleLink(0, 1), ScheduleLink(2, 3)]
        )
        #expect(s.tasks[2].start == dt("2026-03-03T08:00"))
        #expect(s.tasks[3].start == dt("2026-03-05T08:00"))
        #expect(s.tasks[1].isSummary)
        #expect(s.tasks[1].start == dt("2026-03-03T08:00"))
        #expect(s.tasks[1].finish == dt("2026-03-05T17:00"))
        #expect(s.tasks[1].duration == 3 * Self.day)
        #expect(s.tasks[1].isCritical)
    }

    @Test func remainingWorkWaitsForTheStatusDate() throws {
        var a = task("A", days: 4)
        a.actualStart = dt("2026-03-02T08:00")
        a.percentComplete = 50
        #expect(try run([a]).tasks[0].finish == dt("2026-03-05T17:00"))
        #expect(try run([a], status: "2026-03-05T08:00").tasks[0].finish == dt("2026-03-06T17:00"))
    }

    @Test func outOfSequenceProgressKeepsTheLogic() throws {
        var q = task("Q", days: 2)
        q.actualStart = dt("2026-03-02T08:00")
        q.percentComplete = 50
        let s = try run([task("P", days: 2), q], [ScheduleLink(0, 1)])
        #expect(s.tasks[1].start == dt("2026-03-02T08:00"))
        #expect(s.tasks[1].finish == dt("2026-03-04T17:00"))
        #expect(s.tasks[0].totalFloat == 0)
    }

    @Test func finishedTasksKeepTheirActualDates() throws {
        var a = task("A", days: 2)
        a.actualStart = dt("2026-03-02T08:00")
        a.actualFinish = dt("2026-03-04T12:00")
        let s = try run([a, task("B", days: 1)], [ScheduleLink(0, 1)])
        #expect(s.tasks[0].finish == dt("2026-03-04T12:00"))
        #expect(s.tasks[1].start == dt("2026-03-04T13:00"))
        #expect(!s.tasks[0].isCritical)
    }

    @Test func cycleIsRefusedAndNamed() throws {
        let tasks = [task("Design", days: 1), task("Build", days: 1), task("Test", days: 1)]
        do {
            _ = try run(tasks, [ScheduleLink(0, 1), ScheduleLink(1, 2), ScheduleLink(2, 0)])
            Issue.record("a cycle was scheduled")
        } catch let error as KeelError {
            guard case .validation(let fields) = error, let f = fields.first else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(f.code == .cycle)
            let names = f.detail["tasks"] ?? ""
            // Named in link order, starting anywhere on the cycle.
            #expect(["Design → Build → Test → Design", "Build → Test → Design → Build", "Test → Design → Build → Test"].contains(names))
        }
    }

    @Test func tasksMustComeInOutlineOrderAndPercentLagsBeWhole() throws {
        // S's second child comes after a task that is not under S: the WBS cannot be drawn.
        let tasks = [ScheduleTask(name: "S", duration: 0), task("A", days: 1, parent: 0), task("B", days: 1), task("C", days: 1, parent: 0)]
        var errors = FieldErrors()
        ScheduleNetwork(projectStart: dt("2026-03-02T08:00"), tasks: tasks, links: [ScheduleLink(1, 2, lag: .percent(hundredths: 1_250))])
            .check(into: &errors)
        #expect(errors.all.map { "\($0.field) \($0.code.rawValue)" } == ["tasks[3].parent unknown_reference", "links[0].lag invalid_duration"])
        // Grandchildren and returning to an outer level are fine.
        let nested = [
            ScheduleTask(name: "S", duration: 0), ScheduleTask(name: "T", parent: 0, duration: 0), task("A", days: 1, parent: 1),
            task("B", days: 1, parent: 0), task("C", days: 1),
        ]
        errors = FieldErrors()
        ScheduleNetwork(projectStart: dt("2026-03-02T08:00"), tasks: nested, links: [ScheduleLink(2, 3, lag: .percent(hundredths: 5_000))])
            .check(into: &errors)
        #expect(errors.isEmpty)
    }

    @Test func badLinksAreRefusedWithTheirPaths() throws {
        let tasks = [ScheduleTask(name: "S", duration: 0), task("A", days: 1, parent: 0), task("B", days: 1)]
        let links = [
            ScheduleLink(1, 1), ScheduleLink(2, 1), ScheduleLink(2, 1, .startToStart), ScheduleLink(0, 1), ScheduleLink(2, 7),
            ScheduleLink(2, 1, lag: .working(minutes: ScheduleNetwork.maxLagMinutes + 1)),
        ]
        var errors = FieldErrors()
        ScheduleNetwork(projectStart: dt("2026-03-02T08:00"), tasks: tasks, links: links).check(into: &errors)
        let found = Set(errors.all.map { "\($0.field) \($0.code.rawValue)" })
        #expect(found.contains("links[0] self_link"))
        #expect(found.contains("links[2] duplicate"))
        #expect(found.contains("links[3] link_to_own_summary"))
        #expect(found.contains("links[4].successor unknown_reference"))
        #expect(found.contains("links[5].lag out_of_range"))
    }

    @Test func longestPathFollowsDrivingLinks() throws {
        let s = try run(
            [task("A", days: 2), task("B", days: 3), task("C", days: 1), task("D", days: 1)],
            [ScheduleLink(0, 2), ScheduleLink(1, 2), ScheduleLink(2, 3)]
        )
        #expect(s.tasks.map(\.isOnLongestPath) == [false, true, true, true])
    }
}

@Suite struct ChinaHolidayTests {
    @Test func template2026HasHolidaysAndMakeUpDays() {
        var calendar = WorkCalendar.standard
        calendar.exceptions = ChinaHolidays2026.exceptions(in: .en)
        #expect(!calendar.isWorking(Day(iso: "2026-10-05")!))
        #expect(calendar.isWorking(Day(iso: "2026-10-10")!))  // a Saturday worked
        #expect(Day(iso: "2026-10-10")!.weekday == 6)
        #expect(!calendar.isWorking(Day(iso: "2026-02-23")!))  // a Monday off
        #expect(calendar.isWorking(Day(iso: "2026-02-24")!))
        var errors = FieldErrors()
        calendar.check(field: "c", into: &errors)
        #expect(errors.isEmpty)
    }
}
