extension Migrations {
    static let v15 = Migration(version: 15, name: "cost risk analysis: three-point cost estimates of cost accounts") { _ in
        [
            "ALTER TABLE cost_accounts ADD COLUMN estimate_low BIGINT",
            "ALTER TABLE cost_accounts ADD COLUMN estimate_mode BIGINT",
            "ALTER TABLE cost_accounts ADD COLUMN estimate_high BIGINT",
        ]
    }
}
