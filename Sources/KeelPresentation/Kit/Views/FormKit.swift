import KeelCore

/// Form controls with label, help text, required mark and the field's errors beside it.
package struct FormKit {
    package let ctx: ViewContext
    /// Field name → error messages, from a failed submission.
    package var errors: [String: [FieldError]] = [:]
    /// Field name → the text to show (what the user typed, or the stored value).
    package var values: [String: String] = [:]

    /// After a stale save: what the user had typed, shown beside each field where it differs from the
    /// stored value, so both versions are in front of them.
    package var mine: [String: String]?

    /// Starts every control's id; a page with two forms sharing field names gives one of them its own.
    package var idPrefix = "f-"

    package init(_ ctx: ViewContext, errors: [FieldError] = [], values: [String: String] = [:], mine: [String: String]? = nil) {
        self.ctx = ctx
        self.values = values
        self.mine = mine
        for e in errors { self.errors[e.field, default: []].append(e) }
    }

    package enum Kind {
        case text, date, dateTime, number, textarea, password, checkbox
        case select([(value: String, label: String)])
    }

    package func errorSummary() -> HTML {
        guard !errors.isEmpty else { return .empty }
        return "<div class=\"alert\" role=\"alert\">\(ctx.t(.fixErrors))</div>"
    }

    package func field(_ name: String, _ label: Text, kind: Kind = .text, required: Bool = false, help: Text? = nil, extra: HTML = .empty) -> HTML {
        let id = idPrefix + name.replacingOccurrences(of: "[", with: "-").replacingOccurrences(of: "]", with: "")
        let value = values[name] ?? ""
        let errs = errors[name] ?? []
        let invalid: HTML = errs.isEmpty ? .empty : " aria-invalid=\"true\""
        let describedBy: HTML = (help != nil || !errs.isEmpty) ? " aria-describedby=\"\(id)-note\"" : .empty
        let req: HTML = required ? " required" : .empty
        let mark: HTML = required ? " <span class=\"req\" title=\"\(ctx.t(.required))\">*</span>" : .empty
        let control: HTML
        switch kind {
        case .text:
            control = "<input id=\"\(id)\" name=\"\(name)\" type=\"text\" value=\"\(value)\"\(req)\(invalid)\(describedBy)\(extra)>"
        case .date:
            control = "<input id=\"\(id)\" name=\"\(name)\" type=\"date\" value=\"\(value)\"\(req)\(invalid)\(describedBy)>"
        case .dateTime:
            // datetime-local wants YYYY-MM-DDTHH:MM; stored values carry seconds.
            let local = value.count == 19 ? String(value.prefix(16)) : value
            control = "<input id=\"\(id)\" name=\"\(name)\" type=\"datetime-local\" value=\"\(local)\"\(req)\(invalid)\(describedBy)>"
        case .number:
            control = "<input id=\"\(id)\" name=\"\(name)\" type=\"text\" inputmode=\"decimal\" value=\"\(value)\"\(req)\(invalid)\(describedBy)>"
        case .password:
            // A password is never echoed back into the page.
            control = "<input id=\"\(id)\" name=\"\(name)\" type=\"password\"\(req)\(invalid)\(describedBy)\(extra)>"
        case .checkbox:
            let checked: HTML = ["on", "true", "1"].contains(value) ? " checked" : .empty
            control = "<input id=\"\(id)\" name=\"\(name)\" type=\"checkbox\" value=\"on\"\(checked)\(invalid)\(describedBy)>"
        case .textarea:
            control = "<textarea id=\"\(id)\" name=\"\(name)\" rows=\"3\"\(req)\(invalid)\(describedBy)>\(value)</textarea>"
        case .select(let options):
            let opts: [HTML] = options.map { o in
                let sel: HTML = o.value == value ? " selected" : .empty
                return "<option value=\"\(o.value)\"\(sel)>\(o.label)</option>"
            }
            control = "<select id=\"\(id)\" name=\"\(name)\"\(req)\(invalid)\(describedBy)>\(opts)</select>"
        }
        var notes: [HTML] = []
        if let help { notes.append("<span class=\"help\">\(ctx.t(help))</span>") }
        for e in errs { notes.append("<span class=\"error\">\(ctx.t(.fieldError(e)))</span>") }
        if let m = mine?[name], m.trimmingWhitespace() != value.trimmingWhitespace() {
            notes.append("<span class=\"mine\">\(ctx.t(.yourValue)) <q>\(m)</q></span>")
        }
        let note: HTML = notes.isEmpty ? .empty : "<span class=\"note\" id=\"\(id)-note\">\(notes)</span>"
        let cls: HTML = errs.isEmpty ? "field" : "field has-error"
        return "<div class=\"\(cls)\"><label for=\"\(id)\">\(ctx.t(label))\(mark)</label>\(control)\(note)</div>"
    }

    /// Errors that belong to no visible field (e.g. `allocations` as a whole).
    package func errorsFor(_ name: String) -> HTML {
        let errs = errors[name] ?? []
        guard !errs.isEmpty else { return .empty }
        return "<p class=\"error\">\(errs.map { "<span>\(ctx.t(.fieldError($0)))</span> " as HTML })</p>"
    }

    package static func options<E: RawRepresentable & CaseIterable>(
        _ type: E.Type,
        _ ctx: ViewContext,
        label: (E) -> Text,
        includeNone: Bool = false
    )
        -> [(value: String, label: String)] where E.RawValue == String
    {
        var list = E.allCases.map { (value: $0.rawValue, label: ctx.t(label($0))) }
        if includeNone { list.insert((value: "", label: ctx.t(.pending)), at: 0) }
        return list
    }
}

/// A small POST form with one button, e.g. delete; JS asks for confirmation when `data-confirm` is set.
package func postButton(_ ctx: ViewContext, _ action: String, label: String, version: Int64?, confirm: String? = nil, style: String = "link") -> HTML
{
    let v: HTML = version.map { "<input type=\"hidden\" name=\"_version\" value=\"\(String($0))\">" } ?? .empty
    let c: HTML = confirm.map { " data-confirm=\"\($0)\"" } ?? .empty
    return
        "<form method=\"post\" action=\"\(action)\" class=\"inline\"\(c)>\(ctx.csrfField)\(v)<button type=\"submit\" class=\"\(style)\">\(label)</button></form>"
}
