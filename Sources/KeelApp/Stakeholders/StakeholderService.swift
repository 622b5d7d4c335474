import KeelCore
import KeelStore
import SQLKit

public struct StakeholderService: Sendable {
    let services: KeelServices

    public func list(_ caller: Caller, project: ID<Project>) async throws -> [Stakeholder] {
        try await services.readProject(caller, project) { sql in try await StakeholderRepository.list(project: project, on: sql) }
    }

    public func get(_ caller: Caller, project: ID<Project>, _ id: ID<Stakeholder>) async throws -> Stakeholder {
        try await services.readProject(caller, project) { sql in try await Self.load(id, project, sql) }
    }

    static func load(_ id: ID<Stakeholder>, _ project: ID<Project>, _ sql: any SQLDatabase) async throws -> Stakeholder {
        guard let s = try await StakeholderRepository.find(id, project: project, on: sql) else {
            throw KeelError.notFound(kind: "stakeholder", id: id.description)
        }
        return s
    }

    static func read(_ r: inout InputReader, into s: inout Stakeholder) {
        r.text("name", &s.name, required: true, max: 200)
        r.choice("kind", &s.kind, required: true)
        r.text("organisation", &s.organisation, max: 200)
        r.text("contact", &s.contact, max: 200)
        r.int("influence", &s.influence, range: 1...5, required: true)
        r.int("interest", &s.interest, range: 1...5, required: true)
        r.choice("current_engagement", &s.currentEngagement)
        r.choice("desired_engagement", &s.desiredEngagement)
        r.text("communication_needs", &s.communicationNeeds, max: 2000)
    }

    public func create(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> Stakeholder {
        try await services.inProject(caller, .editCharter, project) { sql in
            var s = Stakeholder(
                id: ID(), projectID: project, name: "", kind: .teamMember, organisation: "", contact: "", influence: 3, interest: 3,
                currentEngagement: .neutral, desiredEngagement: .supportive, communicationNeeds: "", version: 1)
            var reader = InputReader(input, creating: true)
            Self.read(&reader, into: &s)
            try reader.finish()
            try await StakeholderRepository.insert(s, on: sql)
            try await services.audit.record(
                "create", objectType: "stakeholder", objectID: s.id.description, project: project, before: [:], after: s.auditFields,
                caller: caller, on: sql)
            return s
        }
    }

    public func update(_ caller: Caller, project: ID<Project>, _ id: ID<Stakeholder>, _ input: Input, expectedVersion: Int64?)
        async throws -> Stakeholder
    {
        try await services.inProject(caller, .editCharter, project) { sql in
            let current = try await Self.load(id, project, sql)
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            var s = current
            var reader = InputReader(input, creating: false)
            Self.read(&reader, into: &s)
            try reader.finish()
            guard case .updated(let v) = try await StakeholderRepository.update(s, expectedVersion: current.version, on: sql) else {
                throw KeelError.versionMismatch(currentVersion: current.version + 1)
            }
            s.version = v
            try await services.audit.record(
                "update", objectType: "stakeholder", objectID: id.description, project: project, before: current.auditFields,
                after: s.auditFields, caller: caller, on: sql)
            return s
        }
    }

    public func delete(_ caller: Caller, project: ID<Project>, _ id: ID<Stakeholder>, expectedVersion: Int64?) async throws {
        try await services.inProject(caller, .editCharter, project) { sql in
            let current = try await Self.load(id, project, sql)
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            try await StakeholderRepository.delete(id, project: project, on: sql)
            try await services.audit.record(
                "delete", objectType: "stakeholder", objectID: id.description, project: project, before: current.auditFields,
                after: [:], caller: caller, on: sql)
        }
    }
}

extension Stakeholder: AuditSnapshot {
    var auditFields: [String: String?] {
        [
            "name": name, "kind": kind.rawValue, "organisation": organisation, "contact": contact, "influence": String(influence),
            "interest": String(interest), "current_engagement": currentEngagement.rawValue,
            "desired_engagement": desiredEngagement.rawValue, "communication_needs": communicationNeeds,
        ]
    }
}
