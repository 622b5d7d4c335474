import KeelCore
import KeelStore
import SQLKit

/// Everything the risk's own page shows, read together.
public struct RiskEditPage: Sendable {
    public let project: Project
    public let risk: Risk
    public let schedule: PlanView
    public let history: [RiskRepository.HistoryEntry]
    /// Display names of the people in the history and of who approved the acceptance.
    public let names: [String: String]
    public let actions: [RiskAction]
    public let issues: [ProjectIssue]
    public let scales: RiskScales
    public let breakdown: RiskBreakdown
}

extension RiskService {
    /// The page model of a risk's page: one permission check and one read for the risk, its history,
    /// actions and issues, the plan its tasks come from, the scales and the breakdown structure.
    public func editPage(_ caller: Caller, project id: ID<Project>, _ riskID: ID<Risk>) async throws -> RiskEditPage {
        try await services.readProjectRecord(caller, id) { project, sql in
            let risk = try await Self.load(riskID, id, sql)
            let history = try await RiskRepository.history(riskID, project: id, on: sql)
            return RiskEditPage(
                project: project,
                risk: risk,
                schedule: try await ScheduleService(services: services).current(id, sql),
                history: history,
                names: try await KeelServices.actorNames(history.map(\.assessedBy) + [risk.acceptanceApprovedBy].compactMap { $0 }, on: sql),
                actions: try await RiskActionRepository.list(project: id, on: sql).filter { $0.riskID == riskID },
                issues: try await IssueRepository.forRisk(riskID, on: sql),
                scales: try await RiskScalesRepository.find(project: id, on: sql),
                breakdown: RiskBreakdown(try await RiskCategoryRepository.list(project: id, on: sql))
            )
        }
    }
}
