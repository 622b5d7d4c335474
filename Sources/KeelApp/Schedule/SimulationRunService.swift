import Foundation
import KeelCore
import KeelStore
import SQLKit

/// What a stored run's result holds: the engine's result and the names its indices refer to, as
/// they were when it ran (the plan may change afterwards).
public struct StoredSimulation: Codable, Sendable {
    public let result: SimulationResult
    public let taskIDs: [String]
    public let taskNames: [String]
    public let riskIDs: [String]
    public let riskNames: [String]
    public let uncertainTasks: Int
    public let planRevision: Int64
    /// The project's currency, for the cost results (absent in runs stored before costs took part).
    public var currency: String? = nil
}

/// A stored run with its result decoded and whether the plan or the register changed since.
public struct SimulationRunView: Sendable {
    public let run: StoredSimulationRun
    public let stored: StoredSimulation?
    public let isStale: Bool

    public init(run: StoredSimulationRun, stored: StoredSimulation?, isStale: Bool) {
        self.run = run
        self.stored = stored
        self.isStale = isStale
    }
}

/// Schedule risk analysis as background jobs: a run is stored as queued, executed off the request
/// (on this instance), reports its progress into its row, can be stopped, and keeps its result with
/// what it ran on, so later changes to the plan or the register label it stale.
public struct SimulationRunService: Sendable {
    let services: KeelServices

    /// Stores a queued run and starts it in the background. Storing needs `editRisks`.
    public func request(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> StoredSimulationRun {
        let run = try await enqueue(caller, project: project, input)
        let services = self.services
        Task.detached { await SimulationRunService(services: services).execute(run.id, project: project) }
        return run
    }

    /// Stores a queued run without starting it (the demo and tests run it in place with `execute`).
    public func enqueue(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> StoredSimulationRun {
        try await services.inProject(caller, .editRisks, project) { sql in
            let options = try ScheduleService.simulationOptions(input)
            let plan = try await services.schedule.current(project, sql).plan
            // Refused now rather than failing in the background: an empty plan has nothing to simulate.
            if plan.tasks.isEmpty { throw KeelError.validation([FieldError("tasks", .tooFew, ["min": "1", "reason": "no_tasks"])]) }
            if plan.tasks.count * options.iterations > ScheduleService.savedSimulationBudget {
                throw KeelError.validation([
                    FieldError(
                        "iterations",
                        .outOfRange,
                        ["min": "1", "max": String(max(1, ScheduleService.savedSimulationBudget / plan.tasks.count))]
                    )
                ])
            }
            // One run at a time per project: a second would only compete with the first for the cores.
            if try await SimulationRunRepository.active(project: project, on: sql) > 0 {
                throw KeelError.conflict("a simulation run of this project is already queued or running; wait for it or stop it")
            }
            let register = try await RiskRepository.list(project: project, on: sql)
            let run = StoredSimulationRun(
                projectID: project,
                iterations: options.iterations,
                seed: options.seed,
                distribution: options.distribution,
                deadline: options.deadline,
                planRevision: plan.settings.revision,
                registerFingerprint: Self.fingerprint(
                    register,
                    try await ScheduleService.costBasis(project, sql),
                    try await CorrelationRepository.list(project: project, on: sql)
                ),
                requestedBy: caller.auditName,
                requestedAt: services.clock()
            )
            try await SimulationRunRepository.insert(run, on: sql)
            try await services.audit.record(
                "create",
                objectType: "simulation_run",
                objectID: run.id.uuidString.lowercased(),
                project: project,
                before: [:],
                after: ["iterations": String(run.iterations), "seed": String(run.seed), "distribution": run.distribution.rawValue],
                caller: caller,
                on: sql
            )
            return run
        }
    }

    public func list(_ caller: Caller, project: ID<Project>, limit: Int = 20) async throws -> [SimulationRunView] {
        try await services.readProject(caller, project) { sql in
            let runs = try await SimulationRunRepository.list(project: project, limit: limit, on: sql)
            let (revision, fingerprint) = try await current(project, sql)
            return runs.map { SimulationRunView(run: $0, stored: nil, isStale: $0.planRevision != revision || $0.registerFingerprint != fingerprint) }
        }
    }

    public func get(_ caller: Caller, project: ID<Project>, _ id: UUID) async throws -> SimulationRunView {
        try await services.readProject(caller, project) { sql in
            guard let run = try await SimulationRunRepository.find(id, project: project, on: sql) else {
                throw KeelError.notFound(kind: "simulation_run", id: id.uuidString.lowercased())
            }
            let (revision, fingerprint) = try await current(project, sql)
            let stored = try run.result.map { try JSONDecoder().decode(StoredSimulation.self, from: Data($0.utf8)) }
            return SimulationRunView(run: run, stored: stored, isStale: run.planRevision != revision || run.registerFingerprint != fingerprint)
        }
    }

    /// Stops a queued or running run (`editRisks`); a finished one is a conflict.
    public func stop(_ caller: Caller, project: ID<Project>, _ id: UUID) async throws {
        try await services.inProject(caller, .editRisks, project) { sql in
            guard try await SimulationRunRepository.find(id, project: project, on: sql) != nil else {
                throw KeelError.notFound(kind: "simulation_run", id: id.uuidString.lowercased())
            }
            guard try await SimulationRunRepository.requestStop(id, project: project, at: services.clock(), on: sql) else {
                throw KeelError.conflict("the run has already finished")
            }
            try await services.audit.record(
                "stop",
                objectType: "simulation_run",
                objectID: id.uuidString.lowercased(),
                project: project,
                before: [:],
                after: [:],
                caller: caller,
                on: sql
            )
        }
    }

    /// Runs a queued run to its end. A watcher writes the progress into the row every half second
    /// and passes on a stop request; whatever happens, the row ends done, failed or cancelled.
    public func execute(_ id: UUID, project: ID<Project>) async {
        do {
            guard try await services.database.transaction({ sql in try await SimulationRunRepository.claim(id, at: services.clock(), on: sql) })
            else { return }
            let (run, plan, register, costs, groups) = try await services.database.read { sql in
                guard let run = try await SimulationRunRepository.find(id, project: project, on: sql) else {
                    throw KeelError.notFound(kind: "simulation_run", id: id.uuidString.lowercased())
                }
                return (
                    run, try await services.schedule.current(project, sql).plan, try await RiskRepository.list(project: project, on: sql),
                    try await ScheduleService.costBasis(project, sql), try await CorrelationRepository.list(project: project, on: sql)
                )
            }
            var options = SimulationOptions()
            options.iterations = run.iterations
            options.seed = run.seed
            options.distribution = run.distribution
            options.deadline = run.deadline
            let control = RunControl()
            let watcher = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(500))
                    let status = try? await services.database.transaction { sql in
                        try await SimulationRunRepository.progress(id, completed: control.completed, on: sql)
                    }
                    if status == .stopping { control.stop() }
                }
            }
            defer { watcher.cancel() }
            do {
                let result = try await ScheduleService.run(
                    plan: plan,
                    register: register,
                    options: options,
                    control: control,
                    costs: costs,
                    correlations: groups
                )
                let stored = StoredSimulation(
                    result: result.result,
                    taskIDs: plan.tasks.map(\.id.description),
                    taskNames: plan.tasks.map(\.name),
                    riskIDs: result.risks.map(\.id.description),
                    riskNames: result.risks.map { "\($0.code) \($0.title)" },
                    uncertainTasks: plan.tasks.filter { $0.estimate != nil }.count,
                    planRevision: plan.settings.revision,
                    currency: costs.currency?.code
                )
                let json = String(decoding: try JSONEncoder().encode(stored), as: UTF8.self)
                try await finish(id, .done, completed: run.iterations, result: json, error: nil, elapsed: Int64(result.elapsedMilliseconds))
            } catch {
                let stopped = control.isStopped
                try await finish(
                    id,
                    stopped ? .cancelled : .failed,
                    completed: control.completed,
                    result: nil,
                    error: stopped ? nil : Self.describe(error),
                    elapsed: nil
                )
            }
        } catch {
            try? await finish(id, .failed, completed: 0, result: nil, error: Self.describe(error), elapsed: nil)
        }
    }

    /// Runs queued runs that waited longer than `age` seconds: the instance that took them may have
    /// stopped before starting them. Claiming is atomic, so several instances may all do this.
    /// Returns how many it ran.
    @discardableResult
    public func runWaiting(olderThan age: TimeInterval = 30) async throws -> Int {
        let waiting = try await services.database.read { sql in
            try await SimulationRunRepository.queued(before: services.clock().addingTimeInterval(-age), on: sql)
        }
        for run in waiting { await execute(run.id, project: run.projectID) }
        return waiting.count
    }

    /// Runs a restart left behind (requested over two hours ago and never finished) are marked failed.
    public func failInterrupted() async throws {
        try await services.database.transaction { sql in
            try await SimulationRunRepository.failInterrupted(olderThan: services.clock().addingTimeInterval(-7_200), on: sql)
        }
    }

    private func finish(
        _ id: UUID,
        _ status: StoredSimulationRun.Status,
        completed: Int,
        result: String?,
        error: String?,
        elapsed: Int64?
    ) async throws {
        try await services.database.transaction { sql in
            try await SimulationRunRepository.finish(
                id,
                status: status,
                completed: completed,
                result: result,
                error: error,
                elapsedMilliseconds: elapsed,
                at: services.clock(),
                on: sql
            )
        }
    }

    private func current(_ project: ID<Project>, _ sql: any SQLDatabase) async throws -> (Int64, String) {
        let revision = try await WorkPlanRepository.settings(project: project, on: sql)?.revision ?? 0
        return (
            revision,
            Self.fingerprint(
                try await RiskRepository.list(project: project, on: sql),
                try await ScheduleService.costBasis(project, sql),
                try await CorrelationRepository.list(project: project, on: sql)
            )
        )
    }

    /// Identifies what a run reads besides the plan: the register, the cost basis and the groups of
    /// correlated tasks (left out while there are none, so runs stored before groups existed
    /// keep their fingerprint).
    static func fingerprint(_ risks: [Risk], _ costs: CostBasis, _ groups: [CorrelationGroup]) -> String {
        let base = fingerprint(risks) + "/" + costs.fingerprint
        guard !groups.isEmpty else { return base }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for g in groups.sorted(by: { $0.id.description < $1.id.description }) {
            for b in "\(g.id):\(g.version);".utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        }
        return base + "/" + String(h, radix: 16)
    }

    /// Identifies the register's state: every risk with its version (FNV-1a over the sorted list).
    static func fingerprint(_ risks: [Risk]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for r in risks.sorted(by: { $0.id.description < $1.id.description }) {
            for b in "\(r.id):\(r.version);".utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        }
        return String(h, radix: 16) + "-" + String(risks.count)
    }

    static func describe(_ error: any Error) -> String {
        if case KeelError.validation(let fields) = error { return fields.map { "\($0.field): \($0.code.rawValue)" }.joined(separator: "; ") }
        return String(describing: error)
    }
}
