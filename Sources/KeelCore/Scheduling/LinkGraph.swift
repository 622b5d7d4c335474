/// One end of a link as a pass walks it: the task at the other end and everything the passes need
/// about the link, packed in 16 bytes so that a task's links sit side by side in memory.
struct LinkEdge: Sendable {
    /// The predecessor (on an incoming edge) or the successor (while the link is being added).
    var task: Int32
    var type: LinkType
    var isElapsed: Bool
    /// Both tasks on one calendar and a working lag: the passes then need only working-minute
    /// arithmetic, no calendar lookups. Set when the graph is indexed.
    var isPlain = false
    /// Working minutes (or wall-clock minutes when `isElapsed`); percentage lags are resolved.
    var lag: Int64

    init(to task: Int, _ type: LinkType, lag: Lag, predecessorDuration: Int64) {
        self.task = Int32(task)
        self.type = type
        switch lag {
        case .working(let m): (self.lag, isElapsed) = (m, false)
        case .elapsed(let m): (self.lag, isElapsed) = (m, true)
        case .percent(let h): (self.lag, isElapsed) = (Self.percentLag(predecessorDuration, h), false)
        }
    }

    /// A share of the predecessor's duration, applied as working time on the successor's calendar;
    /// rounded half away from zero to whole minutes.
    @inline(__always) static func percentLag(_ predecessorDuration: Int64, _ hundredths: Int64) -> Int64 {
        let raw = predecessorDuration * hundredths
        return raw >= 0 ? (raw + 5_000) / 10_000 : -((-raw + 5_000) / 10_000)
    }
}

/// The leaf-level links of a network grouped by successor (compressed sparse rows): the incoming
/// edges of task `t` are `incoming[inStart[t]..<inStart[t + 1]]`. Each pass reads a task's links as
/// one contiguous run instead of chasing link indices. Only this direction is kept: the backward
/// pass pushes bounds to predecessors rather than pulling them from successors, which halves the
/// memory and the cost of indexing.
struct LinkGraph: Sendable {
    private(set) var inStart: [Int32] = []
    private(set) var incoming: [LinkEdge] = []
    /// Links that stand for a link on a summary task, expanded to its leaves.
    private var expandedPredecessors: [Int32] = []
    private var expandedEdges: [LinkEdge] = []
    private var expandedPercent: [Int64?] = []
    /// Edges whose lag is a share of the predecessor's duration: (edge index, hundredths of a
    /// percent). A run that changes durations (a Monte Carlo iteration) re-resolves these.
    private(set) var percentLags: [(edge: Int32, hundredths: Int64)] = []

    var count: Int { incoming.count }

    mutating func addExpanded(_ p: Int, _ s: Int, _ type: LinkType, lag: Lag, predecessorDuration: Int64) {
        expandedPredecessors.append(Int32(p))
        expandedEdges.append(LinkEdge(to: s, type, lag: lag, predecessorDuration: predecessorDuration))
        if case .percent(let h) = lag { expandedPercent.append(h) } else { expandedPercent.append(nil) }
    }

    /// Indexes the network's links between leaves plus the expanded ones; call again after
    /// expanding more.
    mutating func index(_ links: [ScheduleLink], isSummary: [Bool], durations: [Int64], calendars: UnsafePointer<Int32>) {
        let n = isSummary.count
        var inStart = [Int32](repeating: 0, count: n + 1)
        var m = 0
        for link in links where !isSummary[link.predecessor] && !isSummary[link.successor] {
            inStart[link.successor + 1] &+= 1
            m += 1
        }
        for e in expandedEdges { inStart[Int(e.task) + 1] &+= 1 }
        m += expandedEdges.count
        for t in 0..<n { inStart[t + 1] += inStart[t] }
        var fill = inStart
        var percentLags: [(edge: Int32, hundredths: Int64)] = []
        // Filled through a raw buffer: scattering the 16-byte edges is the bulk of indexing, and
        // checked array writes would double its cost.
        let incoming = [LinkEdge](unsafeUninitializedCapacity: m) { buffer, initialized in
            func place(_ p: Int, _ s: Int, _ e: LinkEdge) {
                var edge = e
                edge.task = Int32(p)
                edge.isPlain = !edge.isElapsed && calendars[p] == calendars[s]
                (buffer.baseAddress! + Int(fill[s])).initialize(to: edge)
                fill[s] &+= 1
            }
            for link in links where !isSummary[link.predecessor] && !isSummary[link.successor] {
                let p = link.predecessor
                if case .percent(let h) = link.lag { percentLags.append((fill[link.successor], h)) }
                place(p, link.successor, LinkEdge(to: link.successor, link.type, lag: link.lag, predecessorDuration: durations[p]))
            }
            for (i, e) in expandedEdges.enumerated() {
                if let h = expandedPercent[i] { percentLags.append((fill[Int(e.task)], h)) }
                place(Int(expandedPredecessors[i]), Int(e.task), e)
            }
            initialized = m
        }
        (self.inStart, self.incoming, self.percentLags) = (inStart, incoming, percentLags)
    }

    /// Resolves the percentage lags again for new predecessor durations.
    mutating func resolvePercentLags(durations: UnsafePointer<Int64>) {
        for (k, h) in percentLags {
            let e = Int(k)
            incoming[e].lag = LinkEdge.percentLag(durations[Int(incoming[e].task)], h)
        }
    }

    @inline(__always) func incomingRange(_ t: Int) -> Range<Int> { Int(inStart[t])..<Int(inStart[t + 1]) }
}
