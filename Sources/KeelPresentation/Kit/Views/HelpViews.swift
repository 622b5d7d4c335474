package enum HelpViews {
    /// The keyboard shortcuts `keel.js` adds; pages work the same without them.
    package static func shortcuts(_ ctx: ViewContext) -> HTML {
        let rows: [(String, Text)] = [
            ("/", .shortcutSearch), ("g p", .shortcutPortfolio), ("g j", .shortcutSwitch), ("n", .shortcutNew), ("e", .shortcutEdit),
            ("?", .shortcutHelp),
            ("Esc", .shortcutEscape),
        ]
        let body: HTML = """
            <h1>\(ctx.t(.keyboardShortcuts))</h1><p class="muted">\(ctx.t(.shortcutsIntro))</p>
            <table class="data compact"><thead><tr><th scope="col">\(ctx.t(.key))</th><th scope="col">\(ctx.t(.actions))</th></tr></thead>
            <tbody>\(rows.map { "<tr><td><kbd>\($0.0)</kbd></td><td>\(ctx.t($0.1))</td></tr>" as HTML })</tbody></table>
            <p>\(ctx.t(.inline(.shortcutHelp)))</p>
            """
        return Layout.page(ctx, title: ctx.t(.keyboardShortcuts), body: body)
    }
}
