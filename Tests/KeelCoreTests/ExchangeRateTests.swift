import Testing

@testable import KeelCore

/// Dated exchange rates and the conversion of amounts in other currencies into the project's.
@Suite struct ExchangeRateTests {
    let usd = Currency(code: "USD")!
    let jpy = Currency(code: "JPY")!

    @Test func conversionRespectsBothCurrenciesDigitsAndRoundsHalfAwayFromZero() {
        // USD 1,000.00 at 7.1234 = ¥7,123.40.
        #expect(CurrencyConversion.convert(100_000, from: usd, to: .cny, rate: 7_123_400) == 712_340)
        // JPY has no minor unit: ¥10,000 JPY at 0.048 = ¥480.00 CNY.
        #expect(CurrencyConversion.convert(10_000, from: jpy, to: .cny, rate: 48_000) == 48_000)
        // And back the other way: ¥480.00 CNY at 20.833333 JPY per CNY = 10,000 JPY (9,999.99984 rounded).
        #expect(CurrencyConversion.convert(48_000, from: .cny, to: jpy, rate: 20_833_333) == 10_000)
        // A cent at 0.5 is half a cent: away from zero, one cent; a negative amount mirrors it.
        #expect(CurrencyConversion.convert(1, from: usd, to: .cny, rate: 500_000) == 1)
        #expect(CurrencyConversion.convert(-1, from: usd, to: .cny, rate: 500_000) == -1)
        #expect(CurrencyConversion.convert(1, from: usd, to: .cny, rate: 499_999) == 0)
        // The largest entry at the largest rate does not overflow the arithmetic.
        #expect(CurrencyConversion.convert(LedgerEntry.maxAmount, from: usd, to: .cny, rate: ExchangeRate.maxRate) == Int64.max)
    }

    @Test func theRateInForceIsTheLatestStartedOne() {
        let day = { (s: String) in Day(iso: s)! }
        let table = ExchangeRateTable([
            ExchangeRate(currency: usd, effectiveFrom: day("2027-02-01"), rate: 7_200_000),
            ExchangeRate(currency: usd, effectiveFrom: day("2027-01-01"), rate: 7_100_000),
            ExchangeRate(currency: jpy, effectiveFrom: day("2027-01-01"), rate: 48_000),
        ])
        #expect(table.rate(for: usd, on: day("2026-12-31")) == nil)
        #expect(table.rate(for: usd, on: day("2027-01-31"))?.rate == 7_100_000)
        #expect(table.rate(for: usd, on: day("2027-02-01"))?.rate == 7_200_000)
        #expect(table.rate(for: Currency(code: "EUR")!, on: day("2027-02-01")) == nil)
    }

    @Test func anEntryInAnotherCurrencyKeepsItAndReversesExactly() {
        let day = Day(iso: "2027-01-15")!
        let e = LedgerEntry(
            projectID: ID(),
            kind: .actualCost,
            date: day,
            costAccountID: ID(),
            amount: Money(minor: 710_000, currency: .cny),
            original: Money(minor: 100_000, currency: usd),
            exchangeRate: 7_100_000
        )
        let r = e.reversal(date: day, memo: "duplicate")
        #expect(r.original == e.original && r.exchangeRate == e.exchangeRate && r.amount == e.amount)
        #expect(TrialBalance([e, r]).isBalanced && TrialBalance([e]).balance(.projectCost) == 710_000)
        // The rules refuse an "original" in the project's own currency.
        var errors: [String] = []
        let rules = LedgerRules(currency: .cny, closedPeriods: [])
        var same = e
        same.original = Money(minor: 100_000, currency: .cny)
        do { try rules.check(same, costAccountIsKnown: true, original: nil, alreadyReversed: false, openCommitment: 0) } catch {
            if case .validation(let list) = error { errors = list.map { "\($0.field):\($0.code.rawValue)" } }
        }
        #expect(errors == ["currency:invalid_choice"])
    }
}
