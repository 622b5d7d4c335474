import Testing

@testable import KeelCore

@Suite struct RiskTests {
    @Test func standardScoreIsProbabilityTimesTheWorstImpact() {
        let s = RiskScales.standard
        let a = RiskAssessment(probability: 4, impacts: [.schedule: 3, .reputation: 5, .cost: 1])
        #expect(a.worstImpact == 5 && s.score(a) == 20 && s.band(of: a) == .critical)
        #expect(s.score(RiskAssessment(probability: 5, impacts: [:])) == 0)
        #expect([1, 4, 5, 9, 10, 16, 20, 25].map { s.band($0) } == [.low, .low, .medium, .medium, .high, .high, .critical, .critical])
        #expect(s.reviewCadence(.critical) < s.reviewCadence(.high) && s.reviewCadence(.high) < s.reviewCadence(.low))
        #expect(s.maxScore == 25)
    }

    @Test func otherMethodsAndScales() {
        let a = RiskAssessment(probability: 3, impacts: [.schedule: 2, .cost: 3, .quality: 5])
        var s = RiskScales.standard
        // Average of the rated impacts, (2 + 3 + 5) / 3 = 3.33 → 3, half up: (2 + 3) / 2 = 2.5 → 3.
        s.method = .productAverage
        #expect(s.impact(of: a) == 3 && s.score(a) == 9)
        #expect(s.impact(of: RiskAssessment(probability: 2, impacts: [.schedule: 2, .cost: 3])) == 3)
        s.method = .sumWorst
        #expect(s.score(a) == 8 && s.maxScore == 10 && s.score(RiskAssessment(probability: 4, impacts: [:])) == 0)
        // A 3 × 4 matrix with its own thresholds and cadence.
        let small = RiskScales(
            probability: [3_000, 7_000, 10_000].map { ProbabilityLevel(upTo: $0) },
            impact: [ImpactLevel(scheduleDaysUpTo: 5), ImpactLevel(scheduleDaysUpTo: 15), ImpactLevel(scheduleDaysUpTo: 30), ImpactLevel()],
            mediumFrom: 3,
            highFrom: 6,
            criticalFrom: 9,
            reviewDays: [.low: 60, .medium: 30, .high: 10, .critical: 5]
        )
        #expect(small.maxScore == 12 && small.band(small.score(probability: 3, impact: 3)) == .critical && small.band(2) == .low)
        #expect(small.reviewCadence(.high) == 10)
    }

    @Test func numbersFallInTheirLevels() {
        let s = RiskScales.standard
        // Chance bands up to 10 / 30 / 50 / 70 / 100%: the bound belongs to its level.
        #expect([1, 1_000, 1_001, 3_000, 5_500, 7_000, 10_000].map { s.probabilityLevel(chance: $0) } == [1, 1, 2, 2, 4, 4, 5])
        // Delay up to 2 / 5 / 10 / 20 days, then beyond; cost up to 10,000 / 50,000 / 200,000 / 1,000,000.
        #expect([0.5, 2, 2.5, 10, 20.5, 400].map { s.impactLevel(scheduleDays: $0) } == [1, 1, 2, 3, 5, 5])
        #expect(s.impactLevel(cost: 5_000_000) == 2 && s.impactLevel(cost: 5_000_001) == 3 && s.impactLevel(cost: 0) == nil)
        var noDays = s
        noDays.impact = s.impact.map { ImpactLevel(label: $0.label, costUpTo: $0.costUpTo) }
        #expect(noDays.impactLevel(scheduleDays: 3) == nil)
    }

    @Test func strategiesFitTheirKind() {
        #expect(ResponseStrategy.mitigate.fits(.threat) && !ResponseStrategy.mitigate.fits(.opportunity))
        #expect(ResponseStrategy.exploit.fits(.opportunity) && !ResponseStrategy.exploit.fits(.threat))
        #expect(ResponseStrategy.accept.fits(.threat) && ResponseStrategy.escalate.fits(.opportunity))
    }

    @Test func expectedValueAndSimulationEventCarryTheSign() {
        let p = ID<Project>(), t = ID<PlanTask>()
        var r = Risk(
            id: ID(),
            projectID: p,
            number: 3,
            title: "Late permit",
            raisedOn: Day(iso: "2026-03-02")!,
            chance: 2_500,
            delay: ThreePointEstimate(optimistic: 480, mostLikely: 960, pessimistic: 2_400),
            costImpact: ThreePoint(low: 100, mode: 1_000, high: 5_000),
            taskIDs: [t]
        )
        #expect(r.expectedMonetaryValue == 250)
        let event = r.simulationEvent(taskIndex: [t: 7])
        #expect(
            event
                == RiskEvent(
                    name: "R-3 Late permit",
                    probability: 0.25,
                    tasks: [7],
                    delay: ThreePoint(low: 480, mode: 960, high: 2_400),
                    cost: ThreePoint(low: 100, mode: 1_000, high: 5_000)
                )
        )
        r.kind = .opportunity
        #expect(r.expectedMonetaryValue == -250)
        #expect(r.simulationEvent(taskIndex: [t: 7])?.delay == ThreePoint(low: -2_400, mode: -960, high: -480))
        r.status = .closed
        #expect(r.simulationEvent(taskIndex: [t: 7]) == nil)
        #expect(!r.reviewIsOverdue(today: Day(iso: "2030-01-01")!))
    }
}

@Suite struct ExposureTrendTests {
    @Test func eachWeekCountsTheLatestStateOfEveryOpenRisk() {
        let a = ID<Risk>(), b = ID<Risk>()
        let d = { (iso: String) in Day(iso: iso)! }
        let snapshots = [
            RiskSnapshot(riskID: a, day: d("2027-01-04"), open: true, score: 12, expectedMonetaryValue: 1_000),
            RiskSnapshot(riskID: b, day: d("2027-01-12"), open: true, score: 6, expectedMonetaryValue: -300),
            RiskSnapshot(riskID: a, day: d("2027-01-13"), open: true, score: 4, expectedMonetaryValue: 400),
            // Closed, then reopened the same day: the later one counts.
            RiskSnapshot(riskID: b, day: d("2027-01-20"), open: false, score: 6, expectedMonetaryValue: -300),
            RiskSnapshot(riskID: b, day: d("2027-01-20"), open: true, score: 9, expectedMonetaryValue: -500),
            RiskSnapshot(riskID: a, day: d("2027-01-26"), open: false, score: 4, expectedMonetaryValue: 400),
        ]
        let points = ExposureTrend.weekly(snapshots, today: d("2027-02-01"))
        #expect(points.map(\.day) == ["2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25", "2027-02-01"].map(d))
        #expect(points.map(\.exposure) == [1_000, 1_000, 100, -100, -500])
        #expect(points.map(\.score) == [12, 12, 10, 13, 9])
        #expect(points.map(\.openRisks) == [1, 1, 2, 2, 1])
        #expect(ExposureTrend.weekly([], today: d("2027-02-01")).isEmpty)
        #expect(ExposureTrend.weekly(snapshots, today: d("2027-12-31"), weeks: 4).count == 4)
    }
}
