import KeelCore
import KeelStore
import SQLKit

extension KeelServices {
    /// The one update ceremony, in one transaction: check the caller's permission on the project,
    /// load the current record, check the version the caller read (If-Match or the form's), apply
    /// the change (reading and validating the input), store it against the version loaded, and
    /// audit the fields before and after. A concurrent change between load and store answers 409.
    /// `version` is the record's row version; `fields` its fields as text for the audit trail;
    /// `stored` does what follows the stored change in the same transaction (histories, records
    /// that move with it) before the audit record is written.
    func update<T: Sendable>(
        _ caller: Caller,
        _ action: Action,
        auditAction: String = "update",
        project: ID<Project>,
        expectedVersion: Int64?,
        audit objectType: String,
        id: String,
        version: WritableKeyPath<T, Int64>,
        fields: (T) -> [String: String?],
        load: (any SQLDatabase) async throws -> T,
        change: (inout T, T, any SQLDatabase) async throws -> Void,
        store: (T, Int64, any SQLDatabase) async throws -> UpdateOutcome,
        stored: (T, T, any SQLDatabase) async throws -> Void = { _, _, _ in }
    ) async throws -> T {
        try await inProject(caller, action, project) { sql in
            let current = try await load(sql)
            try Self.checkVersion(expectedVersion, current: current[keyPath: version])
            var value = current
            try await change(&value, current, sql)
            guard case .updated(let v) = try await store(value, current[keyPath: version], sql) else {
                throw KeelError.versionMismatch(currentVersion: current[keyPath: version] + 1)
            }
            value[keyPath: version] = v
            try await stored(value, current, sql)
            try await audit.record(
                auditAction,
                objectType: objectType,
                objectID: id,
                project: project,
                before: fields(current),
                after: fields(value),
                caller: caller,
                on: sql
            )
            return value
        }
    }
}
