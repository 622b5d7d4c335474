import Foundation
import KeelCore
import KeelStore
import SQLKit

/// One line of the cost control report.
public struct CostLine: Sendable {
    /// An account's code, a category's code, or a task's name.
    public let label: String
    public let detail: String
    /// Indent in the WBS view.
    public let depth: Int
    public let position: CostPosition

    public init(label: String, detail: String, depth: Int, position: CostPosition) {
        self.label = label
        self.detail = detail
        self.depth = depth
        self.position = position
    }
}

/// Budget against commitments, actuals and forecast: by cost account, by category, by WBS element.
public struct CostControlReport: Sendable {
    public let settings: CostControlSettings
    public let currency: Currency
    /// The approved budget version the budgets come from (nil: none approved yet, budgets are zero).
    public let baseline: BudgetVersion?
    public let accounts: [CostLine]
    public let categories: [CostLine]
    public let wbs: [CostLine]
    public let total: CostPosition
}

/// Cost control: positions from the approved budget and the ledger, and the project's rule for new
/// commitments beyond budget (off, warn, stop, with a tolerance).
public struct CostControlService: Sendable {
    let services: KeelServices

    public func report(_ caller: Caller, project: ID<Project>) async throws -> CostControlReport {
        try await services.readProject(caller, project) { sql in
            let positions = try await Self.positions(project, sql)
            let accounts = try await CostAccountRepository.list(project: project, on: sql)
            let categories = try await FinanceService.categories(project, sql)
            let plan = try await services.schedule.current(project, sql).plan
            var byCategory: [String: CostPosition] = [:]
            var byTask: [ID<PlanTask>: CostPosition] = [:]
            var projectLevel = CostPosition()
            var total = CostPosition()
            var accountLines: [CostLine] = []
            for a in accounts {
                let p = positions[a.id] ?? CostPosition()
                accountLines.append(CostLine(label: a.code, detail: a.name, depth: 0, position: p))
                byCategory[a.category, default: CostPosition()] += p
                if let t = a.taskID { byTask[t, default: CostPosition()] += p } else { projectLevel += p }
                total += p
            }
            // Each task's own accounts, then added up the outline (children come after their parent).
            var rolled = byTask
            var depth: [ID<PlanTask>: Int] = [:]
            for t in plan.tasks { depth[t.id] = t.parentID.flatMap { depth[$0] }.map { $0 + 1 } ?? 0 }
            for t in plan.tasks.reversed() {
                if let parent = t.parentID, let own = rolled[t.id] { rolled[parent, default: CostPosition()] += own }
            }
            var wbs: [CostLine] = plan.tasks.compactMap { t in
                guard let p = rolled[t.id] else { return nil }
                return CostLine(label: t.wbs.isEmpty ? t.name : "\(t.wbs) \(t.name)", detail: "", depth: depth[t.id] ?? 0, position: p)
            }
            if projectLevel != CostPosition() { wbs.append(CostLine(label: "", detail: "project", depth: 0, position: projectLevel)) }
            let categoryLines = categories.compactMap { c in
                byCategory[c.code].map { CostLine(label: c.code, detail: c.name, depth: 0, position: $0) }
            }
            return CostControlReport(
                settings: try await CostAccountRepository.settings(project: project, on: sql),
                currency: try await FinanceService.currency(project, sql),
                baseline: try await BudgetRepository.approved(project: project, on: sql),
                accounts: accountLines,
                categories: categoryLines,
                wbs: wbs,
                total: total
            )
        }
    }

    public func settings(_ caller: Caller, project: ID<Project>) async throws -> CostControlSettings {
        try await services.readProject(caller, project) { sql in try await CostAccountRepository.settings(project: project, on: sql) }
    }

    /// `control` (`off`, `warn`, `stop`) and `tolerance_percent` (0–100, two decimals).
    public func updateSettings(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> CostControlSettings {
        try await services.inProject(caller, .configureCostControl, project) { sql in
            let before = try await CostAccountRepository.settings(project: project, on: sql)
            var settings = before
            var r = InputReader(input, creating: false)
            r.choice("control", &settings.control)
            if let v = r.value("tolerance_percent"), v != .null {
                var text = ""
                switch v {
                case .string(let s): text = s
                case .number(let n): text = n
                default: r.errors.add("tolerance_percent", .invalidType, ["expected": "percent"])
                }
                if !text.isEmpty {
                    if let bp = try? FixedPoint.parse(text, digits: 2), (0...10_000).contains(bp) {
                        settings.toleranceBasisPoints = bp
                    } else {
                        r.errors.add("tolerance_percent", .outOfRange, ["min": "0", "max": "100"])
                    }
                }
            }
            try r.finish()
            try await CostAccountRepository.save(settings, project: project, on: sql)
            try await services.audit.record(
                "update",
                objectType: "cost_control",
                objectID: project.description,
                project: project,
                before: before.auditFields,
                after: settings.auditFields,
                caller: caller,
                on: sql
            )
            return settings
        }
    }

    /// Every account's position: the approved budget (zero before one is approved), open commitments, actuals.
    static func positions(_ project: ID<Project>, _ sql: any SQLDatabase) async throws -> [ID<CostAccount>: CostPosition] {
        var out: [ID<CostAccount>: CostPosition] = [:]
        if let approved = try await BudgetRepository.approved(project: project, on: sql) {
            for l in try await BudgetRepository.lines(approved.id, on: sql) {
                out[l.costAccountID, default: CostPosition()].budget = out[l.costAccountID, default: CostPosition()].budget.addingSaturated(l.amount)
            }
        }
        for (account, totals) in try await LedgerRepository.accountTotals(project: project, on: sql) {
            out[account, default: CostPosition()].actual = totals.actual
            out[account, default: CostPosition()].committed = totals.committed
        }
        return out
    }
}

extension CostControlSettings {
    var auditFields: [String: String?] { ["control": control.rawValue, "tolerance_percent": FixedPoint.format(toleranceBasisPoints, digits: 2)] }
}
