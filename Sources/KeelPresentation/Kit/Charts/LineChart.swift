import Foundation
import KeelCore

/// Lines over a shared x axis: S-curves (PV, EV, AC), trends, sparklines. `stacked` fills the area
/// under each series on top of the previous one.
package struct LineChart {
    package struct Series {
        package let name: String
        package let values: [Double?]
    }

    package let id: String
    package let title: String
    package let description: String
    package let xLabels: [String]
    package let series: [Series]
    package var stacked = false
    package var format: (Double) -> String = { ChartKit.fmt($0) }

    package func render() -> HTML {
        let frame = ChartKit.Frame(width: 640, height: 260, left: 64, right: 12, top: 12, bottom: 40)
        let n = max(1, xLabels.count - 1)
        var totals = [Double](repeating: 0, count: xLabels.count)
        var tops: [[Double?]] = []
        for s in series {
            var top: [Double?] = []
            for (i, v) in s.values.enumerated() where i < xLabels.count {
                if let v {
                    if stacked { totals[i] += v }
                    top.append(stacked ? totals[i] : v)
                } else {
                    top.append(nil)
                }
            }
            tops.append(top)
        }
        let values = tops.flatMap { $0.compactMap { $0 } }
        let maxValue = ChartKit.niceMax(max(values.max() ?? 1, 0))
        // Below zero (a cash balance in overdraft) the axis extends down as far as the data goes.
        let lowest = values.min() ?? 0
        let minValue = lowest < 0 ? -ChartKit.niceMax(-lowest) : 0
        let span = maxValue - minValue == 0 ? 1 : maxValue - minValue
        func x(_ i: Int) -> Double { frame.left + Double(i) / Double(n) * frame.plotWidth }
        func y(_ v: Double) -> Double { frame.top + frame.plotHeight * (maxValue - v) / span }
        var parts: [HTML] = []
        for k in 0...4 {
            let v = minValue + span * Double(k) / 4
            parts.append(
                "<line class=\"grid\" x1=\"\(ChartKit.fmt(frame.left))\" y1=\"\(ChartKit.fmt(y(v)))\" x2=\"\(ChartKit.fmt(frame.width - frame.right))\" y2=\"\(ChartKit.fmt(y(v)))\"></line><text class=\"tick\" x=\"\(ChartKit.fmt(frame.left - 6))\" y=\"\(ChartKit.fmt(y(v) + 4))\" text-anchor=\"end\">\(format(v))</text>"
            )
        }
        let step = max(1, xLabels.count / 8)
        for (i, label) in xLabels.enumerated() where i % step == 0 {
            parts.append(
                "<text class=\"tick\" x=\"\(ChartKit.fmt(x(i)))\" y=\"\(ChartKit.fmt(frame.height - 22))\" text-anchor=\"middle\">\(label)</text>"
            )
        }
        for (k, s) in series.enumerated() {
            let points = tops[k].enumerated().compactMap { i, v in v.map { "\(ChartKit.fmt(x(i))),\(ChartKit.fmt(y($0)))" } }
            guard !points.isEmpty else { continue }
            if stacked {
                let below = k == 0 ? nil : tops[k - 1]
                let base = tops[k].indices.reversed().map { i in "\(ChartKit.fmt(x(i))),\(ChartKit.fmt(y(below?[i] ?? 0)))" }
                parts.append(
                    "<polygon class=\"area series-\(k % ChartKit.seriesCount)\" points=\"\((points + base).joined(separator: " "))\"><title>\(s.name)</title></polygon>"
                )
            }
            parts.append(
                "<polyline class=\"line series-\(k % ChartKit.seriesCount)\" points=\"\(points.joined(separator: " "))\"><title>\(s.name)</title></polyline>"
            )
        }
        let legend: [HTML] = series.enumerated().map { k, s in "<li><span class=\"swatch series-\(k % ChartKit.seriesCount)\"></span>\(s.name)</li>" }
        let table = ChartKit.table(
            headers: [""] + series.map(\.name),
            rows: xLabels.enumerated().map { i, label in [label] + series.map { s in i < s.values.count ? s.values[i].map(format) ?? "" : "" } }
        )
        return ChartKit.figure(
            id: id,
            title: title,
            description: description,
            frame: frame,
            body: parts.joined(),
            table: table,
            caption: "<figcaption><ul class=\"legend-inline\">\(legend)</ul></figcaption>"
        )
    }
}

/// A tiny trend line without axes, for KPI tiles.
package struct Sparkline {
    package let values: [Double]
    package let label: String

    package func render() -> HTML {
        guard values.count >= 2, let lo = values.min(), let hi = values.max() else { return .empty }
        let w = 120.0, h = 28.0
        let range = hi - lo == 0 ? 1 : hi - lo
        let points = values.enumerated().map { i, v in
            "\(ChartKit.fmt(Double(i) / Double(values.count - 1) * w)),\(ChartKit.fmt(h - 2 - (v - lo) / range * (h - 4)))"
        }
        return
            "<svg class=\"sparkline\" viewBox=\"0 0 120 28\" width=\"120\" height=\"28\" role=\"img\" aria-label=\"\(label)\"><polyline points=\"\(points.joined(separator: " "))\"></polyline></svg>"
    }
}
