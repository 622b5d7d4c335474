/// One approval level: versions up to `maxAmount` (minor units; nil = any amount) need the levels up
/// to and including this one, each decided by a member with `role`.
public struct ApprovalLevel: Hashable, Sendable, Codable {
    public var level: Int
    public var maxAmount: Int64?
    public var role: ProjectRole

    public init(level: Int, maxAmount: Int64?, role: ProjectRole) {
        self.level = level
        self.maxAmount = maxAmount
        self.role = role
    }
}

/// The project's approval levels by amount, e.g. up to 100,000 the manager, up to 1,000,000 the
/// owner (sponsor), above that finance. A version is approved when every level it needs has approved,
/// in order, each by a different person who did not submit it.
public struct ApprovalPolicy: Hashable, Sendable {
    public var levels: [ApprovalLevel]

    public init(levels: [ApprovalLevel]) { self.levels = levels.sorted { $0.level < $1.level } }

    /// The default for a currency: 100,000 / 1,000,000 / above (in whole units of the currency).
    public static func standard(_ currency: Currency) -> ApprovalPolicy {
        var unit: Int64 = 1
        for _ in 0..<currency.minorDigits { unit *= 10 }
        return ApprovalPolicy(levels: [
            ApprovalLevel(level: 1, maxAmount: 100_000 * unit, role: .manager), ApprovalLevel(level: 2, maxAmount: 1_000_000 * unit, role: .owner),
            ApprovalLevel(level: 3, maxAmount: nil, role: .finance),
        ])
    }

    /// The levels a version of `total` needs: every level up to the first whose ceiling covers it.
    public func required(for total: Int64) -> [ApprovalLevel] {
        var out: [ApprovalLevel] = []
        for l in levels {
            out.append(l)
            if let max = l.maxAmount, total <= max { break }
        }
        return out
    }

    /// Levels numbered 1…n, ceilings rising, only the last without a ceiling, approvers that can approve.
    public func check(into errors: inout FieldErrors) {
        if levels.isEmpty { errors.add("levels", .required) }
        var previous: Int64 = 0
        for (i, l) in levels.enumerated() {
            if l.level != i + 1 { errors.add("levels[\(i)].level", .outOfRange, ["min": String(i + 1), "max": String(i + 1)]) }
            if let max = l.maxAmount {
                if max <= previous { errors.add("levels[\(i)].max_amount", .unordered) }
                previous = max
            } else if i != levels.count - 1 {
                errors.add("levels[\(i)].max_amount", .required)
            }
            if !ApprovalPolicy.approverRoles.contains(l.role) {
                errors.add("levels[\(i)].role", .invalidChoice, ["choices": ApprovalPolicy.approverRoles.map(\.rawValue).joined(separator: ", ")])
            }
        }
        if let last = levels.last, last.maxAmount != nil { errors.add("levels[\(levels.count - 1)].max_amount", .mustBeEmpty) }
    }

    /// Roles that may hold an approval level.
    public static let approverRoles: [ProjectRole] = [.owner, .manager, .finance]
}

public enum ApprovalDecision: String, Sendable, Codable, CaseIterable {
    case approve, reject
}

/// A decision recorded on a submitted version.
public struct BudgetApproval: Hashable, Sendable {
    public var versionID: ID<BudgetVersion>
    public var round: Int64
    public var level: Int
    public var decision: ApprovalDecision
    public var decidedBy: String
    public var decidedAt: String
    public var reason: String

    public init(
        versionID: ID<BudgetVersion>,
        round: Int64,
        level: Int,
        decision: ApprovalDecision,
        decidedBy: String,
        decidedAt: String,
        reason: String = ""
    ) {
        self.versionID = versionID
        self.round = round
        self.level = level
        self.decision = decision
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.reason = reason
    }
}

/// The rules of deciding on a submitted version, apart from storage, so every abuse case is a
/// plain unit test: the submitter never decides, one person never decides two levels, levels go in
/// order, a level is decided once, nothing is decided outside the `submitted` state.
public enum BudgetWorkflow {
    public enum Refusal: Error, Equatable, Sendable {
        /// Not submitted (a draft, rejected, approved or superseded version).
        case notAwaitingApproval(BudgetStatus)
        /// The level asked for is not the next one (skipped, or already decided).
        case notTheNextLevel(next: Int)
        /// The submitter may not approve or reject their own version.
        case ownSubmission
        /// This person already decided another level of this round.
        case alreadyDecidedALevel(Int)
        /// The caller's role is not the level's approver role.
        case wrongRole(needed: ProjectRole)
    }

    /// The next level awaiting a decision in the current round (nil when all needed levels approved).
    public static func nextLevel(policy: ApprovalPolicy, total: Int64, decisions: [BudgetApproval], round: Int64) -> ApprovalLevel? {
        let approved = Set(decisions.filter { $0.round == round && $0.decision == .approve }.map(\.level))
        return policy.required(for: total).first { !approved.contains($0.level) }
    }

    /// Checks that `actor` (with `role` on the project) may decide `level` (nil = the next one) now;
    /// returns the level decided.
    public static func check(
        version: BudgetVersion,
        total: Int64,
        policy: ApprovalPolicy,
        decisions: [BudgetApproval],
        actor: String,
        role: ProjectRole?,
        level: Int?
    ) throws(Refusal) -> ApprovalLevel {
        guard version.status == .submitted else { throw .notAwaitingApproval(version.status) }
        guard let next = nextLevel(policy: policy, total: total, decisions: decisions, round: version.round) else {
            throw .notAwaitingApproval(version.status)
        }
        if let level, level != next.level { throw .notTheNextLevel(next: next.level) }
        if version.submittedBy == actor { throw .ownSubmission }
        if let earlier = decisions.first(where: { $0.round == version.round && $0.decidedBy == actor }) { throw .alreadyDecidedALevel(earlier.level) }
        guard role == next.role else { throw .wrongRole(needed: next.role) }
        return next
    }
}
