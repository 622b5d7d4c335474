import KeelCore

/// The finance module's strings in every language (reached through `Text.finance`).
package enum FinanceText: LocalizedText {
    case finance, financeTitle, ledger, costAccounts, costAccount, addCostAccount, editCostAccount, costCategories, addCategory
    case categoryName(String), categoryCodeHelp, wbsElement, projectLevel, accountCodeHelp, accountName
    case actualCost, openCommitments, revenue, cashReceived, trialBalance, balanced, unbalanced, ledgerAccount(LedgerAccount)
    case entryKind(LedgerEntryKind), postEntry, number, date, counterparty, reference, memo, reverse, reversedBy(Int64), reversalOf(Int64)
    case reversalMemoHelp, closedPeriods, closePeriod, periodHelp, noClosedPeriods, noEntries, noCostAccounts, debit, credit, lines
    case postedBy, appendOnlyNote, entry(Int64), costAccountHelp, dateHelp, standardCategory, customCategory, openLedger, entriesShown(Int, Int)
    case confirmClose, confirmReverse, reverseEntry, kindHelp
    // Budgets
    case budgets, newBudgetVersion, budgetVersion(Int64), budgetStatus(BudgetStatus), pmb, contingencyReserve, managementReserve, budgetTotal
    case phasing(PhasingMethod), phasingPeriod, period(PhasingPeriod), periods, periodsHelp, amountHelp, addLine, submitForApproval, approve, reject,
        reason, awaitsLevel(Int), awaitsYou
    case approvalLevels, approvalLevelsHelp, upTo, anyAmount, approver, level(Int), decisions, decision(ApprovalDecision), changesAgainstApproved
    case approvedAmount, proposedAmount, change, noBudgets, copyNote, noLines, requiredLevels, submittedBy, noDecisions, reserveHelp, confirmSubmit
    case lockedVersion, openBudgets, saveLevels, awaitingCount(Int), phasingMethod, nextDecision
    // Earned value
    case earnedValue, statusDate, bac, pv, ev, ac, cv, sv, cpi, spi, eac, etc, vac, tcpi, earnedSchedule, svt, ieac, days(Double), workDays(Double)
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

    package var bilingual: Bilingual {
        switch self {
        case .finance: return Bilingual("Finance", "财务")
        case .financeTitle: return Bilingual("Cost structure and ledger", "成本结构与账簿")
        case .ledger: return Bilingual("Ledger", "账簿")
        case .costAccounts: return Bilingual("Cost accounts", "成本账户")
        case .costAccount: return Bilingual("Cost account", "成本账户")
        case .addCostAccount: return Bilingual("Add a cost account", "新增成本账户")
        case .editCostAccount: return Bilingual("Edit cost account", "编辑成本账户")
        case .costCategories: return Bilingual("Cost categories", "成本类别")
        case .addCategory: return Bilingual("Add a category", "新增类别")
        case .categoryName(let code):
            switch code {
            case "labour": return Bilingual("Labour", "人工")
            case "material": return Bilingual("Material", "材料")
            case "equipment": return Bilingual("Equipment", "设备")
            case "subcontract": return Bilingual("Subcontract", "分包")
            case "travel": return Bilingual("Travel", "差旅")
            case "other": return Bilingual("Other", "其他")
            default: return Bilingual(code, code)
            }
        case .categoryCodeHelp: return Bilingual("Letters a–z, digits, _ and -, starting with a letter.", "以字母开头，可使用小写字母、数字、下划线和连字符。")
        case .wbsElement: return Bilingual("WBS element", "工作分解结构要素")
        case .projectLevel: return Bilingual("Project level", "项目级")
        case .accountCodeHelp:
            return Bilingual("A short reference for documents and exports, unique in the project, e.g. 1.2-MAT.", "用于单据和导出的简短编号，在项目内唯一，例如 1.2-MAT。")
        case .accountName: return Bilingual("Description", "说明")
        case .actualCost: return Bilingual("Actual cost", "实际成本")
        case .openCommitments: return Bilingual("Open commitments", "未结承诺")
        case .revenue: return Bilingual("Revenue invoiced", "已开票收入")
        case .cashReceived: return Bilingual("Cash received", "已收款")
        case .trialBalance: return Bilingual("Trial balance", "试算平衡")
        case .balanced: return Bilingual("Balanced: debits equal credits.", "借贷平衡。")
        case .unbalanced: return Bilingual("Out of balance — the ledger needs attention.", "借贷不平衡，请检查账簿。")
        case .ledgerAccount(let a):
            switch a {
            case .projectCost: return Bilingual("Project cost", "项目成本")
            case .payables: return Bilingual("Payables", "应付账款")
            case .accruedLiabilities: return Bilingual("Accrued liabilities", "预提负债")
            case .payrollLiabilities: return Bilingual("Payroll liabilities", "应付职工薪酬")
            case .commitments: return Bilingual("Commitments (memo)", "承诺（备查）")
            case .commitmentsOffset: return Bilingual("Commitments offset (memo)", "承诺对方（备查）")
            case .receivables: return Bilingual("Receivables", "应收账款")
            case .revenue: return Bilingual("Revenue", "收入")
            case .cash: return Bilingual("Cash", "现金")
            }
        case .entryKind(let k):
            switch k {
            case .actualCost: return Bilingual("Actual cost", "实际成本")
            case .commitment: return Bilingual("Commitment (purchase order)", "承诺（采购订单）")
            case .commitmentRelease: return Bilingual("Commitment release", "承诺释放")
            case .accrual: return Bilingual("Accrual", "预提")
            case .labour: return Bilingual("Labour (timesheets)", "人工（工时）")
            case .revenue: return Bilingual("Revenue invoiced", "开票收入")
            case .paymentReceived: return Bilingual("Payment received", "收款")
            }
        case .currencyHelp:
            return Bilingual("Another currency is converted at the project's exchange rate in force on the date.", "其他币种按项目在该日期适用的汇率折算。")
        case .dueDate: return Bilingual("Due date", "到期日")
        case .dueDateHelp: return Bilingual("Invoices, accruals and purchase orders: when it will be paid (cash flow).", "发票、预提与采购订单：预计付款日期（用于现金流）。")
        case .originalAmount: return Bilingual("Posted as", "原币金额")
        case .exchangeRates: return Bilingual("Exchange rates", "汇率")
        case .exchangeRatesHelp:
            return Bilingual(
                "Entries in another currency keep what was posted and are converted at the rate in force on their date; reports are in the project's currency.",
                "外币分录保留原币金额，并按其日期适用的汇率折算；报表以项目币种列示。"
            )
        case .noExchangeRates(let code): return Bilingual("No exchange rates: every entry is in \(code).", "尚无汇率：所有分录均以\(code)记账。")
        case .rateIn(let code): return Bilingual("Rate (\(code) per unit)", "汇率（每单位折合\(code)）")
        case .byCurrency: return Bilingual("Posted in other currencies", "外币记账汇总")
        case .addExchangeRate: return Bilingual("Set a rate", "设置汇率")
        case .estimateTitle: return Bilingual("Cost at completion, for the risk analysis", "完工成本估算（用于风险分析）")
        case .estimateLow: return Bilingual("Low", "最低")
        case .estimateMostLikely: return Bilingual("Most likely", "最可能")
        case .estimateHigh: return Bilingual("High", "最高")
        case .estimateHelp:
            return Bilingual(
                "All three or none. Without them the analysis takes the approved budget of the account as certain.",
                "三项全填或全空。未填写时，分析将该科目的批准预算视为确定值。"
            )
        case .simCostTitle: return Bilingual("Cost at completion", "完工成本")
        case .simDeterministicCost: return Bilingual("Cost without uncertainty", "确定性成本")
        case .simCostAt(let p): return Bilingual("P\(p) cost", "P\(p) 成本")
        case .simContingency(let m): return Bilingual("contingency \(m)", "应急储备 \(m)")
        case .simWithinBudget(let b): return Bilingual("Within the budget of \(b)", "不超过预算 \(b)")
        case .simBoth: return Bilingual("On time and within budget", "按期且不超预算")
        case .simCostPercentiles: return Bilingual("Cost percentiles", "成本百分位")
        case .simTotalCost: return Bilingual("Total cost", "总成本")
        case .simCostDrivers: return Bilingual("What drives the cost", "成本驱动因素")
        case .simCostDriversDescription:
            return Bilingual("Rank correlation of each cost account and risk with the total cost across the iterations.", "各成本科目和风险与总成本在各次迭代中的秩相关系数。")
        case .postEntry: return Bilingual("Post an entry", "过账")
        case .number: return Bilingual("No.", "编号")
        case .date: return Bilingual("Date", "日期")
        case .counterparty: return Bilingual("Counterparty", "往来单位")
        case .reference: return Bilingual("Document reference", "单据编号")
        case .memo: return Bilingual("Memo", "摘要")
        case .reverse: return Bilingual("Reverse", "冲销")
        case .reversedBy(let n): return Bilingual("Reversed by No. \(n)", "已被第 \(n) 号冲销")
        case .reversalOf(let n): return Bilingual("Reversal of No. \(n)", "冲销第 \(n) 号")
        case .reversalMemoHelp:
            return Bilingual("Why the entry is wrong. The original stays in the ledger; the reversal cancels it.", "说明该分录错误的原因。原分录保留在账簿中，由冲销分录抵消。")
        case .closedPeriods: return Bilingual("Closed periods", "已关闭期间")
        case .closePeriod: return Bilingual("Close a period", "关闭期间")
        case .periodHelp:
            return Bilingual("A month as YYYY-MM. Nothing can be posted into it afterwards; closing is final.", "月份，格式为 YYYY-MM。关闭后不能再向该期间过账，且不可撤销。")
        case .noClosedPeriods: return Bilingual("No period is closed yet.", "尚无已关闭的期间。")
        case .noEntries:
            return Bilingual(
                "Nothing is posted yet. Post actual costs, purchase orders (commitments), accruals, invoices and payments here.",
                "尚未过账。可在此登记实际成本、采购订单（承诺）、预提、开票与收款。"
            )
        case .noCostAccounts:
            return Bilingual(
                "No cost accounts yet. Add one per WBS element and category to collect cost where it is planned.",
                "尚无成本账户。请按工作分解结构要素和类别设立账户，在计划的位置归集成本。"
            )
        case .debit: return Bilingual("Debit", "借方")
        case .credit: return Bilingual("Credit", "贷方")
        case .lines: return Bilingual("Double-entry lines", "复式分录")
        case .postedBy: return Bilingual("Posted by", "过账人")
        case .appendOnlyNote:
            return Bilingual("Posted entries are never changed or deleted; a mistake is corrected by a reversal.", "已过账的分录不可修改或删除，错误通过冲销更正。")
        case .entry(let n): return Bilingual("Entry No. \(n)", "第 \(n) 号分录")
        case .costAccountHelp: return Bilingual("Needed for costs and commitments; optional for revenue and payments.", "成本与承诺必须填写；收入与收款可不填。")
        case .dateHelp: return Bilingual("Today when left empty.", "留空则为今天。")
        case .standardCategory: return Bilingual("Standard", "标准类别")
        case .customCategory: return Bilingual("Added for this project", "本项目新增")
        case .openLedger: return Bilingual("Open the ledger", "打开账簿")
        case .entriesShown(let shown, let total): return Bilingual("\(shown) of \(total) entries", "共 \(total) 条，显示 \(shown) 条")
        case .confirmClose: return Bilingual("Close this period for good? Nothing can be posted into it afterwards.", "确定永久关闭该期间吗？关闭后不能再向其过账。")
        case .confirmReverse: return Bilingual("Post a reversal of this entry?", "确定为该分录过账一笔冲销吗？")
        case .reverseEntry: return Bilingual("Reverse this entry", "冲销该分录")
        case .kindHelp:
            return Bilingual(
                "What happened: a cost, a purchase order, its release, an accrual, an invoice to the customer or a payment.",
                "发生了什么：成本、采购订单、承诺释放、预提、向客户开票或收款。"
            )
        case .budgets: return Bilingual("Budgets", "预算")
        case .newBudgetVersion: return Bilingual("New budget version", "新建预算版本")
        case .budgetVersion(let n): return Bilingual("Budget version \(n)", "第 \(n) 版预算")
        case .budgetStatus(let s):
            switch s {
            case .draft: return Bilingual("Draft", "草稿")
            case .submitted: return Bilingual("Submitted", "审批中")
            case .rejected: return Bilingual("Rejected", "已退回")
            case .approved: return Bilingual("Approved", "已批准")
            case .superseded: return Bilingual("Superseded", "已被取代")
            }
        case .pmb: return Bilingual("Performance measurement baseline", "绩效测量基准")
        case .contingencyReserve: return Bilingual("Contingency reserve", "应急储备")
        case .managementReserve: return Bilingual("Management reserve", "管理储备")
        case .budgetTotal: return Bilingual("Total with reserves", "含储备总额")
        case .phasing(let m):
            switch m {
            case .even: return Bilingual("Even over the task's working days", "按任务工作日平均分布")
            case .frontLoaded: return Bilingual("Front-loaded", "前期集中")
            case .backLoaded: return Bilingual("Back-loaded", "后期集中")
            case .manual: return Bilingual("Typed per period", "按期填写")
            }
        case .phasingPeriod: return Bilingual("Periods", "分期")
        case .period(let p):
            switch p {
            case .month: return Bilingual("Month", "按月")
            case .week: return Bilingual("Week", "按周")
            case .day: return Bilingual("Day", "按日")
            }
        case .periods: return Bilingual("Amounts per period", "分期金额")
        case .periodsHelp:
            return Bilingual(
                "Only for “typed per period”: one period per line or separated by ;, e.g. 2027-03 50000 (month), 2027-W09 5000 (week), 2027-03-04 1000 (day).",
                "仅用于“按期填写”：每行一期，或以 ; 分隔，例如 2027-03 50000（月）、2027-W09 5000（周）、2027-03-04 1000（日）。"
            )
        case .amountHelp:
            return Bilingual(
                "Spread over the task's scheduled working time on its calendar (the project's span for a project-level account).",
                "按任务日历上计划的工作时间分布（项目级账户按项目工期分布）。"
            )
        case .addLine: return Bilingual("Add a line", "新增预算行")
        case .submitForApproval: return Bilingual("Submit for approval", "提交审批")
        case .approve: return Bilingual("Approve", "批准")
        case .reject: return Bilingual("Reject", "退回")
        case .reason: return Bilingual("Reason", "理由")
        case .awaitsLevel(let n): return Bilingual("Awaiting level \(n)", "等待第 \(n) 级审批")
        case .awaitsYou: return Bilingual("Awaits your decision", "待您审批")
        case .approvalLevels: return Bilingual("Approval levels", "审批层级")
        case .approvalLevelsHelp:
            return Bilingual(
                "A version needs every level up to the first whose ceiling covers its total (with reserves), in order, each by a different person who did not submit it. Leave the last ceiling empty.",
                "版本需依次经过各层级审批，直至上限覆盖其总额（含储备）的层级为止；每级须由不同的人审批，且提交人不得审批。最后一级的上限留空。"
            )
        case .upTo: return Bilingual("Up to", "金额上限")
        case .anyAmount: return Bilingual("Any amount", "不限")
        case .approver: return Bilingual("Approver", "审批角色")
        case .level(let n): return Bilingual("Level \(n)", "第 \(n) 级")
        case .decisions: return Bilingual("Decisions", "审批记录")
        case .decision(let d): return Bilingual(d == .approve ? "Approved" : "Rejected", d == .approve ? "已批准" : "已退回")
        case .changesAgainstApproved: return Bilingual("Changes against the approved version", "与已批准版本的差异")
        case .approvedAmount: return Bilingual("Approved", "已批准")
        case .proposedAmount: return Bilingual("This version", "本版本")
        case .change: return Bilingual("Change", "变化")
        case .noBudgets:
            return Bilingual(
                "No budget yet. Create a version, add a line per cost account and submit it for approval.",
                "尚无预算。请新建版本，按成本账户添加预算行并提交审批。"
            )
        case .copyNote: return Bilingual("A new version starts as a copy of the approved one.", "新版本以已批准的版本为起点。")
        case .noLines: return Bilingual("No lines yet.", "尚无预算行。")
        case .requiredLevels: return Bilingual("Levels needed", "所需审批层级")
        case .submittedBy: return Bilingual("Submitted by", "提交人")
        case .noDecisions: return Bilingual("No decision yet.", "尚无审批记录。")
        case .reserveHelp: return Bilingual("Kept apart from the baseline; not part of BAC.", "独立于基准之外，不计入完工预算。")
        case .confirmSubmit: return Bilingual("Submit this version for approval? It cannot change while it is being decided.", "确定提交审批吗？审批期间不能修改。")
        case .lockedVersion:
            return Bilingual(
                "This version is no longer a draft and cannot change. Start a new version to propose changes.",
                "该版本已不是草稿，不能修改。如需调整，请新建版本。"
            )
        case .openBudgets: return Bilingual("Open the budgets", "打开预算")
        case .saveLevels: return Bilingual("Save the levels", "保存审批层级")
        case .phasingMethod: return Bilingual("Phasing", "时间分布方式")
        case .nextDecision: return Bilingual("Next decision", "下一步审批")
        case .earnedValue: return Bilingual("Earned value", "挣值")
        case .statusDate: return Bilingual("Status date", "状态日期")
        case .bac: return Bilingual("Budget at completion (BAC)", "完工预算（BAC）")
        case .pv: return Bilingual("Planned value (PV)", "计划价值（PV）")
        case .ev: return Bilingual("Earned value (EV)", "挣值（EV）")
        case .ac: return Bilingual("Actual cost (AC)", "实际成本（AC）")
        case .cv: return Bilingual("Cost variance (CV)", "成本偏差（CV）")
        case .sv: return Bilingual("Schedule variance (SV)", "进度偏差（SV）")
        case .cpi: return Bilingual("Cost performance (CPI)", "成本绩效指数（CPI）")
        case .spi: return Bilingual("Schedule performance (SPI)", "进度绩效指数（SPI）")
        case .eac: return Bilingual("Estimate at completion (EAC)", "完工估算（EAC）")
        case .etc: return Bilingual("Estimate to complete (ETC)", "完工尚需估算（ETC）")
        case .vac: return Bilingual("Variance at completion (VAC)", "完工偏差（VAC）")
        case .tcpi: return Bilingual("To-complete performance (TCPI)", "完工尚需绩效指数（TCPI）")
        case .earnedSchedule: return Bilingual("Earned schedule (ES)", "挣得进度（ES）")
        case .svt: return Bilingual("SV(t) · SPI(t)", "SV(t) · SPI(t)")
        case .ieac: return Bilingual("Forecast duration IEAC(t)", "预测工期 IEAC(t)")
        case .days(let d): return Bilingual(String(format: "%.1f days", d), String(format: "%.1f 天", d))
        case .workDays(let d): return Bilingual(String(format: "%.1f working days", d), String(format: "%.1f 个工作日", d))
        case .esOf(let es, let at):
            return Bilingual(String(format: "%.1f of %.1f working days elapsed", es, at), String(format: "%.1f 个工作日（已过 %.1f 个工作日）", es, at))
        case .sCurve: return Bilingual("S-curve: planned, earned and actual", "S 曲线：计划、挣得与实际")
        case .sCurveDescription:
            return Bilingual(
                "Cumulative planned value, earned value and actual cost by week against the approved budget.",
                "按周累计的计划价值、挣值与实际成本，以批准的预算为基准。"
            )
        case .noBaseline:
            return Bilingual(
                "Earned value measures progress against an approved budget. Approve a budget version first.",
                "挣值以批准的预算为基准衡量进展，请先批准一个预算版本。"
            )
        case .evMethod(let code):
            switch code {
            case "zero_hundred": return Bilingual("0/100", "0/100 法")
            case "fifty_fifty": return Bilingual("50/50", "50/50 法")
            case "weighted_milestones": return Bilingual("Weighted milestones", "加权里程碑法")
            case "level_of_effort": return Bilingual("Level of effort", "投入量法")
            default: return Bilingual("Physical % complete", "实物完成百分比")
            }
        case .methodTitle: return Bilingual("How a task's progress is earned", "任务挣值的计量方法")
        case .milestonesHelp:
            return Bilingual(
                "For weighted milestones: one per line, name, weight in %, and the day achieved, e.g. Design review 30 2027-03-02. Weights sum to 100.",
                "用于加权里程碑法：每行一个，依次为名称、权重（%）与达成日期，例如 设计评审 30 2027-03-02。权重合计为 100。"
            )
        case .taskLabel: return Bilingual("Task", "任务")
        case .show: return Bilingual("Show", "显示")
        case .eacOthers(let a, let b):
            return Bilingual("If the rest costs as budgeted: \(a); with schedule pressure: \(b)", "剩余工作按预算：\(a)；考虑进度压力：\(b)")
        case .evRows: return Bilingual("By work breakdown", "按工作分解结构")
        case .openEarnedValue: return Bilingual("Open earned value", "打开挣值分析")
        case .percentEarned(let p): return Bilingual(String(format: "%.1f%% earned", p * 100), String(format: "已挣得 %.1f%%", p * 100))
        case .costControl: return Bilingual("Cost control", "成本控制")
        case .budgetColumn: return Bilingual("Budget", "预算")
        case .committed: return Bilingual("Committed", "已承诺")
        case .forecast: return Bilingual("Forecast", "预测")
        case .variance: return Bilingual("Variance", "偏差")
        case .byCategory: return Bilingual("By category", "按类别")
        case .byAccount: return Bilingual("By cost account", "按成本账户")
        case .byWBS: return Bilingual("By work breakdown", "按工作分解结构")
        case .control(let c):
            switch c {
            case .off: return Bilingual("Off: commitments are not checked", "关闭：不检查承诺")
            case .warn: return Bilingual("Warn: post it and say so", "提醒：照常过账并提示")
            case .stop: return Bilingual("Stop: refuse it", "阻止：拒绝过账")
            }
        case .controlLabel: return Bilingual("New commitments beyond budget", "超出预算的新承诺")
        case .tolerance: return Bilingual("Tolerance (%)", "容差（%）")
        case .postedOverBudget: return Bilingual("Posted — this commitment takes its account beyond the approved budget.", "已过账——该承诺使账户超出批准的预算。")
        case .costControlHelp:
            return Bilingual(
                "Budget from the approved version; committed are open purchase orders; forecast is what is spent and committed, or the budget if that is more.",
                "预算取自已批准的版本；已承诺为未结采购订单；预测为已发生与已承诺之和，若低于预算则取预算。"
            )
        case .overrun: return Bilingual("Overrun", "超支")
        case .awaitingCount(let n): return Bilingual(n == 1 ? "1 version awaits your decision" : "\(n) versions await your decision", "\(n) 个版本待您审批")
        }
    }

}
