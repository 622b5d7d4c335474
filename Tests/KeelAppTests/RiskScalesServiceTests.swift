import Foundation
import KeelApp
import KeelCore
import KeelStore
import Testing

import TestSupport

/// A project's own risk scales on both databases: checked whole, never shrunk below a level in use,
/// and once saved every risk is scored, banded, mapped and reviewed on them.
@Suite struct RiskScalesServiceTests {
    let caller = Caller.system("test")

    static func level(_ label: String, _ upTo: String) -> Input.Value { .object(["label": .string(label), "up_to": .string(upTo)]) }
    static func impact(_ days: Int?, _ cost: String?) -> Input.Value {
        .object(["label": .string(""), "schedule_days": days.map { .number(String($0)) } ?? .null, "cost": cost.map { .string($0) } ?? .null])
    }

    @Test(arguments: TestBackend.available)
    func ownScalesScoreEveryRisk(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let risks = services.risks
            let p = try await services.projects.create(caller, sampleCharter()).id
            #expect(try await risks.scales(caller, project: p) == .standard)
            let a = try await risks.create(
                caller,
                project: p,
                .fields(["title": "A", "inherent_probability": 4, "inherent_schedule": 2, "inherent_cost": 4])
            )
            let b = try await risks.create(caller, project: p, .fields(["title": "B", "inherent_probability": 2, "inherent_quality": 5]))
            #expect(try await risks.summary(caller, project: p).top.map(\.title) == ["A", "B"])

            // Bad scales: every problem at once, nothing stored.
            let before = try await TestDatabase.rowCounts(db)
            #expect(
                await fieldErrors {
                    _ = try await risks.updateScales(
                        caller,
                        project: p,
                        .fields([
                            "probability_levels": Input.Value.array([Self.level("Low", "40"), Self.level("High", "30")]),
                            "impact_levels": Input.Value.array([Self.impact(nil, "1000"), Self.impact(5, nil), Self.impact(3, "500")]),
                            "score_method": "loudest",
                        ]),
                        expectedVersion: 0
                    )
                }
                    == [
                        "probability_levels[1].up_to": [.notIncreasing, .outOfRange], "impact_levels[0].schedule_days": [.required],
                        "impact_levels[1].cost": [.required], "impact_levels[2].schedule_days": [.notIncreasing],
                        "impact_levels[2].cost": [.notIncreasing], "score_method": [.invalidChoice], "probability_levels": [.tooFew],
                        "impact_levels": [.tooFew],
                    ]
            )
            // Shrinking below a level in use (probability 4, impact 5) is refused.
            #expect(
                await fieldErrors {
                    _ = try await risks.updateScales(
                        caller,
                        project: p,
                        .fields([
                            "probability_levels": Input.Value.array([Self.level("", "50"), Self.level("", "100")]),
                            "impact_levels": Input.Value.array([Self.impact(5, nil), Self.impact(nil, nil)]), "medium_from": 2, "high_from": 3,
                            "critical_from": 4,
                        ]),
                        expectedVersion: 0
                    )
                } == ["probability_levels": [.tooFew], "impact_levels": [.tooFew]]
            )
            #expect(
                await fieldErrors {
                    _ = try await risks.updateScales(
                        caller,
                        project: p,
                        .fields(["medium_from": 10, "high_from": 10, "critical_from": 30]),
                        expectedVersion: 0
                    )
                } == ["critical_from": [.outOfRange], "high_from": [.notIncreasing]]
            )
            #expect(try await TestDatabase.rowCounts(db) == before)

            // The average of the rated impacts, on a 5 × 6 impact scale with its own bands and cadence.
            let sixImpacts = Input.Value.array((1...6).map { Self.impact($0 == 6 ? nil : $0 * 3, nil) })
            let scales = try await risks.updateScales(
                caller,
                project: p,
                .fields([
                    "impact_levels": sixImpacts, "score_method": "probability_times_average_impact", "medium_from": 4, "high_from": 9,
                    "critical_from": 16, "review_high": 3,
                ]),
                expectedVersion: 0
            )
            #expect(scales.version == 1 && scales.impactLevels == 6 && scales.maxScore == 30 && scales.reviewCadence(.high) == 3)
            // A: 4 × average(2, 4) = 12; B: 2 × 5 = 10 — both high from 9.
            let summary = try await risks.summary(caller, project: p)
            #expect(summary.top.map { scales.score($0.current) } == [12, 10])
            #expect(summary.heatMap(residual: false).count == 5 && summary.heatMap(residual: false)[0].count == 6)
            #expect(summary.heatMap(residual: false)[1][2] == 1)
            // New risks use the new levels and cadence; impact 6 is now allowed.
            let c = try await risks.create(caller, project: p, .fields(["title": "C", "inherent_probability": 3, "inherent_safety": 6]))
            #expect(
                scales.band(of: c.inherent) == .critical
                    && c.nextReview == Day(utcSecondsSince1970: Date().timeIntervalSince1970).adding(days: scales.reviewCadence(.critical))
            )
            // Occurred risks become issues as urgent as their band on these scales.
            let issue = try await services.issues.raise(caller, project: p, fromRisk: b.id)
            #expect(issue.priority == .high)
            // Stale copies are refused; the stored scores follow the scales.
            await #expect(throws: KeelError.self) {
                _ = try await risks.updateScales(caller, project: p, .fields(["review_low": 60]), expectedVersion: 0)
            }
            _ = a
        }
    }
}
