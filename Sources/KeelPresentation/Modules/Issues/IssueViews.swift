import Foundation
import KeelApp
import KeelCore
import KeelStore

/// The issue log: the list with its form, and one issue's page.
package enum IssueViews {
    package static func t(_ ctx: ViewContext, _ x: IssueText) -> String { ctx.t(.issue(x)) }

    package static func nav(_ project: Project) -> Layout.ProjectNav {
        .init(id: project.id, code: project.charter.code, name: project.charter.name, active: .risks)
    }

    package static func values(_ i: ProjectIssue) -> [String: String] {
        [
            "title": i.title, "description": i.description, "owner": i.owner, "priority": i.priority.rawValue, "status": i.status.rawValue,
            "raised_on": i.raisedOn.iso, "due": i.due?.iso ?? "", "resolution": i.resolution,
        ]
    }

    package static func fields(_ ctx: ViewContext, _ f: FormKit, editing: Bool) -> HTML {
        let priorities = IssuePriority.allCases.map { (value: $0.rawValue, label: t(ctx, .priority($0))) }
        let statuses = IssueStatus.allCases.map { (value: $0.rawValue, label: t(ctx, .status($0))) }
        let resolution: HTML = editing ? f.field("resolution", .issue(.resolution), kind: .textarea) : .empty
        return """
            <div class="grid2">\(f.field("title", .issue(.title), required: true))\(f.field("owner", .issue(.owner)))
            \(f.field("priority", .issue(.priorityLabel), kind: .select(priorities)))\(f.field("status", .issue(.statusLabel), kind: .select(statuses)))
            \(f.field("raised_on", .issue(.raisedOn), kind: .date))\(f.field("due", .issue(.due), kind: .date))</div>
            \(f.field("description", .issue(.description), kind: .textarea))\(resolution)
            """
    }

    package static func badge(_ ctx: ViewContext, _ i: ProjectIssue, today: Day) -> HTML {
        let late: HTML = i.isOverdue(on: today) ? " <span class=\"badge late\">\(t(ctx, .overdue))</span>" : .empty
        let band = i.priority == .critical ? "band-critical" : i.priority == .high ? "band-high" : i.priority == .medium ? "band-medium" : "band-low"
        return "<span class=\"badge \(band)\">\(t(ctx, .priority(i.priority)))</span>\(late)"
    }

    package static func list(
        _ ctx: ViewContext,
        project: Project,
        issues: [ProjectIssue],
        risks: [ID<Risk>: Risk],
        form: FormKit,
        canEdit: Bool,
        today: Day
    ) -> HTML {
        let base = "/projects/\(project.id.description)"
        let rows: [HTML] = issues.map { i in
            let risk: HTML = i.riskID.flatMap { risks[$0] }.map { "<a href=\"\(base)/risks/\($0.id.description)/edit\">\($0.code)</a>" } ?? .empty
            return """
                <tr><td><a href="\(base)/issues/\(i.id.description)">\(i.code)</a></td><td>\(i.title)</td><td>\(badge(ctx, i, today: today))</td>
                <td>\(t(ctx, .status(i.status)))</td><td>\(i.owner)</td><td>\(ctx.day(i.raisedOn))</td><td>\(i.due.map { ctx.day($0) } ?? "")</td><td>\(risk)</td></tr>
                """
        }
        let table: HTML =
            issues.isEmpty
            ? "<div class=\"empty\"><p>\(t(ctx, .noIssues))</p></div>"
            : """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">#</th><th scope="col">\(t(ctx, .title))</th>
            <th scope="col">\(t(ctx, .priorityLabel))</th><th scope="col">\(t(ctx, .statusLabel))</th><th scope="col">\(t(ctx, .owner))</th>
            <th scope="col">\(t(ctx, .raisedOn))</th><th scope="col">\(t(ctx, .due))</th><th scope="col">\(ctx.t(.risks))</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        let open = issues.filter(\.status.isOpen).count
        let add: HTML =
            canEdit
            ? """
            <section class="card" id="add"><h2>\(t(ctx, .addIssue))</h2>
            <form method="post" action="\(base)/issues" class="form">\(ctx.csrfField)\(form.errorSummary())\(fields(ctx, form, editing: false))
            <div class="buttons"><button type="submit">\(ctx.t(.add))</button></div></form></section>
            """ : .empty
        return Layout.page(
            ctx,
            title: t(ctx, .issueLog),
            project: nav(project),
            body: """
                <h1>\(t(ctx, .issueLog)) <span class="muted">\(t(ctx, .openIssues(open)))</span></h1>
                <p class="muted">\(t(ctx, .issueLogHelp)) <a href="\(base)/risks">\(ctx.t(.riskRegister))</a></p>
                <section class="card" id="issues">\(table)</section>\(add)
                """
        )
    }

    package static func edit(_ ctx: ViewContext, project: Project, issue: ProjectIssue, risk: Risk?, form: FormKit, canEdit: Bool, today: Day) -> HTML
    {
        let base = "/projects/\(project.id.description)"
        let from: HTML =
            risk.map { "<p><a href=\"\(base)/risks/\($0.id.description)/edit\">\(t(ctx, .fromRisk($0.code)))</a> · \($0.title)</p>" } ?? .empty
        let resolved: HTML = issue.resolvedOn.map { "<p class=\"muted\">\(t(ctx, .resolvedOn)): \(ctx.day($0))</p>" } ?? .empty
        let body: HTML =
            canEdit
            ? """
            <form method="post" action="\(base)/issues/\(issue.id.description)" class="form card">\(ctx.csrfField)
            <input type="hidden" name="_version" value="\(String(issue.version))">\(form.errorSummary())\(fields(ctx, form, editing: true))
            <div class="buttons"><button type="submit">\(ctx.t(.save))</button> <a href="\(base)/issues">\(ctx.t(.cancel))</a></div></form>
            <p>\(postButton(ctx, "\(base)/issues/\(issue.id.description)/delete", label: ctx.t(.delete), version: issue.version, confirm: ctx.t(.confirmDelete)))</p>
            """
            : "<section class=\"card\"><p>\(issue.description)</p><p>\(issue.resolution)</p></section>"
        return Layout.page(
            ctx,
            title: "\(issue.code) \(issue.title)",
            project: nav(project),
            body: """
                <h1>\(issue.code) · \(issue.title) \(badge(ctx, issue, today: today))</h1>
                <p><a href="\(base)/issues">\(t(ctx, .issueLog))</a></p>\(from)\(resolved)\(body)
                """
        )
    }

    /// On a risk's page: the issues it became, and the button that says it happened.
    package static func riskCard(_ ctx: ViewContext, project: Project, risk: Risk, issues: [ProjectIssue]) -> HTML {
        let base = "/projects/\(project.id.description)"
        let links: [HTML] = issues.map { "<li><a href=\"\(base)/issues/\($0.id.description)\">\($0.code)</a> \(t(ctx, .status($0.status)))</li>" }
        let list: HTML = issues.isEmpty ? .empty : "<h3>\(t(ctx, .linkedIssues))</h3><ul class=\"plain\">\(links)</ul>"
        let button: HTML =
            risk.status.isOpen && !issues.contains(where: { $0.status.isOpen })
            ? """
            <p class="muted">\(t(ctx, .occurredHelp))</p>
            <form method="post" action="\(base)/risks/\(risk.id.description)/issue" class="inline">\(ctx.csrfField)
            <button type="submit" class="secondary">\(t(ctx, .raiseIssue))</button></form>
            """ : .empty
        guard !(list.raw.isEmpty && button.raw.isEmpty) else { return .empty }
        return "<section class=\"card\" id=\"occurred\"><h2>\(t(ctx, .occurred))</h2>\(button)\(list)</section>"
    }
}
