import KeelCore
import KeelStore
import SQLKit

/// Phases and their gate reviews.
public struct LifecycleService: Sendable {
    let services: KeelServices

    public func phases(_ caller: Caller, project: ID<Project>) async throws -> [Phase] {
        try await services.readProject(caller, project) { sql in try await PhaseRepository.list(project: project, on: sql) }
    }

    public func phase(_ caller: Caller, project: ID<Project>, _ id: ID<Phase>) async throws -> Phase {
        try await services.readProject(caller, project) { sql in try await Self.loadPhase(id, project, sql) }
    }

    public func reviews(_ caller: Caller, project: ID<Project>) async throws -> [GateReview] {
        try await services.readProject(caller, project) { sql in try await GateReviewRepository.list(project: project, on: sql) }
    }

    public func review(_ caller: Caller, project: ID<Project>, _ id: ID<GateReview>) async throws -> GateReview {
        try await services.readProject(caller, project) { sql in try await Self.loadReview(id, project, sql) }
    }

    static func loadPhase(_ id: ID<Phase>, _ project: ID<Project>, _ sql: any SQLDatabase) async throws -> Phase {
        guard let p = try await PhaseRepository.find(id, project: project, on: sql) else { throw KeelError.notFound(kind: "phase", id: id.description) }
        return p
    }

    static func loadReview(_ id: ID<GateReview>, _ project: ID<Project>, _ sql: any SQLDatabase) async throws -> GateReview {
        guard let g = try await GateReviewRepository.find(id, project: project, on: sql) else {
            throw KeelError.notFound(kind: "gate_review", id: id.description)
        }
        return g
    }

    static func read(_ r: inout InputReader, into p: inout Phase) {
        r.choice("kind", &p.kind)
        r.text("name", &p.name, max: 200)
        r.int("position", &p.position, range: 0...10_000)
        r.day("planned_start", &p.plannedStart)
        r.day("planned_finish", &p.plannedFinish)
        r.day("actual_start", &p.actualStart)
        r.day("actual_finish", &p.actualFinish)
        p.check(into: &r.errors)
    }

    public func createPhase(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> Phase {
        try await services.inProject(caller, .editCharter, project) { sql in
            var p = Phase(
                id: ID(), projectID: project, kind: .custom, name: "", position: try await PhaseRepository.nextPosition(project: project, on: sql),
                plannedStart: nil, plannedFinish: nil, actualStart: nil, actualFinish: nil, version: 1)
            var reader = InputReader(input, creating: true)
            Self.read(&reader, into: &p)
            try reader.finish()
            try await PhaseRepository.insert(p, on: sql)
            try await services.audit.record(
                "create", objectType: "phase", objectID: p.id.description, project: project, before: [:], after: p.auditFields,
                caller: caller, on: sql)
            return p
        }
    }

    public func updatePhase(_ caller: Caller, project: ID<Project>, _ id: ID<Phase>, _ input: Input, expectedVersion: Int64?) async throws
        -> Phase
    {
        try await services.inProject(caller, .editCharter, project) { sql in
            let current = try await Self.loadPhase(id, project, sql)
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            var p = current
            var reader = InputReader(input, creating: false)
            Self.read(&reader, into: &p)
            try reader.finish()
            guard case .updated(let v) = try await PhaseRepository.update(p, expectedVersion: current.version, on: sql) else {
                throw KeelError.versionMismatch(currentVersion: current.version + 1)
            }
            p.version = v
            try await services.audit.record(
                "update", objectType: "phase", objectID: id.description, project: project, before: current.auditFields, after: p.auditFields,
                caller: caller, on: sql)
            return p
        }
    }

    public func deletePhase(_ caller: Caller, project: ID<Project>, _ id: ID<Phase>, expectedVersion: Int64?) async throws {
        try await services.inProject(caller, .editCharter, project) { sql in
            let current = try await Self.loadPhase(id, project, sql)
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            try await PhaseRepository.delete(id, project: project, on: sql)
            try await services.audit.record(
                "delete", objectType: "phase", objectID: id.description, project: project, before: current.auditFields, after: [:],
                caller: caller, on: sql)
        }
    }

    static func read(_ r: inout InputReader, into g: inout GateReview) {
        if r.input.fromForm {
            // The form edits the checklist as lines of text; a line starting with "[x]" is met.
            var text = g.criteria.map { ($0.met ? "[x] " : "[ ] ") + $0.text }.joined(separator: "\n")
            r.text("criteria_text", &text, max: 8000)
            g.criteria = text.split(whereSeparator: \.isNewline).compactMap { line in
                var s = line.trimmingCharacters(in: .whitespaces)
                var met = false
                if s.lowercased().hasPrefix("[x]") {
                    met = true
                    s = String(s.dropFirst(3))
                } else if s.hasPrefix("[ ]") || s.hasPrefix("[]") {
                    s = String(s.drop { $0 != "]" }.dropFirst())
                }
                s = s.trimmingCharacters(in: .whitespaces)
                return s.isEmpty ? nil : GateCriterion(text: String(s.prefix(500)), met: met)
            }
        } else {
            r.rows("criteria", &g.criteria) { row in
                var text = ""
                var met = false
                row.text("text", &text, required: true, max: 500)
                row.bool("met", &met)
                return GateCriterion(text: text, met: met)
            }
        }
        r.optionalChoice("decision", &g.decision)
        r.text("decider", &g.decider, max: 200)
        r.day("decided_on", &g.decidedOn)
        r.text("notes", &g.notes, max: 4000)
        g.check(into: &r.errors)
    }

    public func createReview(_ caller: Caller, project: ID<Project>, phase: ID<Phase>, _ input: Input) async throws -> GateReview {
        try await services.inProject(caller, .editCharter, project) { sql in
            _ = try await Self.loadPhase(phase, project, sql)
            var g = GateReview(
                id: ID(), projectID: project, phaseID: phase, criteria: [], decision: nil, decider: "", decidedOn: nil, notes: "", version: 1)
            var reader = InputReader(input, creating: true)
            Self.read(&reader, into: &g)
            try reader.finish()
            try await GateReviewRepository.insert(g, createdAt: Timestamp.now(), on: sql)
            try await services.audit.record(
                "create", objectType: "gate_review", objectID: g.id.description, project: project, before: [:], after: g.auditFields,
                caller: caller, on: sql)
            return g
        }
    }

    public func updateReview(_ caller: Caller, project: ID<Project>, _ id: ID<GateReview>, _ input: Input, expectedVersion: Int64?)
        async throws -> GateReview
    {
        try await services.inProject(caller, .editCharter, project) { sql in
            let current = try await Self.loadReview(id, project, sql)
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            var g = current
            var reader = InputReader(input, creating: false)
            Self.read(&reader, into: &g)
            try reader.finish()
            guard case .updated(let v) = try await GateReviewRepository.update(g, expectedVersion: current.version, on: sql) else {
                throw KeelError.versionMismatch(currentVersion: current.version + 1)
            }
            g.version = v
            try await services.audit.record(
                "update", objectType: "gate_review", objectID: id.description, project: project, before: current.auditFields,
                after: g.auditFields, caller: caller, on: sql)
            return g
        }
    }

    public func deleteReview(_ caller: Caller, project: ID<Project>, _ id: ID<GateReview>, expectedVersion: Int64?) async throws {
        try await services.inProject(caller, .editCharter, project) { sql in
            let current = try await Self.loadReview(id, project, sql)
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            try await GateReviewRepository.delete(id, project: project, on: sql)
            try await services.audit.record(
                "delete", objectType: "gate_review", objectID: id.description, project: project, before: current.auditFields, after: [:],
                caller: caller, on: sql)
        }
    }
}

extension Phase: AuditSnapshot {
    var auditFields: [String: String?] {
        [
            "kind": kind.rawValue, "name": name, "position": String(position), "planned_start": plannedStart?.iso,
            "planned_finish": plannedFinish?.iso, "actual_start": actualStart?.iso, "actual_finish": actualFinish?.iso,
        ]
    }
}

extension GateReview: AuditSnapshot {
    var auditFields: [String: String?] {
        [
            "phase_id": phaseID.description, "criteria": criteria.map { ($0.met ? "[x] " : "[ ] ") + $0.text }.joined(separator: "\n"),
            "decision": decision?.rawValue, "decider": decider, "decided_on": decidedOn?.iso, "notes": notes,
        ]
    }
}
