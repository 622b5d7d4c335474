import KeelApp
import KeelCore

package enum PhaseViews {
    package static func name(_ ctx: ViewContext, _ p: Phase) -> String {
        p.kind == .custom || !p.name.isEmpty ? (p.name.isEmpty ? ctx.t(.phaseKind(p.kind)) : p.name) : ctx.t(.phaseKind(p.kind))
    }

    package static func values(_ p: Phase) -> [String: String] {
        [
            "kind": p.kind.rawValue, "name": p.name, "position": String(p.position), "planned_start": p.plannedStart?.iso ?? "",
            "planned_finish": p.plannedFinish?.iso ?? "", "actual_start": p.actualStart?.iso ?? "", "actual_finish": p.actualFinish?.iso ?? "",
        ]
    }

    package static func reviewValues(_ g: GateReview) -> [String: String] {
        [
            "criteria_text": GateReview.checklistText(g.criteria),
            "decision": g.decision?.rawValue ?? "", "decider": g.decider, "decided_on": g.decidedOn?.iso ?? "", "notes": g.notes,
            "_phase": g.phaseID.description,
        ]
    }

    package static func phaseFields(_ ctx: ViewContext, _ form: FormKit) -> HTML {
        let kinds = FormKit.options(PhaseKind.self, ctx) { .phaseKind($0) }
        return """
            <div class="grid2">
            \(form.field("kind", .kind, kind: .select(kinds)))
            \(form.field("name", .name, help: .customPhaseHelp))
            \(form.field("planned_start", .plannedStart, kind: .date))
            \(form.field("planned_finish", .plannedFinish, kind: .date))
            \(form.field("actual_start", .actualStart, kind: .date))
            \(form.field("actual_finish", .actualFinish, kind: .date))
            \(form.field("position", .position, kind: .number))
            </div>
            """
    }

    package static func reviewFields(_ ctx: ViewContext, _ form: FormKit, phases: [Phase]?) -> HTML {
        let decisions = FormKit.options(GateDecision.self, ctx, label: { .gateDecision($0) }, includeNone: true)
        let phaseSelect: HTML =
            phases.map { list in
                form.field("_phase", .phase, kind: .select(list.map { (value: $0.id.description, label: name(ctx, $0)) }), required: true)
            } ?? .empty
        return """
            \(phaseSelect)
            \(form.field("criteria_text", .criteria, kind: .textarea, help: .criteriaHelp))
            <div class="grid2">
            \(form.field("decision", .decision, kind: .select(decisions)))
            \(form.field("decider", .decider))
            \(form.field("decided_on", .decidedOn, kind: .date))
            </div>
            \(form.field("notes", .notes, kind: .textarea))
            """
    }

    package static func list(
        _ ctx: ViewContext,
        project: Project,
        phases: [Phase],
        reviews: [GateReview],
        phaseForm: FormKit,
        reviewForm: FormKit
    )
        -> HTML
    {
        let base = "/projects/\(project.id.description)"
        let rows: [HTML] = phases.map { p in
            """
            <tr><td>\(name(ctx, p))</td><td>\(ctx.day(p.plannedStart))</td><td>\(ctx.day(p.plannedFinish))</td>
            <td>\(ctx.day(p.actualStart))</td><td>\(ctx.day(p.actualFinish))</td>
            <td><span class="badge state-\(p.state.rawValue)">\(ctx.t(.phaseState(p.state)))</span></td>
            <td class="actions"><a href="\(base)/phases/\(p.id.description)/edit">\(ctx.t(.edit))</a>
            \(postButton(ctx, "\(base)/phases/\(p.id.description)/delete", label: ctx.t(.delete), version: p.version, confirm: ctx.t(.confirmDelete)))</td></tr>
            """
        }
        let phaseNames = Dictionary(uniqueKeysWithValues: phases.map { ($0.id, name(ctx, $0)) })
        let reviewItems: [HTML] = reviews.map { g in
            let criteria: [HTML] = g.criteria.map { c in
                "<li class=\"\(c.met ? "met" : "unmet")\"><span aria-hidden=\"true\">\(c.met ? "☑" : "☐")</span> \(c.text)</li>"
            }
            let decision: HTML =
                g.decision.map { "<span class=\"badge decision-\($0.rawValue)\">\(ctx.t(.gateDecision($0)))</span>" as HTML }
                ?? "<span class=\"badge\">\(ctx.t(.pending))</span>"
            return """
                <article class="card review"><h3>\(phaseNames[g.phaseID] ?? "") · \(decision)</h3>
                <p class="muted">\(ctx.t(.criteriaMet(g.criteriaMet, g.criteria.count))) · \(ctx.t(.decider)): \(g.decider.isEmpty ? ctx.t(.notSet) : g.decider) · \(ctx.t(.decidedOn)): \(ctx.day(g.decidedOn))</p>
                <ul class="checklist">\(criteria)</ul>
                <p>\(g.notes)</p>
                <p class="actions"><a href="\(base)/gate-reviews/\(g.id.description)/edit">\(ctx.t(.edit))</a>
                \(postButton(ctx, "\(base)/gate-reviews/\(g.id.description)/delete", label: ctx.t(.delete), version: g.version, confirm: ctx.t(.confirmDelete)))</p>
                </article>
                """
        }
        let body: HTML = """
            <h1>\(ctx.t(.lifecycle))</h1>
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.phase))</th><th scope="col">\(ctx.t(.plannedStart))</th>
            <th scope="col">\(ctx.t(.plannedFinish))</th><th scope="col">\(ctx.t(.actualStart))</th><th scope="col">\(ctx.t(.actualFinish))</th>
            <th scope="col">\(ctx.t(.state))</th><th scope="col">\(ctx.t(.actions))</th></tr></thead><tbody>\(rows)</tbody></table></div>
            <h2>\(ctx.t(.gateReviews))</h2>
            \(reviews.isEmpty ? "<p class=\"empty\">\(ctx.t(.noGateReviews))</p>" : reviewItems.joined())
            <div class="cards">
            <section class="card"><h2 id="add-review">\(ctx.t(.addGateReview))</h2>\(reviewForm.errorSummary())
            <form method="post" action="\(base)/gate-reviews" class="form" novalidate>\(ctx.csrfField)\(reviewFields(ctx, reviewForm, phases: phases))
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.add))</button></div></form></section>
            <section class="card"><h2 id="add-phase">\(ctx.t(.addPhase))</h2>\(phaseForm.errorSummary())
            <form method="post" action="\(base)/phases" class="form" novalidate>\(ctx.csrfField)\(phaseFields(ctx, phaseForm))
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.add))</button></div></form></section>
            </div>
            """
        return Layout.page(
            ctx,
            title: ctx.t(.lifecycle),
            project: .init(id: project.id, code: project.charter.code, name: project.charter.name, active: .lifecycle),
            body: body
        )
    }

    package static func editPhase(_ ctx: ViewContext, project: Project, phase: Phase, form: FormKit, stale: Bool) -> HTML {
        let base = "/projects/\(project.id.description)"
        let staleNote: HTML = stale ? "<div class=\"alert\" role=\"alert\">\(ctx.t(.staleEdit))</div>" : .empty
        let body: HTML = """
            <h1>\(ctx.t(.editPhase)): \(name(ctx, phase))</h1>\(staleNote)\(form.errorSummary())
            <form method="post" action="\(base)/phases/\(phase.id.description)" class="form" novalidate>\(ctx.csrfField)
            <input type="hidden" name="_version" value="\(String(phase.version))">\(phaseFields(ctx, form))
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.save))</button> <a href="\(base)/lifecycle">\(ctx.t(.cancel))</a></div></form>
            """
        return Layout.page(
            ctx,
            title: ctx.t(.editPhase),
            project: .init(id: project.id, code: project.charter.code, name: project.charter.name, active: .lifecycle),
            body: body
        )
    }

    package static func editReview(_ ctx: ViewContext, project: Project, review: GateReview, form: FormKit, stale: Bool) -> HTML {
        let base = "/projects/\(project.id.description)"
        let staleNote: HTML = stale ? "<div class=\"alert\" role=\"alert\">\(ctx.t(.staleEdit))</div>" : .empty
        let body: HTML = """
            <h1>\(ctx.t(.editGateReview))</h1>\(staleNote)\(form.errorSummary())
            <form method="post" action="\(base)/gate-reviews/\(review.id.description)" class="form" novalidate>\(ctx.csrfField)
            <input type="hidden" name="_version" value="\(String(review.version))">\(reviewFields(ctx, form, phases: nil))
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.save))</button> <a href="\(base)/lifecycle">\(ctx.t(.cancel))</a></div></form>
            """
        return Layout.page(
            ctx,
            title: ctx.t(.editGateReview),
            project: .init(id: project.id, code: project.charter.code, name: project.charter.name, active: .lifecycle),
            body: body
        )
    }
}
