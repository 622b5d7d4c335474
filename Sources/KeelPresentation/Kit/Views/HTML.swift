/// A fragment of HTML. Interpolated `String`s are escaped; interpolated `HTML` is trusted as is.
/// That makes escaping the default: raw text reaches a page only by being wrapped in `HTML(unsafe:)`
/// (done solely for markup built by our own code).
import KeelCore

package struct HTML: Sendable, ExpressibleByStringInterpolation {
    package var raw: String

    package init(unsafe raw: String) { self.raw = raw }

    package init(stringLiteral value: String) { self.raw = value }

    package init(stringInterpolation: Interpolation) { self.raw = stringInterpolation.out }

    package static let empty = HTML(unsafe: "")

    package struct Interpolation: StringInterpolationProtocol {
        package var out = ""

        package init(literalCapacity: Int, interpolationCount: Int) { out.reserveCapacity(literalCapacity + interpolationCount * 16) }

        package mutating func appendLiteral(_ literal: String) { out += literal }
        package mutating func appendInterpolation(_ text: String) { out += HTML.escape(text) }
        package mutating func appendInterpolation(_ html: HTML) { out += html.raw }
        package mutating func appendInterpolation(_ parts: [HTML]) { for p in parts { out += p.raw } }
        package mutating func appendInterpolation(_ n: Int) { out += String(n) }
        /// Ids are UUID text: nothing to escape.
        package mutating func appendInterpolation<T>(_ id: ID<T>) { out += id.description }
        package mutating func appendInterpolation(_ html: HTML?) { if let html { out += html.raw } }
    }

    /// Escapes text for element content and quoted attribute values alike.
    package static func escape(_ s: String) -> String {
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
    package func joined() -> HTML { HTML(unsafe: map(\.raw).joined()) }
}
