import Foundation
import KeelCore
import SQLKit

/// What earned value reads besides budgets and the plan: progress history, the method of each task,
/// and actual cost from the ledger aggregated in the database.
public enum EarnedValueRepository {
    /// Records `percent` (0–100) for the task on `day`; a second report on the same day replaces the first.
    public static func recordProgress(task: ID<PlanTask>, project: ID<Project>, day: Day, percent: Int, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO task_progress (task_id, project_id, day, percent) VALUES (\(bind: task.description), \(bind: project.description), \(bind: day.iso),
            \(bind: Int64(percent))) ON CONFLICT (task_id, day) DO UPDATE SET percent = excluded.percent
            """
        ).run()
    }

    /// Every progress report of the project, by task, in basis points.
    public static func progress(project: ID<Project>, on sql: any SQLDatabase) async throws -> [ID<PlanTask>: [ProgressRecord]] {
        var out: [ID<PlanTask>: [ProgressRecord]] = [:]
        for row in try await sql.raw("SELECT task_id, day, percent FROM task_progress WHERE project_id = \(bind: project.description) ORDER BY day")
            .all()
        {
            guard let day = try row.day("day") else { continue }
            out[try row.id("task_id"), default: []].append(ProgressRecord(day: day, percent: try row.int64("percent") * 100))
        }
        return out
    }

    public static func methods(project: ID<Project>, on sql: any SQLDatabase) async throws -> [ID<PlanTask>: EarnedValueMethod] {
        var out: [ID<PlanTask>: EarnedValueMethod] = [:]
        for row in try await sql.raw("SELECT task_id, method, milestones FROM task_ev_methods WHERE project_id = \(bind: project.description)").all()
        {
            let code = try row.text("method")
            let method: EarnedValueMethod
            switch code {
            case "percent_complete": method = .percentComplete
            case "zero_hundred": method = .zeroHundred
            case "fifty_fifty": method = .fiftyFifty
            case "level_of_effort": method = .levelOfEffort
            case "weighted_milestones":
                let text = try row.text("milestones")
                guard let m = try? JSONDecoder().decode([WeightedMilestone].self, from: Data(text.utf8)) else {
                    throw StoreError.corrupt(column: "milestones", value: text)
                }
                method = .weightedMilestones(m)
            default: throw StoreError.corrupt(column: "method", value: code)
            }
            out[try row.id("task_id")] = method
        }
        return out
    }

    public static func setMethod(_ method: EarnedValueMethod, task: ID<PlanTask>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        var milestones = "[]"
        if case .weightedMilestones(let m) = method { milestones = String(decoding: try JSONEncoder().encode(m), as: UTF8.self) }
        try await sql.raw(
            """
            INSERT INTO task_ev_methods (task_id, project_id, method, milestones) VALUES (\(bind: task.description), \(bind: project.description),
            \(bind: method.code), \(bind: milestones)) ON CONFLICT (task_id) DO UPDATE SET method = excluded.method, milestones = excluded.milestones
            """
        ).run()
    }

    static var costKinds: SQLList { SQLList(LedgerEntryKind.costKinds.map { SQLBind($0.rawValue) }) }

    /// Actual cost (actuals, accruals and labour, reversals negative) per cost account up to and including `through`.
    public static func actualCost(project: ID<Project>, through: Day, on sql: any SQLDatabase) async throws -> [ID<CostAccount>: Int64] {
        let rows = try await sql.raw(
            """
            SELECT cost_account_id, CAST(SUM(CASE WHEN reverses IS NULL THEN amount ELSE -amount END) AS BIGINT) AS total FROM ledger_entries
            WHERE project_id = \(bind: project.description) AND kind IN (\(costKinds))
            AND entry_date <= \(bind: through.iso) GROUP BY cost_account_id
            """
        ).all()
        var out: [ID<CostAccount>: Int64] = [:]
        for row in rows { out[try row.id("cost_account_id")] = try row.int64("total") }
        return out
    }

    /// The project's actual cost per day (for time series of the whole project).
    public static func actualCostByDay(project: ID<Project>, on sql: any SQLDatabase) async throws -> [CostPoint] {
        let rows = try await sql.raw(
            """
            SELECT entry_date, CAST(SUM(CASE WHEN reverses IS NULL THEN amount ELSE -amount END) AS BIGINT) AS total FROM ledger_entries
            WHERE project_id = \(bind: project.description) AND kind IN (\(costKinds))
            GROUP BY entry_date ORDER BY entry_date
            """
        ).all()
        return try rows.compactMap { row in try row.day("entry_date").map { CostPoint(day: $0, amount: try row.int64("total")) } }
    }
}
