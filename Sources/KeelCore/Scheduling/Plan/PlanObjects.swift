import Foundation

/// A task of a project's work plan as Keel stores it: the scheduler's inputs plus what people keep
/// on a task. Dates the scheduler computes are not stored; they come from `WorkPlan.scheduled()`.
public struct PlanTask: Hashable, Sendable {
    public let id: ID<PlanTask>
    public let projectID: ID<Project>
    /// Outline order within the project, 0-based and dense.
    public var position: Int
    public var parentID: ID<PlanTask>?
    public var name: String
    public var wbs: String
    public var notes: String
    public var owner: String
    /// 0…1000, 500 normal.
    public var priority: Int
    /// Working minutes.
    public var duration: Int64
    public var isMilestone: Bool
    public var calendarID: ID<PlanCalendar>?
    public var constraint: ConstraintKind
    public var constraintDate: LocalDateTime?
    public var deadline: LocalDateTime?
    public var actualStart: LocalDateTime?
    public var actualFinish: LocalDateTime?
    public var percentComplete: Int
    public var remaining: Int64?
    public var estimate: ThreePointEstimate?
    public var version: Int64

    public init(
        id: ID<PlanTask> = ID(),
        projectID: ID<Project>,
        position: Int,
        parentID: ID<PlanTask>? = nil,
        name: String,
        wbs: String = "",
        notes: String = "",
        owner: String = "",
        priority: Int = 500,
        duration: Int64,
        isMilestone: Bool = false,
        calendarID: ID<PlanCalendar>? = nil,
        constraint: ConstraintKind = .asSoonAsPossible,
        constraintDate: LocalDateTime? = nil,
        deadline: LocalDateTime? = nil,
        actualStart: LocalDateTime? = nil,
        actualFinish: LocalDateTime? = nil,
        percentComplete: Int = 0,
        remaining: Int64? = nil,
        estimate: ThreePointEstimate? = nil,
        version: Int64 = 1
    ) {
        self.id = id
        self.projectID = projectID
        self.position = position
        self.parentID = parentID
        self.name = name
        self.wbs = wbs
        self.notes = notes
        self.owner = owner
        self.priority = priority
        self.duration = duration
        self.isMilestone = isMilestone
        self.calendarID = calendarID
        self.constraint = constraint
        self.constraintDate = constraintDate
        self.deadline = deadline
        self.actualStart = actualStart
        self.actualFinish = actualFinish
        self.percentComplete = percentComplete
        self.remaining = remaining
        self.estimate = estimate
        self.version = version
    }
}

/// A dependency between two tasks of the same project.
public struct PlanLink: Hashable, Sendable {
    public let id: ID<PlanLink>
    public let projectID: ID<Project>
    public var predecessorID: ID<PlanTask>
    public var successorID: ID<PlanTask>
    public var type: LinkType
    public var lag: Lag
    public var version: Int64

    public init(
        id: ID<PlanLink> = ID(),
        projectID: ID<Project>,
        predecessorID: ID<PlanTask>,
        successorID: ID<PlanTask>,
        type: LinkType = .finishToStart,
        lag: Lag = .zero,
        version: Int64 = 1
    ) {
        self.id = id
        self.projectID = projectID
        self.predecessorID = predecessorID
        self.successorID = successorID
        self.type = type
        self.lag = lag
        self.version = version
    }
}

/// A working-time calendar of a project.
public struct PlanCalendar: Hashable, Sendable {
    public let id: ID<PlanCalendar>
    public let projectID: ID<Project>
    public var calendar: WorkCalendar
    public var version: Int64

    public init(id: ID<PlanCalendar> = ID(), projectID: ID<Project>, calendar: WorkCalendar, version: Int64 = 1) {
        self.id = id
        self.projectID = projectID
        self.calendar = calendar
        self.version = version
    }
}

/// A project's scheduling settings, and the revision that every change to its plan advances.
public struct ScheduleSettings: Hashable, Sendable {
    public let projectID: ID<Project>
    public var projectStart: LocalDateTime
    public var statusDate: LocalDateTime?
    /// IANA zone of the project; calendar hours and every date are wall-clock times there.
    public var timeZone: String
    public var minutesPerDay: Int64
    /// Total float at or below this (working minutes) is critical.
    public var criticalThreshold: Int64
    public var projectCalendarID: ID<PlanCalendar>?
    /// The baseline that views compare against (0…10).
    public var comparedBaseline: Int
    /// Advances with every change to tasks, links, calendars or settings.
    public var revision: Int64
    /// The settings' own version, for If-Match.
    public var version: Int64

    public init(
        projectID: ID<Project>,
        projectStart: LocalDateTime,
        statusDate: LocalDateTime? = nil,
        timeZone: String = "Asia/Shanghai",
        minutesPerDay: Int64 = 480,
        criticalThreshold: Int64 = 0,
        projectCalendarID: ID<PlanCalendar>? = nil,
        comparedBaseline: Int = 0,
        revision: Int64 = 1,
        version: Int64 = 1
    ) {
        self.projectID = projectID
        self.projectStart = projectStart
        self.statusDate = statusDate
        self.timeZone = timeZone
        self.minutesPerDay = minutesPerDay
        self.criticalThreshold = criticalThreshold
        self.projectCalendarID = projectCalendarID
        self.comparedBaseline = comparedBaseline
        self.revision = revision
        self.version = version
    }

    public static func isKnownTimeZone(_ identifier: String) -> Bool {
        TimeZone(identifier: identifier) != nil && identifier.contains("/") || identifier == "UTC"
    }
}

/// A saved snapshot of the plan's dates (MS Project's Baseline, Baseline1 … Baseline10).
public struct PlanBaseline: Hashable, Sendable {
    public let projectID: ID<Project>
    public let number: Int
    public var name: String
    public var savedAt: String
    public var savedBy: String
    public var tasks: [ID<PlanTask>: BaselineDates]

    public init(projectID: ID<Project>, number: Int, name: String, savedAt: String, savedBy: String, tasks: [ID<PlanTask>: BaselineDates]) {
        self.projectID = projectID
        self.number = number
        self.name = name
        self.savedAt = savedAt
        self.savedBy = savedBy
        self.tasks = tasks
    }
}

/// What dashboards show of a plan without loading it, kept current with every change.
public struct ScheduleDigest: Hashable, Sendable {
    public let projectStart: LocalDateTime
    public let statusDate: LocalDateTime?
    /// Nil while the plan has no tasks.
    public let projectFinish: LocalDateTime?
    public let criticalTasks: Int
    public let missedDeadlines: Int

    public init(projectStart: LocalDateTime, statusDate: LocalDateTime?, projectFinish: LocalDateTime?, criticalTasks: Int, missedDeadlines: Int) {
        self.projectStart = projectStart
        self.statusDate = statusDate
        self.projectFinish = projectFinish
        self.criticalTasks = criticalTasks
        self.missedDeadlines = missedDeadlines
    }
}
