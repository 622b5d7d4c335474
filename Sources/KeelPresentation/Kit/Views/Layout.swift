import KeelCore

/// The frame around every page: header with brand and language switch, optional project navigation,
/// flash message, main content, footer.
package enum Layout {
    /// A tab of the project navigation; each module declares its own (`extension Layout.Section`).
    package struct Section: Hashable, Sendable {
        package let rawValue: String

        package init(rawValue: String) { self.rawValue = rawValue }
    }

    package struct ProjectNav {
        package let id: ID<Project>
        package let code: String
        package let name: String
        package let active: Section

        package init(id: ID<Project>, code: String, name: String, active: Section) {
            self.id = id
            self.code = code
            self.name = name
            self.active = active
        }
    }

    package static func page(_ ctx: ViewContext, title: String, project: ProjectNav? = nil, body: HTML) -> HTML {
        let fullTitle = title + " · " + ctx.t(.appName)
        let other: UILocale = ctx.locale == .en ? .zhCN : .en
        var crumbs: [HTML] = ["<a href=\"/projects\">\(ctx.t(.portfolio))</a>"]
        if let project {
            crumbs.append("<a href=\"/projects/\(project.id.description)\">\(project.code)</a>")
        }
        let nav = project.map { projectNav($0, ctx) } ?? .empty
        // Signed out, there is nothing to navigate to yet: no menu, no breadcrumb.
        let signedIn = ctx.user != nil
        // The project switcher: a code or part of a name, answered by the project itself when one
        // matches, else by the portfolio filtered on it.
        let mainNav: HTML =
            signedIn
            ? """
            <nav aria-label="\(ctx.t(.mainNavigation))"><a href="/projects">\(ctx.t(.portfolio))</a>
            <form method="get" action="/projects/go" class="switch" role="search">
            <input id="switch-q" name="q" type="search" aria-label="\(ctx.t(.goToProject))" placeholder="\(ctx.t(.goToProjectPlaceholder))"></form></nav>
            """ : "<span class=\"spacer\"></span>"
        let breadcrumb: HTML =
            signedIn
            ? "<nav class=\"crumbs\" aria-label=\"breadcrumb\">\(crumbs.map { "\($0)<span aria-hidden=\"true\"> / </span>" as HTML })<span>\(title)</span></nav>"
            : .empty
        let flash: HTML = ctx.flash.map { "<p class=\"flash\" role=\"status\">\(ctx.t($0))</p>" } ?? .empty
        return """
            <!doctype html>
            <html lang="\(ctx.locale.tag)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(fullTitle)</title>
            <link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
            <link rel="stylesheet" href="/static/keel.css">
            <script src="/static/keel.js" defer></script>
            </head>
            <body data-sort-label="\(ctx.t(.sortColumn))" data-edit-label="\(ctx.t(.edit))" data-save-label="\(ctx.t(.save))" data-edit-failed="\(ctx.t(.inline(.failed)))">
            <a class="skip" href="#main">\(ctx.t(.skipToContent))</a>
            <header class="top">
              <a class="brand" href="/projects"><svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><path d="M10 1v14M3 11h14l-3 6H6z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/></svg> \(ctx.t(.appName)) <small>\(ctx.t(.tagline))</small></a>
              \(mainNav)
              \(userMenu(ctx))
              <form method="post" action="/language" class="lang">
                \(ctx.csrfField)
                <input type="hidden" name="locale" value="\(other.rawValue)">
                <input type="hidden" name="return" value="\(ctx.path)">
                <button type="submit" lang="\(other.tag)" title="\(ctx.t(.language))">\(ctx.t(.switchLanguage))</button>
              </form>
            </header>
            \(breadcrumb)
            \(nav)
            <main id="main">
            \(flash)
            \(body)
            </main>
            <footer>\(ctx.t(.footerNote))\(ctx.user == nil ? HTML.empty : " · <a href=\"/help/shortcuts\">\(ctx.t(.keyboardShortcuts))</a>" as HTML)</footer>
            </body>
            </html>
            """
    }

    package static func userMenu(_ ctx: ViewContext) -> HTML {
        guard let user = ctx.user else { return .empty }
        let admin: HTML = user.isAdmin ? "<a href=\"/admin/users\">\(ctx.t(.users))</a>" : .empty
        return """
            <div class="user">\(admin)<a href="/account">\(user.displayName)</a>
            <form method="post" action="/sign-out" class="inline">\(ctx.csrfField)<button type="submit" class="link">\(ctx.t(.signOut))</button></form></div>
            """
    }

    package static func projectNav(_ p: ProjectNav, _ ctx: ViewContext) -> HTML {
        let base = "/projects/\(p.id.description)"
        let isAdmin = ctx.user?.isAdmin ?? false
        // A tab for an action the caller may not take (booking time, say) is not offered.
        let entries = ctx.navigation.filter { e in
            e.shownFor.map { PermissionTable.allows($0, role: ctx.projectRole, isAdmin: isAdmin) } ?? true
        }
        let links: [HTML] = entries.map { e in
            let current: HTML = e.section == p.active ? " aria-current=\"page\"" : .empty
            return "<a href=\"\(base + e.path)\"\(current)>\(ctx.t(e.title))</a>"
        }
        return "<nav class=\"modules\" aria-label=\"\(p.name)\"><strong>\(p.name)</strong>\(links)</nav>"
    }

    /// Error pages (404, 500) in the caller's language.
    package static func errorPage(_ ctx: ViewContext, title: Text, body: Text) -> HTML {
        page(
            ctx,
            title: ctx.t(title),
            body: "<h1>\(ctx.t(title))</h1><p>\(ctx.t(body))</p><p><a href=\"/projects\">\(ctx.t(.backToPortfolio))</a></p>"
        )
    }
}

/// A tab in a project's navigation.
package struct NavigationEntry: Sendable {
    package let section: Layout.Section
    /// After `/projects/{id}`; empty for the overview.
    package let path: String
    package let title: Text
    /// Where the tab sits: lower comes first.
    package let order: Int
    /// Offered only to those who may take this action (the page itself still checks).
    package var shownFor: Action? = nil

    package init(section: Layout.Section, path: String, title: Text, order: Int, shownFor: Action? = nil) {
        self.section = section
        self.path = path
        self.title = title
        self.order = order
        self.shownFor = shownFor
    }
}
