import KeelCore

/// The schedule module's path parameters.
extension PathID where T == PlanCalendar {
    static var calendar: Self { Self(name: "calendarID", kind: "calendar") }
}

extension PathID where T == CorrelationGroup {
    static var group: Self { Self(name: "groupID", kind: "correlation_group") }
}

extension PathID where T == PlanLink {
    static var link: Self { Self(name: "linkID", kind: "link") }
}

extension PathID where T == PlanTask {
    static var task: Self { Self(name: "taskID", kind: "task") }
}
