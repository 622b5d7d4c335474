/// What happens when a new commitment would take a cost account beyond its budget.
public enum CommitmentControl: String, CaseIterable, Sendable, Codable {
    /// Nothing: commitments are not checked.
    case off
    /// Posted, with a warning.
    case warn
    /// Refused (422).
    case stop
}

/// A project's cost control settings.
public struct CostControlSettings: Hashable, Sendable {
    public var control: CommitmentControl
    /// How far above its budget an account may be committed before the control acts, basis points.
    public var toleranceBasisPoints: Int64

    public init(control: CommitmentControl, toleranceBasisPoints: Int64) {
        self.control = control
        self.toleranceBasisPoints = toleranceBasisPoints
    }

    public static let standard = CostControlSettings(control: .warn, toleranceBasisPoints: 0)
}

/// Budget against commitment, actual and forecast, for an account or any sum of accounts.
public struct CostPosition: Hashable, Sendable {
    /// The approved budget, minor units.
    public var budget: Int64
    /// Open commitments (purchase orders not yet invoiced or released).
    public var committed: Int64
    /// Actual cost and accruals.
    public var actual: Int64

    public init(budget: Int64 = 0, committed: Int64 = 0, actual: Int64 = 0) {
        self.budget = budget
        self.committed = committed
        self.actual = actual
    }

    public static func + (a: Self, b: Self) -> Self {
        Self(
            budget: a.budget.addingSaturated(b.budget),
            committed: a.committed.addingSaturated(b.committed),
            actual: a.actual.addingSaturated(b.actual)
        )
    }
    public static func += (a: inout Self, b: Self) { a = a + b }

    /// The cost the account is heading for: what is spent and committed, or the budget if that is more
    /// (the rest of the budget is still expected to be spent).
    public var forecast: Int64 { max(budget, actual + committed) }
    /// Budget − forecast: negative is an overrun.
    public var variance: Int64 { budget - forecast }
    /// Variance as a share of the budget (nil without a budget).
    public var variancePercent: Double? { budget == 0 ? nil : Double(variance) / Double(budget) }
}

public enum CostControl {
    /// By how much a new commitment of `amount` would take `position` beyond its budget plus the
    /// tolerance (nil when it stays within).
    public static func overrun(committing amount: Int64, on position: CostPosition, _ settings: CostControlSettings) -> Int64? {
        let limit = position.budget + Rounding.divide(Int128(position.budget) * Int128(settings.toleranceBasisPoints), 10_000)
        let exposure = position.actual + position.committed + amount
        return exposure > limit ? exposure - limit : nil
    }
}
