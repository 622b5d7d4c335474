import Foundation
import KeelApp
import KeelCore
import KeelStore
import Testing

import TestSupport

/// Multi-currency on both databases: entries in another currency are converted at the project's rate
/// in force on their date, keep what was posted, reverse exactly, and count in every report at the
/// converted amount; without a rate for the day, nothing is posted.
@Suite struct ExchangeRateServiceTests {
    let system = Caller.system("test")

    static func describe(_ totals: [LedgerRepository.CurrencyTotal]) -> [String] {
        var out: [String] = []
        for t in totals { out.append("\(t.currency.code) \(t.kind.rawValue) \(t.original) \(t.converted)") }
        return out
    }

    @Test(arguments: TestBackend.available)
    func entriesInOtherCurrenciesAreConvertedAtDatedRates(_ backend: TestBackend) async throws {
        try await TestDatabase.with(backend) { (db: Database) async throws in
            let services = KeelServices(database: db)
            let finance = services.finance
            let p = try await services.projects.create(system, sampleCharter(["planned_start": "2027-01-04"])).id
            let account = try await finance.createAccount(system, project: p, .fields(["category": "equipment", "code": "P-EQP"]))
            _ = try await finance.setExchangeRate(system, project: p, .fields(["currency": "USD", "effective_from": "2027-01-01", "rate": "7.1"]))
            _ = try await finance.setExchangeRate(system, project: p, .fields(["currency": "usd", "effective_from": "2027-02-01", "rate": "7.2"]))
            #expect(try await finance.exchangeRates(system, project: p).map(\.rate) == [7_100_000, 7_200_000])

            func post(_ f: [String: any Sendable]) async throws -> LedgerEntry { try await finance.post(system, project: p, .fields(f)) }
            let january = try await post([
                "kind": "actual_cost", "date": "2027-01-15", "currency": "USD", "amount": "1000", "cost_account_id": account.id.description,
            ])
            #expect(
                january.amount == Money(minor: 710_000, currency: .cny) && january.original == Money(minor: 100_000, currency: Currency(code: "USD")!)
            )
            #expect(january.exchangeRate == 7_100_000)
            let february = try await post([
                "kind": "commitment", "date": "2027-02-03", "currency": "USD", "amount": "250.55", "cost_account_id": account.id.description,
            ])
            #expect(february.amount.minor == 180_396)  // 250.55 × 7.2 = 1,803.96
            let stored = try await finance.entry(system, project: p, january.id).entry
            #expect(stored.original == january.original && stored.exchangeRate == 7_100_000)

            // No rate on the day, no rate for the currency, no such currency: refused, nothing stored.
            let before = try await TestDatabase.rowCounts(db)
            #expect(
                await fieldErrors {
                    _ = try await post([
                        "kind": "actual_cost", "date": "2026-12-31", "currency": "USD", "amount": "1", "cost_account_id": account.id.description,
                    ])
                }
                    == ["currency": [.noExchangeRate]]
            )
            #expect(
                await fieldErrors { _ = try await post(["kind": "revenue", "date": "2027-01-15", "currency": "EUR", "amount": "1"]) } == [
                    "currency": [.noExchangeRate]
                ]
            )
            #expect(
                await fieldErrors { _ = try await post(["kind": "revenue", "date": "2027-01-15", "currency": "ABC", "amount": "1.234"]) }
                    == ["currency": [.unknownCurrency], "amount": [.tooManyDecimals]]
            )
            #expect(
                await fieldErrors {
                    _ = try await finance.setExchangeRate(
                        system,
                        project: p,
                        .fields(["currency": "CNY", "effective_from": "x", "rate": "0.0000001"])
                    )
                }
                    == ["currency": [.invalidChoice], "effective_from": [.invalidDay], "rate": [.tooManyDecimals]]
            )
            #expect(
                await fieldErrors {
                    _ = try await finance.setExchangeRate(
                        system,
                        project: p,
                        .fields(["currency": "EUR", "effective_from": "2027-01-01", "rate": "0"])
                    )
                } == ["rate": [.outOfRange]]
            )
            #expect(try await TestDatabase.rowCounts(db) == before)

            // Reports read the converted amounts; by currency, what was posted in dollars.
            var totals = try await finance.currencyTotals(system, project: p)
            #expect(Self.describe(totals) == ["USD actual_cost 100000 710000", "USD commitment 25055 180396"])
            #expect(try await finance.overview(system, project: p).actualCost == 710_000)
            #expect(try await services.earnedValue.report(system, project: p, statusDate: Day(iso: "2027-01-31")!).project.ac == 710_000)
            _ = try await finance.reverse(system, project: p, january.id, .fields(["memo": "Wrong supplier", "date": "2027-02-10"]))
            totals = try await finance.currencyTotals(system, project: p)
            #expect(totals.first?.original == 0 && totals.first?.converted == 0)
            #expect(try await finance.overview(system, project: p).trialBalanceTotal == 0)
            try await finance.deleteExchangeRate(system, project: p, currency: "USD", from: Day(iso: "2027-02-01")!)
            #expect(try await finance.exchangeRates(system, project: p).count == 1)
        }
    }
}
