import Testing

@testable import KeelCore

@Suite struct MoneyTests {
    @Test func parsesExactly() throws {
        #expect(try Money.parse("1500000", currency: .cny).minor == 150_000_000)
        #expect(try Money.parse("1,234.56", currency: .cny).minor == 123_456)
        #expect(try Money.parse("-12.5", currency: .usd).minor == -1250)
        #expect(try Money.parse("0.10", currency: .usd).minor == 10)
        #expect(try Money.parse("7.000", currency: .usd).minor == 700)
        #expect(try Money.parse("5000", currency: Currency(code: "JPY")!).minor == 5000)
        #expect(try Money.parse("1.234", currency: Currency(code: "KWD")!).minor == 1234)
    }

    @Test func refusesRoundingAndGarbage() {
        #expect(throws: Money.ParseError.tooManyDecimals) { try Money.parse("1.005", currency: .cny) }
        #expect(throws: Money.ParseError.tooManyDecimals) { try Money.parse("1.5", currency: Currency(code: "JPY")!) }
        #expect(throws: Money.ParseError.malformed) { try Money.parse("12a", currency: .cny) }
        #expect(throws: Money.ParseError.malformed) { try Money.parse("1.2.3", currency: .cny) }
        #expect(throws: Money.ParseError.malformed) { try Money.parse("", currency: .cny) }
        #expect(throws: Money.ParseError.overflow) { try Money.parse("99999999999999999999", currency: .cny) }
    }

    @Test func commasOnlyGroupThousands() throws {
        #expect(try Money.parse("1,234,567.89", currency: .cny).minor == 123_456_789)
        #expect(try Money.parse("-12,345", currency: .cny).minor == -1_234_500)
        #expect(try Money.parse("999", currency: .cny).minor == 99_900)
        for ambiguous in ["1,5", "12,34", "1,2345", "1234,567", ",5", "1,,234", "1,234,56", "1.234,56", "1,234.5,6"] {
            #expect(throws: Money.ParseError.misplacedGrouping, "\(ambiguous)") { try Money.parse(ambiguous, currency: .cny) }
        }
        for garbage in ["1_000", "1 000", "1e3", "--1", "+-1", "１２", "0x10", "."] {
            #expect(throws: Money.ParseError.malformed, "\(garbage)") { try Money.parse(garbage, currency: .cny) }
        }
    }

    @Test func totalsSaturateInsteadOfTrapping() {
        #expect(Int64.max.addingSaturated(1) == .max && Int64.min.addingSaturated(-1) == .min)
        #expect(Int64.min.subtractingSaturated(1) == .min && Int64.max.subtractingSaturated(-1) == .max)
        #expect([Int64.max, 5, -3].sum { $0 } == .max - 3)
        #expect([Int64(2), 3].sum { $0 } == 5)
    }

    @Test func formatsAsInverseOfParse() throws {
        for text in ["0.00", "0.01", "-0.01", "12000000.00", "92233720368547758.07"] {
            #expect(try Money.parse(text, currency: .cny).decimalString == text)
        }
        #expect(Money(minor: 5, currency: Currency(code: "JPY")!).decimalString == "5")
    }

    @Test func knowsISOCurrencies() {
        #expect(Currency(code: "cny")?.code == "CNY")
        #expect(Currency(code: "XXX") == nil)
        #expect(Currency(code: "JPY")?.minorDigits == 0)
    }

    @Test func allocationPartsAlwaysSumToTheWhole() {
        // A deterministic pseudo-random sweep: every split of every amount sums exactly.
        var state: UInt64 = 42
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for _ in 0..<2000 {
            let amount = Int64(next() % 10_000_000_000) * (next() % 5 == 0 ? -1 : 1)
            let weights = (0..<Int(next() % 7 + 1)).map { _ in Int64(next() % 10_000) }
            let parts = Money(minor: amount, currency: .cny).allocate(weights: weights)
            #expect(parts.count == weights.count)
            if weights.reduce(0, +) > 0 {
                #expect(parts.reduce(0) { $0 + $1.minor } == amount)
                // Each part is within one minor unit of its exact share.
                let total = Double(weights.reduce(0, +))
                for (p, w) in zip(parts, weights) {
                    #expect(abs(Double(p.minor) - Double(amount) * Double(w) / total) < 1.0001)
                }
            }
        }
    }

    @Test func thirdsGiveTheRemainderToTheFirst() {
        let parts = Money(minor: 100, currency: .cny).allocate(weights: [1, 1, 1]).map(\.minor)
        #expect(parts == [34, 33, 33])
    }
}
