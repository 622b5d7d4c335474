/// Writes RFC 4180 CSV that is safe to open in a spreadsheet: a cell that a spreadsheet would run as
/// a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) is prefixed with a single
/// quote, the OWASP advice against CSV injection.
public struct CSVWriter: Sendable {
    public private(set) var text = ""

    public init(header: [String]) { append(header) }

    public mutating func append(_ cells: [String]) {
        text += cells.map(Self.cell).joined(separator: ",") + "\r\n"
    }

    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    public static func cell(_ raw: String) -> String {
        var value = raw
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
