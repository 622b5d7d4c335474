import KeelCore

/// The sections of a project's navigation this module's pages belong to.
extension Layout.Section {
    package static let overview = Self(rawValue: "overview")
    package static let charter = Self(rawValue: "charter")
    package static let objectives = Self(rawValue: "objectives")
    package static let stakeholders = Self(rawValue: "stakeholders")
    package static let lifecycle = Self(rawValue: "lifecycle")
    package static let members = Self(rawValue: "members")
    package static let audit = Self(rawValue: "audit")
}
