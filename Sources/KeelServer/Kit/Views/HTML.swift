/// A fragment of HTML. Interpolated `String`s are escaped; interpolated `HTML` is trusted as is.
/// That makes escaping the default: raw text reaches a page only by being wrapped in `HTML(unsafe:)`
/// (done solely for markup built by our own code).
import KeelCore

struct HTML: Sendable, ExpressibleByStringInterpolation {
    var raw: String

    init(unsafe raw: String) { self.raw = raw }

    init(stringLiteral value: String) { self.raw = value }

    init(stringInterpolation: Interpolation) { self.raw = stringInterpolation.out }

    static let empty = HTML(unsafe: "")

    struct Interpolation: StringInterpolationProtocol {
        var out = ""

        init(literalCapacity: Int, interpolationCount: Int) { out.reserveCapacity(literalCapacity + interpolationCount * 16) }

        mutating func appendLiteral(_ literal: String) { out += literal }
        mutating func appendInterpolation(_ text: String) { out += HTML.escape(text) }
        mutating func appendInterpolation(_ html: HTML) { out += html.raw }
        mutating func appendInterpolation(_ parts: [HTML]) { for p in parts { out += p.raw } }
        mutating func appendInterpolation(_ n: Int) { out += String(n) }
        /// Ids are UUID text: nothing to escape.
        mutating func appendInterpolation<T>(_ id: ID<T>) { out += id.description }
        mutating func appendInterpolation(_ html: HTML?) { if let html { out += html.raw } }
    }

    /// Escapes text for element content and quoted attribute values alike.
    static func escape(_ s: String) -> String {
        var needs = false
        for u in s.utf8 where u == 38 || u == 60 || u == 62 || u == 34 || u == 39 {
            needs = true
            break
        }
        guard needs else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}

extension Array where Element == HTML {
    func joined() -> HTML { HTML(unsafe: map(\.raw).joined()) }
}
