/// A whole work plan as it moves between Keel and other tools: the network the scheduler reads,
/// plus what people keep on tasks that scheduling does not use (WBS codes, notes, priority,
/// three-point estimates, baselines). MS Project XML import and export read and write this.
public struct ProjectPlan: Hashable, Sendable {
    public var name: String
    public var network: ScheduleNetwork
    /// Parallel to `network.tasks`.
    public var details: [TaskDetails]

    public init(name: String, network: ScheduleNetwork, details: [TaskDetails]? = nil) {
        self.name = name
        self.network = network
        self.details = details ?? Array(repeating: TaskDetails(), count: network.tasks.count)
    }

    /// Up to eleven baselines, numbered 0 ("Baseline") to 10, as in MS Project.
    public static let baselineNumbers = 0...10
}

/// A task's non-scheduling facts.
public struct TaskDetails: Hashable, Sendable {
    public var wbs: String
    public var notes: String
    /// 0…1000, 500 is normal (MS Project's scale).
    public var priority: Int
    public var estimate: ThreePointEstimate?
    /// By baseline number.
    public var baselines: [Int: BaselineDates]

    public init(wbs: String = "", notes: String = "", priority: Int = 500, estimate: ThreePointEstimate? = nil, baselines: [Int: BaselineDates] = [:])
    {
        self.wbs = wbs
        self.notes = notes
        self.priority = priority
        self.estimate = estimate
        self.baselines = baselines
    }
}

/// Optimistic, most likely and pessimistic durations in working minutes (risk analysis samples them).
public struct ThreePointEstimate: Hashable, Sendable {
    public var optimistic: Int64
    public var mostLikely: Int64
    public var pessimistic: Int64

    public init(optimistic: Int64, mostLikely: Int64, pessimistic: Int64) {
        self.optimistic = optimistic
        self.mostLikely = mostLikely
        self.pessimistic = pessimistic
    }

    public var isOrdered: Bool { 0 <= optimistic && optimistic <= mostLikely && mostLikely <= pessimistic }
}

/// A task as it stood when a baseline was saved.
public struct BaselineDates: Hashable, Sendable {
    public var start: LocalDateTime
    public var finish: LocalDateTime
    /// Working minutes.
    public var duration: Int64

    public init(start: LocalDateTime, finish: LocalDateTime, duration: Int64) {
        self.start = start
        self.finish = finish
        self.duration = duration
    }
}
