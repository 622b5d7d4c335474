import KeelCore

/// The schedule's Gantt chart: one row per visible task, indented by outline level; bars from
/// start to finish (critical ones marked), progress inside them, summaries as brackets, milestones
/// as diamonds, the baseline as a thin bar beneath, link arrows, the status date, and non-working
/// days shaded. Zoom sets the scale; collapsed summaries hide their subtasks (the page decides which).
package struct GanttChart {
    package enum Zoom: String, CaseIterable, Sendable {
        case day, week, month, quarter

        package var pixelsPerDay: Double {
            switch self {
            case .day: return 28
            case .week: return 10
            case .month: return 3
            case .quarter: return 1.2
            }
        }
    }

    package struct Row {
        package let label: String
        package let level: Int
        package let start: LocalDateTime
        package let finish: LocalDateTime
        package let baselineStart: LocalDateTime?
        package let baselineFinish: LocalDateTime?
        package let isSummary: Bool
        package let isMilestone: Bool
        package let isCritical: Bool
        package let percentComplete: Int
        /// For summaries: the link that collapses or expands it, and whether it is collapsed.
        package let toggle: String?
        package let collapsed: Bool
        package let tooltip: String
        package let tableCells: [String]
        /// The id of the row that lists the task beside the chart (a bar leads to it).
        package var rowID: String? = nil
    }

    package struct Arrow {
        package let from: Int
        package let to: Int
        package let type: LinkType
        package let critical: Bool
    }

    package let id: String
    package let title: String
    package let description: String
    package let rows: [Row]
    package let arrows: [Arrow]
    package let zoom: Zoom
    package let statusDate: LocalDateTime?
    package let isWorkingDay: (Day) -> Bool
    package let monthLabel: (Int, Int) -> String
    package let tableHeaders: [String]

    /// The widest span each scale draws (about 100,000 pixels); wider plans are drawn one scale out.
    package static func fitting(_ zoom: Zoom, days: Int) -> Zoom {
        switch zoom {
        case .day where days > 3_600: return fitting(.week, days: days)
        case .week where days > 10_000: return fitting(.month, days: days)
        case .month where days > 36_600: return .quarter
        default: return zoom
        }
    }

    package static let rowHeight = 22.0
    package static let labelWidth = 260.0

    package func render() -> HTML {
        guard !rows.isEmpty else { return .empty }
        var first = rows.map(\.start.day).min()!, last = rows.map(\.finish.day).max()!
        for r in rows {
            if let b = r.baselineStart?.day { first = min(first, b) }
            if let b = r.baselineFinish?.day { last = max(last, b) }
        }
        if let s = statusDate?.day {
            first = min(first, s)
            last = max(last, s)
        }
        // A scale that would draw a day at a time over decades steps back to one that fits a page.
        let zoom = Self.fitting(self.zoom, days: first.days(until: last))
        // Whole months (whole weeks at day zoom) so the ticks start on a boundary.
        let c = first.components
        let start = zoom == .day ? first.adding(days: -((first.weekday + 6) % 7)) : (Day(year: c.year, month: c.month, day: 1) ?? first)
        let end = last.adding(days: zoom == .day ? 7 : 31)
        let ppd = zoom.pixelsPerDay
        let top = 34.0
        let frame = ChartKit.Frame(
            width: Self.labelWidth + Double(start.days(until: end)) * ppd + 10,
            height: top + Double(rows.count) * Self.rowHeight + 8,
            left: Self.labelWidth,
            right: 10,
            top: top,
            bottom: 8
        )
        let originMinutes = Double(start.ordinal) * 1_440
        func x(_ t: LocalDateTime) -> Double { frame.left + (Double(t.minutes) - originMinutes) / 1_440 * ppd }
        func xd(_ d: Day) -> Double { frame.left + Double(start.days(until: d)) * ppd }
        func y(_ i: Int) -> Double { top + Double(i) * Self.rowHeight }
        let bottom = frame.height - frame.bottom
        var parts: [HTML] = []
        parts.reserveCapacity(rows.count * 3 + 200)

        // Non-working days, where the scale shows days.
        if zoom == .day || zoom == .week {
            var d = start
            while d < end {
                if !isWorkingDay(d) {
                    parts.append(
                        "<rect class=\"off\" x=\"\(ChartKit.fmt(xd(d)))\" y=\"\(ChartKit.fmt(top))\" width=\"\(ChartKit.fmt(ppd))\" height=\"\(ChartKit.fmt(bottom - top))\"></rect>"
                    )
                }
                d = d.adding(days: 1)
            }
        }
        // Ticks: months always; days or weeks below them when they fit; quarters at the widest zoom.
        var m = start
        while m < end {
            let mc = m.components
            let next = (mc.month == 12 ? Day(year: mc.year + 1, month: 1, day: 1) : Day(year: mc.year, month: mc.month + 1, day: 1)) ?? end
            if zoom != .quarter || (mc.month - 1) % 3 == 0 {
                let label = zoom == .quarter ? "Q\((mc.month - 1) / 3 + 1) \(mc.year)" : monthLabel(mc.year, mc.month)
                parts.append(
                    "<line class=\"grid\" x1=\"\(ChartKit.fmt(xd(m)))\" y1=\"2\" x2=\"\(ChartKit.fmt(xd(m)))\" y2=\"\(ChartKit.fmt(bottom))\"></line><text class=\"tick\" x=\"\(ChartKit.fmt(xd(m) + 3))\" y=\"13\">\(label)</text>"
                )
            }
            m = max(next, m.adding(days: 1))
        }
        if zoom == .day || zoom == .week {
            var d = start
            while d < end {
                if zoom == .day || d.weekday == 1 {
                    parts.append("<text class=\"tick minor\" x=\"\(ChartKit.fmt(xd(d) + 2))\" y=\"28\">\(d.components.day)</text>")
                }
                d = d.adding(days: 1)
            }
        }
        // Link arrows under the bars.
        for a in arrows where rows.indices.contains(a.from) && rows.indices.contains(a.to) {
            let p = rows[a.from], s = rows[a.to]
            let x1 = x(a.type == .startToStart || a.type == .startToFinish ? p.start : p.finish)
            let x2 = x(a.type == .finishToFinish || a.type == .startToFinish ? s.finish : s.start)
            let y1 = y(a.from) + Self.rowHeight / 2, y2 = y(a.to) + Self.rowHeight / 2
            let bend = a.type == .finishToStart || a.type == .finishToFinish ? x1 + 6 : x1 - 6
            parts.append(
                "<path class=\"link\(a.critical ? " critical" : "")\" d=\"M\(ChartKit.fmt(x1)) \(ChartKit.fmt(y1))H\(ChartKit.fmt(bend))V\(ChartKit.fmt(y2))H\(ChartKit.fmt(x2))\" marker-end=\"url(#\(id)-arrow)\"></path>"
            )
        }
        // Rows.
        for (i, r) in rows.enumerated() {
            let top = y(i)
            let mid = top + Self.rowHeight / 2
            let indent = Double(r.level) * 12
            let maxChars = max(8, Int((Self.labelWidth - 24 - indent) / 6.5))
            var label: HTML =
                "<text class=\"label\(r.isSummary ? " summary" : "")\" x=\"\(ChartKit.fmt(8 + indent + (r.isSummary ? 12 : 0)))\" y=\"\(ChartKit.fmt(mid + 4))\">\(ChartKit.short(r.label, maxChars))</text>"
            if let toggle = r.toggle {
                label =
                    "<a href=\"\(toggle)\" class=\"toggle\"><text class=\"twisty\" x=\"\(ChartKit.fmt(4 + indent))\" y=\"\(ChartKit.fmt(mid + 4))\">\(r.collapsed ? "▸" : "▾")</text>\(label)</a>"
            }
            var shape: HTML
            let x0 = x(r.start), x1 = max(x(r.finish), x0 + 1)
            if r.isMilestone {
                let s = 6.0
                shape =
                    "<polygon class=\"milestone\(r.isCritical ? " critical" : "")\" points=\"\(ChartKit.fmt(x0)),\(ChartKit.fmt(mid - s)) \(ChartKit.fmt(x0 + s)),\(ChartKit.fmt(mid)) \(ChartKit.fmt(x0)),\(ChartKit.fmt(mid + s)) \(ChartKit.fmt(x0 - s)),\(ChartKit.fmt(mid))\"></polygon>"
            } else if r.isSummary {
                shape =
                    "<path class=\"summary-bar\" d=\"M\(ChartKit.fmt(x0)) \(ChartKit.fmt(mid + 5))V\(ChartKit.fmt(mid - 3))H\(ChartKit.fmt(x1))V\(ChartKit.fmt(mid + 5))L\(ChartKit.fmt(x1 - 4)) \(ChartKit.fmt(mid + 1))H\(ChartKit.fmt(x0 + 4))Z\"></path>"
            } else {
                let w = x1 - x0
                shape =
                    "<rect class=\"bar\(r.isCritical ? " critical" : "")\" x=\"\(ChartKit.fmt(x0))\" y=\"\(ChartKit.fmt(top + 5))\" width=\"\(ChartKit.fmt(w))\" height=\"9\" rx=\"2\"></rect>"
                if r.percentComplete > 0 {
                    shape =
                        "\(shape)<rect class=\"progress\" x=\"\(ChartKit.fmt(x0))\" y=\"\(ChartKit.fmt(top + 8))\" width=\"\(ChartKit.fmt(w * Double(r.percentComplete) / 100))\" height=\"3\"></rect>"
                }
            }
            var baseline: HTML = .empty
            if let bs = r.baselineStart, let bf = r.baselineFinish {
                baseline =
                    "<rect class=\"baseline\" x=\"\(ChartKit.fmt(x(bs)))\" y=\"\(ChartKit.fmt(top + 16))\" width=\"\(ChartKit.fmt(max(1, x(bf) - x(bs))))\" height=\"3\"></rect>"
            }
            let row: HTML = r.rowID.map { " data-row=\"\($0)\"" } ?? .empty
            parts.append("<g class=\"task\"\(row)><title>\(r.tooltip)</title>\(label)\(shape)\(baseline)</g>")
        }
        if let s = statusDate {
            parts.append(
                "<line class=\"status-date\" x1=\"\(ChartKit.fmt(x(s)))\" y1=\"\(ChartKit.fmt(top - 4))\" x2=\"\(ChartKit.fmt(x(s)))\" y2=\"\(ChartKit.fmt(bottom))\"></line>"
            )
        }
        let defs: HTML =
            "<defs><marker id=\"\(id)-arrow\" viewBox=\"0 0 8 8\" refX=\"7\" refY=\"4\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path d=\"M0 0L8 4L0 8Z\" class=\"arrowhead\"></path></marker></defs>"
        let body: HTML =
            "\(defs)<line class=\"divider\" x1=\"\(ChartKit.fmt(frame.left))\" y1=\"0\" x2=\"\(ChartKit.fmt(frame.left))\" y2=\"\(ChartKit.fmt(bottom))\"></line>\(parts)"
        return ChartKit.figure(
            id: id,
            title: title,
            description: description,
            frame: frame,
            body: body,
            table: ChartKit.table(headers: tableHeaders, rows: rows.map(\.tableCells))
        )
    }
}
