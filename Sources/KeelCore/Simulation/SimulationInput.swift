/// A threat or opportunity as the simulation sees it: in each iteration it occurs with its
/// probability and then delays its tasks and/or adds cost, each drawn from a three-point estimate.
public struct RiskEvent: Hashable, Sendable {
    public var name: String
    /// 0…1.
    public var probability: Double
    /// Leaf tasks (indices into the network) whose duration grows by the drawn delay.
    public var tasks: [Int]
    /// Working minutes added to each linked task when the event occurs (negative: an opportunity).
    public var delay: ThreePoint?
    /// Minor units added to the project cost when the event occurs.
    public var cost: ThreePoint?

    public init(name: String, probability: Double, tasks: [Int] = [], delay: ThreePoint? = nil, cost: ThreePoint? = nil) {
        self.name = name
        self.probability = probability
        self.tasks = tasks
        self.delay = delay
        self.cost = cost
    }
}

/// An uncertain cost (a cost account's estimate), in minor units of the project currency.
public struct CostItem: Hashable, Sendable {
    public var name: String
    public var estimate: ThreePoint

    public init(name: String, estimate: ThreePoint) {
        self.name = name
        self.estimate = estimate
    }
}

/// Everything one Monte Carlo run needs. The same input and seed give the same result.
public struct SimulationInput: Hashable, Sendable {
    public var network: ScheduleNetwork
    /// Three-point durations (working minutes) by leaf task index; other tasks keep their duration.
    public var estimates: [Int: ThreePoint]
    public var shape: DistributionShape
    public var risks: [RiskEvent]
    public var costs: [CostItem]
    /// Groups of tasks whose durations are drawn together (see `DurationCorrelation`).
    public var correlations: [DurationCorrelation]
    /// The finish date to beat, if any.
    public var deadline: LocalDateTime?
    /// The total cost to stay within (minor units), if any.
    public var budget: Int64?
    public var iterations: Int
    public var seed: UInt64

    public static let maxIterations = 1_000_000

    public init(
        network: ScheduleNetwork,
        estimates: [Int: ThreePoint] = [:],
        shape: DistributionShape = .triangular,
        risks: [RiskEvent] = [],
        costs: [CostItem] = [],
        correlations: [DurationCorrelation] = [],
        deadline: LocalDateTime? = nil,
        budget: Int64? = nil,
        iterations: Int = 10_000,
        seed: UInt64 = 1
    ) {
        self.network = network
        self.estimates = estimates
        self.shape = shape
        self.risks = risks
        self.costs = costs
        self.correlations = correlations
        self.deadline = deadline
        self.budget = budget
        self.iterations = iterations
        self.seed = seed
    }

    /// Every problem at once, named by field (`estimates[3]`, `risks[0].probability`).
    func check(isSummary: (Int) -> Bool, into errors: inout FieldErrors) {
        let n = network.tasks.count
        // Nothing to draw: an empty plan (or one of summaries alone) has no finish to simulate.
        if !(0..<n).contains(where: { !isSummary($0) }) { errors.add("tasks", .tooFew, ["min": "1", "reason": "no_tasks"]) }
        if iterations < 1 || iterations > Self.maxIterations {
            errors.add("iterations", .outOfRange, ["min": "1", "max": String(Self.maxIterations)])
        }
        for (t, e) in estimates.sorted(by: { $0.key < $1.key }) {
            let field = "estimates[\(t)]"
            if t < 0 || t >= n {
                errors.add(field, .unknownReference)
            } else if isSummary(t) {
                errors.add(field, .unknownReference, ["reason": "summary"])
            }
            if !e.isOrdered { errors.add(field, .unordered) } else if e.low < 0 { errors.add(field, .negative) }
            if e.high > ScheduleNetwork.maxDurationMinutes { errors.add(field, .outOfRange, ["max": String(ScheduleNetwork.maxDurationMinutes)]) }
        }
        for (r, risk) in risks.enumerated() {
            let field = "risks[\(r)]"
            if !(0...1).contains(risk.probability) { errors.add(field + ".probability", .outOfRange, ["min": "0", "max": "1"]) }
            for (k, t) in risk.tasks.enumerated() where t < 0 || t >= n || isSummary(t) {
                errors.add(field + ".tasks[\(k)]", .unknownReference)
            }
            if let d = risk.delay {
                if !d.isOrdered { errors.add(field + ".delay", .unordered) }
                if max(abs(d.low), abs(d.high)) > ScheduleNetwork.maxLagMinutes {
                    errors.add(field + ".delay", .outOfRange, ["max": String(ScheduleNetwork.maxLagMinutes)])
                }
            }
            if let c = risk.cost {
                if !c.isOrdered { errors.add(field + ".cost", .unordered) }
                if max(c.low.magnitude, c.high.magnitude) > Self.maxAmount {
                    errors.add(field + ".cost", .outOfRange, ["max": String(Self.maxAmount)])
                }
            }
        }
        for (k, c) in costs.enumerated() {
            if !c.estimate.isOrdered { errors.add("costs[\(k)]", .unordered) }
            if max(c.estimate.low.magnitude, c.estimate.high.magnitude) > Self.maxAmount {
                errors.add("costs[\(k)]", .outOfRange, ["max": String(Self.maxAmount)])
            }
        }
        var grouped: Set<Int> = []
        for (g, group) in correlations.enumerated() {
            let field = "correlations[\(g)]"
            if !(0...1).contains(group.coefficient) { errors.add(field + ".coefficient", .outOfRange, ["min": "0", "max": "1"]) }
            if group.tasks.count < 2 { errors.add(field + ".tasks", .tooFew, ["min": "2"]) }
            for (k, t) in group.tasks.enumerated() {
                if t < 0 || t >= n || isSummary(t) {
                    errors.add(field + ".tasks[\(k)]", .unknownReference)
                } else if !grouped.insert(t).inserted {
                    errors.add(field + ".tasks[\(k)]", .duplicate)
                }
            }
        }
        if costs.count + risks.count > 0 && UInt64(costs.count + risks.count) > UInt64(Int64.max) / Self.maxAmount {
            errors.add("costs", .outOfRange)
        }
    }

    /// Per amount, so that any sum of up to a million of them stays inside Int64.
    static let maxAmount: UInt64 = 1 << 42
}
