import KeelCore
import Testing

/// The traffic lights' rules: each threshold on both sides, and "not assessed" never counting as green.
@Suite struct ProjectHealthTests {
    @Test func scheduleLightsFollowSlipDeadlinesAndSPIt() {
        // A 200-day plan turns red beyond 20 days of slip (10 %); a 20-day one beyond the 5-day minimum.
        #expect(HealthRules.standard.slipRedLimit(spanDays: 200) == 20)
        #expect(HealthRules.standard.slipRedLimit(spanDays: 20) == 5)
        #expect(HealthRules.standard.slipRedLimit(spanDays: nil) == 5)
        #expect(ScheduleHealth.assess(slipDays: 0, spanDays: 200, missedDeadlines: 0, spiT: nil).rag == .green)
        #expect(ScheduleHealth.assess(slipDays: -3, spanDays: 200, missedDeadlines: 0, spiT: 1.02).rag == .green)
        #expect(ScheduleHealth.assess(slipDays: 1, spanDays: 200, missedDeadlines: 0, spiT: nil).rag == .amber)
        #expect(ScheduleHealth.assess(slipDays: 20, spanDays: 200, missedDeadlines: 0, spiT: nil).rag == .amber)
        #expect(ScheduleHealth.assess(slipDays: 21, spanDays: 200, missedDeadlines: 0, spiT: nil).rag == .red)
        #expect(ScheduleHealth.assess(slipDays: nil, spanDays: nil, missedDeadlines: 1, spiT: nil).rag == .red)
        #expect(ScheduleHealth.assess(slipDays: nil, spanDays: nil, missedDeadlines: 0, spiT: 0.95).rag == .green)
        #expect(ScheduleHealth.assess(slipDays: nil, spanDays: nil, missedDeadlines: 0, spiT: 0.9499).rag == .amber)
        #expect(ScheduleHealth.assess(slipDays: nil, spanDays: nil, missedDeadlines: 0, spiT: 0.90).rag == .amber)
        #expect(ScheduleHealth.assess(slipDays: nil, spanDays: nil, missedDeadlines: 0, spiT: 0.8999).rag == .red)
        // The worst signal wins: on time by the dates but SPI(t) red.
        #expect(ScheduleHealth.assess(slipDays: -5, spanDays: 100, missedDeadlines: 0, spiT: 0.85).rag == .red)
    }

    @Test func costRiskAndCashLights() {
        #expect(CostHealth.assess(cpi: nil).rag == .green)
        #expect(CostHealth.assess(cpi: 1.2).rag == .green)
        #expect(CostHealth.assess(cpi: 0.94).rag == .amber)
        #expect(CostHealth.assess(cpi: 0.89).rag == .red)
        #expect(RiskHealth.assess(critical: 0, high: 0, overdue: 0).rag == .green)
        #expect(RiskHealth.assess(critical: 0, high: 2, overdue: 0).rag == .amber)
        #expect(RiskHealth.assess(critical: 0, high: 0, overdue: 1).rag == .amber)
        #expect(RiskHealth.assess(critical: 1, high: 0, overdue: 0).rag == .red)
        let day = Day(iso: "2027-03-01")!
        #expect(CashHealth.assess(belowOn: nil, lowest: 5_000).rag == .green)
        #expect(CashHealth.assess(belowOn: day, lowest: 2_000).rag == .amber)
        #expect(CashHealth.assess(belowOn: day, lowest: -1).rag == .red)
    }

    @Test func overallIsTheWorstAssessedDimension() {
        let day = Day(iso: "2027-03-01")!
        #expect(ProjectHealth(asOf: day).overall == nil)
        var h = ProjectHealth(cost: CostHealth.assess(cpi: 1.1), asOf: day)
        #expect(h.overall == .green)
        h.risk = RiskHealth.assess(critical: 0, high: 1, overdue: 0)
        #expect(h.overall == .amber)
        h.cash = CashHealth.assess(belowOn: day, lowest: -10)
        #expect(h.overall == .red)
        #expect(RAG.allCases.allSatisfy { RAG(severity: $0.severity) == $0 } && RAG(severity: 0) == nil)
    }
}
