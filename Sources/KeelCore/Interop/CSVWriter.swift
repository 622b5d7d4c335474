/// Writes RFC 4180 CSV that is safe to open in a spreadsheet: a cell that a spreadsheet would run as
/// a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) is prefixed with a single
/// quote, the OWASP advice against CSV injection. A plain number such as `-1500.00` cannot be a
/// formula and is written as it is, so negative amounts stay numbers in the spreadsheet.
public struct CSVWriter: Sendable {
    public private(set) var text = ""

    public init(header: [String]) { append(header) }

    public mutating func append(_ cells: [String]) {
        text += cells.map(Self.cell).joined(separator: ",") + "\r\n"
    }

    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    public static func cell(_ raw: String) -> String {
        var value = raw
        if let first = value.unicodeScalars.first, formulaStarts.contains(first), !isPlainNumber(value) {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    /// `-12`, `-1500.00`: a minus sign, digits, at most one decimal point with digits after it.
    static func isPlainNumber(_ s: String) -> Bool {
        let parts = s.dropFirst(s.hasPrefix("-") ? 1 : 0).split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
