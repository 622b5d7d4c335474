import Foundation
import Testing

@testable import KeelCore

/// Correlated durations: the copula gives each pair the rank correlation theory predicts whatever
/// the distributions, keeps every task's own distribution, and changes the project's spread the
/// way correlation must (full correlation adds spreads; it removes merge bias).
@Suite struct DurationCorrelationTests {
    static let day = MonteCarloTests.day
    static let tri = MonteCarloTests.tri

    /// The two tasks' draws over `n` iterations, from the sampler the engine uses.
    static func draws(_ input: SimulationInput, n: Int) throws -> ([Int64], [Int64]) {
        let sampler = IterationSampler(input, try ReschedulableNetwork(input.network))
        var a: [Int64] = [], b: [Int64] = []
        for i in 0..<n {
            let key = sampler.key(i)
            a.append(sampler.taskDuration(0, key: key))
            b.append(sampler.taskDuration(1, key: key))
        }
        return (a, b)
    }

    static func spearman(_ a: [Int64], _ b: [Int64]) -> Double {
        SampleStatistics.correlation(SampleStatistics.midranks(a), SampleStatistics.midranks(b))
    }

    static func mean(_ values: [Int64]) -> Double { Double(values.reduce(0, +)) / Double(values.count) }

    @Test(arguments: DistributionShape.allCases) func pairsShowTheRankCorrelationTheoryPredicts(shape: DistributionShape) throws {
        let other = ThreePoint(low: 2 * Self.day, mode: 3 * Self.day, high: 9 * Self.day)
        for rho in [0.0, 0.5, 0.9] {
            let group = DurationCorrelation(name: "Design", coefficient: rho, tasks: [0, 1])
            let input = SimulationInput(
                network: MonteCarloTests.network([20 * Self.day, 3 * Self.day]),
                estimates: [0: Self.tri, 1: other],
                shape: shape,
                correlations: [group],
                iterations: 1,
                seed: 17
            )
            let (a, b) = try Self.draws(input, n: 40_000)
            let expected = group.rankCorrelation
            #expect(abs(Self.spearman(a, b) - expected) < 0.015, "ρ \(rho): \(Self.spearman(a, b)) vs \(expected)")
            // Each task keeps its own distribution: the mean of the triangle, or of Beta-PERT.
            let expectedMean = shape == .triangular ? Double(10 + 20 + 40) / 3 * Double(Self.day) : Double(10 + 4 * 20 + 40) / 6 * Double(Self.day)
            #expect(abs(Self.mean(a) - expectedMean) / expectedMean < 0.005, "mean \(Self.mean(a)) vs \(expectedMean)")
            #expect(a.min()! >= 10 * Self.day && a.max()! <= 40 * Self.day)
        }
    }

    @Test func fullyCorrelatedTasksInSeriesAddTheirSpreads() throws {
        // Two equal tasks one after the other, ρ = 1: every run draws the same quantile for both, so
        // the project takes exactly twice one task's duration and its percentiles are twice the
        // triangle's (independent tasks would partly cancel out: a narrower spread).
        let chain = MonteCarloTests.network([20 * Self.day, 20 * Self.day], links: [ScheduleLink(0, 1)])
        let estimates: [Int: ThreePoint] = [0: Self.tri, 1: Self.tri]
        let group = DurationCorrelation(name: "Same crew", coefficient: 1, tasks: [0, 1])
        let together = try MonteCarloEngine.run(
            SimulationInput(network: chain, estimates: estimates, correlations: [group], iterations: 50_000, seed: 3)
        )
        for p in SimulationResult.percentileLevels {
            let expected = 2 * MonteCarloTests.analytic(Double(p) / 100)
            let got = Double(together.duration.percentiles[p]!)
            #expect(abs(got - expected) / expected < 0.01, "P\(p): \(got) vs \(expected)")
        }
        // Standard deviation doubles with ρ = 1; independent, it grows by √2 only.
        let independent = try MonteCarloEngine.run(SimulationInput(network: chain, estimates: estimates, iterations: 50_000, seed: 3))
        let ratio = together.duration.standardDeviation / independent.duration.standardDeviation
        #expect(abs(ratio - 2.0.squareRoot()) < 0.03, "\(ratio)")
        // A group with ρ = 0 is the same as no group.
        let loose = try MonteCarloEngine.run(
            SimulationInput(
                network: chain,
                estimates: estimates,
                correlations: [DurationCorrelation(name: "Loose", coefficient: 0, tasks: [0, 1])],
                iterations: 50_000,
                seed: 3
            )
        )
        #expect(abs(loose.duration.standardDeviation / independent.duration.standardDeviation - 1) < 0.02)
        #expect(abs(Double(loose.duration.percentiles[50]!) / Double(independent.duration.percentiles[50]!) - 1) < 0.01)
    }

    @Test func fullCorrelationRemovesMergeBias() throws {
        // Two equal parallel paths: independent, the median finish is F⁻¹(√½); fully correlated they
        // finish together, so the median is the single path's F⁻¹(½).
        let input = SimulationInput(
            network: MonteCarloTests.network([20 * Self.day, 20 * Self.day]),
            estimates: [0: Self.tri, 1: Self.tri],
            correlations: [DurationCorrelation(name: "Both", coefficient: 1, tasks: [0, 1])],
            iterations: 50_000,
            seed: 11
        )
        let r = try MonteCarloEngine.run(input)
        let expected = MonteCarloTests.analytic(0.5)
        #expect(abs(Double(r.duration.percentiles[50]!) - expected) / expected < 0.01)
    }

    @Test func correlatedRunsAreIdenticalOnAnyNumberOfThreads() throws {
        let net = CriticalPathPropertyTests.network(seed: 42, twoCalendars: true)
        var estimates: [Int: ThreePoint] = [:]
        var leaves: [Int] = []
        let parents = Set(net.tasks.compactMap(\.parent))
        for (i, t) in net.tasks.enumerated() where t.duration > 0 && !parents.contains(i) {
            estimates[i] = ThreePoint(low: t.duration / 2, mode: t.duration, high: t.duration * 3)
            leaves.append(i)
        }
        let groups = [
            DurationCorrelation(name: "A", coefficient: 0.6, tasks: Array(leaves.prefix(4))),
            DurationCorrelation(name: "B", coefficient: 0.3, tasks: Array(leaves.dropFirst(4).prefix(3))),
        ]
        for shape in DistributionShape.allCases {
            let input = SimulationInput(network: net, estimates: estimates, shape: shape, correlations: groups, iterations: 2_000, seed: 99)
            let one = try MonteCarloEngine.run(input, workers: 1)
            #expect(try MonteCarloEngine.run(input, workers: 2) == one)
            #expect(try MonteCarloEngine.run(input, workers: 5) == one)
        }
    }

    @Test func badGroupsAreRefusedWithFieldNames() throws {
        let net = ScheduleNetwork(
            projectStart: MonteCarloTests.start,
            tasks: [
                ScheduleTask(name: "Phase", duration: 0), ScheduleTask(name: "A", parent: 0, duration: Self.day),
                ScheduleTask(name: "B", parent: 0, duration: Self.day),
            ]
        )
        let input = SimulationInput(
            network: net,
            correlations: [
                DurationCorrelation(name: "Too strong", coefficient: 1.5, tasks: [1, 2]),
                DurationCorrelation(name: "Alone", coefficient: 0.5, tasks: [1]),
                DurationCorrelation(name: "Odd", coefficient: -0.2, tasks: [0, 2, 7]),
            ],
            iterations: 10
        )
        do {
            _ = try MonteCarloEngine.run(input)
            Issue.record("accepted bad groups")
        } catch {
            guard case .validation(let errors) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(
                Set(errors.map { "\($0.field) \($0.code.rawValue)" }) == [
                    "correlations[0].coefficient out_of_range", "correlations[1].tasks too_few", "correlations[1].tasks[0] duplicate",
                    "correlations[2].coefficient out_of_range", "correlations[2].tasks[0] unknown_reference", "correlations[2].tasks[1] duplicate",
                    "correlations[2].tasks[2] unknown_reference",
                ]
            )
        }
    }
}
