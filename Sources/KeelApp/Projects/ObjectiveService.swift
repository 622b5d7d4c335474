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
                id: ID(),
                projectID: project,
                name: "",
                kpi: KPI(unit: "", baseline: nil, target: 0, direction: .higherIsBetter, redThreshold: 0, amberThreshold: 0),
                dueDate: nil,
                position: try await ObjectiveRepository.nextPosition(project: project, on: sql),
                version: 1
            )
        }
    }

    public func update(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<Objective>,
        _ input: Input,
        expectedVersion: Int64?
    ) async throws
        -> Objective
    {
        try await services.update(caller, project: project, id, input, expectedVersion: expectedVersion)
    }

    public func delete(_ caller: Caller, project: ID<Project>, _ id: ID<Objective>, expectedVersion: Int64?) async throws {
        try await services.delete(Objective.self, caller, project: project, id, expectedVersion: expectedVersion)
    }

    // MARK: KPI tracking

    /// The objective's measured values, oldest first.
    public func measurements(_ caller: Caller, project: ID<Project>, _ objective: ID<Objective>) async throws -> [KPIMeasurement] {
        try await services.readProject(caller, project) { sql in
            _ = try await Self.load(objective, project, sql)
            return try await KPIMeasurementRepository.list(objective: objective, project: project, on: sql)
        }
    }

    /// Every measured value of the project's KPIs, oldest first (the dashboard's tiles).
    public func allMeasurements(_ caller: Caller, project: ID<Project>) async throws -> [KPIMeasurement] {
        try await services.readProject(caller, project) { sql in try await KPIMeasurementRepository.list(project: project, on: sql) }
    }

    /// Records the KPI's value on a day: `measured_on` (required, one value per day), `value`
    /// (required, a number), `note`. Needs the right to edit the charter.
    public func record(_ caller: Caller, project: ID<Project>, _ objective: ID<Objective>, _ input: Input) async throws -> KPIMeasurement {
        try await services.inProject(caller, .editCharter, project) { sql in
            _ = try await Self.load(objective, project, sql)
            var day: Day?
            var value = 0.0, note = ""
            var r = InputReader(input, creating: true)
            r.day("measured_on", &day, required: true)
            r.number("value", &value, required: true)
            r.text("note", &note, max: 500)
            let existing = try await KPIMeasurementRepository.list(objective: objective, project: project, on: sql)
            if let day, existing.contains(where: { $0.measuredOn == day }) { r.errors.add("measured_on", .duplicate) }
            try r.finish()
            let m = KPIMeasurement(projectID: project, objectiveID: objective, measuredOn: day!, value: value, note: note)
            try await KPIMeasurementRepository.insert(m, on: sql)
            try await services.audit.record(
                "create",
                objectType: "kpi_measurement",
                objectID: m.id.description,
                project: project,
                before: [:],
                after: m.auditFields,
                caller: caller,
                on: sql
            )
            return m
        }
    }

    public func deleteMeasurement(_ caller: Caller, project: ID<Project>, _ objective: ID<Objective>, _ id: ID<KPIMeasurement>) async throws {
        try await services.inProject(caller, .editCharter, project) { sql in
            guard let m = try await KPIMeasurementRepository.list(objective: objective, project: project, on: sql).first(where: { $0.id == id })
            else {
                throw KeelError.notFound(kind: "kpi_measurement", id: id.description)
            }
            try await KPIMeasurementRepository.delete(id, project: project, on: sql)
            try await services.audit.record(
                "delete",
                objectType: "kpi_measurement",
                objectID: id.description,
                project: project,
                before: m.auditFields,
                after: [:],
                caller: caller,
                on: sql
            )
        }
    }

    static func load(_ id: ID<Objective>, _ project: ID<Project>, _ sql: any SQLDatabase) async throws -> Objective {
        guard let o = try await ObjectiveRepository.find(id, project: project, on: sql) else {
            throw KeelError.notFound(kind: "objective", id: id.description)
        }
        return o
    }
}

extension KPIMeasurement {
    var auditFields: [String: String?] {
        ["objective_id": objectiveID.description, "measured_on": measuredOn.iso, "value": "\(value)", "note": note]
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
