/// Marks table rows and cells that `keel.js` turns into in-place editors. Without JavaScript the
/// attributes do nothing and the row's Edit link remains the way to change it.
package enum InlineEdit {
    /// A row whose cells post to `url` (the address of its ordinary edit form) with `version`.
    /// `id` must be unique on the page: the editor finds the row again after the page is refreshed.
    package static func row(id: String, url: String, version: Int64, enabled: Bool) -> HTML {
        let anchor: HTML = " id=\"\(id)\""
        guard enabled else { return anchor }
        return "\(anchor) data-edit-url=\"\(url)\" data-edit-version=\"\(String(version))\""
    }

    /// A cell that edits form field `field`, starting from `value` (as the form takes it); `name`
    /// names the value for screen readers ("Duration of Design").
    package static func cell(_ field: String, value: String, name: String, enabled: Bool) -> HTML {
        guard enabled else { return .empty }
        return " data-edit=\"\(field)\" data-value=\"\(value)\" data-edit-name=\"\(name)\""
    }
}
