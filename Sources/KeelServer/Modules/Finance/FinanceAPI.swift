import Foundation
import Hummingbird
import KeelApp
import KeelCore
import KeelStore

/// Reads the ledger's list filters from a query string (the API and the ledger page share it).
enum LedgerFilterParser {
    static func parse(_ q: Parameters, perPage: Int = 100) throws(KeelError) -> LedgerRepository.Filter {
        var errors = FieldErrors()
        var f = LedgerRepository.Filter(limit: perPage)
        for key in ["from", "to"] {
            guard let raw = q.get(key), !raw.isEmpty else { continue }
            guard let d = errors.day(key, raw) else { continue }
            if key == "from" { f.from = d } else { f.to = d }
        }
        if let raw = q.get("kind"), !raw.isEmpty {
            if let k = LedgerEntryKind(rawValue: raw) {
                f.kind = k
            } else {
                errors.add("kind", .invalidChoice, ["choices": LedgerEntryKind.allCases.map(\.rawValue).joined(separator: ", ")])
            }
        }
        if let raw = q.get("cost_account_id"), !raw.isEmpty {
            if let id = ID<CostAccount>(raw) { f.costAccount = id } else { errors.add("cost_account_id", .invalidType, ["expected": "id"]) }
        }
        if let raw = q.get("limit") {
            if let n = Int(raw), (1...1000).contains(n) { f.limit = n } else { errors.add("limit", .outOfRange, ["min": "1", "max": "1000"]) }
        }
        if let raw = q.get("offset") {
            // Bounded so that the pager's arithmetic (offset + limit) can never overflow.
            if let n = Int(raw), (0...1_000_000_000).contains(n) {
                f.offset = n
            } else {
                errors.add("offset", .outOfRange, ["min": "0", "max": "1000000000"])
            }
        }
        try errors.throwIfAny()
        return f
    }
}

/// `/api/v1/projects/{projectID}/cost-categories|cost-accounts|ledger|trial-balance|closed-periods`:
/// the cost structure and the append-only ledger. Amounts are decimal strings in the project's currency.
struct FinanceAPI {
    let services: KeelServices
    let reader: RequestReader

    typealias Context = AppRequestContext

    struct CategoryBody: Encodable {
        let code: String
        let name: String
        let standard: Bool
        init(_ c: CostCategory) {
            code = c.code
            name = c.name
            standard = c.isStandard
        }
    }

    struct AccountBody: Encodable {
        let id: String
        let projectId: String
        let taskId: String?
        let category: String
        let code: String
        let name: String
        /// The three-point cost estimate for the cost risk analysis (absent without one).
        let estimateLow: String?
        let estimateMostLikely: String?
        let estimateHigh: String?
        let version: Int64
        init(_ a: CostAccount, _ c: Currency) {
            id = a.id.description
            projectId = a.projectID.description
            taskId = a.taskID?.description
            category = a.category
            code = a.code
            name = a.name
            estimateLow = a.estimate.map { FixedPoint.format($0.low, digits: c.minorDigits) }
            estimateMostLikely = a.estimate.map { FixedPoint.format($0.mode, digits: c.minorDigits) }
            estimateHigh = a.estimate.map { FixedPoint.format($0.high, digits: c.minorDigits) }
            version = a.version
        }
    }

    struct EntryBody: Encodable {
        struct Line: Encodable {
            let account: String
            let costAccountId: String?
            let amount: String
        }

        let id: String
        let projectId: String
        let number: Int64
        let kind: String
        let date: String
        let costAccountId: String?
        let amount: String
        let currency: String
        let counterparty: String
        let reference: String
        let memo: String
        let reverses: String?
        let reversedBy: String?
        let dueDate: String?
        /// Entries made in another currency: what was posted, and the rate that converted it.
        let originalAmount: String?
        let originalCurrency: String?
        let exchangeRate: String?
        let postedAt: String
        let postedBy: String
        let lines: [Line]
        /// When cost control warns: by how much this commitment took its account beyond budget.
        let overBudget: String?

        init(_ e: LedgerEntry, reversedBy: ID<LedgerEntry>?, overBudget: Int64? = nil) {
            id = e.id.description
            projectId = e.projectID.description
            number = e.number
            kind = e.kind.rawValue
            date = e.date.iso
            costAccountId = e.costAccountID?.description
            amount = e.amount.decimalString
            currency = e.amount.currency.code
            counterparty = e.counterparty
            reference = e.reference
            memo = e.memo
            reverses = e.reverses?.description
            self.reversedBy = reversedBy?.description
            dueDate = e.dueDate?.iso
            originalAmount = e.original?.decimalString
            originalCurrency = e.original?.currency.code
            exchangeRate = e.exchangeRate.map { FixedPoint.format($0, digits: ExchangeRate.digits) }
            postedAt = e.postedAt
            postedBy = e.postedBy
            let c = e.amount.currency
            self.overBudget = overBudget.map { Money(minor: $0, currency: e.amount.currency).decimalString }
            lines = e.lines.map {
                Line(
                    account: $0.account.rawValue,
                    costAccountId: $0.costAccountID?.description,
                    amount: Money(minor: $0.amount, currency: c).decimalString
                )
            }
        }
    }

    struct ExchangeRateBody: Encodable {
        let currency: String
        let effectiveFrom: String
        let rate: String
        init(_ r: ExchangeRate) {
            currency = r.currency.code
            effectiveFrom = r.effectiveFrom.iso
            rate = FixedPoint.format(r.rate, digits: ExchangeRate.digits)
        }
    }

    struct CurrencyTotalBody: Encodable {
        let currency: String
        let kind: String
        let original: String
        let converted: String
        /// `converted` is in the project's currency.
        let projectCurrency: String
        init(_ t: LedgerRepository.CurrencyTotal, _ project: Currency) {
            currency = t.currency.code
            kind = t.kind.rawValue
            original = FixedPoint.format(t.original, digits: t.currency.minorDigits)
            converted = FixedPoint.format(t.converted, digits: project.minorDigits)
            projectCurrency = project.code
        }
    }

    struct LedgerListBody: Encodable {
        let items: [EntryBody]
        let total: Int
        let limit: Int
        let offset: Int
    }

    struct TrialBalanceBody: Encodable {
        let currency: String
        let balances: [String: String]
        let total: String
        let balanced: Bool
    }

    struct SettingsBody: Encodable {
        let control: String
        let tolerancePercent: String
        init(_ s: CostControlSettings) {
            control = s.control.rawValue
            tolerancePercent = FixedPoint.format(s.toleranceBasisPoints, digits: 2)
        }
    }

    struct PositionBody: Encodable {
        let label: String
        let detail: String
        let depth: Int
        let budget, committed, actual, forecast, variance: String
        let variancePercent: Double?
        init(_ l: CostLine, _ c: Currency) {
            func s(_ x: Int64) -> String { FixedPoint.format(x, digits: c.minorDigits) }
            label = l.label
            detail = l.detail
            depth = l.depth
            budget = s(l.position.budget)
            committed = s(l.position.committed)
            actual = s(l.position.actual)
            forecast = s(l.position.forecast)
            variance = s(l.position.variance)
            variancePercent = l.position.variancePercent
        }
    }

    struct CostControlBody: Encodable {
        let currency: String
        let baselineVersion: Int64?
        let settings: SettingsBody
        let total: PositionBody
        let accounts: [PositionBody]
        let categories: [PositionBody]
        let wbs: [PositionBody]
        init(_ r: CostControlReport) {
            currency = r.currency.code
            baselineVersion = r.baseline?.number
            settings = SettingsBody(r.settings)
            total = PositionBody(CostLine(label: "", detail: "project", depth: 0, position: r.total), r.currency)
            accounts = r.accounts.map { PositionBody($0, r.currency) }
            categories = r.categories.map { PositionBody($0, r.currency) }
            wbs = r.wbs.map { PositionBody($0, r.currency) }
        }
    }

    struct ClosedPeriodBody: Encodable {
        let period: String
        let closedAt: String
        let closedBy: String
        init(_ p: LedgerRepository.ClosedPeriod) {
            period = p.period.text
            closedAt = p.closedAt
            closedBy = p.closedBy
        }
    }

    func register(on router: Routes) {
        let api = router.group("/api/v1/projects/{projectID}")
        let services = self.services
        let reader = self.reader

        api.get("/cost-categories", .action(.viewProject)) { _, ctx in
            try API.json(
                API.ListBody(items: try await services.finance.categories(ctx.caller, project: try ctx.id(.project)).map(CategoryBody.init))
            )
        }
        api.post("/cost-categories", .action(.editCostStructure)) { req, ctx in
            let id = try ctx.id(.project)
            let c = try await services.finance.createCategory(ctx.caller, project: id, try await reader.json(req))
            return try API.json(CategoryBody(c), status: .created, location: "/api/v1/projects/\(id)/cost-categories/\(c.code)")
        }
        api.delete("/cost-categories/{code}", .action(.editCostStructure)) { _, ctx in
            try await services.finance.deleteCategory(ctx.caller, project: try ctx.id(.project), code: ctx.parameters.get("code") ?? "")
            return Response(status: .noContent)
        }

        @Sendable func currency(_ ctx: Context, _ id: ID<Project>) async throws -> Currency {
            try await services.projects.get(ctx.caller, id).charter.budget.currency
        }
        api.get("/cost-accounts", .action(.viewProject)) { _, ctx in
            let id = try ctx.id(.project)
            let accounts = try await services.finance.accounts(ctx.caller, project: id)
            let c = try await currency(ctx, id)
            return try API.json(API.ListBody(items: accounts.map { AccountBody($0, c) }))
        }
        api.post("/cost-accounts", .action(.editCostStructure)) { req, ctx in
            let id = try ctx.id(.project)
            let a = try await services.finance.createAccount(ctx.caller, project: id, try await reader.json(req))
            return try API.json(
                AccountBody(a, try await currency(ctx, id)),
                status: .created,
                version: a.version,
                location: "/api/v1/projects/\(id)/cost-accounts/\(a.id)"
            )
        }
        api.get("/cost-accounts/{accountID}", .action(.viewProject)) { _, ctx in
            let id = try ctx.id(.project)
            let a = try await services.finance.account(ctx.caller, project: id, try ctx.id(.account))
            return try API.json(AccountBody(a, try await currency(ctx, id)), version: a.version)
        }
        api.patch("/cost-accounts/{accountID}", .action(.editCostStructure)) { req, ctx in
            let id = try ctx.id(.project)
            let a = try await services.finance.updateAccount(
                ctx.caller,
                project: id,
                try ctx.id(.account),
                try await reader.json(req),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return try API.json(AccountBody(a, try await currency(ctx, id)), version: a.version)
        }
        api.delete("/cost-accounts/{accountID}", .action(.editCostStructure)) { req, ctx in
            try await services.finance.deleteAccount(
                ctx.caller,
                project: try ctx.id(.project),
                try ctx.id(.account),
                expectedVersion: try reader.requireIfMatch(req)
            )
            return Response(status: .noContent)
        }

        api.get("/ledger", .action(.viewProject)) { req, ctx in
            let id = try ctx.id(.project)
            let filter = try LedgerFilterParser.parse(req.uri.queryParameters)
            let page = try await services.finance.ledger(ctx.caller, project: id, filter)
            return try API.json(
                LedgerListBody(
                    items: page.entries.map { EntryBody($0, reversedBy: page.reversals[$0.id]) },
                    total: page.total,
                    limit: filter.limit,
                    offset: filter.offset
                )
            )
        }
        api.post("/ledger", .action(.postLedger)) { req, ctx in
            let id = try ctx.id(.project)
            let posted = try await services.finance.posting(ctx.caller, project: id, try await reader.json(req))
            let e = posted.entry
            return try API.json(
                EntryBody(e, reversedBy: nil, overBudget: posted.overBudget),
                status: .created,
                location: "/api/v1/projects/\(id)/ledger/\(e.id)"
            )
        }
        api.get("/ledger/{entryID}", .action(.viewProject)) { _, ctx in
            let (e, reversal) = try await services.finance.entry(ctx.caller, project: try ctx.id(.project), try ctx.id(.entry))
            return try API.json(EntryBody(e, reversedBy: reversal?.id))
        }
        api.post("/ledger/{entryID}/reverse", .action(.postLedger)) { req, ctx in
            let id = try ctx.id(.project)
            let e = try await services.finance.reverse(ctx.caller, project: id, try ctx.id(.entry), try await reader.json(req))
            return try API.json(EntryBody(e, reversedBy: nil), status: .created, location: "/api/v1/projects/\(id)/ledger/\(e.id)")
        }
        api.get("/trial-balance", .action(.viewProject)) { _, ctx in
            let o = try await services.finance.overview(ctx.caller, project: try ctx.id(.project))
            var balances: [String: String] = [:]
            for account in LedgerAccount.allCases {
                balances[account.rawValue] = Money(minor: o.trialBalance[account] ?? 0, currency: o.currency).decimalString
            }
            return try API.json(
                TrialBalanceBody(
                    currency: o.currency.code,
                    balances: balances,
                    total: Money(minor: o.trialBalanceTotal, currency: o.currency).decimalString,
                    balanced: o.trialBalanceTotal == 0
                )
            )
        }
        api.get("/exchange-rates", .action(.viewProject)) { _, ctx in
            let rates = try await services.finance.exchangeRates(ctx.caller, project: try ctx.id(.project))
            return try API.json(API.ListBody(items: rates.map(ExchangeRateBody.init)))
        }
        api.post("/exchange-rates", .action(.editExchangeRates)) { req, ctx in
            let rate = try await services.finance.setExchangeRate(ctx.caller, project: try ctx.id(.project), try await reader.json(req))
            return try API.json(ExchangeRateBody(rate))
        }
        api.delete("/exchange-rates/{currency}/{day}", .action(.editExchangeRates)) { _, ctx in
            let id = try ctx.id(.project)
            guard let raw = ctx.parameters.get("day"), let day = Day(iso: raw) else {
                throw KeelError.notFound(kind: "exchange_rate", id: ctx.parameters.get("day") ?? "")
            }
            try await services.finance.deleteExchangeRate(ctx.caller, project: id, currency: ctx.parameters.get("currency") ?? "", from: day)
            return Response(status: .noContent)
        }
        api.get("/currency-totals", .action(.viewProject)) { _, ctx in
            let id = try ctx.id(.project)
            let totals = try await services.finance.currencyTotals(ctx.caller, project: id)
            let currency = try await services.projects.get(ctx.caller, id).charter.budget.currency
            return try API.json(API.ListBody(items: totals.map { CurrencyTotalBody($0, currency) }))
        }
        api.get("/cost-control", .action(.viewProject)) { _, ctx in
            let r = try await services.costControl.report(ctx.caller, project: try ctx.id(.project))
            return try API.json(CostControlBody(r))
        }
        api.put("/cost-control/settings", .action(.configureCostControl)) { req, ctx in
            let id = try ctx.id(.project)
            let settings = try await services.costControl.updateSettings(ctx.caller, project: id, try await reader.json(req))
            return try API.json(SettingsBody(settings))
        }
        api.get("/closed-periods", .action(.viewProject)) { _, ctx in
            try API.json(
                API.ListBody(
                    items: try await services.finance.overview(ctx.caller, project: try ctx.id(.project)).closedPeriods.map(ClosedPeriodBody.init)
                )
            )
        }
        api.post("/closed-periods", .action(.closePeriod)) { req, ctx in
            let id = try ctx.id(.project)
            let p = try await services.finance.closePeriod(ctx.caller, project: id, try await reader.json(req))
            return try API.json(ClosedPeriodBody(p), status: .created, location: "/api/v1/projects/\(id)/closed-periods")
        }
    }
}
