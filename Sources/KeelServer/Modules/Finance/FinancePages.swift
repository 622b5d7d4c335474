import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelPresentation
import KeelStore

/// `/projects/{projectID}/finance…`: the finance overview, the ledger, one entry, the cost account
/// edit page, their plain-form actions (303 on success, the page again with the messages on bad
/// input) and the ledger's CSV export.
extension WebPages {
    func registerFinance(on router: Routes) {
        let services = self.services
        let base = "/projects/{projectID}/finance"
        @Sendable func overviewPage(
            _ req: Request,
            _ ctx: Context,
            _ id: ID<Project>,
            account: FormKit? = nil,
            category: FormKit? = nil,
            period: FormKit? = nil,
            rate: FormKit? = nil
        ) async throws -> HTML {
            let v = view(req, ctx)
            let model = try await services.finance.overviewPage(ctx.caller, project: id)
            return FinanceViews.overview(
                v,
                project: model.project,
                overview: model.overview,
                baseline: model.baseline,
                tasks: model.tasks,
                names: model.names,
                accountForm: account ?? FormKit(v, values: ["category": "labour"]),
                categoryForm: category ?? FormKit(v),
                periodForm: period ?? FormKit(v),
                rates: model.rates,
                currencyTotals: model.currencyTotals,
                rateForm: rate ?? FormKit(v, values: ["effective_from": v.today.iso])
            )
        }

        @Sendable func ledgerPage(_ req: Request, _ ctx: Context, _ id: ID<Project>, form: FormKit?) async throws -> HTML {
            let v = view(req, ctx)
            let q = req.uri.queryParameters
            // A bad filter shows its messages beside the filter fields and lists everything.
            var filter = LedgerRepository.Filter()
            var filterErrors: [FieldError] = []
            do { filter = try LedgerFilterParser.parse(q) } catch { if case .validation(let e) = error { filterErrors = e } else { throw error } }
            var values: [String: String] = [:]
            for key in ["from", "to", "kind", "cost_account_id"] { values[key] = q.get(key) }
            let model = try await services.finance.ledgerPage(ctx.caller, project: id, filter)
            return FinanceViews.ledger(
                v,
                project: model.project,
                page: model.ledger,
                accounts: model.accounts,
                filter: filter,
                postForm: form ?? FormKit(v, values: ["kind": "actual_cost"]),
                filterForm: FormKit(v, errors: FinanceViews.localisedChoices(v, filterErrors), values: values),
                rateCurrencies: model.rateCurrencies
            )
        }

        @Sendable func entryPage(_ req: Request, _ ctx: Context, _ id: ID<Project>, _ eid: ID<LedgerEntry>, form: FormKit?) async throws -> HTML {
            let v = view(req, ctx)
            let model = try await services.finance.entryPage(ctx.caller, project: id, eid)
            return FinanceViews.entry(
                v,
                project: model.project,
                entry: model.entry,
                reversal: model.reversal,
                original: model.original,
                accounts: model.accounts,
                categories: model.categories,
                names: model.names,
                form: form ?? FormKit(v)
            )
        }

        @Sendable func accountPage(
            _ req: Request,
            _ ctx: Context,
            _ id: ID<Project>,
            _ aid: ID<CostAccount>,
            errors: [FieldError],
            values: [String: String]?,
            stale: Bool
        ) async throws -> HTML {
            let v = view(req, ctx)
            let model = try await services.finance.accountPage(ctx.caller, project: id, aid)
            let stored = FinanceViews.accountValues(model.account, model.project.charter.budget.currency)
            let form = FormKit(v, errors: errors, values: stale ? stored : (values ?? stored), mine: stale ? values : nil)
            return FinanceViews.editAccount(
                v,
                project: model.project,
                account: model.account,
                categories: model.categories,
                tasks: model.tasks,
                form: form,
                stale: stale
            )
        }

        router.get(RouterPath(base), .action(.viewProject)) { req, ctx in page(try await overviewPage(req, ctx, try ctx.id(.project)), req) }
        router.get(RouterPath(base + "/ledger"), .action(.viewProject)) { req, ctx in
            page(try await ledgerPage(req, ctx, try ctx.id(.project), form: nil), req)
        }
        router.get(RouterPath(base + "/ledger.csv"), .action(.viewProject)) { _, ctx in
            let id = try ctx.id(.project)
            let csv = FinanceViews.csv(
                try await services.finance.allEntries(ctx.caller, project: id),
                accounts: try await services.finance.accounts(ctx.caller, project: id)
            )
            return WebResponse.csv(csv, filename: "ledger.csv")
        }
        router.get(RouterPath(base + "/ledger/{entryID}"), .action(.viewProject)) { req, ctx in
            page(try await entryPage(req, ctx, try ctx.id(.project), try ctx.id(.entry), form: nil), req)
        }
        router.get(RouterPath(base + "/accounts/{accountID}/edit"), .action(.viewProject)) { req, ctx in
            page(try await accountPage(req, ctx, try ctx.id(.project), try ctx.id(.account), errors: [], values: nil, stale: false), req)
        }

        router.post(RouterPath(base + "/accounts"), .action(.editCostStructure)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/finance#accounts") { input, _, _ in
                _ = try await services.finance.createAccount(ctx.caller, project: id, input)
            } form: { f in
                try await overviewPage(req, ctx, id, account: f)
            }
        }
        router.post(RouterPath(base + "/accounts/{accountID}"), .action(.editCostStructure)) { req, ctx in
            let id = try ctx.id(.project)
            let aid = try ctx.id(.account)
            return try await submit(req, ctx, success: "/projects/\(id)/finance#accounts") { input, version, _ in
                _ = try await services.finance.updateAccount(ctx.caller, project: id, aid, input, expectedVersion: version)
            } rerender: { errors, values, stale in
                try await accountPage(req, ctx, id, aid, errors: errors, values: values, stale: stale)
            }
        }
        router.post(RouterPath(base + "/accounts/{accountID}/delete"), .action(.editCostStructure)) { req, ctx in
            let id = try ctx.id(.project)
            let version = Self.formVersion(try await reader.formPairs(req))
            try await services.finance.deleteAccount(ctx.caller, project: id, try ctx.id(.account), expectedVersion: version)
            return WebResponse.redirect("/projects/\(id)/finance#accounts", flash: "deleted")
        }
        router.post(RouterPath(base + "/categories"), .action(.editCostStructure)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/finance#categories") { input, _, _ in
                _ = try await services.finance.createCategory(ctx.caller, project: id, input)
            } form: { f in
                try await overviewPage(req, ctx, id, category: f)
            }
        }
        router.post(RouterPath(base + "/categories/{code}/delete"), .action(.editCostStructure)) { req, ctx in
            let id = try ctx.id(.project)
            _ = try await reader.formPairs(req)
            try await services.finance.deleteCategory(ctx.caller, project: id, code: ctx.parameters.get("code") ?? "")
            return WebResponse.redirect("/projects/\(id)/finance#categories", flash: "deleted")
        }
        router.post(RouterPath(base + "/exchange-rates"), .action(.editExchangeRates)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/finance#exchange-rates") { input, _, _ in
                _ = try await services.finance.setExchangeRate(ctx.caller, project: id, input)
            } form: { f in
                try await overviewPage(req, ctx, id, rate: f)
            }
        }
        router.post(RouterPath(base + "/exchange-rates/{currency}/{day}/delete"), .action(.editExchangeRates)) { req, ctx in
            let id = try ctx.id(.project)
            guard let raw = ctx.parameters.get("day"), let day = Day(iso: raw) else {
                throw KeelError.notFound(kind: "exchange_rate", id: ctx.parameters.get("day") ?? "")
            }
            _ = try await reader.formPairs(req)
            try await services.finance.deleteExchangeRate(ctx.caller, project: id, currency: ctx.parameters.get("currency") ?? "", from: day)
            return WebResponse.redirect("/projects/\(id)/finance#exchange-rates", flash: "deleted")
        }
        router.post(RouterPath(base + "/periods"), .action(.closePeriod)) { req, ctx in
            let id = try ctx.id(.project)
            return try await submit(req, ctx, success: "/projects/\(id)/finance#periods") { input, _, _ in
                _ = try await services.finance.closePeriod(ctx.caller, project: id, input)
            } form: { f in
                try await overviewPage(req, ctx, id, period: f)
            }
        }
        router.post(RouterPath(base + "/ledger"), .action(.postLedger)) { req, ctx in
            let id = try ctx.id(.project)
            var over = false
            let response = try await submit(req, ctx, success: "/projects/\(id)/finance/ledger") { input, _, _ in
                over = try await services.finance.posting(ctx.caller, project: id, input).overBudget != nil
            } rerender: { errors, values, _ in
                let v = view(req, ctx)
                return try await ledgerPage(req, ctx, id, form: FormKit(v, errors: FinanceViews.localisedChoices(v, errors), values: values ?? [:]))
            }
            // A commitment beyond budget under "warn" is posted, and the page says so.
            return over ? WebResponse.redirect("/projects/\(id)/finance/ledger", flash: "over_budget") : response
        }
        router.post(RouterPath(base + "/ledger/{entryID}/reverse"), .action(.postLedger)) { req, ctx in
            let id = try ctx.id(.project)
            let eid = try ctx.id(.entry)
            return try await submit(req, ctx, success: "/projects/\(id)/finance/ledger") { input, _, _ in
                _ = try await services.finance.reverse(ctx.caller, project: id, eid, input)
            } form: { f in
                try await entryPage(req, ctx, id, eid, form: f)
            }
        }
    }
}
