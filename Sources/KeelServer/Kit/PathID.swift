import KeelCore

/// A path parameter that names a stored object (`{projectID}`), with the kind a "not found" answer
/// names. Each module declares its own (`extension PathID where T == ProjectIssue { static var issue
/// … }`); handlers read them as `try ctx.id(.issue)`.
struct PathID<T>: Sendable {
    let name: String
    let kind: String
}

extension AppRequestContext {
    /// The id the path names. A malformed id cannot name anything, so it is "not found" rather than
    /// "bad request".
    func id<T>(_ parameter: PathID<T>) throws -> ID<T> {
        guard let raw = parameters.get(parameter.name), let id = ID<T>(raw) else {
            throw KeelError.notFound(kind: parameter.kind, id: parameters.get(parameter.name) ?? "")
        }
        return id
    }
}

extension PathID where T == Project {
    static var project: Self { Self(name: "projectID", kind: "project") }
}
