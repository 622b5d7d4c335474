import KeelCore

/// The sections of a project's navigation this module's pages belong to.
extension Layout.Section {
    package static let time = Self(rawValue: "time")
}
