import Testing

@testable import KeelCore

@Suite struct CharterTests {
    func charter(
        start: String? = "2027-01-04",
        finish: String? = "2027-12-17",
        budget: Int64 = 1_200_000_000,
        shares: [Int64] = [4500, 5500]
    )
        -> Charter
    {
        Charter(
            code: "X",
            name: "X",
            plannedStart: start.flatMap(Day.init(iso:)),
            plannedFinish: finish.flatMap(Day.init(iso:)),
            budget: Money(minor: budget, currency: .cny),
            allocations: shares.enumerated().map { BudgetAllocation(direction: "d\($0.offset)", shareBasisPoints: $0.element) }
        )
    }

    func errors(_ c: Charter) -> [FieldError] {
        var e = FieldErrors()
        c.check(into: &e)
        return e.all
    }

    @Test func validCharterHasNoErrors() { #expect(errors(charter()).isEmpty) }

    @Test func finishBeforeStart() {
        #expect(errors(charter(start: "2027-05-01", finish: "2027-04-30")).map(\.code) == [.beforeStart])
        #expect(errors(charter(start: "2027-05-01", finish: "2027-05-01")).isEmpty)
    }

    @Test func negativeBudget() { #expect(errors(charter(budget: -1)).map(\.field) == ["budget_amount"]) }

    @Test func sharesOverAHundredPercent() {
        #expect(errors(charter(shares: [6000, 5000])).map(\.code) == [.sharesExceedWhole])
        #expect(errors(charter(shares: [0])).map(\.code) == [.outOfRange])
    }

    @Test func allocatedAmountsAreExact() {
        let c = Charter(
            code: "X",
            name: "X",
            budget: Money(minor: 100, currency: .cny),
            allocations: [.init(direction: "a", shareBasisPoints: 3333), .init(direction: "b", shareBasisPoints: 3333)]
        )
        // 66.66% of 1.00 is 0.67 after rounding, split as evenly as possible.
        #expect(c.allocatedAmounts.map(\.minor) == [34, 33])
    }
}

@Suite struct KPITests {
    let higher = KPI(unit: "%", baseline: 78, target: 90, direction: .higherIsBetter, redThreshold: 80, amberThreshold: 86)
    let lower = KPI(unit: "h", baseline: 52, target: 24, direction: .lowerIsBetter, redThreshold: 40, amberThreshold: 30)

    @Test func ragForHigherIsBetter() {
        #expect(higher.status(of: 79) == .red)
        #expect(higher.status(of: 80) == .amber)
        #expect(higher.status(of: 86) == .green)
        #expect(higher.status(of: 95) == .green)
    }

    @Test func ragForLowerIsBetter() {
        #expect(lower.status(of: 41) == .red)
        #expect(lower.status(of: 40) == .amber)
        #expect(lower.status(of: 30) == .green)
    }

    @Test func thresholdsMustLieOnTheFarSideOfTheTarget() {
        var e = FieldErrors()
        KPI(unit: "", baseline: nil, target: 90, direction: .higherIsBetter, redThreshold: 80, amberThreshold: 95).check(into: &e)
        #expect(e.all.map(\.field) == ["amber_threshold"])
        e = FieldErrors()
        KPI(unit: "", baseline: nil, target: 24, direction: .lowerIsBetter, redThreshold: 20, amberThreshold: 30).check(into: &e)
        #expect(e.all.map(\.field) == ["red_threshold"])
        e = FieldErrors()
        higher.check(into: &e)
        lower.check(into: &e)
        #expect(e.isEmpty)
    }

    @Test func progressFromBaselineToTarget() {
        #expect(higher.progress(of: 84) == 0.5)
        #expect(lower.progress(of: 38) == 0.5)
        #expect(lower.progress(of: 10) == 1)
    }
}

@Suite struct StakeholderGridTests {
    @Test(arguments: [(5, 5, GridQuadrant.manageClosely), (4, 2, .keepSatisfied), (2, 4, .keepInformed), (3, 3, .monitor)])
    func quadrants(_ influence: Int, _ interest: Int, _ expected: GridQuadrant) {
        #expect(GridQuadrant(influence: influence, interest: interest) == expected)
    }
}

@Suite struct GateReviewTests {
    func review(_ decision: GateDecision?, met: [Bool], decider: String = "Li", on: String? = "2027-01-29") -> [FieldError] {
        let g = GateReview(
            id: ID(),
            projectID: ID(),
            phaseID: ID(),
            criteria: met.map { GateCriterion(text: "c", met: $0) },
            decision: decision,
            decider: decider,
            decidedOn: on.flatMap(Day.init(iso:)),
            notes: "",
            version: 1
        )
        var e = FieldErrors()
        g.check(into: &e)
        return e.all
    }

    @Test func goNeedsEveryCriterionMet() {
        #expect(review(.go, met: [true, true]).isEmpty)
        #expect(review(.go, met: [true, false]).map(\.field) == ["decision"])
        #expect(review(.goWithConditions, met: [true, false]).isEmpty)
    }

    @Test func aDecisionNeedsWhoAndWhen() {
        #expect(Set(review(.stop, met: [], decider: "", on: nil).map(\.field)) == ["decider", "decided_on"])
        #expect(review(nil, met: [false], decider: "", on: nil).isEmpty)
    }
}

@Suite struct CSVWriterTests {
    @Test func quotesAndNeutralisesFormulas() {
        var csv = CSVWriter(header: ["a", "b"])
        csv.append(["=HYPERLINK(\"http://x\")", "plain"])
        csv.append(["-1+2", "line\nbreak"])
        csv.append(["@SUM(A1)", "comma, here"])
        #expect(csv.text == "a,b\r\n\"'=HYPERLINK(\"\"http://x\"\")\",plain\r\n'-1+2,\"line\nbreak\"\r\n'@SUM(A1),\"comma, here\"\r\n")
    }

    /// Negative amounts stay numbers; anything else starting with a minus is neutralised.
    @Test func plainNegativeNumbersStayNumbers() {
        #expect(CSVWriter.cell("-1500.00") == "-1500.00")
        #expect(CSVWriter.cell("-12") == "-12")
        for formula in ["-1-2", "-1.2.3", "-", "-.5", "-5.", "-1e3", "+12"] { #expect(CSVWriter.cell(formula) == "'" + formula) }
    }
}
