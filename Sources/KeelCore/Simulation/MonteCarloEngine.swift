import Foundation
import Synchronization

/// Risk-driven Monte Carlo of schedule and cost. Every iteration draws durations, risk events and
/// costs, then reschedules the whole network through the CPM engine's passes (all link types, lags,
/// calendars, constraints, progress). Only per-iteration totals and per-task counters are kept —
/// never an iterations × tasks matrix — so memory grows with the network, not with the run.
///
/// Draws come from counter-based streams keyed by (seed, iteration, variable), so a run gives the
/// same result for the same input and seed on any number of threads.
public enum MonteCarloEngine {
    /// How many of the most critical uncertain tasks get a sensitivity (the tornado shows the top few).
    public static let sensitivityTaskLimit = 100

    /// Runs the simulation. With a `control`, progress is reported as iterations finish and a stop
    /// request ends the run early with `KeelError.conflict` (nothing partial is returned).
    public static func run(_ input: SimulationInput, workers requested: Int? = nil, control: RunControl? = nil) throws(KeelError) -> SimulationResult
    {
        let prepared = try ReschedulableNetwork(input.network)
        var errors = FieldErrors()
        input.check(isSummary: prepared.isSummary, into: &errors)
        try errors.throwIfAny()
        let deterministic = try CriticalPathEngine.schedule(input.network)
        let sampler = IterationSampler(input, prepared)
        let n = input.iterations
        let workers = max(1, min(requested ?? ProcessInfo.processInfo.activeProcessorCount, n / 64 + 1))

        let taskCount = prepared.taskCount
        let out = RunBuffers(iterations: n, workers: workers, tasks: taskCount)
        // Workers take chunks of iterations as they free up rather than a fixed half each, so a
        // core slowed by other work does not hold up the run. Each iteration's draws depend only
        // on (seed, iteration), so the split never changes the result.
        let next = Atomic<Int>(0)
        let chunk = RunControl.batch
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            // Each worker prepares its own copy: calendar timelines grow as dates are read and
            // are not shared between threads.
            guard var network = try? ReschedulableNetwork(input.network) else {
                out.failed[w] = true
                return
            }
            defer { out.failed[w] = network.overflowed }
            var durations = [Int64](repeating: 0, count: taskCount)
            let counts = out.critical.baseAddress! + w * taskCount
            while true {
                let first = next.add(chunk, ordering: .relaxed).oldValue
                if first >= n { return }
                for i in first..<min(n, first + chunk) {
                    out.cost[i] = sampler.draw(iteration: i, into: &durations)
                    let result = network.reschedule(durations: durations, countingCriticalInto: counts)
                    out.minutes[i] = result.workingMinutes
                    out.finish[i] = result.finishWall
                }
                if let control {
                    control.add(min(n, first + chunk) - first)
                    if control.isStopped { return }
                }
            }
        }
        if control?.isStopped == true { throw .conflict("the run was stopped") }
        if out.failed.contains(true) {
            throw .validation([FieldError("tasks", .outOfRange, ["min": "0001-01-01", "max": "9999-12-31"])])
        }
        let minutes = Array(out.minutes), finish = Array(out.finish), cost = Array(out.cost)
        let criticalCounts = Array(out.critical)

        var criticality = [Double?](repeating: nil, count: prepared.taskCount)
        for t32 in prepared.leafIndices {
            let t = Int(t32)
            var c: Int32 = 0
            for w in 0..<workers { c += criticalCounts[w * prepared.taskCount + t] }
            criticality[t] = Double(c) / Double(n)
        }

        var metDeadline = 0, metBudget = 0, metBoth = 0
        let deadline = input.deadline?.minutes
        for i in 0..<n {
            let onTime = deadline.map { finish[i] <= $0 } ?? false
            let inBudget = input.budget.map { cost[i] <= $0 } ?? false
            if onTime { metDeadline += 1 }
            if inBudget { metBudget += 1 }
            if onTime && inBudget { metBoth += 1 }
        }
        let hasCost = !input.costs.isEmpty || input.risks.contains { $0.cost != nil }
        let sensitivity = Sensitivities(input: input, sampler: sampler, criticality: criticality)
        let scheduleSensitivity = sensitivity.schedule(against: minutes, workers: workers)
        let costSensitivity = hasCost ? sensitivity.cost(against: cost, workers: workers) : []

        let sortedMinutes = minutes.sorted(), sortedFinish = finish.sorted()
        var finishPercentiles: [Int: LocalDateTime] = [:]
        for p in SimulationResult.percentileLevels {
            finishPercentiles[p] = LocalDateTime(minutes: SampleStatistics.percentile(sorted: sortedFinish, p))
        }
        let deterministicMinutes = prepared.workingMinutes(toWall: deterministic.projectFinish.minutes)
        return SimulationResult(
            iterations: n,
            seed: input.seed,
            shape: input.shape,
            deterministicFinish: deterministic.projectFinish,
            deterministicMinutes: deterministicMinutes,
            minutesPerDay: input.network.minutesPerDay,
            duration: SampleStatistics.summary(sorted: sortedMinutes),
            finishPercentiles: finishPercentiles,
            histogram: SampleStatistics.histogram(sorted: sortedMinutes, bins: 20),
            deadline: input.deadline,
            probabilityOfDeadline: deadline.map { _ in Double(metDeadline) / Double(n) },
            cost: hasCost ? SampleStatistics.summary(sorted: cost.sorted()) : nil,
            deterministicCost: input.costs.reduce(0) { $0 + $1.estimate.mode },
            budget: input.budget,
            probabilityOfBudget: input.budget.map { _ in Double(metBudget) / Double(n) },
            probabilityOfBoth: deadline != nil && input.budget != nil ? Double(metBoth) / Double(n) : nil,
            criticality: criticality,
            scheduleSensitivity: scheduleSensitivity,
            costSensitivity: costSensitivity
        )
    }
}

/// Per-iteration outcomes and per-worker counters. Concurrent workers write disjoint slots: each
/// its own iterations, its own row of critical counts, its own flag.
private final class RunBuffers: @unchecked Sendable {
    let minutes: UnsafeMutableBufferPointer<Int64>
    let finish: UnsafeMutableBufferPointer<Int64>
    let cost: UnsafeMutableBufferPointer<Int64>
    let critical: UnsafeMutableBufferPointer<Int32>
    /// Per worker: its dates passed year 9999, or it could not start.
    let failed: UnsafeMutableBufferPointer<Bool>

    init(iterations n: Int, workers: Int, tasks: Int) {
        func make<T>(_ count: Int, _ value: T) -> UnsafeMutableBufferPointer<T> {
            let b = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
            b.initialize(repeating: value)
            return b
        }
        minutes = make(n, 0)
        finish = make(n, 0)
        cost = make(n, 0)
        critical = make(workers * tasks, 0)
        failed = make(workers, false)
    }

    deinit {
        minutes.deallocate()
        finish.deallocate()
        cost.deallocate()
        critical.deallocate()
        failed.deallocate()
    }
}

/// Ranks computed by concurrent workers, each its own variables.
private final class SharedDoubles: @unchecked Sendable {
    let values: UnsafeMutableBufferPointer<Double>
    init(_ count: Int) {
        values = .allocate(capacity: count)
        values.initialize(repeating: 0)
    }
    deinit { values.deallocate() }
}

/// The draws of one iteration, reproducible variable by variable.
struct IterationSampler: Sendable {
    let seed: UInt64
    let shape: DistributionShape
    let baseDurations: [Int64]
    /// Leaf tasks with a real spread, in index order.
    let uncertain: [(task: Int, estimate: ThreePoint)]
    /// Their distributions, ready to draw from (same order).
    let prepared: [PreparedThreePoint]
    let riskDelays: [PreparedThreePoint?]
    let riskCosts: [PreparedThreePoint?]
    let costItems: [PreparedThreePoint]
    /// Leaf tasks with a fixed three-point value (low = high).
    let fixed: [(task: Int, value: Int64)]
    let risks: [RiskEvent]
    let costs: [CostItem]
    /// Per uncertain task (same order), its place in a correlation group; empty without groups.
    let copula: [CopulaWeights?]
    /// Per uncertain task, the Beta quantile table a correlated Beta-PERT task draws through.
    let quantiles: [BetaQuantiles?]

    /// A correlated task's draw mixes the group's common variate and its own: √ρ and √(1 − ρ).
    struct CopulaWeights: Sendable {
        let group: Int
        let shared: Double
        let own: Double
    }

    init(_ input: SimulationInput, _ network: ReschedulableNetwork) {
        seed = input.seed
        shape = input.shape
        baseDurations = (0..<network.taskCount).map { network.duration($0) }
        let estimates = input.estimates.filter { !network.isFinished($0.key) }.sorted { $0.key < $1.key }
        uncertain = estimates.filter { !$0.value.isFixed }.map { ($0.key, $0.value) }
        fixed = estimates.filter { $0.value.isFixed }.map { ($0.key, $0.value.low) }
        risks = input.risks
        costs = input.costs
        let shape = input.shape
        prepared = uncertain.map { PreparedThreePoint($0.estimate, shape) }
        riskDelays = risks.map { $0.delay.map { PreparedThreePoint($0, shape) } }
        riskCosts = risks.map { $0.cost.map { PreparedThreePoint($0, shape) } }
        costItems = costs.map { PreparedThreePoint($0.estimate, shape) }
        var groupOf: [Int: Int] = [:]
        for (g, group) in input.correlations.enumerated() { for t in group.tasks { groupOf[t] = g } }
        if groupOf.isEmpty {
            copula = []
            quantiles = []
        } else {
            let weights = uncertain.map { u in
                groupOf[u.task].map { g in
                    let rho = input.correlations[g].coefficient
                    return CopulaWeights(group: g, shared: rho.squareRoot(), own: (1 - rho).squareRoot())
                }
            }
            let prepared = prepared
            copula = weights
            quantiles = weights.indices.map { k in
                weights[k] != nil && shape == .pert ? BetaQuantiles(alpha: prepared[k].alpha, beta: prepared[k].beta) : nil
            }
        }
    }

    func key(_ i: Int) -> UInt64 { SampleStream.iterationKey(seed: seed, iteration: i) }

    @inline(__always) func taskDuration(_ k: Int, key: UInt64) -> Int64 {
        var stream = SampleStream(iterationKey: key, variable: SampleVariable.task(uncertain[k].task))
        if !copula.isEmpty, let c = copula[k] {
            // The group's common variate is drawn again for each of its tasks (the same stream,
            // so the same value): any task's draw can then be replayed on its own.
            var common = SampleStream(iterationKey: key, variable: SampleVariable.correlationFactor(c.group))
            let z = c.shared * common.normal() + c.own * stream.normal()
            return prepared[k].value(atQuantile: SampleStream.normalCDF(z), quantiles[k])
        }
        return prepared[k].sample(&stream)
    }

    @inline(__always) func occurs(_ r: Int, key: UInt64) -> Bool {
        let p = risks[r].probability
        if p <= 0 { return false }
        if p >= 1 { return true }
        var stream = SampleStream(iterationKey: key, variable: SampleVariable.riskOccurs(r))
        return stream.uniform() < p
    }

    /// The delay risk `r` adds in the iteration (0 when it does not occur).
    func riskDelay(_ r: Int, key: UInt64) -> Int64 {
        guard let d = riskDelays[r], occurs(r, key: key) else { return 0 }
        var stream = SampleStream(iterationKey: key, variable: SampleVariable.riskDelay(r))
        return d.sample(&stream)
    }

    func riskCost(_ r: Int, key: UInt64) -> Int64 {
        guard let c = riskCosts[r], occurs(r, key: key) else { return 0 }
        var stream = SampleStream(iterationKey: key, variable: SampleVariable.riskCost(r))
        return c.sample(&stream)
    }

    func itemCost(_ k: Int, key: UInt64) -> Int64 {
        var stream = SampleStream(iterationKey: key, variable: SampleVariable.cost(k))
        return costItems[k].sample(&stream)
    }

    /// Fills the iteration's durations and returns its total cost.
    func draw(iteration i: Int, into durations: inout [Int64]) -> Int64 {
        let key = key(i)
        durations.withUnsafeMutableBufferPointer { d in
            for t in 0..<d.count { d[t] = baseDurations[t] }
            for (t, v) in fixed { d[t] = v }
            for k in uncertain.indices { d[uncertain[k].task] = taskDuration(k, key: key) }
        }
        var total: Int64 = 0
        for r in risks.indices {
            let risk = risks[r]
            guard risk.delay != nil || risk.cost != nil, occurs(r, key: key) else { continue }
            if risk.delay != nil {
                let delay = riskDelay(r, key: key)
                for t in risk.tasks { durations[t] = max(0, durations[t] + delay) }
            }
            if risk.cost != nil { total += riskCost(r, key: key) }
        }
        for k in costs.indices { total += itemCost(k, key: key) }
        return total
    }
}

/// Spearman rank correlations of the drawn quantities with the outcome, by replaying the draws
/// (no samples are kept during the run).
private struct Sensitivities: Sendable {
    let input: SimulationInput
    let sampler: IterationSampler
    let criticality: [Double?]

    func schedule(against outcome: [Int64], workers: Int) -> [SimulationResult.Sensitivity] {
        let ranked = sampler.uncertain.indices.sorted { a, b in
            let ta = sampler.uncertain[a].task, tb = sampler.uncertain[b].task
            let ca = criticality[ta] ?? 0, cb = criticality[tb] ?? 0
            return ca != cb ? ca > cb : a < b
        }
        var variables: [(SimulationResult.Sensitivity.Source, String, @Sendable (Int) -> Int64)] = []
        for k in ranked.prefix(MonteCarloEngine.sensitivityTaskLimit) {
            let t = sampler.uncertain[k].task
            variables.append((.task(t), input.network.tasks[t].name, { sampler.taskDuration(k, key: sampler.key($0)) }))
        }
        for (r, risk) in input.risks.enumerated() where risk.delay != nil && !risk.tasks.isEmpty {
            // The size of the impact, not its sign: an opportunity that occurs then shows as a
            // negative driver (it shortens the project), a threat as a positive one.
            variables.append((.risk(r), risk.name, { abs(sampler.riskDelay(r, key: sampler.key($0))) }))
        }
        return correlate(variables, outcome, workers)
    }

    func cost(against outcome: [Int64], workers: Int) -> [SimulationResult.Sensitivity] {
        var variables: [(SimulationResult.Sensitivity.Source, String, @Sendable (Int) -> Int64)] = []
        for (k, item) in input.costs.enumerated() where !item.estimate.isFixed {
            variables.append((.cost(k), item.name, { sampler.itemCost(k, key: sampler.key($0)) }))
        }
        for (r, risk) in input.risks.enumerated() where risk.cost != nil {
            variables.append((.risk(r), risk.name, { abs(sampler.riskCost(r, key: sampler.key($0))) }))
        }
        return correlate(variables, outcome, workers)
    }

    private func correlate(
        _ variables: [(SimulationResult.Sensitivity.Source, String, @Sendable (Int) -> Int64)],
        _ outcome: [Int64],
        _ workers: Int
    ) -> [SimulationResult.Sensitivity] {
        guard !variables.isEmpty else { return [] }
        let outcomeRanks = SampleStatistics.midranks(outcome)
        let n = outcome.count
        let out = SharedDoubles(variables.count)
        do {
            DispatchQueue.concurrentPerform(iterations: min(workers, variables.count)) { w in
                var values = [Int64](repeating: 0, count: n)
                var v = w
                while v < variables.count {
                    let f = variables[v].2
                    for i in 0..<n { values[i] = f(i) }
                    out.values[v] = SampleStatistics.correlation(SampleStatistics.midranks(values), outcomeRanks)
                    v += workers
                }
            }
        }
        let rho = Array(out.values)
        return variables.indices
            .map { SimulationResult.Sensitivity(source: variables[$0].0, name: variables[$0].1, correlation: rho[$0]) }
            .enumerated()
            .sorted {
                abs($0.element.correlation) != abs($1.element.correlation)
                    ? abs($0.element.correlation) > abs($1.element.correlation) : $0.offset < $1.offset
            }
            .map(\.element)
    }
}
