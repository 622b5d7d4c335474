import Foundation
import Testing

@testable import KeelCore

/// The statistics the issue asks for: analytic percentiles of one triangular task, merge bias of
/// parallel paths, risk events at probability 0 and 1, reproducibility, and that every iteration
/// is the real CPM schedule of its durations.
@Suite struct MonteCarloTests {
    static let start = LocalDateTime(iso: "2026-03-02T08:00")!
    static let day: Int64 = 480

    static func network(_ durations: [Int64], links: [ScheduleLink] = []) -> ScheduleNetwork {
        ScheduleNetwork(
            projectStart: start,
            tasks: durations.enumerated().map { ScheduleTask(name: "T\($0.offset)", duration: $0.element) },
            links: links
        )
    }

    static let tri = ThreePoint(low: 10 * day, mode: 20 * day, high: 40 * day)

    /// The triangle's inverse CDF, in working minutes.
    static func analytic(_ p: Double, _ e: ThreePoint = tri) -> Double {
        ThreePoint.triangular(Double(e.low), Double(e.mode), Double(e.high), u: p)
    }

    @Test func oneTriangularTaskReproducesTheAnalyticPercentiles() throws {
        let input = SimulationInput(network: Self.network([20 * Self.day]), estimates: [0: Self.tri], iterations: 100_000, seed: 7)
        let r = try MonteCarloEngine.run(input)
        for p in SimulationResult.percentileLevels {
            let expected = Self.analytic(Double(p) / 100)
            let got = Double(r.duration.percentiles[p]!)
            #expect(abs(got - expected) / expected < 0.01, "P\(p): \(got) vs \(expected)")
        }
        // Mean of a triangle: (a + m + b) / 3.
        #expect(abs(r.duration.mean - Double(70 * Self.day) / 3) / (Double(70 * Self.day) / 3) < 0.01)
        #expect(r.deterministicMinutes == 20 * Self.day)
        #expect(r.criticality[0] == 1)
        // The finish date of a percentile is the duration laid on the calendar.
        let p50Days = r.duration.percentiles[50]! / Self.day
        #expect(r.finishPercentiles[50]!.day >= Self.start.day.adding(days: Int(p50Days)))
        #expect(r.histogram.reduce(0) { $0 + $1.count } == 100_000)
        #expect(r.histogram.last?.cumulative == 1)
    }

    @Test func twoEqualParallelPathsShowMergeBias() throws {
        // Two independent tasks after a common start: the finish is their maximum, so its CDF is
        // F(x)², and its median is F⁻¹(√½) — later than either path's median and than the plan.
        let input = SimulationInput(
            network: Self.network([20 * Self.day, 20 * Self.day]),
            estimates: [0: Self.tri, 1: Self.tri],
            iterations: 100_000,
            seed: 11
        )
        let r = try MonteCarloEngine.run(input)
        let expected = Self.analytic(0.5.squareRoot())
        let got = Double(r.duration.percentiles[50]!)
        #expect(abs(got - expected) / expected < 0.01, "\(got) vs \(expected)")
        #expect(got > Self.analytic(0.5) * 1.05)
        #expect(r.duration.percentiles[50]! > r.deterministicMinutes)
        // Each path drives about half of the runs.
        #expect(abs(r.criticality[0]! - 0.5) < 0.01 && abs(r.criticality[1]! - 0.5) < 0.01)
    }

    @Test func riskAtProbabilityZeroChangesNothingAndAtOneShiftsEveryRun() throws {
        let chain = Self.network([5 * Self.day, 8 * Self.day, 3 * Self.day], links: [ScheduleLink(0, 1), ScheduleLink(1, 2)])
        let estimates: [Int: ThreePoint] = [0: ThreePoint(low: 4 * Self.day, mode: 5 * Self.day, high: 9 * Self.day), 1: Self.tri]
        let plain = try MonteCarloEngine.run(SimulationInput(network: chain, estimates: estimates, iterations: 5_000, seed: 3))
        let never = RiskEvent(name: "Never", probability: 0, tasks: [1], delay: .fixed(10 * Self.day), cost: .fixed(1_000))
        let zero = try MonteCarloEngine.run(SimulationInput(network: chain, estimates: estimates, risks: [never], iterations: 5_000, seed: 3))
        #expect(zero.duration == plain.duration)
        #expect(zero.finishPercentiles == plain.finishPercentiles)
        #expect(zero.criticality == plain.criticality)
        #expect(zero.cost?.maximum == 0)

        let always = RiskEvent(name: "Always", probability: 1, tasks: [1], delay: .fixed(2 * Self.day))
        let one = try MonteCarloEngine.run(SimulationInput(network: chain, estimates: estimates, risks: [always], iterations: 5_000, seed: 3))
        for p in SimulationResult.percentileLevels { #expect(one.duration.percentiles[p]! == plain.duration.percentiles[p]! + 2 * Self.day) }
        #expect(one.duration.minimum == plain.duration.minimum + 2 * Self.day)
        #expect(one.duration.maximum == plain.duration.maximum + 2 * Self.day)
        #expect(abs(one.duration.mean - plain.duration.mean - Double(2 * Self.day)) < 1e-6)
    }

    @Test func seededRunsAreIdenticalOnAnyNumberOfThreads() throws {
        let net = CriticalPathPropertyTests.network(seed: 42, twoCalendars: true)
        var estimates: [Int: ThreePoint] = [:]
        for (i, t) in net.tasks.enumerated() where t.duration > 0 {
            estimates[i] = ThreePoint(low: t.duration / 2, mode: t.duration, high: t.duration * 3)
        }
        let risks = [
            RiskEvent(
                name: "R",
                probability: 0.3,
                tasks: [0, 1],
                delay: ThreePoint(low: 60, mode: 120, high: 600),
                cost: ThreePoint(low: 100, mode: 500, high: 900)
            )
        ]
        let costs = [CostItem(name: "C", estimate: ThreePoint(low: 1_000, mode: 2_000, high: 5_000))]
        for shape in DistributionShape.allCases {
            let input = SimulationInput(network: net, estimates: estimates, shape: shape, risks: risks, costs: costs, iterations: 2_000, seed: 99)
            let one = try MonteCarloEngine.run(input, workers: 1)
            #expect(try MonteCarloEngine.run(input, workers: 1) == one)
            #expect(try MonteCarloEngine.run(input, workers: 2) == one)
            #expect(try MonteCarloEngine.run(input, workers: 5) == one)
            var other = input
            other.seed = 100
            #expect(try MonteCarloEngine.run(other) != one)
        }
    }

    @Test func pertHasTheBetaPERTMeanAndStaysInsideItsRange() throws {
        let input = SimulationInput(network: Self.network([20 * Self.day]), estimates: [0: Self.tri], shape: .pert, iterations: 100_000, seed: 5)
        let r = try MonteCarloEngine.run(input)
        let mean = Double(10 + 4 * 20 + 40) / 6 * Double(Self.day)
        #expect(abs(r.duration.mean - mean) / mean < 0.005)
        // Variance of Beta-PERT: (μ − a)(b − μ) / 7.
        let sd = ((mean - Double(10 * Self.day)) * (Double(40 * Self.day) - mean) / 7).squareRoot()
        #expect(abs(r.duration.standardDeviation - sd) / sd < 0.02)
        #expect(r.duration.minimum >= 10 * Self.day && r.duration.maximum <= 40 * Self.day)
    }

    @Test func criticalityAndSensitivityFindTheDrivers() throws {
        // A long uncertain path (0 → 1) and a short one (2); a risk delays task 1 half the time.
        let net = Self.network([10 * Self.day, 10 * Self.day, 3 * Self.day], links: [ScheduleLink(0, 1)])
        let estimates: [Int: ThreePoint] = [
            0: ThreePoint(low: 9 * Self.day, mode: 10 * Self.day, high: 11 * Self.day),
            1: ThreePoint(low: 5 * Self.day, mode: 10 * Self.day, high: 30 * Self.day),
            2: ThreePoint(low: 2 * Self.day, mode: 3 * Self.day, high: 4 * Self.day),
        ]
        let risk = RiskEvent(name: "Late permit", probability: 0.5, tasks: [1], delay: .fixed(10 * Self.day))
        let r = try MonteCarloEngine.run(SimulationInput(network: net, estimates: estimates, risks: [risk], iterations: 10_000, seed: 1))
        #expect(r.criticality == [1, 1, 0])
        let byName = Dictionary(uniqueKeysWithValues: r.scheduleSensitivity.map { ($0.name, $0.correlation) })
        #expect(byName["T1"]! > 0.6)
        #expect(byName["Late permit"]! > 0.3)
        #expect(abs(byName["T2"]!) < 0.05)
        #expect(byName["T1"]! > byName["T0"]!)
        #expect(r.scheduleSensitivity.first?.name == "T1")

        // An opportunity that shortens the driving task is a negative driver.
        let saving = RiskEvent(name: "Prefab", probability: 0.5, tasks: [1], delay: .fixed(-5 * Self.day))
        let o = try MonteCarloEngine.run(SimulationInput(network: net, estimates: estimates, risks: [saving], iterations: 10_000, seed: 1))
        let prefab = try #require(o.scheduleSensitivity.first { $0.name == "Prefab" })
        #expect(prefab.correlation < -0.3)
    }

    @Test func costDistributionBudgetAndJointProbability() throws {
        let net = Self.network([10 * Self.day])
        let costs = [
            CostItem(name: "Steel", estimate: ThreePoint(low: 80_000_00, mode: 100_000_00, high: 160_000_00)),
            CostItem(name: "Permits", estimate: .fixed(5_000_00)),
        ]
        let risk = RiskEvent(name: "Price rise", probability: 0.2, cost: .fixed(30_000_00))
        let input = SimulationInput(
            network: net,
            estimates: [0: ThreePoint(low: 8 * Self.day, mode: 10 * Self.day, high: 14 * Self.day)],
            risks: [risk],
            costs: costs,
            deadline: LocalDateTime(iso: "2026-03-13T17:00")!,
            budget: 120_000_00,
            iterations: 20_000,
            seed: 2
        )
        let r = try MonteCarloEngine.run(input)
        let cost = try #require(r.cost)
        #expect(r.deterministicCost == 105_000_00)
        #expect(cost.minimum >= 85_000_00 && cost.maximum <= 195_000_00)
        // Mean: triangle (80 + 100 + 160) / 3 + 5 + 0.2 × 30 thousand.
        let mean = (340_000_00.0 / 3 + 5_000_00 + 6_000_00)
        #expect(abs(cost.mean - mean) / mean < 0.01)
        let pBudget = try #require(r.probabilityOfBudget), pDeadline = try #require(r.probabilityOfDeadline), both = try #require(r.probabilityOfBoth)
        // Duration and cost are drawn independently, so the joint probability is the product.
        #expect(abs(both - pBudget * pDeadline) < 0.02)
        #expect(both <= min(pBudget, pDeadline))
        #expect(r.costSensitivity.first?.name == "Steel")
        #expect(r.costContingencyP80 == cost.percentiles[80]! - 105_000_00)
    }

    @Test func badInputIsRefusedWithFieldNames() throws {
        let net = Self.network([Self.day, Self.day], links: [ScheduleLink(0, 1)])
        let input = SimulationInput(
            network: net,
            estimates: [0: ThreePoint(low: 5, mode: 3, high: 9), 7: .fixed(1)],
            risks: [RiskEvent(name: "R", probability: 1.5, tasks: [9], delay: ThreePoint(low: 9, mode: 1, high: 2))],
            iterations: 0
        )
        do {
            _ = try MonteCarloEngine.run(input)
            Issue.record("accepted bad input")
        } catch {
            guard case .validation(let errors) = error else {
                Issue.record("\(error)")
                return
            }
            let fields = Set(errors.map(\.field))
            #expect(fields == ["iterations", "estimates[0]", "estimates[7]", "risks[0].probability", "risks[0].tasks[0]", "risks[0].delay"])
        }
        var cyclic = net
        cyclic.links.append(ScheduleLink(1, 0))
        do {
            _ = try MonteCarloEngine.run(SimulationInput(network: cyclic, iterations: 10))
            Issue.record("accepted a cycle")
        } catch {
            guard case .validation(let errors) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(errors.first?.code == .cycle)
            #expect(errors.first?.detail["tasks"] == "T0 → T1 → T0")
        }
    }

    /// Every iteration is the CPM schedule of its durations: rescheduling a prepared network gives
    /// the same finish and critical flags as scheduling a fresh network with those durations,
    /// through constraints, ALAP, percentage lags and progress.
    @Test(arguments: 0..<150) func reschedulingMatchesAFreshSchedule(seed: Int) throws {
        var net = CriticalPathPropertyTests.network(seed: UInt64(seed) &* 7_919, twoCalendars: seed % 2 == 0)
        var g = CriticalPathPropertyTests.Generator(state: UInt64(seed) &+ 1_000)
        let first = try CriticalPathEngine.schedule(net)
        net.statusDate = LocalDateTime(iso: "2026-03-04T12:00")!
        for i in net.tasks.indices {
            switch g.int(0...19) {
            case 0: net.tasks[i].constraint = .asLateAsPossible
            case 1: (net.tasks[i].constraint, net.tasks[i].constraintDate) = (.startNoEarlierThan, LocalDateTime(iso: "2026-03-05T08:00")!)
            case 2: (net.tasks[i].constraint, net.tasks[i].constraintDate) = (.finishNoLaterThan, LocalDateTime(iso: "2026-03-09T17:00")!)
            case 3: net.tasks[i].deadline = LocalDateTime(iso: "2026-03-10T17:00")!
            case 4...5 where first.tasks[i].start < net.statusDate! && net.tasks[i].duration > 0:
                net.tasks[i].actualStart = first.tasks[i].start
                net.tasks[i].percentComplete = 50
            default: break
            }
        }
        var prepared = try ReschedulableNetwork(net)
        var critical = [Bool](repeating: false, count: net.tasks.count)
        for _ in 0..<3 {
            let durations = net.tasks.map { $0.duration == 0 ? 0 : Int64(g.int(1...40)) * 30 }
            let got = prepared.reschedule(durations: durations, critical: &critical)
            var fresh = net
            for i in fresh.tasks.indices {
                fresh.tasks[i].duration = durations[i]
                if fresh.tasks[i].actualStart != nil {
                    let base = net.tasks[i].duration, rem = net.tasks[i].remainingWork
                    fresh.tasks[i].remaining = (rem * durations[i] + base / 2) / base
                }
            }
            let expected = try CriticalPathEngine.schedule(fresh)
            #expect(got.finishWall == expected.projectFinish.minutes)
            #expect(critical == expected.tasks.map(\.isCritical))
        }
    }
}

/// The plan-file path `keel simulate` takes: estimates from the plan, risks by task id.
@Suite struct SimulationFileTests {
    static let plan = """
        {"project_start": "2026-03-02T08:00", "tasks": [
          {"id": "P", "name": "Phase"},
          {"id": "A", "name": "Design", "parent": "P", "duration": "10d", "estimate": {"optimistic": "8d", "most_likely": "10d", "pessimistic": "18d"}},
          {"id": "B", "name": "Build", "parent": "P", "duration": "20d"}],
         "links": [{"from": "A", "to": "B"}]}
        """

    @Test func estimatesComeFromThePlanAndRisksResolveTaskIDs() throws {
        let file = try JSONDecoder().decode(ScheduleFile.self, from: Data(Self.plan.utf8))
        let plan = try file.plan()
        let risks = try JSONDecoder().decode(
            RiskFile.self,
            from: Data(
                #"{"risks": [{"name": "Rain", "probability": 0.4, "tasks": ["B"], "delay": {"optimistic": "1d", "most_likely": "2d", "pessimistic": "6d"}}]}"#
                    .utf8
            )
        )
        let index = Dictionary(uniqueKeysWithValues: file.tasks.enumerated().map { ($1.id, $0) })
        let events = try risks.events(taskIndex: index, minutesPerDay: 480)
        #expect(events == [RiskEvent(name: "Rain", probability: 0.4, tasks: [2], delay: ThreePoint(low: 480, mode: 960, high: 2_880))])
        let input = SimulationInput(plan: plan, risks: events, iterations: 1_000, seed: 1)
        #expect(input.estimates == [1: ThreePoint(low: 3_840, mode: 4_800, high: 8_640)])
        let r = try MonteCarloEngine.run(input)
        #expect(r.duration.minimum >= 28 * 480 && r.duration.maximum <= 44 * 480)
        #expect(r.criticality[0] == nil && r.criticality[1] == 1 && r.criticality[2] == 1)

        let bad = try JSONDecoder().decode(
            RiskFile.self,
            from: Data(
                #"{"risks": [{"name": "X", "probability": 0.1, "tasks": ["Q"], "delay": {"optimistic": "x", "most_likely": "1d", "pessimistic": "2d"}}]}"#
                    .utf8
            )
        )
        #expect(throws: KeelError.self) { _ = try bad.events(taskIndex: index, minutesPerDay: 480) }
        do {
            _ = try bad.events(taskIndex: index, minutesPerDay: 480)
        } catch {
            guard case .validation(let errors) = error else { return }
            #expect(errors.map(\.field) == ["risks[0].tasks[0]", "risks[0].delay.optimistic"])
        }
    }
}
