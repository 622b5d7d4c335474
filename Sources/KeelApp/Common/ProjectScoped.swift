import KeelCore
import KeelStore
import SQLKit

/// An object that lives inside one project (an objective, a stakeholder, a phase, …). Conforming
/// types get the standard use-case steps from `KeelServices` — load through the project, check the
/// caller, read the input, guard the version, store, audit — so every module does them the same way.
public protocol ProjectScoped: Sendable {
    /// Names the object in audit records and "not found" answers.
    static var resourceName: String { get }
    /// The permission that creating, changing and deleting it needs.
    static var editAction: Action { get }
    var id: ID<Self> { get }
    var projectID: ID<Project> { get }
    var version: Int64 { get set }
    /// The fields as text, for the audit trail's before/after.
    var auditFields: [String: String?] { get }

    static func list(project: ID<Project>, on sql: any SQLDatabase) async throws -> [Self]
    static func find(_ id: ID<Self>, project: ID<Project>, on sql: any SQLDatabase) async throws -> Self?
    static func insert(_ value: Self, on sql: any SQLDatabase) async throws
    static func update(_ value: Self, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome
    static func delete(_ id: ID<Self>, project: ID<Project>, on sql: any SQLDatabase) async throws
    /// Reads the writable fields of `input` onto `value`, collecting problems in the reader.
    static func read(_ reader: inout InputReader, into value: inout Self)
}

extension KeelServices {
    public func list<T: ProjectScoped>(_ type: T.Type, _ caller: Caller, project: ID<Project>) async throws -> [T] {
        try await readProject(caller, project) { sql in try await T.list(project: project, on: sql) }
    }

    public func get<T: ProjectScoped>(_ type: T.Type, _ caller: Caller, project: ID<Project>, _ id: ID<T>) async throws -> T {
        try await readProject(caller, project) { sql in try await load(id, project, sql) }
    }

    func load<T: ProjectScoped>(_ id: ID<T>, _ project: ID<Project>, _ sql: any SQLDatabase) async throws -> T {
        guard let value = try await T.find(id, project: project, on: sql) else { throw KeelError.notFound(kind: T.resourceName, id: id.description) }
        return value
    }

    /// Creates an object from `input` on top of the defaults that `start` makes inside the transaction.
    func create<T: ProjectScoped>(
        _ caller: Caller,
        project: ID<Project>,
        _ input: Input,
        start: (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await inProject(caller, T.editAction, project) { sql in
            var value = try await start(sql)
            var reader = InputReader(input, creating: true)
            T.read(&reader, into: &value)
            try reader.finish()
            try await T.insert(value, on: sql)
            try await audit.record(
                "create",
                objectType: T.resourceName,
                objectID: value.id.description,
                project: project,
                before: [:],
                after: value.auditFields,
                caller: caller,
                on: sql
            )
            return value
        }
    }

    /// Applies the fields sent (PATCH semantics) if the caller's version is still current.
    public func update<T: ProjectScoped>(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<T>,
        _ input: Input,
        expectedVersion: Int64?
    ) async throws -> T {
        try await update(
            caller,
            T.editAction,
            project: project,
            expectedVersion: expectedVersion,
            audit: T.resourceName,
            id: id.description,
            version: \.version,
            fields: \.auditFields,
            load: { sql in try await load(id, project, sql) },
            change: { value, _, _ in
                var reader = InputReader(input, creating: false)
                T.read(&reader, into: &value)
                try reader.finish()
            },
            store: { value, version, sql in try await T.update(value, expectedVersion: version, on: sql) }
        )
    }

    public func delete<T: ProjectScoped>(
        _ type: T.Type,
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<T>,
        expectedVersion: Int64?
    )
        async throws
    {
        try await inProject(caller, T.editAction, project) { sql in
            let current: T = try await load(id, project, sql)
            try Self.checkVersion(expectedVersion, current: current.version)
            try await T.delete(id, project: project, on: sql)
            try await audit.record(
                "delete",
                objectType: T.resourceName,
                objectID: id.description,
                project: project,
                before: current.auditFields,
                after: [:],
                caller: caller,
                on: sql
            )
        }
    }
}
