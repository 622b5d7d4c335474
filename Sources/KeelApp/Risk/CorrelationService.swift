import Foundation
import KeelCore
import KeelStore
import SQLKit

/// Groups of tasks whose durations the risk analysis draws together (see `DurationCorrelation`):
/// `name`, `coefficient` (0–1, two decimals) and `task_ids` — at least two leaf tasks of the plan,
/// none already in another group. Editing needs the right to edit risks, like running the analysis.
public struct CorrelationService: Sendable {
    let services: KeelServices

    public func list(_ caller: Caller, project: ID<Project>) async throws -> [CorrelationGroup] {
        try await services.readProject(caller, project) { sql in try await CorrelationRepository.list(project: project, on: sql) }
    }

    public func get(_ caller: Caller, project: ID<Project>, _ id: ID<CorrelationGroup>) async throws -> CorrelationGroup {
        try await services.readProject(caller, project) { sql in try await Self.load(id, project, sql) }
    }

    public func create(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> CorrelationGroup {
        try await services.inProject(caller, .editRisks, project) { sql in
            try await ProjectRepository.lock(project, on: sql)
            var group = CorrelationGroup(projectID: project)
            try await Self.read(input, creating: true, into: &group, sql)
            try await CorrelationRepository.insert(group, on: sql)
            try await services.audit.record(
                "create",
                objectType: "correlation_group",
                objectID: group.id.description,
                project: project,
                before: [:],
                after: group.auditFields,
                caller: caller,
                on: sql
            )
            return group
        }
    }

    public func update(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<CorrelationGroup>,
        _ input: Input,
        expectedVersion: Int64?
    ) async throws -> CorrelationGroup {
        try await services.update(
            caller,
            .editRisks,
            project: project,
            expectedVersion: expectedVersion,
            audit: "correlation_group",
            id: id.description,
            version: \.version,
            fields: \.auditFields,
            load: { sql in
                try await ProjectRepository.lock(project, on: sql)
                return try await Self.load(id, project, sql)
            },
            change: { group, _, sql in try await Self.read(input, creating: false, into: &group, sql) },
            store: { group, version, sql in try await CorrelationRepository.update(group, expectedVersion: version, on: sql) }
        )
    }

    public func delete(_ caller: Caller, project: ID<Project>, _ id: ID<CorrelationGroup>, expectedVersion: Int64?) async throws {
        try await services.inProject(caller, .editRisks, project) { sql in
            let current = try await Self.load(id, project, sql)
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            try await CorrelationRepository.delete(id, project: project, on: sql)
            try await services.audit.record(
                "delete",
                objectType: "correlation_group",
                objectID: id.description,
                project: project,
                before: current.auditFields,
                after: [:],
                caller: caller,
                on: sql
            )
        }
    }

    // MARK: Helpers

    static func load(_ id: ID<CorrelationGroup>, _ project: ID<Project>, _ sql: any SQLDatabase) async throws -> CorrelationGroup {
        guard let g = try await CorrelationRepository.find(id, project: project, on: sql) else {
            throw KeelError.notFound(kind: "correlation_group", id: id.description)
        }
        return g
    }

    /// Reads and checks the whole input; every problem at once.
    static func read(_ input: Input, creating: Bool, into g: inout CorrelationGroup, _ sql: any SQLDatabase) async throws {
        var r = InputReader(input, creating: creating)
        r.text("name", &g.name, required: true, max: 200)
        var hundredths = Int64(g.coefficient)
        if r.has("coefficient") || creating {
            r.decimal("coefficient", digits: 2, &hundredths, required: true)
            if !CorrelationGroup.coefficientRange.contains(Int(hundredths)) {
                r.errors.add("coefficient", .outOfRange, ["min": "0", "max": "1"])
            }
            g.coefficient = Int(clamping: hundredths)
        }
        if r.has("task_ids") || creating {
            var ids: [ID<PlanTask>] = []
            r.idList("task_ids", &ids)
            let leaves = try await WorkPlanRepository.leafTaskIDs(project: g.projectID, on: sql)
            let taken = try await CorrelationRepository.list(project: g.projectID, on: sql).filter { $0.id != g.id }
            var owner: [ID<PlanTask>: String] = [:]
            for other in taken { for t in other.taskIDs { owner[t] = other.name } }
            var seen = Set<ID<PlanTask>>()
            for (i, id) in ids.enumerated() {
                if !leaves.contains(id) {
                    r.errors.add("task_ids[\(i)]", .unknownReference)
                } else if let other = owner[id] {
                    r.errors.add("task_ids[\(i)]", .duplicate, ["group": other])
                } else if !seen.insert(id).inserted {
                    r.errors.add("task_ids[\(i)]", .duplicate)
                }
            }
            if ids.count < 2 && !r.errors.all.contains(where: { $0.field == "task_ids" }) { r.errors.add("task_ids", .tooFew, ["min": "2"]) }
            g.taskIDs = ids
        }
        try r.finish()
    }
}

extension CorrelationGroup {
    var auditFields: [String: String?] {
        ["name": name, "coefficient": coefficientText, "task_ids": taskIDs.map(\.description).joined(separator: ",")]
    }
}
