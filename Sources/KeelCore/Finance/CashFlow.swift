/// A project's cash assumptions: what it starts with, when to worry, and how soon suppliers are paid.
public struct CashSettings: Hashable, Sendable {
    /// Cash available to the project before any movement (its funding), minor units.
    public var openingBalance: Int64
    /// A projected balance below this within the horizon raises the warning, minor units.
    public var threshold: Int64
    /// How many weeks ahead the warning looks.
    public var horizonWeeks: Int
    /// Days from a supplier invoice (or planned spending) to its payment when no due date is given.
    public var supplierTermsDays: Int

    public init(openingBalance: Int64 = 0, threshold: Int64 = 0, horizonWeeks: Int = 13, supplierTermsDays: Int = 30) {
        self.openingBalance = openingBalance
        self.threshold = threshold
        self.horizonWeeks = horizonWeeks
        self.supplierTermsDays = supplierTermsDays
    }

    public static let horizonRange = 1...104
    public static let termsRange = 0...365
}

/// A customer payment the project expects: invoiced on a fixed day or when a milestone task
/// finishes (moving with the schedule), paid `termsDays` later.
public struct PlannedInflow: Hashable, Sendable {
    public let id: ID<PlannedInflow>
    public let projectID: ID<Project>
    public var name: String
    /// Minor units, positive.
    public var amount: Int64
    /// The milestone whose finish triggers the invoice (nil: `invoiceDate`).
    public var taskID: ID<PlanTask>?
    public var invoiceDate: Day?
    public var termsDays: Int
    public var version: Int64

    public init(
        id: ID<PlannedInflow> = ID(),
        projectID: ID<Project>,
        name: String,
        amount: Int64,
        taskID: ID<PlanTask>? = nil,
        invoiceDate: Day? = nil,
        termsDays: Int = 30,
        version: Int64 = 1
    ) {
        self.id = id
        self.projectID = projectID
        self.name = name
        self.amount = amount
        self.taskID = taskID
        self.invoiceDate = invoiceDate
        self.termsDays = termsDays
        self.version = version
    }

    /// When the cash is expected, given the milestone's scheduled finish (nil when neither is known).
    public func expected(milestoneFinish: Day?) -> Day? { (taskID == nil ? invoiceDate : milestoneFinish)?.adding(days: termsDays) }
}

/// Where a cash movement comes from.
public enum CashSource: String, CaseIterable, Sendable, Codable {
    /// Customer payments: received (ledger) or expected (planned inflows not yet received).
    case customerPayment = "customer_payment"
    /// Supplier invoices and accruals, paid at their due date or after the supplier terms.
    case supplierPayment = "supplier_payment"
    /// Approved labour, paid when worked.
    case labour
    /// Open purchase orders, paid at their due date.
    case commitment
    /// Approved budget not yet spent or committed, paid as its time-phasing says.
    case plannedSpending = "planned_spending"
}

/// One movement of cash: positive in, negative out.
public struct CashMovement: Hashable, Sendable {
    public let day: Day
    public let amount: Int64
    public let source: CashSource
    /// Not yet happened: expected from plans, commitments and payables.
    public let forecast: Bool
    /// What it is (an inflow's name, an account code); empty for ledger totals.
    public let label: String
    /// Expected before the as-of date but not yet happened (moved to the day after it).
    public let overdue: Bool

    public init(day: Day, amount: Int64, source: CashSource, forecast: Bool, label: String = "", overdue: Bool = false) {
        self.day = day
        self.amount = amount
        self.source = source
        self.forecast = forecast
        self.label = label
        self.overdue = overdue
    }
}

/// Everything the forecast reads, already gathered from the plan, the budget and the ledger.
public struct CashFlowInput: Sendable {
    /// A planned inflow with its expected day (nil when it cannot be placed).
    public struct Inflow: Sendable {
        public let name: String
        public let amount: Int64
        public let expected: Day?
        public init(name: String, amount: Int64, expected: Day?) {
            self.name = name
            self.amount = amount
            self.expected = expected
        }
    }

    /// A cost entry of the ledger (actual cost, accrual, labour), reversals negative.
    public struct Cost: Sendable {
        public let day: Day
        public let dueDate: Day?
        public let amount: Int64
        public let kind: LedgerEntryKind
        public init(day: Day, dueDate: Day?, amount: Int64, kind: LedgerEntryKind) {
            self.day = day
            self.dueDate = dueDate
            self.amount = amount
            self.kind = kind
        }
    }

    /// A purchase order that was not reversed.
    public struct Commitment: Sendable {
        public let day: Day
        public let dueDate: Day?
        public let amount: Int64
        public init(day: Day, dueDate: Day?, amount: Int64) {
            self.day = day
            self.dueDate = dueDate
            self.amount = amount
        }
    }

    /// One cost account: its open commitment, its live purchase orders, and its approved budget
    /// with what is spent against it.
    public struct Account: Sendable {
        public let code: String
        /// Labour is paid when worked; everything else after the supplier terms.
        public let paidWhenWorked: Bool
        public let openCommitment: Int64
        public let commitments: [Commitment]
        public let budget: [BudgetSegment]
        public let actual: Int64
        public init(code: String, paidWhenWorked: Bool, openCommitment: Int64, commitments: [Commitment], budget: [BudgetSegment], actual: Int64) {
            self.code = code
            self.paidWhenWorked = paidWhenWorked
            self.openCommitment = openCommitment
            self.commitments = commitments
            self.budget = budget
            self.actual = actual
        }
    }

    public var asOf: Day
    public var settings: CashSettings
    public var inflows: [Inflow]
    /// Payments received, reversals negative.
    public var received: [(day: Day, amount: Int64)]
    public var costs: [Cost]
    public var accounts: [Account]

    public init(asOf: Day, settings: CashSettings, inflows: [Inflow], received: [(day: Day, amount: Int64)], costs: [Cost], accounts: [Account]) {
        self.asOf = asOf
        self.settings = settings
        self.inflows = inflows
        self.received = received
        self.costs = costs
        self.accounts = accounts
    }
}

/// Cash in and out over one week or month, and the balance at its end.
public struct CashPeriod: Hashable, Sendable {
    public let from: Day
    public let through: Day
    public let inflow: Int64
    /// Negative.
    public let outflow: Int64
    /// Of the period's movements, those still expected.
    public let forecastNet: Int64
    public let closingBalance: Int64
    public var net: Int64 { inflow.addingSaturated(outflow) }
}

/// The balance is projected to fall below the threshold within the horizon.
public struct CashWarning: Hashable, Sendable {
    /// The first day the balance is below the threshold.
    public let firstDay: Day
    /// The lowest balance within the horizon and its day.
    public let lowest: Int64
    public let lowestDay: Day
    public let threshold: Int64
}

/// The forecast: every movement, weekly and monthly periods, the balance now, and the warning.
public struct CashFlowForecast: Sendable {
    public let asOf: Day
    public let settings: CashSettings
    public let movements: [CashMovement]
    public let weeks: [CashPeriod]
    public let months: [CashPeriod]
    public let balanceAtAsOf: Int64
    /// The lowest balance from the as-of date to the end of the horizon, and its day.
    public let lowestInHorizon: (day: Day, balance: Int64)
    public let warning: CashWarning?
    /// Planned inflows that cannot be placed (their milestone is not scheduled).
    public let unplaced: [String]

    public var horizonEnd: Day { asOf.adding(days: 7 * settings.horizonWeeks) }
    public var expectedIn: Int64 { movements.filter { $0.forecast && $0.amount > 0 }.sum { $0.amount } }
    public var expectedOut: Int64 { movements.filter { $0.forecast && $0.amount < 0 }.sum { $0.amount } }
}

/// The cash-flow forecast. Received cash settles planned inflows in the order they are expected;
/// what is not yet received is expected on its day (or, when that has passed, the day after the
/// as-of date). Supplier invoices and accruals are paid at their due date or after the supplier
/// terms, labour when worked, open purchase orders at their due date, and the approved budget not
/// yet spent or committed as its time-phasing says (after the terms). All in minor units; splits
/// by largest remainder, so nothing is lost to rounding.
public enum CashFlow {
    public static func forecast(_ input: CashFlowInput) -> CashFlowForecast {
        let asOf = input.asOf
        let terms = input.settings.supplierTermsDays
        let next = asOf.adding(days: 1)
        var moves: [CashMovement] = []

        // Customer payments: the ledger's receipts, then what the plan still expects.
        for r in input.received where r.amount != 0 {
            moves.append(CashMovement(day: r.day, amount: r.amount, source: .customerPayment, forecast: false))
        }
        var settled = max(0, input.received.sum { $0.amount })
        var unplaced: [String] = []
        let placed = input.inflows.enumerated().filter { $0.element.expected != nil }
            .sorted { ($0.element.expected!, $0.offset) < ($1.element.expected!, $1.offset) }.map(\.element)
        for i in input.inflows where i.expected == nil { unplaced.append(i.name) }
        for i in placed {
            let covered = min(settled, i.amount)
            settled -= covered
            let open = i.amount - covered
            guard open > 0 else { continue }
            let overdue = i.expected! <= asOf
            moves.append(
                CashMovement(
                    day: overdue ? next : i.expected!,
                    amount: open,
                    source: .customerPayment,
                    forecast: true,
                    label: i.name,
                    overdue: overdue
                )
            )
        }

        // Invoices, accruals and labour from the ledger.
        for c in input.costs where c.amount != 0 {
            let labour = c.kind == .labour
            let day = labour ? c.day : (c.dueDate ?? c.day.adding(days: terms))
            moves.append(CashMovement(day: day, amount: -c.amount, source: labour ? .labour : .supplierPayment, forecast: day > asOf))
        }

        for a in input.accounts {
            // Releases settle the earliest orders, so what is open belongs to the latest ones.
            var open = max(0, a.openCommitment)
            let orders = a.commitments.map { (due: $0.dueDate ?? $0.day.adding(days: terms), amount: $0.amount) }.sorted { $0.due > $1.due }
            for o in orders where open > 0 {
                let part = min(open, o.amount)
                open -= part
                let overdue = o.due <= asOf
                moves.append(
                    CashMovement(day: overdue ? next : o.due, amount: -part, source: .commitment, forecast: true, label: a.code, overdue: overdue)
                )
            }
            if open > 0 { moves.append(CashMovement(day: next, amount: -open, source: .commitment, forecast: true, label: a.code, overdue: true)) }

            // Budget not yet spent or committed, along the rest of its time-phasing.
            let total = a.budget.sum { $0.amount }
            let remaining = total.subtractingSaturated(max(0, a.actual)).subtractingSaturated(max(0, a.openCommitment))
            guard remaining > 0 else { continue }
            let lag = a.paidWhenWorked ? 0 : terms
            let spend = spread(remaining, over: a.budget, after: asOf)
            for (day, amount) in spend where amount > 0 {
                let pay = day.adding(days: lag)
                let overdue = day <= asOf
                moves.append(
                    CashMovement(
                        day: overdue ? next.adding(days: lag) : pay,
                        amount: -amount,
                        source: .plannedSpending,
                        forecast: true,
                        label: a.code,
                        overdue: overdue
                    )
                )
            }
        }
        // A fixed order (day, money in before out, source, label) keeps the output the same on every run.
        moves.sort { a, b in
            (a.day, a.amount > 0 ? 0 : 1, a.source.rawValue, a.label, a.amount) < (b.day, b.amount > 0 ? 0 : 1, b.source.rawValue, b.label, b.amount)
        }
        return summarise(moves, input: input, unplaced: unplaced)
    }

    /// `amount` spread over the weeks after `asOf` in proportion to the planned value the segments
    /// still have to earn in each; all of it the day after `asOf` when the plan has nothing left.
    static func spread(_ amount: Int64, over segments: [BudgetSegment], after asOf: Day) -> [(Day, Int64)] {
        guard let end = segments.map(\.through).max(), end > asOf else { return [(asOf.adding(days: 1), amount)] }
        let curve = PlannedValueCurve(segments)
        func pv(_ day: Day) -> Int64 { curve.value(at: day) }
        var days: [Day] = []
        var weights: [Int64] = []
        var previous = pv(asOf)
        var day = asOf
        while day < end {
            day = min(day.adding(days: 7), end)
            let value = pv(day)
            days.append(day)
            weights.append(value - previous)
            previous = value
        }
        guard weights.contains(where: { $0 > 0 }) else { return [(asOf.adding(days: 1), amount)] }
        return Array(zip(days, Allocation.largestRemainder(amount, weights: weights)))
    }

    static func summarise(_ moves: [CashMovement], input: CashFlowInput, unplaced: [String]) -> CashFlowForecast {
        let s = input.settings
        let asOf = input.asOf
        let first = min(moves.first?.day ?? asOf, asOf)
        let last = max(moves.last?.day ?? asOf, asOf.adding(days: 7 * s.horizonWeeks))
        func periods(_ bounds: [(Day, Day)]) -> [CashPeriod] {
            var balance = s.openingBalance
            var i = 0
            var out: [CashPeriod] = []
            for (from, through) in bounds {
                var inflow: Int64 = 0, outflow: Int64 = 0, forecastNet: Int64 = 0
                while i < moves.count, moves[i].day <= through {
                    let m = moves[i]
                    if m.amount > 0 { inflow = inflow.addingSaturated(m.amount) } else { outflow = outflow.addingSaturated(m.amount) }
                    if m.forecast { forecastNet = forecastNet.addingSaturated(m.amount) }
                    i += 1
                }
                balance = balance.addingSaturated(inflow).addingSaturated(outflow)
                out.append(
                    CashPeriod(from: from, through: through, inflow: inflow, outflow: outflow, forecastNet: forecastNet, closingBalance: balance)
                )
            }
            return out
        }
        var weekBounds: [(Day, Day)] = []
        var monday = Timesheet.weekStart(containing: first)
        while monday <= last {
            weekBounds.append((monday, monday.adding(days: 6)))
            monday = monday.adding(days: 7)
        }
        var monthBounds: [(Day, Day)] = []
        var month = AccountingPeriod(containing: first)
        while month.firstDay <= last {
            monthBounds.append((month.firstDay, month.lastDay))
            month = month.adding(months: 1)
        }

        // The balance through the as-of date, then day by day over the horizon at each movement.
        var balance = s.openingBalance
        var i = 0
        while i < moves.count, moves[i].day <= asOf {
            balance = balance.addingSaturated(moves[i].amount)
            i += 1
        }
        let atAsOf = balance
        var lowest = (day: asOf, balance: balance)
        var firstBelow: Day? = balance < s.threshold ? asOf : nil
        let horizonEnd = asOf.adding(days: 7 * s.horizonWeeks)
        while i < moves.count, moves[i].day <= horizonEnd {
            let day = moves[i].day
            while i < moves.count, moves[i].day == day {
                balance = balance.addingSaturated(moves[i].amount)
                i += 1
            }
            if balance < lowest.balance { lowest = (day, balance) }
            if firstBelow == nil, balance < s.threshold { firstBelow = day }
        }
        let warning = firstBelow.map { CashWarning(firstDay: $0, lowest: lowest.balance, lowestDay: lowest.day, threshold: s.threshold) }
        return CashFlowForecast(
            asOf: asOf,
            settings: s,
            movements: moves,
            weeks: periods(weekBounds),
            months: periods(monthBounds),
            balanceAtAsOf: atAsOf,
            lowestInHorizon: lowest,
            warning: warning,
            unplaced: unplaced
        )
    }
}
