import Foundation
import KeelCore

/// Keel's charts: SVG drawn on the server, one look everywhere. Every chart has an accessible title
/// and description (`role="img"`, `aria-labelledby`) and a data table beside it for screen readers and
/// for printing (`<details>` closed on screen), so no information lives only in the picture.
package enum ChartKit {
    /// The categorical palette, as CSS classes (`series-0` …) so that light and dark themes colour them.
    package static let seriesCount = 6

    package struct Frame {
        package let width: Double
        package let height: Double
        package let left: Double
        package let right: Double
        package let top: Double
        package let bottom: Double

        package var plotWidth: Double { width - left - right }
        package var plotHeight: Double { height - top - bottom }
    }

    /// `<figure>` with the SVG, a caption, and the data table.
    package static func figure(id: String, title: String, description: String, frame: Frame, body: HTML, table: HTML, caption: HTML = .empty) -> HTML
    {
        """
        <figure class="chart" id="\(id)">
        <svg viewBox="0 0 \(fmt(frame.width)) \(fmt(frame.height))" width="\(fmt(frame.width))" height="\(fmt(frame.height))" role="img" aria-labelledby="\(id)-t \(id)-d" preserveAspectRatio="xMinYMin meet">
        <title id="\(id)-t">\(title)</title><desc id="\(id)-d">\(description)</desc>
        \(body)
        </svg>
        \(caption)
        <details class="chart-data"><summary>\(title)</summary>\(table)</details>
        </figure>
        """
    }

    package static func table(headers: [String], rows: [[String]]) -> HTML {
        let head: [HTML] = headers.map { "<th scope=\"col\">\($0)</th>" }
        let body: [HTML] = rows.map { row in "<tr>\(row.map { "<td>\($0)</td>" as HTML })</tr>" }
        return "<table class=\"data compact\"><thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table>"
    }

    /// A label cut to `max` characters with an ellipsis (the full text stays in the tooltip and the table).
    package static func short(_ s: String, _ max: Int) -> String { s.count <= max ? s : String(s.prefix(max - 1)) + "…" }

    /// Numbers in SVG attributes: one decimal at most, no exponent, no locale.
    package static func fmt(_ v: Double) -> String {
        guard v.isFinite else { return "0" }
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(format: "%.1f", r)
    }

    /// A "nice" upper bound for an axis (1, 2, 2.5, 5 × 10ⁿ) at or above `value`.
    package static func niceMax(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        let exponent = floor(log10(value))
        let base = pow(10, exponent)
        for m in [1.0, 2.0, 2.5, 5.0, 10.0] where m * base >= value { return m * base }
        return 10 * base
    }
}
