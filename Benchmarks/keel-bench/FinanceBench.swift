import Foundation
import KeelCore

/// `keel-bench finance [--tasks N]`: earned value over a WBS of N elements (default 10,000: one
/// root, 1,999 summaries, the rest leaf work packages with a three-year time-phased budget and
/// percent-complete progress) and 1,000,000 actual-cost postings spread over the leaves and three years.
/// Times preparing the rollup from the raw postings, one status date for every node, the earned
/// schedule of the project, and a weekly project series over the three years.
struct FinanceBench {
    let elements: Int
    let postings: Int

    func run() throws {
        print("keel-bench finance — \(ProcessInfo.processInfo.activeProcessorCount) cores, \(elements) WBS elements, \(postings) postings")
        let nodes = Self.tree(elements: elements, postings: postings)
        let start = Day(iso: "2027-01-01")!
        let status = start.adding(days: 540)
        let clock = ContinuousClock()
        func ms(_ d: Duration) -> Double { Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15 }
        var prepare: [Double] = [], rollupTimes: [Double] = [], esTimes: [Double] = [], seriesTimes: [Double] = []
        var last: (EarnedValueMetrics, EarnedSchedule?, Int)?
        for _ in 0..<5 {
            var rollup: EarnedValueRollup!
            prepare.append(ms(try clock.measure { rollup = try EarnedValueRollup(nodes: nodes) }))
            var metrics: [EarnedValueMetrics] = []
            rollupTimes.append(ms(clock.measure { metrics = rollup.metrics(at: status) }))
            var es: EarnedSchedule?
            esTimes.append(ms(clock.measure { es = rollup.earnedSchedule(of: 0, at: status, time: WorkingTime(.standard), minutesPerDay: 480) }))
            var points: [EarnedValuePoint] = []
            seriesTimes.append(ms(clock.measure { points = rollup.series(of: 0, from: start, through: start.adding(days: 3 * 365), step: 7) }))
            last = (metrics[0], es, points.count)
        }
        func median(_ v: [Double]) -> String { String(format: "%.1f ms", v.sorted()[v.count / 2]) }
        let (m, es, count) = last!
        print("prepare (sort and accumulate \(postings) postings): median \(median(prepare))")
        print("status date, every node: median \(median(rollupTimes))")
        print("earned schedule of the project: median \(median(esTimes))")
        print("weekly project series, \(count) points: median \(median(seriesTimes))")
        print(
            String(
                format: "project at %@: BAC %lld, PV %lld, EV %lld, AC %lld, CPI %.3f, SPI %.3f, ES %.1f d of AT %.0f d",
                status.iso,
                m.bac,
                m.pv,
                m.ev,
                m.ac,
                m.cpi ?? 0,
                m.spi ?? 0,
                es?.earnedSchedule ?? 0,
                es?.actualTime ?? 0
            )
        )
        print("peak resident memory: \(ScheduleBench.peakResidentMB()) MB")
    }

    /// A deterministic WBS: node 0 the project, then summaries each under an earlier summary, then leaves
    /// each under a summary, budgets phased evenly over 1–26 weeks of weekdays within three years.
    static func tree(elements: Int, postings: Int) -> [EarnedValueNode] {
        var rng = SplitMix64(seed: 2027)
        let start = Day(iso: "2027-01-01")!
        let summaries = max(1, elements / 5)
        var nodes = [EarnedValueNode(parent: nil)]
        for i in 1..<summaries { nodes.append(EarnedValueNode(parent: Int(rng.next() % UInt64(i)))) }
        let leafCount = elements - summaries
        var costs = [[CostPoint]](repeating: [], count: leafCount)
        var spans: [(Day, Int)] = []
        for _ in 0..<leafCount {
            let from = start.adding(days: Int(rng.next() % 900))
            spans.append((from, 7 * Int(1 + rng.next() % 26)))
        }
        for _ in 0..<postings {
            let k = Int(rng.next() % UInt64(leafCount))
            let (from, length) = spans[k]
            costs[k].append(CostPoint(day: from.adding(days: Int(rng.next() % UInt64(length))), amount: Int64(1_000 + rng.next() % 500_000)))
        }
        for k in 0..<leafCount {
            let (from, length) = spans[k]
            let minutes = WorkingTime(.standard).dailyMinutes(from: from, through: from.adding(days: length - 1))
            let budget = BudgetPhasing.spread(total: Int64(5_000_000 + rng.next() % 50_000_000), from: from, minutes: minutes, method: .even)
            let progress = [ProgressRecord(day: from.adding(days: length / 2), percent: Int64(rng.next() % 10_001))]
            nodes.append(
                EarnedValueNode(
                    parent: Int(rng.next() % UInt64(summaries)),
                    leaf: EarnedValueLeaf(budget: budget, progress: progress, costs: costs[k])
                )
            )
        }
        return nodes
    }
}
