extension Migrations {
    static let v16 = Migration(
        version: 16,
        name: "monitoring: the issue log, with the risk an issue came from",
        pinned: "bd3f9e192da3db36556110a01b61dac77cba5960a08d51ba9255029c6e80fc17"
    ) { _ in
        [
            """
            CREATE TABLE issues (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                number BIGINT NOT NULL,
                title TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                owner TEXT NOT NULL DEFAULT '',
                priority TEXT NOT NULL,
                status TEXT NOT NULL,
                raised_on TEXT NOT NULL,
                due TEXT,
                resolved_on TEXT,
                resolution TEXT NOT NULL DEFAULT '',
                risk_id TEXT REFERENCES risks (id) ON DELETE SET NULL,
                version BIGINT NOT NULL DEFAULT 1
            )
            """,
            "CREATE UNIQUE INDEX issues_number ON issues (project_id, number)",
            "CREATE INDEX issues_risk ON issues (risk_id)",
        ]
    }
}
