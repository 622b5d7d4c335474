/// The accounts of Keel's small double-entry chart. Every ledger entry debits one and credits
/// another by the same amount, so the trial balance over any set of entries is zero.
public enum LedgerAccount: String, CaseIterable, Sendable, Codable {
    /// Expense: cost incurred (actuals and accruals), carried per cost account.
    case projectCost = "project_cost"
    /// Liability: supplier invoices booked as actual cost.
    case payables
    /// Liability: cost incurred but not yet invoiced.
    case accruedLiabilities = "accrued_liabilities"
    /// Liability: people's approved hours, owed as wages (labour cost from timesheets).
    case payrollLiabilities = "payroll_liabilities"
    /// Memo: open purchase orders, per cost account. Commitments are not cost yet.
    case commitments
    /// Memo contra account that keeps commitments balanced.
    case commitmentsOffset = "commitments_offset"
    /// Asset: invoiced to the customer, not yet paid.
    case receivables
    /// Income: invoiced to the customer.
    case revenue
    /// Asset: money received.
    case cash
}

/// What a ledger entry records. Each kind posts a fixed debit/credit pair.
public enum LedgerEntryKind: String, CaseIterable, Sendable, Codable {
    case actualCost = "actual_cost"
    case commitment
    case commitmentRelease = "commitment_release"
    case accrual
    /// People's approved timesheet hours at their cost rates.
    case labour
    /// Revenue invoiced to the customer.
    case revenue
    case paymentReceived = "payment_received"

    public var debit: LedgerAccount {
        switch self {
        case .actualCost, .accrual, .labour: .projectCost
        case .commitment: .commitments
        case .commitmentRelease: .commitmentsOffset
        case .revenue: .receivables
        case .paymentReceived: .cash
        }
    }

    public var credit: LedgerAccount {
        switch self {
        case .actualCost: .payables
        case .accrual: .accruedLiabilities
        case .labour: .payrollLiabilities
        case .commitment: .commitmentsOffset
        case .commitmentRelease: .commitments
        case .revenue: .revenue
        case .paymentReceived: .receivables
        }
    }

    /// Cost kinds book against a cost account; revenue and payments belong to the project as a whole.
    public var needsCostAccount: Bool {
        switch self {
        case .actualCost, .commitment, .commitmentRelease, .accrual, .labour: true
        case .revenue, .paymentReceived: false
        }
    }

    /// Kinds that are paid to someone later and may carry a due date.
    public var mayHaveDueDate: Bool { self == .actualCost || self == .accrual || self == .commitment }

    /// Counted as actual cost (AC) in earned value.
    public var isCost: Bool { self == .actualCost || self == .accrual || self == .labour }

    /// The kinds counted as actual cost, for queries.
    public static let costKinds = allCases.filter(\.isCost)
}

/// A calendar month, the unit in which the ledger is closed.
public struct AccountingPeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    /// A month of the supported years (see `SupportedRange`), as input names one.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1900...2199).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// Any month, even of a day stored by an older version far outside the supported range.
    public init(containing day: Day) {
        let c = day.components
        self.year = c.year
        self.month = c.month
    }

    private init(unchecked year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// `2026-11`.
    public init?(text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(year: y, month: m)
    }

    public var text: String { String(year) + "-" + (month < 10 ? "0" : "") + String(month) }
    public var description: String { text }
    // Straight from the civil-date arithmetic, so that a month of any year has its days (no optional).
    public var firstDay: Day { Day(ordinal: Int32(clamping: Day.daysFromCivil(year: year, month: month, day: 1))) }
    public var lastDay: Day {
        Day(ordinal: Int32(clamping: Day.daysFromCivil(year: year, month: month, day: Day.daysInMonth(year: year, month: month))))
    }

    public static func < (a: AccountingPeriod, b: AccountingPeriod) -> Bool { (a.year, a.month) < (b.year, b.month) }

    /// The month `n` months later (earlier when negative).
    public func adding(months n: Int) -> AccountingPeriod {
        let index = year * 12 + (month - 1) + n
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        return AccountingPeriod(unchecked: y, month: index - y * 12 + 1)
    }
}

/// One posted entry. Posted entries are never changed: a mistake is corrected by a reversal entry
/// that points at it and posts the same lines with opposite signs.
public struct LedgerEntry: Hashable, Sendable {
    public let id: ID<LedgerEntry>
    public let projectID: ID<Project>
    /// 1, 2, 3 … per project, in posting order.
    public var number: Int64
    public var kind: LedgerEntryKind
    public var date: Day
    public var costAccountID: ID<CostAccount>?
    /// Always positive, in the project's currency; the kind says which way it goes.
    public var amount: Money
    /// For an entry made in another currency: the amount as posted, and the rate (millionths of the
    /// project's currency per unit) that converted it on the entry's date into `amount`.
    public var original: Money?
    public var exchangeRate: Int64?
    public var counterparty: String
    public var reference: String
    public var memo: String
    /// Set on a reversal: the entry it cancels.
    public var reverses: ID<LedgerEntry>?
    /// When an invoice, accrual or purchase order is expected to be paid (cash flow); nil: after the
    /// project's supplier terms.
    public var dueDate: Day?
    public var postedAt: String
    public var postedBy: String

    public init(
        id: ID<LedgerEntry> = ID(),
        projectID: ID<Project>,
        number: Int64 = 0,
        kind: LedgerEntryKind,
        date: Day,
        costAccountID: ID<CostAccount>?,
        amount: Money,
        counterparty: String = "",
        reference: String = "",
        memo: String = "",
        reverses: ID<LedgerEntry>? = nil,
        dueDate: Day? = nil,
        original: Money? = nil,
        exchangeRate: Int64? = nil,
        postedAt: String = "",
        postedBy: String = ""
    ) {
        self.id = id
        self.projectID = projectID
        self.number = number
        self.kind = kind
        self.date = date
        self.costAccountID = costAccountID
        self.amount = amount
        self.counterparty = counterparty
        self.reference = reference
        self.memo = memo
        self.reverses = reverses
        self.dueDate = dueDate
        self.original = original
        self.exchangeRate = exchangeRate
        self.postedAt = postedAt
        self.postedBy = postedBy
    }

    public var isReversal: Bool { reverses != nil }

    /// The effect on the kind's measure (cost, commitment, revenue, cash): + for an entry, − for a reversal.
    public var signedAmount: Int64 { isReversal ? -amount.minor : amount.minor }

    /// The double-entry lines: debit positive, credit negative; a reversal swaps the signs.
    public var lines: [LedgerLine] {
        let a = signedAmount
        return [
            LedgerLine(account: kind.debit, costAccountID: costAccountID, amount: a),
            LedgerLine(account: kind.credit, costAccountID: costAccountID, amount: -a),
        ]
    }

    /// The largest amount one entry may carry, in minor units (100 billion in a two-decimal currency),
    /// so that sums of a million entries stay far inside Int64.
    public static let maxAmount: Int64 = SupportedRange.maxAmountMinor

    /// The reversal of this entry on `date`.
    public func reversal(id: ID<LedgerEntry> = ID(), date: Day, memo: String, postedAt: String = "", postedBy: String = "") -> LedgerEntry {
        LedgerEntry(
            id: id,
            projectID: projectID,
            kind: kind,
            date: date,
            costAccountID: costAccountID,
            amount: amount,
            counterparty: counterparty,
            reference: reference,
            memo: memo,
            reverses: self.id,
            dueDate: dueDate,
            original: original,
            exchangeRate: exchangeRate,
            postedAt: postedAt,
            postedBy: postedBy
        )
    }
}

/// One side of an entry.
public struct LedgerLine: Hashable, Sendable {
    public let account: LedgerAccount
    public let costAccountID: ID<CostAccount>?
    /// Debit positive, credit negative, minor units.
    public let amount: Int64
}

/// Balances per ledger account; over any set of whole entries the total is zero.
public struct TrialBalance: Sendable, Hashable {
    public private(set) var balances: [LedgerAccount: Int64] = [:]

    public init() {}

    public init(_ entries: some Sequence<LedgerEntry>) {
        for e in entries { post(e) }
    }

    public mutating func post(_ entry: LedgerEntry) {
        for line in entry.lines { balances[line.account, default: 0] = balances[line.account, default: 0].addingSaturated(line.amount) }
    }

    public func balance(_ account: LedgerAccount) -> Int64 { balances[account] ?? 0 }
    public var total: Int64 { balances.values.sum { $0 } }
    public var isBalanced: Bool { total == 0 }
}

/// The rules a new entry must meet against what is already posted. Everything is checked before
/// anything is stored; every problem is reported at once.
public struct LedgerRules: Sendable {
    public var currency: Currency
    public var closedPeriods: Set<AccountingPeriod>

    public init(currency: Currency, closedPeriods: Set<AccountingPeriod>) {
        self.currency = currency
        self.closedPeriods = closedPeriods
    }

    /// `costAccountIsKnown` answers whether an id is one of this project's accounts; `original` is the
    /// entry a reversal names (nil when it is not this project's); `alreadyReversed` whether that entry
    /// has a reversal; `openCommitment` the account's open commitment (for releases and reversed commitments).
    public func check(
        _ entry: LedgerEntry,
        costAccountIsKnown: Bool,
        original: LedgerEntry?,
        alreadyReversed: Bool,
        openCommitment: Int64
    ) throws(KeelError) {
        var errors = FieldErrors()
        if closedPeriods.contains(AccountingPeriod(containing: entry.date)) {
            errors.add("date", .periodClosed, ["period": AccountingPeriod(containing: entry.date).text])
        }
        if entry.amount.currency != currency {
            errors.add("currency", .invalidChoice, ["choices": currency.code])
        }
        if let original = entry.original {
            // Another currency: converted at a dated rate; its own amount within the same range.
            if original.currency == currency { errors.add("currency", .invalidChoice, ["choices": currency.code]) }
            if original.minor <= 0 || original.minor > LedgerEntry.maxAmount {
                errors.add(
                    "amount",
                    .outOfRange,
                    [
                        "min": FixedPoint.format(1, digits: original.currency.minorDigits),
                        "max": FixedPoint.format(LedgerEntry.maxAmount, digits: original.currency.minorDigits),
                    ]
                )
            }
        }
        if entry.amount.minor <= 0 || entry.amount.minor > LedgerEntry.maxAmount, !errors.has("amount") {
            errors.add(
                "amount",
                .outOfRange,
                [
                    "min": FixedPoint.format(1, digits: currency.minorDigits),
                    "max": FixedPoint.format(LedgerEntry.maxAmount, digits: currency.minorDigits),
                ]
            )
        }
        if entry.reverses != nil {
            if let original {
                if original.isReversal {
                    errors.add("reverses", .reversalOfReversal)
                } else if alreadyReversed {
                    errors.add("reverses", .alreadyReversed)
                }
                if entry.date < original.date { errors.add("date", .beforeStart, ["start": "reverses"]) }
            } else {
                errors.add("reverses", .unknownReference)
            }
        } else if entry.kind.needsCostAccount {
            if entry.costAccountID == nil {
                errors.add("cost_account_id", .required)
            } else if !costAccountIsKnown {
                errors.add("cost_account_id", .unknownReference)
            }
        } else if entry.costAccountID != nil && !costAccountIsKnown {
            errors.add("cost_account_id", .unknownReference)
        }
        if let due = entry.dueDate, entry.reverses == nil {
            if !entry.kind.mayHaveDueDate {
                errors.add("due_date", .mustBeEmpty)
            } else if due < entry.date {
                errors.add("due_date", .beforeStart, ["start": "date"])
            }
        }
        // Open commitment never goes below zero: neither by a release nor by reversing a commitment.
        let lowersCommitment = (entry.kind == .commitmentRelease && !entry.isReversal) || (entry.kind == .commitment && entry.isReversal)
        if lowersCommitment, entry.amount.minor > openCommitment, !errors.has("amount") {
            errors.add("amount", .exceedsOpenCommitment, ["open": FixedPoint.format(openCommitment, digits: currency.minorDigits)])
        }
        try errors.throwIfAny()
    }
}
