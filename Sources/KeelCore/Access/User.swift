/// A person who can sign in.
public struct User: Hashable, Sendable {
    public let id: ID<User>
    public var email: String
    public var displayName: String
    public var isAdmin: Bool
    public var disabled: Bool
    /// Preferred UI language tag (`en`, `zh-CN`), or empty to follow the browser.
    public var locale: String
    public var createdAt: String
    public var version: Int64

    public init(
        id: ID<User>,
        email: String,
        displayName: String,
        isAdmin: Bool,
        disabled: Bool,
        locale: String,
        createdAt: String,
        version: Int64
    ) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.isAdmin = isAdmin
        self.disabled = disabled
        self.locale = locale
        self.createdAt = createdAt
        self.version = version
    }

    /// Emails are compared case-insensitively and stored lowercased, trimmed.
    public static func normalizedEmail(_ s: String) -> String { s.trimmingWhitespace().lowercased() }

    /// A deliberately simple shape check: something@something.tld, no spaces, at most 254 characters.
    public static func isPlausibleEmail(_ s: String) -> Bool {
        guard s.count <= 254, !s.contains(where: \.isWhitespace) else { return false }
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else {
            return false
        }
        return true
    }
}

/// A person's role on one project.
public struct Membership: Hashable, Sendable {
    public let projectID: ID<Project>
    public let userID: ID<User>
    public var role: ProjectRole

    public init(projectID: ID<Project>, userID: ID<User>, role: ProjectRole) {
        self.projectID = projectID
        self.userID = userID
        self.role = role
    }
}
