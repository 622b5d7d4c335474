import Foundation
import KeelCore
import SQLKit

/// A project's risk scales; a project without a row uses `RiskScales.standard` (version 0).
public enum RiskScalesRepository {
    public static func find(project: ID<Project>, on sql: any SQLDatabase) async throws -> RiskScales {
        guard
            let row = try await sql.raw(
                """
                SELECT probability_levels, impact_levels, score_method, medium_from, high_from, critical_from, review_low, review_medium,
                review_high, review_critical, version FROM risk_scales WHERE project_id = \(bind: project.description)
                """
            ).first()
        else { return .standard }
        let decoder = JSONDecoder()
        let probability = try row.text("probability_levels"), impact = try row.text("impact_levels")
        guard let p = try? decoder.decode([ProbabilityLevel].self, from: Data(probability.utf8)) else {
            throw StoreError.corrupt(column: "probability_levels", value: probability)
        }
        guard let i = try? decoder.decode([ImpactLevel].self, from: Data(impact.utf8)) else {
            throw StoreError.corrupt(column: "impact_levels", value: impact)
        }
        return RiskScales(
            probability: p,
            impact: i,
            method: try row.enumValue("score_method"),
            mediumFrom: try row.int("medium_from"),
            highFrom: try row.int("high_from"),
            criticalFrom: try row.int("critical_from"),
            reviewDays: [
                .low: try row.int("review_low"), .medium: try row.int("review_medium"), .high: try row.int("review_high"),
                .critical: try row.int("review_critical"),
            ],
            version: try row.int64("version")
        )
    }

    /// Inserts the first custom scales (version 0 → 1) or updates them when `expectedVersion` still
    /// holds; `.stale` otherwise.
    public static func save(_ s: RiskScales, project: ID<Project>, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let p = String(decoding: try encoder.encode(s.probability), as: UTF8.self)
        let i = String(decoding: try encoder.encode(s.impact), as: UTF8.self)
        let review = ScoreBand.allCases.map { Int64(s.reviewCadence($0)) }
        if expectedVersion == 0 {
            let exists = try await sql.raw("SELECT version FROM risk_scales WHERE project_id = \(bind: project.description)").first()
            if exists != nil { return .stale }
            try await sql.raw(
                """
                INSERT INTO risk_scales (project_id, probability_levels, impact_levels, score_method, medium_from, high_from, critical_from,
                review_low, review_medium, review_high, review_critical, version)
                VALUES (\(bind: project.description), \(bind: p), \(bind: i), \(bind: s.method.rawValue), \(bind: Int64(s.mediumFrom)),
                \(bind: Int64(s.highFrom)), \(bind: Int64(s.criticalFrom)), \(bind: review[0]), \(bind: review[1]), \(bind: review[2]), \(bind: review[3]), 1)
                """
            ).run()
            return .updated(newVersion: 1)
        }
        let row = try await sql.raw(
            """
            UPDATE risk_scales SET probability_levels = \(bind: p), impact_levels = \(bind: i), score_method = \(bind: s.method.rawValue),
            medium_from = \(bind: Int64(s.mediumFrom)), high_from = \(bind: Int64(s.highFrom)), critical_from = \(bind: Int64(s.criticalFrom)),
            review_low = \(bind: review[0]), review_medium = \(bind: review[1]), review_high = \(bind: review[2]), review_critical = \(bind: review[3]),
            version = version + 1
            WHERE project_id = \(bind: project.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        return try ScopedTable<RiskScales>.outcome(row)
    }
}
