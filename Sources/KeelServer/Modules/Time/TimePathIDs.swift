import KeelCore

/// The time module's path parameters.
extension PathID where T == Timesheet {
    static var timesheet: Self { Self(name: "timesheetID", kind: "timesheet") }
}
