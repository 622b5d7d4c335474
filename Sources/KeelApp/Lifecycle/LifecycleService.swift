import KeelCore
import KeelStore
import SQLKit

/// Phases and their gate reviews.
public struct LifecycleService: Sendable {
    let services: KeelServices

    public func phases(_ caller: Caller, project: ID<Project>) async throws -> [Phase] {
        try await services.list(Phase.self, caller, project: project)
    }

    public func phase(_ caller: Caller, project: ID<Project>, _ id: ID<Phase>) async throws -> Phase {
        try await services.get(Phase.self, caller, project: project, id)
    }

    public func createPhase(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> Phase {
        try await services.create(caller, project: project, input) { sql in
            Phase(
                id: ID(),
                projectID: project,
                kind: .custom,
                name: "",
                position: try await PhaseRepository.nextPosition(project: project, on: sql),
                plannedStart: nil,
                plannedFinish: nil,
                actualStart: nil,
                actualFinish: nil,
                version: 1
            )
        }
    }

    public func updatePhase(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<Phase>,
        _ input: Input,
        expectedVersion: Int64?
    ) async throws
        -> Phase
    {
        try await services.update(caller, project: project, id, input, expectedVersion: expectedVersion)
    }

    public func deletePhase(_ caller: Caller, project: ID<Project>, _ id: ID<Phase>, expectedVersion: Int64?) async throws {
        try await services.delete(Phase.self, caller, project: project, id, expectedVersion: expectedVersion)
    }

    public func reviews(_ caller: Caller, project: ID<Project>) async throws -> [GateReview] {
        try await services.list(GateReview.self, caller, project: project)
    }

    public func review(_ caller: Caller, project: ID<Project>, _ id: ID<GateReview>) async throws -> GateReview {
        try await services.get(GateReview.self, caller, project: project, id)
    }

    /// A review belongs to a phase of the same project; a phase id from elsewhere is not found.
    /// `phase` is nil when a form did not name one: that is a validation error, reported after the
    /// permission check like every other.
    public func createReview(_ caller: Caller, project: ID<Project>, phase: ID<Phase>?, _ input: Input) async throws -> GateReview {
        try await services.create(caller, project: project, input) { sql in
            guard let phase else { throw KeelError.validation([FieldError("_phase", .required)]) }
            let _: Phase = try await services.load(phase, project, sql)
            return GateReview(
                id: ID(),
                projectID: project,
                phaseID: phase,
                criteria: [],
                decision: nil,
                decider: "",
                decidedOn: nil,
                notes: "",
                version: 1
            )
        }
    }

    public func updateReview(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<GateReview>,
        _ input: Input,
        expectedVersion: Int64?
    )
        async throws -> GateReview
    {
        try await services.update(caller, project: project, id, input, expectedVersion: expectedVersion)
    }

    public func deleteReview(_ caller: Caller, project: ID<Project>, _ id: ID<GateReview>, expectedVersion: Int64?) async throws {
        try await services.delete(GateReview.self, caller, project: project, id, expectedVersion: expectedVersion)
    }
}

extension Phase: ProjectScoped {
    public static let resourceName = "phase"
    public static let editAction = Action.editCharter

    public static func list(project: ID<Project>, on sql: any SQLDatabase) async throws -> [Phase] {
        try await PhaseRepository.list(project: project, on: sql)
    }
    public static func find(_ id: ID<Phase>, project: ID<Project>, on sql: any SQLDatabase) async throws -> Phase? {
        try await PhaseRepository.find(id, project: project, on: sql)
    }
    public static func insert(_ value: Phase, on sql: any SQLDatabase) async throws { try await PhaseRepository.insert(value, on: sql) }
    public static func update(_ value: Phase, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        try await PhaseRepository.update(value, expectedVersion: expectedVersion, on: sql)
    }
    public static func delete(_ id: ID<Phase>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await PhaseRepository.delete(id, project: project, on: sql)
    }

    public static func read(_ r: inout InputReader, into p: inout Phase) {
        r.choice("kind", &p.kind)
        r.text("name", &p.name, max: 200)
        r.int("position", &p.position, range: 0...10_000)
        r.day("planned_start", &p.plannedStart)
        r.day("planned_finish", &p.plannedFinish)
        r.day("actual_start", &p.actualStart)
        r.day("actual_finish", &p.actualFinish)
        p.check(into: &r.errors)
    }

    public var auditFields: [String: String?] {
        [
            "kind": kind.rawValue, "name": name, "position": String(position), "planned_start": plannedStart?.iso,
            "planned_finish": plannedFinish?.iso, "actual_start": actualStart?.iso, "actual_finish": actualFinish?.iso,
        ]
    }
}

extension GateReview: ProjectScoped {
    public static let resourceName = "gate_review"
    public static let editAction = Action.editCharter

    public static func list(project: ID<Project>, on sql: any SQLDatabase) async throws -> [GateReview] {
        try await GateReviewRepository.list(project: project, on: sql)
    }
    public static func find(_ id: ID<GateReview>, project: ID<Project>, on sql: any SQLDatabase) async throws -> GateReview? {
        try await GateReviewRepository.find(id, project: project, on: sql)
    }
    public static func insert(_ value: GateReview, on sql: any SQLDatabase) async throws {
        try await GateReviewRepository.insert(value, createdAt: Timestamp.now(), on: sql)
    }
    public static func update(_ value: GateReview, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        try await GateReviewRepository.update(value, expectedVersion: expectedVersion, on: sql)
    }
    public static func delete(_ id: ID<GateReview>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await GateReviewRepository.delete(id, project: project, on: sql)
    }

    /// The checklist as lines of text, `[x]` marking a met criterion: how forms edit it.
    public static func checklistText(_ criteria: [GateCriterion]) -> String {
        criteria.map { ($0.met ? "[x] " : "[ ] ") + $0.text }.joined(separator: "\n")
    }

    static func parseChecklist(_ text: String) -> [GateCriterion] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            var s = Substring(String(line).trimmingWhitespace())
            var met = false
            if s.lowercased().hasPrefix("[x]") {
                met = true
                s = s.dropFirst(3)
            } else if s.hasPrefix("[ ]") {
                s = s.dropFirst(3)
            } else if s.hasPrefix("[]") {
                s = s.dropFirst(2)
            }
            let text = String(s).trimmingWhitespace()
            return text.isEmpty ? nil : GateCriterion(text: String(text.prefix(500)), met: met)
        }
    }

    public static func read(_ r: inout InputReader, into g: inout GateReview) {
        if r.input.fromForm {
            var text = checklistText(g.criteria)
            r.text("criteria_text", &text, max: 8000)
            g.criteria = parseChecklist(text)
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

    public var auditFields: [String: String?] {
        [
            "phase_id": phaseID.description, "criteria": Self.checklistText(criteria), "decision": decision?.rawValue, "decider": decider,
            "decided_on": decidedOn?.iso, "notes": notes,
        ]
    }
}
