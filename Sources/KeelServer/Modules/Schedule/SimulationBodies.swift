import KeelApp
import KeelCore
import KeelStore

/// The JSON answer of `POST …/simulation`. Durations are working days from the project start on the
/// project calendar (and exact working minutes); dates are local ISO date-times.
struct SimulationBody: Encodable {
    struct Distribution: Encodable {
        let mean_days: Double
        let standard_deviation_days: Double
        let min_days: Double
        let max_days: Double
        let percentiles_days: [String: Double]
        let percentiles_minutes: [String: Int64]
    }

    struct Bin: Encodable {
        let from_days: Double
        let to_days: Double
        let count: Int
        let cumulative: Double
    }

    struct TaskCriticality: Encodable {
        let id: String
        let name: String
        let criticality: Double
    }

    struct Driver: Encodable {
        /// `task` or `risk`.
        let kind: String
        let task_id: String?
        let risk_id: String?
        let name: String
        let correlation: Double
    }

    let iterations: Int
    let seed: UInt64
    let distribution: String
    let revision: Int64
    let elapsed_ms: Double
    let uncertain_tasks: Int
    let deterministic_finish: String
    let deterministic_duration_days: Double
    let duration: Distribution
    let finish_percentiles: [String: String]
    let histogram: [Bin]
    let deadline: String?
    let probability_of_deadline: Double?
    let schedule_contingency_p80_days: Double
    let risks: Int
    let tasks: [TaskCriticality]
    let sensitivity: [Driver]
    /// Total cost (decimal strings in `cost.currency`) when cost accounts or risk costs took part.
    let cost: CostDistribution?

    struct CostDistribution: Encodable {
        let currency: String
        let deterministic: String
        let mean: String
        let standard_deviation: String
        let min: String
        let max: String
        let percentiles: [String: String]
        let budget: String?
        let probability_of_budget: Double?
        let probability_of_both: Double?
        let contingency_p80: String
        let sensitivity: [Driver]
    }

    init(_ run: SimulationRun) {
        self.init(
            run.result,
            taskIDs: run.plan.tasks.map(\.id.description),
            taskNames: run.plan.tasks.map(\.name),
            riskIDs: run.risks.map(\.id.description),
            riskNames: run.risks.map { "\($0.code) \($0.title)" },
            uncertainTasks: run.plan.tasks.filter { $0.estimate != nil }.count,
            revision: run.revision,
            elapsed: run.elapsedMilliseconds,
            currency: run.currency
        )
    }

    init(_ stored: StoredSimulation, elapsed: Double) {
        self.init(
            stored.result,
            taskIDs: stored.taskIDs,
            taskNames: stored.taskNames,
            riskIDs: stored.riskIDs,
            riskNames: stored.riskNames,
            uncertainTasks: stored.uncertainTasks,
            revision: stored.planRevision,
            elapsed: elapsed,
            currency: stored.currency.flatMap { Currency(code: $0) }
        )
    }

    init(
        _ r: SimulationResult,
        taskIDs: [String],
        taskNames: [String],
        riskIDs: [String],
        riskNames: [String],
        uncertainTasks: Int,
        revision: Int64,
        elapsed: Double,
        currency: Currency?
    ) {
        let day = Double(r.minutesPerDay)
        func days(_ minutes: Int64) -> Double { Self.round(Double(minutes) / day) }
        iterations = r.iterations
        seed = r.seed
        distribution = r.shape.rawValue
        self.revision = revision
        elapsed_ms = Self.round(elapsed)
        uncertain_tasks = uncertainTasks
        deterministic_finish = r.deterministicFinish.iso
        deterministic_duration_days = days(r.deterministicMinutes)
        duration = Distribution(
            mean_days: Self.round(r.duration.mean / day),
            standard_deviation_days: Self.round(r.duration.standardDeviation / day),
            min_days: days(r.duration.minimum),
            max_days: days(r.duration.maximum),
            percentiles_days: Dictionary(uniqueKeysWithValues: r.duration.percentiles.map { ("P\($0.key)", days($0.value)) }),
            percentiles_minutes: Dictionary(uniqueKeysWithValues: r.duration.percentiles.map { ("P\($0.key)", $0.value) })
        )
        finish_percentiles = Dictionary(uniqueKeysWithValues: r.finishPercentiles.map { ("P\($0.key)", $0.value.iso) })
        histogram = r.histogram.map {
            Bin(from_days: days($0.lower), to_days: days($0.upper), count: $0.count, cumulative: Self.round($0.cumulative))
        }
        deadline = r.deadline?.iso
        probability_of_deadline = r.probabilityOfDeadline.map(Self.round)
        schedule_contingency_p80_days = days(r.scheduleContingencyP80)
        risks = riskIDs.count
        tasks = r.criticality.enumerated().compactMap { i, c in
            c.map { TaskCriticality(id: taskIDs[i], name: taskNames[i], criticality: Self.round($0)) }
        }
        sensitivity = r.scheduleSensitivity.compactMap { s in
            switch s.source {
            case .task(let i):
                return Driver(kind: "task", task_id: taskIDs[i], risk_id: nil, name: taskNames[i], correlation: Self.round(s.correlation))
            case .risk(let i):
                return Driver(kind: "risk", task_id: nil, risk_id: riskIDs[i], name: riskNames[i], correlation: Self.round(s.correlation))
            case .cost: return nil
            }
        }
        if let c = r.cost, let currency {
            func m(_ x: Int64) -> String { FixedPoint.format(x, digits: currency.minorDigits) }
            func money(_ x: Double) -> String { m(Int64(x.rounded())) }
            cost = CostDistribution(
                currency: currency.code,
                deterministic: m(r.deterministicCost),
                mean: money(c.mean),
                standard_deviation: money(c.standardDeviation),
                min: m(c.minimum),
                max: m(c.maximum),
                percentiles: Dictionary(uniqueKeysWithValues: c.percentiles.map { ("P\($0.key)", m($0.value)) }),
                budget: r.budget.map(m),
                probability_of_budget: r.probabilityOfBudget.map(Self.round),
                probability_of_both: r.probabilityOfBoth.map(Self.round),
                contingency_p80: m(r.costContingencyP80 ?? 0),
                sensitivity: r.costSensitivity.compactMap { s in
                    switch s.source {
                    case .risk(let i):
                        return Driver(kind: "risk", task_id: nil, risk_id: riskIDs[i], name: riskNames[i], correlation: Self.round(s.correlation))
                    case .cost: return Driver(kind: "cost_account", task_id: nil, risk_id: nil, name: s.name, correlation: Self.round(s.correlation))
                    case .task: return nil
                    }
                }
            )
        } else {
            cost = nil
        }
    }

    static func round(_ x: Double) -> Double { (x * 1_000).rounded() / 1_000 }
}

/// A saved run as the API shows it: its state, and its results once done.
struct SimulationRunBody: Encodable {
    let id: String
    let status: String
    let iterations: Int
    let seed: Int
    let distribution: String
    let deadline: String?
    let completed: Int
    let progress: Double
    let plan_revision: Int64
    let stale: Bool
    let requested_by: String
    let requested_at: String
    let started_at: String?
    let finished_at: String?
    let error: String?
    let result: SimulationBody?

    init(_ v: SimulationRunView) {
        let r = v.run
        id = r.id.uuidString.lowercased()
        status = r.status.rawValue
        iterations = r.iterations
        seed = r.seed
        distribution = r.distribution.rawValue
        deadline = r.deadline?.iso
        completed = r.completed
        progress = SimulationBody.round(Double(r.completed) / Double(max(1, r.iterations)))
        plan_revision = r.planRevision
        stale = v.isStale
        requested_by = r.requestedBy
        requested_at = Timestamp.format(r.requestedAt)
        started_at = r.startedAt.map(Timestamp.format)
        finished_at = r.finishedAt.map(Timestamp.format)
        error = r.error
        result = v.stored.map { SimulationBody($0, elapsed: Double(r.elapsedMilliseconds ?? 0)) }
    }
}
