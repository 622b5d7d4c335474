import Testing

@testable import KeelCore

@Suite struct BudgetWorkflowTests {
    let policy = ApprovalPolicy.standard(.cny)
    let project = ID<Project>()

    func submitted(by: String = "user:sub", round: Int64 = 1) -> BudgetVersion {
        BudgetVersion(projectID: project, number: 2, name: "v2", status: .submitted, round: round, submittedBy: by, createdBy: by, createdAt: "")
    }

    func approval(_ v: BudgetVersion, _ level: Int, by: String, round: Int64? = nil) -> BudgetApproval {
        BudgetApproval(versionID: v.id, round: round ?? v.round, level: level, decision: .approve, decidedBy: by, decidedAt: "")
    }

    @Test func levelsFollowTheAmount() {
        #expect(policy.required(for: 50_000_00).map(\.level) == [1])
        #expect(policy.required(for: 100_000_00).map(\.level) == [1])
        #expect(policy.required(for: 100_000_01).map(\.level) == [1, 2])
        #expect(policy.required(for: 1_000_000_00).map(\.level) == [1, 2])
        #expect(policy.required(for: 12_000_000_00).map(\.level) == [1, 2, 3])
        #expect(ApprovalPolicy.standard(Currency(code: "JPY")!).levels[0].maxAmount == 100_000)
    }

    @Test func levelsAreDecidedInOrderByDifferentPeople() throws {
        let v = submitted()
        let total: Int64 = 500_000_00
        #expect(
            try BudgetWorkflow.check(version: v, total: total, policy: policy, decisions: [], actor: "user:m", role: .manager, level: nil).level == 1
        )
        // A skipped level, the submitter, the wrong role: refused.
        #expect(throws: BudgetWorkflow.Refusal.notTheNextLevel(next: 1)) {
            try BudgetWorkflow.check(version: v, total: total, policy: policy, decisions: [], actor: "user:o", role: .owner, level: 2)
        }
        #expect(throws: BudgetWorkflow.Refusal.ownSubmission) {
            try BudgetWorkflow.check(version: v, total: total, policy: policy, decisions: [], actor: "user:sub", role: .manager, level: 1)
        }
        #expect(throws: BudgetWorkflow.Refusal.wrongRole(needed: .manager)) {
            try BudgetWorkflow.check(version: v, total: total, policy: policy, decisions: [], actor: "user:f", role: .finance, level: 1)
        }
        // After level 1: the same level again is refused, the same person for level 2 is refused.
        let one = [approval(v, 1, by: "user:m")]
        #expect(throws: BudgetWorkflow.Refusal.notTheNextLevel(next: 2)) {
            try BudgetWorkflow.check(version: v, total: total, policy: policy, decisions: one, actor: "user:m2", role: .manager, level: 1)
        }
        #expect(throws: BudgetWorkflow.Refusal.alreadyDecidedALevel(1)) {
            try BudgetWorkflow.check(version: v, total: total, policy: policy, decisions: one, actor: "user:m", role: .owner, level: 2)
        }
        #expect(
            try BudgetWorkflow.check(version: v, total: total, policy: policy, decisions: one, actor: "user:o", role: .owner, level: 2).level == 2
        )
        // Fully approved: nothing is awaited any more.
        #expect(BudgetWorkflow.nextLevel(policy: policy, total: total, decisions: one + [approval(v, 2, by: "user:o")], round: 1) == nil)
        // Approvals of an earlier round do not count after a resubmission.
        let resubmitted = submitted(round: 2)
        #expect(
            BudgetWorkflow.nextLevel(policy: policy, total: total, decisions: [approval(resubmitted, 1, by: "user:m", round: 1)], round: 2)?.level
                == 1
        )
    }

    @Test func nothingIsDecidedOutsideSubmission() {
        for status in [BudgetStatus.draft, .rejected, .approved, .superseded] {
            var v = submitted()
            v.status = status
            #expect(throws: BudgetWorkflow.Refusal.notAwaitingApproval(status)) {
                try BudgetWorkflow.check(version: v, total: 1, policy: policy, decisions: [], actor: "user:m", role: .manager, level: nil)
            }
        }
    }

    @Test func policiesAreChecked() {
        var errors = FieldErrors()
        ApprovalPolicy(levels: [ApprovalLevel(level: 1, maxAmount: 500, role: .manager), ApprovalLevel(level: 2, maxAmount: 400, role: .viewer)])
            .check(into: &errors)
        #expect(
            errors.all.map { "\($0.field):\($0.code.rawValue)" } == [
                "levels[1].max_amount:unordered", "levels[1].role:invalid_choice", "levels[1].max_amount:must_be_empty",
            ]
        )
        var fine = FieldErrors()
        policy.check(into: &fine)
        #expect(fine.isEmpty)
    }

    @Test func changesAgainstTheApprovedVersion() {
        let a = ID<CostAccount>(), b = ID<CostAccount>(), c = ID<CostAccount>()
        let approvedVersion = BudgetVersion(projectID: project, number: 1, name: "v1", status: .approved, createdBy: "", createdAt: "")
        let approved = BudgetPlan(
            version: approvedVersion,
            lines: [
                BudgetLine(versionID: approvedVersion.id, costAccountID: a, method: .even, amount: 100, segments: []),
                BudgetLine(versionID: approvedVersion.id, costAccountID: b, method: .even, amount: 50, segments: []),
            ]
        )
        let v2 = submitted()
        let proposed = BudgetPlan(
            version: v2,
            lines: [
                BudgetLine(versionID: v2.id, costAccountID: a, method: .even, amount: 120, segments: []),
                BudgetLine(versionID: v2.id, costAccountID: c, method: .even, amount: 30, segments: []),
            ]
        )
        let changes = BudgetChange.between(approved: approved, proposed: proposed)
        #expect(changes.map(\.delta) == [20, -50, 30])
        #expect(proposed.pmb == 150)
    }
}

@Suite struct CostControlTests {
    @Test func forecastAndVariance() {
        let p = CostPosition(budget: 1_000, committed: 300, actual: 500)
        #expect(p.forecast == 1_000 && p.variance == 0)
        let over = CostPosition(budget: 1_000, committed: 400, actual: 800)
        #expect(over.forecast == 1_200 && over.variance == -200 && over.variancePercent == -0.2)
        #expect((p + over).budget == 2_000)
    }

    @Test func commitmentsBeyondBudgetAndTolerance() {
        let p = CostPosition(budget: 1_000, committed: 300, actual: 500)
        #expect(CostControl.overrun(committing: 200, on: p, .standard) == nil)
        #expect(CostControl.overrun(committing: 201, on: p, .standard) == 1)
        let tolerant = CostControlSettings(control: .stop, toleranceBasisPoints: 1_000)  // 10%
        #expect(CostControl.overrun(committing: 300, on: p, tolerant) == nil)
        #expect(CostControl.overrun(committing: 301, on: p, tolerant) == 1)
        #expect(CostControl.overrun(committing: 1, on: CostPosition(), .standard) == 1)
    }
}
