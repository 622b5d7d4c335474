import Testing

@testable import KeelCore

@Suite struct LedgerTests {
    let project = ID<Project>()
    let account = ID<CostAccount>()

    func entry(_ kind: LedgerEntryKind, _ minor: Int64, _ date: String = "2027-02-10") -> LedgerEntry {
        LedgerEntry(
            projectID: project,
            kind: kind,
            date: Day(iso: date)!,
            costAccountID: kind.needsCostAccount ? account : nil,
            amount: Money(minor: minor, currency: .cny)
        )
    }

    func rules(closed: [String] = []) -> LedgerRules {
        LedgerRules(currency: .cny, closedPeriods: Set(closed.map { AccountingPeriod(text: $0)! }))
    }

    func codes(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let error as KeelError {
            if case .validation(let list) = error { return list.map { "\($0.field):\($0.code.rawValue)" } }
            return ["\(error)"]
        } catch { return ["\(error)"] }
    }

    /// Any sequence of postings and reversals leaves the trial balance at zero, and a reversed entry
    /// contributes nothing.
    @Test func trialBalanceIsAlwaysZero() {
        var rng = SplitMix64(seed: 11)
        for _ in 0..<200 {
            var posted: [LedgerEntry] = []
            var balance = TrialBalance()
            for _ in 0..<Int(rng.next() % 40) {
                // Only what the rules allow: an entry that is not a reversal and not yet reversed.
                let reversible = posted.filter { e in !e.isReversal && !posted.contains { $0.reverses == e.id } }
                if !reversible.isEmpty, rng.next() % 4 == 0 {
                    let original = reversible[Int(rng.next() % UInt64(reversible.count))]
                    let r = original.reversal(date: original.date, memo: "")
                    posted.append(r)
                    balance.post(r)
                    var pair = TrialBalance()
                    pair.post(original)
                    pair.post(r)
                    #expect(pair.balances.values.allSatisfy { $0 == 0 })
                } else {
                    let kind = LedgerEntryKind.allCases[Int(rng.next() % UInt64(LedgerEntryKind.allCases.count))]
                    let e = entry(kind, Int64(rng.next() % UInt64(LedgerEntry.maxAmount)) + 1)
                    posted.append(e)
                    balance.post(e)
                }
                #expect(balance.isBalanced)
            }
            #expect(TrialBalance(posted) == balance)
        }
    }

    @Test func kindsPostTheirPairs() {
        var b = TrialBalance()
        b.post(entry(.actualCost, 500))
        b.post(entry(.accrual, 200))
        b.post(entry(.commitment, 1000))
        b.post(entry(.commitmentRelease, 400))
        b.post(entry(.revenue, 900))
        b.post(entry(.paymentReceived, 600))
        #expect(b.balance(.projectCost) == 700)
        #expect(b.balance(.payables) == -500)
        #expect(b.balance(.accruedLiabilities) == -200)
        #expect(b.balance(.commitments) == 600)
        #expect(b.balance(.commitmentsOffset) == -600)
        #expect(b.balance(.receivables) == 300)
        #expect(b.balance(.revenue) == -900)
        #expect(b.balance(.cash) == 600)
        #expect(b.isBalanced)
    }

    @Test func rulesRefuseBadPostings() {
        let ok = entry(.actualCost, 100)
        #expect(codes { try rules().check(ok, costAccountIsKnown: true, original: nil, alreadyReversed: false, openCommitment: 0) }.isEmpty)
        #expect(
            codes { try rules(closed: ["2027-02"]).check(ok, costAccountIsKnown: true, original: nil, alreadyReversed: false, openCommitment: 0) }
                == ["date:period_closed"]
        )
        #expect(
            codes { try rules().check(ok, costAccountIsKnown: false, original: nil, alreadyReversed: false, openCommitment: 0) } == [
                "cost_account_id:unknown_reference"
            ]
        )
        var noAccount = ok
        noAccount.costAccountID = nil
        #expect(
            codes { try rules().check(noAccount, costAccountIsKnown: false, original: nil, alreadyReversed: false, openCommitment: 0) } == [
                "cost_account_id:required"
            ]
        )
        #expect(
            codes { try rules().check(entry(.actualCost, 0), costAccountIsKnown: true, original: nil, alreadyReversed: false, openCommitment: 0) }
                == ["amount:out_of_range"]
        )
        #expect(
            codes {
                try rules().check(
                    entry(.actualCost, LedgerEntry.maxAmount + 1),
                    costAccountIsKnown: true,
                    original: nil,
                    alreadyReversed: false,
                    openCommitment: 0
                )
            } == ["amount:out_of_range"]
        )
        var dollars = ok
        dollars.amount = Money(minor: 100, currency: .usd)
        #expect(
            codes { try rules().check(dollars, costAccountIsKnown: true, original: nil, alreadyReversed: false, openCommitment: 0) } == [
                "currency:invalid_choice"
            ]
        )
        #expect(
            codes {
                try rules().check(
                    entry(.commitmentRelease, 500),
                    costAccountIsKnown: true,
                    original: nil,
                    alreadyReversed: false,
                    openCommitment: 400
                )
            } == ["amount:exceeds_open_commitment"]
        )
        #expect(
            codes { try rules().check(entry(.revenue, 500), costAccountIsKnown: false, original: nil, alreadyReversed: false, openCommitment: 0) }
                .isEmpty
        )
    }

    @Test func reversalsFollowTheRules() {
        let original = entry(.actualCost, 100)
        let reversal = original.reversal(date: Day(iso: "2027-03-01")!, memo: "typo")
        #expect(reversal.lines.map(\.amount) == original.lines.map { -$0.amount })
        #expect(
            codes { try rules().check(reversal, costAccountIsKnown: true, original: original, alreadyReversed: false, openCommitment: 0) }.isEmpty
        )
        #expect(
            codes { try rules().check(reversal, costAccountIsKnown: true, original: original, alreadyReversed: true, openCommitment: 0) } == [
                "reverses:already_reversed"
            ]
        )
        #expect(
            codes { try rules().check(reversal, costAccountIsKnown: true, original: nil, alreadyReversed: false, openCommitment: 0) } == [
                "reverses:unknown_reference"
            ]
        )
        let again = reversal.reversal(date: Day(iso: "2027-03-02")!, memo: "")
        #expect(
            codes { try rules().check(again, costAccountIsKnown: true, original: reversal, alreadyReversed: false, openCommitment: 0) } == [
                "reverses:reversal_of_reversal"
            ]
        )
        let early = original.reversal(date: Day(iso: "2027-01-01")!, memo: "")
        #expect(
            codes { try rules().check(early, costAccountIsKnown: true, original: original, alreadyReversed: false, openCommitment: 0) } == [
                "date:before_start"
            ]
        )
        // A reversal into a closed period is refused like any posting.
        #expect(
            codes {
                try rules(closed: ["2027-03"]).check(
                    reversal,
                    costAccountIsKnown: true,
                    original: original,
                    alreadyReversed: false,
                    openCommitment: 0
                )
            } == ["date:period_closed"]
        )
    }

    @Test func phasingPartsSumToTheWhole() {
        var rng = SplitMix64(seed: 3)
        let start = Day(iso: "2027-01-01")!
        let week = WorkingTime(.standard)
        for _ in 0..<300 {
            let minutes = week.dailyMinutes(from: start, through: start.adding(days: Int(rng.next() % 400)))
            let total = Int64(rng.next() % 10_000_000_000)
            for method in PhasingMethod.allCases {
                for period in PhasingPeriod.allCases {
                    let segments = BudgetPhasing.spread(total: total, from: start, minutes: minutes, method: method, period: period)
                    #expect(segments.reduce(0) { $0 + $1.amount } == total)
                    #expect(Set(segments.map { period.label($0.from) }).count == segments.count)
                    #expect(segments.allSatisfy { period.label($0.from) == period.label($0.through) })
                }
            }
        }
    }

    @Test func phasingShapes() {
        // 90 days of every-day work from 1 January 2027: January 31 days, February 28, March 31.
        let start = Day(iso: "2027-01-01")!
        let minutes = WorkingTime(.twentyFourHours).dailyMinutes(from: start, through: start.adding(days: 89))
        let even = BudgetPhasing.spread(total: 9000, from: start, minutes: minutes, method: .even).map(\.amount)
        #expect(even == [3100, 2800, 3100])
        let front = BudgetPhasing.spread(total: 9000, from: start, minutes: minutes, method: .frontLoaded).map(\.amount)
        let back = BudgetPhasing.spread(total: 9000, from: start, minutes: minutes, method: .backLoaded).map(\.amount)
        #expect(front[0] > front[2] && back[0] < back[2])
        #expect(front == back.reversed())
        // Front-loaded over 3 working days weighs 3 : 2 : 1.
        let three = BudgetPhasing.spread(total: 600, from: start, minutes: [480, 480, 480], method: .frontLoaded, period: .day)
        #expect(three.map(\.amount) == [300, 200, 100])
    }

    @Test func periodsReadAndWrite() {
        #expect(AccountingPeriod(text: "2027-02")?.lastDay.iso == "2027-02-28")
        #expect(AccountingPeriod(text: "2027-13") == nil)
        #expect(AccountingPeriod(text: "27-01") == nil)
        #expect(AccountingPeriod(containing: Day(iso: "2028-02-29")!).text == "2028-02")
        #expect(AccountingPeriod(text: "2027-11")!.adding(months: 3).text == "2028-02")
        #expect(AccountingPeriod(text: "2027-01")!.adding(months: -1).text == "2026-12")
    }
}
