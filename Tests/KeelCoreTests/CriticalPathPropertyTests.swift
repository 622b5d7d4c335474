import Testing

@testable import KeelCore

/// Random networks with all four link types, leads and lags (working, elapsed, percentage), zero
/// durations, holidays and a second (24-hour) calendar: the schedule must satisfy every link
/// forwards and backwards, float is never negative without constraints, and the critical tasks
/// form chains of driving links from the project start to its finish.
@Suite struct CriticalPathPropertyTests {
    struct Generator {
        var rng: SplitMix64
        init(state: UInt64) { rng = SplitMix64(seed: state) }
        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(rng.next() % UInt64(range.count)) }
        mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
    }

    static func network(seed: UInt64, twoCalendars: Bool) -> ScheduleNetwork {
        var g = Generator(state: seed)
        var standard = WorkCalendar.standard
        standard.exceptions = [
            CalendarException(name: "h1", from: Day(iso: "2026-03-11")!),
            CalendarException(name: "h2", from: Day(iso: "2026-04-03")!, to: Day(iso: "2026-04-07")),
            CalendarException(name: "make-up", from: Day(iso: "2026-03-28")!, intervals: [WorkInterval(start: 540, end: 1_020)]),
        ]
        let n = g.int(2...60)
        var tasks: [ScheduleTask] = []
        for i in 0..<n {
            let duration = g.chance(10) ? 0 : Int64(g.int(1...20)) * 60
            var t = ScheduleTask(name: "T\(i)", duration: duration)
            if twoCalendars && g.chance(30) { t.calendar = 1 }
            tasks.append(t)
        }
        var links: [ScheduleLink] = []
        var seen = Set<[Int]>()
        for _ in 0..<(n * 2) {
            let a = g.int(0...(n - 1)), b = g.int(0...(n - 1))
            guard a != b else { continue }
            let (p, s) = (min(a, b), max(a, b))
            guard seen.insert([p, s]).inserted else { continue }
            let type = LinkType.allCases[g.int(0...3)]
            var lag = Lag.zero
            if g.chance(30) {
                switch g.int(0...2) {
                case 0: lag = .working(minutes: Int64(g.int(-16...24)) * 30)
                case 1: lag = .elapsed(minutes: Int64(g.int(0...72)) * 60)
                default: lag = .percent(hundredths: Int64(g.int(-50...200)) * 100)
                }
            }
            links.append(ScheduleLink(p, s, type, lag: lag))
        }
        return ScheduleNetwork(
            projectStart: LocalDateTime(iso: "2026-03-02T08:00")!,
            calendars: twoCalendars ? [standard, .twentyFourHours] : [standard],
            tasks: tasks,
            links: links
        )
    }

    @Test(arguments: 0..<500) func randomNetworksHoldTheInvariants(seed: Int) throws {
        let net = Self.network(seed: UInt64(seed) &* 7_919, twoCalendars: seed % 3 == 0)
        let s = try CriticalPathEngine.schedule(net)
        let lines = net.calendars.map { CalendarTimeline(calendar: $0, origin: net.projectStart.day) }
        func cal(_ t: Int) -> Int { net.tasks[t].calendar ?? 0 }
        func ord(_ d: LocalDateTime, _ c: Int) -> Int64 { lines[c].ordinal(at: d.minutes) }

        for (t, r) in s.tasks.enumerated() {
            let c = cal(t)
            #expect(ord(r.earlyFinish, c) - ord(r.earlyStart, c) == net.tasks[t].duration, "early duration of T\(t), seed \(seed)")
            #expect(ord(r.lateFinish, c) - ord(r.lateStart, c) == net.tasks[t].duration, "late duration of T\(t), seed \(seed)")
            #expect(r.totalFloat >= 0, "negative float on T\(t), seed \(seed)")
            #expect(r.freeFloat >= 0 && r.freeFloat <= max(r.totalFloat, 0), "free float above total float on T\(t), seed \(seed)")
        }

        var tight = [Bool](repeating: false, count: net.tasks.count)
        var drivenBy = [[Int]](repeating: [], count: net.tasks.count)
        // Drivers across a non-working gap (an elapsed lag ending at night, a predecessor on another
        // calendar) push without passing criticality on: the predecessor may slip into the gap.
        var gapDriven = [Bool](repeating: false, count: net.tasks.count)
        for link in net.links {
            let p = link.predecessor, q = link.successor
            let ps = s.tasks[p], qs = s.tasks[q]
            let c = cal(q)
            let (pe, qe, pl, ql): (LocalDateTime, LocalDateTime, LocalDateTime, LocalDateTime)
            switch link.type {
            case .finishToStart: (pe, qe, pl, ql) = (ps.earlyFinish, qs.earlyStart, ps.lateFinish, qs.lateStart)
            case .startToStart: (pe, qe, pl, ql) = (ps.earlyStart, qs.earlyStart, ps.lateStart, qs.lateStart)
            case .finishToFinish: (pe, qe, pl, ql) = (ps.earlyFinish, qs.earlyFinish, ps.lateFinish, qs.lateFinish)
            case .startToFinish: (pe, qe, pl, ql) = (ps.earlyStart, qs.earlyFinish, ps.lateStart, qs.lateFinish)
            }
            var isTight: Bool
            var acrossGap = cal(p) != c
            switch link.lag {
            case .elapsed(let m) where link.type == .finishToStart || link.type == .startToStart:
                #expect(ord(qe, c) >= ord(pe.adding(minutes: m), c), "early \(link), seed \(seed)")
                #expect(ord(ql, c) >= ord(pl.adding(minutes: m), c), "late \(link), seed \(seed)")
                isTight = ord(qe, c) == ord(pe.adding(minutes: m), c)
                // The successor may sit as late as the start reading of its working-minute count.
                let latest = lines[c].decode(TimeCode.make(ord(qe, c), start: true))
                acrossGap = acrossGap || latest != pe.minutes + m
            case .elapsed(let m):
                // Finish-driven links with elapsed lags: the successor's start is its duration
                // before the predecessor's date, then the wall-clock lag is added (MS Project's order).
                let d = link.type == .finishToFinish ? net.tasks[q].remainingWork : net.tasks[q].duration
                let base = lines[c].decode(TimeCode.add(lines[c].encode(pe.minutes), -d))
                #expect(ord(qs.earlyStart, c) >= lines[c].ordinal(at: base + m), "early \(link), seed \(seed)")
                isTight = ord(qs.earlyStart, c) == lines[c].ordinal(at: base + m)
                let latest = lines[c].decode(TimeCode.make(ord(qs.earlyStart, c), start: true))
                acrossGap = acrossGap || latest != base + m
            case .working, .percent:
                var lag: Int64 = 0
                if case .working(let m) = link.lag { lag = m }
                if case .percent(let h) = link.lag {
                    let raw = net.tasks[p].duration * h
                    lag = raw >= 0 ? (raw + 5_000) / 10_000 : -((-raw + 5_000) / 10_000)
                }
                #expect(ord(qe, c) >= ord(pe, c) + lag, "early \(link), seed \(seed)")
                #expect(ord(ql, c) >= ord(pl, c) + lag, "late \(link), seed \(seed)")
                isTight = ord(qe, c) == ord(pe, c) + lag
            }
            if isTight {
                tight[q] = true
                if acrossGap { gapDriven[q] = true } else { drivenBy[q].append(p) }
            }
        }

        // Every task starts at the project start or is pushed by a tight link; a critical one by a
        // critical predecessor, so critical tasks chain back to the start.
        let psOrdinal = ord(net.projectStart, 0)
        for (t, r) in s.tasks.enumerated() {
            let atStart = lines[cal(t)].ordinal(at: r.earlyStart.minutes) == lines[cal(t)].ordinal(at: net.projectStart.minutes)
            #expect(atStart || tight[t], "T\(t) starts late for no reason, seed \(seed)")
            if r.isCritical && !atStart {
                #expect(gapDriven[t] || drivenBy[t].contains { s.tasks[$0].isCritical }, "critical T\(t) has no critical driver, seed \(seed)")
            }
            if r.earlyFinish >= s.projectFinish { #expect(r.isCritical, "T\(t) ends the project, seed \(seed)") }
        }
        #expect(psOrdinal <= ord(s.projectFinish, 0))
        #expect(s.tasks.contains { $0.isCritical && $0.earlyFinish >= s.projectFinish })
    }

    /// A link from a later task back to an earlier one it already depends on closes a cycle; the
    /// error must name a real one: each named task links to the next.
    @Test(arguments: 0..<200) func cyclesAreNamedInLinkOrder(seed: Int) throws {
        var net = Self.network(seed: UInt64(seed) &* 104_729, twoCalendars: false)
        guard let last = net.links.max(by: { ($0.successor, $0.predecessor) < ($1.successor, $1.predecessor) }) else { return }
        // Walk back from the last link's successor to a task with no predecessor: a chain to close.
        var chainStart = last.predecessor
        while let l = net.links.first(where: { $0.successor == chainStart }) { chainStart = l.predecessor }
        net.links.append(ScheduleLink(last.successor, chainStart, .finishToStart))
        do {
            _ = try CriticalPathEngine.schedule(net)
            Issue.record("cycle not found, seed \(seed)")
        } catch {
            guard case .validation(let fields) = error, let f = fields.first, f.code == .cycle,
                let indices = f.detail["indices"]?.split(separator: ",").compactMap({ Int($0) })
            else {
                Issue.record("unexpected \(error), seed \(seed)")
                return
            }
            let linked = Set(net.links.map { [$0.predecessor, $0.successor] })
            for (a, b) in zip(indices, indices.dropFirst() + [indices[0]]) {
                #expect(linked.contains([a, b]), "\(a) → \(b) is not a link, seed \(seed)")
            }
        }
    }
}
