extension Migrations {
    static let v18 = Migration(
        version: 18,
        name: "risk scales: probability and impact levels, score method, bands and review cadence per project",
        pinned: "975acf5e7ce1cfb17a53f05b9a81b37e188e5ffcae8f46a915d7c08868b29e54"
    ) {
        _ in
        [
            // No row: the standard 5 × 5 scales. The levels are small lists kept as JSON.
            """
            CREATE TABLE risk_scales (
                project_id TEXT PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
                probability_levels TEXT NOT NULL,
                impact_levels TEXT NOT NULL,
                score_method TEXT NOT NULL,
                medium_from BIGINT NOT NULL,
                high_from BIGINT NOT NULL,
                critical_from BIGINT NOT NULL,
                review_low BIGINT NOT NULL,
                review_medium BIGINT NOT NULL,
                review_high BIGINT NOT NULL,
                review_critical BIGINT NOT NULL,
                version BIGINT NOT NULL DEFAULT 1
            )
            """
        ]
    }
}
