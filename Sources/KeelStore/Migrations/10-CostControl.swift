extension Migrations {
    static let v10 = Migration(version: 10, name: "finance: cost control settings") { _ in
        [
            """
            CREATE TABLE finance_settings (
                project_id TEXT PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
                commitment_control TEXT NOT NULL,
                tolerance BIGINT NOT NULL
            )
            """
        ]
    }
}
