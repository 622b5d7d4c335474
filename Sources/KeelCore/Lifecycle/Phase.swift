/// The standard lifecycle phases; projects may add their own (`custom`) with a name.
public enum PhaseKind: String, Sendable, Codable, CaseIterable {
    case initiation, planning, execution, monitoring, closing, custom
}

public struct Phase: Hashable, Sendable {
    public let id: ID<Phase>
    public let projectID: ID<Project>
    public var kind: PhaseKind
    /// Empty for a standard phase (its name comes from the locale); required for `custom`.
    public var name: String
    public var position: Int
    public var plannedStart: Day?
    public var plannedFinish: Day?
    public var actualStart: Day?
    public var actualFinish: Day?
    public var version: Int64

    public init(
        id: ID<Phase>,
        projectID: ID<Project>,
        kind: PhaseKind,
        name: String,
        position: Int,
        plannedStart: Day?,
        plannedFinish: Day?,
        actualStart: Day?,
        actualFinish: Day?,
        version: Int64
    ) {
        self.id = id
        self.projectID = projectID
        self.kind = kind
        self.name = name
        self.position = position
        self.plannedStart = plannedStart
        self.plannedFinish = plannedFinish
        self.actualStart = actualStart
        self.actualFinish = actualFinish
        self.version = version
    }

    public enum State: String, Sendable, Codable {
        case notStarted = "not_started", inProgress = "in_progress", done
    }

    public var state: State {
        if actualFinish != nil { return .done }
        if actualStart != nil { return .inProgress }
        return .notStarted
    }

    public func check(into errors: inout FieldErrors) {
        if case .custom = kind, name.isEmpty, !errors.has("name") { errors.add("name", .required) }
        if let s = plannedStart, let f = plannedFinish, f < s, !errors.has("planned_finish") {
            errors.add("planned_finish", .beforeStart, ["start": "planned_start"])
        }
        if let s = actualStart, let f = actualFinish, f < s, !errors.has("actual_finish") {
            errors.add("actual_finish", .beforeStart, ["start": "actual_start"])
        }
        if actualFinish != nil, actualStart == nil, !errors.has("actual_start") {
            errors.add("actual_start", .required)
        }
    }

    /// The standard five, in order, for a new project.
    public static let standardKinds: [PhaseKind] = [.initiation, .planning, .execution, .monitoring, .closing]
}
