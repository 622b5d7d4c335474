extension Migrations {
    static let v10 = Migration(
        version: 10,
        name: "finance: cost control settings",
        pinned: "a3fd38fd7ae9c6d786b4e7aa68211ed0f3cf18043643efbfefc080e609bb5808"
    ) { _ in
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
