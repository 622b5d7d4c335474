import KeelCore

/// The finance module's strings in every language (reached through `Text.finance`).
enum FinanceText: Hashable {
    case finance, financeTitle, ledger, costAccounts, costAccount, addCostAccount, editCostAccount, costCategories, addCategory
    case categoryName(String), categoryCodeHelp, wbsElement, projectLevel, accountCodeHelp, accountName
    case actualCost, openCommitments, revenue, cashReceived, trialBalance, balanced, unbalanced, ledgerAccount(LedgerAccount)
    case entryKind(LedgerEntryKind), postEntry, number, date, counterparty, reference, memo, reverse, reversedBy(Int64), reversalOf(Int64)
    case reversalMemoHelp, closedPeriods, closePeriod, periodHelp, noClosedPeriods, noEntries, noCostAccounts, debit, credit, lines
    case postedBy, appendOnlyNote, entry(Int64), costAccountHelp, dateHelp, standardCategory, customCategory, openLedger, entriesShown(Int, Int)
    case confirmClose, confirmReverse, reverseEntry, kindHelp
    // Budgets
    case budgets, newBudgetVersion, budgetVersion(Int64), budgetStatus(BudgetStatus), pmb, contingencyReserve, managementReserve, budgetTotal
    case phasing(PhasingMethod), months, monthsHelp, amountHelp, addLine, submitForApproval, approve, reject, reason, awaitsLevel(Int), awaitsYou
    case approvalLevels, approvalLevelsHelp, upTo, anyAmount, approver, level(Int), decisions, decision(ApprovalDecision), changesAgainstApproved
    case approvedAmount, proposedAmount, change, noBudgets, copyNote, noLines, requiredLevels, submittedBy, noDecisions, reserveHelp, confirmSubmit
    case lockedVersion, openBudgets, saveLevels, awaitingCount(Int), phasingMethod, nextDecision
    // Earned value
    case earnedValue, statusDate, bac, pv, ev, ac, cv, sv, cpi, spi, eac, etc, vac, tcpi, earnedSchedule, svt, ieac, days(Double)
    case esOf(Double, Double), sCurve, sCurveDescription, noBaseline, evMethod(String), methodTitle, milestonesHelp, taskLabel, show, eacOthers(
        String,
        String
    )
    case evRows, openEarnedValue, percentEarned(Double)
    // Cost control
    case costControl, budgetColumn, committed, forecast, variance, byCategory, byAccount, byWBS, control(CommitmentControl), controlLabel
    case tolerance, postedOverBudget, costControlHelp, overrun
    // Currencies and due dates
    case currencyHelp, dueDate, dueDateHelp, originalAmount, exchangeRates, exchangeRatesHelp, noExchangeRates(String), rateIn(String), byCurrency
    case addExchangeRate
    case estimateTitle, estimateLow, estimateMostLikely, estimateHigh, estimateHelp
    case simCostTitle, simDeterministicCost, simCostAt(Int), simContingency(String), simWithinBudget(String), simBoth, simCostPercentiles,
        simTotalCost
    case simCostDrivers, simCostDriversDescription

    var en: String {
        switch self {
        case .finance: return "Finance"
        case .financeTitle: return "Cost structure and ledger"
        case .ledger: return "Ledger"
        case .costAccounts: return "Cost accounts"
        case .costAccount: return "Cost account"
        case .addCostAccount: return "Add a cost account"
        case .editCostAccount: return "Edit cost account"
        case .costCategories: return "Cost categories"
        case .addCategory: return "Add a category"
        case .categoryName(let code):
            switch code {
            case "labour": return "Labour"
            case "material": return "Material"
            case "equipment": return "Equipment"
            case "subcontract": return "Subcontract"
            case "travel": return "Travel"
            case "other": return "Other"
            default: return code
            }
        case .categoryCodeHelp: return "Letters a–z, digits, _ and -, starting with a letter."
        case .wbsElement: return "WBS element"
        case .projectLevel: return "Project level"
        case .accountCodeHelp: return "A short reference for documents and exports, unique in the project, e.g. 1.2-MAT."
        case .accountName: return "Description"
        case .actualCost: return "Actual cost"
        case .openCommitments: return "Open commitments"
        case .revenue: return "Revenue invoiced"
        case .cashReceived: return "Cash received"
        case .trialBalance: return "Trial balance"
        case .balanced: return "Balanced: debits equal credits."
        case .unbalanced: return "Out of balance — the ledger needs attention."
        case .ledgerAccount(let a):
            switch a {
            case .projectCost: return "Project cost"
            case .payables: return "Payables"
            case .accruedLiabilities: return "Accrued liabilities"
            case .payrollLiabilities: return "Payroll liabilities"
            case .commitments: return "Commitments (memo)"
            case .commitmentsOffset: return "Commitments offset (memo)"
            case .receivables: return "Receivables"
            case .revenue: return "Revenue"
            case .cash: return "Cash"
            }
        case .entryKind(let k):
            switch k {
            case .actualCost: return "Actual cost"
            case .commitment: return "Commitment (purchase order)"
            case .commitmentRelease: return "Commitment release"
            case .accrual: return "Accrual"
            case .labour: return "Labour (timesheets)"
            case .revenue: return "Revenue invoiced"
            case .paymentReceived: return "Payment received"
            }
        case .currencyHelp: return "Another currency is converted at the project's exchange rate in force on the date."
        case .dueDate: return "Due date"
        case .dueDateHelp: return "Invoices, accruals and purchase orders: when it will be paid (cash flow)."
        case .originalAmount: return "Posted as"
        case .exchangeRates: return "Exchange rates"
        case .exchangeRatesHelp:
            return
                "Entries in another currency keep what was posted and are converted at the rate in force on their date; reports are in the project's currency."
        case .noExchangeRates(let code): return "No exchange rates: every entry is in \(code)."
        case .rateIn(let code): return "Rate (\(code) per unit)"
        case .byCurrency: return "Posted in other currencies"
        case .addExchangeRate: return "Set a rate"
        case .estimateTitle: return "Cost at completion, for the risk analysis"
        case .estimateLow: return "Low"
        case .estimateMostLikely: return "Most likely"
        case .estimateHigh: return "High"
        case .estimateHelp: return "All three or none. Without them the analysis takes the approved budget of the account as certain."
        case .simCostTitle: return "Cost at completion"
        case .simDeterministicCost: return "Cost without uncertainty"
        case .simCostAt(let p): return "P\(p) cost"
        case .simContingency(let m): return "contingency \(m)"
        case .simWithinBudget(let b): return "Within the budget of \(b)"
        case .simBoth: return "On time and within budget"
        case .simCostPercentiles: return "Cost percentiles"
        case .simTotalCost: return "Total cost"
        case .simCostDrivers: return "What drives the cost"
        case .simCostDriversDescription: return "Rank correlation of each cost account and risk with the total cost across the iterations."
        case .postEntry: return "Post an entry"
        case .number: return "No."
        case .date: return "Date"
        case .counterparty: return "Counterparty"
        case .reference: return "Document reference"
        case .memo: return "Memo"
        case .reverse: return "Reverse"
        case .reversedBy(let n): return "Reversed by No. \(n)"
        case .reversalOf(let n): return "Reversal of No. \(n)"
        case .reversalMemoHelp: return "Why the entry is wrong. The original stays in the ledger; the reversal cancels it."
        case .closedPeriods: return "Closed periods"
        case .closePeriod: return "Close a period"
        case .periodHelp: return "A month as YYYY-MM. Nothing can be posted into it afterwards; closing is final."
        case .noClosedPeriods: return "No period is closed yet."
        case .noEntries: return "Nothing is posted yet. Post actual costs, purchase orders (commitments), accruals, invoices and payments here."
        case .noCostAccounts: return "No cost accounts yet. Add one per WBS element and category to collect cost where it is planned."
        case .debit: return "Debit"
        case .credit: return "Credit"
        case .lines: return "Double-entry lines"
        case .postedBy: return "Posted by"
        case .appendOnlyNote: return "Posted entries are never changed or deleted; a mistake is corrected by a reversal."
        case .entry(let n): return "Entry No. \(n)"
        case .costAccountHelp: return "Needed for costs and commitments; optional for revenue and payments."
        case .dateHelp: return "Today when left empty."
        case .standardCategory: return "Standard"
        case .customCategory: return "Added for this project"
        case .openLedger: return "Open the ledger"
        case .entriesShown(let shown, let total): return "\(shown) of \(total) entries"
        case .confirmClose: return "Close this period for good? Nothing can be posted into it afterwards."
        case .confirmReverse: return "Post a reversal of this entry?"
        case .reverseEntry: return "Reverse this entry"
        case .kindHelp: return "What happened: a cost, a purchase order, its release, an accrual, an invoice to the customer or a payment."
        case .budgets: return "Budgets"
        case .newBudgetVersion: return "New budget version"
        case .budgetVersion(let n): return "Budget version \(n)"
        case .budgetStatus(let s):
            switch s {
            case .draft: return "Draft"
            case .submitted: return "Submitted"
            case .rejected: return "Rejected"
            case .approved: return "Approved"
            case .superseded: return "Superseded"
            }
        case .pmb: return "Performance measurement baseline"
        case .contingencyReserve: return "Contingency reserve"
        case .managementReserve: return "Management reserve"
        case .budgetTotal: return "Total with reserves"
        case .phasing(let m):
            switch m {
            case .even: return "Even over the task's working days"
            case .frontLoaded: return "Front-loaded"
            case .backLoaded: return "Back-loaded"
            case .manual: return "Typed per month"
            }
        case .months: return "Months"
        case .monthsHelp: return "Only for “typed per month”: one month per line or separated by ;, e.g. 2027-03 50000."
        case .amountHelp: return "Spread over the task's scheduled working days (the project's for a project-level account)."
        case .addLine: return "Add a line"
        case .submitForApproval: return "Submit for approval"
        case .approve: return "Approve"
        case .reject: return "Reject"
        case .reason: return "Reason"
        case .awaitsLevel(let n): return "Awaiting level \(n)"
        case .awaitsYou: return "Awaits your decision"
        case .approvalLevels: return "Approval levels"
        case .approvalLevelsHelp:
            return
                "A version needs every level up to the first whose ceiling covers its total (with reserves), in order, each by a different person who did not submit it. Leave the last ceiling empty."
        case .upTo: return "Up to"
        case .anyAmount: return "Any amount"
        case .approver: return "Approver"
        case .level(let n): return "Level \(n)"
        case .decisions: return "Decisions"
        case .decision(let d): return d == .approve ? "Approved" : "Rejected"
        case .changesAgainstApproved: return "Changes against the approved version"
        case .approvedAmount: return "Approved"
        case .proposedAmount: return "This version"
        case .change: return "Change"
        case .noBudgets: return "No budget yet. Create a version, add a line per cost account and submit it for approval."
        case .copyNote: return "A new version starts as a copy of the approved one."
        case .noLines: return "No lines yet."
        case .requiredLevels: return "Levels needed"
        case .submittedBy: return "Submitted by"
        case .noDecisions: return "No decision yet."
        case .reserveHelp: return "Kept apart from the baseline; not part of BAC."
        case .confirmSubmit: return "Submit this version for approval? It cannot change while it is being decided."
        case .lockedVersion: return "This version is no longer a draft and cannot change. Start a new version to propose changes."
        case .openBudgets: return "Open the budgets"
        case .saveLevels: return "Save the levels"
        case .phasingMethod: return "Phasing"
        case .nextDecision: return "Next decision"
        case .earnedValue: return "Earned value"
        case .statusDate: return "Status date"
        case .bac: return "Budget at completion (BAC)"
        case .pv: return "Planned value (PV)"
        case .ev: return "Earned value (EV)"
        case .ac: return "Actual cost (AC)"
        case .cv: return "Cost variance (CV)"
        case .sv: return "Schedule variance (SV)"
        case .cpi: return "Cost performance (CPI)"
        case .spi: return "Schedule performance (SPI)"
        case .eac: return "Estimate at completion (EAC)"
        case .etc: return "Estimate to complete (ETC)"
        case .vac: return "Variance at completion (VAC)"
        case .tcpi: return "To-complete performance (TCPI)"
        case .earnedSchedule: return "Earned schedule (ES)"
        case .svt: return "SV(t) · SPI(t)"
        case .ieac: return "Forecast duration IEAC(t)"
        case .days(let d): return String(format: "%.1f days", d)
        case .esOf(let es, let at): return String(format: "%.1f of %.0f days elapsed", es, at)
        case .sCurve: return "S-curve: planned, earned and actual"
        case .sCurveDescription: return "Cumulative planned value, earned value and actual cost by week against the approved budget."
        case .noBaseline: return "Earned value measures progress against an approved budget. Approve a budget version first."
        case .evMethod(let code):
            switch code {
            case "zero_hundred": return "0/100"
            case "fifty_fifty": return "50/50"
            case "weighted_milestones": return "Weighted milestones"
            case "level_of_effort": return "Level of effort"
            default: return "Physical % complete"
            }
        case .methodTitle: return "How a task's progress is earned"
        case .milestonesHelp:
            return
                "For weighted milestones: one per line, name, weight in %, and the day achieved, e.g. Design review 30 2027-03-02. Weights sum to 100."
        case .taskLabel: return "Task"
        case .show: return "Show"
        case .eacOthers(let a, let b): return "If the rest costs as budgeted: \(a); with schedule pressure: \(b)"
        case .evRows: return "By work breakdown"
        case .openEarnedValue: return "Open earned value"
        case .percentEarned(let p): return String(format: "%.1f%% earned", p * 100)
        case .costControl: return "Cost control"
        case .budgetColumn: return "Budget"
        case .committed: return "Committed"
        case .forecast: return "Forecast"
        case .variance: return "Variance"
        case .byCategory: return "By category"
        case .byAccount: return "By cost account"
        case .byWBS: return "By work breakdown"
        case .control(let c):
            switch c {
            case .off: return "Off: commitments are not checked"
            case .warn: return "Warn: post it and say so"
            case .stop: return "Stop: refuse it"
            }
        case .controlLabel: return "New commitments beyond budget"
        case .tolerance: return "Tolerance (%)"
        case .postedOverBudget: return "Posted — this commitment takes its account beyond the approved budget."
        case .costControlHelp:
            return
                "Budget from the approved version; committed are open purchase orders; forecast is what is spent and committed, or the budget if that is more."
        case .overrun: return "Overrun"
        case .awaitingCount(let n): return n == 1 ? "1 version awaits your decision" : "\(n) versions await your decision"
        }
    }

    var zh: String {
        switch self {
        case .finance: return "财务"
        case .financeTitle: return "成本结构与账簿"
        case .ledger: return "账簿"
        case .costAccounts: return "成本账户"
        case .costAccount: return "成本账户"
        case .addCostAccount: return "新增成本账户"
        case .editCostAccount: return "编辑成本账户"
        case .costCategories: return "成本类别"
        case .addCategory: return "新增类别"
        case .categoryName(let code):
            switch code {
            case "labour": return "人工"
            case "material": return "材料"
            case "equipment": return "设备"
            case "subcontract": return "分包"
            case "travel": return "差旅"
            case "other": return "其他"
            default: return code
            }
        case .categoryCodeHelp: return "以字母开头，可使用小写字母、数字、下划线和连字符。"
        case .wbsElement: return "工作分解结构要素"
        case .projectLevel: return "项目级"
        case .accountCodeHelp: return "用于单据和导出的简短编号，在项目内唯一，例如 1.2-MAT。"
        case .accountName: return "说明"
        case .actualCost: return "实际成本"
        case .openCommitments: return "未结承诺"
        case .revenue: return "已开票收入"
        case .cashReceived: return "已收款"
        case .trialBalance: return "试算平衡"
        case .balanced: return "借贷平衡。"
        case .unbalanced: return "借贷不平衡，请检查账簿。"
        case .ledgerAccount(let a):
            switch a {
            case .projectCost: return "项目成本"
            case .payables: return "应付账款"
            case .accruedLiabilities: return "预提负债"
            case .payrollLiabilities: return "应付职工薪酬"
            case .commitments: return "承诺（备查）"
            case .commitmentsOffset: return "承诺对方（备查）"
            case .receivables: return "应收账款"
            case .revenue: return "收入"
            case .cash: return "现金"
            }
        case .entryKind(let k):
            switch k {
            case .actualCost: return "实际成本"
            case .commitment: return "承诺（采购订单）"
            case .commitmentRelease: return "承诺释放"
            case .accrual: return "预提"
            case .labour: return "人工（工时）"
            case .revenue: return "开票收入"
            case .paymentReceived: return "收款"
            }
        case .currencyHelp: return "其他币种按项目在该日期适用的汇率折算。"
        case .dueDate: return "到期日"
        case .dueDateHelp: return "发票、预提与采购订单：预计付款日期（用于现金流）。"
        case .originalAmount: return "原币金额"
        case .exchangeRates: return "汇率"
        case .exchangeRatesHelp: return "外币分录保留原币金额，并按其日期适用的汇率折算；报表以项目币种列示。"
        case .noExchangeRates(let code): return "尚无汇率：所有分录均以\(code)记账。"
        case .rateIn(let code): return "汇率（每单位折合\(code)）"
        case .byCurrency: return "外币记账汇总"
        case .addExchangeRate: return "设置汇率"
        case .estimateTitle: return "完工成本估算（用于风险分析）"
        case .estimateLow: return "最低"
        case .estimateMostLikely: return "最可能"
        case .estimateHigh: return "最高"
        case .estimateHelp: return "三项全填或全空。未填写时，分析将该科目的批准预算视为确定值。"
        case .simCostTitle: return "完工成本"
        case .simDeterministicCost: return "确定性成本"
        case .simCostAt(let p): return "P\(p) 成本"
        case .simContingency(let m): return "应急储备 \(m)"
        case .simWithinBudget(let b): return "不超过预算 \(b)"
        case .simBoth: return "按期且不超预算"
        case .simCostPercentiles: return "成本百分位"
        case .simTotalCost: return "总成本"
        case .simCostDrivers: return "成本驱动因素"
        case .simCostDriversDescription: return "各成本科目和风险与总成本在各次迭代中的秩相关系数。"
        case .postEntry: return "过账"
        case .number: return "编号"
        case .date: return "日期"
        case .counterparty: return "往来单位"
        case .reference: return "单据编号"
        case .memo: return "摘要"
        case .reverse: return "冲销"
        case .reversedBy(let n): return "已被第 \(n) 号冲销"
        case .reversalOf(let n): return "冲销第 \(n) 号"
        case .reversalMemoHelp: return "说明该分录错误的原因。原分录保留在账簿中，由冲销分录抵消。"
        case .closedPeriods: return "已关闭期间"
        case .closePeriod: return "关闭期间"
        case .periodHelp: return "月份，格式为 YYYY-MM。关闭后不能再向该期间过账，且不可撤销。"
        case .noClosedPeriods: return "尚无已关闭的期间。"
        case .noEntries: return "尚未过账。可在此登记实际成本、采购订单（承诺）、预提、开票与收款。"
        case .noCostAccounts: return "尚无成本账户。请按工作分解结构要素和类别设立账户，在计划的位置归集成本。"
        case .debit: return "借方"
        case .credit: return "贷方"
        case .lines: return "复式分录"
        case .postedBy: return "过账人"
        case .appendOnlyNote: return "已过账的分录不可修改或删除，错误通过冲销更正。"
        case .entry(let n): return "第 \(n) 号分录"
        case .costAccountHelp: return "成本与承诺必须填写；收入与收款可不填。"
        case .dateHelp: return "留空则为今天。"
        case .standardCategory: return "标准类别"
        case .customCategory: return "本项目新增"
        case .openLedger: return "打开账簿"
        case .entriesShown(let shown, let total): return "共 \(total) 条，显示 \(shown) 条"
        case .confirmClose: return "确定永久关闭该期间吗？关闭后不能再向其过账。"
        case .confirmReverse: return "确定为该分录过账一笔冲销吗？"
        case .reverseEntry: return "冲销该分录"
        case .kindHelp: return "发生了什么：成本、采购订单、承诺释放、预提、向客户开票或收款。"
        case .budgets: return "预算"
        case .newBudgetVersion: return "新建预算版本"
        case .budgetVersion(let n): return "第 \(n) 版预算"
        case .budgetStatus(let s):
            switch s {
            case .draft: return "草稿"
            case .submitted: return "审批中"
            case .rejected: return "已退回"
            case .approved: return "已批准"
            case .superseded: return "已被取代"
            }
        case .pmb: return "绩效测量基准"
        case .contingencyReserve: return "应急储备"
        case .managementReserve: return "管理储备"
        case .budgetTotal: return "含储备总额"
        case .phasing(let m):
            switch m {
            case .even: return "按任务工作日平均分布"
            case .frontLoaded: return "前期集中"
            case .backLoaded: return "后期集中"
            case .manual: return "按月填写"
            }
        case .months: return "月度金额"
        case .monthsHelp: return "仅用于“按月填写”：每行一个月份，或以 ; 分隔，例如 2027-03 50000。"
        case .amountHelp: return "按任务计划的工作日分布（项目级账户按项目工期分布）。"
        case .addLine: return "新增预算行"
        case .submitForApproval: return "提交审批"
        case .approve: return "批准"
        case .reject: return "退回"
        case .reason: return "理由"
        case .awaitsLevel(let n): return "等待第 \(n) 级审批"
        case .awaitsYou: return "待您审批"
        case .approvalLevels: return "审批层级"
        case .approvalLevelsHelp: return "版本需依次经过各层级审批，直至上限覆盖其总额（含储备）的层级为止；每级须由不同的人审批，且提交人不得审批。最后一级的上限留空。"
        case .upTo: return "金额上限"
        case .anyAmount: return "不限"
        case .approver: return "审批角色"
        case .level(let n): return "第 \(n) 级"
        case .decisions: return "审批记录"
        case .decision(let d): return d == .approve ? "已批准" : "已退回"
        case .changesAgainstApproved: return "与已批准版本的差异"
        case .approvedAmount: return "已批准"
        case .proposedAmount: return "本版本"
        case .change: return "变化"
        case .noBudgets: return "尚无预算。请新建版本，按成本账户添加预算行并提交审批。"
        case .copyNote: return "新版本以已批准的版本为起点。"
        case .noLines: return "尚无预算行。"
        case .requiredLevels: return "所需审批层级"
        case .submittedBy: return "提交人"
        case .noDecisions: return "尚无审批记录。"
        case .reserveHelp: return "独立于基准之外，不计入完工预算。"
        case .confirmSubmit: return "确定提交审批吗？审批期间不能修改。"
        case .lockedVersion: return "该版本已不是草稿，不能修改。如需调整，请新建版本。"
        case .openBudgets: return "打开预算"
        case .saveLevels: return "保存审批层级"
        case .phasingMethod: return "时间分布方式"
        case .nextDecision: return "下一步审批"
        case .earnedValue: return "挣值"
        case .statusDate: return "状态日期"
        case .bac: return "完工预算（BAC）"
        case .pv: return "计划价值（PV）"
        case .ev: return "挣值（EV）"
        case .ac: return "实际成本（AC）"
        case .cv: return "成本偏差（CV）"
        case .sv: return "进度偏差（SV）"
        case .cpi: return "成本绩效指数（CPI）"
        case .spi: return "进度绩效指数（SPI）"
        case .eac: return "完工估算（EAC）"
        case .etc: return "完工尚需估算（ETC）"
        case .vac: return "完工偏差（VAC）"
        case .tcpi: return "完工尚需绩效指数（TCPI）"
        case .earnedSchedule: return "挣得进度（ES）"
        case .svt: return "SV(t) · SPI(t)"
        case .ieac: return "预测工期 IEAC(t)"
        case .days(let d): return String(format: "%.1f 天", d)
        case .esOf(let es, let at): return String(format: "%.1f 天（已过 %.0f 天）", es, at)
        case .sCurve: return "S 曲线：计划、挣得与实际"
        case .sCurveDescription: return "按周累计的计划价值、挣值与实际成本，以批准的预算为基准。"
        case .noBaseline: return "挣值以批准的预算为基准衡量进展，请先批准一个预算版本。"
        case .evMethod(let code):
            switch code {
            case "zero_hundred": return "0/100 法"
            case "fifty_fifty": return "50/50 法"
            case "weighted_milestones": return "加权里程碑法"
            case "level_of_effort": return "投入量法"
            default: return "实物完成百分比"
            }
        case .methodTitle: return "任务挣值的计量方法"
        case .milestonesHelp: return "用于加权里程碑法：每行一个，依次为名称、权重（%）与达成日期，例如 设计评审 30 2027-03-02。权重合计为 100。"
        case .taskLabel: return "任务"
        case .show: return "显示"
        case .eacOthers(let a, let b): return "剩余工作按预算：\(a)；考虑进度压力：\(b)"
        case .evRows: return "按工作分解结构"
        case .openEarnedValue: return "打开挣值分析"
        case .percentEarned(let p): return String(format: "已挣得 %.1f%%", p * 100)
        case .costControl: return "成本控制"
        case .budgetColumn: return "预算"
        case .committed: return "已承诺"
        case .forecast: return "预测"
        case .variance: return "偏差"
        case .byCategory: return "按类别"
        case .byAccount: return "按成本账户"
        case .byWBS: return "按工作分解结构"
        case .control(let c):
            switch c {
            case .off: return "关闭：不检查承诺"
            case .warn: return "提醒：照常过账并提示"
            case .stop: return "阻止：拒绝过账"
            }
        case .controlLabel: return "超出预算的新承诺"
        case .tolerance: return "容差（%）"
        case .postedOverBudget: return "已过账——该承诺使账户超出批准的预算。"
        case .costControlHelp: return "预算取自已批准的版本；已承诺为未结采购订单；预测为已发生与已承诺之和，若低于预算则取预算。"
        case .overrun: return "超支"
        case .awaitingCount(let n): return "\(n) 个版本待您审批"
        }
    }
}
