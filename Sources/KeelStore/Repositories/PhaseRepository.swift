import Foundation
import KeelCore
import SQLKit

public enum PhaseRepository {
    static let columns = "id, project_id, position, kind, name, planned_start, planned_finish, actual_start, actual_finish, version"

    static let table = ScopedTable(table: "phases", columns: columns, order: "position", decode: phase)

    public static func list(project: ID<Project>, on sql: any SQLDatabase) async throws -> [Phase] {
        try await table.list(project: project, on: sql)
    }

    public static func find(_ id: ID<Phase>, project: ID<Project>, on sql: any SQLDatabase) async throws -> Phase? {
        try await table.find(id.description, project: project, on: sql)
    }

    public static func nextPosition(project: ID<Project>, on sql: any SQLDatabase) async throws -> Int {
        try await table.nextPosition(project: project, on: sql)
    }

    /// The first unfinished phase of each of the given projects, a few queries for a whole page or export
    /// (ids go in chunks, well inside both databases' limits on bound parameters).
    public static func current(of projects: [ID<Project>], on sql: any SQLDatabase) async throws -> [ID<Project>: Phase] {
        var result: [ID<Project>: Phase] = [:]
        for list in BoundList.chunks(projects) {
            let rows = try await sql.raw(
                "SELECT \(unsafeRaw: columns) FROM phases WHERE project_id IN (\(list)) AND actual_finish IS NULL ORDER BY project_id, position"
            ).all()
            for row in rows {
                let p = try phase(row)
                if result[p.projectID] == nil { result[p.projectID] = p }
            }
        }
        return result
    }

    public static func insert(_ p: Phase, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO phases (\(unsafeRaw: columns)) VALUES (\(bind: p.id.description), \(bind: p.projectID.description),
            \(bind: Int64(p.position)), \(bind: p.kind.rawValue), \(bind: p.name), \(bind: p.plannedStart?.iso),
            \(bind: p.plannedFinish?.iso), \(bind: p.actualStart?.iso), \(bind: p.actualFinish?.iso), \(bind: p.version))
            """
        ).run()
    }

    public static func update(_ p: Phase, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let row = try await sql.raw(
            """
            UPDATE phases SET kind = \(bind: p.kind.rawValue), name = \(bind: p.name), position = \(bind: Int64(p.position)),
            planned_start = \(bind: p.plannedStart?.iso), planned_finish = \(bind: p.plannedFinish?.iso),
            actual_start = \(bind: p.actualStart?.iso), actual_finish = \(bind: p.actualFinish?.iso), version = version + 1
            WHERE id = \(bind: p.id.description) AND project_id = \(bind: p.projectID.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        return try ScopedTable<Phase>.outcome(row)
    }

    public static func delete(_ id: ID<Phase>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await table.delete(id.description, project: project, on: sql)
    }

    @Sendable static func phase(_ row: any SQLRow) throws -> Phase {
        Phase(
            id: try row.id("id"),
            projectID: try row.id("project_id"),
            kind: try row.enumValue("kind"),
            name: try row.text("name"),
            position: try row.int("position"),
            plannedStart: try row.day("planned_start"),
            plannedFinish: try row.day("planned_finish"),
            actualStart: try row.day("actual_start"),
            actualFinish: try row.day("actual_finish"),
            version: try row.int64("version")
        )
    }
}

public enum GateReviewRepository {
    static let columns = "id, project_id, phase_id, criteria, decision, decider, decided_on, notes, version, created_at"

    static let table = ScopedTable(table: "gate_reviews", columns: columns, order: "created_at, id", decode: review)

    public static func list(project: ID<Project>, on sql: any SQLDatabase) async throws -> [GateReview] {
        try await table.list(project: project, on: sql)
    }

    public static func find(_ id: ID<GateReview>, project: ID<Project>, on sql: any SQLDatabase) async throws -> GateReview? {
        try await table.find(id.description, project: project, on: sql)
    }

    public static func insert(_ g: GateReview, createdAt: String, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO gate_reviews (\(unsafeRaw: columns)) VALUES (\(bind: g.id.description), \(bind: g.projectID.description),
            \(bind: g.phaseID.description), \(bind: try encodeCriteria(g.criteria)), \(bind: g.decision?.rawValue), \(bind: g.decider),
            \(bind: g.decidedOn?.iso), \(bind: g.notes), \(bind: g.version), \(bind: createdAt))
            """
        ).run()
    }

    public static func update(_ g: GateReview, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let row = try await sql.raw(
            """
            UPDATE gate_reviews SET criteria = \(bind: try encodeCriteria(g.criteria)), decision = \(bind: g.decision?.rawValue),
            decider = \(bind: g.decider), decided_on = \(bind: g.decidedOn?.iso), notes = \(bind: g.notes), version = version + 1
            WHERE id = \(bind: g.id.description) AND project_id = \(bind: g.projectID.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        return try ScopedTable<GateReview>.outcome(row)
    }

    public static func delete(_ id: ID<GateReview>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await table.delete(id.description, project: project, on: sql)
    }

    static func encodeCriteria(_ c: [GateCriterion]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(c), as: UTF8.self)
    }

    @Sendable static func review(_ row: any SQLRow) throws -> GateReview {
        let raw = try row.text("criteria")
        let criteria: [GateCriterion]
        do { criteria = try JSONDecoder().decode([GateCriterion].self, from: Data(raw.utf8)) } catch {
            throw StoreError.corrupt(column: "criteria", value: raw)
        }
        let decision: GateDecision? = try row.optionalText("decision").map {
            guard let d = GateDecision(rawValue: $0) else { throw StoreError.corrupt(column: "decision", value: $0) }
            return d
        }
        return GateReview(
            id: try row.id("id"),
            projectID: try row.id("project_id"),
            phaseID: try row.id("phase_id"),
            criteria: criteria,
            decision: decision,
            decider: try row.text("decider"),
            decidedOn: try row.day("decided_on"),
            notes: try row.text("notes"),
            version: try row.int64("version")
        )
    }
}
