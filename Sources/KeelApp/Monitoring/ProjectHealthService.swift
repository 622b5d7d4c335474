import Foundation
import KeelCore
import KeelStore
import SQLKit

/// What the project dashboard shows beside the charter: the schedule digest, earned value, the risk
/// register and the cash forecast, read together, and the traffic lights they give.
public struct ProjectSignals: Sendable {
    public let digest: ScheduleDigest?
    public let earnedValue: EarnedValueReport
    public let risks: RiskRegisterSummary
    public let cash: CashFlowReport
    public let health: ProjectHealth
}

/// Project health: assessed live for one project, and kept per project for the portfolio. Every
/// audited change marks its project due; `refreshDue` reassesses due projects (the server runs it in
/// the background on every instance — assessments are idempotent, so instances never conflict).
public struct ProjectHealthService: Sendable {
    let services: KeelServices

    /// The dashboard's figures and the live assessment (anyone who can see the project).
    public func signals(_ caller: Caller, project: ID<Project>) async throws -> ProjectSignals {
        let today = today()
        return try await services.readProject(caller, project) { sql in try await Self.signals(project, today: today, services, sql) }
    }

    /// Reassesses up to `limit` projects whose data changed since their last assessment or whose
    /// assessment is from an earlier day; answers how many it reassessed.
    @discardableResult
    public func refreshDue(limit: Int = 100) async throws -> Int {
        let today = today()
        let due = try await services.database.read { sql in try await ProjectHealthRepository.due(today: today, limit: limit, on: sql) }
        var assessed: [(ProjectHealthRepository.Due, ProjectHealth)] = []
        for d in due {
            do {
                assessed.append((d, try await services.database.read { sql in try await Self.health(d.project, today: today, services, sql) }))
            } catch KeelError.notFound {
                continue  // deleted meanwhile; its row went with it
            } catch {
                // A project whose data cannot be assessed shows as not assessed until it changes
                // again, rather than holding up every project behind it.
                services.logger.error("project health could not be assessed", metadata: ["project": "\(d.project)", "error": "\(error)"])
                assessed.append((d, ProjectHealth(asOf: today)))
            }
        }
        // The batch is stored in one transaction rather than one durable commit per project.
        let stored = assessed
        try await services.database.transaction { sql in
            let at = services.timestamp
            for (d, health) in stored {
                try await ProjectHealthRepository.store(health, project: d.project, changes: d.changes, assessedAt: at, on: sql)
            }
        }
        return due.count
    }

    /// Reassesses due projects until none is left (the CLI and tests; the server loop drains too).
    public func refreshAll() async throws {
        while try await refreshDue() > 0 {}
    }

    private func today() -> Day { Day(utcSecondsSince1970: services.clock().timeIntervalSince1970) }

    static func signals(_ project: ID<Project>, today: Day, _ services: KeelServices, _ sql: any SQLDatabase) async throws -> ProjectSignals {
        guard let stored = try await ProjectRepository.find(project, on: sql) else {
            throw KeelError.notFound(kind: "project", id: project.description)
        }
        let view = try await services.schedule.current(project, sql)
        let digest = try await WorkPlanRepository.digest(project: project, on: sql)
        let earned = try await EarnedValueService.report(project, statusDate: nil, services, sql)
        let risks = try await RiskService.summary(project, today: today, withTrend: false, sql)
        let cash = try await CashFlowService.report(project, asOf: today, services, sql)
        let health = assess(stored.charter, view: view, digest: digest, earned: earned, risks: risks, cash: cash, today: today)
        return ProjectSignals(digest: digest, earnedValue: earned, risks: risks, cash: cash, health: health)
    }

    /// The assessment alone, for the portfolio: a module that is not set up is not read (most of
    /// thousands of projects have only some modules going), so the traffic lights equal the
    /// dashboard's at a fraction of the reads.
    static func health(_ project: ID<Project>, today: Day, _ services: KeelServices, _ sql: any SQLDatabase) async throws -> ProjectHealth {
        guard let stored = try await ProjectRepository.find(project, on: sql) else {
            throw KeelError.notFound(kind: "project", id: project.description)
        }
        let planned = try await WorkPlanRepository.settings(project: project, on: sql) != nil
        let view = planned ? try await services.schedule.current(project, sql) : nil
        let digest = planned ? try await WorkPlanRepository.digest(project: project, on: sql) : nil
        let budgeted = try await BudgetRepository.approved(project: project, on: sql) != nil
        let earned = budgeted ? try await EarnedValueService.report(project, statusDate: nil, services, sql) : nil
        let register = try await RiskRepository.list(project: project, on: sql)
        let risks = register.isEmpty ? nil : try await RiskService.summary(project, today: today, withTrend: false, risks: register, sql)
        var cashPlanned = try await CashFlowRepository.settings(project: project, on: sql) != nil
        if !cashPlanned { cashPlanned = !(try await CashFlowRepository.inflows(project: project, on: sql)).isEmpty }
        let cash = cashPlanned ? try await CashFlowService.report(project, asOf: today, services, sql) : nil
        return assess(stored.charter, view: view, digest: digest, earned: earned, risks: risks, cash: cash, today: today)
    }

    /// The lights from the modules' reports; a report left out (nil) is a module not set up.
    static func assess(
        _ charter: Charter,
        view: PlanView?,
        digest: ScheduleDigest?,
        earned: EarnedValueReport?,
        risks: RiskRegisterSummary?,
        cash: CashFlowReport?,
        today: Day
    ) -> ProjectHealth {
        let measured = earned.flatMap { $0.baseline == nil ? nil : $0 }
        let cashSetUp = cash.flatMap { $0.configured || !$0.inflows.isEmpty ? $0 : nil }
        return ProjectHealth(
            schedule: view.flatMap { schedule(charter, $0, digest, measured) },
            cost: measured.map { CostHealth.assess(cpi: $0.project.cpi) },
            risk: risks.flatMap(risk),
            cash: cashSetUp.map { CashHealth.assess(belowOn: $0.forecast.warning?.firstDay, lowest: $0.forecast.lowestInHorizon.balance) },
            asOf: today
        )
    }

    /// The forecast finish against the compared baseline's finish (else the charter's planned finish),
    /// missed deadlines, and SPI(t) once an approved budget measures time.
    static func schedule(_ charter: Charter, _ view: PlanView, _ digest: ScheduleDigest?, _ measured: EarnedValueReport?) -> ScheduleHealth? {
        guard view.isSetUp, !view.plan.tasks.isEmpty, let finish = digest?.projectFinish?.day else { return nil }
        let baselineFinish = view.plan.baselines[view.plan.settings.comparedBaseline]?.tasks.values.map(\.finish.day).max()
        let target = baselineFinish ?? charter.plannedFinish
        let start = view.plan.settings.projectStart.day
        return ScheduleHealth.assess(
            slipDays: target.map { $0.days(until: finish) },
            spanDays: target.map { start.days(until: $0) },
            missedDeadlines: digest?.missedDeadlines ?? 0,
            spiT: measured?.earnedSchedule?.spi
        )
    }

    /// Open risks by their current band, and reviews and actions past due; nil for an empty register.
    static func risk(_ summary: RiskRegisterSummary) -> RiskHealth? {
        guard !summary.risks.isEmpty else { return nil }
        var critical = 0, high = 0
        for r in summary.open {
            switch summary.scales.band(of: r.current) {
            case .critical: critical += 1
            case .high: high += 1
            case .low, .medium: break
            }
        }
        return RiskHealth.assess(critical: critical, high: high, overdue: summary.overdueReviews.count + summary.overdueActions.count)
    }
}
