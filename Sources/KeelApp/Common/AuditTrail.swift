import Foundation
import KeelCore
import KeelStore
import SQLKit

/// Builds audit records from before/after snapshots of an object's fields.
public struct AuditTrail: Sendable {
    let clock: @Sendable () -> Date

    public init(clock: @escaping @Sendable () -> Date = { Date() }) { self.clock = clock }

    /// Records `action` on an object; only fields whose value changed are kept.
    func record(
        _ action: String,
        objectType: String,
        objectID: String,
        project: ID<Project>?,
        before: [String: String?],
        after: [String: String?],
        caller: Caller,
        on sql: any SQLDatabase
    ) async throws {
        var changes: [String: AuditEvent.FieldChange] = [:]
        for key in Set(before.keys).union(after.keys) {
            let b = before[key] ?? nil
            let a = after[key] ?? nil
            if b != a { changes[key] = .init(before: b, after: a) }
        }
        let event = AuditEvent(
            occurredAt: Timestamp.format(clock()),
            actor: caller.auditName,
            requestID: caller.requestID,
            action: action,
            objectType: objectType,
            objectID: objectID,
            projectID: project?.description,
            changes: changes
        )
        try await AuditRepository.append(event, on: sql)
        // Every audited change to a project's data can move its traffic lights.
        if let project { try await ProjectHealthRepository.touch(project: project, on: sql) }
    }
}
