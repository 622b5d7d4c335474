import KeelCore
import KeelStore
import SQLKit

public struct ObjectiveService: Sendable {
    let services: KeelServices

    public func list(_ caller: Caller, project: ID<Project>) async throws -> [Objective] {
        try await services.readProject(caller, project) { sql in try await ObjectiveRepository.list(project: project, on: sql) }
    }

    public func get(_ caller: Caller, project: ID<Project>, _ id: ID<Objective>) async throws -> Objective {
        try await services.readProject(caller, project) { sql in try await Self.load(id, project, sql) }
    }

    static func load(_ id: ID<Objective>, _ project: ID<Project>, _ sql: any SQLDatabase) async throws -> Objective {
        guard let o = try await ObjectiveRepository.find(id, project: project, on: sql) else {
            throw KeelError.notFound(kind: "objective", id: id.description)
        }
        return o
    }

    static func read(_ r: inout InputReader, into o: inout Objective) {
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

    public func create(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> Objective {
        try await services.inProject(caller, .editCharter, project) { sql in
            var o = Objective(
                id: ID(), projectID: project, name: "",
                kpi: KPI(unit: "", baseline: nil, target: 0, direction: .higherIsBetter, redThreshold: 0, amberThreshold: 0),
                dueDate: nil, position: try await ObjectiveRepository.nextPosition(project: project, on: sql), version: 1)
            var reader = InputReader(input, creating: true)
            Self.read(&reader, into: &o)
            try reader.finish()
            try await ObjectiveRepository.insert(o, on: sql)
            try await services.audit.record(
                "create", objectType: "objective", objectID: o.id.description, project: project, before: [:], after: o.auditFields,
                caller: caller, on: sql)
            return o
        }
    }

    public func update(_ caller: Caller, project: ID<Project>, _ id: ID<Objective>, _ input: Input, expectedVersion: Int64?) async throws
        -> Objective
    {
        try await services.inProject(caller, .editCharter, project) { sql in
            let current = try await Self.load(id, project, sql)
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            var o = current
            var reader = InputReader(input, creating: false)
            Self.read(&reader, into: &o)
            try reader.finish()
            guard case .updated(let v) = try await ObjectiveRepository.update(o, expectedVersion: current.version, on: sql) else {
                throw KeelError.versionMismatch(currentVersion: current.version + 1)
            }
            o.version = v
            try await services.audit.record(
                "update", objectType: "objective", objectID: id.description, project: project, before: current.auditFields,
                after: o.auditFields, caller: caller, on: sql)
            return o
        }
    }

    public func delete(_ caller: Caller, project: ID<Project>, _ id: ID<Objective>, expectedVersion: Int64?) async throws {
        try await services.inProject(caller, .editCharter, project) { sql in
            let current = try await Self.load(id, project, sql)
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            try await ObjectiveRepository.delete(id, project: project, on: sql)
            try await services.audit.record(
                "delete", objectType: "objective", objectID: id.description, project: project, before: current.auditFields, after: [:],
                caller: caller, on: sql)
        }
    }
}

extension Objective: AuditSnapshot {
    var auditFields: [String: String?] {
        [
            "name": name, "unit": kpi.unit, "baseline": kpi.baseline.map { "\($0)" }, "target": "\(kpi.target)",
            "direction": kpi.direction.rawValue, "red_threshold": "\(kpi.redThreshold)", "amber_threshold": "\(kpi.amberThreshold)",
            "due_date": dueDate?.iso, "position": String(position),
        ]
    }
}
