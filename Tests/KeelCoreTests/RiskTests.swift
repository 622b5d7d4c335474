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
