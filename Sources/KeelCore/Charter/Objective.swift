public enum KPIDirection: String, Sendable, Codable, CaseIterable {
    case higherIsBetter = "higher_is_better"
    case lowerIsBetter = "lower_is_better"
}

/// Red / amber / green: the traffic-light status of a measured value.
public enum RAG: String, Sendable, Codable, CaseIterable {
    case red, amber, green
}

/// The measurable side of an objective.
///
/// Thresholds mark where a value turns amber and red. For higher-is-better KPIs they lie at or below
/// the target (red ≤ amber ≤ target); for lower-is-better ones at or above it (red ≥ amber ≥ target).
public struct KPI: Hashable, Sendable {
    public var unit: String
    public var baseline: Double?
    public var target: Double
    public var direction: KPIDirection
    public var redThreshold: Double
    public var amberThreshold: Double

    public init(unit: String, baseline: Double?, target: Double, direction: KPIDirection, redThreshold: Double, amberThreshold: Double) {
        self.unit = unit
        self.baseline = baseline
        self.target = target
        self.direction = direction
        self.redThreshold = redThreshold
        self.amberThreshold = amberThreshold
    }

    public func check(into errors: inout FieldErrors) {
        switch direction {
        case .higherIsBetter:
            if amberThreshold > target { errors.add("amber_threshold", .thresholdWrongSide, ["side": "at_or_below_target"]) }
            if redThreshold > amberThreshold || redThreshold > target {
                errors.add("red_threshold", .thresholdWrongSide, ["side": "at_or_below_amber"])
            }
        case .lowerIsBetter:
            if amberThreshold < target { errors.add("amber_threshold", .thresholdWrongSide, ["side": "at_or_above_target"]) }
            if redThreshold < amberThreshold || redThreshold < target {
                errors.add("red_threshold", .thresholdWrongSide, ["side": "at_or_above_amber"])
            }
        }
    }

    /// Red past the red threshold, amber past the amber one, else green.
    public func status(of value: Double) -> RAG {
        switch direction {
        case .higherIsBetter:
            if value < redThreshold { return .red }
            if value < amberThreshold { return .amber }
            return .green
        case .lowerIsBetter:
            if value > redThreshold { return .red }
            if value > amberThreshold { return .amber }
            return .green
        }
    }

    /// Share of the way from baseline to target reached by `value`, clamped to 0…1; nil without a baseline.
    public func progress(of value: Double) -> Double? {
        guard let b = baseline, b != target else { return nil }
        return min(1, max(0, (value - b) / (target - b)))
    }
}

public struct Objective: Hashable, Sendable {
    public let id: ID<Objective>
    public let projectID: ID<Project>
    public var name: String
    public var kpi: KPI
    public var dueDate: Day?
    public var position: Int
    public var version: Int64

    public init(id: ID<Objective>, projectID: ID<Project>, name: String, kpi: KPI, dueDate: Day?, position: Int, version: Int64) {
        self.id = id
        self.projectID = projectID
        self.name = name
        self.kpi = kpi
        self.dueDate = dueDate
        self.position = position
        self.version = version
    }
}
