import KeelCore

/// The risk module's path parameters.
extension PathID where T == RiskAction {
    static var action: Self { Self(name: "actionID", kind: "risk_action") }
}

extension PathID where T == RiskSubcategory {
    static var category: Self { Self(name: "categoryID", kind: "risk_category") }
}

extension PathID where T == Risk {
    static var risk: Self { Self(name: "riskID", kind: "risk") }
}
