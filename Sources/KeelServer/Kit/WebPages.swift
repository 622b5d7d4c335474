import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation

/// The HTML pages: server-rendered, plain forms that post and redirect (303), no JavaScript required.
struct WebPages {
    let services: KeelServices
    let reader: RequestReader

    typealias Context = AppRequestContext

    func view(_ request: Request, _ context: Context) -> ViewContext {
        ViewContext(
            locale: context.locale,
            path: request.uri.path,
            flash: FlashCookie.read(request),
            csrf: context.csrfToken,
            user: context.identity?.user,
            projectRole: context.projectRole,
            clock: services.clock,
            navigation: KeelModules.navigation
        )
    }

    /// Whether the signed-in user may take `action` in the project of the request's page, from the
    /// role `ProjectRoleMiddleware` read for it: for offering edit controls (the use cases still check).
    func may(_ action: Action, _ context: Context) -> Bool {
        PermissionTable.allows(action, role: context.projectRole, isAdmin: context.caller.isAdmin)
    }

    /// A page response; a flash message shown on it is cleared so it appears once.
    func page(_ html: HTML, _ request: Request, status: HTTPResponse.Status = .ok) -> Response {
        var response = WebResponse.html(html, status: status)
        if request.cookies[FlashCookie.name] != nil {
            response.setCookie(.init(name: FlashCookie.name, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .lax))
        }
        return response
    }

    /// The form's fields with the multi-select's repeated `task_ids` as one list. An empty
    /// selection sends nothing, so the form marks that it has the select with `_tasks`.
    static func taskSelectInput(_ pairs: [(String, String)]) -> Input {
        var input = Input.form(pairs.filter { $0.0 != "task_ids" })
        if pairs.contains(where: { $0.0 == "_tasks" }) {
            input.fields["task_ids"] = .array(pairs.filter { $0.0 == "task_ids" }.map { .string($0.1) })
        }
        return input
    }

    /// The `_version` a form carries back (the record's version when the form was drawn).
    static func formVersion(_ pairs: [(String, String)]) -> Int64? { pairs.first { $0.0 == "_version" }.flatMap { Int64($0.1) } }

    /// Runs a form submission: on success redirect; on bad input re-render with the messages (422);
    /// on a stale version re-render the stored record with a notice (409).
    func submit(
        _ request: Request,
        _ context: Context,
        success: String,
        flash: String = "saved",
        action: (_ input: Input, _ version: Int64?, _ pairs: [(String, String)]) async throws -> Void,
        rerender: (_ errors: [FieldError], _ values: [String: String]?, _ stale: Bool) async throws -> HTML
    ) async throws -> Response {
        let pairs: [(String, String)]
        do {
            pairs = try await reader.formPairs(request)
        } catch KeelError.validation(let errors) {
            // A form whose text cannot be stored at all (a NUL character): shown with its message.
            return page(try await rerender(errors, nil, false), request, status: .unprocessableContent)
        }
        let version = Self.formVersion(pairs)
        do {
            try await action(Input.form(pairs), version, pairs)
            return WebResponse.redirect(success, flash: flash)
        } catch KeelError.validation(let errors) {
            var values: [String: String] = [:]
            for (k, v) in pairs { values[k] = v }
            return page(try await rerender(errors, values, false), request, status: .unprocessableContent)
        } catch KeelError.versionMismatch {
            // Shown with the stored record: the user's own values go beside each field that differs.
            var values: [String: String] = [:]
            for (k, v) in pairs { values[k] = v }
            return page(try await rerender([], values, true), request, status: .conflict)
        }
    }

    /// `submit` for the common page: on bad input the page again with a form holding what was sent and
    /// its messages; on a stale version the stored record (`form` gets nil).
    func submit(
        _ request: Request,
        _ context: Context,
        success: String,
        flash: String = "saved",
        action: (_ input: Input, _ version: Int64?, _ pairs: [(String, String)]) async throws -> Void,
        form: (FormKit?) async throws -> HTML
    ) async throws -> Response {
        try await submit(request, context, success: success, flash: flash, action: action) { errors, values, stale in
            try await form(stale ? nil : FormKit(view(request, context), errors: errors, values: values ?? [:]))
        }
    }

    /// The routes of the frame every module shares: the start page, the language switch, help.
    func registerShell(on router: Routes) {
        router.get("/", .signedIn) { _, _ in WebResponse.redirect("/projects") }
        router.post("/language", .open) { req, ctx in
            let pairs = try await reader.formPairs(req)
            let locale = pairs.first { $0.0 == "locale" }.flatMap { UILocale(rawValue: $0.1) } ?? .en
            var back = pairs.first { $0.0 == "return" }?.1 ?? "/projects"
            // Only local paths: never let the form redirect elsewhere.
            if !back.hasPrefix("/") || back.hasPrefix("//") { back = "/projects" }
            var response = WebResponse.redirect(back)
            response.setCookie(
                .init(name: LocaleMiddleware.cookieName, value: locale.rawValue, maxAge: 365 * 24 * 3600, path: "/", httpOnly: true, sameSite: .lax)
            )
            return response
        }

        router.get("/help/shortcuts", .signedIn) { req, ctx in page(HelpViews.shortcuts(view(req, ctx)), req) }
    }

}
