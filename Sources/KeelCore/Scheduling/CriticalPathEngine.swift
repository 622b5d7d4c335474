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

/// A network prepared once and rescheduled many times with other durations: the Monte Carlo
/// simulation runs every iteration through the same passes, and so the same semantics, as
/// `CriticalPathEngine.schedule`, without redoing the set-up (calendars, graph, order).
///
/// Links on summary tasks are expanded once, with the network's own durations: a start-to-start
/// link from a summary keeps driving from the leaf that starts first in the deterministic schedule.
struct ReschedulableNetwork {
    private var run: CPMRun
    let leafIndices: [Int32]
    private let baseDuration: [Int64]
    private let baseRemaining: [Int64]
    private let projectCalendar: Int
    /// The network is bound by its links alone (see `countDrivingCritical`): iterations then find
    /// their critical tasks by walking back from the finish instead of running the backward pass.
    let criticalByDrivingPaths: Bool
    /// Per task, the walk that last reached it, so the marks never need clearing.
    private var reached: [UInt32] = []
    private var walk: UInt32 = 0
    private var stack: [Int32] = []

    /// `drivingPaths: false` always runs the backward pass (the tests compare both).
    init(_ network: ScheduleNetwork, drivingPaths: Bool = true) throws(KeelError) {
        var errors = FieldErrors()
        network.check(into: &errors)
        try errors.throwIfAny()
        var run = CPMRun(network)
        try run.prepare()
        try run.checkRange()
        let isSummary = run.facts.isSummary
        leafIndices = (0..<network.tasks.count).filter { !isSummary[$0] }.map(Int32.init)
        self.run = run
        baseDuration = run.facts.durations
        baseRemaining = run.facts.remainingWork
        projectCalendar = network.projectCalendar
        criticalByDrivingPaths = drivingPaths && run.isBoundByLinksAlone
        if criticalByDrivingPaths {
            reached = [UInt32](repeating: 0, count: network.tasks.count)
            stack.reserveCapacity(network.tasks.count)
        }
    }

    var taskCount: Int { run.facts.count }
    /// Set when some iteration pushed a date past year 9999.
    var overflowed: Bool { run.timelines.contains(where: \.overflowed) }

    /// Working minutes from the project start to a wall time, on the project calendar.
    func workingMinutes(toWall wall: Int64) -> Int64 {
        TimeCode.ordinal(run.timelines[projectCalendar].encode(wall)) - TimeCode.ordinal(run.startCode[projectCalendar])
    }
    func isSummary(_ t: Int) -> Bool { run.facts.isSummary[t] }
    func isFinished(_ t: Int) -> Bool { run.facts.state[t] == TaskFacts.finished }
    func duration(_ t: Int) -> Int64 { baseDuration[t] }

    /// Reschedules with `duration[t]` working minutes for each task (summaries are ignored). A
    /// started task keeps the share of its work already done and scales what remains; a finished
    /// task keeps its actual dates. Returns the project finish (wall minutes) and its working
    /// minutes from the project start on the project calendar; `critical` gets each leaf's flag.
    mutating func reschedule(durations: [Int64], critical: inout [Bool]) -> (finishWall: Int64, workingMinutes: Int64) {
        let result = reschedule(durations: durations)
        for t32 in leafIndices { critical[Int(t32)] = isCritical(Int(t32)) }
        return result
    }

    /// The leaf's critical flag after the last `reschedule`.
    @inline(__always) func isCritical(_ t: Int) -> Bool {
        run.facts.state[t] != TaskFacts.finished && run.totalFloat(t) <= run.network.criticalThreshold
    }

    /// `reschedule` that adds one to `counts[t]` for every critical leaf `t` (Monte Carlo's tally).
    mutating func reschedule(
        durations: [Int64],
        countingCriticalInto counts: UnsafeMutablePointer<Int32>
    ) -> (finishWall: Int64, workingMinutes: Int64) {
        if criticalByDrivingPaths {
            setDurations(durations)
            run.rescheduleEarly()
            walk &+= 1
            if walk == 0 {
                // After 2³² walks the marks would repeat: start them again.
                for i in reached.indices { reached[i] = 0 }
                walk = 1
            }
            run.countDrivingCritical(into: counts, reached: &reached, walk: walk, stack: &stack)
            return (run.finishWall, workingMinutes(toWall: run.finishWall))
        }
        let result = reschedule(durations: durations)
        let threshold = run.network.criticalThreshold
        for t32 in leafIndices {
            let t = Int(t32)
            let critical = run.facts.state[t] != TaskFacts.finished && run.totalFloat(t) <= threshold
            counts[t] &+= critical ? 1 : 0
        }
        return result
    }

    private mutating func reschedule(durations: [Int64]) -> (finishWall: Int64, workingMinutes: Int64) {
        setDurations(durations)
        run.rescheduleAll()
        return (run.finishWall, workingMinutes(toWall: run.finishWall))
    }

    private mutating func setDurations(_ durations: [Int64]) {
        for t32 in leafIndices {
            let t = Int(t32)
            let d = durations[t]
            run.facts.duration[t] = d
            switch run.facts.state[t] {
            case TaskFacts.notStarted: run.facts.remaining[t] = d
            case TaskFacts.started:
                let base = baseDuration[t]
                run.facts.remaining[t] = base == 0 ? 0 : (baseRemaining[t] * d + base / 2) / base
            default: break
            }
        }
        if !run.graph.percentLags.isEmpty { run.graph.resolvePercentLags(durations: run.facts.duration) }
    }
}

/// The tasks' facts, resolved once, in raw memory: the passes read them once per link, and
/// array bounds and uniqueness checks there cost as much as the arithmetic. Only durations and
/// remaining work change, when a Monte Carlo iteration samples new ones.
private final class TaskFacts {
    let count: Int
    let isSummary: [Bool]
    let calendar: UnsafeMutablePointer<Int32>
    let duration: UnsafeMutablePointer<Int64>
    let remaining: UnsafeMutablePointer<Int64>
    let isMilestone: UnsafeMutablePointer<Bool>
    /// 0 not started, 1 started, 2 finished.
    let state: UnsafeMutablePointer<UInt8>
    let isALAP: UnsafeMutablePointer<Bool>
    let anyALAP: Bool
    let constraint: [ConstraintKind]
    /// Children lists for summaries (CSR).
    let childStart: [Int32]
    let children: [Int32]

    static let notStarted: UInt8 = 0, started: UInt8 = 1, finished: UInt8 = 2

    init(
        isSummary: [Bool],
        calendar: [Int32],
        duration: [Int64],
        remaining: [Int64],
        isMilestone: [Bool],
        state: [UInt8],
        isALAP: [Bool],
        constraint: [ConstraintKind],
        childStart: [Int32],
        children: [Int32]
    ) {
        func column<T>(_ values: [T]) -> UnsafeMutablePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, values.count))
            _ = UnsafeMutableBufferPointer(start: p, count: values.count).initialize(from: values)
            return p
        }
        count = isSummary.count
        self.isSummary = isSummary
        self.calendar = column(calendar)
        self.duration = column(duration)
        self.remaining = column(remaining)
        self.isMilestone = column(isMilestone)
        self.state = column(state)
        self.isALAP = column(isALAP)
        anyALAP = isALAP.contains(true)
        self.constraint = constraint
        self.childStart = childStart
        self.children = children
    }

    deinit {
        calendar.deallocate()
        duration.deallocate()
        remaining.deallocate()
        isMilestone.deallocate()
        state.deallocate()
        isALAP.deallocate()
    }

    var durations: [Int64] { Array(UnsafeBufferPointer(start: duration, count: count)) }
    var remainingWork: [Int64] { Array(UnsafeBufferPointer(start: remaining, count: count)) }
}

/// The five date arrays the passes fill, in raw memory: the passes touch them once per link, and
/// array bounds and uniqueness checks there cost as much as the date arithmetic. A reference type,
/// so the passes can write them while reading the run's fixed facts.
private final class Dates {
    let count: Int
    let es: UnsafeMutablePointer<Int64>
    let ef: UnsafeMutablePointer<Int64>
    let ls: UnsafeMutablePointer<Int64>
    let lf: UnsafeMutablePointer<Int64>
    /// Late start before an actual start overrides it: what predecessors must respect.
    let lsCalc: UnsafeMutablePointer<Int64>

    init(count: Int) {
        self.count = count
        func make() -> UnsafeMutablePointer<Int64> {
            let p = UnsafeMutablePointer<Int64>.allocate(capacity: max(1, count))
            p.initialize(repeating: 0, count: max(1, count))
            return p
        }
        (es, ef, ls, lf, lsCalc) = (make(), make(), make(), make(), make())
    }

    deinit {
        for p in [es, ef, ls, lf, lsCalc] { p.deallocate() }
    }
}

private struct CPMRun {
    let network: ScheduleNetwork
    let facts: TaskFacts
    let timelines: [CalendarTimeline]
    var graph = LinkGraph()
    var order: [Int32] = []
    let dates: Dates
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
        timelines = network.calendars.map { CalendarTimeline(calendar: $0, origin: network.projectStart.day) }
        // One sweep over the tasks fills every per-task array: the task structs are large, and
        // reading them once instead of once per fact is what keeps set-up cheap on big projects.
        var isSummary = [Bool](repeating: false, count: n)
        var childCount = [Int32](repeating: 0, count: n + 1)
        var calendar = [Int32](repeating: 0, count: n)
        var duration = [Int64](repeating: 0, count: n), remaining = duration
        var isMilestone = isSummary, isALAP = isSummary
        var state = [UInt8](repeating: TaskFacts.notStarted, count: n)
        var constraint = [ConstraintKind](repeating: .asSoonAsPossible, count: n)
        var constraintCode = [Int64](repeating: Self.none, count: n)
        var deadlineCode = constraintCode, actualStartCode = constraintCode, actualFinishCode = constraintCode
        let timelines = timelines
        for (i, t) in network.tasks.enumerated() {
            if let p = t.parent {
                isSummary[p] = true
                childCount[p + 1] += 1
            }
            let c = t.calendar ?? network.projectCalendar
            calendar[i] = Int32(c)
            duration[i] = t.duration
            remaining[i] = t.remainingWork
            isMilestone[i] = t.isMilestone || t.duration == 0
            state[i] = t.actualFinish != nil ? TaskFacts.finished : (t.actualStart != nil ? TaskFacts.started : TaskFacts.notStarted)
            isALAP[i] = t.constraint == .asLateAsPossible && t.actualStart == nil
            constraint[i] = t.constraint
            if let d = t.constraintDate { constraintCode[i] = timelines[c].encode(d.minutes) }
            if let d = t.deadline { deadlineCode[i] = timelines[c].encode(d.minutes) }
            if let d = t.actualStart { actualStartCode[i] = timelines[c].encode(d.minutes) }
            if let d = t.actualFinish { actualFinishCode[i] = timelines[c].encode(d.minutes) }
        }
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
            isSummary: isSummary,
            calendar: calendar,
            duration: duration,
            remaining: remaining,
            isMilestone: isMilestone,
            state: state,
            isALAP: isALAP,
            constraint: constraint,
            childStart: childCount,
            children: children
        )
        self.constraintCode = constraintCode
        self.deadlineCode = deadlineCode
        self.actualStartCode = actualStartCode
        self.actualFinishCode = actualFinishCode
        dates = Dates(count: n)
    }

    mutating func execute() throws(KeelError) -> Schedule {
        try prepare()
        computeProjectFinish(dates)
        backwardPass(dates)
        if facts.anyALAP { forwardPass(useLateForALAP: true, dates) }
        let result = assemble(dates)
        try checkRange()
        return result
    }

    /// Everything before the backward pass: codes of the fixed dates, the link graph with summary
    /// links expanded, the topological order, and the early dates.
    mutating func prepare() throws(KeelError) {
        startCode = timelines.map { $0.encode(network.projectStart.minutes) }
        statusCode = timelines.map { tl in network.statusDate.map { TimeCode.startReading(tl.encode($0.minutes)) } }

        // Links between leaf tasks first. Links on summary tasks stand for links on their leaves,
        // and a start-driven link from a summary needs its earliest leaf, known only after a pass.
        let summaryLinks = network.links.filter { facts.isSummary[$0.predecessor] || facts.isSummary[$0.successor] }
        graph.index(network.links, isSummary: facts.isSummary, durations: facts.durations, calendars: facts.calendar)
        try sortTopologically()
        forwardPass(useLateForALAP: false, dates)
        if !summaryLinks.isEmpty {
            for link in summaryLinks { expand(link, dates) }
            graph.index(network.links, isSummary: facts.isSummary, durations: facts.durations, calendars: facts.calendar)
            try sortTopologically()
            forwardPass(useLateForALAP: false, dates)
        }
    }

    func checkRange() throws(KeelError) {
        if timelines.contains(where: \.overflowed) {
            throw .validation([FieldError("tasks", .outOfRange, ["min": "0001-01-01", "max": "9999-12-31"])])
        }
    }

    /// The passes again after durations changed (graph and order stay).
    mutating func rescheduleAll() {
        forwardPass(useLateForALAP: false, dates)
        computeProjectFinish(dates)
        backwardPass(dates)
        if facts.anyALAP { forwardPass(useLateForALAP: true, dates) }
    }

    /// The early dates and the project finish only (the driving-path walk needs no late dates).
    mutating func rescheduleEarly() {
        forwardPass(useLateForALAP: false, dates)
        computeProjectFinish(dates)
    }

    /// Nothing but the links bounds a task: one calendar, working lags, no constraint dates,
    /// deadlines, as-late-as-possible tasks or progress, and a critical threshold of zero. Then a
    /// task's total float is the least, over its successors, of the link's slack plus the
    /// successor's total float (every term in working minutes on the one calendar, and never
    /// negative), or its gap to the project finish. So its float is zero exactly when a chain of
    /// links without slack leads from it to a task that finishes the project.
    var isBoundByLinksAlone: Bool {
        guard network.criticalThreshold == 0,
            timelines.count == 1 || Set((0..<facts.count).filter { !facts.isSummary[$0] }.map { facts.calendar[$0] }).count <= 1
        else { return false }
        for t in 0..<facts.count where !facts.isSummary[t] {
            if facts.state[t] != TaskFacts.notStarted || facts.isALAP[t] || facts.constraint[t] != .asSoonAsPossible || constraintCode[t] != Self.none
                || deadlineCode[t] != Self.none
            {
                return false
            }
        }
        return graph.incoming.allSatisfy(\.isPlain)
    }

    /// Adds one to `counts[t]` for every leaf with zero total float, found by walking back from the
    /// tasks that finish the project along links without slack (see `isBoundByLinksAlone`).
    func countDrivingCritical(into counts: UnsafeMutablePointer<Int32>, reached: inout [UInt32], walk: UInt32, stack: inout [Int32]) {
        let d = dates
        let finish = TimeCode.ordinal(finishCode[Int(facts.calendar[Int(order.first ?? 0)])])
        stack.removeAll(keepingCapacity: true)
        reached.withUnsafeMutableBufferPointer { mark in
            for t32 in order where TimeCode.ordinal(d.ef[Int(t32)]) >= finish {
                mark[Int(t32)] = walk
                stack.append(t32)
            }
            while let t32 = stack.popLast() {
                let t = Int(t32)
                counts[t] &+= 1
                let start = d.es[t], r = facts.remaining[t], sd = facts.duration[t]
                for k in graph.incomingRange(t) {
                    let e = graph.incoming[k]
                    let p = Int(e.task)
                    if mark[p] == walk { continue }
                    let bound = Self.sameCalendarBound(
                        start,
                        e,
                        predecessorIsMilestone: facts.isMilestone[p],
                        predecessorDuration: facts.duration[p],
                        successorRemaining: r,
                        successorDuration: sd
                    )
                    if TimeCode.ordinal(bound) <= TimeCode.ordinal(d.ef[p]) {
                        mark[p] = walk
                        stack.append(Int32(p))
                    }
                }
            }
        }
    }

    /// A leaf's total float, by the rule `assemble` applies.
    @inline(__always) func totalFloat(_ t: Int) -> Int64 {
        if facts.isALAP[t] { return 0 }
        let finishSlack = TimeCode.ordinal(dates.lf[t]) - TimeCode.ordinal(dates.ef[t])
        if facts.state[t] != TaskFacts.notStarted { return finishSlack }
        return min(TimeCode.ordinal(dates.ls[t]) - TimeCode.ordinal(dates.es[t]), finishSlack)
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
        for p in preds { for s in succs { graph.addExpanded(p, s, link.type, lag: link.lag, predecessorDuration: facts.duration[p]) } }
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

    /// Depth-first over predecessors, so that a task lands in `order` after everything it waits
    /// for. Meeting a task that is still on the path means a cycle, which is named task by task.
    private mutating func sortTopologically() throws(KeelError) {
        let n = facts.count
        let unseen: UInt8 = 0, onPath: UInt8 = 1, done: UInt8 = 2
        var mark = [UInt8](repeating: unseen, count: n)
        var order: [Int32] = []
        order.reserveCapacity(n)
        // The path from a root back through predecessors, with the next incoming edge to try.
        var path: [(task: Int32, next: Int32)] = []
        for root in 0..<n where !facts.isSummary[root] && mark[root] == unseen {
            mark[root] = onPath
            path.append((Int32(root), graph.inStart[root]))
            while let top = path.last {
                let t = Int(top.task)
                if top.next == graph.inStart[t + 1] {
                    path.removeLast()
                    mark[t] = done
                    order.append(top.task)
                    continue
                }
                path[path.count - 1].next += 1
                let p = Int(graph.incoming[Int(top.next)].task)
                if mark[p] == unseen {
                    mark[p] = onPath
                    path.append((Int32(p), graph.inStart[p]))
                } else if mark[p] == onPath {
                    throw .validation([cycleError(path.map { Int($0.task) }, closingAt: p)])
                }
            }
        }
        self.order = order
    }

    /// The path runs from a task back through its predecessors; `p`, already on it, is a
    /// predecessor of the last one. In link order the cycle is p → last → … → p.
    private func cycleError(_ path: [Int], closingAt p: Int) -> FieldError {
        let from = path.firstIndex(of: p)!
        let cycle = [p] + path[(from + 1)...].reversed()
        let names = (cycle + [p]).map { i in
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
    @inline(__always) private func forwardShift(_ code: Int64, in x: Int32, to c: Int32, _ e: LinkEdge) -> Int64 {
        if e.isElapsed {
            let wall = timelines[Int(x)].decode(code) + e.lag
            return timelines[Int(c)].encode(wall)
        }
        return TimeCode.add(convert(code, x, c), e.lag)
    }

    /// A start snaps to the next working moment, except that a milestone may sit at the very end
    /// of a working period (it happens when its predecessor finishes).
    @inline(__always) private func snapStart(_ code: Int64, _ t: Int) -> Int64 {
        facts.isMilestone[t] && !TimeCode.isStart(code) ? code : TimeCode.startReading(code)
    }

    // MARK: Forward pass

    private func forwardPass(useLateForALAP: Bool, _ d: Dates) {
        // Two copies of the loop, each with the flag a constant: the Monte Carlo iterations run
        // the one that never looks at late dates.
        if useLateForALAP { forwardPassBody(useLateForALAP: true, d) } else { forwardPassBody(useLateForALAP: false, d) }
    }

    @inline(__always) private func forwardPassBody(useLateForALAP: Bool, _ d: Dates) {
        for t32 in order {
            let t = Int(t32)
            let c = facts.calendar[t]
            let hasPreds = graph.inStart[t] != graph.inStart[t + 1]
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
                scheduleUnstarted(t, c, driven: hasPreds ? driven : nil, d)
            }
        }
    }

    private func scheduleUnstarted(_ t: Int, _ c: Int32, driven: Int64?, _ d: Dates) {
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
        // What the successor end subtracts before the lag: nothing for a start-driven link, the
        // remaining work for finish-to-finish, the duration for start-to-finish.
        let remaining = facts.remaining[t], duration = facts.duration[t]
        let projectStart = startCode[Int(c)]
        for k in graph.incomingRange(t) {
            let e = graph.incoming[k]
            let p = Int(e.task)
            let late = useLateForALAP && facts.isALAP[p]
            let pStart = late ? d.ls[p] : d.es[p]
            let pFinish = late ? d.lf[p] : d.ef[p]
            let type = e.type
            var candidate: Int64
            if e.isPlain {
                // One calendar, working lag: the rules below without branches on the link type
                // (mixed link types would make them unpredictable).
                let source = type == .finishToStart || type == .finishToFinish ? pFinish : pStart
                let back = type == .finishToFinish ? remaining : (type == .startToFinish ? duration : 0)
                candidate = TimeCode.add(TimeCode.add(source, -back), e.lag)
                candidate = type == .finishToFinish ? max(candidate, projectStart) : candidate
            } else {
                let cp = facts.calendar[p]
                switch type {
                case .finishToStart: candidate = forwardShift(pFinish, in: cp, to: c, e)
                case .startToStart: candidate = forwardShift(pStart, in: cp, to: c, e)
                case .finishToFinish:
                    candidate = forwardShift(TimeCode.add(convert(pFinish, cp, c), -remaining), in: c, to: c, e)
                    candidate = max(candidate, projectStart)
                case .startToFinish: candidate = forwardShift(TimeCode.add(convert(pStart, cp, c), -duration), in: c, to: c, e)
                }
            }
            best = max(best, candidate)
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

    /// Late dates in reverse topological order. Each task, once its late dates are final, pushes
    /// the latest finish it allows onto its predecessors (kept in `lf` until they are reached),
    /// so only the incoming links are ever needed.
    private func backwardPass(_ d: Dates) {
        for t in 0..<facts.count { d.lf[t] = Int64.max }
        for t32 in order.reversed() {
            let t = Int(t32)
            let c = facts.calendar[t]
            if facts.state[t] == TaskFacts.finished {
                d.lf[t] = d.ef[t]
                d.ls[t] = d.es[t]
                d.lsCalc[t] = d.es[t]
                continue
            }
            // The successors' bounds (already pushed), never beyond the project finish.
            var late = min(d.lf[t], finishCode[Int(c)])
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
            let lsCalc = TimeCode.add(late, -facts.remaining[t])
            d.lsCalc[t] = lsCalc
            d.ls[t] = facts.state[t] == TaskFacts.started ? d.es[t] : lsCalc
            // For a started task `lsCalc` is the latest moment its remaining work can resume,
            // which is what retained logic makes its predecessors drive.
            // The successor's facts are read once, not per link: the stores into `d` might alias
            // them as far as the optimiser knows.
            let r = facts.remaining[t], sd = facts.duration[t]
            for k in graph.incomingRange(t) {
                let e = graph.incoming[k]
                let p = Int(e.task)
                let bound =
                    e.isPlain
                    ? Self.sameCalendarBound(
                        lsCalc,
                        e,
                        predecessorIsMilestone: facts.isMilestone[p],
                        predecessorDuration: facts.duration[p],
                        successorRemaining: r,
                        successorDuration: sd
                    )
                    : latestFinishAcrossCalendars(p, t, e, successorStart: lsCalc)
                d.lf[p] = min(d.lf[p], bound)
            }
        }
    }

    // MARK: Float, paths, roll-up

    /// The latest finish a link allows its predecessor when the successor's (remaining) work
    /// starts at `successorStart`: the forward rule of `latestCandidate` solved for the
    /// predecessor. Bounds on starts round down to a working minute at or before the bound, bounds
    /// on finishes to the end of the last working period before it.
    @inline(__always) private func latestFinishAllowed(_ p: Int, _ s: Int, _ e: LinkEdge, successorStart: Int64) -> Int64 {
        if e.isPlain {
            return Self.sameCalendarBound(
                successorStart,
                e,
                predecessorIsMilestone: facts.isMilestone[p],
                predecessorDuration: facts.duration[p],
                successorRemaining: facts.remaining[s],
                successorDuration: facts.duration[s]
            )
        }
        return latestFinishAcrossCalendars(p, s, e, successorStart: successorStart)
    }

    /// `latestFinishAllowed` when both tasks share a calendar and the lag is working time: pure
    /// working-minute arithmetic, no calendar lookups, and no branches on the link type. Per type:
    ///   FS: finish reading of the shifted start
    ///   SS: the shifted start (finish reading for a milestone predecessor) + its duration
    ///   FF: finish reading of (shifted start, finish reading when r = 0) + r, r = remaining work
    ///   SF: (shifted start, finish reading when d = 0 and p a milestone) + d, d = duration,
    ///       then start reading unless p is a milestone, + p's duration
    @inline(__always) static func sameCalendarBound(
        _ successorStart: Int64,
        _ e: LinkEdge,
        predecessorIsMilestone pIsMilestone: Bool,
        predecessorDuration: Int64,
        successorRemaining r: Int64,
        successorDuration sd: Int64
    ) -> Int64 {
        let shifted = TimeCode.add(successorStart, -e.lag)
        let type = e.type
        let finishReadingFirst =
            type == .finishToStart || (type == .startToStart && pIsMilestone) || (type == .finishToFinish && r == 0)
            || (type == .startToFinish && sd == 0 && pIsMilestone)
        let first = finishReadingFirst ? TimeCode.finishReading(shifted) : TimeCode.startReading(shifted)
        let added = TimeCode.add(first, type == .finishToFinish ? r : (type == .startToFinish ? sd : 0))
        let start = type == .startToFinish && !pIsMilestone ? TimeCode.startReading(added) : added
        let startDriven = TimeCode.add(start, predecessorDuration)
        return type == .finishToStart || type == .finishToFinish ? TimeCode.finishReading(added) : startDriven
    }

    /// The slow path of `latestFinishAllowed`: an elapsed lag or two calendars, so the bound goes
    /// through the wall clock.
    private func latestFinishAcrossCalendars(_ p: Int, _ s: Int, _ e: LinkEdge, successorStart: Int64) -> Int64 {
        let c = facts.calendar[p], cs = facts.calendar[s]
        let elapsed = e.isElapsed
        let shifted = TimeCode.add(successorStart, -e.lag)
        // A late start may sit anywhere with the same working-minute count, so the latest wall
        // time (the start reading) is the bound.
        let wall = timelines[Int(cs)].decode(TimeCode.startReading(elapsed ? successorStart : shifted)) - (elapsed ? e.lag : 0)
        let predIsMilestone = facts.isMilestone[p]
        switch e.type {
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
    @inline(__always) private func linkSlack(_ p: Int, _ s: Int, _ e: LinkEdge, _ d: Dates) -> Int64 {
        let sStart: Int64
        if facts.isALAP[s] {
            sStart = d.ls[s]
        } else {
            sStart = facts.state[s] == TaskFacts.started ? TimeCode.add(d.ef[s], -facts.remaining[s]) : d.es[s]
        }
        let pFinish = facts.isALAP[p] ? d.lf[p] : d.ef[p]
        return TimeCode.ordinal(latestFinishAllowed(p, s, e, successorStart: sStart)) - TimeCode.ordinal(pFinish)
    }

    private func assemble(_ d: Dates) -> Schedule {
        let n = facts.count
        // A task's free float is the least slack of its links to successors still to finish.
        var leastSlack = [Int64](repeating: Int64.max, count: n)
        for s in 0..<n where !facts.isSummary[s] && facts.state[s] != TaskFacts.finished {
            for k in graph.incomingRange(s) {
                let e = graph.incoming[k], p = Int(e.task)
                let value = linkSlack(p, s, e, d)
                if value < leastSlack[p] { leastSlack[p] = value }
            }
        }

        // Leaves straight into the result; summaries are filled in below.
        let origin = LocalDateTime(minutes: 0)
        var out = [TaskSchedule](
            repeating: TaskSchedule(
                start: origin,
                finish: origin,
                earlyStart: origin,
                earlyFinish: origin,
                lateStart: origin,
                lateFinish: origin,
                duration: 0,
                totalFloat: 0,
                freeFloat: 0,
                isCritical: false,
                isOnLongestPath: false,
                isSummary: true,
                missesDeadline: false
            ),
            count: n
        )
        for t in 0..<n where !facts.isSummary[t] {
            let state = facts.state[t]
            let totalFloat: Int64
            if facts.isALAP[t] {
                totalFloat = 0
            } else {
                let finishSlack = TimeCode.ordinal(d.lf[t]) - TimeCode.ordinal(d.ef[t])
                let startSlack = TimeCode.ordinal(d.ls[t]) - TimeCode.ordinal(d.es[t])
                totalFloat = state == TaskFacts.notStarted ? min(startSlack, finishSlack) : finishSlack
            }
            // Never more than total float: a start-driven successor does not hold a long task's
            // finish, and slipping past total float would move the project finish.
            let freeFloat = state == TaskFacts.finished ? 0 : max(0, min(leastSlack[t], totalFloat))
            let tl = timelines[Int(facts.calendar[t])]
            let es = tl.decode(d.es[t]), ef = tl.decode(d.ef[t]), ls = tl.decode(d.ls[t]), lf = tl.decode(d.lf[t])
            let start = actualStartCode[t] != Self.none ? network.tasks[t].actualStart!.minutes : (facts.isALAP[t] ? ls : es)
            let finish = actualFinishCode[t] != Self.none ? network.tasks[t].actualFinish!.minutes : (facts.isALAP[t] ? lf : ef)
            out[t] = TaskSchedule(
                start: LocalDateTime(minutes: start),
                finish: LocalDateTime(minutes: finish),
                earlyStart: LocalDateTime(minutes: es),
                earlyFinish: LocalDateTime(minutes: ef),
                lateStart: LocalDateTime(minutes: ls),
                lateFinish: LocalDateTime(minutes: lf),
                duration: facts.duration[t],
                totalFloat: totalFloat,
                freeFloat: freeFloat,
                isCritical: state != TaskFacts.finished && totalFloat <= network.criticalThreshold,
                isOnLongestPath: false,
                isSummary: false,
                missesDeadline: false
            )
        }

        // Longest path: from the tasks that finish the project, back along driving links.
        var stack: [Int] = []
        for t32 in order where TimeCode.ordinal(d.ef[Int(t32)]) >= TimeCode.ordinal(finishCode[Int(facts.calendar[Int(t32)])]) {
            out[Int(t32)].isOnLongestPath = true
            stack.append(Int(t32))
        }
        while let t = stack.popLast() {
            for k in graph.incomingRange(t) {
                let e = graph.incoming[k], p = Int(e.task)
                if !out[p].isOnLongestPath && linkSlack(p, t, e, d) <= 0 {
                    out[p].isOnLongestPath = true
                    stack.append(p)
                }
            }
        }

        // Summaries from their children: children come later in outline order, so walking
        // backwards finishes every child before its parent.
        for t in stride(from: n - 1, through: 0, by: -1) where facts.isSummary[t] {
            var s = Int64.max, f = Int64.min, e0 = Int64.max, e1 = Int64.min, l0 = Int64.max, l1 = Int64.min
            var anyCritical = false, anyLongest = false
            for k in Int(facts.childStart[t])..<Int(facts.childStart[t + 1]) {
                let ch = Int(facts.children[k])
                let c = out[ch]
                let alap = facts.isALAP[ch]
                s = min(s, c.start.minutes)
                f = max(f, c.finish.minutes)
                e0 = min(e0, alap ? c.lateStart.minutes : c.earlyStart.minutes)
                e1 = max(e1, alap ? c.lateFinish.minutes : c.earlyFinish.minutes)
                l0 = min(l0, c.lateStart.minutes)
                l1 = max(l1, c.lateFinish.minutes)
                anyCritical = anyCritical || c.isCritical
                anyLongest = anyLongest || c.isOnLongestPath
            }
            let tl = timelines[Int(facts.calendar[t])]
            let totalFloat = min(tl.ordinal(at: l0) - tl.ordinal(at: e0), tl.ordinal(at: l1) - tl.ordinal(at: e1))
            out[t] = TaskSchedule(
                start: LocalDateTime(minutes: s),
                finish: LocalDateTime(minutes: f),
                earlyStart: LocalDateTime(minutes: e0),
                earlyFinish: LocalDateTime(minutes: e1),
                lateStart: LocalDateTime(minutes: l0),
                lateFinish: LocalDateTime(minutes: l1),
                duration: max(0, tl.ordinal(at: f) - tl.ordinal(at: s)),
                totalFloat: totalFloat,
                freeFloat: max(0, totalFloat),
                isCritical: anyCritical,
                isOnLongestPath: anyLongest,
                isSummary: true,
                missesDeadline: false
            )
        }
        for t in 0..<n where deadlineCode[t] != Self.none {
            out[t].missesDeadline = out[t].finish > network.tasks[t].deadline!
        }
        return Schedule(
            tasks: out,
            projectStart: network.projectStart,
            projectFinish: LocalDateTime(minutes: finishWall),
            minutesPerDay: network.minutesPerDay
        )
    }
}
