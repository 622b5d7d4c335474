extension Migrations {
    static let v17 = Migration(
        version: 17,
        name: "risk analysis: groups of tasks with correlated durations",
        pinned: "f9a4dbd25d9f22d069c9065fa43f401491661eadd1b45ab30269847eede69099"
    ) { _ in
        [
            """
            CREATE TABLE correlation_groups (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                coefficient BIGINT NOT NULL CHECK (coefficient BETWEEN 0 AND 100),
                version BIGINT NOT NULL DEFAULT 1
            )
            """,
            "CREATE INDEX correlation_groups_project ON correlation_groups (project_id)",
            // A task is in at most one group: the unique task id says so even when two people
            // add it to two groups at once.
            """
            CREATE TABLE correlation_group_tasks (
                group_id TEXT NOT NULL REFERENCES correlation_groups (id) ON DELETE CASCADE,
                task_id TEXT NOT NULL UNIQUE REFERENCES tasks (id) ON DELETE CASCADE,
                position BIGINT NOT NULL,
                PRIMARY KEY (group_id, task_id)
            )
            """,
        ]
    }
}
