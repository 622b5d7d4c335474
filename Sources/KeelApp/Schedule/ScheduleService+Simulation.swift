import Foundation
import KeelCore
import KeelStore
import SQLKit

/// A Monte Carlo run of a project's plan, with what it was run on.
public struct SimulationRun: Sendable {
    public let result: SimulationResult
    /// The plan the run used (its tasks give the result's indices their ids and names).
    public let plan: WorkPlan
    /// The register's risks that took part, in the order of the result's risk indices.
    public let risks: [Risk]
    /// The plan's revision at the time: a later change makes the run stale.
    public let revision: Int64
    public let elapsedMilliseconds: Double
    /// The project's currency, for the cost results.
    public let currency: Currency?
}

/// The options of a run, as a form or a JSON body gives them.
public struct SimulationOptions: Sendable, Equatable {
    public var iterations = 10_000
    public var seed = 1
    public var distribution = DistributionShape.triangular
    public var deadline: LocalDateTime?

    public init() {}
}

/// The cost side of a risk analysis: every cost account's three-point estimate, or its approved
/// budget taken as certain, and the budget to stay within — the approved version's performance
/// measurement baseline plus its contingency reserve (the management reserve is not the project's).
public struct CostBasis: Sendable, Hashable {
    public var items: [CostItem]
    public var budget: Int64?
    public var currency: Currency?

    public init(items: [CostItem] = [], budget: Int64? = nil, currency: Currency? = nil) {
        self.items = items
        self.budget = budget
        self.currency = currency
    }

    /// Identifies the inputs (FNV-1a), so a stored run is labelled stale when an estimate or the
    /// approved budget changes.
    public var fingerprint: String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in items {
            for b in "\(i.name):\(i.estimate.low)/\(i.estimate.mode)/\(i.estimate.high);".utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        }
        for b in "budget:\(budget.map(String.init) ?? "-")".utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return String(h, radix: 16)
    }
}

extension ScheduleService {
    /// The project's cost basis, read with the plan (see `CostBasis`).
    static func costBasis(_ project: ID<Project>, _ sql: any SQLDatabase) async throws -> CostBasis {
        var amounts: [ID<CostAccount>: Int64] = [:]
        var budget: Int64?
        if let approved = try await BudgetRepository.approved(project: project, on: sql) {
            let lines = try await BudgetRepository.lines(approved.id, on: sql)
            for l in lines { amounts[l.costAccountID] = l.amount }
            budget = BudgetPlan(version: approved, lines: lines).pmb + approved.contingencyReserve
        }
        let items = try await CostAccountRepository.list(project: project, on: sql).compactMap { a -> CostItem? in
            if let e = a.estimate { return CostItem(name: a.code, estimate: e) }
            guard let amount = amounts[a.id], amount != 0 else { return nil }
            return CostItem(name: a.code, estimate: .fixed(amount))
        }
        return CostBasis(items: items, budget: budget, currency: try await FinanceService.currency(project, sql))
    }

    /// How much work one request may do inline: tasks × iterations.
    public static let inlineSimulationBudget = 20_000_000
    /// The most iterations of one inline run, whatever the plan's size: each iteration also costs its
    /// sampling and its share of the percentiles, so a tiny plan cannot ask a million inline.
    public static let inlineMaxIterations = 100_000

    /// The most iterations an inline run of a plan with `tasks` tasks may ask.
    public static func inlineIterationLimit(tasks: Int) -> Int {
        min(inlineMaxIterations, max(1, inlineSimulationBudget / max(1, tasks)))
    }
    /// Tasks × iterations of one saved run (about a minute of both cores): 10,000 tasks × 100,000 iterations.
    public static let savedSimulationBudget = 1_000_000_000

    /// Reads and checks the options; every problem at once.
    public static func simulationOptions(_ input: Input) throws(KeelError) -> SimulationOptions {
        var r = InputReader(input, creating: false)
        var o = SimulationOptions()
        r.int("iterations", &o.iterations, range: 1...SimulationInput.maxIterations)
        r.int("seed", &o.seed, range: 0...9_007_199_254_740_991)
        r.choice("distribution", &o.distribution)
        r.dateTime("deadline", &o.deadline, endOfDay: true)
        try r.finish()
        return o
    }

    /// Runs the project's plan through the Monte Carlo engine: tasks with a three-point estimate
    /// vary, the others keep their duration, and open risks with a chance and an impact occur.
    /// Reading the plan needs only the right to view the project; nothing is stored. Runs larger than
    /// the inline limit (`inlineIterationLimit`) go through `SimulationRunService` (background, stored).
    public func simulate(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> SimulationRun {
        let view = try await self.view(caller, project: project)
        let register = try await services.risks.list(caller, project: project)
        let options = try Self.simulationOptions(input)
        let limit = Self.inlineIterationLimit(tasks: view.plan.tasks.count)
        if options.iterations > limit {
            throw KeelError.validation([FieldError("iterations", .outOfRange, ["min": "1", "max": String(limit)])])
        }
        let (costs, groups) = try await services.database.read { sql in
            (try await Self.costBasis(project, sql), try await CorrelationRepository.list(project: project, on: sql))
        }
        return try await Self.run(plan: view.plan, register: register, options: options, control: nil, costs: costs, correlations: groups)
    }

    /// The engine's input for a plan and its register: the estimates of leaf tasks, the open risks
    /// with a chance and an impact as events on their leaf tasks, and the groups of correlated tasks
    /// that still have two leaves.
    static func simulationInput(
        plan: WorkPlan,
        register: [Risk],
        options: SimulationOptions,
        costs: CostBasis = CostBasis(),
        correlations: [CorrelationGroup] = []
    ) -> (SimulationInput, [Risk]) {
        var estimates: [Int: ThreePoint] = [:]
        let parents = Set(plan.tasks.compactMap(\.parentID))
        var leafIndex: [ID<PlanTask>: Int] = [:]
        for (i, t) in plan.tasks.enumerated() where !parents.contains(t.id) {
            leafIndex[t.id] = i
            if let e = t.estimate { estimates[i] = ThreePoint(e) }
        }
        var risks: [Risk] = []
        var events: [RiskEvent] = []
        for r in register {
            if let e = r.simulationEvent(taskIndex: leafIndex) {
                risks.append(r)
                events.append(e)
            }
        }
        let input = SimulationInput(
            network: plan.network(),
            estimates: estimates,
            shape: options.distribution,
            risks: events,
            costs: costs.items,
            correlations: correlations.compactMap { $0.simulationGroup(leafIndex: leafIndex) },
            deadline: options.deadline,
            budget: costs.budget,
            iterations: options.iterations,
            seed: UInt64(options.seed)
        )
        return (input, risks)
    }

    /// Runs on Dispatch's threads, not the cooperative pool that serves every other request.
    static func run(
        plan: WorkPlan,
        register: [Risk],
        options: SimulationOptions,
        control: RunControl?,
        costs: CostBasis,
        correlations: [CorrelationGroup] = []
    ) async throws -> SimulationRun {
        let (simulation, risks) = simulationInput(plan: plan, register: register, options: options, costs: costs, correlations: correlations)
        let started = DispatchTime.now().uptimeNanoseconds
        let result: SimulationResult = try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(
                    with: Result { () throws(KeelError) -> SimulationResult in try MonteCarloEngine.run(simulation, control: control) }
                )
            }
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
        return SimulationRun(
            result: result,
            plan: plan,
            risks: risks,
            revision: plan.settings.revision,
            elapsedMilliseconds: elapsed,
            currency: costs.currency
        )
    }
}
