import Testing

@testable import KeelCore

@Suite struct EarnedValueTests {
    func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// The textbook case of the issue: BAC 4,000, PV 3,000, EV 2,500, AC 2,800.
    @Test func textbookCase() throws {
        let m = EarnedValueMetrics(bac: 4_000_00, pv: 3_000_00, ev: 2_500_00, ac: 2_800_00)
        #expect(m.cv == -300_00)
        #expect(m.sv == -500_00)
        #expect(abs(try #require(m.cpi) - 0.893) < 0.0005)
        #expect(abs(try #require(m.spi) - 0.833) < 0.0005)
        #expect(m.eac == 4_480_00)
        #expect(m.etc == 1_680_00)
        #expect(m.vac == -480_00)
        #expect(m.eacAtBudgetRate == 4_300_00)
        // AC + (BAC − EV) / (CPI × SPI) = 2,800 + 1,500 × 2,800 × 3,000 / 2,500² = 4,816
        #expect(m.eacCostAndSchedule == 4_816_00)
        #expect(m.tcpiToBAC == 1.25)
        #expect(abs(try #require(m.tcpiToEAC) - 1500.0 / 1680.0) < 1e-12)
    }

    /// A project at the largest budget input accepts: (BAC − EV) × AC × PV exceeds 128 bits, and the
    /// EAC is still exact (2,000 × 9,500 / 8,000 = 2,375; × 9,000 / 8,000 = 2,671.875 — in billions).
    @Test func theLargestBudgetsDoNotOverflow() {
        let b: Int64 = 1_000_000_000
        let m = EarnedValueMetrics(bac: 10_000 * b, pv: 9_000 * b, ev: 8_000 * b, ac: 9_500 * b)
        #expect(m.eacCostAndSchedule == 12_171_875_000_000)
        #expect(m.eac == 11_875 * b && m.eacAtBudgetRate == 11_500 * b)
        let extreme = EarnedValueMetrics(bac: .max, pv: .max, ev: 1, ac: .max)
        #expect(extreme.eacCostAndSchedule == .max && extreme.eacAtBudgetRate == .max && extreme.cv == 1 - .max)
    }

    @Test func indicesWithoutDenominatorAreAbsent() {
        let m = EarnedValueMetrics(bac: 100, pv: 0, ev: 0, ac: 0)
        #expect(m.spi == nil && m.cpi == nil && m.eac == nil && m.etc == nil && m.eacCostAndSchedule == nil)
        #expect(EarnedValueMetrics(bac: 100, pv: 100, ev: 50, ac: 100).tcpiToBAC == nil)
    }

    @Test func roundingIsHalfAwayFromZero() {
        #expect(Rounding.divide(5, 2) == 3)
        #expect(Rounding.divide(-5, 2) == -3)
        #expect(Rounding.divide(4, 3) == 1)
        #expect(Rounding.divide(5, -3) == -2)
        #expect(Rounding.divide(2000, 3) == 667)
    }

    /// The hand-computed case in docs/finance.md: A works Mon 1 – Wed 3 March 2027 (6,000), B Thu 4 –
    /// Tue 9 March (4,000), both phased evenly over their working time on the standard week; at the end
    /// of Friday 5 March A is done and B 30 % done.
    @Test func earnedScheduleHandCase() throws {
        let week = WorkingTime(.standard)
        func phased(_ amount: Int64, _ start: String, _ finish: String) -> [BudgetSegment] {
            let s = LocalDateTime(iso: start)!, f = LocalDateTime(iso: finish)!
            return BudgetPhasing.spread(total: amount, from: s.day, minutes: week.dailyMinutes(from: s, to: f), method: .even)
        }
        let rollup = try EarnedValueRollup(nodes: [
            EarnedValueNode(parent: nil),
            EarnedValueNode(
                parent: 0,
                leaf: EarnedValueLeaf(
                    budget: phased(6_000_00, "2027-03-01T08:00", "2027-03-03T17:00"),
                    progress: [ProgressRecord(day: day("2027-03-03"), percent: 10_000)],
                    costs: [CostPoint(day: day("2027-03-02"), amount: 3_100_00), CostPoint(day: day("2027-03-03"), amount: 3_300_00)]
                )
            ),
            EarnedValueNode(
                parent: 0,
                leaf: EarnedValueLeaf(
                    budget: phased(4_000_00, "2027-03-04T08:00", "2027-03-09T17:00"),
                    progress: [ProgressRecord(day: day("2027-03-05"), percent: 3_000)],
                    costs: [CostPoint(day: day("2027-03-05"), amount: 1_200_00), CostPoint(day: day("2027-03-06"), amount: 999_00)]
                )
            ),
        ])
        let status = day("2027-03-05")
        let project = rollup.metrics(at: status)[0]
        #expect(project == EarnedValueMetrics(bac: 10_000_00, pv: 8_000_00, ev: 7_200_00, ac: 7_600_00))
        #expect(rollup.metrics(of: 0, at: status) == project)
        #expect(abs(try #require(project.spi) - 0.9) < 1e-12)
        // Nothing is planned over the weekend: PV stays 8,000 through Sunday, 9,000 on Monday.
        #expect(rollup.metrics(at: day("2027-03-07"))[0].pv == 8_000_00)
        #expect(rollup.metrics(at: day("2027-03-08"))[0].pv == 9_000_00)
        let es = try #require(rollup.earnedSchedule(of: 0, at: status, time: week, minutesPerDay: 480))
        #expect(abs(es.earnedSchedule - 4.2) < 1e-12)
        #expect(es.actualTime == 5)
        #expect(es.plannedDuration == 7)
        #expect(abs(es.scheduleVariance + 0.8) < 1e-12)
        #expect(abs(try #require(es.spi) - 0.84) < 1e-12)
        #expect(abs(try #require(es.forecastDuration) - 7 / 0.84) < 1e-9)
        // A weekend status date adds no working time: AT is still 5 on Sunday.
        #expect(try #require(rollup.earnedSchedule(of: 0, at: day("2027-03-07"), time: week, minutesPerDay: 480)).actualTime == 5)
        // Before the plan starts there is no earned schedule; when all is earned ES is the planned duration.
        #expect(rollup.earnedSchedule(of: 0, at: day("2027-02-28"), time: week, minutesPerDay: 480) == nil)
        #expect(try #require(rollup.earnedSchedule(of: 1, at: status, time: week, minutesPerDay: 480)).earnedSchedule == 3)
        // With 10-hour days as the unit, the same working time is fewer days.
        #expect(try #require(rollup.earnedSchedule(of: 0, at: status, time: week, minutesPerDay: 600)).actualTime == 4)
    }

    @Test func plannedValueAccruesDayByDay() {
        let s = BudgetSegment(from: day("2027-01-01"), through: day("2027-01-03"), amount: 1000)
        #expect(s.plannedValue(at: day("2026-12-31")) == 0)
        #expect(s.plannedValue(at: day("2027-01-01")) == 333)
        #expect(s.plannedValue(at: day("2027-01-02")) == 667)
        #expect(s.plannedValue(at: day("2027-01-03")) == 1000)
        #expect(s.plannedValue(at: day("2027-05-01")) == 1000)
    }

    @Test func methodsEarnAsDefined() throws {
        let budget = [BudgetSegment(from: day("2027-01-01"), through: day("2027-01-10"), amount: 1000)]
        let progress = [ProgressRecord(day: day("2027-01-03"), percent: 2_000), ProgressRecord(day: day("2027-01-08"), percent: 10_000)]
        func ev(_ method: EarnedValueMethod, _ d: String, start: String? = nil) throws -> Int64 {
            let leaf = EarnedValueLeaf(budget: budget, method: method, progress: progress, actualStart: start.map(day))
            return try EarnedValueRollup(nodes: [EarnedValueNode(parent: nil, leaf: leaf)]).metrics(at: day(d))[0].ev
        }
        #expect(try ev(.percentComplete, "2027-01-02") == 0)
        #expect(try ev(.percentComplete, "2027-01-05") == 200)
        #expect(try ev(.percentComplete, "2027-01-08") == 1000)
        #expect(try ev(.zeroHundred, "2027-01-05") == 0)
        #expect(try ev(.zeroHundred, "2027-01-08") == 1000)
        #expect(try ev(.fiftyFifty, "2027-01-02") == 0)
        #expect(try ev(.fiftyFifty, "2027-01-02", start: "2027-01-01") == 500)
        #expect(try ev(.fiftyFifty, "2027-01-05") == 500)
        #expect(try ev(.fiftyFifty, "2027-01-09") == 1000)
        let milestones: EarnedValueMethod = .weightedMilestones([
            WeightedMilestone(name: "design", weight: 3_000, achievedOn: day("2027-01-04")),
            WeightedMilestone(name: "build", weight: 5_000, achievedOn: day("2027-01-07")),
            WeightedMilestone(name: "accept", weight: 2_000),
        ])
        #expect(try ev(milestones, "2027-01-03") == 0)
        #expect(try ev(milestones, "2027-01-05") == 300)
        #expect(try ev(milestones, "2027-01-07") == 800)
        // Level of effort earns what was planned.
        #expect(try ev(.levelOfEffort, "2027-01-05") == 500)
        #expect(try ev(.levelOfEffort, "2027-01-10") == 1000)
    }

    @Test func parentsMustComeFirst() {
        #expect(throws: KeelError.self) { try EarnedValueRollup(nodes: [EarnedValueNode(parent: 1), EarnedValueNode(parent: nil)]) }
    }

    /// Every node's figures equal the sum of its leaves', at every date, on random trees.
    @Test func rollupIsTheSumOfLeaves() throws {
        var rng = SplitMix64(seed: 7)
        let start = day("2027-01-01")
        for _ in 0..<30 {
            var nodes = [EarnedValueNode(parent: nil)]
            for i in 1..<60 {
                let parent = Int(rng.next() % UInt64(i))
                let from = start.adding(days: Int(rng.next() % 200))
                let leaf = EarnedValueLeaf(
                    budget: [BudgetSegment(from: from, through: from.adding(days: Int(rng.next() % 90)), amount: Int64(rng.next() % 1_000_000))],
                    progress: [ProgressRecord(day: from.adding(days: 20), percent: Int64(rng.next() % 10_001))],
                    costs: (0..<5).map { _ in CostPoint(day: from.adding(days: Int(rng.next() % 100)), amount: Int64(rng.next() % 50_000)) }
                )
                nodes.append(EarnedValueNode(parent: parent, leaf: rng.next() % 4 == 0 ? nil : leaf))
            }
            let rollup = try EarnedValueRollup(nodes: nodes)
            for offset in [0, 45, 120, 400] {
                let at = start.adding(days: offset)
                let all = rollup.metrics(at: at)
                for n in [0, 1, 5, 17] { #expect(all[n] == rollup.metrics(of: n, at: at)) }
            }
        }
    }

    @Test func seriesEndsOnTheLastDay() throws {
        let rollup = try EarnedValueRollup(nodes: [
            EarnedValueNode(
                parent: nil,
                leaf: EarnedValueLeaf(budget: [BudgetSegment(from: day("2027-01-01"), through: day("2027-01-20"), amount: 2000)])
            )
        ])
        let points = rollup.series(of: 0, from: day("2027-01-01"), through: day("2027-01-20"), step: 7)
        #expect(points.map(\.day.iso) == ["2027-01-01", "2027-01-08", "2027-01-15", "2027-01-20"])
        #expect(points.map(\.metrics.pv) == [100, 800, 1500, 2000])
    }
}
