import Testing

@testable import KeelCore

/// The cash-flow forecast on a case worked by hand (docs/finance.md walks through the same one).
@Suite struct CashFlowTests {
    func day(_ iso: String) -> Day { Day(iso: iso)! }

    func input(threshold: Int64 = 50_000) -> CashFlowInput {
        CashFlowInput(
            asOf: day("2027-03-10"),
            settings: CashSettings(openingBalance: 100_000, threshold: threshold, horizonWeeks: 4, supplierTermsDays: 30),
            inflows: [
                .init(name: "Deposit", amount: 30_000, expected: day("2027-03-01")),
                .init(name: "Launch", amount: 60_000, expected: day("2027-03-25")),
                .init(name: "Acceptance", amount: 10_000, expected: nil),
            ],
            received: [(day("2027-03-05"), 20_000)],
            costs: [
                .init(day: day("2027-02-20"), dueDate: nil, amount: 40_000, kind: .actualCost),
                .init(day: day("2027-03-01"), dueDate: day("2027-03-15"), amount: 5_000, kind: .accrual),
                .init(day: day("2027-03-08"), dueDate: nil, amount: 1_000, kind: .labour),
            ],
            accounts: [
                .init(
                    code: "X",
                    paidWhenWorked: false,
                    openCommitment: 18_000,
                    commitments: [
                        .init(day: day("2027-02-01"), dueDate: day("2027-03-01"), amount: 10_000),
                        .init(day: day("2027-03-01"), dueDate: day("2027-04-20"), amount: 15_000),
                    ],
                    budget: [BudgetSegment(from: day("2027-03-01"), through: day("2027-03-31"), amount: 31_000)],
                    actual: 4_000
                )
            ]
        )
    }

    @Test func theHandWorkedCase() {
        let f = CashFlow.forecast(input())
        let forecast = f.movements.filter(\.forecast).map { "\($0.day.iso) \($0.amount) \($0.source.rawValue) \($0.label)" }
        #expect(
            forecast == [
                // The deposit's 10,000 not yet received and the oldest open order are overdue: the day after.
                "2027-03-11 10000 customer_payment Deposit", "2027-03-11 -3000 commitment X",
                "2027-03-15 -5000 supplier_payment ", "2027-03-22 -40000 supplier_payment ", "2027-03-25 60000 customer_payment Launch",
                // 9,000 of budget left (31,000 − 4,000 spent − 18,000 committed), spread over the three
                // weeks of plan left and paid 30 days on.
                "2027-04-16 -3000 planned_spending X", "2027-04-20 -15000 commitment X", "2027-04-23 -3000 planned_spending X",
                "2027-04-30 -3000 planned_spending X",
            ]
        )
        #expect(f.movements.filter { !$0.forecast }.map(\.amount) == [20_000, -1_000])
        #expect(f.movements.first { $0.label == "Deposit" }?.overdue == true)
        #expect(f.unplaced == ["Acceptance"])
        #expect(f.balanceAtAsOf == 119_000)
        #expect(f.lowestInHorizon.day == day("2027-03-22") && f.lowestInHorizon.balance == 81_000)
        #expect(f.warning == nil)
        #expect(f.expectedIn == 70_000 && f.expectedOut == -72_000)
        #expect(f.months.map(\.closingBalance) == [141_000, 117_000])
        #expect(f.months.map(\.inflow) == [90_000, 0] && f.months.map(\.outflow) == [-49_000, -24_000])
        #expect(f.weeks.first?.from == day("2027-03-01") && f.weeks.first?.closingBalance == 120_000)
        #expect(f.weeks.last?.closingBalance == 117_000 && f.weeks.last?.through == day("2027-05-02"))
        // Every movement is counted once: opening + all movements = the last balance, weekly and monthly.
        #expect(100_000 + f.movements.reduce(0) { $0 + $1.amount } == 117_000)
        #expect(f.weeks.reduce(0) { $0 + $1.net } == f.months.reduce(0) { $0 + $1.net })
    }

    @Test func aBalanceBelowTheThresholdWithinTheHorizonWarns() {
        let f = CashFlow.forecast(input(threshold: 90_000))
        #expect(f.warning == CashWarning(firstDay: day("2027-03-22"), lowest: 81_000, lowestDay: day("2027-03-22"), threshold: 90_000))
        // A shortfall beyond the horizon is not this warning's business.
        var later = input(threshold: 0)
        later.settings.horizonWeeks = 1
        later.costs.append(.init(day: day("2027-03-20"), dueDate: day("2027-04-02"), amount: 500_000, kind: .actualCost))
        #expect(CashFlow.forecast(later).warning == nil)
        later.settings.horizonWeeks = 4
        #expect(CashFlow.forecast(later).warning?.firstDay == day("2027-04-02"))
    }

    @Test func receiptsBeyondThePlanLeaveNothingExpected() {
        var i = input()
        i.received = [(day("2027-03-05"), 95_000)]
        let f = CashFlow.forecast(i)
        #expect(f.movements.filter { $0.source == .customerPayment && $0.forecast }.isEmpty)
    }

    @Test func spendingAPlanWithNothingLeftGoesToTheDayAfter() {
        let parts = CashFlow.spread(
            900,
            over: [BudgetSegment(from: day("2027-01-01"), through: day("2027-01-31"), amount: 3_100)],
            after: day("2027-03-10")
        )
        #expect(parts.map { "\($0.0.iso) \($0.1)" } == ["2027-03-11 900"])
        // Parts always sum to the whole.
        let uneven = CashFlow.spread(
            1_001,
            over: [BudgetSegment(from: day("2027-03-01"), through: day("2027-05-09"), amount: 7_000)],
            after: day("2027-03-10")
        )
        #expect(uneven.reduce(0) { $0 + $1.1 } == 1_001 && uneven.count == 9)
    }

    @Test func labourIsPaidWhenWorkedAndReversalsCancel() {
        var i = input()
        i.costs = [
            .init(day: day("2027-03-12"), dueDate: nil, amount: 2_000, kind: .labour),
            .init(day: day("2027-03-12"), dueDate: nil, amount: 7_000, kind: .actualCost),
            .init(day: day("2027-03-12"), dueDate: nil, amount: -7_000, kind: .actualCost),
        ]
        let f = CashFlow.forecast(i)
        #expect(f.movements.filter { $0.source == .labour }.map(\.day) == [day("2027-03-12")])
        #expect(f.movements.filter { $0.source == .supplierPayment }.reduce(0) { $0 + $1.amount } == 0)
    }
}
