import KeelCore

/// The cash-flow page's strings in every language (reached through `Text.cash`).
package enum CashText: LocalizedText {
    case cashFlow, cashFlowHelp, asOf, openingBalance, threshold, horizonWeeks, supplierTerms, balanceNow, lowestInHorizon, expectedIn, expectedOut
    case warning(String, String, String), noWarning(String), byWeek, byMonth, period, inflow, outflow, net, closingBalance, forecastPart
    case plannedInflows, addInflow, inflowName, amount, milestone, invoiceDate, termsDays, expected, noInflows, inflowHelp, unplaced(String)
    case settings, settingsHelp, notConfigured, source(CashSource), overdue, balanceChart, balanceChartDescription, balance, thresholdLine
    case movements, openCashFlow, days(Int), weeksCount(Int), fixedDate

    package var bilingual: Bilingual {
        switch self {
        case .cashFlow: return Bilingual("Cash flow", "现金流")
        case .cashFlowHelp:
            return Bilingual(
                "Received and paid from the ledger; expected from planned customer payments, invoices and purchase orders due, labour, and the approved budget still to spend.",
                "已收付金额取自账簿；预计金额来自计划的客户回款、到期的发票与采购订单、人工以及尚未花费的批准预算。"
            )
        case .asOf: return Bilingual("As of", "截至")
        case .openingBalance: return Bilingual("Opening balance", "期初余额")
        case .threshold: return Bilingual("Warning threshold", "预警阈值")
        case .horizonWeeks: return Bilingual("Warning horizon (weeks)", "预警期（周）")
        case .supplierTerms: return Bilingual("Supplier terms (days)", "供应商账期（天）")
        case .balanceNow: return Bilingual("Balance now", "当前余额")
        case .lowestInHorizon: return Bilingual("Lowest within the horizon", "预警期内最低余额")
        case .expectedIn: return Bilingual("Expected in", "预计流入")
        case .expectedOut: return Bilingual("Expected out", "预计流出")
        case .warning(let first, let lowest, let threshold):
            return Bilingual(
                "Cash warning: the balance drops below \(threshold) on \(first) and reaches \(lowest) within the horizon.",
                "现金预警：余额将于\(first)低于\(threshold)，预警期内最低为\(lowest)。"
            )
        case .noWarning(let threshold): return Bilingual("The balance stays at or above \(threshold) within the horizon.", "预警期内余额不低于\(threshold)。")
        case .byWeek: return Bilingual("By week (to the end of the horizon)", "按周（至预警期末）")
        case .byMonth: return Bilingual("By month", "按月")
        case .period: return Bilingual("Period", "期间")
        case .inflow: return Bilingual("In", "流入")
        case .outflow: return Bilingual("Out", "流出")
        case .net: return Bilingual("Net", "净额")
        case .closingBalance: return Bilingual("Balance", "余额")
        case .forecastPart: return Bilingual("of which expected", "其中预计")
        case .plannedInflows: return Bilingual("Planned customer payments", "计划客户回款")
        case .addInflow: return Bilingual("Add a planned payment", "添加计划回款")
        case .inflowName: return Bilingual("Name", "名称")
        case .amount: return Bilingual("Amount", "金额")
        case .milestone: return Bilingual("Milestone", "里程碑")
        case .invoiceDate: return Bilingual("Invoice date", "开票日期")
        case .termsDays: return Bilingual("Payment terms (days)", "付款期限（天）")
        case .expected: return Bilingual("Expected", "预计到账")
        case .noInflows:
            return Bilingual(
                "No customer payments planned yet. Add them by milestone (invoiced when it finishes) or by date.",
                "尚未计划客户回款。可按里程碑（完成时开票）或按日期添加。"
            )
        case .inflowHelp:
            return Bilingual(
                "Choose a milestone or give an invoice date, not both. Received payments settle the plan in date order.",
                "选择里程碑或填写开票日期，二者择一。已收款按日期顺序冲抵计划。"
            )
        case .unplaced(let names): return Bilingual("Not placed (their milestone is not scheduled): \(names).", "无法排期（其里程碑未排进计划）：\(names)。")
        case .settings: return Bilingual("Assumptions", "假设")
        case .settingsHelp: return Bilingual("Negative amounts are allowed (an overdraft).", "金额可以为负数（透支）。")
        case .notConfigured:
            return Bilingual(
                "Using the standard assumptions: no opening balance, warning below zero within 13 weeks, suppliers paid after 30 days.",
                "正在使用标准假设：无期初余额，13 周内余额低于零时预警，供应商 30 天后付款。"
            )
        case .source(let s):
            switch s {
            case .customerPayment: return Bilingual("Customer payment", "客户回款")
            case .supplierPayment: return Bilingual("Supplier payment", "供应商付款")
            case .labour: return Bilingual("Labour", "人工")
            case .commitment: return Bilingual("Purchase order due", "采购订单到期")
            case .plannedSpending: return Bilingual("Planned spending", "计划支出")
            }
        case .overdue: return Bilingual("overdue", "已逾期")
        case .balanceChart: return Bilingual("Projected balance", "预计余额")
        case .balanceChartDescription:
            return Bilingual("The cash balance at the end of each week, received and paid so far, then as expected.", "每周末的现金余额：至今为实际收付，之后为预计。")
        case .balance: return Bilingual("Balance", "余额")
        case .thresholdLine: return Bilingual("Threshold", "阈值")
        case .movements: return Bilingual("Expected movements within the horizon", "预警期内的预计收付")
        case .openCashFlow: return Bilingual("Open cash flow", "打开现金流")
        case .days(let n): return Bilingual(n == 1 ? "1 day" : "\(n) days", "\(n) 天")
        case .weeksCount(let n): return Bilingual(n == 1 ? "1 week" : "\(n) weeks", "\(n) 周")
        case .fixedDate: return Bilingual("Fixed date", "固定日期")
        }
    }

}
