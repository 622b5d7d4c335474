/// A project's group of tasks whose durations the risk analysis draws together, as stored: a name
/// (what the tasks share: "Same design team", "Supplier X"), the correlation coefficient in
/// hundredths and the tasks. A task belongs to at most one group.
public struct CorrelationGroup: Hashable, Sendable {
    public let id: ID<CorrelationGroup>
    public let projectID: ID<Project>
    public var name: String
    /// ρ × 100, 0…100.
    public var coefficient: Int
    public var taskIDs: [ID<PlanTask>]
    public var version: Int64

    public init(
        id: ID<CorrelationGroup> = ID(),
        projectID: ID<Project>,
        name: String = "",
        coefficient: Int = 50,
        taskIDs: [ID<PlanTask>] = [],
        version: Int64 = 1
    ) {
        self.id = id
        self.projectID = projectID
        self.name = name
        self.coefficient = coefficient
        self.taskIDs = taskIDs
        self.version = version
    }

    public static let coefficientRange = 0...100

    /// The group as the engine sees it: only the tasks that are leaves of the plan now (a task may
    /// have been deleted or become a summary since), nil when fewer than two remain.
    public func simulationGroup(leafIndex: [ID<PlanTask>: Int]) -> DurationCorrelation? {
        let tasks = taskIDs.compactMap { leafIndex[$0] }
        guard tasks.count >= 2 else { return nil }
        return DurationCorrelation(name: name, coefficient: Double(coefficient) / 100, tasks: tasks)
    }

    /// The rank correlation every pair of the group shows in the simulation.
    public var rankCorrelation: Double { DurationCorrelation.rankCorrelation(Double(coefficient) / 100) }

    /// "0.60": how the coefficient is written in forms, the API and CSV.
    public var coefficientText: String {
        let whole = coefficient / 100, hundredths = coefficient % 100
        return "\(whole).\(hundredths < 10 ? "0" : "")\(hundredths)"
    }
}
