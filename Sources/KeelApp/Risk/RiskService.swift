import Foundation
import KeelCore
import KeelStore
import SQLKit

/// The register at a glance: what the project page and the register page summarise.
public struct RiskRegisterSummary: Sendable {
    public let risks: [Risk]
    public let actions: [RiskAction]
    public let today: Day
    /// The project's scales: what the scores, bands and heat maps are measured on.
    public let scales: RiskScales
    /// The project's categories below the standard ones.
    public let breakdown: RiskBreakdown
    /// Weekly total exposure, from the register's snapshots (empty unless asked for).
    public let trend: [ExposureTrend.Point]

    public var overdueActions: [RiskAction] { actions.filter { $0.isOverdue(today: today) } }
    public func actions(of risk: ID<Risk>) -> [RiskAction] { actions.filter { $0.riskID == risk } }

    public var open: [Risk] { risks.filter { $0.status.isOpen } }
    /// Open risks, highest current score first (then the older one).
    public var top: [Risk] { open.sorted { (scales.score($0.current), -$0.number) > (scales.score($1.current), -$1.number) } }
    public var overdueReviews: [Risk] { risks.filter { $0.reviewIsOverdue(today: today) } }
    /// Open threats' expected monetary value minus open opportunities', in minor units.
    public var exposure: Int64 { open.compactMap(\.expectedMonetaryValue).reduce(0, +) }

    /// Counts per probability (rows, the highest level at the top) × impact as the score method
    /// rates it (columns from level 1) of open risks; risks without an impact are left out.
    public func heatMap(residual: Bool) -> [[Int]] {
        let rows = scales.probabilityLevels, columns = scales.impactLevels
        var grid = Array(repeating: Array(repeating: 0, count: columns), count: rows)
        for r in open {
            let a = residual ? (r.residual ?? r.inherent) : r.inherent
            let i = scales.impact(of: a)
            guard i > 0, (1...rows).contains(a.probability), i <= columns else { continue }
            grid[rows - a.probability][i - 1] += 1
        }
        return grid
    }
}

/// The risk register's use cases: every change is checked against the caller's role, validated
/// whole, stored with its linked tasks in one transaction, audited, and each new or changed
/// assessment is appended to the risk's history.
public struct RiskService: Sendable {
    let services: KeelServices

    public func list(_ caller: Caller, project: ID<Project>) async throws -> [Risk] {
        try await services.readProject(caller, project) { sql in try await RiskRepository.list(project: project, on: sql) }
    }

    /// The register with its actions; `withTrend` also rebuilds the exposure trend (the register page
    /// shows it, the dashboard does not).
    public func summary(_ caller: Caller, project: ID<Project>, withTrend: Bool = false) async throws -> RiskRegisterSummary {
        try await services.readProject(caller, project) { sql in try await Self.summary(project, today: services.today, withTrend: withTrend, sql) }
    }

    /// `risks`: the register when the caller has read it already.
    static func summary(
        _ project: ID<Project>,
        today: Day,
        withTrend: Bool,
        risks: [Risk]? = nil,
        _ sql: any SQLDatabase
    ) async throws -> RiskRegisterSummary {
        var register = risks ?? []
        if risks == nil { register = try await RiskRepository.list(project: project, on: sql) }
        return RiskRegisterSummary(
            risks: register,
            actions: try await RiskActionRepository.list(project: project, on: sql),
            today: today,
            scales: try await RiskScalesRepository.find(project: project, on: sql),
            breakdown: RiskBreakdown(try await RiskCategoryRepository.list(project: project, on: sql)),
            trend: withTrend ? ExposureTrend.weekly(try await RiskRepository.snapshots(project: project, on: sql), today: today) : []
        )
    }

    public func get(_ caller: Caller, project: ID<Project>, _ id: ID<Risk>) async throws -> Risk {
        try await services.readProject(caller, project) { sql in try await Self.load(id, project, sql) }
    }

    public func history(_ caller: Caller, project: ID<Project>, _ id: ID<Risk>) async throws -> [RiskRepository.HistoryEntry] {
        try await services.readProject(caller, project) { sql in
            _ = try await Self.load(id, project, sql)
            return try await RiskRepository.history(id, project: project, on: sql)
        }
    }

    public func create(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> Risk {
        try await services.inProject(caller, .editRisks, project) { sql in
            let today = services.today
            var risk = Risk(id: ID(), projectID: project, number: try await RiskRepository.nextNumber(project: project, on: sql), raisedOn: today)
            let context = try await Self.context(project, sql)
            var r = InputReader(input, creating: true)
            Self.read(&r, into: &risk, context)
            try r.finish()
            let scales = context.scales
            if risk.nextReview == nil && risk.status.isOpen {
                risk.nextReview = today.adding(days: scales.reviewCadence(scales.band(of: risk.current)))
            }
            if risk.status == .closed && risk.closedOn == nil { risk.closedOn = today }
            try await RiskRepository.insert(risk, scales: scales, on: sql)
            try await Self.recordAssessments(before: nil, after: risk, scales, caller, at: services.clock(), sql)
            try await RiskRepository.recordSnapshot(RiskSnapshot(risk, day: today, scales: scales), project: project, on: sql)
            try await services.audit.record(
                "create",
                objectType: "risk",
                objectID: risk.id.description,
                project: project,
                before: [:],
                after: risk.auditFields,
                caller: caller,
                on: sql
            )
            return risk
        }
    }

    public func update(_ caller: Caller, project: ID<Project>, _ id: ID<Risk>, _ input: Input, expectedVersion: Int64?) async throws -> Risk {
        var scales = RiskScales.standard
        return try await services.update(
            caller,
            .editRisks,
            project: project,
            expectedVersion: expectedVersion,
            audit: "risk",
            id: id.description,
            version: \.version,
            fields: \.auditFields,
            load: { sql in try await Self.load(id, project, sql) },
            change: { risk, current, sql in
                let context = try await Self.context(project, sql)
                scales = context.scales
                var r = InputReader(input, creating: false)
                Self.read(&r, into: &risk, context)
                try r.finish()
                if risk.withdrawsApproval(comparedTo: current) { (risk.acceptanceApprovedBy, risk.acceptanceApprovedOn) = (nil, nil) }
                if risk.status == .closed && current.status != .closed { risk.closedOn = risk.closedOn ?? services.today }
                if risk.status != .closed { risk.closedOn = nil }
            },
            store: { risk, version, sql in try await RiskRepository.update(risk, scales: scales, expectedVersion: version, on: sql) },
            stored: { risk, current, sql in
                // The assessment history and the exposure trend follow every change of score.
                try await Self.recordAssessments(before: current, after: risk, scales, caller, at: services.clock(), sql)
                let before = RiskSnapshot(current, day: services.today, scales: scales)
                let after = RiskSnapshot(risk, day: services.today, scales: scales)
                if (before.open, before.score, before.expectedMonetaryValue) != (after.open, after.score, after.expectedMonetaryValue) {
                    try await RiskRepository.recordSnapshot(after, project: project, on: sql)
                }
            }
        )
    }

    /// Approves accepting the risk: only managers and owners, only while the strategy is `accept`,
    /// and never twice for the same assessment.
    public func approveAcceptance(_ caller: Caller, project: ID<Project>, _ id: ID<Risk>, expectedVersion: Int64?) async throws -> Risk {
        try await services.update(
            caller,
            .approveRiskAcceptance,
            auditAction: "approve",
            project: project,
            expectedVersion: expectedVersion,
            audit: "risk",
            id: id.description,
            version: \.version,
            fields: \.auditFields,
            load: { sql in try await Self.load(id, project, sql) },
            change: { risk, current, _ in
                guard current.strategy == .accept else {
                    throw KeelError.conflict("only a risk whose strategy is accept needs its acceptance approved")
                }
                guard current.acceptanceApprovedBy == nil else { throw KeelError.conflict("the acceptance is already approved") }
                risk.acceptanceApprovedBy = caller.auditName
                risk.acceptanceApprovedOn = services.today
            },
            store: { risk, version, sql in
                let scales = try await RiskScalesRepository.find(project: project, on: sql)
                return try await RiskRepository.update(risk, scales: scales, expectedVersion: version, on: sql)
            }
        )
    }

    public func delete(_ caller: Caller, project: ID<Project>, _ id: ID<Risk>, expectedVersion: Int64?) async throws {
        try await services.inProject(caller, .editRisks, project) { sql in
            let current = try await Self.load(id, project, sql)
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            try await RiskRepository.delete(id, project: project, on: sql)
            let scales = try await RiskScalesRepository.find(project: project, on: sql)
            try await RiskRepository.recordSnapshot(
                RiskSnapshot(current, day: services.today, scales: scales, deleted: true),
                project: project,
                on: sql
            )
            try await services.audit.record(
                "delete",
                objectType: "risk",
                objectID: id.description,
                project: project,
                before: current.auditFields,
                after: [:],
                caller: caller,
                on: sql
            )
        }
    }

    // MARK: Response actions

    public func actions(_ caller: Caller, project: ID<Project>, risk: ID<Risk>) async throws -> [RiskAction] {
        try await services.readProject(caller, project) { sql in
            _ = try await Self.load(risk, project, sql)
            return try await RiskActionRepository.list(project: project, on: sql).filter { $0.riskID == risk }
        }
    }

    public func createAction(_ caller: Caller, project: ID<Project>, risk: ID<Risk>, _ input: Input) async throws -> RiskAction {
        try await services.inProject(caller, .editRisks, project) { sql in
            _ = try await Self.load(risk, project, sql)
            var action = RiskAction(id: ID(), projectID: project, riskID: risk)
            let currency = try await Self.currency(project, sql)
            var r = InputReader(input, creating: true)
            Self.read(&r, into: &action, currency: currency)
            try r.finish()
            try await RiskActionRepository.insert(action, on: sql)
            try await services.audit.record(
                "create",
                objectType: "risk_action",
                objectID: action.id.description,
                project: project,
                before: [:],
                after: action.auditFields,
                caller: caller,
                on: sql
            )
            return action
        }
    }

    public func updateAction(
        _ caller: Caller,
        project: ID<Project>,
        risk: ID<Risk>,
        _ id: ID<RiskAction>,
        _ input: Input,
        expectedVersion: Int64?
    ) async throws -> RiskAction {
        try await services.update(
            caller,
            .editRisks,
            project: project,
            expectedVersion: expectedVersion,
            audit: "risk_action",
            id: id.description,
            version: \.version,
            fields: \.auditFields,
            load: { sql in try await Self.loadAction(id, risk, project, sql) },
            change: { action, _, sql in
                let currency = try await Self.currency(project, sql)
                var r = InputReader(input, creating: false)
                Self.read(&r, into: &action, currency: currency)
                try r.finish()
            },
            store: { action, version, sql in try await RiskActionRepository.update(action, expectedVersion: version, on: sql) }
        )
    }

    public func deleteAction(_ caller: Caller, project: ID<Project>, risk: ID<Risk>, _ id: ID<RiskAction>, expectedVersion: Int64?) async throws {
        try await services.inProject(caller, .editRisks, project) { sql in
            let current = try await Self.loadAction(id, risk, project, sql)
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            try await RiskActionRepository.delete(id, project: project, on: sql)
            try await services.audit.record(
                "delete",
                objectType: "risk_action",
                objectID: id.description,
                project: project,
                before: current.auditFields,
                after: [:],
                caller: caller,
                on: sql
            )
        }
    }

    /// An action of this risk (an action of another risk is not found here, as an object of another project is not).
    static func loadAction(_ id: ID<RiskAction>, _ risk: ID<Risk>, _ project: ID<Project>, _ sql: any SQLDatabase) async throws -> RiskAction {
        guard let a = try await RiskActionRepository.find(id, project: project, on: sql), a.riskID == risk else {
            throw KeelError.notFound(kind: "risk_action", id: id.description)
        }
        return a
    }

    static func read(_ r: inout InputReader, into a: inout RiskAction, currency: Currency) {
        r.text("title", &a.title, required: true, max: 200)
        r.text("owner", &a.owner, max: 200)
        r.day("due", &a.due)
        r.amount("cost", currency: currency, &a.cost)
        r.choice("status", &a.status)
    }

    // MARK: Helpers

    static func load(_ id: ID<Risk>, _ project: ID<Project>, _ sql: any SQLDatabase) async throws -> Risk {
        guard let r = try await RiskRepository.find(id, project: project, on: sql) else { throw KeelError.notFound(kind: "risk", id: id.description) }
        return r
    }

    /// What reading a risk needs from its project: the currency of cost impacts, the plan's
    /// minutes per day, its task ids and the scales assessments are made on.
    struct Context {
        let currency: Currency
        let minutesPerDay: Int64
        let taskIDs: Set<ID<PlanTask>>
        let scales: RiskScales
        let breakdown: RiskBreakdown
    }

    static func context(_ project: ID<Project>, _ sql: any SQLDatabase) async throws -> Context {
        let settings = try await WorkPlanRepository.settings(project: project, on: sql)
        let ids = try await WorkPlanRepository.taskIDs(project: project, on: sql)
        return Context(
            currency: try await currency(project, sql),
            minutesPerDay: settings?.minutesPerDay ?? 480,
            taskIDs: ids,
            scales: try await RiskScalesRepository.find(project: project, on: sql),
            breakdown: RiskBreakdown(try await RiskCategoryRepository.list(project: project, on: sql))
        )
    }

    /// The project's currency: what cost impacts and action costs are in.
    static func currency(_ project: ID<Project>, _ sql: any SQLDatabase) async throws -> Currency {
        guard let p = try await ProjectRepository.find(project, on: sql) else { throw KeelError.notFound(kind: "project", id: project.description) }
        return p.charter.budget.currency
    }

    static func recordAssessments(
        before: Risk?,
        after: Risk,
        _ scales: RiskScales,
        _ caller: Caller,
        at now: Date,
        _ sql: any SQLDatabase
    ) async throws {
        if before?.inherent != after.inherent {
            try await RiskRepository.recordAssessment(
                after.inherent,
                score: scales.score(after.inherent),
                stage: "inherent",
                risk: after.id,
                project: after.projectID,
                by: caller.auditName,
                at: now,
                on: sql
            )
        }
        if let residual = after.residual, before?.residual != residual {
            try await RiskRepository.recordAssessment(
                residual,
                score: scales.score(residual),
                stage: "residual",
                risk: after.id,
                project: after.projectID,
                by: caller.auditName,
                at: now,
                on: sql
            )
        }
    }
}
