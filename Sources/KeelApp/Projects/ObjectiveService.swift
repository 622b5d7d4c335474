import KeelCore
import KeelStore
import SQLKit

public struct ObjectiveService: Sendable {
    let services: KeelServices

    public func list(_ caller: Caller, project: ID<Project>) async throws -> [Objective] {
        try await services.list(Objective.self, caller, project: project)
    }

    public func get(_ caller: Caller, project: ID<Project>, _ id: ID<Objective>) async throws -> Objective {
        try await services.get(Objective.self, caller, project: project, id)
    }

    public func create(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> Objective {
        try await services.create(caller, project: project, input) { sql in
            Objective(
                id: ID(), projectID: project, name: "",
                kpi: KPI(unit: "", baseline: nil, target: 0, direction: .higherIsBetter, redThreshold: 0, amberThreshold: 0),
                dueDate: nil, position: try await ObjectiveRepository.nextPosition(project: project, on: sql), version: 1)
        }
    }

    public func update(_ caller: Caller, project: ID<Project>, _ id: ID<Objective>, _ input: Input, expectedVersion: Int64?) async throws
        -> Objective
    {
        try await services.update(caller, project: project, id, input, expectedVersion: expectedVersion)
    }

    public func delete(_ caller: Caller, project: ID<Project>, _ id: ID<Objective>, expectedVersion: Int64?) async throws {
        try await services.delete(Objective.self, caller, project: project, id, expectedVersion: expectedVersion)
    }
}

extension Objective: ProjectScoped {
    public static let resourceName = "objective"
    public static let editAction = Action.editCharter

    public static func list(project: ID<Project>, on sql: any SQLDatabase) async throws -> [Objective] {
        try await ObjectiveRepository.list(project: project, on: sql)
    }
    public static func find(_ id: ID<Objective>, project: ID<Project>, on sql: any SQLDatabase) async throws -> Objective? {
        try await ObjectiveRepository.find(id, project: project, on: sql)
    }
    public static func insert(_ value: Objective, on sql: any SQLDatabase) async throws { try await ObjectiveRepository.insert(value, on: sql) }
    public static func update(_ value: Objective, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        try await ObjectiveRepository.update(value, expectedVersion: expectedVersion, on: sql)
    }
    public static func delete(_ id: ID<Objective>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await ObjectiveRepository.delete(id, project: project, on: sql)
    }

    public static func read(_ r: inout InputReader, into o: inout Objective) {
        r.text("name", &o.name, required: true, max: 200)
        r.text("unit", &o.kpi.unit, max: 40)
        r.optionalNumber("baseline", &o.kpi.baseline)
        r.number("target", &o.kpi.target, required: true)
        r.choice("direction", &o.kpi.direction, required: true)
        r.number("red_threshold", &o.kpi.redThreshold, required: true)
        r.number("amber_threshold", &o.kpi.amberThreshold, required: true)
        r.day("due_date", &o.dueDate)
        r.int("position", &o.position, range: 0...10_000)
        let numbersOK = !["target", "direction", "red_threshold", "amber_threshold"].contains { r.errors.has($0) }
        if numbersOK { o.kpi.check(into: &r.errors) }
    }

    public var auditFields: [String: String?] {
        [
            "name": name, "unit": kpi.unit, "baseline": kpi.baseline.map { "\($0)" }, "target": "\(kpi.target)",
            "direction": kpi.direction.rawValue, "red_threshold": "\(kpi.redThreshold)", "amber_threshold": "\(kpi.amberThreshold)",
            "due_date": dueDate?.iso, "position": String(position),
        ]
    }
}
