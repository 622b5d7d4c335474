import Foundation
import KeelApp
import KeelCore
import KeelStore

/// The risk breakdown structure: the standard categories with the project's own below them, a form
/// to add one, and one category's page (rename, move, delete).
package enum RiskCategoryViews {
    package static func t(_ ctx: ViewContext, _ x: RiskScaleText) -> String { ctx.t(.scales(x)) }

    /// Where a category can go: under a standard category, or under another of the project's
    /// (never under itself or below itself).
    package static func parents(
        _ ctx: ViewContext,
        _ breakdown: RiskBreakdown,
        excluding: ID<RiskSubcategory>? = nil
    ) -> [(value: String, label: String)] {
        let hidden = excluding.map { breakdown.subtree($0) } ?? []
        return RiskViews.categoryOptions(ctx, breakdown, roots: true).filter { o in !hidden.contains { $0.description == o.value } }
    }

    package static func fields(_ ctx: ViewContext, _ f: FormKit, _ breakdown: RiskBreakdown, excluding: ID<RiskSubcategory>? = nil) -> HTML {
        """
        <div class="grid2">\(f.field("name", .scales(.categoryName), required: true))
        \(f.field("under", .scales(.placeUnder), kind: .select(parents(ctx, breakdown, excluding: excluding))))</div>
        """
    }

    package static func page(_ ctx: ViewContext, project: Project, breakdown: RiskBreakdown, risks: [Risk], form: FormKit, canEdit: Bool) -> HTML {
        let base = "/projects/\(project.id.description)/risks"
        var counts: [ID<RiskSubcategory>: Int] = [:]
        for r in risks { if let s = r.subcategoryID { counts[s, default: 0] += 1 } }
        let sections: [HTML] = RiskCategory.allCases.map { root in
            let direct = risks.filter { $0.category == root }.count
            let items: [HTML] = breakdown.outline(root).map { c, depth in
                let within = breakdown.subtree(c.id).reduce(0) { $0 + (counts[$1] ?? 0) }
                return """
                    <li class="rbs-node d\(String(min(depth, 6)))"><a href="\(base)/categories/\(c.id.description)">\(c.name)</a>
                    <a class="muted" href="\(base)?category=\(c.id.description)#register">\(t(ctx, .riskCount(within)))</a></li>
                    """
            }
            let list: HTML = items.isEmpty ? .empty : "<ul class=\"plain rbs\">\(items)</ul>"
            return """
                <li><strong><a href="\(base)?category=\(root.rawValue)#register">\(ctx.t(.riskCategoryName(root)))</a></strong>
                <span class="muted">\(t(ctx, .riskCount(direct)))</span>\(list)</li>
                """
        }
        let add: HTML =
            canEdit
            ? """
            <section class="card" id="add"><h2>\(t(ctx, .addCategory))</h2>
            <form method="post" action="\(base)/categories" class="form" novalidate>\(ctx.csrfField)\(form.errorSummary())\(fields(ctx, form, breakdown))
            <div class="buttons"><button type="submit">\(ctx.t(.add))</button></div></form></section>
            """ : .empty
        let empty: HTML = breakdown.categories.isEmpty ? "<p class=\"muted\">\(t(ctx, .noCategories))</p>" : .empty
        return Layout.page(
            ctx,
            title: t(ctx, .categories),
            project: RiskViews.nav(project),
            body: """
                <h1>\(t(ctx, .categories))</h1><p class="muted">\(t(ctx, .categoriesHelp))</p><p><a href="\(base)">\(ctx.t(.riskRegister))</a></p>
                <section class="card" id="rbs">\(empty)<ul class="plain">\(sections)</ul></section>\(add)
                """
        )
    }

    package static func edit(
        _ ctx: ViewContext,
        project: Project,
        category: RiskSubcategory,
        breakdown: RiskBreakdown,
        form: FormKit,
        canEdit: Bool,
        stale: Bool
    ) -> HTML {
        let base = "/projects/\(project.id.description)/risks/categories"
        let staleNote: HTML = stale ? "<div class=\"alert\" role=\"alert\">\(ctx.t(.staleEdit))</div>" : .empty
        let path = ([ctx.t(.riskCategoryName(category.root))] + breakdown.path(category.id)).joined(separator: " › ")
        let body: HTML =
            canEdit
            ? """
            \(staleNote)<form method="post" action="\(base)/\(category.id.description)" class="form card" novalidate>\(ctx.csrfField)
            <input type="hidden" name="_version" value="\(String(category.version))">\(form.errorSummary())\(fields(ctx, form, breakdown, excluding: category.id))
            <div class="buttons"><button type="submit">\(ctx.t(.save))</button> <a href="\(base)">\(ctx.t(.cancel))</a></div></form>
            <p class="muted">\(t(ctx, .deleteCategoryHelp))</p>
            <p>\(postButton(ctx, "\(base)/\(category.id.description)/delete", label: ctx.t(.delete), version: category.version, confirm: ctx.t(.confirmDelete)))</p>
            """ : .empty
        return Layout.page(
            ctx,
            title: category.name,
            project: RiskViews.nav(project),
            body: "<h1>\(category.name)</h1><p class=\"muted\">\(path)</p><p><a href=\"\(base)\">\(t(ctx, .categories))</a></p>\(body)"
        )
    }

    /// The form's `under` (a standard category or one of the project's) as the use case's fields.
    package static func input(_ pairs: [(String, String)]) -> Input {
        var input = Input.form(pairs.filter { $0.0 != "under" })
        if let under = pairs.first(where: { $0.0 == "under" })?.1 {
            if RiskCategory(rawValue: under) != nil {
                input.fields["root"] = .string(under)
                input.fields["parent_id"] = .null
            } else {
                input.fields["parent_id"] = .string(under)
            }
        }
        return input
    }

    package static func values(_ c: RiskSubcategory) -> [String: String] { ["name": c.name, "under": c.parentID?.description ?? c.root.rawValue] }
}
