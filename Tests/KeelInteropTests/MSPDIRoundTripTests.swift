import Foundation
import KeelCore
import Testing

@testable import KeelInterop

/// Export → import must give back exactly the plan that went out, for generated plans with every
/// feature MSPDI carries: outline levels, all link types with working, elapsed and percentage
/// lags, calendars with holidays, make-up days and work weeks, constraints, deadlines, progress,
/// notes, priorities, three-point estimates and baselines.
@Suite struct MSPDIRoundTripTests {
    struct Generator {
        var rng: SplitMix64
        mutating func int(_ r: ClosedRange<Int>) -> Int { r.lowerBound + Int(rng.next() % UInt64(r.count)) }
        mutating func chance(_ p: Int) -> Bool { int(0...99) < p }
    }

    static func plan(seed: UInt64) -> ProjectPlan {
        var g = Generator(rng: SplitMix64(seed: seed))
        let start = LocalDateTime(iso: "2026-03-02T08:00")!
        var china = WorkCalendar.standard
        china.name = "中国 2026"
        china.exceptions = ChinaHolidays2026.exceptions(in: .zhCN)
        var shifts = WorkCalendar(
            name: "Shifts & nights <B>",
            week: WorkWeek(days: Array(repeating: [WorkInterval(start: 0, end: 360), WorkInterval(start: 1_320, end: 1_440)], count: 7))
        )
        shifts.weekOverrides = [WeekOverride(name: "Summer", from: Day(iso: "2026-07-01")!, to: Day(iso: "2026-08-31")!, week: .standard)]
        let calendars = [WorkCalendar.standard, china, shifts, .twentyFourHours]
        let n = g.int(1...40)
        var tasks: [ScheduleTask] = []
        var details: [TaskDetails] = []
        var chain: [Int] = []  // the previous task and its ancestors: where the next task may hang
        for i in 0..<n {
            var t = ScheduleTask(name: "Task \(i) — 任务 \"\(i)\"", duration: g.chance(10) ? 0 : Int64(g.int(1...40)) * 60)
            if !chain.isEmpty && g.chance(40) {
                let at = g.int(0...(chain.count - 1))
                t.parent = chain[at]
                chain.removeSubrange((at + 1)...)
            } else {
                chain = []
            }
            chain.append(i)
            t.isMilestone = t.duration == 0 && g.chance(50)
            if g.chance(25) { t.calendar = g.int(0...3) }
            if g.chance(20) {
                t.constraint = ConstraintKind.allCases[g.int(0...7)]
                if t.constraint.needsDate { t.constraintDate = start.adding(minutes: Int64(g.int(0...30)) * 1_440 + 60) }
            }
            if g.chance(15) { t.deadline = start.adding(minutes: Int64(g.int(5...60)) * 1_440 + 540) }
            if g.chance(15) {
                t.actualStart = start.adding(minutes: Int64(g.int(0...3)) * 1_440)
                t.percentComplete = g.int(0...100)
                if g.chance(40) {
                    t.actualFinish = t.actualStart!.adding(minutes: Int64(g.int(1...3)) * 1_440)
                    t.percentComplete = 100
                } else if g.chance(50) {
                    t.remaining = Int64(g.int(0...20)) * 60
                }
            }
            tasks.append(t)
            var d = TaskDetails(
                wbs: g.chance(50) ? "A.\(i)" : "",
                notes: g.chance(30) ? "Note for \(i): a < b & c > d\nsecond line" : "",
                priority: g.int(0...1_000)
            )
            if g.chance(40) {
                let o = Int64(g.int(1...10)) * 60
                d.estimate = ThreePointEstimate(optimistic: o, mostLikely: o + Int64(g.int(0...10)) * 60, pessimistic: o + Int64(g.int(10...30)) * 60)
            }
            for b in 0...10 where g.chance(10) {
                let s = start.adding(minutes: Int64(g.int(0...20)) * 1_440)
                d.baselines[b] = BaselineDates(
                    start: s,
                    finish: s.adding(minutes: Int64(g.int(0...5)) * 1_440 + 480),
                    duration: Int64(g.int(0...40)) * 60
                )
            }
            details.append(d)
        }
        // Links only between tasks that are neither ancestor nor descendant of each other.
        func isAncestor(_ a: Int, of t: Int) -> Bool {
            var c = tasks[t].parent
            while let x = c {
                if x == a { return true }
                c = tasks[x].parent
            }
            return false
        }
        var links: [ScheduleLink] = []
        var seen = Set<[Int]>()
        for _ in 0..<(n * 2) where n > 1 {
            let a = g.int(0...(n - 1)), b = g.int(0...(n - 1))
            guard a < b, !isAncestor(a, of: b), !isAncestor(b, of: a), seen.insert([a, b]).inserted else { continue }
            let lag: Lag
            switch g.int(0...3) {
            case 0: lag = .working(minutes: Int64(g.int(-16...24)) * 30)
            case 1: lag = .elapsed(minutes: Int64(g.int(0...72)) * 60)
            case 2: lag = .percent(hundredths: Int64(g.int(-50...150)) * 100)
            default: lag = .zero
            }
            links.append(ScheduleLink(a, b, LinkType.allCases[g.int(0...3)], lag: lag))
        }
        let network = ScheduleNetwork(
            projectStart: start,
            statusDate: g.chance(50) ? start.adding(minutes: 3 * 1_440 + 240) : nil,
            calendars: calendars,
            projectCalendar: g.int(0...1),
            tasks: tasks,
            links: links,
            criticalThreshold: Int64(g.int(0...2)) * 480
        )
        return ProjectPlan(name: "Plan \(seed) 计划", network: network, details: details)
    }

    @Test(arguments: 0..<60) func exportThenImportIsLossless(seed: Int) throws {
        let plan = Self.plan(seed: UInt64(seed) &+ 1)
        var errors = FieldErrors()
        plan.network.check(into: &errors)
        #expect(errors.isEmpty, "generated plan \(seed) is invalid: \(errors.all)")
        let schedule = try? CriticalPathEngine.schedule(plan.network)
        let data = try MSPDI.write(plan, schedule: schedule)
        let back = try MSPDI.read(data)
        #expect(back.plan.name == plan.name)
        #expect(back.plan.network.calendars == plan.network.calendars, "calendars, seed \(seed)")
        for (i, (a, b)) in zip(back.plan.network.tasks, plan.network.tasks).enumerated() where a != b {
            Issue.record("task \(i) differs, seed \(seed):\n\(a)\n\(b)")
            break
        }
        #expect(back.plan.network.tasks.count == plan.network.tasks.count)
        #expect(Set(back.plan.network.links) == Set(plan.network.links), "links, seed \(seed)")
        #expect(back.plan.details == plan.details, "details, seed \(seed)")
        #expect(back.plan.network.projectStart == plan.network.projectStart)
        #expect(back.plan.network.statusDate == plan.network.statusDate)
        #expect(back.plan.network.projectCalendar == plan.network.projectCalendar)
        #expect(back.plan.network.criticalThreshold == plan.network.criticalThreshold)
        #expect(back.plan.network.minutesPerDay == plan.network.minutesPerDay)
        #expect(back.taskUIDs == Array(1...plan.network.tasks.count))
        // The same plan schedules the same way after the trip.
        if let schedule {
            let again = try CriticalPathEngine.schedule(back.plan.network)
            #expect(again.tasks == schedule.tasks, "schedule, seed \(seed)")
        }
    }
}
