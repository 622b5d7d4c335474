import KeelCore
import SQLKit

public enum StakeholderRepository {
    static let columns = """
        id, project_id, name, kind, organisation, contact, influence, interest, current_engagement, desired_engagement,
        communication_needs, version
        """

    static let table = ScopedTable(table: "stakeholders", columns: columns, order: "name, id", decode: stakeholder)

    public static func list(project: ID<Project>, on sql: any SQLDatabase) async throws -> [Stakeholder] {
        try await table.list(project: project, on: sql)
    }

    public static func find(_ id: ID<Stakeholder>, project: ID<Project>, on sql: any SQLDatabase) async throws -> Stakeholder? {
        try await table.find(id.description, project: project, on: sql)
    }

    public static func insert(_ s: Stakeholder, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO stakeholders (\(unsafeRaw: columns)) VALUES (\(bind: s.id.description), \(bind: s.projectID.description),
            \(bind: s.name), \(bind: s.kind.rawValue), \(bind: s.organisation), \(bind: s.contact), \(bind: Int64(s.influence)),
            \(bind: Int64(s.interest)), \(bind: s.currentEngagement.rawValue), \(bind: s.desiredEngagement.rawValue),
            \(bind: s.communicationNeeds), \(bind: s.version))
            """
        ).run()
    }

    public static func update(_ s: Stakeholder, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let row = try await sql.raw(
            """
            UPDATE stakeholders SET name = \(bind: s.name), kind = \(bind: s.kind.rawValue), organisation = \(bind: s.organisation),
            contact = \(bind: s.contact), influence = \(bind: Int64(s.influence)), interest = \(bind: Int64(s.interest)),
            current_engagement = \(bind: s.currentEngagement.rawValue), desired_engagement = \(bind: s.desiredEngagement.rawValue),
            communication_needs = \(bind: s.communicationNeeds), version = version + 1
            WHERE id = \(bind: s.id.description) AND project_id = \(bind: s.projectID.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        return try ScopedTable<Stakeholder>.outcome(row)
    }

    public static func delete(_ id: ID<Stakeholder>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await table.delete(id.description, project: project, on: sql)
    }

    @Sendable static func stakeholder(_ row: any SQLRow) throws -> Stakeholder {
        Stakeholder(
            id: try row.id("id"),
            projectID: try row.id("project_id"),
            name: try row.text("name"),
            kind: try row.enumValue("kind"),
            organisation: try row.text("organisation"),
            contact: try row.text("contact"),
            influence: try row.int("influence"),
            interest: try row.int("interest"),
            currentEngagement: try row.enumValue("current_engagement"),
            desiredEngagement: try row.enumValue("desired_engagement"),
            communicationNeeds: try row.text("communication_needs"),
            version: try row.int64("version")
        )
    }
}
