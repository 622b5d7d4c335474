import KeelCore
import KeelStore
import SQLKit

public struct StakeholderService: Sendable {
    let services: KeelServices

    public func list(_ caller: Caller, project: ID<Project>) async throws -> [Stakeholder] {
        try await services.list(Stakeholder.self, caller, project: project)
    }

    public func get(_ caller: Caller, project: ID<Project>, _ id: ID<Stakeholder>) async throws -> Stakeholder {
        try await services.get(Stakeholder.self, caller, project: project, id)
    }

    public func create(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> Stakeholder {
        try await services.create(caller, project: project, input) { _ in
            Stakeholder(
                id: ID(),
                projectID: project,
                name: "",
                kind: .teamMember,
                organisation: "",
                contact: "",
                influence: 3,
                interest: 3,
                currentEngagement: .neutral,
                desiredEngagement: .supportive,
                communicationNeeds: "",
                version: 1
            )
        }
    }

    public func update(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<Stakeholder>,
        _ input: Input,
        expectedVersion: Int64?
    )
        async throws -> Stakeholder
    {
        try await services.update(caller, project: project, id, input, expectedVersion: expectedVersion)
    }

    public func delete(_ caller: Caller, project: ID<Project>, _ id: ID<Stakeholder>, expectedVersion: Int64?) async throws {
        try await services.delete(Stakeholder.self, caller, project: project, id, expectedVersion: expectedVersion)
    }
}

extension Stakeholder: ProjectScoped {
    public static let resourceName = "stakeholder"
    public static let editAction = Action.editCharter

    public static func list(project: ID<Project>, on sql: any SQLDatabase) async throws -> [Stakeholder] {
        try await StakeholderRepository.list(project: project, on: sql)
    }
    public static func find(_ id: ID<Stakeholder>, project: ID<Project>, on sql: any SQLDatabase) async throws -> Stakeholder? {
        try await StakeholderRepository.find(id, project: project, on: sql)
    }
    public static func insert(_ value: Stakeholder, on sql: any SQLDatabase) async throws { try await StakeholderRepository.insert(value, on: sql) }
    public static func update(_ value: Stakeholder, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        try await StakeholderRepository.update(value, expectedVersion: expectedVersion, on: sql)
    }
    public static func delete(_ id: ID<Stakeholder>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await StakeholderRepository.delete(id, project: project, on: sql)
    }

    public static func read(_ r: inout InputReader, into s: inout Stakeholder) {
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

    public var auditFields: [String: String?] {
        [
            "name": name, "kind": kind.rawValue, "organisation": organisation, "contact": contact, "influence": String(influence),
            "interest": String(interest), "current_engagement": currentEngagement.rawValue,
            "desired_engagement": desiredEngagement.rawValue, "communication_needs": communicationNeeds,
        ]
    }
}
