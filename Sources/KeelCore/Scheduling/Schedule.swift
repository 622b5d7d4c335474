/// The computed schedule of one task.
public struct TaskSchedule: Hashable, Sendable {
    /// Where the task sits: actual dates once known, late dates for "as late as possible", else early.
    public var start: LocalDateTime
    public var finish: LocalDateTime
    public var earlyStart: LocalDateTime
    public var earlyFinish: LocalDateTime
    public var lateStart: LocalDateTime
    public var lateFinish: LocalDateTime
    /// Working minutes (for a summary, the working time between its rolled-up start and finish).
    public var duration: Int64
    /// Working minutes the task can slip without moving the project finish; negative when a
    /// constraint or deadline cannot be met.
    public var totalFloat: Int64
    /// Working minutes the task can slip without moving any successor's early date.
    public var freeFloat: Int64
    public var isCritical: Bool
    /// On the chain of driving links that ends at the project finish.
    public var isOnLongestPath: Bool
    public var isSummary: Bool
    public var missesDeadline: Bool
}

/// The result of one CPM run.
public struct Schedule: Sendable {
    public var tasks: [TaskSchedule]
    public var projectStart: LocalDateTime
    public var projectFinish: LocalDateTime
    /// Minutes that make one day for display (copied from the network).
    public var minutesPerDay: Int64

    /// Critical tasks that are not summaries, in order of early start.
    public var criticalTasks: [Int] {
        tasks.indices.filter { tasks[$0].isCritical && !tasks[$0].isSummary }
            .sorted { (tasks[$0].earlyStart, $0) < (tasks[$1].earlyStart, $1) }
    }
}
