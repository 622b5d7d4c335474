import Foundation
import KeelApp
import KeelCore
import KeelStore

/// The finance pages: the overview (totals, trial balance, cost accounts, categories, closed
/// periods), the ledger (filters, entries, posting form), one entry with its lines and the reversal
/// form, and the cost account edit page.
package enum FinanceViews {
    package static func nav(_ project: Project) -> Layout.ProjectNav {
        .init(id: project.id, code: project.charter.code, name: project.charter.name, active: .finance)
    }

    package static func t(_ ctx: ViewContext, _ f: FinanceText) -> String { ctx.t(.finance(f)) }

    package static func categoryName(_ ctx: ViewContext, _ code: String, _ categories: [CostCategory]) -> String {
        if let c = categories.first(where: { $0.code == code }), !c.isStandard { return c.name }
        return t(ctx, .categoryName(code))
    }

    package static func taskLabel(_ task: PlanTask) -> String { task.wbs.isEmpty ? task.name : "\(task.wbs) \(task.name)" }

    package static func tile(_ label: String, _ value: String, _ note: String? = nil) -> HTML {
        let extra: HTML = note.map { "<span class=\"muted\">\($0)</span>" } ?? .empty
        return "<li class=\"tile\"><span class=\"tile-label\">\(label)</span><span class=\"tile-value\">\(value)</span>\(extra)</li>"
    }

    /// A wrong entry kind names the kinds as the page does, not as the API's codes.
    package static func localisedChoices(_ ctx: ViewContext, _ errors: [FieldError]) -> [FieldError] {
        errors.map { e in
            guard e.field == "kind", e.code == .invalidChoice else { return e }
            return FieldError(
                "kind",
                .invalidChoice,
                ["choices": LedgerEntryKind.allCases.map { t(ctx, .entryKind($0)) }.joined(separator: ctx.locale == .en ? ", " : "、")]
            )
        }
    }

    package static func accountOptions(_ ctx: ViewContext, _ accounts: [CostAccount], none: String) -> [(value: String, label: String)] {
        [(value: "", label: none)] + accounts.map { (value: $0.id.description, label: $0.name.isEmpty ? $0.code : "\($0.code) · \($0.name)") }
    }

    package static func categoryOptions(_ ctx: ViewContext, _ categories: [CostCategory]) -> [(value: String, label: String)] {
        categories.map { (value: $0.code, label: categoryName(ctx, $0.code, categories)) }
    }

    package static func taskOptions(_ ctx: ViewContext, _ tasks: [PlanTask]) -> [(value: String, label: String)] {
        [(value: "", label: t(ctx, .projectLevel))] + tasks.map { (value: $0.id.description, label: taskLabel($0)) }
    }

    package static func accountFields(_ form: FormKit, _ ctx: ViewContext, categories: [CostCategory], tasks: [PlanTask]) -> HTML {
        """
        <div class="grid2">\(form.field("code", .finance(.costAccount), required: true, help: .finance(.accountCodeHelp)))
        \(form.field("name", .finance(.accountName)))
        \(form.field("task_id", .finance(.wbsElement), kind: .select(taskOptions(ctx, tasks))))
        \(form.field("category", .category, kind: .select(categoryOptions(ctx, categories)), required: true))</div>
        <fieldset class="grid3"><legend>\(t(ctx, .estimateTitle))</legend>
        \(form.field("estimate_low", .finance(.estimateLow), kind: .number))\(form.field("estimate_most_likely", .finance(.estimateMostLikely), kind: .number))
        \(form.field("estimate_high", .finance(.estimateHigh), kind: .number, help: .finance(.estimateHelp)))</fieldset>
        """
    }

    /// A recorded actor by name (`user:<id>` resolved by the caller), else as recorded.
    package static func actor(_ recorded: String, _ names: [String: String]) -> HTML {
        names[recorded].map { "\($0)" as HTML } ?? "<code>\(recorded)</code>"
    }

    package static func overview(
        _ ctx: ViewContext,
        project: Project,
        overview o: FinanceOverview,
        baseline: BudgetPlan?,
        tasks: [PlanTask],
        names: [String: String],
        accountForm: FormKit,
        categoryForm: FormKit,
        periodForm: FormKit,
        rates: [ExchangeRate] = [],
        currencyTotals: [LedgerRepository.CurrencyTotal] = [],
        rateForm: FormKit? = nil
    ) -> HTML {
        let base = "/projects/\(project.id.description)/finance"
        let money = { (minor: Int64) in ctx.money(Money(minor: minor, currency: o.currency)) }
        let tiles: [HTML] = [
            tile(
                t(ctx, .pmb),
                baseline.map { money($0.pmb) } ?? ctx.t(.notSet),
                baseline.map { "\(t(ctx, .budgetVersion($0.version.number))) · \(t(ctx, .budgetStatus(.approved)))" }
            ),
            tile(t(ctx, .actualCost), money(o.actualCost)), tile(t(ctx, .openCommitments), money(o.openCommitments)),
            tile(t(ctx, .revenue), money(o.revenue)), tile(t(ctx, .cashReceived), money(o.cashReceived)),
        ]
        let taskNames = Dictionary(uniqueKeysWithValues: tasks.map { ($0.id, taskLabel($0)) })
        let accountRows: [HTML] = o.accounts.map { a in
            let totals = o.totals[a.id] ?? AccountTotals(actual: 0, committed: 0)
            let task = a.taskID.flatMap { taskNames[$0] } ?? t(ctx, .projectLevel)
            return """
                <tr><td><a href="\(base)/accounts/\(a.id.description)/edit">\(a.code)</a></td><td>\(a.name)</td><td>\(task)</td>
                <td>\(categoryName(ctx, a.category, o.categories))</td><td class="num">\(money(totals.actual))</td>
                <td class="num">\(money(totals.committed))</td><td><a href="\(base)/ledger?cost_account_id=\(a.id.description)">\(t(ctx, .ledger))</a></td></tr>
                """
        }
        let accounts: HTML =
            o.accounts.isEmpty
            ? "<p class=\"muted\">\(t(ctx, .noCostAccounts))</p>"
            : """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(t(ctx, .costAccount))</th><th scope="col">\(t(ctx, .accountName))</th>
            <th scope="col">\(t(ctx, .wbsElement))</th><th scope="col">\(ctx.t(.category))</th><th scope="col" class="num">\(t(ctx, .actualCost))</th>
            <th scope="col" class="num">\(t(ctx, .openCommitments))</th><th scope="col"><span class="visually-hidden">\(t(ctx, .ledger))</span></th></tr></thead>
            <tbody>\(accountRows)</tbody></table></div>
            """
        let balanceRows: [HTML] = LedgerAccount.allCases.map { a in
            let v = o.trialBalance[a] ?? 0
            return
                "<tr><th scope=\"row\">\(t(ctx, .ledgerAccount(a)))</th><td class=\"num\">\(v > 0 ? money(v) : "")</td><td class=\"num\">\(v < 0 ? money(-v) : "")</td></tr>"
        }
        let balanced = o.trialBalanceTotal == 0
        let categoryRows: [HTML] = o.categories.map { c in
            let remove: HTML =
                c.isStandard
                ? .empty : postButton(ctx, "\(base)/categories/\(c.code)/delete", label: ctx.t(.delete), version: nil, confirm: ctx.t(.confirmDelete))
            return
                "<li><code>\(c.code)</code> \(categoryName(ctx, c.code, o.categories)) <span class=\"muted\">\(t(ctx, c.isStandard ? .standardCategory : .customCategory))</span> \(remove)</li>"
        }
        let periodRows: [HTML] = o.closedPeriods.map { p in
            "<li>\(p.period.text) <span class=\"muted\">\(actor(p.closedBy, names)) · \(ctx.day(Day(iso: String(p.closedAt.prefix(10)))))</span></li>"
        }
        var cf = categoryForm
        cf.idPrefix = "category-"
        var pf = periodForm
        pf.idPrefix = "period-"
        let exchange = exchangeSection(ctx, project: project, rates: rates, totals: currencyTotals, form: rateForm ?? FormKit(ctx))
        return Layout.page(
            ctx,
            title: t(ctx, .finance),
            project: nav(project),
            body: """
                <h1>\(t(ctx, .financeTitle))</h1>
                <ul class="tiles" aria-label="\(t(ctx, .finance))">\(tiles)</ul>
                <p><a class="button" href="\(base)/ledger">\(t(ctx, .openLedger))</a> <a class="button" href="\(base)/budgets">\(t(ctx, .openBudgets))</a>
                <a class="button" href="\(base)/earned-value">\(t(ctx, .earnedValue))</a> <a class="button" href="\(base)/cost-control">\(t(ctx, .costControl))</a>
                <a class="button" href="\(base)/cash-flow">\(ctx.t(.cash(.cashFlow)))</a>
                <a href="\(base)/ledger.csv">CSV</a></p>
                <section class="card" id="accounts"><h2>\(t(ctx, .costAccounts))</h2>\(accounts)
                <h3>\(t(ctx, .addCostAccount))</h3>
                <form method="post" action="\(base)/accounts" class="form">\(ctx.csrfField)\(accountForm.errorSummary())
                \(accountFields(accountForm, ctx, categories: o.categories, tasks: tasks))
                <div class="buttons"><button type="submit">\(ctx.t(.add))</button></div></form></section>
                <section class="card" id="trial-balance"><h2>\(t(ctx, .trialBalance))</h2>
                <p class="\(balanced ? "muted" : "error")">\(t(ctx, balanced ? .balanced : .unbalanced))</p>
                <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.name))</th><th scope="col" class="num">\(t(ctx, .debit))</th>
                <th scope="col" class="num">\(t(ctx, .credit))</th></tr></thead><tbody>\(balanceRows)</tbody></table></div></section>
                <section class="card" id="categories"><h2>\(t(ctx, .costCategories))</h2><ul class="plain">\(categoryRows)</ul>
                <h3>\(t(ctx, .addCategory))</h3>
                <form method="post" action="\(base)/categories" class="form">\(ctx.csrfField)\(cf.errorSummary())
                <div class="grid2">\(cf.field("code", .code, required: true, help: .finance(.categoryCodeHelp)))\(cf.field("name", .name, required: true))</div>
                <div class="buttons"><button type="submit">\(ctx.t(.add))</button></div></form></section>
                <section class="card" id="periods"><h2>\(t(ctx, .closedPeriods))</h2>
                \(o.closedPeriods.isEmpty ? "<p class=\"muted\">\(t(ctx, .noClosedPeriods))</p>" : "<ul class=\"plain\">\(periodRows)</ul>" as HTML)
                <h3>\(t(ctx, .closePeriod))</h3>
                <form method="post" action="\(base)/periods" class="form" data-confirm="\(t(ctx, .confirmClose))">\(ctx.csrfField)\(pf.errorSummary())
                \(pf.field("period", .finance(.closePeriod), required: true, help: .finance(.periodHelp)))
                <div class="buttons"><button type="submit">\(t(ctx, .closePeriod))</button></div></form></section>
                \(exchange)
                """
        )
    }

    /// Dated exchange rates with their form, and what was posted in each foreign currency.
    package static func exchangeSection(
        _ ctx: ViewContext,
        project: Project,
        rates: [ExchangeRate],
        totals: [LedgerRepository.CurrencyTotal],
        form: FormKit
    ) -> HTML {
        let base = "/projects/\(project.id.description)/finance"
        let own = project.charter.budget.currency
        let rateRows: [HTML] = rates.map { r in
            """
            <tr><td>\(r.currency.code)</td><td>\(ctx.day(r.effectiveFrom))</td><td class="num">\(FixedPoint.format(r.rate, digits: ExchangeRate.digits))</td>
            <td>\(postButton(ctx, "\(base)/exchange-rates/\(r.currency.code)/\(r.effectiveFrom.iso)/delete", label: ctx.t(.delete), version: nil, confirm: ctx.t(.confirmDelete)))</td></tr>
            """
        }
        let rateTable: HTML =
            rates.isEmpty
            ? "<p class=\"muted\">\(t(ctx, .noExchangeRates(own.code)))</p>"
            : """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.currency))</th><th scope="col">\(ctx.t(.time(.effectiveFrom)))</th>
            <th scope="col" class="num">\(t(ctx, .rateIn(own.code)))</th><th scope="col"><span class="visually-hidden">\(ctx.t(.delete))</span></th></tr></thead>
            <tbody>\(rateRows)</tbody></table></div>
            """
        let totalRows: [HTML] = totals.map { x in
            """
            <tr><td>\(x.currency.code)</td><td>\(t(ctx, .entryKind(x.kind)))</td><td class="num">\(ctx.money(Money(minor: x.original, currency: x.currency)))</td>
            <td class="num">\(ctx.money(Money(minor: x.converted, currency: own)))</td></tr>
            """
        }
        let totalTable: HTML =
            totals.isEmpty
            ? .empty
            : """
            <h3>\(t(ctx, .byCurrency))</h3><div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.currency))</th>
            <th scope="col">\(ctx.t(.kind))</th><th scope="col" class="num">\(t(ctx, .originalAmount))</th><th scope="col" class="num">\(own.code)</th></tr></thead>
            <tbody>\(totalRows)</tbody></table></div>
            """
        var f = form
        f.idPrefix = "rate-"
        return """
            <section class="card" id="exchange-rates"><h2>\(t(ctx, .exchangeRates))</h2><p class="help">\(t(ctx, .exchangeRatesHelp))</p>\(rateTable)\(totalTable)
            <h3>\(t(ctx, .addExchangeRate))</h3>
            <form method="post" action="\(base)/exchange-rates" class="form">\(ctx.csrfField)\(f.errorSummary())
            <div class="grid2">\(f.field("currency", .currency, required: true))\(f.field("effective_from", .time(.effectiveFrom), kind: .date, required: true))
            \(f.field("rate", .finance(.rateIn(own.code)), kind: .number, required: true))</div>
            <div class="buttons"><button type="submit">\(ctx.t(.save))</button></div></form></section>
            """
    }

    package static func entryStatus(_ ctx: ViewContext, _ e: LedgerEntry, reversal: Int64?, originalNumber: Int64?) -> HTML {
        if let reversal { return "<span class=\"badge\">\(t(ctx, .reversedBy(reversal)))</span>" }
        if let originalNumber { return "<span class=\"badge\">\(t(ctx, .reversalOf(originalNumber)))</span>" }
        return .empty
    }

    /// `USD 1,000.00 @ 7.123400`: what an entry in another currency was posted as.
    package static func originalText(_ ctx: ViewContext, _ o: Money, _ rate: Int64?) -> String {
        "\(ctx.money(o)) @ \(rate.map { FixedPoint.format($0, digits: ExchangeRate.digits) } ?? "")"
    }

    package static func ledger(
        _ ctx: ViewContext,
        project: Project,
        page: LedgerPage,
        accounts: [CostAccount],
        filter: LedgerRepository.Filter,
        postForm: FormKit,
        filterForm: FormKit,
        rateCurrencies: [Currency] = []
    ) -> HTML {
        let filterValues = filterForm.values
        let base = "/projects/\(project.id.description)/finance"
        let codes = Dictionary(uniqueKeysWithValues: accounts.map { ($0.id, $0.code) })
        let rows: [HTML] = page.entries.map { e in
            let amount = ctx.money(e.amount)
            var signed: HTML = e.isReversal ? "−\(amount)" : "\(amount)"
            if let o = e.original { signed = "\(signed)<br><span class=\"muted\">\(originalText(ctx, o, e.exchangeRate))</span>" }
            let status = entryStatus(
                ctx,
                e,
                reversal: page.reversals[e.id].flatMap { page.numbers[$0] },
                originalNumber: e.reverses.flatMap { page.numbers[$0] }
            )
            return """
                <tr><td><a href="\(base)/ledger/\(e.id.description)">\(String(e.number))</a></td><td class="day">\(ctx.day(e.date))</td><td>\(t(ctx, .entryKind(e.kind)))</td>
                <td>\(e.costAccountID.flatMap { codes[$0] } ?? "")</td><td>\(e.counterparty)</td><td>\(e.reference)</td><td class="num">\(signed)</td>
                <td>\(e.memo) \(status)</td></tr>
                """
        }
        let kinds = [(value: "", label: ctx.t(.all))] + LedgerEntryKind.allCases.map { (value: $0.rawValue, label: t(ctx, .entryKind($0))) }
        var ff = filterForm
        ff.idPrefix = "filter-"
        let filters: HTML = """
            <form method="get" action="\(base)/ledger" class="form filters">
            <div class="grid2">\(ff.field("from", .finance(.date), kind: .date))\(ff.field("to", .finance(.date), kind: .date))
            \(ff.field("kind", .kind, kind: .select(kinds)))\(ff.field("cost_account_id", .finance(.costAccount), kind: .select(accountOptions(ctx, accounts, none: ctx.t(.all)))))</div>
            <div class="buttons"><button type="submit">\(ctx.t(.filter))</button> <a href="\(base)/ledger">\(ctx.t(.reset))</a>
            <span class="muted">\(t(ctx, .entriesShown(page.entries.count, page.total)))</span></div></form>
            """
        let table: HTML =
            page.entries.isEmpty
            ? "<p class=\"muted\">\(t(ctx, .noEntries))</p>"
            : """
            <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(t(ctx, .number))</th><th scope="col">\(t(ctx, .date))</th>
            <th scope="col">\(ctx.t(.kind))</th><th scope="col">\(t(ctx, .costAccount))</th><th scope="col">\(t(ctx, .counterparty))</th>
            <th scope="col">\(t(ctx, .reference))</th><th scope="col" class="num">\(ctx.t(.amount))</th><th scope="col">\(t(ctx, .memo))</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        func link(_ offset: Int) -> String {
            var parts = ["offset=\(offset)"]
            for key in ["from", "to", "kind", "cost_account_id"] {
                if let v = filterValues[key], !v.isEmpty { parts.append("\(key)=\(v.addingPercentEncodingForQuery())") }
            }
            return "\(base)/ledger?" + parts.joined(separator: "&")
        }
        let pages = max(1, (page.total + filter.limit - 1) / filter.limit)
        let current = filter.offset / filter.limit + 1
        let prev: HTML = filter.offset > 0 ? "<a rel=\"prev\" href=\"\(link(max(0, filter.offset - filter.limit)))\">\(ctx.t(.previous))</a>" : .empty
        let next: HTML =
            filter.offset + filter.limit < page.total ? "<a rel=\"next\" href=\"\(link(filter.offset + filter.limit))\">\(ctx.t(.next))</a>" : .empty
        let pager: HTML = pages > 1 ? "<nav class=\"pager\">\(prev) <span>\(ctx.t(.pageOf(current, pages)))</span> \(next)</nav>" : .empty
        let entryKinds = LedgerEntryKind.allCases.map { (value: $0.rawValue, label: t(ctx, .entryKind($0))) }
        let own = project.charter.budget.currency
        let currencyOptions = ([own] + rateCurrencies.filter { $0 != own }).map { (value: $0.code, label: $0.code) }
        return Layout.page(
            ctx,
            title: t(ctx, .ledger),
            project: nav(project),
            body: """
                <h1>\(t(ctx, .ledger))</h1>
                <p class="muted">\(t(ctx, .appendOnlyNote)) <a href="\(base)">\(t(ctx, .financeTitle))</a> · <a href="\(base)/ledger.csv">CSV</a></p>
                \(filters)\(table)\(pager)
                <section class="card" id="post"><h2>\(t(ctx, .postEntry))</h2>
                <form method="post" action="\(base)/ledger" class="form">\(ctx.csrfField)\(postForm.errorSummary())
                <div class="grid2">\(postForm.field("kind", .kind, kind: .select(entryKinds), required: true, help: .finance(.kindHelp)))
                \(postForm.field("date", .finance(.date), kind: .date, help: .finance(.dateHelp)))
                \(postForm.field("cost_account_id", .finance(.costAccount), kind: .select(accountOptions(ctx, accounts, none: t(ctx, .projectLevel))), help: .finance(.costAccountHelp)))
                \(postForm.field("amount", .amount, kind: .number, required: true))
                \(postForm.field("currency", .currency, kind: .select(currencyOptions), help: .finance(.currencyHelp)))
                \(postForm.field("due_date", .finance(.dueDate), kind: .date, help: .finance(.dueDateHelp)))
                \(postForm.field("counterparty", .finance(.counterparty)))\(postForm.field("reference", .finance(.reference)))</div>
                \(postForm.field("memo", .finance(.memo), kind: .textarea))
                <div class="buttons"><button type="submit">\(t(ctx, .postEntry))</button></div></form></section>
                """
        )
    }

    package static func entry(
        _ ctx: ViewContext,
        project: Project,
        entry e: LedgerEntry,
        reversal: LedgerEntry?,
        original: LedgerEntry?,
        accounts: [CostAccount],
        categories: [CostCategory],
        names: [String: String],
        form: FormKit
    ) -> HTML {
        let base = "/projects/\(project.id.description)/finance"
        let account = e.costAccountID.flatMap { id in accounts.first { $0.id == id } }
        let lineRows: [HTML] = e.lines.map { l in
            let m = ctx.money(Money(minor: abs(l.amount), currency: e.amount.currency))
            return
                "<tr><th scope=\"row\">\(t(ctx, .ledgerAccount(l.account)))</th><td class=\"num\">\(l.amount > 0 ? m : "")</td><td class=\"num\">\(l.amount < 0 ? m : "")</td></tr>"
        }
        var facts: [(String, HTML)] = [
            (t(ctx, .date), "\(ctx.day(e.date))"), (ctx.t(.kind), "\(t(ctx, .entryKind(e.kind)))"),
            (ctx.t(.amount), e.isReversal ? "−\(ctx.money(e.amount))" : "\(ctx.money(e.amount))"),
            (
                t(ctx, .costAccount),
                account.map {
                    "<a href=\"\(base)/accounts/\($0.id.description)/edit\">\($0.code)</a> \(categoryName(ctx, $0.category, categories))" as HTML
                } ?? "\(t(ctx, .projectLevel))"
            ),
            (t(ctx, .counterparty), "\(e.counterparty)"), (t(ctx, .reference), "\(e.reference)"), (t(ctx, .memo), "\(e.memo)"),
            (t(ctx, .dueDate), "\(e.dueDate.map { ctx.day($0) } ?? "—")"),
            (t(ctx, .postedBy), "\(actor(e.postedBy, names)) · \(ctx.day(Day(iso: String(e.postedAt.prefix(10)))))"),
        ]
        if let o = e.original { facts.insert((t(ctx, .originalAmount), "\(originalText(ctx, o, e.exchangeRate))"), at: 3) }
        if let original {
            facts.append(
                (t(ctx, .reversalOf(original.number)), "<a href=\"\(base)/ledger/\(original.id.description)\">\(t(ctx, .entry(original.number)))</a>")
            )
        }
        if let reversal {
            facts.append(
                (t(ctx, .reversedBy(reversal.number)), "<a href=\"\(base)/ledger/\(reversal.id.description)\">\(t(ctx, .entry(reversal.number)))</a>")
            )
        }
        let dl: [HTML] = facts.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }
        let reverseForm: HTML =
            e.isReversal || reversal != nil
            ? .empty
            : """
            <section class="card" id="reverse"><h2>\(t(ctx, .reverseEntry))</h2>
            <form method="post" action="\(base)/ledger/\(e.id.description)/reverse" class="form" data-confirm="\(t(ctx, .confirmReverse))">\(ctx.csrfField)\(form.errorSummary())
            <div class="grid2">\(form.field("memo", .finance(.memo), required: true, help: .finance(.reversalMemoHelp)))\(form.field("date", .finance(.date), kind: .date, help: .finance(.dateHelp)))</div>
            \(form.errorsFor("reverses"))\(form.errorsFor("amount"))
            <div class="buttons"><button type="submit">\(t(ctx, .reverse))</button></div></form></section>
            """
        return Layout.page(
            ctx,
            title: t(ctx, .entry(e.number)),
            project: nav(project),
            body: """
                <h1>\(t(ctx, .entry(e.number)))</h1>
                <p><a href="\(base)/ledger">\(t(ctx, .ledger))</a></p>
                <section class="card"><dl class="facts">\(dl)</dl></section>
                <section class="card"><h2>\(t(ctx, .lines))</h2>
                <div class="table-wrap"><table class="data"><thead><tr><th scope="col">\(ctx.t(.name))</th><th scope="col" class="num">\(t(ctx, .debit))</th>
                <th scope="col" class="num">\(t(ctx, .credit))</th></tr></thead><tbody>\(lineRows)</tbody></table></div>
                <p class="muted">\(t(ctx, .appendOnlyNote))</p></section>
                \(reverseForm)
                """
        )
    }

    package static func editAccount(
        _ ctx: ViewContext,
        project: Project,
        account: CostAccount,
        categories: [CostCategory],
        tasks: [PlanTask],
        form: FormKit,
        stale: Bool
    ) -> HTML {
        let base = "/projects/\(project.id.description)/finance"
        let staleNote: HTML = stale ? "<div class=\"alert\" role=\"alert\">\(ctx.t(.staleEdit))</div>" : .empty
        return Layout.page(
            ctx,
            title: t(ctx, .editCostAccount),
            project: nav(project),
            body: """
                <h1>\(t(ctx, .editCostAccount)) \(account.code)</h1>\(staleNote)
                <form method="post" action="\(base)/accounts/\(account.id.description)" class="form card">\(ctx.csrfField)
                <input type="hidden" name="_version" value="\(String(account.version))">\(form.errorSummary())
                \(accountFields(form, ctx, categories: categories, tasks: tasks))
                <div class="buttons"><button type="submit">\(ctx.t(.save))</button> <a href="\(base)">\(ctx.t(.cancel))</a></div></form>
                <p>\(postButton(ctx, "\(base)/accounts/\(account.id.description)/delete", label: ctx.t(.delete), version: account.version, confirm: ctx.t(.confirmDelete)))</p>
                """
        )
    }

    package static func accountValues(_ a: CostAccount, _ c: Currency) -> [String: String] {
        let f = { (x: Int64?) in x.map { FixedPoint.format($0, digits: c.minorDigits) } ?? "" }
        return [
            "code": a.code, "name": a.name, "task_id": a.taskID?.description ?? "", "category": a.category, "estimate_low": f(a.estimate?.low),
            "estimate_most_likely": f(a.estimate?.mode), "estimate_high": f(a.estimate?.high),
        ]
    }

    /// Every entry in posting order, amounts signed (a reversal negative), with the account code.
    package static func csv(_ entries: [LedgerEntry], accounts: [CostAccount]) -> String {
        let codes = Dictionary(uniqueKeysWithValues: accounts.map { ($0.id, $0.code) })
        var w = CSVWriter(header: [
            "number", "date", "kind", "cost_account", "amount", "currency", "counterparty", "reference", "memo", "reverses_number", "posted_at",
            "posted_by",
            "due_date", "original_amount", "original_currency", "exchange_rate",
        ])
        let numbers = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0.number) })
        for e in entries {
            w.append([
                String(e.number), e.date.iso, e.kind.rawValue, e.costAccountID.flatMap { codes[$0] } ?? "",
                Money(minor: e.signedAmount, currency: e.amount.currency).decimalString, e.amount.currency.code, e.counterparty, e.reference, e.memo,
                e.reverses.flatMap { numbers[$0] }.map { String($0) } ?? "", e.postedAt, e.postedBy, e.dueDate?.iso ?? "",
                e.original.map { Money(minor: e.isReversal ? -$0.minor : $0.minor, currency: $0.currency).decimalString } ?? "",
                e.original?.currency.code ?? "",
                e.exchangeRate.map { FixedPoint.format($0, digits: ExchangeRate.digits) } ?? "",
            ])
        }
        return w.text
    }
}
