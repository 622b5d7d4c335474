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
        /// A comma that is not a thousands separator (`1,5`, `12,34`, `1,2345`, a comma after the
        /// point): read as grouping it would change the value tenfold or more, so it is refused.
        case misplacedGrouping
    }

    /// Parses a plain decimal such as `1500000`, `-12.5` or `1,234.56` exactly into minor units. The
    /// decimal mark is a point; commas may group the whole part in threes and nowhere else. More
    /// decimals than the currency keeps is an error, not a rounding.
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
    /// Parses `1500000`, `-12.5` or `1,234.56` into an integer scaled by 10^digits: an optional sign,
    /// digits with optional thousands commas (`1,234,567`; a group of other than three digits after a
    /// comma is refused, never guessed at), an optional point and fraction. More decimals than
    /// `digits` (other than trailing zeros) is an error, never a silent rounding.
    public static func parse(_ text: String, digits: Int) throws(Money.ParseError) -> Int64 {
        var s = Array(text.trimmingWhitespace().utf8)[...]
        var negative = false
        if s.first == UInt8(ascii: "-") {
            negative = true
            s = s.dropFirst()
        } else if s.first == UInt8(ascii: "+") {
            s = s.dropFirst()
        }
        func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        let point = s.firstIndex(of: UInt8(ascii: "."))
        let whole = point.map { s[s.startIndex..<$0] } ?? s
        let fraction = point.map { s[s.index(after: $0)...] } ?? []
        guard !whole.isEmpty || !fraction.isEmpty else { throw .malformed }
        for c in fraction where !isDigit(c) { throw c == UInt8(ascii: ",") ? .misplacedGrouping : .malformed }
        var wholeDigits: [UInt8] = []
        if whole.contains(UInt8(ascii: ",")) {
            let groups = whole.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
            for (i, g) in groups.enumerated() {
                guard g.allSatisfy(isDigit) else { throw .malformed }
                guard i == 0 ? (1...3).contains(g.count) : g.count == 3 else { throw .misplacedGrouping }
                wholeDigits += g
            }
        } else {
            guard whole.allSatisfy(isDigit) else { throw .malformed }
            wholeDigits = Array(whole)
        }
        var frac = Array(fraction)
        while frac.last == UInt8(ascii: "0") { frac.removeLast() }
        guard frac.count <= digits else { throw .tooManyDecimals }
        while frac.count < digits { frac.append(UInt8(ascii: "0")) }
        var value: Int64 = 0
        for c in wholeDigits + frac {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int64(c - 48))
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
