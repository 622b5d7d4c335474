import Foundation
import KeelApp
import KeelCore
import KeelStore

/// The risk scales page: both scales as tables of levels (ten rows each; the level count decides
/// how many are used), the score method, the bands and the review cadence.
package enum RiskScaleViews {
    package static func t(_ ctx: ViewContext, _ x: RiskScaleText) -> String { ctx.t(.scales(x)) }

    package static let rows = RiskScales.levelCount.upperBound

    /// The form's values for stored scales.
    package static func values(_ s: RiskScales, currency: Currency) -> [String: String] {
        var v: [String: String] = [
            "probability_count": String(s.probabilityLevels), "impact_count": String(s.impactLevels), "score_method": s.method.rawValue,
            "medium_from": String(s.mediumFrom), "high_from": String(s.highFrom), "critical_from": String(s.criticalFrom),
        ]
        for b in ScoreBand.allCases { v["review_\(b.rawValue)"] = String(s.reviewCadence(b)) }
        for (k, l) in s.probability.enumerated() {
            v["probability_levels[\(k)].label"] = l.label
            v["probability_levels[\(k)].up_to"] = FixedPoint.format(Int64(l.upTo), digits: 2)
        }
        for (k, l) in s.impact.enumerated() {
            v["impact_levels[\(k)].label"] = l.label
            v["impact_levels[\(k)].schedule_days"] = l.scheduleDaysUpTo.map(String.init) ?? ""
            v["impact_levels[\(k)].cost"] = l.costUpTo.map { Money(minor: $0, currency: currency).decimalString } ?? ""
        }
        return v
    }

    /// One table cell holding a bare input (the column header is its label).
    package static func cell(_ f: FormKit, _ name: String, label: String, numeric: Bool = false, placeholder: String = "") -> HTML {
        let id =
            f.idPrefix
            + name.replacingOccurrences(of: "[", with: "-").replacingOccurrences(of: "]", with: "").replacingOccurrences(of: ".", with: "-")
        let errs = f.errors[name] ?? []
        let invalid: HTML = errs.isEmpty ? .empty : " aria-invalid=\"true\" aria-describedby=\"\(id)-error\""
        let message: HTML = errs.isEmpty ? .empty : "<span class=\"error\" id=\"\(id)-error\">\(f.ctx.t(.fieldError(errs[0])))</span>"
        var mode: HTML = numeric ? " inputmode=\"decimal\"" : .empty
        if !placeholder.isEmpty { mode = "\(mode) placeholder=\"\(placeholder)\"" }
        return
            "<td><input id=\"\(id)\" name=\"\(name)\" type=\"text\" value=\"\(f.values[name] ?? "")\" aria-label=\"\(label)\"\(mode)\(invalid)>\(message)</td>"
    }

    package static func page(_ ctx: ViewContext, project: Project, scales: RiskScales, form f: FormKit, canEdit: Bool, stale: Bool) -> HTML {
        let base = "/projects/\(project.id.description)/risks"
        let currency = project.charter.budget.currency
        let counts = RiskScales.levelCount.map { (value: String($0), label: String($0)) }
        let methods = ScoreMethod.allCases.map { (value: $0.rawValue, label: t(ctx, .methodName($0))) }
        let probabilityRows: [HTML] = (0..<rows).map { k in
            let used = k < scales.probabilityLevels
            return """
                <tr\(used ? "" : " class=\"muted\"")><th scope="row">\(String(k + 1))</th>\(cell(f, "probability_levels[\(k)].label", label: "\(t(ctx, .label)) \(k + 1)", placeholder: k < 5 ? t(ctx, .probabilityLevelName(k + 1)) : ""))
                \(cell(f, "probability_levels[\(k)].up_to", label: "\(t(ctx, .upToPercent)) \(k + 1)", numeric: true))</tr>
                """
        }
        let impactRows: [HTML] = (0..<rows).map { k in
            let used = k < scales.impactLevels
            return """
                <tr\(used ? "" : " class=\"muted\"")><th scope="row">\(String(k + 1))</th>\(cell(f, "impact_levels[\(k)].label", label: "\(t(ctx, .label)) \(k + 1)", placeholder: k < 5 ? t(ctx, .impactLevelName(k + 1)) : ""))
                \(cell(f, "impact_levels[\(k)].schedule_days", label: "\(t(ctx, .upToDays)) \(k + 1)", numeric: true))
                \(cell(f, "impact_levels[\(k)].cost", label: "\(t(ctx, .upToCost(currency.code))) \(k + 1)", numeric: true))</tr>
                """
        }
        let listError: (String) -> HTML = { key in
            guard let e = f.errors[key]?.first else { return .empty }
            return "<p class=\"error\">\(ctx.t(.fieldError(e)))</p>"
        }
        let staleNote: HTML = stale ? "<div class=\"alert\" role=\"alert\">\(ctx.t(.staleEdit))</div>" : .empty
        let disabled: HTML = canEdit ? .empty : " disabled"
        let body: HTML = """
            <h1>\(t(ctx, .settings))</h1><p class="muted">\(t(ctx, .settingsHelp))</p><p><a href="\(base)">\(ctx.t(.riskRegister))</a></p>
            \(staleNote)\(f.errorSummary())
            <form method="post" action="\(base)/settings" class="form" novalidate>\(ctx.csrfField)
            <input type="hidden" name="_version" value="\(String(scales.version))"><fieldset class="bare"\(disabled)>
            <section class="card" id="probability-scale"><h2>\(t(ctx, .probabilityScale))</h2>
            <div class="grid2">\(f.field("probability_count", .scales(.levels), kind: .select(counts)))</div>\(listError("probability_levels"))
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(t(ctx, .level))</th><th scope="col">\(t(ctx, .label))</th>
            <th scope="col">\(t(ctx, .upToPercent))</th></tr></thead><tbody>\(probabilityRows)</tbody></table></div></section>
            <section class="card" id="impact-scale"><h2>\(t(ctx, .impactScale))</h2>
            <div class="grid2">\(f.field("impact_count", .scales(.levels), kind: .select(counts)))</div>\(listError("impact_levels"))
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(t(ctx, .level))</th><th scope="col">\(t(ctx, .label))</th>
            <th scope="col">\(t(ctx, .upToDays))</th><th scope="col">\(t(ctx, .upToCost(currency.code)))</th></tr></thead><tbody>\(impactRows)</tbody></table></div>
            <p class="muted">\(t(ctx, .unusedRows))</p></section>
            <section class="card" id="scoring"><h2>\(t(ctx, .method))</h2>
            <div class="grid2">\(f.field("score_method", .scales(.method), kind: .select(methods)))</div><p class="muted">\(t(ctx, .maxScore(scales.maxScore)))</p>
            <h3>\(t(ctx, .bands))</h3><div class="grid2">\(f.field("medium_from", .scales(.mediumFrom), kind: .number))
            \(f.field("high_from", .scales(.highFrom), kind: .number))\(f.field("critical_from", .scales(.criticalFrom), kind: .number))</div>
            <h3>\(t(ctx, .reviewCadence))</h3><div class="grid2">\(ScoreBand.allCases.map { f.field("review_\($0.rawValue)", .scales(.reviewDays($0)), kind: .number) })</div>
            </section></fieldset>
            \(canEdit ? "<div class=\"buttons\"><button type=\"submit\" class=\"primary\">\(ctx.t(.save))</button> <a href=\"\(base)\">\(ctx.t(.cancel))</a></div>" as HTML : .empty)
            </form>
            """
        return Layout.page(ctx, title: t(ctx, .settings), project: RiskViews.nav(project), body: body)
    }

    /// Turns the settings form into the use case's input: the used rows of each table as lists.
    package static func input(_ pairs: [(String, String)]) -> Input {
        var fields: [String: String] = [:]
        for (k, v) in pairs { fields[k] = v }
        let plain = pairs.filter { !$0.0.hasPrefix("probability_levels[") && !$0.0.hasPrefix("impact_levels[") && !$0.0.hasSuffix("_count") }
        var input = Input.form(plain)
        func list(_ key: String, _ columns: [String]) -> Input.Value {
            let count = min(rows, max(0, Int(fields["\(key == "probability_levels" ? "probability" : "impact")_count"] ?? "") ?? 0))
            return .array(
                (0..<count).map { k in
                    var row: [String: Input.Value] = [:]
                    for c in columns { row[c] = .string(fields["\(key)[\(k)].\(c)"] ?? "") }
                    return .object(row)
                }
            )
        }
        input.fields["probability_levels"] = list("probability_levels", ["label", "up_to"])
        input.fields["impact_levels"] = list("impact_levels", ["label", "schedule_days", "cost"])
        return input
    }
}
