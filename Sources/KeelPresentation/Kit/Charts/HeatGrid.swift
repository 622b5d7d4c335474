import KeelCore

/// A grid of counts, darker where there are more: stakeholders by influence × interest now, risks by
/// probability × impact later. Cells may link to the items they count.
package struct HeatGrid {
    package let id: String
    package let title: String
    package let description: String
    /// Row labels top to bottom (e.g. 5 … 1), column labels left to right.
    package let rowLabels: [String]
    package let columnLabels: [String]
    package let rowAxis: String
    package let columnAxis: String
    /// counts[row][column]
    package let counts: [[Int]]
    /// A class per cell (zone colouring), optional.
    package var zone: (Int, Int) -> String = { _, _ in "" }
    /// Where a cell with items leads (the list of what it counts), optional.
    package var link: ((Int, Int) -> String)? = nil

    package func render() -> HTML {
        let cell = 44.0
        let frame = ChartKit.Frame(
            width: 60 + cell * Double(columnLabels.count) + 10,
            height: cell * Double(rowLabels.count) + 50,
            left: 60,
            right: 10,
            top: 8,
            bottom: 42
        )
        let maxCount = max(1, counts.flatMap { $0 }.max() ?? 1)
        var parts: [HTML] = []
        for (r, label) in rowLabels.enumerated() {
            let y = frame.top + Double(r) * cell
            parts.append(
                "<text class=\"tick\" x=\"\(ChartKit.fmt(frame.left - 8))\" y=\"\(ChartKit.fmt(y + cell / 2 + 4))\" text-anchor=\"end\">\(label)</text>"
            )
            for (c, _) in columnLabels.enumerated() {
                let n = counts[r][c]
                let x = frame.left + Double(c) * cell
                let level = n == 0 ? 0 : Int((Double(n) / Double(maxCount) * 4).rounded(.up))
                let g: HTML = """
                    <g class="cell heat-\(level) \(zone(r, c))"><title>\(rowLabels[r]) × \(columnLabels[c]): \(n)</title>
                    <rect x="\(ChartKit.fmt(x + 1))" y="\(ChartKit.fmt(y + 1))" width="\(ChartKit.fmt(cell - 2))" height="\(ChartKit.fmt(cell - 2))" rx="4"></rect>
                    \(n > 0 ? "<text x=\"\(ChartKit.fmt(x + cell / 2))\" y=\"\(ChartKit.fmt(y + cell / 2 + 5))\" text-anchor=\"middle\">\(n)</text>" as HTML : .empty)</g>
                    """
                if n > 0, let link {
                    parts.append("<a href=\"\(link(r, c))\">\(g)</a>")
                } else {
                    parts.append(g)
                }
            }
        }
        for (c, label) in columnLabels.enumerated() {
            parts.append(
                "<text class=\"tick\" x=\"\(ChartKit.fmt(frame.left + Double(c) * cell + cell / 2))\" y=\"\(ChartKit.fmt(frame.top + Double(rowLabels.count) * cell + 14))\" text-anchor=\"middle\">\(label)</text>"
            )
        }
        parts.append(
            "<text class=\"axis\" x=\"\(ChartKit.fmt(frame.left + frame.plotWidth / 2))\" y=\"\(ChartKit.fmt(frame.height - 6))\" text-anchor=\"middle\">\(columnAxis)</text>"
        )
        parts.append(
            "<text class=\"axis\" x=\"14\" y=\"\(ChartKit.fmt(frame.top + frame.plotHeight / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 14 \(ChartKit.fmt(frame.top + frame.plotHeight / 2)))\">\(rowAxis)</text>"
        )
        let rows = rowLabels.enumerated().map { r, label in [label] + counts[r].map(String.init) }
        return ChartKit.figure(
            id: id,
            title: title,
            description: description,
            frame: frame,
            body: parts.joined(),
            table: ChartKit.table(headers: [rowAxis + " \\ " + columnAxis] + columnLabels, rows: rows)
        )
    }
}
