/// What a person may be on a project.
public enum ProjectRole: String, Sendable, Codable, CaseIterable {
    /// Full control, including deleting the project and naming other owners.
    case owner
    /// Runs the project: edits the plan and manages members (but not owners).
    case manager
    /// Works on the project: sees everything, changes their own work.
    case member
    /// Finance controller: sees everything, works on money: cost accounts, the ledger, closing periods.
    case finance
    /// Reads the project.
    case viewer
    /// Reads the project including its audit trail; changes nothing.
    case auditor
}

/// Everything a caller may ask to do. `PermissionTable` decides each one; use cases ask before any side effect.
public enum Action: String, Sendable, CaseIterable {
    // Deployment-wide
    case listProjects, createProject, administerUsers
    // Per project
    case viewProject, editCharter, deleteProject, viewMembers, manageMembers, viewAudit
    /// Change the work plan: tasks, links, calendars, schedule settings, baselines, imports.
    case editSchedule
    /// Raise, assess and update risks in the register.
    case editRisks
    /// Approve accepting a risk (the strategy `accept`).
    case approveRiskAcceptance
    /// Set the project's risk scales, score method, bands and review cadence, and its risk breakdown structure.
    case configureRisks
    /// Set up cost categories and cost accounts.
    case editCostStructure
    /// Post ledger entries (actuals, commitments, accruals, revenue, payments) and reversals.
    case postLedger
    /// Close an accounting period for posting.
    case closePeriod
    /// Prepare budget versions and submit them for approval.
    case editBudget
    /// Decide on a submitted budget version (the approval levels say which role decides which level).
    case approveBudget
    /// Set the approval levels of budgets.
    case configureApprovals
    /// Set how commitments beyond budget are controlled.
    case configureCostControl
    /// Fill in and submit one's own weekly timesheet.
    case bookTime
    /// See everyone's timesheets and people's cost rates.
    case viewTeamTime
    /// Approve or reject other people's submitted timesheets (posting their labour cost).
    case approveTimesheets
    /// Set people's hourly cost rates.
    case editCostRates
    /// Plan customer payments and set the cash-flow assumptions (opening balance, threshold, terms).
    case editCashPlan
    /// Set the project's dated exchange rates.
    case editExchangeRates
    /// Record issues in the issue log, turn an occurred risk into one.
    case editIssues
}

/// The one table that decides who may do what. Global administrators may do everything; other
/// people get what their role on the project allows. Deployment-wide actions need no project.
public enum PermissionTable {
    public static let projectActions: [Action: Set<ProjectRole>] = [
        .viewProject: Set(ProjectRole.allCases),
        .viewMembers: Set(ProjectRole.allCases),
        .editCharter: [.owner, .manager],
        .editSchedule: [.owner, .manager],
        .editRisks: [.owner, .manager, .member],
        .approveRiskAcceptance: [.owner, .manager],
        .configureRisks: [.owner, .manager],
        .editCostStructure: [.owner, .manager, .finance],
        .postLedger: [.owner, .manager, .finance],
        .closePeriod: [.owner, .finance],
        .editBudget: [.owner, .manager, .finance],
        .approveBudget: [.owner, .manager, .finance],
        .configureApprovals: [.owner, .finance],
        .configureCostControl: [.owner, .finance],
        .bookTime: [.owner, .manager, .member, .finance],
        .viewTeamTime: [.owner, .manager, .finance],
        .approveTimesheets: [.owner, .manager],
        .editCostRates: [.owner, .finance],
        .editCashPlan: [.owner, .manager, .finance],
        .editExchangeRates: [.owner, .finance],
        .editIssues: [.owner, .manager, .member],
        .manageMembers: [.owner, .manager],
        .deleteProject: [.owner],
        .viewAudit: [.owner, .auditor],
    ]

    /// Actions any signed-in, enabled user may take without a project role.
    public static let userActions: Set<Action> = [.listProjects, .createProject]

    /// Actions only global administrators may take.
    public static let adminActions: Set<Action> = [.administerUsers]

    public static func allows(_ action: Action, role: ProjectRole?, isAdmin: Bool) -> Bool {
        if isAdmin { return true }
        if userActions.contains(action) { return true }
        guard let role, let roles = projectActions[action] else { return false }
        return roles.contains(role)
    }

    /// Managers may grant and revoke every role but owner; only owners touch owners.
    public static func mayAssign(_ target: ProjectRole, actingRole: ProjectRole?, isAdmin: Bool) -> Bool {
        if isAdmin || actingRole == .owner { return true }
        return actingRole == .manager && target != .owner
    }
}
