import Foundation
import KeelCore
import KeelStore
import SQLKit

/// A version in the list: its totals and where its approval stands.
public struct BudgetSummary: Sendable {
    public let version: BudgetVersion
    public let pmb: Int64
    public let total: Int64
    /// The level awaiting a decision (submitted versions only).
    public let next: ApprovalLevel?
    /// Whether the caller may decide that level now.
    public let awaitsCaller: Bool
}

/// One version with everything its page shows: lines, the approved version to compare with, the
/// decisions so far and what comes next.
public struct BudgetDetail: Sendable {
    public let plan: BudgetPlan
    /// The approved version (when it is another one), for "what changed".
    public let approved: BudgetPlan?
    public let changes: [BudgetChange]
    public let decisions: [BudgetApproval]
    public let policy: ApprovalPolicy
    public let required: [ApprovalLevel]
    public let next: ApprovalLevel?
    public let callerMayDecide: Bool
    public let currency: Currency
}

/// Budget versions and their approval: drafts are prepared line by line (each line time-phased over
/// its task's scheduled working days when saved, or typed per month), submitted, and approved level
/// by level by different people — never the submitter — or rejected with a reason and resubmitted.
/// The approved version is the performance measurement baseline; approving a new one supersedes it.
public struct BudgetService: Sendable {
    let services: KeelServices

    public func list(_ caller: Caller, project: ID<Project>) async throws -> [BudgetSummary] {
        let role = try await services.policy.role(of: caller, in: project)
        return try await services.readProject(caller, project) { sql in
            let policy = try await Self.policy(project, sql)
            let lines = try await BudgetRepository.lines(project: project, on: sql)
            let decisions = try await BudgetRepository.decisions(project: project, on: sql)
            return try await BudgetRepository.versions(project: project, on: sql).map { v in
                let plan = BudgetPlan(version: v, lines: lines.filter { $0.versionID == v.id })
                let mine = decisions.filter { $0.versionID == v.id }
                let next = v.status == .submitted ? BudgetWorkflow.nextLevel(policy: policy, total: plan.total, decisions: mine, round: v.round) : nil
                let may =
                    (try? BudgetWorkflow.check(
                        version: v,
                        total: plan.total,
                        policy: policy,
                        decisions: mine,
                        actor: caller.auditName,
                        role: role,
                        level: nil
                    )) != nil
                return BudgetSummary(version: v, pmb: plan.pmb, total: plan.total, next: next, awaitsCaller: may)
            }
        }
    }

    public func get(_ caller: Caller, project: ID<Project>, _ id: ID<BudgetVersion>) async throws -> BudgetDetail {
        let role = try await services.policy.role(of: caller, in: project)
        return try await services.readProject(caller, project) { sql in
            let version = try await Self.load(id, project, sql)
            let plan = BudgetPlan(version: version, lines: try await BudgetRepository.lines(id, on: sql))
            var approved: BudgetPlan?
            if let a = try await BudgetRepository.approved(project: project, on: sql), a.id != id {
                approved = BudgetPlan(version: a, lines: try await BudgetRepository.lines(a.id, on: sql))
            }
            let decisions = try await BudgetRepository.decisions(id, on: sql)
            let policy = try await Self.policy(project, sql)
            let next =
                version.status == .submitted
                ? BudgetWorkflow.nextLevel(policy: policy, total: plan.total, decisions: decisions, round: version.round) : nil
            let may =
                (try? BudgetWorkflow.check(
                    version: version,
                    total: plan.total,
                    policy: policy,
                    decisions: decisions,
                    actor: caller.auditName,
                    role: role,
                    level: nil
                )) != nil
            return BudgetDetail(
                plan: plan,
                approved: approved,
                changes: BudgetChange.between(approved: approved, proposed: plan),
                decisions: decisions,
                policy: policy,
                required: policy.required(for: plan.total),
                next: next,
                callerMayDecide: may,
                currency: try await FinanceService.currency(project, sql)
            )
        }
    }

    /// The approved version with its lines: the performance measurement baseline (nil before any approval).
    public func baseline(_ caller: Caller, project: ID<Project>) async throws -> BudgetPlan? {
        try await services.readProject(caller, project) { sql in try await Self.baseline(project, sql) }
    }

    static func baseline(_ project: ID<Project>, _ sql: any SQLDatabase) async throws -> BudgetPlan? {
        guard let v = try await BudgetRepository.approved(project: project, on: sql) else { return nil }
        return BudgetPlan(version: v, lines: try await BudgetRepository.lines(v.id, on: sql))
    }

    /// A new draft: `name` (required), `contingency_reserve`, `management_reserve`; its lines start as
    /// a copy of `copy_from` (a version id), by default of the approved version, reserves included unless
    /// given; null starts empty.
    public func create(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> BudgetVersion {
        try await services.inProject(caller, .editBudget, project) { sql in
            let currency = try await FinanceService.currency(project, sql)
            var version = BudgetVersion(
                projectID: project,
                number: try await BudgetRepository.nextNumber(project: project, on: sql),
                name: "",
                createdBy: caller.auditName,
                createdAt: services.timestamp
            )
            var r = InputReader(input, creating: true)
            Self.readVersion(&r, into: &version, currency)
            var source = try await BudgetRepository.approved(project: project, on: sql)?.id
            if r.has("copy_from") {
                var chosen: ID<BudgetVersion>?
                r.optionalID("copy_from", &chosen)
                source = chosen
                if let chosen, try await BudgetRepository.find(chosen, project: project, on: sql) == nil {
                    r.errors.add("copy_from", .unknownReference)
                }
            }
            try r.finish()
            // A copy keeps the source's reserves unless new ones are given.
            if let source, let from = try await BudgetRepository.find(source, project: project, on: sql) {
                if !r.has("contingency_reserve") { version.contingencyReserve = from.contingencyReserve }
                if !r.has("management_reserve") { version.managementReserve = from.managementReserve }
            }
            try await BudgetRepository.insert(version, on: sql)
            if let source {
                for l in try await BudgetRepository.lines(source, on: sql) {
                    try await BudgetRepository.insert(
                        BudgetLine(
                            versionID: version.id,
                            costAccountID: l.costAccountID,
                            method: l.method,
                            period: l.period,
                            amount: l.amount,
                            segments: l.segments
                        ),
                        project: project,
                        on: sql
                    )
                }
            }
            try await services.audit.record(
                "create",
                objectType: "budget_version",
                objectID: version.id.description,
                project: project,
                before: [:],
                after: version.auditFields(currency),
                caller: caller,
                on: sql
            )
            return version
        }
    }

    /// Name and reserves of an editable version.
    public func update(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<BudgetVersion>,
        _ input: Input,
        expectedVersion: Int64?
    ) async throws -> BudgetVersion {
        try await services.inProject(caller, .editBudget, project) { sql in
            let currency = try await FinanceService.currency(project, sql)
            let current = try await Self.editable(id, project, expectedVersion, sql)
            var version = current
            var r = InputReader(input, creating: false)
            Self.readVersion(&r, into: &version, currency)
            try r.finish()
            version = try await Self.store(version, current: current, sql)
            try await services.audit.record(
                "update",
                objectType: "budget_version",
                objectID: id.description,
                project: project,
                before: current.auditFields(currency),
                after: version.auditFields(currency),
                caller: caller,
                on: sql
            )
            return version
        }
    }

    /// Removes a version that was never approved (a draft or a rejected one).
    public func delete(_ caller: Caller, project: ID<Project>, _ id: ID<BudgetVersion>, expectedVersion: Int64?) async throws {
        try await services.inProject(caller, .editBudget, project) { sql in
            let currency = try await FinanceService.currency(project, sql)
            let current = try await Self.editable(id, project, expectedVersion, sql)
            try await BudgetRepository.delete(id, project: project, on: sql)
            try await services.audit.record(
                "delete",
                objectType: "budget_version",
                objectID: id.description,
                project: project,
                before: current.auditFields(currency),
                after: [:],
                caller: caller,
                on: sql
            )
        }
    }

    /// Adds a line: `cost_account_id`, `method` (`even` default, `front_loaded`, `back_loaded` — spread
    /// over the account's task's scheduled working days — or `manual`), `amount` (spread methods) or
    /// `months` (manual: `[{"period": "2027-01", "amount": "…"}]`, or text `2027-01 50000; 2027-02 30000`).
    public func addLine(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<BudgetVersion>,
        _ input: Input,
        expectedVersion: Int64?
    ) async throws -> BudgetLine {
        try await services.inProject(caller, .editBudget, project) { sql in
            let current = try await Self.editable(id, project, expectedVersion, sql)
            var line = BudgetLine(versionID: id, costAccountID: ID(), method: .even, amount: 0, segments: [])
            try await readLine(input, creating: true, into: &line, project, sql)
            if try await BudgetRepository.lines(id, on: sql).contains(where: { $0.costAccountID == line.costAccountID }) {
                throw KeelError.validation([FieldError("cost_account_id", .duplicate)])
            }
            try await BudgetRepository.insert(line, project: project, on: sql)
            _ = try await Self.store(current, current: current, sql)
            try await services.audit.record(
                "create",
                objectType: "budget_line",
                objectID: line.id.description,
                project: project,
                before: [:],
                after: line.auditFields,
                caller: caller,
                on: sql
            )
            return line
        }
    }

    public func updateLine(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<BudgetVersion>,
        _ lineID: ID<BudgetLine>,
        _ input: Input,
        expectedVersion: Int64?
    ) async throws -> BudgetLine {
        try await services.inProject(caller, .editBudget, project) { sql in
            let current = try await Self.editable(id, project, expectedVersion, sql)
            let lines = try await BudgetRepository.lines(id, on: sql)
            guard let before = lines.first(where: { $0.id == lineID }) else { throw KeelError.notFound(kind: "budget_line", id: lineID.description) }
            var line = before
            try await readLine(input, creating: false, into: &line, project, sql)
            if lines.contains(where: { $0.id != lineID && $0.costAccountID == line.costAccountID }) {
                throw KeelError.validation([FieldError("cost_account_id", .duplicate)])
            }
            try await BudgetRepository.update(line, on: sql)
            _ = try await Self.store(current, current: current, sql)
            try await services.audit.record(
                "update",
                objectType: "budget_line",
                objectID: lineID.description,
                project: project,
                before: before.auditFields,
                after: line.auditFields,
                caller: caller,
                on: sql
            )
            return line
        }
    }

    public func deleteLine(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<BudgetVersion>,
        _ lineID: ID<BudgetLine>,
        expectedVersion: Int64?
    ) async throws {
        try await services.inProject(caller, .editBudget, project) { sql in
            let current = try await Self.editable(id, project, expectedVersion, sql)
            guard let before = try await BudgetRepository.lines(id, on: sql).first(where: { $0.id == lineID }) else {
                throw KeelError.notFound(kind: "budget_line", id: lineID.description)
            }
            try await BudgetRepository.deleteLine(lineID, version: id, on: sql)
            _ = try await Self.store(current, current: current, sql)
            try await services.audit.record(
                "delete",
                objectType: "budget_line",
                objectID: lineID.description,
                project: project,
                before: before.auditFields,
                after: [:],
                caller: caller,
                on: sql
            )
        }
    }

    /// Sends an editable version with at least one line for approval (a new round of decisions).
    public func submit(_ caller: Caller, project: ID<Project>, _ id: ID<BudgetVersion>, expectedVersion: Int64?) async throws -> BudgetVersion {
        try await services.inProject(caller, .editBudget, project) { sql in
            let currency = try await FinanceService.currency(project, sql)
            let current = try await Self.editable(id, project, expectedVersion, sql)
            if try await BudgetRepository.lines(id, on: sql).isEmpty { throw KeelError.validation([FieldError("lines", .required)]) }
            var version = current
            version.status = .submitted
            version.round += 1
            version.submittedBy = caller.auditName
            version.submittedAt = services.timestamp
            version = try await Self.store(version, current: current, sql)
            try await services.audit.record(
                "submit",
                objectType: "budget_version",
                objectID: id.description,
                project: project,
                before: current.auditFields(currency),
                after: version.auditFields(currency),
                caller: caller,
                on: sql
            )
            return version
        }
    }

    /// Approves the next level (`level` may name it; any other is refused): the submitter never, one
    /// person one level per round, only the level's role. The last level approves the version and
    /// supersedes the one approved before.
    public func approve(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<BudgetVersion>,
        _ input: Input,
        expectedVersion: Int64?
    ) async throws -> BudgetVersion {
        try await decide(.approve, caller, project, id, input, expectedVersion)
    }

    /// Sends the version back with a `reason` (required); it can be changed and submitted again.
    public func reject(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<BudgetVersion>,
        _ input: Input,
        expectedVersion: Int64?
    ) async throws -> BudgetVersion {
        try await decide(.reject, caller, project, id, input, expectedVersion)
    }

    private func decide(
        _ decision: ApprovalDecision,
        _ caller: Caller,
        _ project: ID<Project>,
        _ id: ID<BudgetVersion>,
        _ input: Input,
        _ expectedVersion: Int64?
    ) async throws -> BudgetVersion {
        try await services.policy.authorize(caller, .approveBudget, project: project)
        let role = try await services.policy.role(of: caller, in: project)
        return try await services.inAuthorizedProject(project) { sql in
            try await BudgetRepository.lock(id, on: sql)
            let currency = try await FinanceService.currency(project, sql)
            let current = try await Self.load(id, project, sql)
            var r = InputReader(input, creating: true)
            var level = 0
            r.int("level", &level, range: 1...20)
            var reason = ""
            r.text("reason", &reason, required: decision == .reject, max: 2_000)
            try r.finish()
            // A decision on a copy that has changed since is a conflict (409), not a failed precondition:
            // the approver must look at the version again.
            if let expectedVersion, expectedVersion != current.version {
                throw KeelError.conflict("the version changed since you read it (it is now at version \(current.version)); review it again")
            }
            let plan = BudgetPlan(version: current, lines: try await BudgetRepository.lines(id, on: sql))
            let decisions = try await BudgetRepository.decisions(id, on: sql)
            let policy = try await Self.policy(project, sql)
            let decided: ApprovalLevel
            do throws(BudgetWorkflow.Refusal) {
                decided = try BudgetWorkflow.check(
                    version: current,
                    total: plan.total,
                    policy: policy,
                    decisions: decisions,
                    actor: caller.auditName,
                    role: role,
                    level: level == 0 ? nil : level
                )
            } catch {
                switch error {
                case .notAwaitingApproval(let s): throw KeelError.conflict("the version is \(s.rawValue), not awaiting approval")
                case .notTheNextLevel(let next): throw KeelError.conflict("level \(next) is the one awaiting a decision")
                case .ownSubmission, .alreadyDecidedALevel, .wrongRole: throw KeelError.forbidden
                }
            }
            try await BudgetRepository.insert(
                BudgetApproval(
                    versionID: id,
                    round: current.round,
                    level: decided.level,
                    decision: decision,
                    decidedBy: caller.auditName,
                    decidedAt: services.timestamp,
                    reason: reason
                ),
                project: project,
                on: sql
            )
            var version = current
            if decision == .reject {
                version.status = .rejected
            } else if BudgetWorkflow.nextLevel(
                policy: policy,
                total: plan.total,
                decisions: try await BudgetRepository.decisions(id, on: sql),
                round: current.round
            ) == nil {
                if var previous = try await BudgetRepository.approved(project: project, on: sql) {
                    let before = previous
                    previous.status = .superseded
                    _ = try await Self.store(previous, current: before, sql)
                }
                version.status = .approved
            }
            version = try await Self.store(version, current: current, sql)
            var after = version.auditFields(currency)
            after["level"] = String(decided.level)
            after["reason"] = reason
            try await services.audit.record(
                decision == .approve ? "approve" : "reject",
                objectType: "budget_version",
                objectID: id.description,
                project: project,
                before: current.auditFields(currency),
                after: after,
                caller: caller,
                on: sql
            )
            return version
        }
    }

    public func policy(_ caller: Caller, project: ID<Project>) async throws -> ApprovalPolicy {
        try await services.readProject(caller, project) { sql in try await Self.policy(project, sql) }
    }

    /// Replaces the approval levels: `levels` = `[{"max_amount": "100000", "role": "manager"}, …, {"role": "finance"}]`,
    /// ceilings rising, the last without one. Versions already submitted follow the new levels.
    public func updatePolicy(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> ApprovalPolicy {
        try await services.inProject(caller, .configureApprovals, project) { sql in
            let currency = try await FinanceService.currency(project, sql)
            let before = try await Self.policy(project, sql)
            var r = InputReader(input, creating: true)
            var levels: [ApprovalLevel] = []
            var index = 0
            r.rows("levels", &levels) { row in
                index += 1
                var level = ApprovalLevel(level: index, maxAmount: nil, role: .manager)
                if let v = row.value("max_amount"), v != .null {
                    var max: Int64 = 0
                    row.amount("max_amount", currency: currency, &max)
                    level.maxAmount = max
                }
                row.choice("role", &level.role, required: true)
                return level
            }
            if !r.has("levels") { r.errors.add("levels", .required) }
            try r.finish()
            let policy = ApprovalPolicy(levels: levels)
            var errors = FieldErrors()
            policy.check(into: &errors)
            try errors.throwIfAny()
            try await BudgetRepository.replacePolicy(policy, project: project, on: sql)
            try await services.audit.record(
                "update",
                objectType: "approval_policy",
                objectID: project.description,
                project: project,
                before: before.auditFields(currency),
                after: policy.auditFields(currency),
                caller: caller,
                on: sql
            )
            return policy
        }
    }

    // MARK: Helpers

    static func policy(_ project: ID<Project>, _ sql: any SQLDatabase) async throws -> ApprovalPolicy {
        if let stored = try await BudgetRepository.policy(project: project, on: sql) { return stored }
        return ApprovalPolicy.standard(try await FinanceService.currency(project, sql))
    }

    static func load(_ id: ID<BudgetVersion>, _ project: ID<Project>, _ sql: any SQLDatabase) async throws -> BudgetVersion {
        guard let v = try await BudgetRepository.find(id, project: project, on: sql) else {
            throw KeelError.notFound(kind: "budget_version", id: id.description)
        }
        return v
    }

    /// Loads a version that may still change, at the caller's version.
    static func editable(_ id: ID<BudgetVersion>, _ project: ID<Project>, _ expected: Int64?, _ sql: any SQLDatabase) async throws -> BudgetVersion {
        try await BudgetRepository.lock(id, on: sql)
        let v = try await load(id, project, sql)
        try KeelServices.checkVersion(expected, current: v.version)
        guard v.status.isEditable else { throw KeelError.conflict("a \(v.status.rawValue) version cannot change; start a new version") }
        return v
    }

    /// Writes the version (bumping its version, so that approvers always decide on what they saw).
    static func store(_ v: BudgetVersion, current: BudgetVersion, _ sql: any SQLDatabase) async throws -> BudgetVersion {
        guard case .updated(let n) = try await BudgetRepository.update(v, expectedVersion: current.version, on: sql) else {
            throw KeelError.versionMismatch(currentVersion: current.version + 1)
        }
        var stored = v
        stored.version = n
        return stored
    }

    static func readVersion(_ r: inout InputReader, into v: inout BudgetVersion, _ currency: Currency) {
        r.text("name", &v.name, required: true, max: 200)
        r.amount("contingency_reserve", currency: currency, &v.contingencyReserve)
        r.amount("management_reserve", currency: currency, &v.managementReserve)
        for (key, value) in [("contingency_reserve", v.contingencyReserve), ("management_reserve", v.managementReserve)]
        where value > LedgerEntry.maxAmount {
            r.errors.add(key, .outOfRange, ["min": "0", "max": FixedPoint.format(LedgerEntry.maxAmount, digits: currency.minorDigits)])
        }
    }

    func readLine(_ input: Input, creating: Bool, into line: inout BudgetLine, _ project: ID<Project>, _ sql: any SQLDatabase) async throws {
        let currency = try await FinanceService.currency(project, sql)
        let accounts = try await CostAccountRepository.list(project: project, on: sql)
        var r = InputReader(input, creating: creating)
        var accountID: ID<CostAccount>? = creating ? nil : line.costAccountID
        r.reference("cost_account_id", &accountID) { id in accounts.contains { $0.id == id } }
        if creating && accountID == nil && !r.errors.has("cost_account_id") { r.errors.add("cost_account_id", .required) }
        let previousMethod = line.method, previousPeriod = line.period
        r.choice("method", &line.method)
        r.choice("period", &line.period)
        // An empty form box is no amount (the reader turns it into null).
        var amountGiven = false
        if let v = r.value("amount"), v != .null { amountGiven = true }
        var amount = line.amount
        if amountGiven { r.amount("amount", currency: currency, &amount) }
        // `months` is the month-only spelling of `periods`.
        let periods = Self.readPeriods(&r, "periods", line.period, currency: currency)
        let months = Self.readPeriods(&r, "months", .month, currency: currency)
        if months != nil {
            if line.period != .month {
                r.errors.add("months", .mustBeEmpty, ["reason": "period_is_not_month"])
            } else if periods != nil {
                r.errors.add("months", .mustBeEmpty, ["reason": "periods_given"])
            }
        }
        let typed = periods ?? months
        if line.method == .manual {
            // A manual line is the sum of its periods.
            if amountGiven { r.errors.add("amount", .mustBeEmpty) }
            if typed == nil && (creating || previousMethod != .manual || previousPeriod != line.period) && !r.errors.has("months") {
                r.errors.add("periods", .required)
            }
        } else {
            if periods != nil { r.errors.add("periods", .mustBeEmpty) }
            if months != nil && !r.errors.has("months") { r.errors.add("months", .mustBeEmpty) }
            if !amountGiven && (creating || previousMethod == .manual) && !r.errors.has("amount") { r.errors.add("amount", .required) }
            if amountGiven, amount <= 0 || amount > LedgerEntry.maxAmount, !r.errors.has("amount") {
                r.errors.add(
                    "amount",
                    .outOfRange,
                    [
                        "min": FixedPoint.format(1, digits: currency.minorDigits),
                        "max": FixedPoint.format(LedgerEntry.maxAmount, digits: currency.minorDigits),
                    ]
                )
            }
        }
        try r.finish()
        line.costAccountID = accountID ?? line.costAccountID
        // A line's account cannot be deleted while budgeted; a row that says otherwise is not found.
        guard let account = accounts.first(where: { $0.id == line.costAccountID }) else {
            throw KeelError.notFound(kind: "cost_account", id: line.costAccountID.description)
        }
        let view = try await services.schedule.current(project, sql)
        let work = Self.workingTime(of: account, view)
        if line.method == .manual {
            // The typed amounts, or the ones the line has, over the working time of its task now.
            let amounts = typed ?? line.segments.map { ($0.from, $0.amount) }
            line.segments = amounts.map { first, amount in
                let bounds = line.period.bounds(of: first)
                return BudgetPhasing.periodSegment(
                    bounds.first,
                    bounds.last,
                    amount: amount,
                    taskMinutes: (work.first, work.minutes),
                    time: work.time
                )
            }
            line.amount = line.segments.sum { $0.amount }
        } else {
            line.amount = amount
            line.segments = BudgetPhasing.spread(total: amount, from: work.first, minutes: work.minutes, method: line.method, period: line.period)
        }
    }

    /// Amounts typed per period, as rows (`[{"period": "2027-01", "amount": "50000"}]`) or as text
    /// (`2027-01 50000; 2027-02 30000`, one per line or separated by `;`), each period named as
    /// `period` labels it: `2027-03`, `2027-W09` or `2027-03-04`. Nil when absent or empty.
    static func readPeriods(_ r: inout InputReader, _ field: String, _ period: PhasingPeriod, currency: Currency) -> [(Day, Int64)]? {
        guard r.has(field) else {
            _ = r.value(field)
            return nil
        }
        let example: String
        switch period {
        case .month: example = "YYYY-MM"
        case .week: example = "YYYY-Www"
        case .day: example = "YYYY-MM-DD"
        }
        var pairs: [(String, String)] = []
        switch r.value(field) {
        case .string(let text):
            for (i, part) in text.split(whereSeparator: { $0 == ";" || $0 == "\n" }).enumerated() {
                let words = part.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "=" || $0 == ":" || $0 == "\r" })
                guard words.count == 2 else {
                    r.errors.add("\(field)[\(i)]", .invalidFormat, ["pattern": "\(example) amount"])
                    continue
                }
                pairs.append((String(words[0]), String(words[1])))
            }
        case .array(let items):
            for (i, item) in items.enumerated() {
                guard case .object(let f) = item, case .string(let period)? = f["period"] else {
                    r.errors.add("\(field)[\(i)]", .invalidType, ["expected": "object with period and amount"])
                    continue
                }
                switch f["amount"] {
                case .string(let a)?, .number(let a)?: pairs.append((period, a))
                default: r.errors.add("\(field)[\(i)].amount", .required)
                }
            }
        case .null, nil: return nil
        default:
            r.errors.add(field, .invalidType, ["expected": "array"])
            return nil
        }
        var seen = Set<Day>()
        var out: [(Day, Int64)] = []
        for (i, (periodText, amountText)) in pairs.enumerated() {
            guard let first = period.firstDay(ofLabel: periodText) else {
                r.errors.add("\(field)[\(i)].period", .invalidFormat, ["pattern": example])
                continue
            }
            if !seen.insert(first).inserted { r.errors.add("\(field)[\(i)].period", .duplicate) }
            do {
                let minor = try FixedPoint.parse(amountText, digits: currency.minorDigits)
                if minor <= 0 || minor > LedgerEntry.maxAmount {
                    r.errors.add(
                        "\(field)[\(i)].amount",
                        .outOfRange,
                        [
                            "min": FixedPoint.format(1, digits: currency.minorDigits),
                            "max": FixedPoint.format(LedgerEntry.maxAmount, digits: currency.minorDigits),
                        ]
                    )
                } else {
                    out.append((first, minor))
                }
            } catch .tooManyDecimals {
                r.errors.add("\(field)[\(i)].amount", .tooManyDecimals, ["digits": String(currency.minorDigits)])
            } catch {
                r.errors.add("\(field)[\(i)].amount", .invalidAmount)
            }
        }
        if pairs.isEmpty && r.errors.all.allSatisfy({ !$0.field.hasPrefix(field) }) { return nil }
        // The line's total must stay a valid amount.
        if out.reduce(Int64(0), { $0.addingSaturated($1.1) }) > LedgerEntry.maxAmount {
            r.errors.add(field, .outOfRange, ["max": FixedPoint.format(LedgerEntry.maxAmount, digits: currency.minorDigits)])
        }
        return out.sorted { $0.0 < $1.0 }
    }

    /// The working time the account's budget follows: its task's as scheduled now, on the task's
    /// calendar (the project's span on the project calendar for a project-level account), day by day
    /// from the first day.
    static func workingTime(of account: CostAccount, _ view: PlanView) -> (first: Day, minutes: [Int32], time: WorkingTime) {
        let plan = view.plan
        if let task = account.taskID, let i = plan.tasks.firstIndex(where: { $0.id == task }), i < view.schedule.tasks.count {
            let time = WorkingTime(plan.calendar(of: plan.tasks[i]))
            let s = view.schedule.tasks[i]
            return (s.start.day, time.dailyMinutes(from: s.start, to: s.finish), time)
        }
        let time = WorkingTime(plan.projectCalendar)
        let start = view.schedule.projectStart, finish = view.schedule.projectFinish
        return (start.day, time.dailyMinutes(from: start, to: finish), time)
    }
}

extension BudgetVersion {
    func auditFields(_ currency: Currency) -> [String: String?] {
        [
            "number": String(number), "name": name, "status": status.rawValue, "round": String(round),
            "contingency_reserve": FixedPoint.format(contingencyReserve, digits: currency.minorDigits),
            "management_reserve": FixedPoint.format(managementReserve, digits: currency.minorDigits), "submitted_by": submittedBy,
        ]
    }
}

extension BudgetLine {
    var auditFields: [String: String?] {
        [
            "version_id": versionID.description, "cost_account_id": costAccountID.description, "method": method.rawValue,
            "period": period.rawValue, "amount": String(amount),
            "segments": segments.map { "\($0.from.iso)..\($0.through.iso)=\($0.amount)" }.joined(separator: "; "),
        ]
    }
}

extension ApprovalPolicy {
    func auditFields(_ currency: Currency) -> [String: String?] {
        [
            "levels": levels.map {
                "\($0.level): \($0.maxAmount.map { FixedPoint.format($0, digits: currency.minorDigits) } ?? "any") \($0.role.rawValue)"
            }.joined(separator: "; ")
        ]
    }
}
