import KeelApp
import KeelCore
import KeelStore

/// Every user-visible string of the UI, in every language. The switches are exhaustive, so a string
/// missing from one language does not compile.
package enum Text: LocalizedText {
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
    case totalFloat, freeFloat, critical, owner, percentComplete, progressAsOf, progressAsOfHelp, addTask, editTask, dependencies, addDependency,
        predecessor, successor
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

    package func string(_ locale: UILocale) -> String { bilingual.string(locale) }

    package var bilingual: Bilingual {
        switch self {
        case .appName: return Bilingual("Keel", "Keel")
        case .tagline: return Bilingual("Project operations, live", "让项目运营方案实时运转")
        case .skipToContent: return Bilingual("Skip to content", "跳到正文")
        case .language: return Bilingual("Language", "语言")
        case .switchLanguage: return Bilingual("中文", "English")
        case .mainNavigation: return Bilingual("Main navigation", "主导航")
        case .portfolio: return Bilingual("Portfolio", "项目组合")
        case .footerNote: return Bilingual("Keel — the operations plan as a running system", "Keel —— 让运营管理方案成为运行中的系统")
        case .save: return Bilingual("Save", "保存")
        case .cancel: return Bilingual("Cancel", "取消")
        case .edit: return Bilingual("Edit", "编辑")
        case .delete: return Bilingual("Delete", "删除")
        case .add: return Bilingual("Add", "添加")
        case .filter: return Bilingual("Filter", "筛选")
        case .reset: return Bilingual("Reset", "重置")
        case .all: return Bilingual("All", "全部")
        case .none: return Bilingual("None", "无")
        case .yes: return Bilingual("Yes", "是")
        case .no: return Bilingual("No", "否")
        case .actions: return Bilingual("Actions", "操作")
        case .previous: return Bilingual("Previous", "上一页")
        case .next: return Bilingual("Next", "下一页")
        case .search: return Bilingual("Search", "搜索")
        case .pageOf(let a, let b): return Bilingual("Page \(a) of \(b)", "第 \(a) 页，共 \(b) 页")
        case .itemsTotal(let n): return Bilingual(n == 1 ? "1 project" : "\(n) projects", "共 \(n) 个项目")
        case .savedMessage: return Bilingual("Saved.", "已保存。")
        case .deletedMessage: return Bilingual("Deleted.", "已删除。")
        case .confirmDelete: return Bilingual("Delete this for good?", "确定要永久删除吗？")
        case .fixErrors: return Bilingual("Please correct the fields marked below.", "请修改下方标出的字段。")
        case .staleEdit:
            return Bilingual(
                "Someone else changed this record while you were editing. Their version is shown below; re-apply your change.",
                "在您编辑期间，其他人修改了这条记录。下方显示的是最新版本，请重新应用您的修改。"
            )
        case .notFoundTitle: return Bilingual("Not found", "未找到")
        case .notFoundBody: return Bilingual("There is nothing at this address, or it has been deleted.", "此地址没有内容，或内容已被删除。")
        case .errorTitle: return Bilingual("Something went wrong", "出错了")
        case .errorBody:
            return Bilingual("The server could not complete the request. Nothing was changed. Try again in a moment.", "服务器未能完成请求，数据未被修改。请稍后重试。")
        case .backToPortfolio: return Bilingual("Back to the portfolio", "返回项目组合")
        case .optional: return Bilingual("optional", "选填")
        case .required: return Bilingual("required", "必填")
        case .notSet: return Bilingual("—", "—")
        case .portfolioTitle: return Bilingual("Portfolio", "项目组合")
        case .newProject: return Bilingual("New project", "新建项目")
        case .portfolioEmpty: return Bilingual("No projects match.", "没有符合条件的项目。")
        case .portfolioEmptyHint:
            return Bilingual(
                "Create a project, or clear the filters. To explore with sample data, run “keel demo”.",
                "新建一个项目，或清除筛选条件。如需示例数据，请运行“keel demo”。"
            )
        case .status: return Bilingual("Status", "状态")
        case .sponsor: return Bilingual("Sponsor", "发起人")
        case .sortBy: return Bilingual("Sort by", "排序")
        case .descending: return Bilingual("Descending", "降序")
        case .code: return Bilingual("Code", "编号")
        case .codeHelp: return Bilingual("Short unique key, e.g. ECOM-2027 (letters, digits, - _ .)", "简短且唯一的编号，例如 ECOM-2027（字母、数字及 - _ .）")
        case .name: return Bilingual("Name", "名称")
        case .goal: return Bilingual("Goal", "项目目标")
        case .audience: return Bilingual("Audience", "项目受众")
        case .valueProposition: return Bilingual("Value to the audience", "为受众提供的价值")
        case .methodology: return Bilingual("Methodology", "项目方法论")
        case .plannedStart: return Bilingual("Planned start", "计划开始")
        case .plannedFinish: return Bilingual("Planned finish", "计划完成")
        case .budget: return Bilingual("Budget", "预算")
        case .budgetAmount: return Bilingual("Budget amount", "预算金额")
        case .currency: return Bilingual("Currency", "币种")
        case .allocations: return Bilingual("Budget allocation", "预算分配")
        case .allocationsHelp:
            return Bilingual("Where the budget goes, as shares of the whole (they may not exceed 100%).", "预算的主要投向及其占比（合计不得超过 100%）。")
        case .direction: return Bilingual("Direction", "分配方向")
        case .sharePercent: return Bilingual("Share %", "占比 %")
        case .amount: return Bilingual("Amount", "金额")
        case .expectedBenefits: return Bilingual("Expected benefits", "预期效益")
        case .projectStatus(let s):
            switch s {
            case .proposed: return Bilingual("Proposed", "提议中")
            case .active: return Bilingual("Active", "进行中")
            case .onHold: return Bilingual("On hold", "暂停")
            case .closed: return Bilingual("Closed", "已关闭")
            case .archived: return Bilingual("Archived", "已归档")
            }
        case .unallocated: return Bilingual("Unallocated", "未分配")
        case .overview: return Bilingual("Overview", "概览")
        case .charter: return Bilingual("Charter", "项目章程")
        case .editCharter: return Bilingual("Edit charter", "编辑章程")
        case .createProject: return Bilingual("Create project", "创建项目")
        case .objectives: return Bilingual("Objectives & KPIs", "目标与 KPI")
        case .stakeholders: return Bilingual("Stakeholders", "项目参与方")
        case .lifecycle: return Bilingual("Lifecycle", "生命周期")
        case .projectDuration(let d): return Bilingual("\(d) calendar days", "共 \(d) 个日历日")
        case .currentPhase: return Bilingual("Current phase", "当前阶段")
        case .allPhasesDone: return Bilingual("All phases done", "所有阶段已完成")
        case .noObjectives: return Bilingual("No objectives yet. Add the first measurable goal below.", "尚无目标。请在下方添加第一个可衡量的目标。")
        case .noStakeholders: return Bilingual("No stakeholders yet. Add the sponsor and the project manager first.", "尚无参与方。请先添加项目发起人和项目经理。")
        case .deleteProject: return Bilingual("Delete project", "删除项目")
        case .objective: return Bilingual("Objective", "目标")
        case .unit: return Bilingual("Unit", "单位")
        case .baseline: return Bilingual("Baseline", "基准值")
        case .target: return Bilingual("Target", "目标值")
        case .kpiDirection(let d):
            switch d {
            case .higherIsBetter: return Bilingual("Higher is better", "越高越好")
            case .lowerIsBetter: return Bilingual("Lower is better", "越低越好")
            }
        case .redThreshold: return Bilingual("Red threshold", "红色阈值")
        case .amberThreshold: return Bilingual("Amber threshold", "黄色阈值")
        case .dueDate: return Bilingual("Due date", "截止日期")
        case .addObjective: return Bilingual("Add objective", "添加目标")
        case .editObjective: return Bilingual("Edit objective", "编辑目标")
        case .thresholdsHelp:
            return Bilingual(
                "A value past the amber threshold shows amber, past the red one red. Both lie on the far side of the target.",
                "数值越过黄色阈值显示黄色，越过红色阈值显示红色；两个阈值都位于目标值的不利一侧。"
            )
        case .rag(let r):
            switch r {
            case .red: return Bilingual("Red", "红")
            case .amber: return Bilingual("Amber", "黄")
            case .green: return Bilingual("Green", "绿")
            }
        case .position: return Bilingual("Order", "顺序")
        case .stakeholder: return Bilingual("Stakeholder", "参与方")
        case .kind: return Bilingual("Kind", "类别")
        case .stakeholderKind(let k):
            switch k {
            case .sponsor: return Bilingual("Sponsor", "项目发起人")
            case .projectManager: return Bilingual("Project manager", "项目经理")
            case .teamMember: return Bilingual("Team member", "项目团队成员")
            case .supplier: return Bilingual("Supplier / partner", "供应商与合作伙伴")
            case .customer: return Bilingual("Customer / end user", "客户与最终用户")
            case .regulator: return Bilingual("Regulator", "政府与监管机构")
            case .consultant: return Bilingual("Consultant / auditor", "咨询与审计机构")
            }
        case .organisation: return Bilingual("Organisation", "所属组织")
        case .contact: return Bilingual("Contact", "联系方式")
        case .influence: return Bilingual("Influence (1–5)", "影响力（1–5）")
        case .interest: return Bilingual("Interest (1–5)", "关注度（1–5）")
        case .engagement(let e):
            switch e {
            case .unaware: return Bilingual("Unaware", "不知情")
            case .resistant: return Bilingual("Resistant", "抵触")
            case .neutral: return Bilingual("Neutral", "中立")
            case .supportive: return Bilingual("Supportive", "支持")
            case .leading: return Bilingual("Leading", "主导")
            }
        case .currentEngagement: return Bilingual("Current engagement", "当前参与度")
        case .desiredEngagement: return Bilingual("Desired engagement", "期望参与度")
        case .communicationNeeds: return Bilingual("Communication needs", "沟通需求")
        case .addStakeholder: return Bilingual("Add stakeholder", "添加参与方")
        case .editStakeholder: return Bilingual("Edit stakeholder", "编辑参与方")
        case .quadrant(let q):
            switch q {
            case .manageClosely: return Bilingual("Manage closely", "重点管理")
            case .keepSatisfied: return Bilingual("Keep satisfied", "保持满意")
            case .keepInformed: return Bilingual("Keep informed", "及时告知")
            case .monitor: return Bilingual("Monitor", "持续关注")
            }
        case .strategy: return Bilingual("Strategy", "管理策略")
        case .gridTitle: return Bilingual("Influence / interest grid", "影响力 / 关注度矩阵")
        case .gridDescription:
            return Bilingual("Each dot is a stakeholder placed by influence (vertical) and interest (horizontal).", "每个圆点代表一个参与方，纵轴为影响力，横轴为关注度。")
        case .scoreHelp: return Bilingual("1 = very low, 5 = very high", "1 = 很低，5 = 很高")
        case .engagementGap: return Bilingual("Engagement", "参与度")
        case .phase: return Bilingual("Phase", "阶段")
        case .phaseKind(let k):
            switch k {
            case .initiation: return Bilingual("Initiation", "启动")
            case .planning: return Bilingual("Planning", "规划")
            case .execution: return Bilingual("Execution", "实施")
            case .monitoring: return Bilingual("Monitoring & control", "监控")
            case .closing: return Bilingual("Closing & transition", "收尾与过渡")
            case .custom: return Bilingual("Custom", "自定义")
            }
        case .phaseState(let s):
            switch s {
            case .notStarted: return Bilingual("Not started", "未开始")
            case .inProgress: return Bilingual("In progress", "进行中")
            case .done: return Bilingual("Done", "已完成")
            }
        case .actualStart: return Bilingual("Actual start", "实际开始")
        case .actualFinish: return Bilingual("Actual finish", "实际完成")
        case .addPhase: return Bilingual("Add phase", "添加阶段")
        case .editPhase: return Bilingual("Edit phase", "编辑阶段")
        case .customPhaseHelp:
            return Bilingual("A custom phase needs a name; standard phases take theirs from the language.", "自定义阶段需要填写名称；标准阶段的名称随界面语言显示。")
        case .state: return Bilingual("State", "进度")
        case .gateReviews: return Bilingual("Gate reviews", "阶段门评审")
        case .gateReview: return Bilingual("Gate review", "阶段门评审")
        case .addGateReview: return Bilingual("Add gate review", "添加阶段门评审")
        case .editGateReview: return Bilingual("Edit gate review", "编辑阶段门评审")
        case .criteria: return Bilingual("Criteria checklist", "评审标准清单")
        case .criteriaHelp: return Bilingual("One criterion per line. Start a line with [x] when the criterion is met.", "每行一条标准；已满足的标准以 [x] 开头。")
        case .decision: return Bilingual("Decision", "评审结论")
        case .gateDecision(let d):
            switch d {
            case .go: return Bilingual("Go", "通过")
            case .goWithConditions: return Bilingual("Go with conditions", "有条件通过")
            case .recycle: return Bilingual("Recycle", "返工")
            case .stop: return Bilingual("Stop", "终止")
            }
        case .pending: return Bilingual("Pending", "待评审")
        case .decider: return Bilingual("Decided by", "决策人")
        case .decidedOn: return Bilingual("Decision date", "决策日期")
        case .notes: return Bilingual("Notes", "备注")
        case .criteriaMet(let a, let b): return Bilingual("\(a) of \(b) criteria met", "已满足 \(a)/\(b) 条标准")
        case .noGateReviews: return Bilingual("No gate reviews yet.", "尚无阶段门评审。")
        case .users: return Bilingual("Users", "用户")
        case .signIn: return Bilingual("Sign in", "登录")
        case .signOut: return Bilingual("Sign out", "退出")
        case .signInTitle: return Bilingual("Sign in to Keel", "登录 Keel")
        case .setupTitle: return Bilingual("Set up Keel", "初始化 Keel")
        case .setupIntro:
            return Bilingual(
                "No one has an account yet. Create the first administrator; more people can be added afterwards.",
                "目前还没有任何账户。请先创建第一位管理员，之后可再添加其他人员。"
            )
        case .email: return Bilingual("Email", "电子邮箱")
        case .displayName: return Bilingual("Name", "姓名")
        case .password: return Bilingual("Password", "密码")
        case .passwordConfirmation: return Bilingual("Repeat the password", "再次输入密码")
        case .passwordHelp:
            return Bilingual("At least 8 characters; a long phrase is best. Common passwords are refused.", "至少 8 个字符，建议使用较长的短语；常见密码将被拒绝。")
        case .signInFailed: return Bilingual("That email and password do not match an active account.", "邮箱与密码不匹配任何有效账户。")
        case .failedSignInsSinceLast(let n):
            return Bilingual(
                "\(n) failed sign-in attempt\(n == 1 ? "" : "s") on your account since your last sign-in. If that was not you, change your password; an administrator can see where they came from in the audit trail.",
                "自您上次登录以来，您的账户有 \(n) 次登录失败。如果不是您本人所为，请修改密码；管理员可在审计记录中查看其来源。"
            )
        case .revokeTokensWithPassword: return Bilingual("Also revoke my API tokens", "同时吊销我的 API 令牌")
        case .unlockSignIn: return Bilingual("Unlock sign-in", "解除登录锁定")
        case .tooManyAttempts(let s):
            return Bilingual("Too many failed attempts. Try again in \(max(1, (s + 59) / 60)) minutes.", "失败次数过多，请 \(max(1, (s + 59) / 60)) 分钟后再试。")
        case .account: return Bilingual("Your account", "我的账户")
        case .changePassword: return Bilingual("Change password", "修改密码")
        case .currentPassword: return Bilingual("Current password", "当前密码")
        case .newPassword: return Bilingual("New password", "新密码")
        case .newPasswordConfirmation: return Bilingual("Repeat the new password", "再次输入新密码")
        case .passwordChanged: return Bilingual("Password changed. Your other sessions have been signed out.", "密码已修改，您的其他会话均已退出。")
        case .apiTokens: return Bilingual("API tokens", "API 令牌")
        case .apiTokensHelp:
            return Bilingual(
                "Tokens let scripts call the API as you: send “Authorization: Bearer <token>”. A token is shown once.",
                "令牌可让脚本以您的身份调用 API：发送“Authorization: Bearer <令牌>”。令牌只显示一次。"
            )
        case .tokenName: return Bilingual("Token name", "令牌名称")
        case .expiresOn: return Bilingual("Expires on", "到期日")
        case .createToken: return Bilingual("Create token", "创建令牌")
        case .tokenCreated: return Bilingual("Copy this token now; it will not be shown again:", "请立即复制此令牌，它不会再次显示：")
        case .revoke: return Bilingual("Revoke", "吊销")
        case .never: return Bilingual("never", "从未")
        case .lastUsed: return Bilingual("Last used", "最近使用")
        case .createdAt: return Bilingual("Created", "创建时间")
        case .revokedAt: return Bilingual("Revoked", "吊销时间")
        case .members: return Bilingual("Members", "项目成员")
        case .addMember: return Bilingual("Add or change a member", "添加或变更成员")
        case .role: return Bilingual("Role", "角色")
        case .roleName(let r):
            switch r {
            case .owner: return Bilingual("Owner", "所有者")
            case .manager: return Bilingual("Manager", "项目经理")
            case .member: return Bilingual("Member", "成员")
            case .finance: return Bilingual("Finance", "财务")
            case .viewer: return Bilingual("Viewer", "查看者")
            case .auditor: return Bilingual("Auditor", "审计员")
            }
        case .roleHelp:
            return Bilingual(
                "Owners control everything; managers run the plan and the team; viewers and auditors only read (auditors also see the audit trail).",
                "所有者拥有全部权限；项目经理管理计划与团队；查看者与审计员只读（审计员还可查看审计记录）。"
            )
        case .administrator: return Bilingual("Administrator", "管理员")
        case .disabled: return Bilingual("Disabled", "已停用")
        case .createUser: return Bilingual("Add user", "添加用户")
        case .resetPassword: return Bilingual("Set a new password", "设置新密码")
        case .disable: return Bilingual("Disable", "停用")
        case .enable: return Bilingual("Enable", "启用")
        case .forbiddenTitle: return Bilingual("Not allowed", "无权操作")
        case .forbiddenBody:
            return Bilingual("Your role on this project does not allow this. Ask an owner or manager.", "您在此项目中的角色不允许此操作，请联系所有者或项目经理。")
        case .noMembers: return Bilingual("No members yet.", "尚无成员。")
        case .signedInAs: return Bilingual("Signed in as", "当前用户")
        case .yourValue: return Bilingual("Your version:", "您的修改：")
        case .allocationsChartDescription: return Bilingual("Each bar is the amount of the budget allocated to one direction.", "每个条形表示分配给一个方向的预算金额。")
        case .phaseTimeline: return Bilingual("Phase timeline", "阶段时间线")
        case .phaseTimelineDescription:
            return Bilingual(
                "Planned dates of each phase as bars, actual dates as thin bars beneath, today as a vertical line.",
                "条形为各阶段的计划日期，下方细条为实际日期，竖线表示今天。"
            )
        case .planned: return Bilingual("Planned", "计划")
        case .actual: return Bilingual("Actual", "实际")
        case .upcomingGates: return Bilingual("Phase ends in the next 30 days", "未来 30 天内结束的阶段")
        case .noUpcomingGates: return Bilingual("No phase ends in the next 30 days.", "未来 30 天内没有阶段结束。")
        case .heatDescription:
            return Bilingual("Number of stakeholders in each cell of influence (rows) by interest (columns).", "按影响力（行）与关注度（列）统计的各格参与方数量。")
        case .slotSchedule: return Bilingual("Schedule health", "进度健康度")
        case .slotScheduleBody:
            return Bilingual(
                "Add the first task of the work plan to see the finish date, the critical path and missed deadlines here.",
                "为工作计划添加第一项任务后，此处将显示完工日期、关键路径与逾期任务。"
            )
        case .slotEarnedValue: return Bilingual("Earned value", "挣值")
        case .slotEarnedValueBody:
            return Bilingual(
                "Cost and schedule performance (CPI, SPI) appear here once budgets and the cost ledger are set up.",
                "设置预算与成本台账后，此处将显示成本与进度绩效（CPI、SPI）。"
            )
        case .slotRisks: return Bilingual("Top risks", "主要风险")
        case .slotRisksBody:
            return Bilingual(
                "The highest-scoring threats and opportunities appear here once the risk register is set up.",
                "设置风险登记册后，此处将显示得分最高的威胁与机会。"
            )
        case .slotCash: return Bilingual("Cash", "现金")
        case .slotCashBody:
            return Bilingual(
                "The projected cash balance and shortfall warnings appear here once the cash-flow plan is set up.",
                "设置现金流计划后，此处将显示预计现金余额与短缺预警。"
            )
        case .notSetUp: return Bilingual("Not set up yet", "尚未设置")
        case .auditActionName(let a):
            switch a {
            case "create": return Bilingual("Created", "创建")
            case "update": return Bilingual("Changed", "修改")
            case "delete": return Bilingual("Deleted", "删除")
            case "sign_in": return Bilingual("Signed in", "登录")
            case "sign_in_failed": return Bilingual("Failed sign-in", "登录失败")
            case "unlock": return Bilingual("Sign-in unlocked", "解除登录锁定")
            case "change_password": return Bilingual("Changed password", "修改密码")
            case "revoke": return Bilingual("Revoked", "吊销")
            case "denied": return Bilingual("Refused", "拒绝")
            case "move": return Bilingual("Moved", "移动")
            case "import": return Bilingual("Imported", "导入")
            case "save_baseline": return Bilingual("Saved a baseline", "保存基线")
            case "approve": return Bilingual("Approved", "批准")
            case "stop": return Bilingual("Stopped", "停止")
            case "delete_baseline": return Bilingual("Cleared a baseline", "清除基线")
            case "post": return Bilingual("Posted", "过账")
            case "reverse": return Bilingual("Reversed", "冲销")
            case "close_period": return Bilingual("Closed a period", "关闭期间")
            case "submit": return Bilingual("Submitted", "提交")
            case "reject": return Bilingual("Rejected", "退回")
            default: return Bilingual(a, a)
            }
        case .keyboardShortcuts: return Bilingual("Keyboard shortcuts", "键盘快捷键")
        case .shortcutsIntro:
            return Bilingual(
                "Shortcuts work anywhere except while typing in a field. Everything they do can also be done with the mouse.",
                "除在输入框中输入时外，快捷键在任何页面都可使用；其功能也都可以用鼠标完成。"
            )
        case .key: return Bilingual("Key", "按键")
        case .shortcutSearch: return Bilingual("Focus the search or the first field of the page", "聚焦到搜索框或页面的第一个输入框")
        case .shortcutPortfolio: return Bilingual("Go to the portfolio", "前往项目组合")
        case .shortcutSwitch: return Bilingual("Jump to another project (type its code or part of its name)", "切换到其他项目（输入编号或名称的一部分）")
        case .goToProject: return Bilingual("Go to project", "转到项目")
        case .goToProjectPlaceholder: return Bilingual("Go to project: code or name", "转到项目：编号或名称")
        case .shortcutNew: return Bilingual("New project (on the portfolio)", "新建项目（在项目组合页）")
        case .shortcutEdit: return Bilingual("Edit the charter (on a project)", "编辑章程（在项目页）")
        case .shortcutHelp: return Bilingual("Show this page", "显示本页")
        case .shortcutEscape: return Bilingual("Leave the field you are typing in", "离开当前输入框")
        case .sortColumn: return Bilingual("Sort by this column", "按此列排序")
        case .auditTrail: return Bilingual("Audit trail", "审计记录")
        case .exportCSV: return Bilingual("Export CSV", "导出 CSV")
        case .auditAction: return Bilingual("Action", "操作")
        case .auditObject: return Bilingual("Object", "对象")
        case .auditActor: return Bilingual("Who", "操作人")
        case .auditWhen: return Bilingual("When (UTC)", "时间（UTC）")
        case .auditChanges: return Bilingual("Changes", "变更内容")
        case .from: return Bilingual("From", "起始日期")
        case .to: return Bilingual("To", "截止日期")
        case .noAuditEvents: return Bilingual("No recorded changes match.", "没有符合条件的变更记录。")
        case .schedule: return Bilingual("Schedule", "进度计划")
        case .ganttTitle: return Bilingual("Gantt chart", "甘特图")
        case .ganttDescription:
            return Bilingual(
                "One bar per task from its start to its finish; critical tasks in red, milestones as diamonds, summaries as brackets, the baseline as a thin bar beneath, the status date as a dashed line.",
                "每项任务一根横条，从开始到完成；关键任务为红色，里程碑为菱形，摘要任务为括号形，基线为横条下方的细条，状态日期为虚线。"
            )
        case .zoom: return Bilingual("Zoom", "缩放")
        case .zoomLevel(let z):
            switch z {
            case .day: return Bilingual("Days", "日")
            case .week: return Bilingual("Weeks", "周")
            case .month: return Bilingual("Months", "月")
            case .quarter: return Bilingual("Quarters", "季度")
            }
        case .task: return Bilingual("Task", "任务")
        case .tasks: return Bilingual("Tasks", "任务")
        case .duration: return Bilingual("Duration", "工期")
        case .durationHelp: return Bilingual("Working time, e.g. 3d, 4h, 30m, 2w", "工作时间，如 3d、4h、30m、2w")
        case .start: return Bilingual("Start", "开始")
        case .finish: return Bilingual("Finish", "完成")
        case .totalFloat: return Bilingual("Total float", "总时差")
        case .freeFloat: return Bilingual("Free float", "自由时差")
        case .critical: return Bilingual("Critical", "关键")
        case .owner: return Bilingual("Owner", "负责人")
        case .percentComplete: return Bilingual("% complete", "完成百分比")
        case .progressAsOf: return Bilingual("Progress as of", "进度截至")
        case .progressAsOfHelp:
            return Bilingual(
                "The day the % complete is true at; empty: the plan's status date, else today.",
                "完成百分比所对应的日期；留空则为计划的状态日期，未设置时为今天。"
            )
        case .addTask: return Bilingual("Add a task", "添加任务")
        case .editTask: return Bilingual("Edit task", "编辑任务")
        case .dependencies: return Bilingual("Dependencies", "依赖关系")
        case .addDependency: return Bilingual("Add a dependency", "添加依赖关系")
        case .predecessor: return Bilingual("Predecessor", "紧前任务")
        case .successor: return Bilingual("Successor", "紧后任务")
        case .linkType: return Bilingual("Type", "类型")
        case .linkTypeName(let t):
            switch t {
            case .finishToStart: return Bilingual("Finish to start (FS)", "完成-开始（FS）")
            case .startToStart: return Bilingual("Start to start (SS)", "开始-开始（SS）")
            case .finishToFinish: return Bilingual("Finish to finish (FF)", "完成-完成（FF）")
            case .startToFinish: return Bilingual("Start to finish (SF)", "开始-完成（SF）")
            }
        case .lag: return Bilingual("Lag", "延隔时间")
        case .lagHelp:
            return Bilingual(
                "2d waits two working days, -1d overlaps by one, 2ed counts calendar days, 50% is half the predecessor",
                "2d 表示等待两个工作日，-1d 表示提前重叠一天，2ed 按日历天计，50% 为紧前任务工期的一半"
            )
        case .parentTask: return Bilingual("Under", "所属摘要任务")
        case .topLevel: return Bilingual("Top level", "顶层")
        case .milestone: return Bilingual("Milestone", "里程碑")
        case .saveBaseline: return Bilingual("Save baseline", "保存基线")
        case .baselineName(let n): return Bilingual(n == 0 ? "Baseline" : "Baseline \(n)", n == 0 ? "基线" : "基线\(n)")
        case .baselineNumber: return Bilingual("Baseline", "基线")
        case .projectFinish: return Bilingual("Project finish", "项目完工")
        case .statusDate: return Bilingual("Status date", "状态日期")
        case .criticalTasks(let n): return Bilingual(n == 1 ? "1 critical task" : "\(n) critical tasks", "关键任务 \(n) 项")
        case .missedDeadlines(let n): return Bilingual(n == 1 ? "1 missed deadline" : "\(n) missed deadlines", "逾期 \(n) 项")
        case .noTasks:
            return Bilingual("No tasks yet. Add the first one below, or import a plan file through the API.", "尚无任务。请在下方添加第一项任务，也可以通过接口导入计划文件。")
        case .noDependencies: return Bilingual("No dependencies yet.", "尚无依赖关系。")
        case .exportXML: return Bilingual("Export for MS Project (XML)", "导出 XML 计划文件")
        case .constraint: return Bilingual("Constraint", "限制类型")
        case .constraintName(let c):
            switch c {
            case .asSoonAsPossible: return Bilingual("As soon as possible", "越早越好")
            case .asLateAsPossible: return Bilingual("As late as possible", "越晚越好")
            case .mustStartOn: return Bilingual("Must start on", "必须开始于")
            case .mustFinishOn: return Bilingual("Must finish on", "必须完成于")
            case .startNoEarlierThan: return Bilingual("Start no earlier than", "不得早于…开始")
            case .startNoLaterThan: return Bilingual("Start no later than", "不得晚于…开始")
            case .finishNoEarlierThan: return Bilingual("Finish no earlier than", "不得早于…完成")
            case .finishNoLaterThan: return Bilingual("Finish no later than", "不得晚于…完成")
            }
        case .constraintDate: return Bilingual("Constraint date", "限制日期")
        case .deadline: return Bilingual("Deadline", "期限")
        case .remaining: return Bilingual("Remaining duration", "剩余工期")
        case .estimateOptimistic: return Bilingual("Optimistic duration", "乐观工期")
        case .estimateMostLikely: return Bilingual("Most likely duration", "最可能工期")
        case .estimatePessimistic: return Bilingual("Pessimistic duration", "悲观工期")
        case .calendar: return Bilingual("Calendar", "日历")
        case .projectCalendarDefault: return Bilingual("Project calendar", "项目日历")
        case .priority: return Bilingual("Priority", "优先级")
        case .indent: return Bilingual("Indent", "降级")
        case .outdent: return Bilingual("Outdent", "升级")
        case .dateTimeHelp: return Bilingual("Date, or date and time", "日期，或日期和时间")
        case .variance: return Bilingual("Variance", "偏差")
        case .finishVariance(let d): return Bilingual("Finish \(d) days against the baseline", "完成时间较基线偏差 \(d) 天")
        case .onSchedule: return Bilingual("On baseline", "与基线一致")
        case .riskAnalysis: return Bilingual("Schedule risk analysis", "进度风险分析")
        case .riskAnalysisIntro:
            return Bilingual(
                "Runs the plan many times with each task's duration drawn from its three-point estimate, through the same critical-path rules as the schedule, and shows how likely each finish date is and which tasks drive it.",
                "按每项任务的三点估算抽取工期，用与进度计划相同的关键路径规则反复计算整个计划，显示各完工日期的可能性以及主要影响因素。"
            )
        case .iterations: return Bilingual("Iterations", "迭代次数")
        case .seed: return Bilingual("Seed", "随机种子")
        case .seedHelp: return Bilingual("The same plan and seed always give the same numbers.", "同一计划和同一种子总是得到相同的结果。")
        case .distributionShape: return Bilingual("Distribution", "分布")
        case .distributionName(let d):
            switch d {
            case .triangular: return Bilingual("Triangular", "三角分布")
            case .pert: return Bilingual("Beta-PERT (λ = 4)", "PERT（β 分布，λ = 4）")
            }
        case .runSimulation: return Bilingual("Run", "运行")
        case .deterministicFinish: return Bilingual("Planned finish", "计划完工")
        case .percentileFinish(let p): return Bilingual("P\(p) finish", "P\(p) 完工")
        case .contingencyP80(let d): return Bilingual("\(d) working days of contingency for 80% confidence", "达到 80% 把握需预留 \(d) 个工作日")
        case .probabilityOfDeadline(let p): return Bilingual("Chance of finishing by the date: \(p)", "在该日期前完工的概率：\(p)")
        case .finishDistribution: return Bilingual("Project duration", "项目工期分布")
        case .finishDistributionDescription:
            return Bilingual(
                "How many runs ended in each range of working days, with the share finished by then as a line.",
                "各工作日区间内结束的模拟次数，折线为截至该处已完工的比例。"
            )
        case .percentile: return Bilingual("Percentile", "百分位")
        case .workingDays: return Bilingual("Working days", "工作日")
        case .daysValue(let d): return Bilingual("\(d) d", "\(d) 天")
        case .drivers: return Bilingual("What drives the finish", "影响完工的因素")
        case .driversDescription:
            return Bilingual(
                "Rank correlation between each task's drawn duration and the project duration, strongest first.",
                "各任务抽取的工期与项目工期之间的秩相关系数，按强弱排序。"
            )
        case .correlation: return Bilingual("Correlation", "相关系数")
        case .criticalityIndex: return Bilingual("Criticality", "关键性")
        case .criticalityDescription: return Bilingual("Share of runs in which the task was on the critical path.", "任务处于关键路径上的模拟次数占比。")
        case .noEstimates:
            return Bilingual(
                "No task has a three-point estimate yet. Open a task on the schedule and enter its optimistic, most likely and pessimistic durations; the analysis varies those tasks.",
                "还没有任务填写三点估算。请在进度计划中打开任务，填写乐观、最可能和悲观工期；分析会让这些任务的工期变化。"
            )
        case .uncertainTasks(let n, let total):
            return Bilingual("\(n) of \(total) tasks have three-point estimates.", "\(total) 项任务中有 \(n) 项填写了三点估算。")
        case .simulationFacts(let iterations, let seed, let ms):
            return Bilingual("\(iterations) runs, seed \(seed), \(ms) ms.", "共 \(iterations) 次模拟，随机种子 \(seed)，用时 \(ms) 毫秒。")
        case .finishBy: return Bilingual("Finish by", "目标完工日期")
        case .count: return Bilingual("Runs", "次数")
        case .cumulative: return Bilingual("Finished by then", "累计完工比例")
        case .deadlineHelp: return Bilingual("Optional: the date to test.", "可选：要检验的日期。")
        case .risks: return Bilingual("Risks", "风险")
        case .riskRegister: return Bilingual("Risk register", "风险登记册")
        case .addRisk: return Bilingual("Raise a risk", "登记风险")
        case .editRisk: return Bilingual("Edit risk", "编辑风险")
        case .riskTitle: return Bilingual("Title", "标题")
        case .riskKindName(let k):
            switch k {
            case .threat: return Bilingual("Threat", "威胁")
            case .opportunity: return Bilingual("Opportunity", "机会")
            }
        case .riskStatusName(let st):
            switch st {
            case .identified: return Bilingual("Identified", "已识别")
            case .assessed: return Bilingual("Assessed", "已评估")
            case .responding: return Bilingual("Responding", "应对中")
            case .monitoring: return Bilingual("Monitoring", "监控中")
            case .occurred: return Bilingual("Occurred", "已发生")
            case .closed: return Bilingual("Closed", "已关闭")
            }
        case .riskCategoryName(let c):
            switch c {
            case .technical: return Bilingual("Technical", "技术")
            case .external: return Bilingual("External", "外部")
            case .organisational: return Bilingual("Organisational", "组织")
            case .projectManagement: return Bilingual("Project management", "项目管理")
            case .commercial: return Bilingual("Commercial", "商务")
            }
        case .strategyName(let st):
            switch st {
            case .avoid: return Bilingual("Avoid", "规避")
            case .transfer: return Bilingual("Transfer", "转移")
            case .mitigate: return Bilingual("Mitigate", "减轻")
            case .accept: return Bilingual("Accept", "接受")
            case .escalate: return Bilingual("Escalate", "上报")
            case .exploit: return Bilingual("Exploit", "开拓")
            case .share: return Bilingual("Share", "分享")
            case .enhance: return Bilingual("Enhance", "提高")
            }
        case .impactName(let d):
            switch d {
            case .schedule: return Bilingual("Schedule impact", "进度影响")
            case .cost: return Bilingual("Cost impact", "成本影响")
            case .quality: return Bilingual("Quality impact", "质量影响")
            case .reputation: return Bilingual("Reputation impact", "声誉影响")
            case .safety: return Bilingual("Safety impact", "安全影响")
            }
        case .cause: return Bilingual("Cause", "原因")
        case .riskEvent: return Bilingual("Risk event", "风险事件")
        case .effect: return Bilingual("Effect", "后果")
        case .category: return Bilingual("Category", "类别")
        case .trigger: return Bilingual("Trigger", "触发条件")
        case .proximity: return Bilingual("Could happen from", "可能发生的时间")
        case .raisedOn: return Bilingual("Raised on", "登记日期")
        case .nextReview: return Bilingual("Next review", "下次复核")
        case .inherentAssessment: return Bilingual("Inherent assessment (before response)", "固有风险评估（应对前）")
        case .residualAssessment: return Bilingual("Residual assessment (after response)", "剩余风险评估（应对后）")
        case .probability: return Bilingual("Probability (1–5)", "概率（1–5）")
        case .score: return Bilingual("Score", "分值")
        case .scoreBand(let b):
            switch b {
            case .low: return Bilingual("Low", "低")
            case .medium: return Bilingual("Medium", "中")
            case .high: return Bilingual("High", "高")
            case .critical: return Bilingual("Critical", "极高")
            }
        case .responseStrategy: return Bilingual("Response strategy", "应对策略")
        case .responsePlan: return Bilingual("Response actions", "应对措施")
        case .contingencyPlan: return Bilingual("Contingency plan", "应急计划")
        case .fallbackPlan: return Bilingual("Fallback plan", "后备计划")
        case .quantitative: return Bilingual("For the schedule risk analysis", "用于进度风险分析")
        case .quantitativeHelp:
            return Bilingual(
                "Chance of occurring, and the delay it adds to each linked task; the analysis draws them in every run.",
                "发生概率，以及发生时给每项关联任务增加的延误；分析在每次模拟中抽取这些值。"
            )
        case .chancePercent: return Bilingual("Chance of occurring (%)", "发生概率（%）")
        case .delayOptimistic: return Bilingual("Delay, optimistic", "延误（乐观）")
        case .delayMostLikely: return Bilingual("Delay, most likely", "延误（最可能）")
        case .delayPessimistic: return Bilingual("Delay, pessimistic", "延误（悲观）")
        case .costLow: return Bilingual("Cost impact, low", "成本影响（低）")
        case .costMode: return Bilingual("Cost impact, most likely", "成本影响（最可能）")
        case .costHigh: return Bilingual("Cost impact, high", "成本影响（高）")
        case .linkedTasks: return Bilingual("Linked tasks", "关联任务")
        case .linkedTasksHelp: return Bilingual("The tasks the delay falls on (hold Ctrl or ⌘ to pick several).", "延误落在哪些任务上（按住控制键可多选）。")
        case .noRisks:
            return Bilingual(
                "No risks yet. Raise the first one below: what could happen, why, and what it would do to the project.",
                "还没有风险。请在下方登记第一项：可能发生什么、原因是什么、会对项目造成什么影响。"
            )
        case .heatInherent: return Bilingual("Inherent risk", "固有风险")
        case .heatResidual: return Bilingual("Residual risk", "剩余风险")
        case .riskHeatDescription: return Bilingual("Open risks by probability (rows) and worst impact (columns).", "未关闭的风险，按概率（行）和最严重影响（列）统计。")
        case .worstImpact: return Bilingual("Worst impact", "最严重影响")
        case .overdueReviews(let n): return Bilingual(n == 1 ? "1 review overdue" : "\(n) reviews overdue", "\(n) 项复核已逾期")
        case .openRisks(let n): return Bilingual(n == 1 ? "1 open risk" : "\(n) open risks", "\(n) 项未关闭风险")
        case .exposure: return Bilingual("Exposure", "风险敞口")
        case .expectedMonetaryValue: return Bilingual("Expected monetary value", "预期货币价值")
        case .assessmentHistory: return Bilingual("Assessment history", "评估历史")
        case .assessmentStage(let st): return Bilingual(st == "residual" ? "Residual" : "Inherent", st == "residual" ? "剩余" : "固有")
        case .assessedBy: return Bilingual("By", "评估人")
        case .residualHelp: return Bilingual("Leave the probability empty while no response is in place.", "尚未采取应对措施时，概率留空。")
        case .reviewOverdue: return Bilingual("Overdue", "已逾期")
        case .currentScore: return Bilingual("Current score", "当前分值")
        case .inherentScore: return Bilingual("Inherent score", "固有分值")
        case .closedOn: return Bilingual("Closed on", "关闭日期")
        case .topRisks: return Bilingual("Top risks", "主要风险")
        case .riskSlotEmpty:
            return Bilingual("No open risks. Raise risks in the register to see the top ones here.", "没有未关闭的风险。在风险登记册中登记风险后，这里会显示最主要的几项。")
        case .riskStatusFilter(let f):
            switch f {
            case .all: return Bilingual("All", "全部")
            case .open: return Bilingual("Open", "未关闭")
            case .closed: return Bilingual("Closed", "已关闭")
            }
        case .overdueOnly: return Bilingual("Review overdue only", "仅显示复核逾期")
        case .showingOf(let n, let total): return Bilingual("Showing \(n) of \(total)", "显示 \(total) 项中的 \(n) 项")
        case .heatCellFilter(let p, let i): return Bilingual("Probability \(p), worst impact \(i)", "概率 \(p)，最严重影响 \(i)")
        case .noMatchingRisks: return Bilingual("No risk matches the filter.", "没有符合筛选条件的风险。")
        case .riskActions: return Bilingual("Actions", "应对行动")
        case .actionTitle: return Bilingual("Action", "行动")
        case .actionCost: return Bilingual("Cost", "费用")
        case .actionStatusName(let a):
            switch a {
            case .open: return Bilingual("Open", "未开始")
            case .inProgress: return Bilingual("In progress", "进行中")
            case .done: return Bilingual("Done", "已完成")
            case .cancelled: return Bilingual("Cancelled", "已取消")
            }
        case .addAction: return Bilingual("Add action", "添加行动")
        case .noActions: return Bilingual("No actions yet: add who does what by when.", "还没有行动：请添加由谁在何时之前做什么。")
        case .overdueActions(let n): return Bilingual(n == 1 ? "1 action overdue" : "\(n) actions overdue", "\(n) 项行动已逾期")
        case .awaitsApproval: return Bilingual("Acceptance awaits approval", "接受策略待批准")
        case .approveAcceptance: return Bilingual("Approve acceptance", "批准接受")
        case .acceptanceApproved(let who, let when): return Bilingual("Acceptance approved by \(who) on \(when)", "已由\(who)于\(when)批准接受")
        case .acceptanceHelp:
            return Bilingual(
                "Accepting a risk needs a manager's or owner's approval; changing the strategy, assessments or impacts withdraws it.",
                "接受风险须经项目经理或负责人批准；修改策略、评估或影响后需重新批准。"
            )
        case .savedRuns: return Bilingual("Saved runs", "已保存的模拟")
        case .runAndSave: return Bilingual("Run in the background and save", "后台运行并保存")
        case .runStatus(let st):
            switch st {
            case .queued: return Bilingual("Queued", "排队中")
            case .running: return Bilingual("Running", "运行中")
            case .done: return Bilingual("Done", "已完成")
            case .failed: return Bilingual("Failed", "失败")
            case .stopping: return Bilingual("Stopping", "正在停止")
            case .cancelled: return Bilingual("Stopped", "已停止")
            }
        case .progress: return Bilingual("Progress", "进度")
        case .requestedAt: return Bilingual("Requested", "提交时间")
        case .staleRun: return Bilingual("Out of date: the plan or the register changed since", "已过时：此后计划或风险登记册有变更")
        case .stopRun: return Bilingual("Stop", "停止")
        case .noSavedRuns:
            return Bilingual("No saved runs yet. Large runs (more iterations) go here and keep their results.", "还没有保存的模拟。大规模模拟（更多迭代）在这里运行并保存结果。")
        case .savedRun: return Bilingual("Saved run", "已保存的模拟")
        case .runFailed(let why): return Bilingual("The run failed: \(why)", "模拟失败：\(why)")
        case .runningNote: return Bilingual("This page refreshes itself until the run ends.", "模拟结束前本页会自动刷新。")
        case .exposureTrend: return Bilingual("Exposure over time", "风险敞口趋势")
        case .exposureTrendDescription:
            return Bilingual(
                "Each week, the sum of the open risks' expected monetary values (opportunities count negative).",
                "每周未关闭风险的预期货币价值之和（机会计为负值）。"
            )
        case .scheduleSummary: return Bilingual("Schedule summary", "进度概要")
        case .baselineSaved: return Bilingual("Baseline saved.", "基线已保存。")
        case .manyDependencies(let n): return Bilingual("\(n) dependencies: each task's page lists its own.", "共 \(n) 项依赖关系，请在各任务的页面中查看。")
        case .scheduleSettings: return Bilingual("Schedule settings", "进度设置")
        case .timeZone: return Bilingual("Time zone", "时区")
        case .minutesPerDay: return Bilingual("Working minutes per day", "每日工作分钟数")
        case .criticalThreshold: return Bilingual("Critical at or below this float", "总时差不超过此值即为关键任务")
        case .comparedBaseline: return Bilingual("Compare with", "对比基线")
        case .calendars: return Bilingual("Calendars", "日历")
        case .addCalendar: return Bilingual("Add a calendar", "添加日历")
        case .editCalendar: return Bilingual("Edit calendar", "编辑日历")
        case .template: return Bilingual("Start from", "模板")
        case .templateName(let t):
            switch t {
            case .standard: return Bilingual("Standard: Monday to Friday, 08:00–12:00 and 13:00–17:00", "标准：周一至周五 08:00–12:00、13:00–17:00")
            case .twentyFourHours: return Bilingual("24 hours, every day", "全天 24 小时")
            case .china2026: return Bilingual("Standard with mainland China's 2026 public holidays and make-up days", "标准工作时间，含中国大陆 2026 年法定节假日与调休")
            }
        case .weekday(let d):
            return Bilingual(
                ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][d],
                ["周一", "周二", "周三", "周四", "周五", "周六", "周日"][d]
            )
        case .hoursHelp: return Bilingual("e.g. 08:00-12:00, 13:00-17:00; empty for a day off", "如 08:00-12:00, 13:00-17:00；留空表示休息日")
        case .exceptions: return Bilingual("Holidays and make-up days", "节假日与调休")
        case .exceptionsHelp:
            return Bilingual(
                "One per line: 2026-10-01..2026-10-07 National Day. A working day gets its hours: 2026-09-27 Make-up day 08:00-12:00 13:00-17:00",
                "每行一项：2026-10-01..2026-10-07 国庆节。调休工作日写上工作时间：2026-09-27 调休 08:00-12:00 13:00-17:00"
            )
        case .settingsAndCalendars: return Bilingual("Settings and calendars", "设置与日历")
        case .importPlan: return Bilingual("Import a plan", "导入计划")
        case .importHelp:
            return Bilingual(
                "An MS Project XML file (up to 64 MiB) or a JSON network file. It replaces the whole plan.",
                "XML 格式的计划文件（最大 64 兆字节）或 JSON 网络文件，将替换整个计划。"
            )
        case .file: return Bilingual("File", "文件")
        case .importAndReplace: return Bilingual("Import and replace the plan", "导入并替换计划")
        case .importFailed: return Bilingual("Nothing was imported. The file has these problems:", "未导入任何内容。文件存在以下问题：")
        case .selectedTasks: return Bilingual("Ticked tasks:", "对勾选的任务：")
        case .finance(let f): return f.bilingual
        case .time(let t): return t.bilingual
        case .cash(let c): return c.bilingual
        case .issue(let i): return i.bilingual
        case .correlated(let c): return c.bilingual
        case .scales(let x): return x.bilingual
        case .kpi(let x): return x.bilingual
        case .health(let x): return x.bilingual
        case .inline(let x): return x.bilingual
        case .fieldError(let e): return Bilingual(Text.fieldErrorEN(e), Text.fieldErrorZH(e))
        }
    }

    package static func fieldErrorEN(_ e: FieldError) -> String {
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

    package static func fieldErrorZH(_ e: FieldError) -> String {
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
