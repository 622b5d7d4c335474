import Foundation
import KeelCore

/// Project health's traffic lights: the strip on the dashboard and the portfolio's cells. Each light
/// carries its words (for screen readers and the tooltip) and the figure that decided it.
package enum HealthViews {
    package enum Dimension: CaseIterable {
        case schedule, cost, risk, cash

        package var label: HealthText {
            switch self {
            case .schedule: return .schedule
            case .cost: return .cost
            case .risk: return .risk
            case .cash: return .cash
            }
        }

        /// Where the dimension's module lives, below the project's address.
        package var path: String {
            switch self {
            case .schedule: return "/schedule"
            case .cost: return "/finance/earned-value"
            case .risk: return "/risks"
            case .cash: return "/finance/cash-flow"
            }
        }
    }

    package static func rag(_ h: ProjectHealth, _ d: Dimension) -> RAG? {
        switch d {
        case .schedule: return h.schedule?.rag
        case .cost: return h.cost?.rag
        case .risk: return h.risk?.rag
        case .cash: return h.cash?.rag
        }
    }

    /// The figure behind a light, in words ("12 days late", "CPI 0.87"); nil when not assessed.
    package static func reason(_ ctx: ViewContext, _ h: ProjectHealth, _ d: Dimension) -> String? {
        switch d {
        case .schedule:
            guard let s = h.schedule else { return nil }
            var parts: [String] = []
            if let slip = s.slipDays { parts.append(ctx.t(.health(slip > 0 ? .late(slip) : (slip < 0 ? .ahead(-slip) : .onTime)))) }
            if s.missedDeadlines > 0 { parts.append(ctx.t(.health(.missed(s.missedDeadlines)))) }
            if let spi = s.spiT { parts.append(ctx.t(.health(.spiT(index(spi))))) }
            return parts.isEmpty ? ctx.t(.health(.onTime)) : parts.joined(separator: " · ")
        case .cost:
            guard let c = h.cost else { return nil }
            return c.cpi.map { ctx.t(.health(.cpi(index($0)))) } ?? ctx.t(.health(.noCostYet))
        case .risk:
            guard let r = h.risk else { return nil }
            var parts: [String] = []
            if r.critical > 0 { parts.append(ctx.t(.health(.critical(r.critical)))) }
            if r.high > 0 { parts.append(ctx.t(.health(.high(r.high)))) }
            if r.overdue > 0 { parts.append(ctx.t(.health(.overdue(r.overdue)))) }
            return parts.isEmpty ? ctx.t(.health(.noSevereRisks)) : parts.joined(separator: " · ")
        case .cash:
            guard let c = h.cash else { return nil }
            return c.belowOn.map { ctx.t(.health(.belowOn(ctx.day($0)))) } ?? ctx.t(.health(.cashHealthy))
        }
    }

    package static func index(_ v: Double) -> String { Rounding.threeDecimals(v) }

    /// A light with its accessible name: "Schedule: red — 12 days late".
    package static func light(_ ctx: ViewContext, _ rag: RAG?, name: String, reason: String?) -> HTML {
        let word = rag.map { ctx.t(.rag($0)) } ?? ctx.t(.health(.notAssessed))
        let label = [name + ": " + word, reason].compactMap { $0 }.joined(separator: " — ")
        return "<span class=\"rag rag-\(rag?.rawValue ?? "none")\" role=\"img\" aria-label=\"\(label)\" title=\"\(label)\"></span>"
    }

    /// The dashboard's strip: one light per dimension with its figure, each linking to its module.
    package static func strip(_ ctx: ViewContext, base: String, _ h: ProjectHealth) -> HTML {
        let items: [HTML] = Dimension.allCases.map { d in
            let name = ctx.t(.health(d.label))
            let reason = reason(ctx, h, d)
            return """
                <li><a href="\(base)\(d.path)">\(light(ctx, rag(h, d), name: name, reason: reason))<strong>\(name)</strong>
                <span class="muted">\(reason ?? ctx.t(.health(.notAssessed)))</span></a></li>
                """
        }
        return """
            <section class="card wide health" aria-labelledby="health-title"><h2 id="health-title">\(ctx.t(.health(.title)))</h2>
            <ul class="health-strip">\(items)</ul><p class="help">\(ctx.t(.health(.help)))</p></section>
            """
    }

    /// The portfolio's cell: the four lights in a row (schedule, cost, risk, cash, as the column's
    /// heading lists them), each named with its figure for screen readers and the tooltip.
    package static func cell(_ ctx: ViewContext, _ stored: StoredHealth?) -> HTML {
        let h = stored?.health
        let lights: [HTML] = Dimension.allCases.map { d in
            light(ctx, h.flatMap { rag($0, d) }, name: ctx.t(.health(d.label)), reason: h.flatMap { reason(ctx, $0, d) })
        }
        let updating: HTML = stored?.current == false ? " <small class=\"muted\">\(ctx.t(.health(.updating)))</small>" : .empty
        return "<td class=\"health-cell\" data-sort=\"\(h?.overall?.severity ?? 0)\"><span class=\"lights\">\(lights)</span>\(updating)</td>"
    }

    /// The heading of the portfolio's health column, with the order of its lights.
    package static func heading(_ ctx: ViewContext) -> HTML {
        let names = Dimension.allCases.map { ctx.t(.health($0.label)) }.joined(separator: " · ")
        return "<th scope=\"col\">\(ctx.t(.health(.title)))<small class=\"legend\">\(names)</small></th>"
    }
}

/// Project health in words for the command line: "ECOM-2027  red  schedule red (28 days late · …) …".
public enum HealthLines {
    public static func line(_ s: ProjectSummary, locale: UILocale) -> String {
        let ctx = ViewContext(locale: locale, path: "", flash: nil)
        guard let h = s.health?.health else { return "\(s.code)  \(ctx.t(.health(.notAssessed)))" }
        let parts = HealthViews.Dimension.allCases.map { d -> String in
            let word = HealthViews.rag(h, d).map { ctx.t(.rag($0)) } ?? ctx.t(.health(.notAssessed))
            let reason = HealthViews.reason(ctx, h, d).map { " (\($0))" } ?? ""
            return "\(ctx.t(.health(d.label))) \(word)\(reason)"
        }
        let overall = h.overall.map { ctx.t(.rag($0)) } ?? ctx.t(.health(.notAssessed))
        return "\(s.code)  \(overall)  " + parts.joined(separator: "; ")
    }
}
