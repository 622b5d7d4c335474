extension Migrations {
    static let v15 = Migration(
        version: 15,
        name: "cost risk analysis: three-point cost estimates of cost accounts",
        pinned: "6a979081e001ee6fa9886306b30718950bdb25d3b7e3376025cf487a1231b27e"
    ) { _ in
        [
            "ALTER TABLE cost_accounts ADD COLUMN estimate_low BIGINT",
            "ALTER TABLE cost_accounts ADD COLUMN estimate_mode BIGINT",
            "ALTER TABLE cost_accounts ADD COLUMN estimate_high BIGINT",
        ]
    }
}
