import KeelApp
import KeelCore
import KeelStore

package enum IdentityViews {
    package static func signIn(_ ctx: ViewContext, next: String, email: String = "", failure: Text? = nil) -> HTML {
        let alert: HTML = failure.map { "<div class=\"alert\" role=\"alert\">\(ctx.t($0))</div>" } ?? .empty
        let form = FormKit(ctx, values: ["email": email])
        let body: HTML = """
            <section class="card narrow"><h1>\(ctx.t(.signInTitle))</h1>\(alert)
            <form method="post" action="/sign-in" class="form" novalidate>\(ctx.csrfField)
            <input type="hidden" name="next" value="\(next)">
            \(form.field("email", .email, required: true, extra: " autocomplete=\"username\" autofocus"))
            \(form.field("password", .password, kind: .password, required: true, extra: " autocomplete=\"current-password\""))
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.signIn))</button></div>
            </form></section>
            """
        return Layout.page(ctx, title: ctx.t(.signIn), body: body)
    }

    package static func setUp(_ ctx: ViewContext, form: FormKit) -> HTML {
        let body: HTML = """
            <section class="card narrow"><h1>\(ctx.t(.setupTitle))</h1><p>\(ctx.t(.setupIntro))</p>\(form.errorSummary())
            <form method="post" action="/setup" class="form" novalidate>\(ctx.csrfField)
            \(form.field("display_name", .displayName, required: true))
            \(form.field("email", .email, required: true, extra: " autocomplete=\"username\""))
            \(form.field("password", .password, kind: .password, required: true, help: .passwordHelp, extra: " autocomplete=\"new-password\""))
            \(form.field("password_confirmation", .passwordConfirmation, kind: .password, required: true, extra: " autocomplete=\"new-password\""))
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.setupTitle))</button></div>
            </form></section>
            """
        return Layout.page(ctx, title: ctx.t(.setupTitle), body: body)
    }

    package static func account(
        _ ctx: ViewContext,
        user: User,
        tokens: [APIToken],
        passwordForm: FormKit,
        tokenForm: FormKit,
        newToken: String?,
        changed: Bool
    )
        -> HTML
    {
        let rows: [HTML] = tokens.map { t in
            let revoke: HTML =
                t.revokedAt == nil
                ? postButton(ctx, "/account/tokens/\(t.id)/revoke", label: ctx.t(.revoke), version: nil, confirm: ctx.t(.confirmDelete))
                : "\(ctx.t(.revokedAt)) \(String(t.revokedAt!.prefix(10)))"
            return """
                <tr><td>\(t.name)</td><td>\(String(t.createdAt.prefix(10)))</td><td>\(ctx.day(t.expiresOn))</td>
                <td>\(t.lastUsedAt.map { String($0.prefix(16)).replacingOccurrences(of: "T", with: " ") } ?? ctx.t(.never))</td><td class="actions">\(revoke)</td></tr>
                """
        }
        let created: HTML =
            newToken.map { "<div class=\"flash\" role=\"status\">\(ctx.t(.tokenCreated)) <code class=\"secret\">\($0)</code></div>" } ?? .empty
        let changedNote: HTML = changed ? "<p class=\"flash\" role=\"status\">\(ctx.t(.passwordChanged))</p>" : .empty
        let body: HTML = """
            <h1>\(ctx.t(.account))</h1>
            <p>\(ctx.t(.signedInAs)): <strong>\(user.displayName)</strong> &lt;\(user.email)&gt;\(user.isAdmin ? " · \(ctx.t(.administrator))" : "")</p>
            <div class="cards">
            <section class="card"><h2>\(ctx.t(.changePassword))</h2>\(changedNote)\(passwordForm.errorSummary())
            <form method="post" action="/account/password" class="form" novalidate>\(ctx.csrfField)
            \(passwordForm.field("current_password", .currentPassword, kind: .password, required: true, extra: " autocomplete=\"current-password\""))
            \(passwordForm.field("new_password", .newPassword, kind: .password, required: true, help: .passwordHelp, extra: " autocomplete=\"new-password\""))
            \(passwordForm.field("new_password_confirmation", .newPasswordConfirmation, kind: .password, required: true, extra: " autocomplete=\"new-password\""))
            \(passwordForm.field("revoke_tokens", .revokeTokensWithPassword, kind: .checkbox))
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.changePassword))</button></div></form></section>
            <section class="card"><h2>\(ctx.t(.apiTokens))</h2><p class="help">\(ctx.t(.apiTokensHelp))</p>\(created)\(tokenForm.errorSummary())
            <form method="post" action="/account/tokens" class="form" novalidate>\(ctx.csrfField)
            <div class="grid2">\(tokenForm.field("name", .tokenName, required: true))\(tokenForm.field("expires_on", .expiresOn, kind: .date))</div>
            <div class="buttons"><button type="submit">\(ctx.t(.createToken))</button></div></form>
            \(tokens.isEmpty ? HTML.empty : """
            <table class="data compact"><thead><tr><th scope="col">\(ctx.t(.tokenName))</th><th scope="col">\(ctx.t(.createdAt))</th>
            <th scope="col">\(ctx.t(.expiresOn))</th><th scope="col">\(ctx.t(.lastUsed))</th><th scope="col">\(ctx.t(.actions))</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """)
            </section></div>
            """
        return Layout.page(ctx, title: ctx.t(.account), body: body)
    }

    package static func users(_ ctx: ViewContext, users: [User], form: FormKit) -> HTML {
        let rows: [HTML] = users.map { u in
            let toggle = postButton(
                ctx,
                "/admin/users/\(u.id)/\(u.disabled ? "enable" : "disable")",
                label: ctx.t(u.disabled ? .enable : .disable),
                version: u.version
            )
            let state: HTML = u.disabled ? "<span class=\"badge\">\(ctx.t(.disabled))</span>" : .empty
            let admin: HTML = u.isAdmin ? "<span class=\"badge status-active\">\(ctx.t(.administrator))</span>" : .empty
            let reset: HTML = """
                <form method="post" action="/admin/users/\(u.id)/password" class="inline-form">\(ctx.csrfField)
                <input type="hidden" name="_version" value="\(String(u.version))">
                <input id="pw-\(u.id)" name="password" type="password" autocomplete="new-password" placeholder="\(ctx.t(.resetPassword))"
                aria-label="\(ctx.t(.resetPassword)): \(u.displayName)">
                <button type="submit">\(ctx.t(.save))</button></form>
                """
            let mine = u.id == ctx.user?.id
            let unlock = postButton(ctx, "/admin/users/\(u.id)/unlock", label: ctx.t(.unlockSignIn), version: nil)
            return
                "<tr><td>\(u.displayName)</td><td>\(u.email)</td><td>\(admin) \(state)</td><td class=\"actions\">\(mine ? HTML.empty : toggle) \(unlock) \(reset)</td></tr>"
        }
        let body: HTML = """
            <h1>\(ctx.t(.users))</h1>
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.displayName))</th><th scope="col">\(ctx.t(.email))</th>
            <th scope="col">\(ctx.t(.status))</th><th scope="col">\(ctx.t(.actions))</th></tr></thead><tbody>\(rows)</tbody></table></div>
            <section class="card"><h2>\(ctx.t(.createUser))</h2>\(form.errorSummary())
            <form method="post" action="/admin/users" class="form" novalidate>\(ctx.csrfField)
            <div class="grid2">\(form.field("display_name", .displayName, required: true))\(form.field("email", .email, required: true))
            \(form.field("password", .password, kind: .password, required: true, help: .passwordHelp, extra: " autocomplete=\"new-password\""))
            \(form.field("is_admin", .administrator, kind: .checkbox))</div>
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.createUser))</button></div></form></section>
            """
        return Layout.page(ctx, title: ctx.t(.users), body: body)
    }

    package static func members(_ ctx: ViewContext, project: Project, members: [MembershipService.Member], canManage: Bool, form: FormKit) -> HTML {
        let base = "/projects/\(project.id)/members"
        let roleOptions = FormKit.options(ProjectRole.self, ctx) { .roleName($0) }
        let rows: [HTML] = members.map { m in
            let actions: HTML =
                canManage
                ? """
                <form method="post" action="\(base)/\(m.user.id)" class="inline-form">\(ctx.csrfField)
                <select id="role-\(m.user.id)" name="role" aria-label="\(ctx.t(.role)): \(m.user.displayName)">\(roleOptions.map { o in "<option value=\"\(o.value)\"\(o.value == m.role.rawValue ? " selected" : "")>\(o.label)</option>" as HTML })</select>
                <button type="submit">\(ctx.t(.save))</button></form>
                \(postButton(ctx, "\(base)/\(m.user.id)/delete", label: ctx.t(.delete), version: nil, confirm: ctx.t(.confirmDelete)))
                """ : .empty
            return
                "<tr><td>\(m.user.displayName)</td><td>\(m.user.email)</td><td>\(ctx.t(.roleName(m.role)))</td><td class=\"actions\">\(actions)</td></tr>"
        }
        let add: HTML =
            canManage
            ? """
            <section class="card"><h2>\(ctx.t(.addMember))</h2><p class="help">\(ctx.t(.roleHelp))</p>\(form.errorSummary())
            <form method="post" action="\(base)" class="form" novalidate>\(ctx.csrfField)
            <div class="grid2">\(form.field("email", .email, required: true))\(form.field("role", .role, kind: .select(roleOptions), required: true))</div>
            <div class="buttons"><button type="submit" class="primary">\(ctx.t(.add))</button></div></form></section>
            """ : .empty
        let body: HTML = """
            <h1>\(ctx.t(.members))</h1>
            \(members.isEmpty ? "<p class=\"empty\">\(ctx.t(.noMembers))</p>" as HTML : """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.displayName))</th><th scope="col">\(ctx.t(.email))</th>
            <th scope="col">\(ctx.t(.role))</th><th scope="col">\(ctx.t(.actions))</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """)
            \(add)
            """
        return Layout.page(
            ctx,
            title: ctx.t(.members),
            project: .init(id: project.id, code: project.charter.code, name: project.charter.name, active: .members),
            body: body
        )
    }
}
