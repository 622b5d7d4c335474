/// How a link ties two tasks: which end of the predecessor drives which end of the successor.
public enum LinkType: String, Sendable, Codable, CaseIterable {
    case finishToStart = "FS"
    case startToStart = "SS"
    case finishToFinish = "FF"
    case startToFinish = "SF"
}

/// The gap a link adds (positive) or overlaps (negative, a lead).
public enum Lag: Hashable, Sendable {
    /// Working minutes on the successor's calendar.
    case working(minutes: Int64)
    /// Wall-clock minutes, weekends and holidays included ("elapsed" time).
    case elapsed(minutes: Int64)
    /// A share of the predecessor's duration, in hundredths of a percent (5000 = 50%).
    case percent(hundredths: Int64)

    public static let zero = Lag.working(minutes: 0)

    public var isZero: Bool {
        switch self {
        case .working(let m), .elapsed(let m): return m == 0
        case .percent(let p): return p == 0
        }
    }
}

/// Date constraints, as in Microsoft Project.
public enum ConstraintKind: String, Sendable, Codable, CaseIterable {
    case asSoonAsPossible = "asap"
    case asLateAsPossible = "alap"
    case mustStartOn = "mso"
    case mustFinishOn = "mfo"
    case startNoEarlierThan = "snet"
    case startNoLaterThan = "snlt"
    case finishNoEarlierThan = "fnet"
    case finishNoLaterThan = "fnlt"

    public var needsDate: Bool { self != .asSoonAsPossible && self != .asLateAsPossible }
}

/// One task as the scheduler sees it. A task with children (tasks naming it as `parent`) is a
/// summary: its own duration and constraint are ignored and its dates roll up from the children.
public struct ScheduleTask: Hashable, Sendable {
    public var name: String
    /// Index of the summary task this one sits under; must come earlier in the list (outline order).
    public var parent: Int?
    /// Working minutes on the task's calendar.
    public var duration: Int64
    /// Shown as a milestone. A zero-duration task is always one.
    public var isMilestone: Bool
    /// Index into the network's calendars; nil means the project calendar.
    public var calendar: Int?
    public var constraint: ConstraintKind
    public var constraintDate: LocalDateTime?
    /// A target finish: flagged when missed and it pulls late dates in, but never moves the task.
    public var deadline: LocalDateTime?
    public var actualStart: LocalDateTime?
    public var actualFinish: LocalDateTime?
    /// 0…100.
    public var percentComplete: Int
    /// Working minutes still to do on a started task; nil means `duration × (100 − % complete)`.
    public var remaining: Int64?

    public init(
        name: String,
        parent: Int? = nil,
        duration: Int64,
        isMilestone: Bool = false,
        calendar: Int? = nil,
        constraint: ConstraintKind = .asSoonAsPossible,
        constraintDate: LocalDateTime? = nil,
        deadline: LocalDateTime? = nil,
        actualStart: LocalDateTime? = nil,
        actualFinish: LocalDateTime? = nil,
        percentComplete: Int = 0,
        remaining: Int64? = nil
    ) {
        self.name = name
        self.parent = parent
        self.duration = duration
        self.isMilestone = isMilestone
        self.calendar = calendar
        self.constraint = constraint
        self.constraintDate = constraintDate
        self.deadline = deadline
        self.actualStart = actualStart
        self.actualFinish = actualFinish
        self.percentComplete = percentComplete
        self.remaining = remaining
    }

    /// Working minutes left: none once finished, all before it starts.
    public var remainingWork: Int64 {
        if actualFinish != nil { return 0 }
        if actualStart == nil { return duration }
        if let remaining { return remaining }
        return (duration * Int64(100 - percentComplete) + 50) / 100
    }
}

/// A dependency between two tasks (by index).
public struct ScheduleLink: Hashable, Sendable {
    public var predecessor: Int
    public var successor: Int
    public var type: LinkType
    public var lag: Lag

    public init(_ predecessor: Int, _ successor: Int, _ type: LinkType = .finishToStart, lag: Lag = .zero) {
        self.predecessor = predecessor
        self.successor = successor
        self.type = type
        self.lag = lag
    }
}

/// Everything the CPM engine needs: plain values, dense indices.
public struct ScheduleNetwork: Hashable, Sendable {
    public var projectStart: LocalDateTime
    /// The date up to which progress is reported; remaining work is not scheduled before it.
    public var statusDate: LocalDateTime?
    public var calendars: [WorkCalendar]
    /// The project calendar: tasks without a calendar of their own use it.
    public var projectCalendar: Int
    public var tasks: [ScheduleTask]
    public var links: [ScheduleLink]
    /// A task is critical when its total float is at or below this many working minutes.
    public var criticalThreshold: Int64
    /// How many working minutes make "one day" when durations are shown in days (MS Project: 480).
    public var minutesPerDay: Int64

    public init(
        projectStart: LocalDateTime,
        statusDate: LocalDateTime? = nil,
        calendars: [WorkCalendar] = [.standard],
        projectCalendar: Int = 0,
        tasks: [ScheduleTask] = [],
        links: [ScheduleLink] = [],
        criticalThreshold: Int64 = 0,
        minutesPerDay: Int64 = 480
    ) {
        self.projectStart = projectStart
        self.statusDate = statusDate
        self.calendars = calendars
        self.projectCalendar = projectCalendar
        self.tasks = tasks
        self.links = links
        self.criticalThreshold = criticalThreshold
        self.minutesPerDay = minutesPerDay
    }

    /// Limits that keep a schedule inside what people plan: ±10 years for lags, 100 years per task.
    public static let maxLagMinutes: Int64 = 10 * 366 * 1_440
    public static let maxDurationMinutes: Int64 = 100 * 366 * 1_440
    public static let maxPercentLag: Int64 = 100_000  // ±1000%, in hundredths
    /// Links between leaves once links on summaries are expanded (a 100,000-task plan has ~150,000).
    public static let maxExpandedLinks = 5_000_000
    /// Outline levels below the project (MS Project's own files rarely pass ten).
    public static let maxOutlineDepth = 100
}
