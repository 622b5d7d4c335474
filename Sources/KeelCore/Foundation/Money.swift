/// An exact amount of one currency, held as Int64 minor units (fen, cents). No floating point ever
/// touches a stored or summed amount.
public struct Money: Hashable, Sendable, CustomStringConvertible {
    public let minor: Int64
    public let currency: Currency

    public init(minor: Int64, currency: Currency) {
        self.minor = minor
        self.currency = currency
    }

    public enum ParseError: Error, Equatable, Sendable {
        case malformed, tooManyDecimals, overflow
    }

    /// Parses a plain decimal such as `1500000`, `-12.5` or `1,234.56` (thousands separators allowed)
    /// exactly into minor units. More decimals than the currency keeps is an error, not a rounding.
    public static func parse(_ text: String, currency: Currency) throws(ParseError) -> Money {
        Money(minor: try FixedPoint.parse(text, digits: currency.minorDigits), currency: currency)
    }

    /// Plain decimal text without grouping, e.g. `1500000.00`; the inverse of `parse`.
    public var decimalString: String { FixedPoint.format(minor, digits: currency.minorDigits) }

    public var description: String { "\(decimalString) \(currency.code)" }

    /// Splits the amount by integer weights with the largest-remainder method: every part is the floor
    /// of its exact share, and the leftover minor units go one each to the parts with the largest
    /// remainders (ties to the earlier part). The parts always sum to the whole.
    public func allocate(weights: [Int64]) -> [Money] {
        let total = weights.reduce(0, +)
        guard total > 0 else { return weights.map { _ in Money(minor: 0, currency: currency) } }
        let sign: Int64 = minor < 0 ? -1 : 1
        let amount = minor.magnitude
        var parts = [UInt64]()
        var remainders = [(index: Int, rem: UInt64)]()
        parts.reserveCapacity(weights.count)
        for (i, w) in weights.enumerated() {
            let product = amount.multipliedFullWidth(by: UInt64(max(0, w)))
            let (q, r) = UInt64(total).dividingFullWidth(product)
            parts.append(q)
            remainders.append((i, r))
        }
        var leftover = amount - parts.reduce(0, +)
        remainders.sort { $0.rem != $1.rem ? $0.rem > $1.rem : $0.index < $1.index }
        var k = 0
        while leftover > 0 && k < remainders.count {
            if weights[remainders[k].index] > 0 {
                parts[remainders[k].index] += 1
                leftover -= 1
            }
            k += 1
        }
        return parts.map { Money(minor: sign * Int64($0), currency: currency) }
    }
}

/// Exact decimal text ↔ scaled integers (money in minor units, percentages in basis points).
public enum FixedPoint {
    /// Parses `1500000`, `-12.5` or `1,234.56` into an integer scaled by 10^digits. More decimals than
    /// `digits` (other than trailing zeros) is an error, never a silent rounding.
    public static func parse(_ text: String, digits: Int) throws(Money.ParseError) -> Int64 {
        var s = Substring(text.trimmingWhitespace())
        var negative = false
        if s.first == "-" { negative = true; s = s.dropFirst() } else if s.first == "+" { s = s.dropFirst() }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let intPart = parts.first else { throw .malformed }
        let digitsOnly = intPart.filter { $0 != "," && $0 != "_" }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !digitsOnly.isEmpty || !fraction.isEmpty else { throw .malformed }
        guard digitsOnly.allSatisfy(\.isASCIIDigitChar), fraction.allSatisfy(\.isASCIIDigitChar) else { throw .malformed }
        var frac = Array(fraction.reversed().drop(while: { $0 == "0" }).reversed())
        guard frac.count <= digits else { throw .tooManyDecimals }
        while frac.count < digits { frac.append("0") }
        var value: Int64 = 0
        for ch in Array(digitsOnly) + frac {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int64(ch.asciiValue! - 48))
            guard !o1, !o2 else { throw .overflow }
            value = a
        }
        return negative ? -value : value
    }

    /// `12345` with 2 digits → `123.45`; trailing fractional zeros kept to `digits`.
    public static func format(_ value: Int64, digits: Int) -> String {
        guard digits > 0 else { return String(value) }
        var scale: UInt64 = 1
        for _ in 0..<digits { scale *= 10 }
        let m = value.magnitude
        var frac = String(m % scale)
        while frac.count < digits { frac = "0" + frac }
        return (value < 0 ? "-" : "") + String(m / scale) + "." + frac
    }
}

extension Character {
    var isASCIIDigitChar: Bool { isASCII && isNumber }
}

extension String {
    /// Trims spaces, tabs and newlines at both ends (Unicode-aware, no Foundation).

    public func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
