import Foundation
import Testing

@testable import KeelCore

/// The Monte Carlo shortcut for networks bound by their links alone: critical tasks found by walking
/// back along links without slack are exactly those the backward pass gives zero total float, in
/// every iteration of random networks with all link types, leads, lags and milestones.
@Suite struct DrivingPathTests {
    /// A random network like the schedule bench's: every link type, 30% with a lag or a lead,
    /// milestones, the China 2026 calendar.
    static func network(seed: UInt64, tasks n: Int) -> ScheduleNetwork {
        var rng = SplitMix64(seed: seed)
        var calendar = WorkCalendar.standard
        calendar.exceptions = ChinaHolidays2026.exceptions(in: .en)
        let tasks = (0..<n).map { i in ScheduleTask(name: "T\(i)", duration: Int64(rng.next() % 8) * 240) }
        var links: [ScheduleLink] = []
        var seen = Set<Int>()
        while links.count < 2 * n {
            let s = 1 + Int(rng.next() % UInt64(n - 1))
            let p = Int(rng.next() % UInt64(s))
            guard seen.insert(p * n + s).inserted else { continue }
            let lag: Lag = rng.next() % 10 < 3 ? .working(minutes: (Int64(rng.next() % 9) - 3) * 120) : .zero
            links.append(ScheduleLink(p, s, LinkType.allCases[Int(rng.next() % 4)], lag: lag))
        }
        return ScheduleNetwork(projectStart: LocalDateTime(iso: "2026-09-28T09:00")!, calendars: [calendar], tasks: tasks, links: links)
    }

    @Test(arguments: 0..<60) func walkingBackFindsTheTasksWithoutFloat(seed: Int) throws {
        let net = Self.network(seed: UInt64(seed) &+ 1_000, tasks: 40)
        var fast = try ReschedulableNetwork(net)
        var full = try ReschedulableNetwork(net, drivingPaths: false)
        #expect(fast.criticalByDrivingPaths && !full.criticalByDrivingPaths)
        var rng = SplitMix64(seed: UInt64(seed) &* 31 &+ 7)
        let n = net.tasks.count
        let a = UnsafeMutablePointer<Int32>.allocate(capacity: n), b = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        defer {
            a.deallocate()
            b.deallocate()
        }
        for _ in 0..<20 {
            a.initialize(repeating: 0, count: n)
            b.initialize(repeating: 0, count: n)
            let durations = net.tasks.map { $0.duration == 0 && rng.next() % 2 == 0 ? 0 : Int64(rng.next() % 12) * 120 }
            let x = fast.reschedule(durations: durations, countingCriticalInto: a)
            let y = full.reschedule(durations: durations, countingCriticalInto: b)
            #expect(x.finishWall == y.finishWall && x.workingMinutes == y.workingMinutes)
            let fastFlags = (0..<n).map { a[$0] }, fullFlags = (0..<n).map { b[$0] }
            #expect(fastFlags == fullFlags, "seed \(seed)")
        }
    }

    @Test func constraintsProgressAndThresholdsKeepTheBackwardPass() throws {
        var net = Self.network(seed: 3, tasks: 20)
        #expect(try ReschedulableNetwork(net).criticalByDrivingPaths)
        var constrained = net
        constrained.tasks[5].constraint = .finishNoLaterThan
        constrained.tasks[5].constraintDate = LocalDateTime(iso: "2026-10-20T18:00")!
        #expect(try !ReschedulableNetwork(constrained).criticalByDrivingPaths)
        var started = net
        started.statusDate = LocalDateTime(iso: "2026-09-29T18:00")!
        started.tasks[0].actualStart = LocalDateTime(iso: "2026-09-28T09:00")!
        #expect(try !ReschedulableNetwork(started).criticalByDrivingPaths)
        net.criticalThreshold = 480
        #expect(try !ReschedulableNetwork(net).criticalByDrivingPaths)
    }
}
