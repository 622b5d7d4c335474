extension Migrations {
    static let v08 = Migration(
        version: 8,
        name: "earned value: progress history and earned value methods of tasks",
        pinned: "c15d7b6a15d3899356a5cb958a84eba6f8aa15120f22c1091c684420c854a4c3"
    ) { _ in
        [
            // Percent complete as reported, one row per task and day (the last report of a day wins),
            // so earned value can be read at any past status date.
            """
            CREATE TABLE task_progress (
                task_id TEXT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
                project_id TEXT NOT NULL,
                day TEXT NOT NULL,
                percent BIGINT NOT NULL,
                PRIMARY KEY (task_id, day)
            )
            """,
            "CREATE INDEX task_progress_project ON task_progress (project_id)",
            """
            CREATE TABLE task_ev_methods (
                task_id TEXT PRIMARY KEY REFERENCES tasks (id) ON DELETE CASCADE,
                project_id TEXT NOT NULL,
                method TEXT NOT NULL,
                milestones TEXT NOT NULL DEFAULT '[]'
            )
            """,
            "CREATE INDEX task_ev_methods_project ON task_ev_methods (project_id)",
        ]
    }
}
