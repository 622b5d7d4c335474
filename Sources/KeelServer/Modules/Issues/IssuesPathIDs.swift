import KeelCore

/// The issues module's path parameters.
extension PathID where T == ProjectIssue {
    static var issue: Self { Self(name: "issueID", kind: "issue") }
}
