import KeelCore

/// Bars on a calendar: one row per item from start to finish, optionally with the actual dates as a
/// thinner bar beneath, month ticks, and a "today" line. Phases use it now; the Gantt of the schedule
/// module builds on the same scale.
package struct TimelineChart {
    package struct Row {
        package let label: String
        package let plannedStart: Day?
        package let plannedFinish: Day?
        package let actualStart: Day?
        package let actualFinish: Day?
        package let state: String
    }

    package let id: String
    package let title: String
    package let description: String
    package let rows: [Row]
    package let today: Day
    package let headers: (name: String, planned: String, actual: String)
    package let formatDay: (Day?) -> String
    package let monthLabel: (Int, Int) -> String

    package func render() -> HTML {
        let days = rows.flatMap { [$0.plannedStart, $0.plannedFinish, $0.actualStart, $0.actualFinish].compactMap { $0 } }
        guard let first = days.min(), let last = days.max() else { return .empty }
        let start = Day(year: first.components.year, month: first.components.month, day: 1) ?? first
        let endC = last.components
        let end = (endC.month == 12 ? Day(year: endC.year + 1, month: 1, day: 1) : Day(year: endC.year, month: endC.month + 1, day: 1)) ?? last
        let span = Double(max(1, start.days(until: end)))
        let rowHeight = 30.0
        let frame = ChartKit.Frame(width: 760, height: Double(rows.count) * rowHeight + 34, left: 150, right: 10, top: 24, bottom: 10)
        func x(_ d: Day) -> Double { frame.left + Double(start.days(until: d)) / span * frame.plotWidth }
        var parts: [HTML] = []
        // Month ticks and labels.
        var m = start
        while m < end {
            let c = m.components
            parts.append(
                "<line class=\"grid\" x1=\"\(ChartKit.fmt(x(m)))\" y1=\"\(ChartKit.fmt(frame.top - 4))\" x2=\"\(ChartKit.fmt(x(m)))\" y2=\"\(ChartKit.fmt(frame.height - frame.bottom))\"></line><text class=\"tick\" x=\"\(ChartKit.fmt(x(m) + 3))\" y=\"14\">\(monthLabel(c.year, c.month))</text>"
            )
            m = (c.month == 12 ? Day(year: c.year + 1, month: 1, day: 1) : Day(year: c.year, month: c.month + 1, day: 1)) ?? end
        }
        for (i, row) in rows.enumerated() {
            let y = frame.top + Double(i) * rowHeight
            var bar: HTML = .empty
            if let s = row.plannedStart, let f = row.plannedFinish {
                bar =
                    "<rect class=\"planned\" x=\"\(ChartKit.fmt(x(s)))\" y=\"\(ChartKit.fmt(y + 5))\" width=\"\(ChartKit.fmt(max(2, x(f.adding(days: 1)) - x(s))))\" height=\"12\" rx=\"3\"></rect>"
            }
            var actual: HTML = .empty
            if let s = row.actualStart {
                let f = row.actualFinish ?? max(s, today)
                actual =
                    "<rect class=\"actual\" x=\"\(ChartKit.fmt(x(s)))\" y=\"\(ChartKit.fmt(y + 19))\" width=\"\(ChartKit.fmt(max(2, x(f.adding(days: 1)) - x(s))))\" height=\"5\" rx=\"2\"></rect>"
            }
            parts.append(
                """
                <g class="row state-\(row.state)"><title>\(row.label): \(formatDay(row.plannedStart)) – \(formatDay(row.plannedFinish))</title>
                <text class="label" x="\(ChartKit.fmt(frame.left - 8))" y="\(ChartKit.fmt(y + 16))" text-anchor="end">\(ChartKit.short(row.label, 22))</text>
                \(bar)\(actual)</g>
                """
            )
        }
        if today >= start && today <= end {
            parts.append(
                "<line class=\"today\" x1=\"\(ChartKit.fmt(x(today)))\" y1=\"\(ChartKit.fmt(frame.top - 6))\" x2=\"\(ChartKit.fmt(x(today)))\" y2=\"\(ChartKit.fmt(frame.height - frame.bottom))\"></line>"
            )
        }
        let table = ChartKit.table(
            headers: [headers.name, headers.planned, headers.actual],
            rows: rows.map {
                [
                    $0.label, "\(formatDay($0.plannedStart)) – \(formatDay($0.plannedFinish))",
                    "\(formatDay($0.actualStart)) – \(formatDay($0.actualFinish))",
                ]
            }
        )
        return ChartKit.figure(id: id, title: title, description: description, frame: frame, body: parts.joined(), table: table)
    }
}
