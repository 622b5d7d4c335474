import KeelCore
import KeelStore
import SQLKit

/// Everything on one project's front page, loaded in one go.
public struct ProjectOverview: Sendable {
    public let project: Project
    public let objectives: [Objective]
    public let stakeholders: [Stakeholder]
    public let phases: [Phase]
    public let gateReviews: [GateReview]
    /// The KPIs' measured values, oldest first.
    public let measurements: [KPIMeasurement]

    /// The first phase that is not done, or nil when all are done.
    public var currentPhase: Phase? { phases.first { $0.state != .done } }
}

public struct ProjectService: Sendable {
    let services: KeelServices

    static let codeCharacters = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.")

    /// The portfolio: administrators see every project, everyone else the projects they are members of.
    public func list(_ caller: Caller, _ query: PortfolioQuery) async throws -> Page<ProjectSummary> {
        try await services.policy.authorize(caller, .listProjects, project: nil)
        var scoped = query
        scoped.visibleTo = caller.isAdmin ? nil : caller.userID
        return try await services.database.read { sql in
            let page = try await ProjectRepository.list(scoped, on: sql)
            let phases = try await PhaseRepository.current(of: page.items.map(\.id), on: sql)
            let health = try await ProjectHealthRepository.find(page.items.map(\.id), on: sql)
            let items = page.items.map { item -> ProjectSummary in
                var s = item
                s.currentPhase = phases[item.id]
                s.health = health[item.id]
                return s
            }
            return Page(items: items, page: page.page, perPage: page.perPage, total: page.total)
        }
    }

    public func sponsors(_ caller: Caller) async throws -> [String] {
        try await services.policy.authorize(caller, .listProjects, project: nil)
        let user = caller.isAdmin ? nil : caller.userID
        return try await services.database.read { sql in try await ProjectRepository.sponsors(visibleTo: user, on: sql) }
    }

    /// The caller's role on the project (nil for administrators who are not members).
    public func role(_ caller: Caller, _ id: ID<Project>) async throws -> ProjectRole? {
        try await services.policy.role(of: caller, in: id)
    }

    public func get(_ caller: Caller, _ id: ID<Project>) async throws -> Project {
        try await services.policy.authorize(caller, .viewProject, project: id)
        guard let p = try await services.database.read({ sql in try await ProjectRepository.find(id, on: sql) }) else {
            throw KeelError.notFound(kind: "project", id: id.description)
        }
        return p
    }

    public func overview(_ caller: Caller, _ id: ID<Project>) async throws -> ProjectOverview {
        try await services.policy.authorize(caller, .viewProject, project: id)
        return try await services.database.read { sql in
            guard let p = try await ProjectRepository.find(id, on: sql) else { throw KeelError.notFound(kind: "project", id: id.description) }
            return ProjectOverview(
                project: p,
                objectives: try await ObjectiveRepository.list(project: id, on: sql),
                stakeholders: try await StakeholderRepository.list(project: id, on: sql),
                phases: try await PhaseRepository.list(project: id, on: sql),
                gateReviews: try await GateReviewRepository.list(project: id, on: sql),
                measurements: try await KPIMeasurementRepository.list(project: id, on: sql)
            )
        }
    }

    /// Reads the charter fields of `input` onto `charter`.
    static func read(_ r: inout InputReader, into c: inout Charter) {
        r.text("code", &c.code, required: true, max: 32)
        if !r.errors.has("code"), r.input.fields["code"] != nil, !c.code.allSatisfy({ codeCharacters.contains($0) }) {
            r.errors.add("code", .invalidFormat, ["pattern": "A-Z a-z 0-9 - _ ."])
        }
        r.text("name", &c.name, required: true, max: 200)
        r.text("sponsor", &c.sponsor, max: 200)
        r.text("goal", &c.goal, max: 4000)
        r.text("audience", &c.audience, max: 2000)
        r.text("value_proposition", &c.valueProposition, max: 4000)
        r.text("methodology", &c.methodology, max: 200)
        r.day("planned_start", &c.plannedStart)
        r.day("planned_finish", &c.plannedFinish)
        var currency = c.budget.currency
        r.currency("currency", &currency, required: true)
        var minor = c.budget.minor
        r.amount("budget_amount", currency: currency, &minor, allowNegative: true)
        c.budget = Money(minor: minor, currency: currency)
        r.rows("allocations", &c.allocations) { row in
            var direction = ""
            row.text("direction", &direction, required: true, max: 200)
            var share: Int64 = 0
            row.amount("share_percent", currency: Currency(code: "USD")!, &share, required: true, allowNegative: true)
            return BudgetAllocation(direction: direction, shareBasisPoints: share)
        }
        r.text("expected_benefits", &c.expectedBenefits, max: 4000)
        r.choice("status", &c.status)
        c.check(into: &r.errors)
    }

    public func create(_ caller: Caller, _ input: Input) async throws -> Project {
        try await services.policy.authorize(caller, .createProject, project: nil)
        var charter = Charter(code: "", name: "", budget: Money(minor: 0, currency: .cny))
        var reader = InputReader(input, creating: true)
        Self.read(&reader, into: &charter)
        try reader.finish()
        let now = services.timestamp
        let project = Project(id: ID(), charter: charter, version: 1, createdAt: now, updatedAt: now)
        try await services.database.transaction { sql in
            if try await ProjectRepository.codeExists(charter.code, excluding: nil, on: sql) {
                throw KeelError.validation([FieldError("code", .duplicate)])
            }
            try await ProjectRepository.insert(project, on: sql)
            // Whoever creates a project owns it.
            if let user = caller.userID {
                try await MembershipRepository.upsert(Membership(projectID: project.id, userID: user, role: .owner), at: now, on: sql)
            }
            for (i, kind) in Phase.standardKinds.enumerated() {
                let phase = Phase(
                    id: ID(),
                    projectID: project.id,
                    kind: kind,
                    name: "",
                    position: i,
                    plannedStart: nil,
                    plannedFinish: nil,
                    actualStart: nil,
                    actualFinish: nil,
                    version: 1
                )
                try await PhaseRepository.insert(phase, on: sql)
            }
            try await services.audit.record(
                "create",
                objectType: "project",
                objectID: project.id.description,
                project: project.id,
                before: [:],
                after: project.auditFields,
                caller: caller,
                on: sql
            )
        }
        return project
    }

    public func update(_ caller: Caller, _ id: ID<Project>, _ input: Input, expectedVersion: Int64?) async throws -> Project {
        try await services.update(
            caller,
            .editCharter,
            project: id,
            expectedVersion: expectedVersion,
            audit: "project",
            id: id.description,
            version: \.version,
            fields: \.auditFields,
            load: { sql in
                guard let current = try await ProjectRepository.find(id, on: sql) else {
                    throw KeelError.notFound(kind: "project", id: id.description)
                }
                return current
            },
            change: { updated, current, sql in
                var reader = InputReader(input, creating: false)
                Self.read(&reader, into: &updated.charter)
                try reader.finish()
                if updated.charter.code != current.charter.code,
                    try await ProjectRepository.codeExists(updated.charter.code, excluding: id, on: sql)
                {
                    throw KeelError.validation([FieldError("code", .duplicate)])
                }
                // The ledger is kept in the project's currency; once something is posted it stays.
                if updated.charter.budget.currency != current.charter.budget.currency, try await LedgerRepository.hasEntries(project: id, on: sql) {
                    throw KeelError.validation([
                        FieldError("currency", .invalidChoice, ["choices": current.charter.budget.currency.code, "reason": "ledger_currency"])
                    ])
                }
                updated.updatedAt = services.timestamp
            },
            store: { updated, version, sql in try await ProjectRepository.update(updated, expectedVersion: version, on: sql) }
        )
    }

    public func delete(_ caller: Caller, _ id: ID<Project>, expectedVersion: Int64?) async throws {
        try await services.policy.authorize(caller, .deleteProject, project: id)
        try await services.database.transaction { sql in
            guard let current = try await ProjectRepository.find(id, on: sql) else { throw KeelError.notFound(kind: "project", id: id.description) }
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            if try await LedgerRepository.hasEntries(project: id, on: sql) {
                throw KeelError.conflict("the project has ledger entries, which are kept for ever; archive it instead")
            }
            try await ProjectRepository.delete(id, on: sql)
            try await services.audit.record(
                "delete",
                objectType: "project",
                objectID: id.description,
                project: id,
                before: current.auditFields,
                after: [:],
                caller: caller,
                on: sql
            )
        }
    }
}

extension Project {
    /// The charter fields as text, for the audit trail's before/after.
    var auditFields: [String: String?] {
        let c = charter
        return [
            "code": c.code, "name": c.name, "sponsor": c.sponsor, "goal": c.goal, "audience": c.audience,
            "value_proposition": c.valueProposition, "methodology": c.methodology, "planned_start": c.plannedStart?.iso,
            "planned_finish": c.plannedFinish?.iso, "budget_amount": c.budget.decimalString, "currency": c.budget.currency.code,
            "allocations": c.allocations.map { "\($0.direction)=\(FixedPoint.format($0.shareBasisPoints, digits: 2))%" }.joined(separator: "; "),
            "expected_benefits": c.expectedBenefits, "status": c.status.rawValue,
        ]
    }
}
