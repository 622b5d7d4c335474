extension Migrations {
    static let v20 = Migration(
        version: 20,
        name: "KPI tracking: measured values of objectives' KPIs by day",
        pinned: "716a85567ea40c91a904abcf675e33a4aebac7cbc6a0d0413e3755d2765e8301"
    ) { _ in
        [
            """
            CREATE TABLE kpi_measurements (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                objective_id TEXT NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,
                measured_on TEXT NOT NULL,
                value DOUBLE PRECISION NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                UNIQUE (objective_id, measured_on)
            )
            """,
            "CREATE INDEX kpi_measurements_project ON kpi_measurements (project_id, measured_on)",
        ]
    }
}
