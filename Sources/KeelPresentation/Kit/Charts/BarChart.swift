import KeelCore

/// Horizontal bars, one per labelled value: shares, amounts, counts.
package struct BarChart {
    package struct Bar {
        package let label: String
        package let value: Double
        /// The value as the reader should see it (money, percent), in the data table and tooltip.
        package let display: String
    }

    package let id: String
    package let title: String
    package let description: String
    package let bars: [Bar]
    package var valueHeader: String

    package func render() -> HTML {
        let rowHeight = 26.0
        let frame = ChartKit.Frame(width: 600, height: Double(bars.count) * rowHeight + 12, left: 200, right: 120, top: 6, bottom: 6)
        let maxValue = ChartKit.niceMax(bars.map(\.value).max() ?? 1)
        var parts: [HTML] = []
        for (i, bar) in bars.enumerated() {
            let y = frame.top + Double(i) * rowHeight
            let w = max(0, bar.value / maxValue * frame.plotWidth)
            parts.append(
                """
                <g class="bar series-\(i % ChartKit.seriesCount)"><title>\(bar.label): \(bar.display)</title>
                <text class="label" x="\(ChartKit.fmt(frame.left - 8))" y="\(ChartKit.fmt(y + 17))" text-anchor="end">\(ChartKit.short(bar.label, 26))</text>
                <rect x="\(ChartKit.fmt(frame.left))" y="\(ChartKit.fmt(y + 4))" width="\(ChartKit.fmt(w))" height="\(ChartKit.fmt(rowHeight - 8))" rx="3"></rect>
                <text class="value" x="\(ChartKit.fmt(frame.left + w + 6))" y="\(ChartKit.fmt(y + 17))">\(bar.display)</text></g>
                """
            )
        }
        return ChartKit.figure(
            id: id,
            title: title,
            description: description,
            frame: frame,
            body: parts.joined(),
            table: ChartKit.table(headers: ["", valueHeader], rows: bars.map { [$0.label, $0.display] })
        )
    }
}
