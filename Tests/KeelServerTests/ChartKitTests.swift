import KeelCore
@testable import KeelPresentation
import Testing

@testable import KeelServer

/// Every chart has an accessible name and description and a data table with the same numbers, and
/// escapes the text it is given.
@Suite struct ChartKitTests {
    func checkAccessible(_ html: HTML, id: String, rows: Int) {
        #expect(html.raw.contains("role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\""))
        #expect(html.raw.contains("<title id=\"\(id)-t\">"))
        #expect(html.raw.contains("<desc id=\"\(id)-d\">"))
        #expect(html.raw.components(separatedBy: "<tr>").count - 2 == rows)  // header row + data rows
    }

    @Test func barChartScalesToTheLargestValue() {
        let html = BarChart(
            id: "b",
            title: "Budget <split>",
            description: "d",
            bars: [.init(label: "Build", value: 600, display: "600"), .init(label: "<Market>", value: 300, display: "300")],
            valueHeader: "Amount"
        ).render()
        checkAccessible(html, id: "b", rows: 2)
        #expect(html.raw.contains("Budget &lt;split&gt;"))
        #expect(html.raw.contains("&lt;Market&gt;"))
        #expect(!html.raw.contains("<Market>"))
        // 600 of a nice maximum of 1000 over a 280-unit plot.
        #expect(html.raw.contains("width=\"168\""))  // 600 / 1000 of the 280-unit plot
    }

    @Test func timelinePlacesBarsOnTheCalendar() {
        let html = TimelineChart(
            id: "t",
            title: "Phases",
            description: "d",
            rows: [
                .init(
                    label: "Initiation",
                    plannedStart: Day(iso: "2027-01-01"),
                    plannedFinish: Day(iso: "2027-01-31"),
                    actualStart: Day(iso: "2027-01-01"),
                    actualFinish: Day(iso: "2027-02-03"),
                    state: "done"
                ),
                .init(
                    label: "Planning",
                    plannedStart: Day(iso: "2027-02-01"),
                    plannedFinish: Day(iso: "2027-03-31"),
                    actualStart: nil,
                    actualFinish: nil,
                    state: "not_started"
                ),
            ],
            today: Day(iso: "2027-02-15")!,
            headers: ("Phase", "Planned", "Actual"),
            formatDay: { $0?.iso ?? "—" },
            monthLabel: { _, m in "M\(m)" }
        ).render()
        checkAccessible(html, id: "t", rows: 2)
        #expect(html.raw.contains(">M1<") && html.raw.contains(">M3<"))
        #expect(html.raw.contains("class=\"today\""))
        #expect(html.raw.contains("2027-01-01 – 2027-01-31"))
    }

    @Test func heatGridCountsCells() {
        var counts = Array(repeating: Array(repeating: 0, count: 5), count: 5)
        counts[0][4] = 3
        counts[4][0] = 1
        let html = HeatGrid(
            id: "h",
            title: "Grid",
            description: "d",
            rowLabels: ["5", "4", "3", "2", "1"],
            columnLabels: ["1", "2", "3", "4", "5"],
            rowAxis: "I",
            columnAxis: "J",
            counts: counts
        ).render()
        checkAccessible(html, id: "h", rows: 5)
        #expect(html.raw.contains("5 × 5: 3"))
        #expect(html.raw.contains("cell heat-4"))
        #expect(html.raw.contains("cell heat-2"))
    }

    @Test func lineChartStacksAndLists() {
        let html = LineChart(
            id: "l",
            title: "S-curve",
            description: "d",
            xLabels: ["W1", "W2", "W3"],
            series: [.init(name: "PV", values: [1, 2, 3]), .init(name: "EV", values: [1, 1.5, nil])],
            stacked: true
        ).render()
        checkAccessible(html, id: "l", rows: 3)
        #expect(html.raw.components(separatedBy: "<polygon").count == 3)
        #expect(html.raw.contains(">PV<") || html.raw.contains("PV</li>"))
    }

    @Test func histogramAndTornado() {
        let h = Histogram(
            id: "hist",
            title: "Finish",
            description: "d",
            binLabels: ["a", "b", "c"],
            counts: [1, 2, 1],
            headers: ("Bin", "Runs", "Cumulative")
        ).render()
        checkAccessible(h, id: "hist", rows: 3)
        #expect(h.raw.contains("<td>75%</td>"))
        let t = Tornado(
            id: "tor",
            title: "Drivers",
            description: "d",
            bars: [.init(label: "Small", low: -1, high: 1), .init(label: "Big", low: -5, high: 4)],
            headers: ("Input", "Low", "High")
        ).render()
        checkAccessible(t, id: "tor", rows: 2)
        #expect(t.raw.range(of: "Big")!.lowerBound < t.raw.range(of: "Small")!.lowerBound)
        #expect(Sparkline(values: [1, 3, 2], label: "trend").render().raw.contains("<polyline"))
    }
}
