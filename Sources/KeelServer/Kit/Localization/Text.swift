import KeelApp
import KeelCore
import KeelStore

/// Every user-visible string of the UI, in every language. The switches are exhaustive, so a string
/// missing from one language does not compile.
enum Text: Hashable {
    // Chrome
    case appName, tagline, skipToContent, language, switchLanguage, mainNavigation, portfolio, footerNote
    // Common
    case save, cancel, edit, delete, add, filter, reset, all, none, yes, no, actions, previous, next, search
    case pageOf(Int, Int), itemsTotal(Int), savedMessage, deletedMessage, confirmDelete, fixErrors, staleEdit, notFoundTitle
    case notFoundBody, errorTitle, errorBody, backToPortfolio, optional, required, notSet
    // Portfolio
    case portfolioTitle, newProject, portfolioEmpty, portfolioEmptyHint, status, sponsor, sortBy, descending
    // Project fields
    case code, codeHelp, name, goal, audience, valueProposition, methodology, plannedStart, plannedFinish, budget, budgetAmount, currency
    case allocations, allocationsHelp, direction, sharePercent, amount, expectedBenefits, projectStatus(ProjectStatus)
    case unallocated
    // Project pages
    case overview, charter, editCharter, createProject, objectives, stakeholders, lifecycle, projectDuration(Int)
    case currentPhase, allPhasesDone, noObjectives, noStakeholders, deleteProject
    // Objectives
    case objective, unit, baseline, target, kpiDirection(KPIDirection), redThreshold, amberThreshold, dueDate, addObjective
    case editObjective, thresholdsHelp, rag(RAG), position
    // Stakeholders
    case stakeholder, kind, stakeholderKind(StakeholderKind), organisation, contact, influence, interest, engagement(Engagement)
    case currentEngagement, desiredEngagement, communicationNeeds, addStakeholder, editStakeholder, quadrant(GridQuadrant), strategy
    case gridTitle, gridDescription, scoreHelp, engagementGap
    // Lifecycle
    case phase, phaseKind(PhaseKind), phaseState(Phase.State), actualStart, actualFinish, addPhase, editPhase, customPhaseHelp, state
    case gateReviews, gateReview, addGateReview, editGateReview, criteria, criteriaHelp, decision, gateDecision(GateDecision), pending
    case decider, decidedOn, notes, criteriaMet(Int, Int), noGateReviews
    // Identity and access
    case users, signIn, signOut, signInTitle, setupTitle, setupIntro, email, displayName, password, passwordConfirmation, passwordHelp
    case signInFailed, tooManyAttempts(Int), failedSignInsSinceLast(Int), revokeTokensWithPassword, unlockSignIn, account, changePassword,
        currentPassword, newPassword, newPasswordConfirmation, passwordChanged
    case apiTokens, apiTokensHelp, tokenName, expiresOn, createToken, tokenCreated, revoke, never, lastUsed, createdAt, revokedAt
    case members, addMember, role, roleName(ProjectRole), roleHelp, administrator, disabled, createUser, resetPassword, disable, enable
    case forbiddenTitle, forbiddenBody, noMembers, signedInAs, yourValue
    case allocationsChartDescription, phaseTimeline, phaseTimelineDescription, planned, actual, upcomingGates, noUpcomingGates, heatDescription
    case slotSchedule, slotScheduleBody, slotEarnedValue, slotEarnedValueBody, slotRisks, slotRisksBody, slotCash, slotCashBody, notSetUp
    case auditActionName(String)
    case keyboardShortcuts, shortcutsIntro, key, shortcutSearch, shortcutPortfolio, shortcutSwitch, goToProject, goToProjectPlaceholder, shortcutNew,
        shortcutEdit, shortcutHelp, shortcutEscape, sortColumn
    case auditTrail, exportCSV, auditAction, auditObject, auditActor, auditWhen, auditChanges, from, to, noAuditEvents
    // Schedule
    case schedule, ganttTitle, ganttDescription, zoom, zoomLevel(GanttChart.Zoom), task, tasks, duration, durationHelp, start, finish
    case totalFloat, freeFloat, critical, owner, percentComplete, addTask, editTask, dependencies, addDependency, predecessor, successor
    case linkType, linkTypeName(LinkType), lag, lagHelp, parentTask, topLevel, milestone, saveBaseline, baselineName(Int), baselineNumber
    case projectFinish, statusDate, criticalTasks(Int), missedDeadlines(Int), noTasks, noDependencies, exportXML, constraint
    case constraintName(ConstraintKind), constraintDate, deadline, remaining, estimateOptimistic, estimateMostLikely, estimatePessimistic
    case calendar, projectCalendarDefault, priority, indent, outdent, dateTimeHelp, variance, finishVariance(String), onSchedule
    case scheduleSummary, baselineSaved, manyDependencies(Int)
    case scheduleSettings, timeZone, minutesPerDay, criticalThreshold, comparedBaseline, calendars, addCalendar, editCalendar, template
    case templateName(ScheduleService.CalendarTemplate), weekday(Int), hoursHelp, exceptions, exceptionsHelp, settingsAndCalendars
    case importPlan, importHelp, file, importAndReplace, importFailed, selectedTasks
    // Schedule risk analysis (Monte Carlo)
    case riskAnalysis, riskAnalysisIntro, iterations, seed, seedHelp, distributionShape, distributionName(DistributionShape), runSimulation
    case deterministicFinish, percentileFinish(Int), contingencyP80(String), probabilityOfDeadline(String), finishDistribution
    case finishDistributionDescription, percentile, workingDays, daysValue(String), drivers, driversDescription, correlation
    case criticalityIndex, criticalityDescription, noEstimates, uncertainTasks(Int, Int), simulationFacts(Int, Int, String)
    case finishBy, count, cumulative, deadlineHelp
    // Risk register
    case risks, riskRegister, addRisk, editRisk, riskTitle, riskKindName(RiskKind), riskStatusName(RiskStatus), riskCategoryName(RiskCategory)
    case strategyName(ResponseStrategy), impactName(ImpactDimension), cause, riskEvent, effect, category, trigger, proximity, raisedOn
    case nextReview, inherentAssessment, residualAssessment, probability, score, scoreBand(ScoreBand), responseStrategy, responsePlan
    case contingencyPlan, fallbackPlan, quantitative, quantitativeHelp, chancePercent, delayOptimistic, delayMostLikely, delayPessimistic
    case costLow, costMode, costHigh, linkedTasks, linkedTasksHelp, noRisks, heatInherent, heatResidual, riskHeatDescription
    case worstImpact, overdueReviews(Int), openRisks(Int), exposure, expectedMonetaryValue, assessmentHistory, assessmentStage(String)
    case assessedBy, residualHelp, reviewOverdue, currentScore, inherentScore, closedOn, topRisks, riskSlotEmpty
    case riskStatusFilter(RiskFilter.Status), overdueOnly, showingOf(Int, Int), heatCellFilter(Int, Int), noMatchingRisks
    case riskActions, actionTitle, actionCost, actionStatusName(ActionStatus), addAction, noActions, overdueActions(Int)
    case awaitsApproval, approveAcceptance, acceptanceApproved(String, String), acceptanceHelp
    case savedRuns, runAndSave, runStatus(StoredSimulationRun.Status), progress, requestedAt, staleRun, stopRun, noSavedRuns, savedRun
    case runFailed(String), runningNote
    case exposureTrend, exposureTrendDescription
    // Finance (its strings live in FinanceText)
    case finance(FinanceText)
    // Timesheets (their strings live in TimeText)
    case time(TimeText)
    // Cash flow (its strings live in CashText)
    case cash(CashText)
    // The issue log (its strings live in IssueText)
    case issue(IssueText)
    // Correlated durations (their strings live in CorrelationText)
    case correlated(CorrelationText)
    // Risk scales (their strings live in RiskScaleText)
    case scales(RiskScaleText)
    // KPI tracking (its strings live in KPIText)
    case kpi(KPIText)
    // Project health (its strings live in HealthText)
    case health(HealthText)
    // Inline editing (its strings live in InlineEditText)
    case inline(InlineEditText)
    // Field errors
    case fieldError(FieldError)

    func string(_ locale: UILocale) -> String {
        switch locale {
        case .en: return en
        case .zhCN: return zh
        }
    }

    var en: String {
        switch self {
        case .appName: return "Keel"
        case .tagline: return "Project operations, live"
        case .skipToContent: return "Skip to content"
        case .language: return "Language"
        case .switchLanguage: return "中文"
        case .mainNavigation: return "Main navigation"
        case .portfolio: return "Portfolio"
        case .footerNote: return "Keel — the operations plan as a running system"
        case .save: return "Save"
        case .cancel: return "Cancel"
        case .edit: return "Edit"
        case .delete: return "Delete"
        case .add: return "Add"
        case .filter: return "Filter"
        case .reset: return "Reset"
        case .all: return "All"
        case .none: return "None"
        case .yes: return "Yes"
        case .no: return "No"
        case .actions: return "Actions"
        case .previous: return "Previous"
        case .next: return "Next"
        case .search: return "Search"
        case .pageOf(let a, let b): return "Page \(a) of \(b)"
        case .itemsTotal(let n): return n == 1 ? "1 project" : "\(n) projects"
        case .savedMessage: return "Saved."
        case .deletedMessage: return "Deleted."
        case .confirmDelete: return "Delete this for good?"
        case .fixErrors: return "Please correct the fields marked below."
        case .staleEdit: return "Someone else changed this record while you were editing. Their version is shown below; re-apply your change."
        case .notFoundTitle: return "Not found"
        case .notFoundBody: return "There is nothing at this address, or it has been deleted."
        case .errorTitle: return "Something went wrong"
        case .errorBody: return "The server could not complete the request. Nothing was changed. Try again in a moment."
        case .backToPortfolio: return "Back to the portfolio"
        case .optional: return "optional"
        case .required: return "required"
        case .notSet: return "—"
        case .portfolioTitle: return "Portfolio"
        case .newProject: return "New project"
        case .portfolioEmpty: return "No projects match."
        case .portfolioEmptyHint: return "Create a project, or clear the filters. To explore with sample data, run “keel demo”."
        case .status: return "Status"
        case .sponsor: return "Sponsor"
        case .sortBy: return "Sort by"
        case .descending: return "Descending"
        case .code: return "Code"
        case .codeHelp: return "Short unique key, e.g. ECOM-2027 (letters, digits, - _ .)"
        case .name: return "Name"
        case .goal: return "Goal"
        case .audience: return "Audience"
        case .valueProposition: return "Value to the audience"
        case .methodology: return "Methodology"
        case .plannedStart: return "Planned start"
        case .plannedFinish: return "Planned finish"
        case .budget: return "Budget"
        case .budgetAmount: return "Budget amount"
        case .currency: return "Currency"
        case .allocations: return "Budget allocation"
        case .allocationsHelp: return "Where the budget goes, as shares of the whole (they may not exceed 100%)."
        case .direction: return "Direction"
        case .sharePercent: return "Share %"
        case .amount: return "Amount"
        case .expectedBenefits: return "Expected benefits"
        case .projectStatus(let s):
            switch s {
            case .proposed: return "Proposed"
            case .active: return "Active"
            case .onHold: return "On hold"
            case .closed: return "Closed"
            case .archived: return "Archived"
            }
        case .unallocated: return "Unallocated"
        case .overview: return "Overview"
        case .charter: return "Charter"
        case .editCharter: return "Edit charter"
        case .createProject: return "Create project"
        case .objectives: return "Objectives & KPIs"
        case .stakeholders: return "Stakeholders"
        case .lifecycle: return "Lifecycle"
        case .projectDuration(let d): return "\(d) calendar days"
        case .currentPhase: return "Current phase"
        case .allPhasesDone: return "All phases done"
        case .noObjectives: return "No objectives yet. Add the first measurable goal below."
        case .noStakeholders: return "No stakeholders yet. Add the sponsor and the project manager first."
        case .deleteProject: return "Delete project"
        case .objective: return "Objective"
        case .unit: return "Unit"
        case .baseline: return "Baseline"
        case .target: return "Target"
        case .kpiDirection(let d):
            switch d {
            case .higherIsBetter: return "Higher is better"
            case .lowerIsBetter: return "Lower is better"
            }
        case .redThreshold: return "Red threshold"
        case .amberThreshold: return "Amber threshold"
        case .dueDate: return "Due date"
        case .addObjective: return "Add objective"
        case .editObjective: return "Edit objective"
        case .thresholdsHelp: return "A value past the amber threshold shows amber, past the red one red. Both lie on the far side of the target."
        case .rag(let r):
            switch r {
            case .red: return "Red"
            case .amber: return "Amber"
            case .green: return "Green"
            }
        case .position: return "Order"
        case .stakeholder: return "Stakeholder"
        case .kind: return "Kind"
        case .stakeholderKind(let k):
            switch k {
            case .sponsor: return "Sponsor"
            case .projectManager: return "Project manager"
            case .teamMember: return "Team member"
            case .supplier: return "Supplier / partner"
            case .customer: return "Customer / end user"
            case .regulator: return "Regulator"
            case .consultant: return "Consultant / auditor"
            }
        case .organisation: return "Organisation"
        case .contact: return "Contact"
        case .influence: return "Influence (1–5)"
        case .interest: return "Interest (1–5)"
        case .engagement(let e):
            switch e {
            case .unaware: return "Unaware"
            case .resistant: return "Resistant"
            case .neutral: return "Neutral"
            case .supportive: return "Supportive"
            case .leading: return "Leading"
            }
        case .currentEngagement: return "Current engagement"
        case .desiredEngagement: return "Desired engagement"
        case .communicationNeeds: return "Communication needs"
        case .addStakeholder: return "Add stakeholder"
        case .editStakeholder: return "Edit stakeholder"
        case .quadrant(let q):
            switch q {
            case .manageClosely: return "Manage closely"
            case .keepSatisfied: return "Keep satisfied"
            case .keepInformed: return "Keep informed"
            case .monitor: return "Monitor"
            }
        case .strategy: return "Strategy"
        case .gridTitle: return "Influence / interest grid"
        case .gridDescription: return "Each dot is a stakeholder placed by influence (vertical) and interest (horizontal)."
        case .scoreHelp: return "1 = very low, 5 = very high"
        case .engagementGap: return "Engagement"
        case .phase: return "Phase"
        case .phaseKind(let k):
            switch k {
            case .initiation: return "Initiation"
            case .planning: return "Planning"
            case .execution: return "Execution"
            case .monitoring: return "Monitoring & control"
            case .closing: return "Closing & transition"
            case .custom: return "Custom"
            }
        case .phaseState(let s):
            switch s {
            case .notStarted: return "Not started"
            case .inProgress: return "In progress"
            case .done: return "Done"
            }
        case .actualStart: return "Actual start"
        case .actualFinish: return "Actual finish"
        case .addPhase: return "Add phase"
        case .editPhase: return "Edit phase"
        case .customPhaseHelp: return "A custom phase needs a name; standard phases take theirs from the language."
        case .state: return "State"
        case .gateReviews: return "Gate reviews"
        case .gateReview: return "Gate review"
        case .addGateReview: return "Add gate review"
        case .editGateReview: return "Edit gate review"
        case .criteria: return "Criteria checklist"
        case .criteriaHelp: return "One criterion per line. Start a line with [x] when the criterion is met."
        case .decision: return "Decision"
        case .gateDecision(let d):
            switch d {
            case .go: return "Go"
            case .goWithConditions: return "Go with conditions"
            case .recycle: return "Recycle"
            case .stop: return "Stop"
            }
        case .pending: return "Pending"
        case .decider: return "Decided by"
        case .decidedOn: return "Decision date"
        case .notes: return "Notes"
        case .criteriaMet(let a, let b): return "\(a) of \(b) criteria met"
        case .noGateReviews: return "No gate reviews yet."
        case .users: return "Users"
        case .signIn: return "Sign in"
        case .signOut: return "Sign out"
        case .signInTitle: return "Sign in to Keel"
        case .setupTitle: return "Set up Keel"
        case .setupIntro: return "No one has an account yet. Create the first administrator; more people can be added afterwards."
        case .email: return "Email"
        case .displayName: return "Name"
        case .password: return "Password"
        case .passwordConfirmation: return "Repeat the password"
        case .passwordHelp: return "At least 8 characters; a long phrase is best. Common passwords are refused."
        case .signInFailed: return "That email and password do not match an active account."
        case .failedSignInsSinceLast(let n):
            return
                "\(n) failed sign-in attempt\(n == 1 ? "" : "s") on your account since your last sign-in. If that was not you, change your password; an administrator can see where they came from in the audit trail."
        case .revokeTokensWithPassword: return "Also revoke my API tokens"
        case .unlockSignIn: return "Unlock sign-in"
        case .tooManyAttempts(let s): return "Too many failed attempts. Try again in \(max(1, (s + 59) / 60)) minutes."
        case .account: return "Your account"
        case .changePassword: return "Change password"
        case .currentPassword: return "Current password"
        case .newPassword: return "New password"
        case .newPasswordConfirmation: return "Repeat the new password"
        case .passwordChanged: return "Password changed. Your other sessions have been signed out."
        case .apiTokens: return "API tokens"
        case .apiTokensHelp: return "Tokens let scripts call the API as you: send “Authorization: Bearer <token>”. A token is shown once."
        case .tokenName: return "Token name"
        case .expiresOn: return "Expires on"
        case .createToken: return "Create token"
        case .tokenCreated: return "Copy this token now; it will not be shown again:"
        case .revoke: return "Revoke"
        case .never: return "never"
        case .lastUsed: return "Last used"
        case .createdAt: return "Created"
        case .revokedAt: return "Revoked"
        case .members: return "Members"
        case .addMember: return "Add or change a member"
        case .role: return "Role"
        case .roleName(let r):
            switch r {
            case .owner: return "Owner"
            case .manager: return "Manager"
            case .member: return "Member"
            case .finance: return "Finance"
            case .viewer: return "Viewer"
            case .auditor: return "Auditor"
            }
        case .roleHelp:
            return
                "Owners control everything; managers run the plan and the team; viewers and auditors only read (auditors also see the audit trail)."
        case .administrator: return "Administrator"
        case .disabled: return "Disabled"
        case .createUser: return "Add user"
        case .resetPassword: return "Set a new password"
        case .disable: return "Disable"
        case .enable: return "Enable"
        case .forbiddenTitle: return "Not allowed"
        case .forbiddenBody: return "Your role on this project does not allow this. Ask an owner or manager."
        case .noMembers: return "No members yet."
        case .signedInAs: return "Signed in as"
        case .yourValue: return "Your version:"
        case .allocationsChartDescription: return "Each bar is the amount of the budget allocated to one direction."
        case .phaseTimeline: return "Phase timeline"
        case .phaseTimelineDescription: return "Planned dates of each phase as bars, actual dates as thin bars beneath, today as a vertical line."
        case .planned: return "Planned"
        case .actual: return "Actual"
        case .upcomingGates: return "Phase ends in the next 30 days"
        case .noUpcomingGates: return "No phase ends in the next 30 days."
        case .heatDescription: return "Number of stakeholders in each cell of influence (rows) by interest (columns)."
        case .slotSchedule: return "Schedule health"
        case .slotScheduleBody: return "Add the first task of the work plan to see the finish date, the critical path and missed deadlines here."
        case .slotEarnedValue: return "Earned value"
        case .slotEarnedValueBody: return "Cost and schedule performance (CPI, SPI) appear here once budgets and the cost ledger are set up."
        case .slotRisks: return "Top risks"
        case .slotRisksBody: return "The highest-scoring threats and opportunities appear here once the risk register is set up."
        case .slotCash: return "Cash"
        case .slotCashBody: return "The projected cash balance and shortfall warnings appear here once the cash-flow plan is set up."
        case .notSetUp: return "Not set up yet"
        case .auditActionName(let a):
            switch a {
            case "create": return "Created"
            case "update": return "Changed"
            case "delete": return "Deleted"
            case "sign_in": return "Signed in"
            case "sign_in_failed": return "Failed sign-in"
            case "unlock": return "Sign-in unlocked"
            case "change_password": return "Changed password"
            case "revoke": return "Revoked"
            case "denied": return "Refused"
            case "move": return "Moved"
            case "import": return "Imported"
            case "save_baseline": return "Saved a baseline"
            case "approve": return "Approved"
            case "stop": return "Stopped"
            case "delete_baseline": return "Cleared a baseline"
            case "post": return "Posted"
            case "reverse": return "Reversed"
            case "close_period": return "Closed a period"
            case "submit": return "Submitted"
            case "reject": return "Rejected"
            default: return a
            }
        case .keyboardShortcuts: return "Keyboard shortcuts"
        case .shortcutsIntro: return "Shortcuts work anywhere except while typing in a field. Everything they do can also be done with the mouse."
        case .key: return "Key"
        case .shortcutSearch: return "Focus the search or the first field of the page"
        case .shortcutPortfolio: return "Go to the portfolio"
        case .shortcutSwitch: return "Jump to another project (type its code or part of its name)"
        case .goToProject: return "Go to project"
        case .goToProjectPlaceholder: return "Go to project: code or name"
        case .shortcutNew: return "New project (on the portfolio)"
        case .shortcutEdit: return "Edit the charter (on a project)"
        case .shortcutHelp: return "Show this page"
        case .shortcutEscape: return "Leave the field you are typing in"
        case .sortColumn: return "Sort by this column"
        case .auditTrail: return "Audit trail"
        case .exportCSV: return "Export CSV"
        case .auditAction: return "Action"
        case .auditObject: return "Object"
        case .auditActor: return "Who"
        case .auditWhen: return "When (UTC)"
        case .auditChanges: return "Changes"
        case .from: return "From"
        case .to: return "To"
        case .noAuditEvents: return "No recorded changes match."
        case .schedule: return "Schedule"
        case .ganttTitle: return "Gantt chart"
        case .ganttDescription:
            return
                "One bar per task from its start to its finish; critical tasks in red, milestones as diamonds, summaries as brackets, the baseline as a thin bar beneath, the status date as a dashed line."
        case .zoom: return "Zoom"
        case .zoomLevel(let z):
            switch z {
            case .day: return "Days"
            case .week: return "Weeks"
            case .month: return "Months"
            case .quarter: return "Quarters"
            }
        case .task: return "Task"
        case .tasks: return "Tasks"
        case .duration: return "Duration"
        case .durationHelp: return "Working time, e.g. 3d, 4h, 30m, 2w"
        case .start: return "Start"
        case .finish: return "Finish"
        case .totalFloat: return "Total float"
        case .freeFloat: return "Free float"
        case .critical: return "Critical"
        case .owner: return "Owner"
        case .percentComplete: return "% complete"
        case .addTask: return "Add a task"
        case .editTask: return "Edit task"
        case .dependencies: return "Dependencies"
        case .addDependency: return "Add a dependency"
        case .predecessor: return "Predecessor"
        case .successor: return "Successor"
        case .linkType: return "Type"
        case .linkTypeName(let t):
            switch t {
            case .finishToStart: return "Finish to start (FS)"
            case .startToStart: return "Start to start (SS)"
            case .finishToFinish: return "Finish to finish (FF)"
            case .startToFinish: return "Start to finish (SF)"
            }
        case .lag: return "Lag"
        case .lagHelp: return "2d waits two working days, -1d overlaps by one, 2ed counts calendar days, 50% is half the predecessor"
        case .parentTask: return "Under"
        case .topLevel: return "Top level"
        case .milestone: return "Milestone"
        case .saveBaseline: return "Save baseline"
        case .baselineName(let n): return n == 0 ? "Baseline" : "Baseline \(n)"
        case .baselineNumber: return "Baseline"
        case .projectFinish: return "Project finish"
        case .statusDate: return "Status date"
        case .criticalTasks(let n): return n == 1 ? "1 critical task" : "\(n) critical tasks"
        case .missedDeadlines(let n): return n == 1 ? "1 missed deadline" : "\(n) missed deadlines"
        case .noTasks: return "No tasks yet. Add the first one below, or import a plan file through the API."
        case .noDependencies: return "No dependencies yet."
        case .exportXML: return "Export for MS Project (XML)"
        case .constraint: return "Constraint"
        case .constraintName(let c):
            switch c {
            case .asSoonAsPossible: return "As soon as possible"
            case .asLateAsPossible: return "As late as possible"
            case .mustStartOn: return "Must start on"
            case .mustFinishOn: return "Must finish on"
            case .startNoEarlierThan: return "Start no earlier than"
            case .startNoLaterThan: return "Start no later than"
            case .finishNoEarlierThan: return "Finish no earlier than"
            case .finishNoLaterThan: return "Finish no later than"
            }
        case .constraintDate: return "Constraint date"
        case .deadline: return "Deadline"
        case .remaining: return "Remaining duration"
        case .estimateOptimistic: return "Optimistic duration"
        case .estimateMostLikely: return "Most likely duration"
        case .estimatePessimistic: return "Pessimistic duration"
        case .calendar: return "Calendar"
        case .projectCalendarDefault: return "Project calendar"
        case .priority: return "Priority"
        case .indent: return "Indent"
        case .outdent: return "Outdent"
        case .dateTimeHelp: return "Date, or date and time"
        case .variance: return "Variance"
        case .finishVariance(let d): return "Finish \(d) days against the baseline"
        case .onSchedule: return "On baseline"
        case .riskAnalysis: return "Schedule risk analysis"
        case .riskAnalysisIntro:
            return
                "Runs the plan many times with each task's duration drawn from its three-point estimate, through the same critical-path rules as the schedule, and shows how likely each finish date is and which tasks drive it."
        case .iterations: return "Iterations"
        case .seed: return "Seed"
        case .seedHelp: return "The same plan and seed always give the same numbers."
        case .distributionShape: return "Distribution"
        case .distributionName(let d):
            switch d {
            case .triangular: return "Triangular"
            case .pert: return "Beta-PERT (λ = 4)"
            }
        case .runSimulation: return "Run"
        case .deterministicFinish: return "Planned finish"
        case .percentileFinish(let p): return "P\(p) finish"
        case .contingencyP80(let d): return "\(d) working days of contingency for 80% confidence"
        case .probabilityOfDeadline(let p): return "Chance of finishing by the date: \(p)"
        case .finishDistribution: return "Project duration"
        case .finishDistributionDescription: return "How many runs ended in each range of working days, with the share finished by then as a line."
        case .percentile: return "Percentile"
        case .workingDays: return "Working days"
        case .daysValue(let d): return "\(d) d"
        case .drivers: return "What drives the finish"
        case .driversDescription: return "Rank correlation between each task's drawn duration and the project duration, strongest first."
        case .correlation: return "Correlation"
        case .criticalityIndex: return "Criticality"
        case .criticalityDescription: return "Share of runs in which the task was on the critical path."
        case .noEstimates:
            return
                "No task has a three-point estimate yet. Open a task on the schedule and enter its optimistic, most likely and pessimistic durations; the analysis varies those tasks."
        case .uncertainTasks(let n, let total): return "\(n) of \(total) tasks have three-point estimates."
        case .simulationFacts(let iterations, let seed, let ms): return "\(iterations) runs, seed \(seed), \(ms) ms."
        case .finishBy: return "Finish by"
        case .count: return "Runs"
        case .cumulative: return "Finished by then"
        case .deadlineHelp: return "Optional: the date to test."
        case .risks: return "Risks"
        case .riskRegister: return "Risk register"
        case .addRisk: return "Raise a risk"
        case .editRisk: return "Edit risk"
        case .riskTitle: return "Title"
        case .riskKindName(let k):
            switch k {
            case .threat: return "Threat"
            case .opportunity: return "Opportunity"
            }
        case .riskStatusName(let st):
            switch st {
            case .identified: return "Identified"
            case .assessed: return "Assessed"
            case .responding: return "Responding"
            case .monitoring: return "Monitoring"
            case .occurred: return "Occurred"
            case .closed: return "Closed"
            }
        case .riskCategoryName(let c):
            switch c {
            case .technical: return "Technical"
            case .external: return "External"
            case .organisational: return "Organisational"
            case .projectManagement: return "Project management"
            case .commercial: return "Commercial"
            }
        case .strategyName(let st):
            switch st {
            case .avoid: return "Avoid"
            case .transfer: return "Transfer"
            case .mitigate: return "Mitigate"
            case .accept: return "Accept"
            case .escalate: return "Escalate"
            case .exploit: return "Exploit"
            case .share: return "Share"
            case .enhance: return "Enhance"
            }
        case .impactName(let d):
            switch d {
            case .schedule: return "Schedule impact"
            case .cost: return "Cost impact"
            case .quality: return "Quality impact"
            case .reputation: return "Reputation impact"
            case .safety: return "Safety impact"
            }
        case .cause: return "Cause"
        case .riskEvent: return "Risk event"
        case .effect: return "Effect"
        case .category: return "Category"
        case .trigger: return "Trigger"
        case .proximity: return "Could happen from"
        case .raisedOn: return "Raised on"
        case .nextReview: return "Next review"
        case .inherentAssessment: return "Inherent assessment (before response)"
        case .residualAssessment: return "Residual assessment (after response)"
        case .probability: return "Probability (1–5)"
        case .score: return "Score"
        case .scoreBand(let b):
            switch b {
            case .low: return "Low"
            case .medium: return "Medium"
            case .high: return "High"
            case .critical: return "Critical"
            }
        case .responseStrategy: return "Response strategy"
        case .responsePlan: return "Response actions"
        case .contingencyPlan: return "Contingency plan"
        case .fallbackPlan: return "Fallback plan"
        case .quantitative: return "For the schedule risk analysis"
        case .quantitativeHelp: return "Chance of occurring, and the delay it adds to each linked task; the analysis draws them in every run."
        case .chancePercent: return "Chance of occurring (%)"
        case .delayOptimistic: return "Delay, optimistic"
        case .delayMostLikely: return "Delay, most likely"
        case .delayPessimistic: return "Delay, pessimistic"
        case .costLow: return "Cost impact, low"
        case .costMode: return "Cost impact, most likely"
        case .costHigh: return "Cost impact, high"
        case .linkedTasks: return "Linked tasks"
        case .linkedTasksHelp: return "The tasks the delay falls on (hold Ctrl or ⌘ to pick several)."
        case .noRisks: return "No risks yet. Raise the first one below: what could happen, why, and what it would do to the project."
        case .heatInherent: return "Inherent risk"
        case .heatResidual: return "Residual risk"
        case .riskHeatDescription: return "Open risks by probability (rows) and worst impact (columns)."
        case .worstImpact: return "Worst impact"
        case .overdueReviews(let n): return n == 1 ? "1 review overdue" : "\(n) reviews overdue"
        case .openRisks(let n): return n == 1 ? "1 open risk" : "\(n) open risks"
        case .exposure: return "Exposure"
        case .expectedMonetaryValue: return "Expected monetary value"
        case .assessmentHistory: return "Assessment history"
        case .assessmentStage(let st): return st == "residual" ? "Residual" : "Inherent"
        case .assessedBy: return "By"
        case .residualHelp: return "Leave the probability empty while no response is in place."
        case .reviewOverdue: return "Overdue"
        case .currentScore: return "Current score"
        case .inherentScore: return "Inherent score"
        case .closedOn: return "Closed on"
        case .topRisks: return "Top risks"
        case .riskSlotEmpty: return "No open risks. Raise risks in the register to see the top ones here."
        case .riskStatusFilter(let f):
            switch f {
            case .all: return "All"
            case .open: return "Open"
            case .closed: return "Closed"
            }
        case .overdueOnly: return "Review overdue only"
        case .showingOf(let n, let total): return "Showing \(n) of \(total)"
        case .heatCellFilter(let p, let i): return "Probability \(p), worst impact \(i)"
        case .noMatchingRisks: return "No risk matches the filter."
        case .riskActions: return "Actions"
        case .actionTitle: return "Action"
        case .actionCost: return "Cost"
        case .actionStatusName(let a):
            switch a {
            case .open: return "Open"
            case .inProgress: return "In progress"
            case .done: return "Done"
            case .cancelled: return "Cancelled"
            }
        case .addAction: return "Add action"
        case .noActions: return "No actions yet: add who does what by when."
        case .overdueActions(let n): return n == 1 ? "1 action overdue" : "\(n) actions overdue"
        case .awaitsApproval: return "Acceptance awaits approval"
        case .approveAcceptance: return "Approve acceptance"
        case .acceptanceApproved(let who, let when): return "Acceptance approved by \(who) on \(when)"
        case .acceptanceHelp:
            return "Accepting a risk needs a manager's or owner's approval; changing the strategy, assessments or impacts withdraws it."
        case .savedRuns: return "Saved runs"
        case .runAndSave: return "Run in the background and save"
        case .runStatus(let st):
            switch st {
            case .queued: return "Queued"
            case .running: return "Running"
            case .done: return "Done"
            case .failed: return "Failed"
            case .stopping: return "Stopping"
            case .cancelled: return "Stopped"
            }
        case .progress: return "Progress"
        case .requestedAt: return "Requested"
        case .staleRun: return "Out of date: the plan or the register changed since"
        case .stopRun: return "Stop"
        case .noSavedRuns: return "No saved runs yet. Large runs (more iterations) go here and keep their results."
        case .savedRun: return "Saved run"
        case .runFailed(let why): return "The run failed: \(why)"
        case .runningNote: return "This page refreshes itself until the run ends."
        case .exposureTrend: return "Exposure over time"
        case .exposureTrendDescription: return "Each week, the sum of the open risks' expected monetary values (opportunities count negative)."
        case .scheduleSummary: return "Schedule summary"
        case .baselineSaved: return "Baseline saved."
        case .manyDependencies(let n): return "\(n) dependencies: each task's page lists its own."
        case .scheduleSettings: return "Schedule settings"
        case .timeZone: return "Time zone"
        case .minutesPerDay: return "Working minutes per day"
        case .criticalThreshold: return "Critical at or below this float"
        case .comparedBaseline: return "Compare with"
        case .calendars: return "Calendars"
        case .addCalendar: return "Add a calendar"
        case .editCalendar: return "Edit calendar"
        case .template: return "Start from"
        case .templateName(let t):
            switch t {
            case .standard: return "Standard: Monday to Friday, 08:00–12:00 and 13:00–17:00"
            case .twentyFourHours: return "24 hours, every day"
            case .china2026: return "Standard with mainland China's 2026 public holidays and make-up days"
            }
        case .weekday(let d): return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][d]
        case .hoursHelp: return "e.g. 08:00-12:00, 13:00-17:00; empty for a day off"
        case .exceptions: return "Holidays and make-up days"
        case .exceptionsHelp:
            return "One per line: 2026-10-01..2026-10-07 National Day. A working day gets its hours: 2026-09-27 Make-up day 08:00-12:00 13:00-17:00"
        case .settingsAndCalendars: return "Settings and calendars"
        case .importPlan: return "Import a plan"
        case .importHelp: return "An MS Project XML file (up to 64 MiB) or a JSON network file. It replaces the whole plan."
        case .file: return "File"
        case .importAndReplace: return "Import and replace the plan"
        case .importFailed: return "Nothing was imported. The file has these problems:"
        case .selectedTasks: return "Ticked tasks:"
        case .finance(let f): return f.en
        case .time(let t): return t.en
        case .cash(let c): return c.en
        case .issue(let i): return i.en
        case .correlated(let c): return c.en
        case .scales(let x): return x.en
        case .kpi(let x): return x.en
        case .health(let x): return x.en
        case .inline(let x): return x.en
        case .fieldError(let e): return Text.fieldErrorEN(e)
        }
    }

    var zh: String {
        switch self {
        case .appName: return "Keel"
        case .tagline: return "让项目运营方案实时运转"
        case .skipToContent: return "跳到正文"
        case .language: return "语言"
        case .switchLanguage: return "English"
        case .mainNavigation: return "主导航"
        case .portfolio: return "项目组合"
        case .footerNote: return "Keel —— 让运营管理方案成为运行中的系统"
        case .save: return "保存"
        case .cancel: return "取消"
        case .edit: return "编辑"
        case .delete: return "删除"
        case .add: return "添加"
        case .filter: return "筛选"
        case .reset: return "重置"
        case .all: return "全部"
        case .none: return "无"
        case .yes: return "是"
        case .no: return "否"
        case .actions: return "操作"
        case .previous: return "上一页"
        case .next: return "下一页"
        case .search: return "搜索"
        case .pageOf(let a, let b): return "第 \(a) 页，共 \(b) 页"
        case .itemsTotal(let n): return "共 \(n) 个项目"
        case .savedMessage: return "已保存。"
        case .deletedMessage: return "已删除。"
        case .confirmDelete: return "确定要永久删除吗？"
        case .fixErrors: return "请修改下方标出的字段。"
        case .staleEdit: return "在您编辑期间，其他人修改了这条记录。下方显示的是最新版本，请重新应用您的修改。"
        case .notFoundTitle: return "未找到"
        case .notFoundBody: return "此地址没有内容，或内容已被删除。"
        case .errorTitle: return "出错了"
        case .errorBody: return "服务器未能完成请求，数据未被修改。请稍后重试。"
        case .backToPortfolio: return "返回项目组合"
        case .optional: return "选填"
        case .required: return "必填"
        case .notSet: return "—"
        case .portfolioTitle: return "项目组合"
        case .newProject: return "新建项目"
        case .portfolioEmpty: return "没有符合条件的项目。"
        case .portfolioEmptyHint: return "新建一个项目，或清除筛选条件。如需示例数据，请运行“keel demo”。"
        case .status: return "状态"
        case .sponsor: return "发起人"
        case .sortBy: return "排序"
        case .descending: return "降序"
        case .code: return "编号"
        case .codeHelp: return "简短且唯一的编号，例如 ECOM-2027（字母、数字及 - _ .）"
        case .name: return "名称"
        case .goal: return "项目目标"
        case .audience: return "项目受众"
        case .valueProposition: return "为受众提供的价值"
        case .methodology: return "项目方法论"
        case .plannedStart: return "计划开始"
        case .plannedFinish: return "计划完成"
        case .budget: return "预算"
        case .budgetAmount: return "预算金额"
        case .currency: return "币种"
        case .allocations: return "预算分配"
        case .allocationsHelp: return "预算的主要投向及其占比（合计不得超过 100%）。"
        case .direction: return "分配方向"
        case .sharePercent: return "占比 %"
        case .amount: return "金额"
        case .expectedBenefits: return "预期效益"
        case .projectStatus(let s):
            switch s {
            case .proposed: return "提议中"
            case .active: return "进行中"
            case .onHold: return "暂停"
            case .closed: return "已关闭"
            case .archived: return "已归档"
            }
        case .unallocated: return "未分配"
        case .overview: return "概览"
        case .charter: return "项目章程"
        case .editCharter: return "编辑章程"
        case .createProject: return "创建项目"
        case .objectives: return "目标与 KPI"
        case .stakeholders: return "项目参与方"
        case .lifecycle: return "生命周期"
        case .projectDuration(let d): return "共 \(d) 个日历日"
        case .currentPhase: return "当前阶段"
        case .allPhasesDone: return "所有阶段已完成"
        case .noObjectives: return "尚无目标。请在下方添加第一个可衡量的目标。"
        case .noStakeholders: return "尚无参与方。请先添加项目发起人和项目经理。"
        case .deleteProject: return "删除项目"
        case .objective: return "目标"
        case .unit: return "单位"
        case .baseline: return "基准值"
        case .target: return "目标值"
        case .kpiDirection(let d):
            switch d {
            case .higherIsBetter: return "越高越好"
            case .lowerIsBetter: return "越低越好"
            }
        case .redThreshold: return "红色阈值"
        case .amberThreshold: return "黄色阈值"
        case .dueDate: return "截止日期"
        case .addObjective: return "添加目标"
        case .editObjective: return "编辑目标"
        case .thresholdsHelp: return "数值越过黄色阈值显示黄色，越过红色阈值显示红色；两个阈值都位于目标值的不利一侧。"
        case .rag(let r):
            switch r {
            case .red: return "红"
            case .amber: return "黄"
            case .green: return "绿"
            }
        case .position: return "顺序"
        case .stakeholder: return "参与方"
        case .kind: return "类别"
        case .stakeholderKind(let k):
            switch k {
            case .sponsor: return "项目发起人"
            case .projectManager: return "项目经理"
            case .teamMember: return "项目团队成员"
            case .supplier: return "供应商与合作伙伴"
            case .customer: return "客户与最终用户"
            case .regulator: return "政府与监管机构"
            case .consultant: return "咨询与审计机构"
            }
        case .organisation: return "所属组织"
        case .contact: return "联系方式"
        case .influence: return "影响力（1–5）"
        case .interest: return "关注度（1–5）"
        case .engagement(let e):
            switch e {
            case .unaware: return "不知情"
            case .resistant: return "抵触"
            case .neutral: return "中立"
            case .supportive: return "支持"
            case .leading: return "主导"
            }
        case .currentEngagement: return "当前参与度"
        case .desiredEngagement: return "期望参与度"
        case .communicationNeeds: return "沟通需求"
        case .addStakeholder: return "添加参与方"
        case .editStakeholder: return "编辑参与方"
        case .quadrant(let q):
            switch q {
            case .manageClosely: return "重点管理"
            case .keepSatisfied: return "保持满意"
            case .keepInformed: return "及时告知"
            case .monitor: return "持续关注"
            }
        case .strategy: return "管理策略"
        case .gridTitle: return "影响力 / 关注度矩阵"
        case .gridDescription: return "每个圆点代表一个参与方，纵轴为影响力，横轴为关注度。"
        case .scoreHelp: return "1 = 很低，5 = 很高"
        case .engagementGap: return "参与度"
        case .phase: return "阶段"
        case .phaseKind(let k):
            switch k {
            case .initiation: return "启动"
            case .planning: return "规划"
            case .execution: return "实施"
            case .monitoring: return "监控"
            case .closing: return "收尾与过渡"
            case .custom: return "自定义"
            }
        case .phaseState(let s):
            switch s {
            case .notStarted: return "未开始"
            case .inProgress: return "进行中"
            case .done: return "已完成"
            }
        case .actualStart: return "实际开始"
        case .actualFinish: return "实际完成"
        case .addPhase: return "添加阶段"
        case .editPhase: return "编辑阶段"
        case .customPhaseHelp: return "自定义阶段需要填写名称；标准阶段的名称随界面语言显示。"
        case .state: return "进度"
        case .gateReviews: return "阶段门评审"
        case .gateReview: return "阶段门评审"
        case .addGateReview: return "添加阶段门评审"
        case .editGateReview: return "编辑阶段门评审"
        case .criteria: return "评审标准清单"
        case .criteriaHelp: return "每行一条标准；已满足的标准以 [x] 开头。"
        case .decision: return "评审结论"
        case .gateDecision(let d):
            switch d {
            case .go: return "通过"
            case .goWithConditions: return "有条件通过"
            case .recycle: return "返工"
            case .stop: return "终止"
            }
        case .pending: return "待评审"
        case .decider: return "决策人"
        case .decidedOn: return "决策日期"
        case .notes: return "备注"
        case .criteriaMet(let a, let b): return "已满足 \(a)/\(b) 条标准"
        case .noGateReviews: return "尚无阶段门评审。"
        case .users: return "用户"
        case .signIn: return "登录"
        case .signOut: return "退出"
        case .signInTitle: return "登录 Keel"
        case .setupTitle: return "初始化 Keel"
        case .setupIntro: return "目前还没有任何账户。请先创建第一位管理员，之后可再添加其他人员。"
        case .email: return "电子邮箱"
        case .displayName: return "姓名"
        case .password: return "密码"
        case .passwordConfirmation: return "再次输入密码"
        case .passwordHelp: return "至少 8 个字符，建议使用较长的短语；常见密码将被拒绝。"
        case .signInFailed: return "邮箱与密码不匹配任何有效账户。"
        case .failedSignInsSinceLast(let n): return "自您上次登录以来，您的账户有 \(n) 次登录失败。如果不是您本人所为，请修改密码；管理员可在审计记录中查看其来源。"
        case .revokeTokensWithPassword: return "同时吊销我的 API 令牌"
        case .unlockSignIn: return "解除登录锁定"
        case .tooManyAttempts(let s): return "失败次数过多，请 \(max(1, (s + 59) / 60)) 分钟后再试。"
        case .account: return "我的账户"
        case .changePassword: return "修改密码"
        case .currentPassword: return "当前密码"
        case .newPassword: return "新密码"
        case .newPasswordConfirmation: return "再次输入新密码"
        case .passwordChanged: return "密码已修改，您的其他会话均已退出。"
        case .apiTokens: return "API 令牌"
        case .apiTokensHelp: return "令牌可让脚本以您的身份调用 API：发送“Authorization: Bearer <令牌>”。令牌只显示一次。"
        case .tokenName: return "令牌名称"
        case .expiresOn: return "到期日"
        case .createToken: return "创建令牌"
        case .tokenCreated: return "请立即复制此令牌，它不会再次显示："
        case .revoke: return "吊销"
        case .never: return "从未"
        case .lastUsed: return "最近使用"
        case .createdAt: return "创建时间"
        case .revokedAt: return "吊销时间"
        case .members: return "项目成员"
        case .addMember: return "添加或变更成员"
        case .role: return "角色"
        case .roleName(let r):
            switch r {
            case .owner: return "所有者"
            case .manager: return "项目经理"
            case .member: return "成员"
            case .finance: return "财务"
            case .viewer: return "查看者"
            case .auditor: return "审计员"
            }
        case .roleHelp: return "所有者拥有全部权限；项目经理管理计划与团队；查看者与审计员只读（审计员还可查看审计记录）。"
        case .administrator: return "管理员"
        case .disabled: return "已停用"
        case .createUser: return "添加用户"
        case .resetPassword: return "设置新密码"
        case .disable: return "停用"
        case .enable: return "启用"
        case .forbiddenTitle: return "无权操作"
        case .forbiddenBody: return "您在此项目中的角色不允许此操作，请联系所有者或项目经理。"
        case .noMembers: return "尚无成员。"
        case .signedInAs: return "当前用户"
        case .yourValue: return "您的修改："
        case .allocationsChartDescription: return "每个条形表示分配给一个方向的预算金额。"
        case .phaseTimeline: return "阶段时间线"
        case .phaseTimelineDescription: return "条形为各阶段的计划日期，下方细条为实际日期，竖线表示今天。"
        case .planned: return "计划"
        case .actual: return "实际"
        case .upcomingGates: return "未来 30 天内结束的阶段"
        case .noUpcomingGates: return "未来 30 天内没有阶段结束。"
        case .heatDescription: return "按影响力（行）与关注度（列）统计的各格参与方数量。"
        case .slotSchedule: return "进度健康度"
        case .slotScheduleBody: return "为工作计划添加第一项任务后，此处将显示完工日期、关键路径与逾期任务。"
        case .slotEarnedValue: return "挣值"
        case .slotEarnedValueBody: return "设置预算与成本台账后，此处将显示成本与进度绩效（CPI、SPI）。"
        case .slotRisks: return "主要风险"
        case .slotRisksBody: return "设置风险登记册后，此处将显示得分最高的威胁与机会。"
        case .slotCash: return "现金"
        case .slotCashBody: return "设置现金流计划后，此处将显示预计现金余额与短缺预警。"
        case .notSetUp: return "尚未设置"
        case .auditActionName(let a):
            switch a {
            case "create": return "创建"
            case "update": return "修改"
            case "delete": return "删除"
            case "sign_in": return "登录"
            case "sign_in_failed": return "登录失败"
            case "unlock": return "解除登录锁定"
            case "change_password": return "修改密码"
            case "revoke": return "吊销"
            case "denied": return "拒绝"
            case "move": return "移动"
            case "import": return "导入"
            case "save_baseline": return "保存基线"
            case "approve": return "批准"
            case "stop": return "停止"
            case "delete_baseline": return "清除基线"
            case "post": return "过账"
            case "reverse": return "冲销"
            case "close_period": return "关闭期间"
            case "submit": return "提交"
            case "reject": return "退回"
            default: return a
            }
        case .keyboardShortcuts: return "键盘快捷键"
        case .shortcutsIntro: return "除在输入框中输入时外，快捷键在任何页面都可使用；其功能也都可以用鼠标完成。"
        case .key: return "按键"
        case .shortcutSearch: return "聚焦到搜索框或页面的第一个输入框"
        case .shortcutPortfolio: return "前往项目组合"
        case .shortcutSwitch: return "切换到其他项目（输入编号或名称的一部分）"
        case .goToProject: return "转到项目"
        case .goToProjectPlaceholder: return "转到项目：编号或名称"
        case .shortcutNew: return "新建项目（在项目组合页）"
        case .shortcutEdit: return "编辑章程（在项目页）"
        case .shortcutHelp: return "显示本页"
        case .shortcutEscape: return "离开当前输入框"
        case .sortColumn: return "按此列排序"
        case .auditTrail: return "审计记录"
        case .exportCSV: return "导出 CSV"
        case .auditAction: return "操作"
        case .auditObject: return "对象"
        case .auditActor: return "操作人"
        case .auditWhen: return "时间（UTC）"
        case .auditChanges: return "变更内容"
        case .from: return "起始日期"
        case .to: return "截止日期"
        case .noAuditEvents: return "没有符合条件的变更记录。"
        case .schedule: return "进度计划"
        case .ganttTitle: return "甘特图"
        case .ganttDescription: return "每项任务一根横条，从开始到完成；关键任务为红色，里程碑为菱形，摘要任务为括号形，基线为横条下方的细条，状态日期为虚线。"
        case .zoom: return "缩放"
        case .zoomLevel(let z):
            switch z {
            case .day: return "日"
            case .week: return "周"
            case .month: return "月"
            case .quarter: return "季度"
            }
        case .task: return "任务"
        case .tasks: return "任务"
        case .duration: return "工期"
        case .durationHelp: return "工作时间，如 3d、4h、30m、2w"
        case .start: return "开始"
        case .finish: return "完成"
        case .totalFloat: return "总时差"
        case .freeFloat: return "自由时差"
        case .critical: return "关键"
        case .owner: return "负责人"
        case .percentComplete: return "完成百分比"
        case .addTask: return "添加任务"
        case .editTask: return "编辑任务"
        case .dependencies: return "依赖关系"
        case .addDependency: return "添加依赖关系"
        case .predecessor: return "紧前任务"
        case .successor: return "紧后任务"
        case .linkType: return "类型"
        case .linkTypeName(let t):
            switch t {
            case .finishToStart: return "完成-开始（FS）"
            case .startToStart: return "开始-开始（SS）"
            case .finishToFinish: return "完成-完成（FF）"
            case .startToFinish: return "开始-完成（SF）"
            }
        case .lag: return "延隔时间"
        case .lagHelp: return "2d 表示等待两个工作日，-1d 表示提前重叠一天，2ed 按日历天计，50% 为紧前任务工期的一半"
        case .parentTask: return "所属摘要任务"
        case .topLevel: return "顶层"
        case .milestone: return "里程碑"
        case .saveBaseline: return "保存基线"
        case .baselineName(let n): return n == 0 ? "基线" : "基线\(n)"
        case .baselineNumber: return "基线"
        case .projectFinish: return "项目完工"
        case .statusDate: return "状态日期"
        case .criticalTasks(let n): return "关键任务 \(n) 项"
        case .missedDeadlines(let n): return "逾期 \(n) 项"
        case .noTasks: return "尚无任务。请在下方添加第一项任务，也可以通过接口导入计划文件。"
        case .noDependencies: return "尚无依赖关系。"
        case .exportXML: return "导出 XML 计划文件"
        case .constraint: return "限制类型"
        case .constraintName(let c):
            switch c {
            case .asSoonAsPossible: return "越早越好"
            case .asLateAsPossible: return "越晚越好"
            case .mustStartOn: return "必须开始于"
            case .mustFinishOn: return "必须完成于"
            case .startNoEarlierThan: return "不得早于…开始"
            case .startNoLaterThan: return "不得晚于…开始"
            case .finishNoEarlierThan: return "不得早于…完成"
            case .finishNoLaterThan: return "不得晚于…完成"
            }
        case .constraintDate: return "限制日期"
        case .deadline: return "期限"
        case .remaining: return "剩余工期"
        case .estimateOptimistic: return "乐观工期"
        case .estimateMostLikely: return "最可能工期"
        case .estimatePessimistic: return "悲观工期"
        case .calendar: return "日历"
        case .projectCalendarDefault: return "项目日历"
        case .priority: return "优先级"
        case .indent: return "降级"
        case .outdent: return "升级"
        case .dateTimeHelp: return "日期，或日期和时间"
        case .variance: return "偏差"
        case .finishVariance(let d): return "完成时间较基线偏差 \(d) 天"
        case .onSchedule: return "与基线一致"
        case .riskAnalysis: return "进度风险分析"
        case .riskAnalysisIntro:
            return "按每项任务的三点估算抽取工期，用与进度计划相同的关键路径规则反复计算整个计划，显示各完工日期的可能性以及主要影响因素。"
        case .iterations: return "迭代次数"
        case .seed: return "随机种子"
        case .seedHelp: return "同一计划和同一种子总是得到相同的结果。"
        case .distributionShape: return "分布"
        case .distributionName(let d):
            switch d {
            case .triangular: return "三角分布"
            case .pert: return "PERT（β 分布，λ = 4）"
            }
        case .runSimulation: return "运行"
        case .deterministicFinish: return "计划完工"
        case .percentileFinish(let p): return "P\(p) 完工"
        case .contingencyP80(let d): return "达到 80% 把握需预留 \(d) 个工作日"
        case .probabilityOfDeadline(let p): return "在该日期前完工的概率：\(p)"
        case .finishDistribution: return "项目工期分布"
        case .finishDistributionDescription: return "各工作日区间内结束的模拟次数，折线为截至该处已完工的比例。"
        case .percentile: return "百分位"
        case .workingDays: return "工作日"
        case .daysValue(let d): return "\(d) 天"
        case .drivers: return "影响完工的因素"
        case .driversDescription: return "各任务抽取的工期与项目工期之间的秩相关系数，按强弱排序。"
        case .correlation: return "相关系数"
        case .criticalityIndex: return "关键性"
        case .criticalityDescription: return "任务处于关键路径上的模拟次数占比。"
        case .noEstimates: return "还没有任务填写三点估算。请在进度计划中打开任务，填写乐观、最可能和悲观工期；分析会让这些任务的工期变化。"
        case .uncertainTasks(let n, let total): return "\(total) 项任务中有 \(n) 项填写了三点估算。"
        case .simulationFacts(let iterations, let seed, let ms): return "共 \(iterations) 次模拟，随机种子 \(seed)，用时 \(ms) 毫秒。"
        case .finishBy: return "目标完工日期"
        case .count: return "次数"
        case .cumulative: return "累计完工比例"
        case .deadlineHelp: return "可选：要检验的日期。"
        case .risks: return "风险"
        case .riskRegister: return "风险登记册"
        case .addRisk: return "登记风险"
        case .editRisk: return "编辑风险"
        case .riskTitle: return "标题"
        case .riskKindName(let k):
            switch k {
            case .threat: return "威胁"
            case .opportunity: return "机会"
            }
        case .riskStatusName(let st):
            switch st {
            case .identified: return "已识别"
            case .assessed: return "已评估"
            case .responding: return "应对中"
            case .monitoring: return "监控中"
            case .occurred: return "已发生"
            case .closed: return "已关闭"
            }
        case .riskCategoryName(let c):
            switch c {
            case .technical: return "技术"
            case .external: return "外部"
            case .organisational: return "组织"
            case .projectManagement: return "项目管理"
            case .commercial: return "商务"
            }
        case .strategyName(let st):
            switch st {
            case .avoid: return "规避"
            case .transfer: return "转移"
            case .mitigate: return "减轻"
            case .accept: return "接受"
            case .escalate: return "上报"
            case .exploit: return "开拓"
            case .share: return "分享"
            case .enhance: return "提高"
            }
        case .impactName(let d):
            switch d {
            case .schedule: return "进度影响"
            case .cost: return "成本影响"
            case .quality: return "质量影响"
            case .reputation: return "声誉影响"
            case .safety: return "安全影响"
            }
        case .cause: return "原因"
        case .riskEvent: return "风险事件"
        case .effect: return "后果"
        case .category: return "类别"
        case .trigger: return "触发条件"
        case .proximity: return "可能发生的时间"
        case .raisedOn: return "登记日期"
        case .nextReview: return "下次复核"
        case .inherentAssessment: return "固有风险评估（应对前）"
        case .residualAssessment: return "剩余风险评估（应对后）"
        case .probability: return "概率（1–5）"
        case .score: return "分值"
        case .scoreBand(let b):
            switch b {
            case .low: return "低"
            case .medium: return "中"
            case .high: return "高"
            case .critical: return "极高"
            }
        case .responseStrategy: return "应对策略"
        case .responsePlan: return "应对措施"
        case .contingencyPlan: return "应急计划"
        case .fallbackPlan: return "后备计划"
        case .quantitative: return "用于进度风险分析"
        case .quantitativeHelp: return "发生概率，以及发生时给每项关联任务增加的延误；分析在每次模拟中抽取这些值。"
        case .chancePercent: return "发生概率（%）"
        case .delayOptimistic: return "延误（乐观）"
        case .delayMostLikely: return "延误（最可能）"
        case .delayPessimistic: return "延误（悲观）"
        case .costLow: return "成本影响（低）"
        case .costMode: return "成本影响（最可能）"
        case .costHigh: return "成本影响（高）"
        case .linkedTasks: return "关联任务"
        case .linkedTasksHelp: return "延误落在哪些任务上（按住控制键可多选）。"
        case .noRisks: return "还没有风险。请在下方登记第一项：可能发生什么、原因是什么、会对项目造成什么影响。"
        case .heatInherent: return "固有风险"
        case .heatResidual: return "剩余风险"
        case .riskHeatDescription: return "未关闭的风险，按概率（行）和最严重影响（列）统计。"
        case .worstImpact: return "最严重影响"
        case .overdueReviews(let n): return "\(n) 项复核已逾期"
        case .openRisks(let n): return "\(n) 项未关闭风险"
        case .exposure: return "风险敞口"
        case .expectedMonetaryValue: return "预期货币价值"
        case .assessmentHistory: return "评估历史"
        case .assessmentStage(let st): return st == "residual" ? "剩余" : "固有"
        case .assessedBy: return "评估人"
        case .residualHelp: return "尚未采取应对措施时，概率留空。"
        case .reviewOverdue: return "已逾期"
        case .currentScore: return "当前分值"
        case .inherentScore: return "固有分值"
        case .closedOn: return "关闭日期"
        case .topRisks: return "主要风险"
        case .riskSlotEmpty: return "没有未关闭的风险。在风险登记册中登记风险后，这里会显示最主要的几项。"
        case .riskStatusFilter(let f):
            switch f {
            case .all: return "全部"
            case .open: return "未关闭"
            case .closed: return "已关闭"
            }
        case .overdueOnly: return "仅显示复核逾期"
        case .showingOf(let n, let total): return "显示 \(total) 项中的 \(n) 项"
        case .heatCellFilter(let p, let i): return "概率 \(p)，最严重影响 \(i)"
        case .noMatchingRisks: return "没有符合筛选条件的风险。"
        case .riskActions: return "应对行动"
        case .actionTitle: return "行动"
        case .actionCost: return "费用"
        case .actionStatusName(let a):
            switch a {
            case .open: return "未开始"
            case .inProgress: return "进行中"
            case .done: return "已完成"
            case .cancelled: return "已取消"
            }
        case .addAction: return "添加行动"
        case .noActions: return "还没有行动：请添加由谁在何时之前做什么。"
        case .overdueActions(let n): return "\(n) 项行动已逾期"
        case .awaitsApproval: return "接受策略待批准"
        case .approveAcceptance: return "批准接受"
        case .acceptanceApproved(let who, let when): return "已由\(who)于\(when)批准接受"
        case .acceptanceHelp: return "接受风险须经项目经理或负责人批准；修改策略、评估或影响后需重新批准。"
        case .savedRuns: return "已保存的模拟"
        case .runAndSave: return "后台运行并保存"
        case .runStatus(let st):
            switch st {
            case .queued: return "排队中"
            case .running: return "运行中"
            case .done: return "已完成"
            case .failed: return "失败"
            case .stopping: return "正在停止"
            case .cancelled: return "已停止"
            }
        case .progress: return "进度"
        case .requestedAt: return "提交时间"
        case .staleRun: return "已过时：此后计划或风险登记册有变更"
        case .stopRun: return "停止"
        case .noSavedRuns: return "还没有保存的模拟。大规模模拟（更多迭代）在这里运行并保存结果。"
        case .savedRun: return "已保存的模拟"
        case .runFailed(let why): return "模拟失败：\(why)"
        case .runningNote: return "模拟结束前本页会自动刷新。"
        case .exposureTrend: return "风险敞口趋势"
        case .exposureTrendDescription: return "每周未关闭风险的预期货币价值之和（机会计为负值）。"
        case .scheduleSummary: return "进度概要"
        case .baselineSaved: return "基线已保存。"
        case .manyDependencies(let n): return "共 \(n) 项依赖关系，请在各任务的页面中查看。"
        case .scheduleSettings: return "进度设置"
        case .timeZone: return "时区"
        case .minutesPerDay: return "每日工作分钟数"
        case .criticalThreshold: return "总时差不超过此值即为关键任务"
        case .comparedBaseline: return "对比基线"
        case .calendars: return "日历"
        case .addCalendar: return "添加日历"
        case .editCalendar: return "编辑日历"
        case .template: return "模板"
        case .templateName(let t):
            switch t {
            case .standard: return "标准：周一至周五 08:00–12:00、13:00–17:00"
            case .twentyFourHours: return "全天 24 小时"
            case .china2026: return "标准工作时间，含中国大陆 2026 年法定节假日与调休"
            }
        case .weekday(let d): return ["周一", "周二", "周三", "周四", "周五", "周六", "周日"][d]
        case .hoursHelp: return "如 08:00-12:00, 13:00-17:00；留空表示休息日"
        case .exceptions: return "节假日与调休"
        case .exceptionsHelp: return "每行一项：2026-10-01..2026-10-07 国庆节。调休工作日写上工作时间：2026-09-27 调休 08:00-12:00 13:00-17:00"
        case .settingsAndCalendars: return "设置与日历"
        case .importPlan: return "导入计划"
        case .importHelp: return "XML 格式的计划文件（最大 64 兆字节）或 JSON 网络文件，将替换整个计划。"
        case .file: return "文件"
        case .importAndReplace: return "导入并替换计划"
        case .importFailed: return "未导入任何内容。文件存在以下问题："
        case .selectedTasks: return "对勾选的任务："
        case .finance(let f): return f.zh
        case .time(let t): return t.zh
        case .cash(let c): return c.zh
        case .issue(let i): return i.zh
        case .correlated(let c): return c.zh
        case .scales(let x): return x.zh
        case .kpi(let x): return x.zh
        case .health(let x): return x.zh
        case .inline(let x): return x.zh
        case .fieldError(let e): return Text.fieldErrorZH(e)
        }
    }

    static func fieldErrorEN(_ e: FieldError) -> String {
        switch e.code {
        case .required: return "This field is required."
        case .unknownField: return "This field is not accepted here."
        case .invalidType: return "Expected a value of type \(e.detail["expected"] ?? "other")."
        case .tooLong: return "Too long: at most \(e.detail["max"] ?? "?") characters."
        case .outOfRange:
            let at = e.detail["line"].map { " (line \($0), element \(e.detail["element"] ?? "?"))" } ?? ""
            if e.detail["reason"] == "too_deep" { return "Elements are nested more than \(e.detail["max"] ?? "64") deep\(at)." }
            if e.detail["reason"] == "too_many_elements" { return "The file has more than \(e.detail["max"] ?? "") elements\(at)." }
            if e.detail["reason"] == "outline_too_deep" { return "The outline may be at most \(e.detail["max"] ?? "100") levels deep." }
            if e.detail["reason"] == "summary_links_too_many" {
                return "Links on summary tasks would join more than \(e.detail["max"] ?? "") pairs of subtasks; link the subtasks instead."
            }
            if e.detail["reason"] == "too_many_days" { return "The exceptions cover more than \(e.detail["max"] ?? "") days in all." }
            return "Must be between \(e.detail["min"] ?? "…") and \(e.detail["max"] ?? "…")."
        case .invalidDay: return "Enter a real date as YYYY-MM-DD."
        case .invalidChoice:
            if e.detail["reason"] == "criteria_not_met" { return "“Go” needs every criterion met; choose “Go with conditions”." }
            if e.detail["reason"] == "last_owner" { return "A project needs at least one owner." }
            if e.detail["reason"] == "not_on_yourself" { return "You cannot do this to your own account." }
            if e.detail["reason"] == "ledger_currency" {
                return "The ledger has entries in \(e.detail["choices"] ?? ""); the currency can no longer change."
            }
            return "Choose one of: \(e.detail["choices"] ?? "the listed values")."
        case .invalidAmount:
            if e.detail["reason"] == "grouping" { return "A comma may only group thousands (1,234,567.89); write decimals with a point (1.5)." }
            return "Enter an amount such as 1500000.00."
        case .tooManyDecimals: return "At most \(e.detail["digits"] ?? "2") decimal places."
        case .negative: return "Must not be negative."
        case .unknownCurrency: return "Not an ISO 4217 currency code (e.g. CNY, USD, EUR)."
        case .beforeStart: return "Must not be before the start date."
        case .duplicate: return "This value is already in use."
        case .thresholdWrongSide:
            let side = e.detail["side"] ?? ""
            if side.contains("below") { return "Must be at or below the target (higher is better)." }
            return "Must be at or above the target (lower is better)."
        case .sharesExceedWhole: return "The shares add up to more than 100%."
        case .invalidFormat:
            let line = e.detail["line"].map { " (line \($0))" } ?? ""
            if e.detail["reason"] == "doctype_not_allowed" { return "Document type declarations are not accepted\(line)." }
            if e.detail["reason"] == "unsupported_encoding" {
                return "Save the file as UTF-8 or UTF-16 (it declares \(e.detail["encoding"] ?? "another encoding"))."
            }
            if e.detail["reason"] == "unreadable_encoding" { return "The file's text cannot be read in the encoding it starts with." }
            if e.detail["reason"] == "not_well_formed_xml" { return "Not well-formed XML\(line)." }
            if e.detail["reason"] == "nul_character" { return "Must not contain the NUL character (U+0000)." }
            return "Use this form: \(e.detail["pattern"] ?? "")."
        case .tooShort: return "Too short: at least \(e.detail["min"] ?? "8") characters."
        case .tooFew:
            if e.detail["reason"] == "no_tasks" { return "The plan has no tasks to simulate yet: add tasks first." }
            return "Choose at least \(e.detail["min"] ?? "2")."
        case .notIncreasing: return "Must be greater than the value before it."
        case .commonPassword: return "This password is too common; choose a longer phrase."
        case .mismatch: return "Does not match."
        case .unknown: return "No user has this email address."
        case .unknownReference: return "Refers to something that does not exist."
        case .selfLink: return "A task cannot depend on itself."
        case .linkToOwnSummary: return "A summary task cannot be linked to its own subtasks."
        case .cycle: return "These links form a loop: \(e.detail["tasks"] ?? "")."
        case .invalidDuration: return "Enter a duration such as 3d, 4h, 30m, 2w or 50%."
        case .invalidDateTime: return "Enter a date as YYYY-MM-DD or a date and time as YYYY-MM-DDTHH:MM."
        case .unordered: return "Optimistic must not exceed most likely, nor most likely pessimistic."
        case .periodClosed: return "The period \(e.detail["period"] ?? "") is closed; post into an open period."
        case .reversalOfReversal: return "A reversal cannot be reversed; post a new entry instead."
        case .alreadyReversed: return "This entry has already been reversed."
        case .exceedsOpenCommitment: return "More than the open commitment on this account (\(e.detail["open"] ?? "0"))."
        case .mustBeEmpty: return "Leave this empty."
        case .exceedsBudget: return "This would commit \(e.detail["over"] ?? "") more than the account's approved budget allows."
        case .noExchangeRate:
            return "There is no exchange rate for \(e.detail["currency"] ?? "") on \(e.detail["date"] ?? "") yet; finance adds one first."
        }
    }

    static func fieldErrorZH(_ e: FieldError) -> String {
        switch e.code {
        case .required: return "此项为必填项。"
        case .unknownField: return "不接受此字段。"
        case .invalidType: return "类型不正确，应为 \(e.detail["expected"] ?? "其他")。"
        case .tooLong: return "内容过长，最多 \(e.detail["max"] ?? "?") 个字符。"
        case .outOfRange:
            let at = e.detail["line"].map { "（第 \($0) 行，元素 \(e.detail["element"] ?? "?")）" } ?? ""
            if e.detail["reason"] == "too_deep" { return "元素嵌套超过 \(e.detail["max"] ?? "64") 层\(at)。" }
            if e.detail["reason"] == "too_many_elements" { return "文件的元素超过 \(e.detail["max"] ?? "") 个\(at)。" }
            if e.detail["reason"] == "outline_too_deep" { return "大纲最多 \(e.detail["max"] ?? "100") 级。" }
            if e.detail["reason"] == "summary_links_too_many" { return "摘要任务上的链接将连接超过 \(e.detail["max"] ?? "") 对子任务，请改为链接子任务。" }
            if e.detail["reason"] == "too_many_days" { return "例外日期合计超过 \(e.detail["max"] ?? "") 天。" }
            return "取值须在 \(e.detail["min"] ?? "…") 与 \(e.detail["max"] ?? "…") 之间。"
        case .invalidDay: return "请输入有效日期，格式为 YYYY-MM-DD。"
        case .invalidChoice:
            if e.detail["reason"] == "criteria_not_met" { return "所有标准满足后才能选择“通过”，否则请选择“有条件通过”。" }
            if e.detail["reason"] == "last_owner" { return "项目至少需要一位所有者。" }
            if e.detail["reason"] == "not_on_yourself" { return "不能对自己的账户执行此操作。" }
            if e.detail["reason"] == "ledger_currency" { return "账簿中已有以 \(e.detail["choices"] ?? "") 记账的分录，币种不能再更改。" }
            return "请从以下选项中选择：\(e.detail["choices"] ?? "列出的选项")。"
        case .invalidAmount:
            if e.detail["reason"] == "grouping" { return "逗号只能用作千位分隔（1,234,567.89）；小数请用小数点（1.5）。" }
            return "请输入金额，例如 1500000.00。"
        case .tooManyDecimals: return "小数位最多 \(e.detail["digits"] ?? "2") 位。"
        case .negative: return "不能为负数。"
        case .unknownCurrency: return "不是有效的 ISO 4217 币种代码（如 CNY、USD、EUR）。"
        case .beforeStart: return "不能早于开始日期。"
        case .duplicate: return "该值已被使用。"
        case .thresholdWrongSide:
            let side = e.detail["side"] ?? ""
            if side.contains("below") { return "须不高于目标值（越高越好）。" }
            return "须不低于目标值（越低越好）。"
        case .sharesExceedWhole: return "各项占比合计超过 100%。"
        case .invalidFormat:
            let line = e.detail["line"].map { "（第 \($0) 行）" } ?? ""
            if e.detail["reason"] == "doctype_not_allowed" { return "不接受文档类型声明（DOCTYPE）\(line)。" }
            if e.detail["reason"] == "unsupported_encoding" { return "请将文件另存为 UTF-8 或 UTF-16（文件声明的编码为 \(e.detail["encoding"] ?? "其他编码")）。" }
            if e.detail["reason"] == "unreadable_encoding" { return "无法按文件开头所示的编码读取其内容。" }
            if e.detail["reason"] == "not_well_formed_xml" { return "XML 格式不正确\(line)。" }
            if e.detail["reason"] == "nul_character" { return "不能包含 NUL 字符（U+0000）。" }
            return "请使用以下格式：\(e.detail["pattern"] ?? "")。"
        case .tooShort: return "太短，至少 \(e.detail["min"] ?? "8") 个字符。"
        case .tooFew:
            if e.detail["reason"] == "no_tasks" { return "计划中还没有可模拟的任务，请先添加任务。" }
            return "至少选择 \(e.detail["min"] ?? "2") 项。"
        case .notIncreasing: return "须大于前一个值。"
        case .commonPassword: return "该密码过于常见，请使用更长的短语。"
        case .mismatch: return "不一致。"
        case .unknown: return "没有使用此邮箱的用户。"
        case .unknownReference: return "引用的对象不存在。"
        case .selfLink: return "任务不能依赖自身。"
        case .linkToOwnSummary: return "摘要任务不能与自己的子任务建立链接。"
        case .cycle: return "这些链接构成了循环：\(e.detail["tasks"] ?? "")。"
        case .invalidDuration: return "请输入工期，例如 3d、4h、30m、2w 或 50%。"
        case .invalidDateTime: return "请输入日期 YYYY-MM-DD，或日期时间 YYYY-MM-DDTHH:MM。"
        case .unordered: return "须满足：乐观值 ≤ 最可能值 ≤ 悲观值。"
        case .periodClosed: return "会计期间 \(e.detail["period"] ?? "") 已关闭，请过账到未关闭的期间。"
        case .reversalOfReversal: return "冲销分录不能再被冲销，请另行过账。"
        case .alreadyReversed: return "该分录已被冲销。"
        case .exceedsOpenCommitment: return "超过该成本账户未结的承诺金额（\(e.detail["open"] ?? "0")）。"
        case .mustBeEmpty: return "此项须留空。"
        case .exceedsBudget: return "该承诺将超出账户批准预算允许的金额 \(e.detail["over"] ?? "")。"
        case .noExchangeRate: return "\(e.detail["date"] ?? "")尚无\(e.detail["currency"] ?? "")的汇率，请先由财务添加。"
        }
    }
}
