/// The critical path method with Microsoft Project's semantics: forward and backward pass over
/// working-time calendars, the four link types with working, elapsed and percentage lags,
/// constraints, deadlines, progress with retained logic, summary-task links, total and free float,
/// the critical path and the longest path. `docs/scheduling.md` states every rule with an example.
///
/// The passes run on dense indices and flat arrays of `TimeCode`s: on a project with one calendar
/// they do no calendar lookups at all, only integer arithmetic.
public enum CriticalPathEngine {
    public static func schedule(_ network: ScheduleNetwork) throws(KeelError) -> Schedule {
        var errors = FieldErrors()
        network.check(into: &errors)
        try errors.throwIfAny()
        var run = CPMRun(network)
        return try run.execute()
    }
}

/// The tasks' fixed facts, resolved once.
private struct TaskFacts {
    let count: Int
    let isSummary: [Bool]
    let calendar: [Int32]
    let duration: [Int64]
    let remaining: [Int64]
    let isMilestone: [Bool]
    /// 0 not started, 1 started, 2 finished.
    let state: [UInt8]
    let isALAP: [Bool]
    let constraint: [ConstraintKind]
    /// Children lists for summaries (CSR).
    let childStart: [Int32]
    let children: [Int32]

    static let notStarted: UInt8 = 0, started: UInt8 = 1, finished: UInt8 = 2
}

/// Leaf-level links in both directions (CSR), lags resolved to minutes.
private struct LinkGraph {
    var pred: [Int32] = []
    var succ: [Int32] = []
    var type: [LinkType] = []
    var lag: [Int64] = []
    var lagIsElapsed: [Bool] = []
    var predStart: [Int32] = []
    var predLinks: [Int32] = []
    var succStart: [Int32] = []
    var succLinks: [Int32] = []

    mutating func add(_ p: Int, _ s: Int, _ t: LinkType, lag l: Lag, facts: TaskFacts) {
        pred.append(Int32(p))
        succ.append(Int32(s))
        type.append(t)
        switch l {
        case .working(let m):
            lag.append(m)
            lagIsElapsed.append(false)
        case .elapsed(let m):
            lag.append(m)
            lagIsElapsed.append(true)
        case .percent(let h):
            // A share of the predecessor's duration, applied as working time on the successor's calendar.
            let raw = facts.duration[p] * h
            lag.append(raw >= 0 ? (raw + 5_000) / 10_000 : -((-raw + 5_000) / 10_000))
            lagIsElapsed.append(false)
        }
    }

    mutating func index(taskCount n: Int) {
        (predStart, predLinks) = Self.csr(by: succ, n)
        (succStart, succLinks) = Self.csr(by: pred, n)
    }

    private static func csr(by key: [Int32], _ n: Int) -> ([Int32], [Int32]) {
        var start = [Int32](repeating: 0, count: n + 1)
        for k in key { start[Int(k) + 1] += 1 }
        for i in 0..<n { start[i + 1] += start[i] }
        var fill = start
        var list = [Int32](repeating: 0, count: key.count)
        for (li, k) in key.enumerated() {
            list[Int(fill[Int(k)])] = Int32(li)
            fill[Int(k)] += 1
        }
        return (start, list)
    }
}

/// The five date arrays the passes fill, kept apart from the run's fixed facts so that the passes
/// can borrow those without copying.
private struct Dates {
    var es: [Int64]
    var ef: [Int64]
    var ls: [Int64]
    var lf: [Int64]
    /// Late start before an actual start overrides it: what predecessors must respect.
    var lsCalc: [Int64]
}

private struct CPMRun {
    let network: ScheduleNetwork
    let facts: TaskFacts
    let timelines: [CalendarTimeline]
    var graph = LinkGraph()
    var order: [Int32] = []
    var dates: Dates
    /// Per calendar: the project start, the status date and the project finish as codes.
    var startCode: [Int64] = []
    var statusCode: [Int64?] = []
    var finishCode: [Int64] = []
    var finishWall: Int64 = 0
    /// Per task, on its own calendar (`none` when absent): constraint date, deadline, actual dates.
    var constraintCode: [Int64] = []
    var deadlineCode: [Int64] = []
    var actualStartCode: [Int64] = []
    var actualFinishCode: [Int64] = []
    static let none = Int64.min

    init(_ network: ScheduleNetwork) {
        self.network = network
        let n = network.tasks.count
        var isSummary = [Bool](repeating: false, count: n)
        var childCount = [Int32](repeating: 0, count: n + 1)
        for t in network.tasks { if let p = t.parent { isSummary[p] = true; childCount[p + 1] += 1 } }
        for i in 0..<n { childCount[i + 1] += childCount[i] }
        var fill = childCount
        var children = [Int32](repeating: 0, count: Int(childCount[n]))
        for (i, t) in network.tasks.enumerated() {
            if let p = t.parent {
                children[Int(fill[p])] = Int32(i)
                fill[p] += 1
            }
        }
        facts = TaskFacts(
            count: n, isSummary: isSummary,
            calendar: network.tasks.map { Int32($0.calendar ?? network.projectCalendar) },
            duration: network.tasks.map(\.duration),
            remaining: network.tasks.map(\.remainingWork),
            isMilestone: network.tasks.map { $0.isMilestone || $0.duration == 0 },
            state: network.tasks.map { $0.actualFinish != nil ? TaskFacts.finished : ($0.actualStart != nil ? TaskFacts.started : TaskFacts.notStarted) },
            isALAP: network.tasks.map { $0.constraint == .asLateAsPossible && $0.actualStart == nil },
            constraint: network.tasks.map(\.constraint),
            childStart: childCount, children: children)
        timelines = network.calendars.map { CalendarTimeline(calendar: $0, origin: network.projectStart.day) }
        let zero = [Int64](repeating: 0, count: n)
        dates = Dates(es: zero, ef: zero, ls: zero, lf: zero, lsCalc: zero)
    }

    mutating func execute() throws(KeelError) -> Schedule {
        startCode = timelines.map { $0.encode(network.projectStart.minutes) }
        statusCode = timelines.map { tl in network.statusDate.map { TimeCode.startReading(tl.encode($0.minutes)) } }
        func codes(_ date: (ScheduleTask) -> LocalDateTime?) -> [Int64] {
            var out = [Int64](repeating: Self.none, count: facts.count)
            for t in 0..<facts.count { if let d = date(network.tasks[t]) { out[t] = code(d, facts.calendar[t]) } }
            return out
        }
        constraintCode = codes(\.constraintDate)
        deadlineCode = codes(\.deadline)
        actualStartCode = codes(\.actualStart)
        actualFinishCode = codes(\.actualFinish)

        // Links between leaf tasks first. Links on summary tasks stand for links on their leaves,
        // and a start-driven link from a summary needs its earliest leaf, known only after a pass.
        let summaryLinks = network.links.filter { facts.isSummary[$0.predecessor] || facts.isSummary[$0.successor] }
        for link in network.links where !facts.isSummary[link.predecessor] && !facts.isSummary[link.successor] {
            graph.add(link.predecessor, link.successor, link.type, lag: link.lag, facts: facts)
        }
        graph.index(taskCount: facts.count)
        try sortTopologically()
        forwardPass(useLateForALAP: false, &dates)
        if !summaryLinks.isEmpty {
            for link in summaryLinks { expand(link, dates) }
            graph.index(taskCount: facts.count)
            try sortTopologically()
            forwardPass(useLateForALAP: false, &dates)
        }
        computeProjectFinish(dates)
        backwardPass(&dates)
        if facts.isALAP.contains(true) { forwardPass(useLateForALAP: true, &dates) }
        let result = assemble(dates)
        if timelines.contains(where: \.overflowed) {
            throw .validation([FieldError("tasks", .outOfRange, ["min": "0001-01-01", "max": "9999-12-31"])])
        }
        return result
    }

    // MARK: Graph

    private mutating func expand(_ link: ScheduleLink, _ d: Dates) {
        var preds = leaves(under: link.predecessor)
        if facts.isSummary[link.predecessor] && (link.type == .startToStart || link.type == .startToFinish),
            let earliest = preds.min(by: { (d.es[$0], $0) < (d.es[$1], $1) })
        {
            preds = [earliest]
        }
        let succs = leaves(under: link.successor)
        for p in preds { for s in succs { graph.add(p, s, link.type, lag: link.lag, facts: facts) } }
    }

    /// The task itself if it is a leaf, else every leaf below it, in outline order.
    private func leaves(under t: Int) -> [Int] {
        guard facts.isSummary[t] else { return [t] }
        var out: [Int] = []
        var stack = [t]
        while let x = stack.popLast() {
            if facts.isSummary[x] {
                for c in (Int(facts.childStart[x])..<Int(facts.childStart[x + 1])).reversed() { stack.append(Int(facts.children[c])) }
            } else {
                out.append(x)
            }
        }
        return out
    }

    /// Kahn's algorithm over the leaves; a leftover means a cycle, which is named task by task.
    private mutating func sortTopologically() throws(KeelError) {
        let n = facts.count
        var indegree = [Int32](repeating: 0, count: n)
        for s in graph.succ { indegree[Int(s)] += 1 }
        var queue: [Int32] = []
        queue.reserveCapacity(n)
        for t in 0..<n where !facts.isSummary[t] && indegree[t] == 0 { queue.append(Int32(t)) }
        var head = 0
        while head < queue.count {
            let t = Int(queue[head])
            head += 1
            for k in Int(graph.succStart[t])..<Int(graph.succStart[t + 1]) {
                let s = Int(graph.succ[Int(graph.succLinks[k])])
                indegree[s] -= 1
                if indegree[s] == 0 { queue.append(Int32(s)) }
            }
        }
        let leafCount = facts.isSummary.lazy.filter { !$0 }.count
        guard queue.count == leafCount else { throw .validation([cycleError(indegree: indegree)]) }
        order = queue
    }

    /// Walks back through unsorted predecessors until a task repeats: that stretch is a cycle.
    private func cycleError(indegree: [Int32]) -> FieldError {
        guard var t = (0..<facts.count).first(where: { !facts.isSummary[$0] && indegree[$0] > 0 }) else {
            return FieldError("links", .cycle)
        }
        var seenAt: [Int: Int] = [:]
        var path: [Int] = []
        while seenAt[t] == nil {
            seenAt[t] = path.count
            path.append(t)
            let k = (Int(graph.predStart[t])..<Int(graph.predStart[t + 1])).first { indegree[Int(graph.pred[Int(graph.predLinks[$0])])] > 0 }!
            t = Int(graph.pred[Int(graph.predLinks[k])])
        }
        let cycle = Array(path[seenAt[t]!...].reversed())
        let names = (cycle + [cycle[0]]).map { i in
            let name = network.tasks[i].name
            return name.isEmpty ? "#\(i + 1)" : name
        }
        return FieldError("links", .cycle, ["tasks": names.joined(separator: " → "), "indices": cycle.map(String.init).joined(separator: ",")])
    }

    // MARK: Calendar helpers

    @inline(__always) private func convert(_ code: Int64, _ from: Int32, _ to: Int32) -> Int64 {
        from == to ? code : timelines[Int(to)].encode(timelines[Int(from)].decode(code))
    }

    /// Adds the link's lag to a date held on calendar `x`, giving a code on the successor's
    /// calendar `c`. Working lags count on the successor's calendar; elapsed lags are added to
    /// the wall time itself, so that a predecessor ending in the successor's non-working time is
    /// not first pushed to the next working moment.
    @inline(__always) private func forwardShift(_ code: Int64, in x: Int32, to c: Int32, _ li: Int) -> Int64 {
        if graph.lagIsElapsed[li] {
            let wall = timelines[Int(x)].decode(code) + graph.lag[li]
            return timelines[Int(c)].encode(wall)
        }
        return TimeCode.add(convert(code, x, c), graph.lag[li])
    }

    private func code(_ date: LocalDateTime, _ c: Int32) -> Int64 { timelines[Int(c)].encode(date.minutes) }

    /// A start snaps to the next working moment, except that a milestone may sit at the very end
    /// of a working period (it happens when its predecessor finishes).
    @inline(__always) private func snapStart(_ code: Int64, _ t: Int) -> Int64 {
        facts.isMilestone[t] && !TimeCode.isStart(code) ? code : TimeCode.startReading(code)
    }

    // MARK: Forward pass

    private func forwardPass(useLateForALAP: Bool, _ d: inout Dates) {
        for t32 in order {
            let t = Int(t32)
            let c = facts.calendar[t]
            let hasPreds = graph.predStart[t] != graph.predStart[t + 1]
            let driven = hasPreds ? snapStart(latestCandidate(for: t, c, useLateForALAP, d), t) : Int64.min
            switch facts.state[t] {
            case TaskFacts.finished:
                d.es[t] = actualStartCode[t]
                d.ef[t] = actualFinishCode[t]
            case TaskFacts.started:
                // Retained logic: work done runs from the actual start; the rest waits for the
                // status date and for whatever its predecessors still require.
                d.es[t] = actualStartCode[t]
                let dur = facts.duration[t], r = facts.remaining[t]
                if r == 0 {
                    d.ef[t] = TimeCode.add(d.es[t], dur)
                } else {
                    var resume = TimeCode.startReading(TimeCode.add(d.es[t], max(0, dur - r)))
                    if let s = statusCode[Int(c)] { resume = max(resume, s) }
                    resume = max(resume, driven)
                    d.ef[t] = TimeCode.add(resume, r)
                }
            default:
                scheduleUnstarted(t, c, driven: hasPreds ? driven : nil, &d)
            }
        }
    }

    private func scheduleUnstarted(_ t: Int, _ c: Int32, driven: Int64?, _ d: inout Dates) {
        let dur = facts.duration[t]
        let kind = facts.constraint[t]
        let date = constraintCode[t]
        var start: Int64
        var finish: Int64? = nil
        if let driven {
            start = driven
        } else {
            switch kind {
            case .startNoEarlierThan: start = snapStart(date, t)
            case .finishNoEarlierThan:
                let f = TimeCode.finishReading(date)
                finish = f
                start = snapStart(TimeCode.add(f, -dur), t)
            default: start = snapStart(startCode[Int(c)], t)
            }
        }
        if date != Self.none {
            let startDate = snapStart(date, t)
            let finishDate = TimeCode.finishReading(date)
            switch kind {
            case .startNoEarlierThan: start = max(start, startDate)
            case .startNoLaterThan: start = min(start, startDate)
            case .finishNoEarlierThan: start = max(start, snapStart(TimeCode.add(finishDate, -dur), t))
            case .finishNoLaterThan: start = min(start, snapStart(TimeCode.add(finishDate, -dur), t))
            case .mustStartOn: start = startDate
            case .mustFinishOn:
                finish = finishDate
                start = snapStart(TimeCode.add(finishDate, -dur), t)
            case .asSoonAsPossible, .asLateAsPossible: break
            }
        }
        d.es[t] = start
        d.ef[t] = finish ?? TimeCode.add(start, dur)
    }

    /// The latest early start any predecessor link allows, on the task's calendar.
    @inline(__always) private func latestCandidate(for t: Int, _ c: Int32, _ useLateForALAP: Bool, _ d: Dates) -> Int64 {
        var best = Int64.min
        for k in Int(graph.predStart[t])..<Int(graph.predStart[t + 1]) {
            let li = Int(graph.predLinks[k])
            let p = Int(graph.pred[li])
            let cp = facts.calendar[p]
            let late = useLateForALAP && facts.isALAP[p]
            let pStart = late ? d.ls[p] : d.es[p]
            let pFinish = late ? d.lf[p] : d.ef[p]
            var candidate: Int64
            switch graph.type[li] {
            case .finishToStart: candidate = forwardShift(pFinish, in: cp, to: c, li)
            case .startToStart: candidate = forwardShift(pStart, in: cp, to: c, li)
            case .finishToFinish:
                candidate = forwardShift(TimeCode.add(convert(pFinish, cp, c), -facts.remaining[t]), in: c, to: c, li)
                candidate = max(candidate, startCode[Int(c)])
            case .startToFinish: candidate = forwardShift(TimeCode.add(convert(pStart, cp, c), -facts.duration[t]), in: c, to: c, li)
            }
            if candidate > best { best = candidate }
        }
        return best
    }

    // MARK: Backward pass

    private mutating func computeProjectFinish(_ d: Dates) {
        var latestPerCalendar = [Int64](repeating: Int64.min, count: timelines.count)
        for t32 in order {
            let t = Int(t32)
            let c = Int(facts.calendar[t])
            if d.ef[t] > latestPerCalendar[c] { latestPerCalendar[c] = d.ef[t] }
        }
        finishWall = network.projectStart.minutes
        for (c, code) in latestPerCalendar.enumerated() where code != Int64.min {
            finishWall = max(finishWall, timelines[c].decode(code))
        }
        finishCode = timelines.map { TimeCode.finishReading($0.encode(finishWall)) }
    }

    private func backwardPass(_ d: inout Dates) {
        for t32 in order.reversed() {
            let t = Int(t32)
            let c = facts.calendar[t]
            if facts.state[t] == TaskFacts.finished {
                d.lf[t] = d.ef[t]
                d.ls[t] = d.es[t]
                d.lsCalc[t] = d.es[t]
                continue
            }
            let projectFinish = finishCode[Int(c)]
            var late = Int64.max
            for k in Int(graph.succStart[t])..<Int(graph.succStart[t + 1]) {
                let li = Int(graph.succLinks[k])
                let s = Int(graph.succ[li])
                if facts.state[s] == TaskFacts.finished { continue }
                // For a started successor `lsCalc` is the latest moment its remaining work can
                // resume, which is what retained logic makes its predecessors drive.
                let candidate = latestFinishAllowed(by: li, successorStart: d.lsCalc[s])
                late = min(late, min(candidate, projectFinish))
            }
            if late == Int64.max { late = projectFinish }
            if facts.isMilestone[t] && facts.duration[t] == 0 && facts.state[t] == TaskFacts.started {
                late = d.es[t]
            }
            let date = constraintCode[t]
            if date != Self.none, facts.state[t] == TaskFacts.notStarted {
                let dur = facts.duration[t]
                switch facts.constraint[t] {
                case .mustStartOn: late = TimeCode.add(TimeCode.startReading(date), dur)
                case .mustFinishOn: late = date
                case .startNoLaterThan: late = min(late, TimeCode.add(TimeCode.startReading(date), dur))
                case .finishNoLaterThan: late = min(late, date)
                default: break
                }
            }
            if deadlineCode[t] != Self.none { late = min(late, deadlineCode[t]) }
            late = TimeCode.finishReading(late)
            d.lf[t] = late
            d.lsCalc[t] = TimeCode.add(late, -facts.remaining[t])
            d.ls[t] = facts.state[t] == TaskFacts.started ? d.es[t] : d.lsCalc[t]
        }
    }

    // MARK: Float, paths, roll-up

    /// The latest finish a link allows its predecessor when the successor's (remaining) work
    /// starts at `successorStart`: the forward rule of `latestCandidate` solved for the
    /// predecessor. Bounds on starts round down to a working minute at or before the bound, bounds
    /// on finishes to the end of the last working period before it.
    private func latestFinishAllowed(by li: Int, successorStart: Int64) -> Int64 {
        let p = Int(graph.pred[li]), s = Int(graph.succ[li])
        if facts.calendar[p] == facts.calendar[s] && !graph.lagIsElapsed[li] {
            let shifted = TimeCode.add(successorStart, -graph.lag[li])
            // The common case: pure working-minute arithmetic, no calendar lookups.
            switch graph.type[li] {
            case .finishToStart: return TimeCode.finishReading(shifted)
            case .startToStart:
                let start = facts.isMilestone[p] ? TimeCode.finishReading(shifted) : TimeCode.startReading(shifted)
                return TimeCode.add(start, facts.duration[p])
            case .finishToFinish:
                let r = facts.remaining[s]
                return TimeCode.finishReading(TimeCode.add(r == 0 ? TimeCode.finishReading(shifted) : TimeCode.startReading(shifted), r))
            case .startToFinish:
                let d = facts.duration[s]
                let start = TimeCode.add(d == 0 && facts.isMilestone[p] ? TimeCode.finishReading(shifted) : TimeCode.startReading(shifted), d)
                return TimeCode.add(facts.isMilestone[p] ? start : TimeCode.startReading(start), facts.duration[p])
            }
        }
        return latestFinishAcrossCalendars(li, p: p, s: s, successorStart: successorStart)
    }

    /// The slow path of `latestFinishAllowed`: an elapsed lag or two calendars, so the bound goes
    /// through the wall clock.
    private func latestFinishAcrossCalendars(_ li: Int, p: Int, s: Int, successorStart: Int64) -> Int64 {
        let c = facts.calendar[p], cs = facts.calendar[s]
        let elapsed = graph.lagIsElapsed[li]
        let shifted = TimeCode.add(successorStart, -graph.lag[li])
        // A late start may sit anywhere with the same working-minute count, so the latest wall
        // time (the start reading) is the bound.
        let wall = timelines[Int(cs)].decode(TimeCode.startReading(elapsed ? successorStart : shifted)) - (elapsed ? graph.lag[li] : 0)
        let predIsMilestone = facts.isMilestone[p]
        switch graph.type[li] {
        case .finishToStart:
            return bound(wall, shifted, on: c, cs, elapsed, finishLike: true)
        case .startToStart:
            return TimeCode.add(bound(wall, shifted, on: c, cs, elapsed, finishLike: predIsMilestone), facts.duration[p])
        case .finishToFinish:
            let r = facts.remaining[s]
            let finish = TimeCode.add(bound(wall, shifted, on: cs, cs, elapsed, finishLike: r == 0), r)
            if c == cs { return TimeCode.finishReading(finish) }
            // The predecessor's finish counts on cs by its working minutes, so any wall time up to
            // the latest one with the same count (the start reading) is allowed.
            return TimeCode.finishReading(timelines[Int(c)].encode(timelines[Int(cs)].decode(TimeCode.startReading(finish))))
        case .startToFinish:
            let d = facts.duration[s]
            let start = TimeCode.add(bound(wall, shifted, on: cs, cs, elapsed, finishLike: d == 0 && predIsMilestone), d)
            let onPred: Int64
            if c == cs {
                onPred = predIsMilestone ? start : TimeCode.startReading(start)
            } else {
                let w = timelines[Int(cs)].decode(TimeCode.startReading(start))
                onPred = predIsMilestone ? TimeCode.finishReading(timelines[Int(c)].encode(w)) : timelines[Int(c)].floorStart(w)
            }
            return TimeCode.add(onPred, facts.duration[p])
        }
    }

    /// A bound on calendar `target`. `finishLike`: the bounded date is a finish reading in the
    /// forward rule (a milestone's start, or a finish moved by zero), so the end of a working
    /// period is still allowed; otherwise it is a start and rounds down to a working minute.
    private func bound(_ wall: Int64, _ shifted: Int64, on target: Int32, _ cs: Int32, _ elapsed: Bool, finishLike: Bool) -> Int64 {
        if !elapsed && target == cs { return finishLike ? TimeCode.finishReading(shifted) : TimeCode.startReading(shifted) }
        return finishLike ? TimeCode.finishReading(timelines[Int(target)].encode(wall)) : timelines[Int(target)].floorStart(wall)
    }

    /// Working minutes (on the predecessor's calendar) the predecessor can slip before this link
    /// would push the successor's early dates.
    private func linkSlack(_ li: Int, _ d: Dates) -> Int64 {
        let p = Int(graph.pred[li]), s = Int(graph.succ[li])
        let sStart: Int64
        if facts.isALAP[s] {
            sStart = d.ls[s]
        } else {
            sStart = facts.state[s] == TaskFacts.started ? TimeCode.add(d.ef[s], -facts.remaining[s]) : d.es[s]
        }
        let pFinish = facts.isALAP[p] ? d.lf[p] : d.ef[p]
        return TimeCode.ordinal(latestFinishAllowed(by: li, successorStart: sStart)) - TimeCode.ordinal(pFinish)
    }

    private func assemble(_ d: Dates) -> Schedule {
        let n = facts.count
        var out = [TaskSchedule]()
        out.reserveCapacity(n)
        var totalFloat = [Int64](repeating: 0, count: n)
        var freeFloat = [Int64](repeating: 0, count: n)
        var critical = [Bool](repeating: false, count: n)
        var onLongest = [Bool](repeating: false, count: n)
        var slack = [Int64](repeating: 0, count: graph.pred.count)
        for li in 0..<graph.pred.count { slack[li] = linkSlack(li, d) }

        for t32 in order {
            let t = Int(t32)
            let state = facts.state[t]
            let startSlack = TimeCode.ordinal(d.ls[t]) - TimeCode.ordinal(d.es[t])
            let finishSlack = TimeCode.ordinal(d.lf[t]) - TimeCode.ordinal(d.ef[t])
            if facts.isALAP[t] {
                totalFloat[t] = 0
            } else {
                totalFloat[t] = state == TaskFacts.notStarted ? min(startSlack, finishSlack) : finishSlack
            }
            if state == TaskFacts.finished {
                freeFloat[t] = 0
            } else {
                var free = Int64.max
                for k in Int(graph.succStart[t])..<Int(graph.succStart[t + 1]) {
                    let li = Int(graph.succLinks[k])
                    if facts.state[Int(graph.succ[li])] == TaskFacts.finished { continue }
                    free = min(free, slack[li])
                }
                if free == Int64.max { free = totalFloat[t] }
                freeFloat[t] = max(0, free)
            }
            critical[t] = state != TaskFacts.finished && totalFloat[t] <= network.criticalThreshold
        }

        // Longest path: from the tasks that finish the project, back along driving links.
        var stack: [Int] = []
        for t32 in order {
            let t = Int(t32)
            if TimeCode.ordinal(d.ef[t]) >= TimeCode.ordinal(finishCode[Int(facts.calendar[t])]) {
                onLongest[t] = true
                stack.append(t)
            }
        }
        while let t = stack.popLast() {
            for k in Int(graph.predStart[t])..<Int(graph.predStart[t + 1]) {
                let li = Int(graph.predLinks[k])
                let p = Int(graph.pred[li])
                if slack[li] <= 0 && !onLongest[p] {
                    onLongest[p] = true
                    stack.append(p)
                }
            }
        }

        // Wall times for the leaves, then summaries from their children (children come later in
        // outline order, so walking backwards finishes every child before its parent).
        var wES = [Int64](repeating: 0, count: n), wEF = wES, wLS = wES, wLF = wES, wStart = wES, wFinish = wES
        var duration = facts.duration
        var missed = [Bool](repeating: false, count: n)
        for t in 0..<n where !facts.isSummary[t] {
            let tl = timelines[Int(facts.calendar[t])]
            wES[t] = tl.decode(d.es[t])
            wEF[t] = tl.decode(d.ef[t])
            wLS[t] = tl.decode(d.ls[t])
            wLF[t] = tl.decode(d.lf[t])
            wStart[t] = network.tasks[t].actualStart?.minutes ?? (facts.isALAP[t] ? wLS[t] : wES[t])
            wFinish[t] = network.tasks[t].actualFinish?.minutes ?? (facts.isALAP[t] ? wLF[t] : wEF[t])
        }
        for t in stride(from: n - 1, through: 0, by: -1) where facts.isSummary[t] {
            var s = Int64.max, f = Int64.min, e0 = Int64.max, e1 = Int64.min, l0 = Int64.max, l1 = Int64.min
            var anyCritical = false, anyLongest = false
            for k in Int(facts.childStart[t])..<Int(facts.childStart[t + 1]) {
                let ch = Int(facts.children[k])
                s = min(s, wStart[ch])
                f = max(f, wFinish[ch])
                e0 = min(e0, facts.isALAP[ch] ? wLS[ch] : wES[ch])
                e1 = max(e1, facts.isALAP[ch] ? wLF[ch] : wEF[ch])
                l0 = min(l0, wLS[ch])
                l1 = max(l1, wLF[ch])
                anyCritical = anyCritical || critical[ch]
                anyLongest = anyLongest || onLongest[ch]
            }
            (wStart[t], wFinish[t], wES[t], wEF[t], wLS[t], wLF[t]) = (s, f, e0, e1, l0, l1)
            critical[t] = anyCritical
            onLongest[t] = anyLongest
            let tl = timelines[Int(facts.calendar[t])]
            duration[t] = max(0, tl.ordinal(at: f) - tl.ordinal(at: s))
            totalFloat[t] = min(tl.ordinal(at: l0) - tl.ordinal(at: e0), tl.ordinal(at: l1) - tl.ordinal(at: e1))
            freeFloat[t] = max(0, totalFloat[t])
        }
        for t in 0..<n {
            if let deadline = network.tasks[t].deadline { missed[t] = wFinish[t] > deadline.minutes }
            out.append(
                TaskSchedule(
                    start: LocalDateTime(minutes: wStart[t]), finish: LocalDateTime(minutes: wFinish[t]),
                    earlyStart: LocalDateTime(minutes: wES[t]), earlyFinish: LocalDateTime(minutes: wEF[t]),
                    lateStart: LocalDateTime(minutes: wLS[t]), lateFinish: LocalDateTime(minutes: wLF[t]),
                    duration: duration[t], totalFloat: totalFloat[t], freeFloat: freeFloat[t], isCritical: critical[t],
                    isOnLongestPath: onLongest[t], isSummary: facts.isSummary[t], missesDeadline: missed[t]))
        }
        return Schedule(tasks: out, projectStart: network.projectStart, projectFinish: LocalDateTime(minutes: finishWall), minutesPerDay: network.minutesPerDay)
    }
}
