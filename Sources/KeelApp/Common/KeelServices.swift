import Foundation
import KeelCore
import KeelStore
import Logging
import SQLKit

/// The use cases of Keel, one function per user intent. Each one checks the caller's permission first,
/// validates, then changes data and writes its audit record in one transaction.
public struct KeelServices: Sendable {
    public let database: Database
    public let policy: any AccessPolicy
    public let settings: IdentitySettings
    /// The current time; tests move it to check timeouts.
    public let clock: @Sendable () -> Date
    /// Loaded work plans with their schedules, shared by every request of this process.
    public let planCache: PlanCache
    /// Where background work (health assessments) reports what went wrong.
    public let logger: Logger
    let audit: AuditTrail

    public init(
        database: Database,
        policy: (any AccessPolicy)? = nil,
        settings: IdentitySettings = IdentitySettings(),
        clock: @escaping @Sendable () -> Date = { Date() },
        planCache: PlanCache = PlanCache(),
        logger: Logger = Logger(label: "keel")
    ) {
        self.database = database
        self.logger = logger
        self.planCache = planCache
        self.policy = policy ?? RolePolicy(database: database)
        self.settings = settings
        self.clock = clock
        self.audit = AuditTrail(clock: clock)
    }

    public var identity: IdentityService { IdentityService(services: self) }
    public var members: MembershipService { MembershipService(services: self) }

    public var projects: ProjectService { ProjectService(services: self) }
    public var objectives: ObjectiveService { ObjectiveService(services: self) }
    public var stakeholders: StakeholderService { StakeholderService(services: self) }
    public var lifecycle: LifecycleService { LifecycleService(services: self) }
    public var schedule: ScheduleService { ScheduleService(services: self) }
    public var risks: RiskService { RiskService(services: self) }
    public var simulationRuns: SimulationRunService { SimulationRunService(services: self) }
    public var finance: FinanceService { FinanceService(services: self) }
    public var budgets: BudgetService { BudgetService(services: self) }
    public var earnedValue: EarnedValueService { EarnedValueService(services: self) }
    public var costControl: CostControlService { CostControlService(services: self) }
    public var timesheets: TimesheetService { TimesheetService(services: self) }
    public var cashFlow: CashFlowService { CashFlowService(services: self) }
    public var issues: IssueService { IssueService(services: self) }
    public var correlations: CorrelationService { CorrelationService(services: self) }
    public var health: ProjectHealthService { ProjectHealthService(services: self) }

    /// Authorizes, then runs `body` in a transaction after confirming the project exists.
    func inProject<T: Sendable>(
        _ caller: Caller,
        _ action: Action,
        _ project: ID<Project>,
        _ body: (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await policy.authorize(caller, action, project: project)
        return try await inAuthorizedProject(project, body)
    }

    /// Runs `body` in a transaction once the project is confirmed to exist, for callers that have
    /// already checked the permission (and need the caller's role beyond it).
    func inAuthorizedProject<T: Sendable>(_ project: ID<Project>, _ body: (any SQLDatabase) async throws -> T) async throws -> T {
        try await database.transaction { sql in
            guard try await ProjectRepository.find(project, on: sql) != nil else {
                throw KeelError.notFound(kind: "project", id: project.description)
            }
            return try await body(sql)
        }
    }

    /// Authorizes a read of one project's data, then runs `body` outside any transaction.
    func readProject<T: Sendable>(
        _ caller: Caller,
        _ project: ID<Project>,
        action: Action = .viewProject,
        _ body: (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await readProjectRecord(caller, project, action: action) { _, sql in try await body(sql) }
    }

    /// As `readProject`, handing `body` the project it read for the check (a page model shows it).
    func readProjectRecord<T: Sendable>(
        _ caller: Caller,
        _ project: ID<Project>,
        action: Action = .viewProject,
        _ body: (Project, any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await policy.authorize(caller, action, project: project)
        return try await database.read { sql in
            guard let record = try await ProjectRepository.find(project, on: sql) else {
                throw KeelError.notFound(kind: "project", id: project.description)
            }
            return try await body(record, sql)
        }
    }

    /// Today in UTC by the injected clock, the day use cases stamp on what they record (raised,
    /// closed, resolved) and the default of "as of" dates.
    public var today: Day { Day(utcSecondsSince1970: clock().timeIntervalSince1970) }

    /// Now by the injected clock, as stored (`createdAt`, `postedAt`, …).
    var timestamp: String { Timestamp.format(clock()) }

    /// The caller's copy must still be current: `expected` (from If-Match or a form) against `current`.
    static func checkVersion(_ expected: Int64?, current: Int64) throws(KeelError) {
        if let expected, expected != current { throw .versionMismatch(currentVersion: current) }
    }
}

extension KeelServices {
    /// The most recent audit records of a project, newest first.
    public func auditEvents(_ caller: Caller, project: ID<Project>, limit: Int) async throws -> [AuditEvent] {
        try await auditEvents(caller, AuditRepository.Filter(project: project, limit: limit))
    }

    /// Audit records matching `filter`, newest first: a project's for its owners and auditors, the
    /// whole trail (sign-ins, user changes) for administrators.
    public func auditEvents(_ caller: Caller, _ filter: AuditRepository.Filter) async throws -> [AuditEvent] {
        if let project = filter.project {
            try await policy.authorize(caller, .viewAudit, project: project)
        } else {
            try await policy.authorize(caller, .administerUsers, project: nil)
        }
        return try await database.read { sql in try await AuditRepository.list(filter, on: sql) }
    }

    /// Names to show for the actors of audit records the caller has already been allowed to read:
    /// `user:<id>` becomes the person's display name; other actors stay as recorded.
    public func auditActorNames(_ events: [AuditEvent]) async throws -> [String: String] {
        try await actorNames(events.map(\.actor))
    }

    /// Display names of `user:<id>` actors as audit records and histories store them.
    public func actorNames(_ actors: [String]) async throws -> [String: String] {
        try await database.read { sql in try await Self.actorNames(actors, on: sql) }
    }

    /// The same, inside a read or transaction the caller already has.
    static func actorNames(_ actors: [String], on sql: any SQLDatabase) async throws -> [String: String] {
        let ids = Set(actors.compactMap { a -> ID<User>? in a.hasPrefix("user:") ? ID<User>(String(a.dropFirst(5))) : nil })
        var result: [String: String] = [:]
        for (id, name) in try await UserRepository.names(Array(ids), on: sql) { result["user:\(id)"] = name }
        return result
    }

    /// Walks the hash chain of the whole trail (administrators and the CLI). With `expectHead`, also
    /// reports whether the chain still passes through a head hash recorded earlier.
    public func verifyAudit(_ caller: Caller, expectHead: String? = nil) async throws -> (AuditRepository.Verification, passesExpectedHead: Bool) {
        try await policy.authorize(caller, .administerUsers, project: nil)
        return try await database.read { sql in
            let v = try await AuditRepository.verify(on: sql)
            var passes = true
            if let expectHead { passes = try await AuditRepository.contains(hash: expectHead, on: sql) }
            return (v, passes)
        }
    }
}
