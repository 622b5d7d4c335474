import Foundation
import KeelCore
import SQLKit

/// A stored schedule risk analysis run, as a row: the options, what it ran on, progress, result.
public struct StoredSimulationRun: Sendable, Hashable {
    public enum Status: String, Sendable, CaseIterable {
        case queued, running, done, failed
        /// Asked to stop; the runner stops at its next batch.
        case stopping
        case cancelled

        public var isFinished: Bool { self == .done || self == .failed || self == .cancelled }
    }

    public let id: UUID
    public let projectID: ID<Project>
    public var status: Status
    public let iterations: Int
    public let seed: Int
    public let distribution: DistributionShape
    public let deadline: LocalDateTime?
    public let planRevision: Int64
    public let registerFingerprint: String
    public var completed: Int
    /// JSON written by the use case (the result with the names it refers to).
    public var result: String?
    public var error: String?
    public var elapsedMilliseconds: Int64?
    public let requestedBy: String
    public let requestedAt: Date
    public var startedAt: Date?
    public var finishedAt: Date?

    public init(
        id: UUID = UUID(),
        projectID: ID<Project>,
        status: Status = .queued,
        iterations: Int,
        seed: Int,
        distribution: DistributionShape,
        deadline: LocalDateTime?,
        planRevision: Int64,
        registerFingerprint: String,
        completed: Int = 0,
        result: String? = nil,
        error: String? = nil,
        elapsedMilliseconds: Int64? = nil,
        requestedBy: String,
        requestedAt: Date,
        startedAt: Date? = nil,
        finishedAt: Date? = nil
    ) {
        self.id = id
        self.projectID = projectID
        self.status = status
        self.iterations = iterations
        self.seed = seed
        self.distribution = distribution
        self.deadline = deadline
        self.planRevision = planRevision
        self.registerFingerprint = registerFingerprint
        self.completed = completed
        self.result = result
        self.error = error
        self.elapsedMilliseconds = elapsedMilliseconds
        self.requestedBy = requestedBy
        self.requestedAt = requestedAt
        self.startedAt = startedAt
        self.finishedAt = finishedAt
    }
}

public enum SimulationRunRepository {
    static let columns = """
        id, project_id, status, iterations, seed, distribution, deadline, plan_revision, register_fingerprint, completed, result, error,
        elapsed_ms, requested_by, requested_at, started_at, finished_at
        """

    public static func insert(_ r: StoredSimulationRun, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO simulation_runs (\(unsafeRaw: columns)) VALUES (\(bind: r.id.uuidString.lowercased()), \(bind: r.projectID.description),
            \(bind: r.status.rawValue), \(bind: Int64(r.iterations)), \(bind: Int64(r.seed)), \(bind: r.distribution.rawValue), \(bind: r.deadline?.iso),
            \(bind: r.planRevision), \(bind: r.registerFingerprint), \(bind: Int64(r.completed)), \(bind: r.result), \(bind: r.error),
            \(bind: r.elapsedMilliseconds), \(bind: r.requestedBy), \(bind: Timestamp.format(r.requestedAt)), \(bind: r.startedAt.map(Timestamp.format)),
            \(bind: r.finishedAt.map(Timestamp.format)))
            """
        ).run()
    }

    /// The newest first.
    /// Runs of the project queued, running or stopping.
    public static func active(project: ID<Project>, on sql: any SQLDatabase) async throws -> Int {
        try await sql.raw(
            "SELECT COUNT(*) AS n FROM simulation_runs WHERE project_id = \(bind: project.description) AND status IN ('queued', 'running', 'stopping')"
        ).first()?.int("n") ?? 0
    }

    public static func list(project: ID<Project>, limit: Int, on sql: any SQLDatabase) async throws -> [StoredSimulationRun] {
        try await sql.raw(
            """
            SELECT \(unsafeRaw: columns) FROM simulation_runs WHERE project_id = \(bind: project.description)
            ORDER BY requested_at DESC, id LIMIT \(bind: Int64(limit))
            """
        ).all().map(run)
    }

    public static func find(_ id: UUID, project: ID<Project>, on sql: any SQLDatabase) async throws -> StoredSimulationRun? {
        try await sql.raw(
            "SELECT \(unsafeRaw: columns) FROM simulation_runs WHERE id = \(bind: id.uuidString.lowercased()) AND project_id = \(bind: project.description)"
        ).first().map(run)
    }

    /// Moves a queued run to running; false when someone else took it (or it was cancelled).
    public static func claim(_ id: UUID, at time: Date, on sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw(
            """
            UPDATE simulation_runs SET status = 'running', started_at = \(bind: Timestamp.format(time))
            WHERE id = \(bind: id.uuidString.lowercased()) AND status = 'queued' RETURNING id
            """
        ).first() != nil
    }

    /// Records progress and answers the run's status (a stop request shows as `stopping`).
    public static func progress(_ id: UUID, completed: Int, on sql: any SQLDatabase) async throws -> StoredSimulationRun.Status? {
        try await sql.raw(
            """
            UPDATE simulation_runs SET completed = \(bind: Int64(completed)) WHERE id = \(bind: id.uuidString.lowercased()) RETURNING status
            """
        ).first().map { try $0.enumValue("status") }
    }

    public static func finish(
        _ id: UUID,
        status: StoredSimulationRun.Status,
        completed: Int,
        result: String?,
        error: String?,
        elapsedMilliseconds: Int64?,
        at time: Date,
        on sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            UPDATE simulation_runs SET status = \(bind: status.rawValue), completed = \(bind: Int64(completed)), result = \(bind: result),
            error = \(bind: error), elapsed_ms = \(bind: elapsedMilliseconds), finished_at = \(bind: Timestamp.format(time))
            WHERE id = \(bind: id.uuidString.lowercased())
            """
        ).run()
    }

    /// Asks a run to stop: a queued one is cancelled at once, a running one is told to stop.
    public static func requestStop(_ id: UUID, project: ID<Project>, at time: Date, on sql: any SQLDatabase) async throws -> Bool {
        let queued = try await sql.raw(
            """
            UPDATE simulation_runs SET status = 'cancelled', finished_at = \(bind: Timestamp.format(time))
            WHERE id = \(bind: id.uuidString.lowercased()) AND project_id = \(bind: project.description) AND status = 'queued' RETURNING id
            """
        ).first()
        if queued != nil { return true }
        return try await sql.raw(
            """
            UPDATE simulation_runs SET status = 'stopping'
            WHERE id = \(bind: id.uuidString.lowercased()) AND project_id = \(bind: project.description) AND status = 'running' RETURNING id
            """
        ).first() != nil
    }

    /// Queued runs requested before `time` (the instance that took them has not started them).
    public static func queued(before time: Date, on sql: any SQLDatabase) async throws -> [StoredSimulationRun] {
        try await sql.raw(
            """
            SELECT \(unsafeRaw: columns) FROM simulation_runs WHERE status = 'queued' AND requested_at < \(bind: Timestamp.format(time))
            ORDER BY requested_at LIMIT 10
            """
        ).all().map(run)
    }

    /// Runs left running or queued by a process that ended (a restart): marked failed.
    public static func failInterrupted(olderThan time: Date, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            UPDATE simulation_runs SET status = 'failed', error = 'interrupted: the server stopped during the run'
            WHERE status IN ('queued', 'running', 'stopping') AND requested_at < \(bind: Timestamp.format(time))
            """
        ).run()
    }

    @Sendable static func run(_ row: any SQLRow) throws -> StoredSimulationRun {
        func date(_ c: String) throws -> Date? {
            guard let s = try row.optionalText(c) else { return nil }
            guard let d = Timestamp.parse(s) else { throw StoreError.corrupt(column: c, value: s) }
            return d
        }
        let idText = try row.text("id")
        guard let id = UUID(uuidString: idText) else { throw StoreError.corrupt(column: "id", value: idText) }
        let deadline: LocalDateTime? = try row.optionalText("deadline").map { s in
            guard let d = LocalDateTime(iso: s) else { throw StoreError.corrupt(column: "deadline", value: s) }
            return d
        }
        guard let requested = try date("requested_at") else { throw StoreError.corrupt(column: "requested_at", value: "") }
        return StoredSimulationRun(
            id: id,
            projectID: try row.id("project_id"),
            status: try row.enumValue("status"),
            iterations: try row.int("iterations"),
            seed: try row.int("seed"),
            distribution: try row.enumValue("distribution"),
            deadline: deadline,
            planRevision: try row.int64("plan_revision"),
            registerFingerprint: try row.text("register_fingerprint"),
            completed: try row.int("completed"),
            result: try row.optionalText("result"),
            error: try row.optionalText("error"),
            elapsedMilliseconds: try row.decode(column: "elapsed_ms", as: Int64?.self),
            requestedBy: try row.text("requested_by"),
            requestedAt: requested,
            startedAt: try date("started_at"),
            finishedAt: try date("finished_at")
        )
    }
}
