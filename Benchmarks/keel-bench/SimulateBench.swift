import Foundation
import KeelCore

/// `keel-bench simulate [--tasks N] [--iterations N] [--workers N]`: the Monte Carlo engine on the schedule
/// bench's network (3 links per task, all four types, China 2026 calendar) with triangular
/// three-point durations on every task and 50 risk events (each delaying 1–3 tasks and adding
/// cost), on all cores. Times the whole `MonteCarloEngine.run` call: validation, deterministic
/// schedule, the iterations, statistics and the sensitivity pass.
struct SimulateBench {
    let tasks: Int
    let iterations: Int
    /// Threads; all cores when nil.
    let workers: Int?

    func run() throws {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("keel-bench simulate — \(cores) cores, \(workers ?? cores) threads, \(iterations) iterations, triangular, 50 risk events")
        var cases = Set([1_000, tasks]).sorted().map { (tasks: $0, constrained: false) }
        // The same 1,000-task network with one constraint date: its iterations cannot take the
        // driving-path shortcut and run the backward pass.
        cases.insert((tasks: 1_000, constrained: true), at: 1)
        for (n, constrained) in cases {
            var input = Self.input(tasks: n, iterations: iterations)
            if constrained {
                input.network.tasks[n / 2].constraint = .startNoEarlierThan
                input.network.tasks[n / 2].constraintDate = input.network.projectStart
            }
            _ = try MonteCarloEngine.run(input, workers: workers)  // warm-up
            let runs = n > 5_000 ? 3 : 7
            var times: [Double] = []
            var result: SimulationResult?
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                result = try MonteCarloEngine.run(input, workers: workers)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            times.sort()
            let r = result!
            let day = Double(r.minutesPerDay)
            print(
                String(
                    format: "%6d tasks %6d links%@: median %.0f ms, min %.0f ms, max %.0f ms (P50 %.1f d, P80 %.1f d, deterministic %.1f d)",
                    n,
                    input.network.links.count,
                    constrained ? " (one constraint date: backward pass)" : "",
                    times[runs / 2],
                    times[0],
                    times[runs - 1],
                    Double(r.duration.percentiles[50]!) / day,
                    Double(r.duration.percentiles[80]!) / day,
                    Double(r.deterministicMinutes) / day
                )
            )
        }
        print("peak resident memory: \(ScheduleBench.peakResidentMB()) MB")
    }

    static func input(tasks n: Int, iterations: Int) -> SimulationInput {
        let network = ScheduleBench.network(tasks: n, seed: 42)
        var estimates: [Int: ThreePoint] = [:]
        for (i, t) in network.tasks.enumerated() where t.duration > 0 {
            estimates[i] = ThreePoint(low: t.duration * 4 / 5, mode: t.duration, high: t.duration * 8 / 5)
        }
        var rng = SplitMix64(seed: 7)
        var risks: [RiskEvent] = []
        for r in 0..<50 {
            let linked = (0..<(1 + Int(rng.next() % 3))).map { _ in Int(rng.next() % UInt64(n)) }
            let days = Int64(1 + rng.next() % 5) * 480
            risks.append(
                RiskEvent(
                    name: "Risk \(r)",
                    probability: Double(10 + rng.next() % 40) / 100,
                    tasks: linked,
                    delay: ThreePoint(low: days / 2, mode: days, high: days * 2),
                    cost: ThreePoint(low: 10_000_00, mode: 20_000_00, high: 50_000_00)
                )
            )
        }
        return SimulationInput(network: network, estimates: estimates, risks: risks, iterations: iterations, seed: 2026)
    }
}
