import Foundation
import KeelCore
import SQLKit

/// One recorded change. `changes` maps each changed field to its value before and after.
public struct AuditEvent: Sendable, Equatable {
    public var seq: Int64
    public var occurredAt: String
    public var actor: String
    public var requestID: String
    public var action: String
    public var objectType: String
    public var objectID: String
    public var projectID: String?
    public var changes: [String: FieldChange]

    public struct FieldChange: Sendable, Equatable, Codable {
        public var before: String?
        public var after: String?

        public init(before: String?, after: String?) {
            self.before = before
            self.after = after
        }
    }

    public init(
        seq: Int64 = 0, occurredAt: String, actor: String, requestID: String, action: String, objectType: String, objectID: String,
        projectID: String?, changes: [String: FieldChange]
    ) {
        self.seq = seq
        self.occurredAt = occurredAt
        self.actor = actor
        self.requestID = requestID
        self.action = action
        self.objectType = objectType
        self.objectID = objectID
        self.projectID = projectID
        self.changes = changes
    }
}

/// The append-only trail of changes. Written in the same transaction as the change it records.
public enum AuditRepository {
    static let sequenceLockKey: Int64 = 0x4B45_454C_4155_4454
    public static func append(_ e: AuditEvent, on sql: any SQLDatabase) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let changes = String(decoding: try encoder.encode(e.changes), as: UTF8.self)
        // The sequence is taken inside the writing transaction. SQLite's single writer serialises it; on
        // PostgreSQL a transaction-scoped advisory lock does, so instances sharing a database never collide.
        if sql.dialect.name == "postgresql" {
            try await sql.raw("SELECT pg_advisory_xact_lock(\(bind: Self.sequenceLockKey))").run()
        }
        try await sql.raw(
            """
            INSERT INTO audit_events (seq, occurred_at, actor, request_id, action, object_type, object_id, project_id, changes)
            SELECT COALESCE(MAX(seq), 0) + 1, \(bind: e.occurredAt), \(bind: e.actor), \(bind: e.requestID), \(bind: e.action),
            \(bind: e.objectType), \(bind: e.objectID), \(bind: e.projectID), \(bind: changes) FROM audit_events
            """
        ).run()
    }

    public static func list(project: ID<Project>?, limit: Int, on sql: any SQLDatabase) async throws -> [AuditEvent] {
        let rows: [any SQLRow]
        if let project {
            rows = try await sql.raw(
                "SELECT * FROM audit_events WHERE project_id = \(bind: project.description) ORDER BY seq DESC LIMIT \(bind: limit)"
            ).all()
        } else {
            rows = try await sql.raw("SELECT * FROM audit_events ORDER BY seq DESC LIMIT \(bind: limit)").all()
        }
        return try rows.map { row in
            let raw = try row.text("changes")
            let changes = (try? JSONDecoder().decode([String: AuditEvent.FieldChange].self, from: Data(raw.utf8))) ?? [:]
            return AuditEvent(
                seq: try row.int64("seq"), occurredAt: try row.text("occurred_at"), actor: try row.text("actor"),
                requestID: try row.text("request_id"), action: try row.text("action"), objectType: try row.text("object_type"),
                objectID: try row.text("object_id"), projectID: try row.optionalText("project_id"), changes: changes)
        }
    }
}
