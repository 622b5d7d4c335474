import KeelCore

/// The projects module's path parameters.
extension PathID where T == KPIMeasurement {
    static var measurement: Self { Self(name: "measurementID", kind: "kpi_measurement") }
}

extension PathID where T == User {
    static var member: Self { Self(name: "userID", kind: "member") }
}

extension PathID where T == Objective {
    static var objective: Self { Self(name: "objectiveID", kind: "objective") }
}

extension PathID where T == Phase {
    static var phase: Self { Self(name: "phaseID", kind: "phase") }
}
