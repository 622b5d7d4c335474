/// One end of a link as a pass walks it: the task at the other end and everything the passes need
/// about the link, packed in 16 bytes so that a task's links sit side by side in memory.
struct LinkEdge {
    /// The predecessor (on an incoming edge) or the successor (while the link is being added).
    var task: Int32
    var type: LinkType
    var isElapsed: Bool
    /// Working minutes (or wall-clock minutes when `isElapsed`); percentage lags are resolved.
    var lag: Int64

    init(to task: Int, _ type: LinkType, lag: Lag, predecessorDuration: Int64) {
        self.task = Int32(task)
        self.type = type
        switch lag {
        case .working(let m): (self.lag, isElapsed) = (m, false)
        case .elapsed(let m): (self.lag, isElapsed) = (m, true)
        case .percent(let h):
            // A share of the predecessor's duration, applied as working time on the successor's calendar.
            let raw = predecessorDuration * h
            (self.lag, isElapsed) = (raw >= 0 ? (raw + 5_000) / 10_000 : -((-raw + 5_000) / 10_000), false)
        }
    }
}

/// The leaf-level links of a network grouped by successor (compressed sparse rows): the incoming
/// edges of task `t` are `incoming[inStart[t]..<inStart[t + 1]]`. Each pass reads a task's links as
/// one contiguous run instead of chasing link indices. Only this direction is kept: the backward
/// pass pushes bounds to predecessors rather than pulling them from successors, which halves the
/// memory and the cost of indexing.
struct LinkGraph {
    private(set) var inStart: [Int32] = []
    private(set) var incoming: [LinkEdge] = []
    /// Links that stand for a link on a summary task, expanded to its leaves.
    private var expandedPredecessors: [Int32] = []
    private var expandedEdges: [LinkEdge] = []

    var count: Int { incoming.count }

    mutating func addExpanded(_ p: Int, _ s: Int, _ type: LinkType, lag: Lag, predecessorDuration: Int64) {
        expandedPredecessors.append(Int32(p))
        expandedEdges.append(LinkEdge(to: s, type, lag: lag, predecessorDuration: predecessorDuration))
    }

    /// Indexes the network's links between leaves plus the expanded ones; call again after
    /// expanding more.
    mutating func index(_ links: [ScheduleLink], isSummary: [Bool], durations: [Int64]) {
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
        // Filled through a raw buffer: scattering the 16-byte edges is the bulk of indexing, and
        // checked array writes would double its cost.
        let incoming = [LinkEdge](unsafeUninitializedCapacity: m) { buffer, initialized in
            func place(_ p: Int, _ s: Int, _ e: LinkEdge) {
                var edge = e
                edge.task = Int32(p)
                (buffer.baseAddress! + Int(fill[s])).initialize(to: edge)
                fill[s] &+= 1
            }
            for link in links where !isSummary[link.predecessor] && !isSummary[link.successor] {
                let p = link.predecessor
                place(p, link.successor, LinkEdge(to: link.successor, link.type, lag: link.lag, predecessorDuration: durations[p]))
            }
            for (i, e) in expandedEdges.enumerated() { place(Int(expandedPredecessors[i]), Int(e.task), e) }
            initialized = m
        }
        (self.inStart, self.incoming) = (inStart, incoming)
    }

    @inline(__always) func incomingRange(_ t: Int) -> Range<Int> { Int(inStart[t])..<Int(inStart[t + 1]) }
}
