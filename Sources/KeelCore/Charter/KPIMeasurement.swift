/// A KPI's value as measured on a day: the monitoring side of an objective. One per objective and
/// day; the latest one is the KPI's current value and gives its traffic light.
public struct KPIMeasurement: Hashable, Sendable {
    public let id: ID<KPIMeasurement>
    public let projectID: ID<Project>
    public let objectiveID: ID<Objective>
    public var measuredOn: Day
    public var value: Double
    public var note: String

    public init(id: ID<KPIMeasurement> = ID(), projectID: ID<Project>, objectiveID: ID<Objective>, measuredOn: Day, value: Double, note: String = "")
    {
        self.id = id
        self.projectID = projectID
        self.objectiveID = objectiveID
        self.measuredOn = measuredOn
        self.value = value
        self.note = note
    }
}

extension KPI {
    /// The latest of `measurements` (any order) with its traffic light, nil without any.
    public func current(_ measurements: [KPIMeasurement]) -> (measurement: KPIMeasurement, status: RAG)? {
        guard let latest = measurements.max(by: { $0.measuredOn < $1.measuredOn }) else { return nil }
        return (latest, status(of: latest.value))
    }
}
