import KeelCore

/// Counts per bin with the cumulative share as a line: Monte Carlo outcomes, durations.
package struct Histogram {
    package let id: String
    package let title: String
    package let description: String
    package let binLabels: [String]
    package let counts: [Int]
    package let headers: (bin: String, count: String, cumulative: String)

    package func render() -> HTML {
        let frame = ChartKit.Frame(width: 640, height: 240, left: 48, right: 44, top: 12, bottom: 40)
        let total = max(1, counts.reduce(0, +))
        let maxCount = ChartKit.niceMax(Double(counts.max() ?? 1))
        let w = frame.plotWidth / Double(max(1, counts.count))
        var parts: [HTML] = []
        var cumulative = 0
        var line: [String] = []
        var rows: [[String]] = []
        for (i, c) in counts.enumerated() {
            let h = Double(c) / maxCount * frame.plotHeight
            let x = frame.left + Double(i) * w
            cumulative += c
            let share = Double(cumulative) / Double(total)
            line.append("\(ChartKit.fmt(x + w / 2)),\(ChartKit.fmt(frame.top + frame.plotHeight * (1 - share)))")
            parts.append(
                "<rect class=\"bin series-0\" x=\"\(ChartKit.fmt(x + 1))\" y=\"\(ChartKit.fmt(frame.top + frame.plotHeight - h))\" width=\"\(ChartKit.fmt(max(1, w - 2)))\" height=\"\(ChartKit.fmt(h))\"><title>\(binLabels[i]): \(c)</title></rect>"
            )
            rows.append([binLabels[i], String(c), "\(Int((share * 100).rounded()))%"])
        }
        let step = max(1, counts.count / 8)
        for (i, label) in binLabels.enumerated() where i % step == 0 {
            parts.append(
                "<text class=\"tick\" x=\"\(ChartKit.fmt(frame.left + Double(i) * w + w / 2))\" y=\"\(ChartKit.fmt(frame.height - 22))\" text-anchor=\"middle\">\(label)</text>"
            )
        }
        parts.append("<polyline class=\"line series-1\" points=\"\(line.joined(separator: " "))\"></polyline>")
        parts.append(
            "<text class=\"tick\" x=\"\(ChartKit.fmt(frame.width - 4))\" y=\"\(ChartKit.fmt(frame.top + 8))\" text-anchor=\"end\">100%</text>"
        )
        return ChartKit.figure(
            id: id,
            title: title,
            description: description,
            frame: frame,
            body: parts.joined(),
            table: ChartKit.table(headers: [headers.bin, headers.count, headers.cumulative], rows: rows)
        )
    }
}

/// Two-sided bars around a centre, largest first: sensitivity of an outcome to each input.
package struct Tornado {
    package struct Bar {
        package let label: String
        package let low: Double
        package let high: Double
    }

    package let id: String
    package let title: String
    package let description: String
    package let bars: [Bar]
    package let headers: (name: String, low: String, high: String)
    package var format: (Double) -> String = { ChartKit.fmt($0) }

    package func render() -> HTML {
        let sorted = bars.sorted { abs($0.high - $0.low) > abs($1.high - $1.low) }
        let rowHeight = 24.0
        let frame = ChartKit.Frame(width: 640, height: Double(sorted.count) * rowHeight + 16, left: 170, right: 20, top: 8, bottom: 8)
        let extent = ChartKit.niceMax(sorted.map { max(abs($0.low), abs($0.high)) }.max() ?? 1)
        let mid = frame.left + frame.plotWidth / 2
        func x(_ v: Double) -> Double { mid + v / extent * frame.plotWidth / 2 }
        var parts: [HTML] = [
            "<line class=\"axis-line\" x1=\"\(ChartKit.fmt(mid))\" y1=\"0\" x2=\"\(ChartKit.fmt(mid))\" y2=\"\(ChartKit.fmt(frame.height))\"></line>"
        ]
        for (i, b) in sorted.enumerated() {
            let y = frame.top + Double(i) * rowHeight
            let lo = min(b.low, b.high), hi = max(b.low, b.high)
            parts.append(
                """
                <g class="tornado"><title>\(b.label): \(format(b.low)) … \(format(b.high))</title>
                <text class="label" x="\(ChartKit.fmt(frame.left - 8))" y="\(ChartKit.fmt(y + 16))" text-anchor="end">\(ChartKit.short(b.label, 26))</text>
                <rect class="series-2" x="\(ChartKit.fmt(x(min(lo, 0))))" y="\(ChartKit.fmt(y + 4))" width="\(ChartKit.fmt(abs(x(min(lo, 0)) - mid)))" height="16"></rect>
                <rect class="series-0" x="\(ChartKit.fmt(mid))" y="\(ChartKit.fmt(y + 4))" width="\(ChartKit.fmt(max(0, x(max(hi, 0)) - mid)))" height="16"></rect></g>
                """
            )
        }
        return ChartKit.figure(
            id: id,
            title: title,
            description: description,
            frame: frame,
            body: parts.joined(),
            table: ChartKit.table(
                headers: [headers.name, headers.low, headers.high],
                rows: sorted.map { [$0.label, format($0.low), format($0.high)] }
            )
        )
    }
}
