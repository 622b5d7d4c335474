extension SimulationInput {
    /// The input for a plan: every leaf task with a three-point estimate (MS Project's PERT
    /// Duration1–3, or the JSON file's `estimate`) is uncertain; other tasks keep their duration.
    public init(
        plan: ProjectPlan,
        shape: DistributionShape = .triangular,
        risks: [RiskEvent] = [],
        correlations: [DurationCorrelation] = [],
        deadline: LocalDateTime? = nil,
        iterations: Int,
        seed: UInt64
    ) {
        var isParent = [Bool](repeating: false, count: plan.network.tasks.count)
        for t in plan.network.tasks { if let p = t.parent, p >= 0, p < isParent.count { isParent[p] = true } }
        var estimates: [Int: ThreePoint] = [:]
        for (i, d) in plan.details.enumerated() where i < isParent.count && !isParent[i] {
            if let e = d.estimate { estimates[i] = ThreePoint(e) }
        }
        self.init(
            network: plan.network,
            estimates: estimates,
            shape: shape,
            risks: risks,
            correlations: correlations,
            deadline: deadline,
            iterations: iterations,
            seed: seed
        )
    }
}

/// Risk events as `keel simulate --risks FILE` reads them: tasks by the ids of the plan file
/// (JSON ids or MS Project UIDs), delays as durations (`2d`, `6h`); optionally groups of tasks
/// with correlated durations.
public struct RiskFile: Codable, Sendable {
    public struct Risk: Codable, Sendable {
        public var name: String
        public var probability: Double
        public var tasks: [String]
        public var delay: ScheduleFile.Estimate?
    }

    /// Groups of tasks whose durations are drawn together.
    public struct Correlation: Codable, Sendable {
        public var name: String
        /// 0…1.
        public var coefficient: Double
        public var tasks: [String]
    }

    public var risks: [Risk]
    public var correlations: [Correlation]?

    /// The correlation groups, with task ids resolved; every problem reported at once (the engine
    /// checks coefficients and overlaps).
    public func groups(taskIndex: [String: Int]) throws(KeelError) -> [DurationCorrelation] {
        var errors = FieldErrors()
        var out: [DurationCorrelation] = []
        for (g, group) in (correlations ?? []).enumerated() {
            var tasks: [Int] = []
            for (k, id) in group.tasks.enumerated() {
                if let t = taskIndex[id] { tasks.append(t) } else { errors.add("correlations[\(g)].tasks[\(k)]", .unknownReference, ["id": id]) }
            }
            out.append(DurationCorrelation(name: group.name, coefficient: group.coefficient, tasks: tasks))
        }
        try errors.throwIfAny()
        return out
    }

    /// The events, with task ids resolved; every problem reported at once.
    public func events(taskIndex: [String: Int], minutesPerDay: Int64) throws(KeelError) -> [RiskEvent] {
        var errors = FieldErrors()
        var out: [RiskEvent] = []
        for (r, risk) in risks.enumerated() {
            let f = "risks[\(r)]"
            var tasks: [Int] = []
            for (k, id) in risk.tasks.enumerated() {
                if let t = taskIndex[id] { tasks.append(t) } else { errors.add("\(f).tasks[\(k)]", .unknownReference, ["id": id]) }
            }
            var delay: ThreePoint?
            if let d = risk.delay {
                func minutes(_ text: String, _ field: String) -> Int64? {
                    guard case .working(let m)? = WorkDuration.parse(text, minutesPerDay: minutesPerDay) else {
                        errors.add("\(f).delay.\(field)", .invalidDuration)
                        return nil
                    }
                    return m
                }
                if let o = minutes(d.optimistic, "optimistic"), let m = minutes(d.most_likely, "most_likely"),
                    let p = minutes(d.pessimistic, "pessimistic")
                {
                    delay = ThreePoint(low: o, mode: m, high: p)
                }
            }
            out.append(RiskEvent(name: risk.name, probability: risk.probability, tasks: tasks, delay: delay))
        }
        try errors.throwIfAny()
        return out
    }
}
