import Foundation
import KeelCore

package enum StakeholderViews {
    package static func values(_ s: Stakeholder) -> [String: String] {
        [
            "name": s.name, "kind": s.kind.rawValue, "organisation": s.organisation, "contact": s.contact, "influence": String(s.influence),
            "interest": String(s.interest), "current_engagement": s.currentEngagement.rawValue,
            "desired_engagement": s.desiredEngagement.rawValue, "communication_needs": s.communicationNeeds,
        ]
    }

    package static func fields(_ ctx: ViewContext, _ form: FormKit) -> HTML {
        let kinds = FormKit.options(StakeholderKind.self, ctx) { .stakeholderKind($0) }
        let engagement = FormKit.options(Engagement.self, ctx) { .engagement($0) }
        let scores = (1...5).map { (value: String($0), label: String($0)) }
        return """
            <div class="grid2">
            \(form.field("name", .name, required: true))
            \(form.field("kind", .kind, kind: .select(kinds), required: true))
            \(form.field("organisation", .organisation))
            \(form.field("contact", .contact))
            \(form.field("influence", .influence, kind: .select(scores), required: true, help: .scoreHelp))
            \(form.field("interest", .interest, kind: .select(scores), required: true, help: .scoreHelp))
            \(form.field("current_engagement", .currentEngagement, kind: .select(engagement)))
            \(form.field("desired_engagement", .desiredEngagement, kind: .select(engagement)))
            </div>
            \(form.field("communication_needs", .communicationNeeds, kind: .textarea))
            """
    }

    package static func list(_ ctx: ViewContext, project: Project, stakeholders: [Stakeholder], form: FormKit, canEdit: Bool = false) -> HTML {
        let base = "/projects/\(project.id.description)/stakeholders"
        let rows: [HTML] = stakeholders.map { s in
            let gap: HTML = s.engagementGap != 0 ? " → \(ctx.t(.engagement(s.desiredEngagement)))" : .empty
            let row = InlineEdit.row(id: "stakeholder-\(s.id)", url: "\(base)/\(s.id.description)", version: s.version, enabled: canEdit)
            func cell(_ field: String, _ value: String, _ label: Text) -> HTML {
                InlineEdit.cell(field, value: value, name: ctx.t(label) + ": " + s.name, enabled: canEdit)
            }
            return """
                <tr\(row)><td\(cell("name", s.name, .name))>\(s.name)</td><td>\(ctx.t(.stakeholderKind(s.kind)))</td><td\(cell("organisation", s.organisation, .organisation))>\(s.organisation)</td>
                <td class="num"\(cell("influence", String(s.influence), .influence))>\(s.influence)</td><td class="num"\(cell("interest", String(s.interest), .interest))>\(s.interest)</td>
                <td>\(ctx.t(.engagement(s.currentEngagement)))\(gap)</td><td><span class="badge q-\(s.quadrant.rawValue)">\(ctx.t(.quadrant(s.quadrant)))</span></td>
                <td class="actions"><a href="\(base)/\(s.id.description)/edit">\(ctx.t(.edit))</a>
                \(postButton(ctx, "\(base)/\(s.id.description)/delete", label: ctx.t(.delete), version: s.version, confirm: ctx.t(.confirmDelete)))</td></tr>
                """
        }
        let table: HTML =
            stakeholders.isEmpty
            ? "<p class=\"empty\">\(ctx.t(.noStakeholders))</p>"
            : """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.name))</th><th scope="col">\(ctx.t(.kind))</th>
            <th scope="col">\(ctx.t(.organisation))</th><th scope="col" class="num">\(ctx.t(.influence))</th><th scope="col" class="num">\(ctx.t(.interest))</th>
            <th scope="col">\(ctx.t(.engagementGap))</th><th scope="col">\(ctx.t(.strategy))</th><th scope="col">\(ctx.t(.actions))</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        let body: HTML = """
            <h1>\(ctx.t(.stakeholders))</h1>
            <div class="split" id="stakeholder-register" data-inline-scope>\(InfluenceGrid.svg(ctx, stakeholders))<div>\(table)</div></div>
            <section class="card"><h2 id="add">\(ctx.t(.addStakeholder))</h2>\(form.errorSummary())
            <form method="post" action="\(base)" class="form" novalidate>\(ctx.csrfField)\(fields(ctx, form))
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.add))</button></div></form></section>
            """
        return Layout.page(
            ctx,
            title: ctx.t(.stakeholders),
            project: .init(id: project.id, code: project.charter.code, name: project.charter.name, active: .stakeholders),
            body: body
        )
    }

    package static func edit(_ ctx: ViewContext, project: Project, stakeholder: Stakeholder, form: FormKit, stale: Bool) -> HTML {
        let base = "/projects/\(project.id.description)/stakeholders"
        let staleNote: HTML = stale ? "<div class=\"alert\" role=\"alert\">\(ctx.t(.staleEdit))</div>" : .empty
        let body: HTML = """
            <h1>\(ctx.t(.editStakeholder))</h1>\(staleNote)\(form.errorSummary())
            <form method="post" action="\(base)/\(stakeholder.id.description)" class="form" novalidate>\(ctx.csrfField)
            <input type="hidden" name="_version" value="\(String(stakeholder.version))">\(fields(ctx, form))
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.save))</button> <a href="\(base)">\(ctx.t(.cancel))</a></div></form>
            """
        return Layout.page(
            ctx,
            title: ctx.t(.editStakeholder),
            project: .init(id: project.id, code: project.charter.code, name: project.charter.name, active: .stakeholders),
            body: body
        )
    }
}

/// The influence / interest grid as SVG: four labelled quadrants, one numbered dot per stakeholder
/// (dots sharing a cell fan out so none hides another), with a text legend as the accessible alternative.
package enum InfluenceGrid {
    package static func svg(_ ctx: ViewContext, _ stakeholders: [Stakeholder]) -> HTML {
        let size = 320.0, pad = 36.0, cell = (size - pad) / 5
        var dots: [HTML] = []
        var legend: [HTML] = []
        var perCell: [Int: Int] = [:]
        for (i, s) in stakeholders.enumerated() {
            let key = s.influence * 10 + s.interest
            let k = perCell[key, default: 0]
            perCell[key] = k + 1
            let angle = Double(k) * 2.1
            let r = k == 0 ? 0 : 9.0 + Double(k) * 2
            let x = pad + (Double(s.interest) - 0.5) * cell + r * cos(angle)
            let y = size - pad - (Double(s.influence) - 0.5) * cell + r * sin(angle)
            let n = i + 1
            dots.append(
                "<g class=\"dot q-\(s.quadrant.rawValue)\"><title>\(s.name): \(ctx.t(.quadrant(s.quadrant)))</title><circle cx=\"\(fmt(x))\" cy=\"\(fmt(y))\" r=\"9\"></circle><text x=\"\(fmt(x))\" y=\"\(fmt(y + 3.5))\" text-anchor=\"middle\">\(n)</text></g>"
            )
            legend.append("<li><span class=\"num\">\(n)</span> \(s.name)</li>")
        }
        let mid = pad + 3 * cell
        let midY = size - pad - 3 * cell
        let quadrantLabels: HTML = """
            <text class="ql" x="\(fmt(mid + 6))" y="\(fmt(14))">\(ctx.t(.quadrant(.manageClosely)))</text>
            <text class="ql" x="\(fmt(pad + 6))" y="\(fmt(14))">\(ctx.t(.quadrant(.keepSatisfied)))</text>
            <text class="ql" x="\(fmt(mid + 6))" y="\(fmt(size - pad - 6))">\(ctx.t(.quadrant(.keepInformed)))</text>
            <text class="ql" x="\(fmt(pad + 6))" y="\(fmt(size - pad - 6))">\(ctx.t(.quadrant(.monitor)))</text>
            """
        return """
            <figure class="chart grid-chart">
            <svg viewBox="0 0 \(fmt(size)) \(fmt(size))" role="img" aria-labelledby="grid-title grid-desc" width="320" height="320">
            <title id="grid-title">\(ctx.t(.gridTitle))</title><desc id="grid-desc">\(ctx.t(.gridDescription))</desc>
            <rect class="q-bg q-manage_closely" x="\(fmt(mid))" y="0" width="\(fmt(size - mid))" height="\(fmt(midY))"></rect>
            <rect class="q-bg q-keep_satisfied" x="\(fmt(pad))" y="0" width="\(fmt(mid - pad))" height="\(fmt(midY))"></rect>
            <rect class="q-bg q-keep_informed" x="\(fmt(mid))" y="\(fmt(midY))" width="\(fmt(size - mid))" height="\(fmt(size - pad - midY))"></rect>
            <rect class="q-bg q-monitor" x="\(fmt(pad))" y="\(fmt(midY))" width="\(fmt(mid - pad))" height="\(fmt(size - pad - midY))"></rect>
            \(quadrantLabels)
            <text class="axis" x="\(fmt(pad + (size - pad) / 2))" y="\(fmt(size - 8))" text-anchor="middle">\(ctx.t(.interest))</text>
            <text class="axis" x="12" y="\(fmt((size - pad) / 2))" text-anchor="middle" transform="rotate(-90 12 \(fmt((size - pad) / 2)))">\(ctx.t(.influence))</text>
            \(dots)
            </svg>
            <figcaption><ol class="legend">\(legend)</ol></figcaption>
            </figure>
            """
    }

    package static func fmt(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
