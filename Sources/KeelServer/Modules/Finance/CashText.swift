import KeelCore

/// The cash-flow page's strings in every language (reached through `Text.cash`).
enum CashText: Hashable {
    case cashFlow, cashFlowHelp, asOf, openingBalance, threshold, horizonWeeks, supplierTerms, balanceNow, lowestInHorizon, expectedIn, expectedOut
    case warning(String, String, String), noWarning(String), byWeek, byMonth, period, inflow, outflow, net, closingBalance, forecastPart
    case plannedInflows, addInflow, inflowName, amount, milestone, invoiceDate, termsDays, expected, noInflows, inflowHelp, unplaced(String)
    case settings, settingsHelp, notConfigured, source(CashSource), overdue, balanceChart, balanceChartDescription, balance, thresholdLine
    case movements, openCashFlow, days(Int), weeksCount(Int), fixedDate

    var en: String {
        switch self {
        case .cashFlow: return "Cash flow"
        case .cashFlowHelp:
            return
                "Received and paid from the ledger; expected from planned customer payments, invoices and purchase orders due, labour, and the approved budget still to spend."
        case .asOf: return "As of"
        case .openingBalance: return "Opening balance"
        case .threshold: return "Warning threshold"
        case .horizonWeeks: return "Warning horizon (weeks)"
        case .supplierTerms: return "Supplier terms (days)"
        case .balanceNow: return "Balance now"
        case .lowestInHorizon: return "Lowest within the horizon"
        case .expectedIn: return "Expected in"
        case .expectedOut: return "Expected out"
        case .warning(let first, let lowest, let threshold):
            return "Cash warning: the balance drops below \(threshold) on \(first) and reaches \(lowest) within the horizon."
        case .noWarning(let threshold): return "The balance stays at or above \(threshold) within the horizon."
        case .byWeek: return "By week (to the end of the horizon)"
        case .byMonth: return "By month"
        case .period: return "Period"
        case .inflow: return "In"
        case .outflow: return "Out"
        case .net: return "Net"
        case .closingBalance: return "Balance"
        case .forecastPart: return "of which expected"
        case .plannedInflows: return "Planned customer payments"
        case .addInflow: return "Add a planned payment"
        case .inflowName: return "Name"
        case .amount: return "Amount"
        case .milestone: return "Milestone"
        case .invoiceDate: return "Invoice date"
        case .termsDays: return "Payment terms (days)"
        case .expected: return "Expected"
        case .noInflows: return "No customer payments planned yet. Add them by milestone (invoiced when it finishes) or by date."
        case .inflowHelp: return "Choose a milestone or give an invoice date, not both. Received payments settle the plan in date order."
        case .unplaced(let names): return "Not placed (their milestone is not scheduled): \(names)."
        case .settings: return "Assumptions"
        case .settingsHelp: return "Negative amounts are allowed (an overdraft)."
        case .notConfigured:
            return "Using the standard assumptions: no opening balance, warning below zero within 13 weeks, suppliers paid after 30 days."
        case .source(let s):
            switch s {
            case .customerPayment: return "Customer payment"
            case .supplierPayment: return "Supplier payment"
            case .labour: return "Labour"
            case .commitment: return "Purchase order due"
            case .plannedSpending: return "Planned spending"
            }
        case .overdue: return "overdue"
        case .balanceChart: return "Projected balance"
        case .balanceChartDescription: return "The cash balance at the end of each week, received and paid so far, then as expected."
        case .balance: return "Balance"
        case .thresholdLine: return "Threshold"
        case .movements: return "Expected movements within the horizon"
        case .openCashFlow: return "Open cash flow"
        case .days(let n): return n == 1 ? "1 day" : "\(n) days"
        case .weeksCount(let n): return n == 1 ? "1 week" : "\(n) weeks"
        case .fixedDate: return "Fixed date"
        }
    }

    var zh: String {
        switch self {
        case .cashFlow: return "现金流"
        case .cashFlowHelp: return "已收付金额取自账簿；预计金额来自计划的客户回款、到期的发票与采购订单、人工以及尚未花费的批准预算。"
        case .asOf: return "截至"
        case .openingBalance: return "期初余额"
        case .threshold: return "预警阈值"
        case .horizonWeeks: return "预警期（周）"
        case .supplierTerms: return "供应商账期（天）"
        case .balanceNow: return "当前余额"
        case .lowestInHorizon: return "预警期内最低余额"
        case .expectedIn: return "预计流入"
        case .expectedOut: return "预计流出"
        case .warning(let first, let lowest, let threshold): return "现金预警：余额将于\(first)低于\(threshold)，预警期内最低为\(lowest)。"
        case .noWarning(let threshold): return "预警期内余额不低于\(threshold)。"
        case .byWeek: return "按周（至预警期末）"
        case .byMonth: return "按月"
        case .period: return "期间"
        case .inflow: return "流入"
        case .outflow: return "流出"
        case .net: return "净额"
        case .closingBalance: return "余额"
        case .forecastPart: return "其中预计"
        case .plannedInflows: return "计划客户回款"
        case .addInflow: return "添加计划回款"
        case .inflowName: return "名称"
        case .amount: return "金额"
        case .milestone: return "里程碑"
        case .invoiceDate: return "开票日期"
        case .termsDays: return "付款期限（天）"
        case .expected: return "预计到账"
        case .noInflows: return "尚未计划客户回款。可按里程碑（完成时开票）或按日期添加。"
        case .inflowHelp: return "选择里程碑或填写开票日期，二者择一。已收款按日期顺序冲抵计划。"
        case .unplaced(let names): return "无法排期（其里程碑未排进计划）：\(names)。"
        case .settings: return "假设"
        case .settingsHelp: return "金额可以为负数（透支）。"
        case .notConfigured: return "正在使用标准假设：无期初余额，13 周内余额低于零时预警，供应商 30 天后付款。"
        case .source(let s):
            switch s {
            case .customerPayment: return "客户回款"
            case .supplierPayment: return "供应商付款"
            case .labour: return "人工"
            case .commitment: return "采购订单到期"
            case .plannedSpending: return "计划支出"
            }
        case .overdue: return "已逾期"
        case .balanceChart: return "预计余额"
        case .balanceChartDescription: return "每周末的现金余额：至今为实际收付，之后为预计。"
        case .balance: return "余额"
        case .thresholdLine: return "阈值"
        case .movements: return "预警期内的预计收付"
        case .openCashFlow: return "打开现金流"
        case .days(let n): return "\(n) 天"
        case .weeksCount(let n): return "\(n) 周"
        case .fixedDate: return "固定日期"
        }
    }
}
