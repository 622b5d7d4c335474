extension Migrations {
    static let v19 = Migration(
        version: 19,
        name: "risk breakdown structure: the project's categories below the standard ones",
        pinned: "43179ca2ad742d0a2dfea7582fe692767007c04f4e8683398dd940d0cde3d438"
    ) { _ in
        [
            """
            CREATE TABLE risk_categories (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
                root TEXT NOT NULL,
                parent_id TEXT REFERENCES risk_categories (id),
                name TEXT NOT NULL,
                version BIGINT NOT NULL DEFAULT 1
            )
            """,
            "CREATE INDEX risk_categories_project ON risk_categories (project_id)",
            "ALTER TABLE risks ADD COLUMN subcategory_id TEXT REFERENCES risk_categories (id)",
        ]
    }
}
