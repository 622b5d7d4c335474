import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation
import KeelStore

/// Reads audit filters from a query string, for the API, the page and the CSV export alike.
enum AuditFilterParser {
    static func parse(_ q: Parameters, project: ID<Project>?) throws(KeelError) -> AuditRepository.Filter {
        var errors = FieldErrors()
        var f = AuditRepository.Filter(project: project)
        f.action = q.get("action").flatMap { $0.isEmpty ? nil : $0 }
        f.objectType = q.get("object_type").flatMap { $0.isEmpty ? nil : $0 }
        f.actor = q.get("actor").flatMap { $0.isEmpty ? nil : $0 }
        for (key, isFrom) in [("from", true), ("to", false)] {
            guard let raw = q.get(key), !raw.isEmpty else { continue }
            guard let d = errors.day(key, raw) else { continue }
            if isFrom { f.from = d } else { f.to = d }
        }
        if let raw = q.get("before"), !raw.isEmpty {
            if let n = Int64(raw), n > 0 { f.beforeSeq = n } else { errors.add("before", .outOfRange, ["min": "1", "max": "…"]) }
        }
        if let raw = q.get("limit") {
            if let n = Int(raw), (1...1000).contains(n) { f.limit = n } else { errors.add("limit", .outOfRange, ["min": "1", "max": "1000"]) }
        }
        try errors.throwIfAny()
        return f
    }
}

enum AuditViews {
    static let actions = ["create", "update", "delete", "sign_in", "sign_in_failed", "unlock", "change_password", "revoke", "denied"]

    static func page(
        _ ctx: ViewContext,
        project: Project,
        events: [AuditEvent],
        names: [String: String],
        filter: AuditRepository.Filter,
        query: String
    ) -> HTML {
        let base = "/projects/\(project.id)/audit"
        let actionOptions: [HTML] =
            ["<option value=\"\">\(ctx.t(.all))</option>"]
            + actions.map { a in
                "<option value=\"\(a)\"\(filter.action == a ? " selected" : "")>\(ctx.t(.auditActionName(a)))</option>"
            }
        let rows: [HTML] = events.map { e in
            let changes: [HTML] = e.changes.keys.sorted().map { k in
                let c = e.changes[k]!
                // Field names and stored values are shown as recorded (identifiers, not prose).
                return "<li><code>\(k)</code>: <del><samp>\(c.before ?? "")</samp></del> → <ins><samp>\(c.after ?? "")</samp></ins></li>"
            }
            return """
                <tr><td class="num">\(String(e.seq))</td><td>\(e.occurredAt.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: ""))</td>
                <td>\(names[e.actor].map { "<span title=\"\($0)\">\($0)</span>" as HTML } ?? "<code>\(e.actor)</code>")</td><td>\(ctx.t(.auditActionName(e.action)))</td><td><code>\(e.objectType)</code></td><td><ul class="changes">\(changes)</ul></td></tr>
                """
        }
        let older: HTML =
            events.count == filter.limit ? "<a rel=\"next\" href=\"\(base)?\(query)&before=\(String(events.last!.seq))\">\(ctx.t(.next))</a>" : .empty
        let body: HTML = """
            <div class="page-head"><h1>\(ctx.t(.auditTrail))</h1><a class="button" href="\(base).csv?\(query)">\(ctx.t(.exportCSV))</a></div>
            <form method="get" action="\(base)" class="filters">
            <div class="field"><label for="a-action">\(ctx.t(.auditAction))</label><select id="a-action" name="action">\(actionOptions)</select></div>
            <div class="field"><label for="a-type">\(ctx.t(.auditObject))</label><input id="a-type" name="object_type" value="\(filter.objectType ?? "")"></div>
            <div class="field"><label for="a-actor">\(ctx.t(.auditActor))</label><input id="a-actor" name="actor" value="\(filter.actor ?? "")"></div>
            <div class="field"><label for="a-from">\(ctx.t(.from))</label><input id="a-from" name="from" type="date" value="\(filter.from?.iso ?? "")"></div>
            <div class="field"><label for="a-to">\(ctx.t(.to))</label><input id="a-to" name="to" type="date" value="\(filter.to?.iso ?? "")"></div>
            <div class="buttons"><button type="submit">\(ctx.t(.filter))</button> <a href="\(base)">\(ctx.t(.reset))</a></div>
            </form>
            \(events.isEmpty ? "<p class=\"empty\">\(ctx.t(.noAuditEvents))</p>" as HTML : """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col" class="num">#</th><th scope="col">\(ctx.t(.auditWhen))</th>
            <th scope="col">\(ctx.t(.auditActor))</th><th scope="col">\(ctx.t(.auditAction))</th><th scope="col">\(ctx.t(.auditObject))</th>
            <th scope="col">\(ctx.t(.auditChanges))</th></tr></thead><tbody>\(rows)</tbody></table></div>
            <nav class="pager">\(older)</nav>
            """)
            """
        return Layout.page(
            ctx,
            title: ctx.t(.auditTrail),
            project: .init(id: project.id, code: project.charter.code, name: project.charter.name, active: .audit),
            body: body
        )
    }

    static func csv(_ events: [AuditEvent]) -> String {
        var w = CSVWriter(header: [
            "seq", "occurred_at", "actor", "request_id", "action", "object_type", "object_id", "field", "before", "after", "hash",
        ])
        for e in events {
            let changes = e.changes.keys.sorted()
            if changes.isEmpty {
                w.append([String(e.seq), e.occurredAt, e.actor, e.requestID, e.action, e.objectType, e.objectID, "", "", "", e.hash])
            }
            for k in changes {
                w.append([
                    String(e.seq), e.occurredAt, e.actor, e.requestID, e.action, e.objectType, e.objectID, k, e.changes[k]!.before ?? "",
                    e.changes[k]!.after ?? "", e.hash,
                ])
            }
        }
        return w.text
    }
}

struct AuditPages {
    let services: KeelServices
    let reader: RequestReader
    let pages: WebPages

    func register(on router: Routes) {
        let services = self.services, reader = self.reader, pages = self.pages
        router.get("/projects/{projectID}/audit", .action(.viewAudit)) { req, ctx in
            let pid: ID<Project> = try ctx.id(.project)
            let filter = try AuditFilterParser.parse(req.uri.queryParameters, project: pid)
            let events = try await services.auditEvents(ctx.caller, filter)
            let names = try await services.auditActorNames(events)
            let project = try await services.projects.get(ctx.caller, pid)
            let query = (req.uri.query ?? "").split(separator: "&").filter { !$0.hasPrefix("before=") }.joined(separator: "&")
            return pages.page(
                AuditViews.page(pages.view(req, ctx), project: project, events: events, names: names, filter: filter, query: query),
                req
            )
        }
        router.get("/projects/{projectID}/audit.csv", .action(.viewAudit)) { req, ctx in
            let pid: ID<Project> = try ctx.id(.project)
            var filter = try AuditFilterParser.parse(req.uri.queryParameters, project: pid)
            filter.limit = req.uri.queryParameters.get("limit").flatMap(Int.init) ?? 100_000
            let events = try await services.auditEvents(ctx.caller, filter)
            return WebResponse.csv(AuditViews.csv(events), filename: "audit-\(pid).csv")
        }
    }
}
