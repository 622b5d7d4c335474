import KeelCore

/// Who is acting, as far as a use case needs to know: for the permission check and the audit record.
public struct Caller: Sendable, Equatable {
    public enum Principal: Sendable, Equatable {
        /// A person using the web UI or API. Until accounts exist every request is this anonymous local
        /// user; the access-control work replaces it with a signed-in user id.
        case anonymousLocal
        /// Keel itself: the CLI on the server's machine (migrate, demo, import).
        case system(String)
    }

    public let principal: Principal
    /// The request id that ties the audit record to the server log line.
    public let requestID: String

    public init(principal: Principal, requestID: String) {
        self.principal = principal
        self.requestID = requestID
    }

    public static func system(_ what: String) -> Caller { Caller(principal: .system(what), requestID: what) }

    /// The name written into audit records.
    public var auditName: String {
        switch principal {
        case .anonymousLocal: return "anonymous"
        case .system(let what): return "system:\(what)"
        }
    }
}

/// Everything a caller may ask to do. The access policy decides each one; use cases ask before any side effect.
public enum Action: String, Sendable, CaseIterable {
    case listProjects, createProject
    case viewProject, editCharter, deleteProject
    case viewAudit
}

/// Decides whether a caller may take an action, on a project when one is involved.
public protocol AccessPolicy: Sendable {
    func authorize(_ caller: Caller, _ action: Action, project: ID<Project>?) async throws(KeelError)
}

/// The policy of a deployment without accounts: every principal may do everything. Sign-in and
/// per-project roles replace it; use cases already call it at the right place.
public struct SingleUserPolicy: AccessPolicy {
    public init() {}

    public func authorize(_ caller: Caller, _ action: Action, project: ID<Project>?) async throws(KeelError) {
        switch caller.principal {
        case .anonymousLocal, .system: return
        }
    }
}
