import Testing

@testable import KeelCore

@Suite struct RiskTests {
    @Test func scoreIsProbabilityTimesTheWorstImpact() {
        let a = RiskAssessment(probability: 4, impacts: [.schedule: 3, .reputation: 5, .cost: 1])
        #expect(a.worstImpact == 5 && a.score == 20 && a.band == .critical)
        #expect(RiskAssessment(probability: 5, impacts: [:]).score == 0)
        #expect([1, 4, 5, 9, 10, 16, 20, 25].map { ScoreBand(score: $0) } == [.low, .low, .medium, .medium, .high, .high, .critical, .critical])
        #expect(ScoreBand.critical.reviewCadence < ScoreBand.high.reviewCadence && ScoreBand.high.reviewCadence < ScoreBand.low.reviewCadence)
    }

    @Test func strategiesFitTheirKind() {
        #expect(ResponseStrategy.mitigate.fits(.threat) && !ResponseStrategy.mitigate.fits(.opportunity))
        #expect(ResponseStrategy.exploit.fits(.opportunity) && !ResponseStrategy.exploit.fits(.threat))
        #expect(ResponseStrategy.accept.fits(.threat) && ResponseStrategy.escalate.fits(.opportunity))
    }

    @Test func expectedValueAndSimulationEventCarryTheSign() {
        let p = ID<Project>(), t = ID<PlanTask>()
        var r = Risk(
            id: ID(), projectID: p, number: 3, title: "Late permit", raisedOn: Day(iso: "2026-03-02")!, chance: 2_500,
            delay: ThreePointEstimate(optimistic: 480, mostLikely: 960, pessimistic: 2_400), costImpact: ThreePoint(low: 100, mode: 1_000, high: 5_000),
            taskIDs: [t])
        #expect(r.expectedMonetaryValue == 250)
        let event = r.simulationEvent(taskIndex: [t: 7])
        #expect(event == RiskEvent(name: "R-3 Late permit", probability: 0.25, tasks: [7], delay: ThreePoint(low: 480, mode: 960, high: 2_400), cost: ThreePoint(low: 100, mode: 1_000, high: 5_000)))
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
