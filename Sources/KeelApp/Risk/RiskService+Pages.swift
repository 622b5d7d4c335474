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
        let page = try await services.readProject(caller, id) { sql in
            guard let project = try await ProjectRepository.find(id, on: sql) else { throw KeelError.notFound(kind: "project", id: id.description) }
            let risk = try await Self.load(riskID, id, sql)
            return (
                project, risk,
                try await ScheduleService(services: services).current(id, sql),
                try await RiskRepository.history(riskID, project: id, on: sql),
                try await RiskActionRepository.list(project: id, on: sql).filter { $0.riskID == riskID },
                try await IssueRepository.forRisk(riskID, on: sql),
                try await RiskScalesRepository.find(project: id, on: sql),
                RiskBreakdown(try await RiskCategoryRepository.list(project: id, on: sql))
            )
        }
        let names = try await services.actorNames(page.3.map(\.assessedBy) + [page.1.acceptanceApprovedBy].compactMap { $0 })
        return RiskEditPage(
            project: page.0,
            risk: page.1,
            schedule: page.2,
            history: page.3,
            names: names,
            actions: page.4,
            issues: page.5,
            scales: page.6,
            breakdown: page.7
        )
    }
}
