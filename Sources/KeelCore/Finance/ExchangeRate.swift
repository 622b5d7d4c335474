/// What one unit of a foreign currency is worth in the project's currency from a day on (until the
/// next rate for that currency).
public struct ExchangeRate: Hashable, Sendable {
    public let currency: Currency
    public var effectiveFrom: Day
    /// Project-currency units per foreign unit, in millionths (7.1234 → 7_123_400).
    public var rate: Int64

    public init(currency: Currency, effectiveFrom: Day, rate: Int64) {
        self.currency = currency
        self.effectiveFrom = effectiveFrom
        self.rate = rate
    }

    /// Rates carry six decimals.
    public static let digits = 6
    /// The largest rate accepted (one million project units per foreign unit).
    public static let maxRate: Int64 = 1_000_000_000_000
}

/// A project's dated rates: the one in force on a day is the latest that started on or before it.
public struct ExchangeRateTable: Sendable {
    private var byCurrency: [String: [ExchangeRate]] = [:]

    public init(_ rates: some Sequence<ExchangeRate>) {
        for r in rates { byCurrency[r.currency.code, default: []].append(r) }
        for key in byCurrency.keys { byCurrency[key]!.sort { $0.effectiveFrom < $1.effectiveFrom } }
    }

    public func rate(for currency: Currency, on day: Day) -> ExchangeRate? {
        byCurrency[currency.code]?.last { $0.effectiveFrom <= day }
    }
}

public enum CurrencyConversion {
    /// `minor` units of `from` in minor units of `to` at `rate` (millionths of `to` per unit of
    /// `from`), rounded half away from zero: the rounding rule of every ratio in Keel.
    public static func convert(_ minor: Int64, from: Currency, to: Currency, rate: Int64) -> Int64 {
        var numerator = Int128(minor) * Int128(rate)
        var denominator = Int128(1_000_000)
        for _ in 0..<to.minorDigits { numerator *= 10 }
        for _ in 0..<from.minorDigits { denominator *= 10 }
        return Rounding.divide(numerator, denominator)
    }
}
