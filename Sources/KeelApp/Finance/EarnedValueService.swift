import Foundation
import KeelCore
import KeelStore
import SQLKit

/// One WBS row of the earned value report.
public struct EarnedValueRow: Sendable {
    public let taskID: ID<PlanTask>
    public let name: String
    public let wbs: String
    public let depth: Int
    public let method: EarnedValueMethod
    public let metrics: EarnedValueMetrics
}

/// Earned value of a project at a status date, against the approved budget.
public struct EarnedValueReport: Sendable {
    public let statusDate: Day
    public let currency: Currency
    /// The approved version; nil before any budget is approved (the report is then empty).
    public let baseline: BudgetVersion?
    public let project: EarnedValueMetrics
    public let earnedSchedule: EarnedSchedule?
    public let plannedSpan: ClosedRange<Day>?
    public let rows: [EarnedValueRow]
}

/// Earned value from the approved budget's time-phased lines (PV, BAC), progress as reported over time
/// with each task's method (EV), and the ledger's actual costs and accruals (AC), rolled up the WBS:
/// tasks in outline order, cost accounts as leaves under their task (project-level accounts under the
/// project, measured as level of effort).
public struct EarnedValueService: Sendable {
    let services: KeelServices

    public func report(_ caller: Caller, project: ID<Project>, statusDate: Day? = nil) async throws -> EarnedValueReport {
        try await services.readProject(caller, project) { sql in try await Self.report(project, statusDate: statusDate, services, sql) }
    }

    static func report(_ project: ID<Project>, statusDate: Day?, _ services: KeelServices, _ sql: any SQLDatabase) async throws -> EarnedValueReport {
        let inputs = try await Self.inputs(project, services, sql, costs: .through(statusDate))
        let day = statusDate ?? inputs.defaultStatusDate
        let all = inputs.rollup.metrics(at: day)
        var rows: [EarnedValueRow] = []
        for (i, task) in inputs.plan.tasks.enumerated() {
            let m = all[i + 1]
            guard m.bac != 0 || m.ac != 0 else { continue }
            rows.append(
                EarnedValueRow(
                    taskID: task.id,
                    name: task.name,
                    wbs: task.wbs,
                    depth: inputs.depths[i],
                    method: inputs.methods[task.id] ?? .percentComplete,
                    metrics: m
                )
            )
        }
        return EarnedValueReport(
            statusDate: day,
            currency: inputs.currency,
            baseline: inputs.baseline,
            project: all[0],
            earnedSchedule: inputs.rollup.earnedSchedule(
                of: 0,
                at: day,
                time: WorkingTime(inputs.plan.projectCalendar),
                minutesPerDay: Int(inputs.plan.settings.minutesPerDay)
            ),
            plannedSpan: inputs.rollup.plannedSpan(of: 0),
            rows: rows
        )
    }

    /// The project's figures every `step` days from the plan's first day (or `from`) to `through`
    /// (default: the later of the plan's last day and the status date).
    public func series(
        _ caller: Caller,
        project: ID<Project>,
        from: Day? = nil,
        through: Day? = nil,
        step: Int = 7
    ) async throws -> [EarnedValuePoint] {
        try await services.readProject(caller, project) { sql in
            // PV and EV from the rollup; AC of the whole project straight from the ledger by day (the
            // series is the project's, so no per-account costs are needed).
            let inputs = try await Self.inputs(project, services, sql, costs: .none)
            guard let span = inputs.rollup.plannedSpan(of: 0) else { return [] }
            let start = from ?? span.lowerBound
            let end = through ?? max(span.upperBound, inputs.defaultStatusDate)
            let costs = try await EarnedValueRepository.actualCostByDay(project: project, on: sql)
            var k = 0
            var spent: Int64 = 0
            return inputs.rollup.series(of: 0, from: start, through: end, step: step).map { point in
                while k < costs.count && costs[k].day <= point.day {
                    spent = spent.addingSaturated(costs[k].amount)
                    k += 1
                }
                var p = point
                p.metrics.ac = spent
                return p
            }
        }
    }

    /// Sets how a task's progress is earned: `method` (`percent_complete`, `zero_hundred`,
    /// `fifty_fifty`, `weighted_milestones`, `level_of_effort`) and for weighted milestones
    /// `milestones`, rows `{"name", "weight_percent", "achieved_on"}` or text lines `Design 30 2027-03-01`,
    /// whose weights sum to 100.
    /// With `task` nil, the task comes from the input's `task_id` (the page's form), read after the
    /// caller's role is checked like everything else.
    public func setMethod(_ caller: Caller, project: ID<Project>, task given: ID<PlanTask>?, _ input: Input) async throws -> EarnedValueMethod {
        try await services.inProject(caller, .editBudget, project) { sql in
            let tasks = try await WorkPlanRepository.taskIDs(project: project, on: sql)
            var r = InputReader(input, creating: true)
            var chosen = given
            if given == nil {
                r.reference("task_id", &chosen) { tasks.contains($0) }
                if chosen == nil && !r.errors.has("task_id") { r.errors.add("task_id", .required) }
            }
            if let given, !tasks.contains(given) { throw KeelError.notFound(kind: "task", id: given.description) }
            var code = ""
            r.text("method", &code, required: true, max: 40)
            if !code.isEmpty && !EarnedValueMethod.codes.contains(code) {
                r.errors.add("method", .invalidChoice, ["choices": EarnedValueMethod.codes.joined(separator: ", ")])
            }
            let milestones = Self.readMilestones(&r)
            if code == "weighted_milestones" {
                if milestones.isEmpty && !r.errors.all.contains(where: { $0.field.hasPrefix("milestones") }) { r.errors.add("milestones", .required) }
                if !milestones.isEmpty, milestones.sum({ $0.weight }) != 10_000 {
                    r.errors.add("milestones", .outOfRange, ["min": "100", "max": "100"])
                }
            } else if !milestones.isEmpty {
                r.errors.add("milestones", .mustBeEmpty)
            }
            try r.finish()
            guard let task = chosen else { throw KeelError.validation([FieldError("task_id", .required)]) }
            let before = try await EarnedValueRepository.methods(project: project, on: sql)[task] ?? .percentComplete
            let method: EarnedValueMethod
            switch code {
            case "zero_hundred": method = .zeroHundred
            case "fifty_fifty": method = .fiftyFifty
            case "level_of_effort": method = .levelOfEffort
            case "weighted_milestones": method = .weightedMilestones(milestones)
            default: method = .percentComplete
            }
            try await EarnedValueRepository.setMethod(method, task: task, project: project, on: sql)
            try await services.audit.record(
                "update",
                objectType: "earned_value_method",
                objectID: task.description,
                project: project,
                before: ["method": before.code],
                after: ["method": method.code, "milestones": Self.milestoneText(method)],
                caller: caller,
                on: sql
            )
            return method
        }
    }

    public func methods(_ caller: Caller, project: ID<Project>) async throws -> [ID<PlanTask>: EarnedValueMethod] {
        try await services.readProject(caller, project) { sql in try await EarnedValueRepository.methods(project: project, on: sql) }
    }

    /// Milestones as the text form takes them back.
    public static func milestoneText(_ method: EarnedValueMethod) -> String {
        guard case .weightedMilestones(let m) = method else { return "" }
        return m.map { "\($0.name) \(FixedPoint.format($0.weight, digits: 2))%\($0.achievedOn.map { " " + $0.iso } ?? "")" }.joined(separator: "; ")
    }

    /// Rows (`name`, `weight_percent`, `achieved_on`) or text, one milestone per line or `;`:
    /// `name weight [YYYY-MM-DD]` (the name may have spaces; the weight is a percentage).
    static func readMilestones(_ r: inout InputReader) -> [WeightedMilestone] {
        var items: [(String, String, String?)] = []
        switch r.value("milestones") {
        case .string(let text)?:
            for (i, part) in text.split(whereSeparator: { $0 == ";" || $0 == "\n" }).enumerated() {
                var words = part.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
                var date: String?
                if let last = words.last, Day(iso: last) != nil || last.contains("-") && last.count == 10 {
                    date = last
                    words.removeLast()
                }
                guard words.count >= 2 else {
                    r.errors.add("milestones[\(i)]", .invalidFormat, ["pattern": "name weight YYYY-MM-DD"])
                    continue
                }
                let weight = words.removeLast().replacingOccurrences(of: "%", with: "")
                items.append((words.joined(separator: " "), weight, date))
            }
        case .array(let rows)?:
            for (i, row) in rows.enumerated() {
                guard case .object(let f) = row, case .string(let name)? = f["name"] else {
                    r.errors.add("milestones[\(i)]", .invalidType, ["expected": "object with name and weight_percent"])
                    continue
                }
                var weight = ""
                switch f["weight_percent"] {
                case .string(let w)?, .number(let w)?: weight = w
                default: r.errors.add("milestones[\(i)].weight_percent", .required)
                }
                var date: String?
                if case .string(let d)? = f["achieved_on"] { date = d }
                items.append((name, weight, date))
            }
        case .null?, nil: return []
        default:
            r.errors.add("milestones", .invalidType, ["expected": "array"])
            return []
        }
        var out: [WeightedMilestone] = []
        for (i, (name, weightText, dateText)) in items.enumerated() {
            var m = WeightedMilestone(name: name.trimmingWhitespace(), weight: 0)
            if m.name.isEmpty || m.name.count > 200 { r.errors.add("milestones[\(i)].name", m.name.isEmpty ? .required : .tooLong, ["max": "200"]) }
            if let w = try? FixedPoint.parse(weightText, digits: 2), w > 0, w <= 10_000 {
                m.weight = w
            } else {
                r.errors.add("milestones[\(i)].weight_percent", .outOfRange, ["min": "0.01", "max": "100"])
            }
            if let dateText, !dateText.isEmpty {
                if let d = r.errors.day("milestones[\(i)].achieved_on", dateText) { m.achievedOn = d }
            }
            out.append(m)
        }
        return out
    }

    enum Costs { case through(Day?), none }

    struct Inputs {
        let plan: WorkPlan
        let rollup: EarnedValueRollup
        let depths: [Int]
        let methods: [ID<PlanTask>: EarnedValueMethod]
        let baseline: BudgetVersion?
        let currency: Currency
        let defaultStatusDate: Day
    }

    /// The WBS tree: node 0 the project, nodes 1…n the plan's tasks in outline order, then one leaf per
    /// cost account under its task.
    static func inputs(_ project: ID<Project>, _ services: KeelServices, _ sql: any SQLDatabase, costs: Costs) async throws -> Inputs {
        let view = try await services.schedule.current(project, sql)
        let plan = view.plan
        let currency = try await FinanceService.currency(project, sql)
        let statusDefault = plan.settings.statusDate?.day ?? services.today
        let baseline = try await BudgetRepository.approved(project: project, on: sql)
        let lines = try await baseline.asyncMap { try await BudgetRepository.lines($0.id, on: sql) } ?? []
        let accounts = try await CostAccountRepository.list(project: project, on: sql)
        let methods = try await EarnedValueRepository.methods(project: project, on: sql)
        let progress = try await EarnedValueRepository.progress(project: project, on: sql)
        var costPoints: [ID<CostAccount>: [CostPoint]] = [:]
        switch costs {
        case .none: break
        case .through(let day):
            let through = day ?? statusDefault
            for (account, total) in try await EarnedValueRepository.actualCost(project: project, through: through, on: sql) {
                costPoints[account] = [CostPoint(day: through, amount: total)]
            }
        }
        var index: [ID<PlanTask>: Int] = [:]
        for (i, t) in plan.tasks.enumerated() { index[t.id] = i }
        var nodes = [EarnedValueNode(parent: nil)]
        var depths: [Int] = []
        for t in plan.tasks {
            let parent = t.parentID.flatMap { index[$0] }
            nodes.append(EarnedValueNode(parent: parent.map { $0 + 1 } ?? 0))
            depths.append(parent.map { depths[$0] + 1 } ?? 0)
        }
        var budgetByAccount: [ID<CostAccount>: [BudgetSegment]] = [:]
        for l in lines { budgetByAccount[l.costAccountID, default: []] += l.segments }
        for a in accounts {
            let task = a.taskID.flatMap { index[$0] }.map { plan.tasks[$0] }
            var records = task.flatMap { progress[$0.id] } ?? []
            // A task whose progress predates the history still counts at the status date.
            if let task, records.isEmpty, task.percentComplete > 0 {
                records = [ProgressRecord(day: statusDefault, percent: Int64(task.percentComplete) * 100)]
            }
            let method: EarnedValueMethod = task.map { methods[$0.id] ?? .percentComplete } ?? .levelOfEffort
            nodes.append(
                EarnedValueNode(
                    parent: a.taskID.flatMap { index[$0] }.map { $0 + 1 } ?? 0,
                    leaf: EarnedValueLeaf(
                        budget: budgetByAccount[a.id] ?? [],
                        method: method,
                        progress: records,
                        actualStart: task?.actualStart?.day,
                        actualFinish: task?.actualFinish?.day,
                        costs: costPoints[a.id] ?? []
                    )
                )
            )
        }
        return Inputs(
            plan: plan,
            rollup: try EarnedValueRollup(nodes: nodes),
            depths: depths,
            methods: methods,
            baseline: baseline,
            currency: currency,
            defaultStatusDate: statusDefault
        )
    }
}
