import Foundation
import KeelCore

package enum PortfolioView {
    package static func render(_ ctx: ViewContext, page: Page<ProjectSummary>, query: PortfolioQuery, sponsors: [String]) -> HTML {
        let statusOptions: [HTML] =
            [("", ctx.t(.all))].map { "<option value=\"\($0.0)\">\($0.1)</option>" }
            + ProjectStatus.allCases.map { s in
                let sel: HTML = query.status == s ? " selected" : .empty
                return "<option value=\"\(s.rawValue)\"\(sel)>\(ctx.t(.projectStatus(s)))</option>"
            }
        let sponsorOptions: [HTML] =
            ["<option value=\"\">\(ctx.t(.all))</option>"]
            + sponsors.map { s in
                let sel: HTML = query.sponsor == s ? " selected" : .empty
                return "<option value=\"\(s)\"\(sel)>\(s)</option>"
            }
        let healthOptions: [HTML] =
            ["<option value=\"\">\(ctx.t(.all))</option>"]
            + [RAG.red, .amber, .green].map { r in
                let sel: HTML = query.health == r ? " selected" : .empty
                return "<option value=\"\(r.rawValue)\"\(sel)>\(ctx.t(.rag(r)))</option>"
            }
        let sortOptions: [HTML] = [
            (PortfolioQuery.Sort.code, Text.code), (.name, .name), (.plannedStart, .plannedStart), (.status, .status),
            (.health, .health(.worstFirst)),
        ].map {
            let sel: HTML = query.sort == $0.0 ? " selected" : .empty
            return "<option value=\"\($0.0.rawValue)\"\(sel)>\(ctx.t($0.1))</option>"
        }
        let desc: HTML = query.descending ? " checked" : .empty
        let filters: HTML = """
            <form method="get" action="/projects" class="filters" role="search">
              <div class="field"><label for="q">\(ctx.t(.search))</label><input id="q" name="q" type="search" value="\(query.search ?? "")"></div>
              <div class="field"><label for="status">\(ctx.t(.status))</label><select id="status" name="status">\(statusOptions)</select></div>
              <div class="field"><label for="sponsor">\(ctx.t(.sponsor))</label><select id="sponsor" name="sponsor">\(sponsorOptions)</select></div>
              <div class="field"><label for="health">\(ctx.t(.health(.healthFilter)))</label><select id="health" name="health">\(healthOptions)</select></div>
              <div class="field"><label for="sort">\(ctx.t(.sortBy))</label><select id="sort" name="sort">\(sortOptions)</select></div>
              <div class="field check"><input id="desc" name="desc" type="checkbox" value="1"\(desc)><label for="desc">\(ctx.t(.descending))</label></div>
              <div class="buttons"><button type="submit">\(ctx.t(.filter))</button> <a href="/projects">\(ctx.t(.reset))</a></div>
            </form>
            """
        let table: HTML
        if page.items.isEmpty {
            table =
                "<div class=\"empty\"><p><strong>\(ctx.t(.portfolioEmpty))</strong></p><p>\(ctx.t(.portfolioEmptyHint))</p><p><a class=\"button\" href=\"/projects/new\">\(ctx.t(.newProject))</a></p></div>"
        } else {
            let rows: [HTML] = page.items.map { p in
                """
                <tr><td><a href="/projects/\(p.id.description)">\(p.code)</a></td><td><a href="/projects/\(p.id.description)">\(p.name)</a></td>
                <td>\(p.sponsor)</td><td><span class="badge status-\(p.status.rawValue)">\(ctx.t(.projectStatus(p.status)))</span></td>
                <td>\(p.currentPhase.map { PhaseViews.name(ctx, $0) } ?? ctx.t(.notSet))</td>
                \(HealthViews.cell(ctx, p.health))
                <td>\(ctx.day(p.plannedStart))</td><td>\(ctx.day(p.plannedFinish))</td><td class="num">\(ctx.money(p.budget))</td></tr>
                """
            }
            table = """
                <div class="table-wrap"><table class="data sortable">
                <thead><tr><th scope="col">\(ctx.t(.code))</th><th scope="col">\(ctx.t(.name))</th><th scope="col">\(ctx.t(.sponsor))</th>
                <th scope="col">\(ctx.t(.status))</th><th scope="col">\(ctx.t(.currentPhase))</th>\(HealthViews.heading(ctx))<th scope="col">\(ctx.t(.plannedStart))</th><th scope="col">\(ctx.t(.plannedFinish))</th>
                <th scope="col" class="num">\(ctx.t(.budget))</th></tr></thead>
                <tbody>\(rows)</tbody></table></div>
                \(pager(ctx, page: page, query: query))
                """
        }
        let body: HTML = """
            <div class="page-head"><h1>\(ctx.t(.portfolioTitle))</h1><p class="muted">\(ctx.t(.itemsTotal(page.total)))</p>
            <a class="button" href="/projects.csv?\(filterQuery(query))">\(ctx.t(.exportCSV))</a>
            <a class="button primary" href="/projects/new" data-key="n">\(ctx.t(.newProject))</a></div>
            \(filters)
            \(table)
            """
        return Layout.page(ctx, title: ctx.t(.portfolioTitle), body: body)
    }

    /// The page's filters and order as a query string, for the pager and the CSV export link (which
    /// exports all matching projects, not one page).
    package static func filterQuery(_ query: PortfolioQuery) -> String {
        var parts = ["sort=\(query.sort.rawValue)"]
        if let s = query.status { parts.append("status=\(s.rawValue)") }
        if let s = query.sponsor, !s.isEmpty { parts.append("sponsor=\(s.addingPercentEncodingForQuery())") }
        if let h = query.health { parts.append("health=\(h.rawValue)") }
        if let s = query.search, !s.isEmpty { parts.append("q=\(s.addingPercentEncodingForQuery())") }
        if query.descending { parts.append("desc=1") }
        return parts.joined(separator: "&")
    }

    package static func csv(_ items: [ProjectSummary], _ ctx: ViewContext) -> String {
        var w = CSVWriter(header: [
            "code", "name", "sponsor", "status", "current_phase", "planned_start", "planned_finish", "budget_amount", "currency", "health",
            "schedule",
            "cost", "risk", "cash", "health_as_of",
        ])
        for p in items {
            let h = p.health?.health
            w.append([
                p.code, p.name, p.sponsor, p.status.rawValue, p.currentPhase.map { PhaseViews.name(ctx, $0) } ?? "", p.plannedStart?.iso ?? "",
                p.plannedFinish?.iso ?? "", p.budget.decimalString, p.budget.currency.code, h?.overall?.rawValue ?? "",
                h?.schedule?.rag.rawValue ?? "", h?.cost?.rag.rawValue ?? "", h?.risk?.rag.rawValue ?? "", h?.cash?.rag.rawValue ?? "",
                h?.asOf.iso ?? "",
            ])
        }
        return w.text
    }

    package static func pager(_ ctx: ViewContext, page: Page<ProjectSummary>, query: PortfolioQuery) -> HTML {
        func link(_ n: Int) -> String { "/projects?page=\(n)&per_page=\(query.perPage)&" + filterQuery(query) }
        let prev: HTML = page.page > 1 ? "<a rel=\"prev\" href=\"\(link(page.page - 1))\">\(ctx.t(.previous))</a>" : .empty
        let next: HTML = page.page < page.pageCount ? "<a rel=\"next\" href=\"\(link(page.page + 1))\">\(ctx.t(.next))</a>" : .empty
        return "<nav class=\"pager\">\(prev) <span>\(ctx.t(.pageOf(page.page, page.pageCount)))</span> \(next)</nav>"
    }
}

extension String {
    package func addingPercentEncodingForQuery() -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return addingPercentEncoding(withAllowedCharacters: allowed) ?? self
    }
}
