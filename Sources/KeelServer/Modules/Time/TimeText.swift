import KeelCore

/// The timesheet pages' strings in every language (reached through `Text.time`).
enum TimeText: Hashable {
    case time, myTimesheet, weekOf(String), previousWeek, nextWeek, thisWeek, status(TimesheetStatus), account, note, total, hours, cost
    case addRows, saveHours, submitWeek, confirmSubmit, noLabourAccounts, rejectedBecause(String), lockedSubmitted, lockedApproved
    case teamTimesheets, person, week, waiting(Int), noTimesheets, approveWeek, rejectWeek, reason, decidedBy(String), submittedAt
    case costRates, addRate, effectiveFrom, hourlyRate, noRates, ratesHelp, noRateOn(String), ledgerEntry, weekday(Int), dayTotal
    case hoursHelp, allStatuses, filter, postedNote, openTeam, openRates, openMine, daysWithoutRate(String), estimateNote

    var en: String {
        switch self {
        case .time: return "Timesheets"
        case .myTimesheet: return "My timesheet"
        case .weekOf(let d): return "Week of \(d)"
        case .previousWeek: return "← Previous week"
        case .nextWeek: return "Next week →"
        case .thisWeek: return "This week"
        case .status(let s):
            switch s {
            case .draft: return "Draft"
            case .submitted: return "Submitted"
            case .rejected: return "Rejected"
            case .approved: return "Approved"
            }
        case .account: return "Task and cost account"
        case .note: return "Note"
        case .total: return "Total"
        case .hours: return "Hours"
        case .cost: return "Cost"
        case .addRows: return "Empty rows add more accounts; clear a row's hours to remove it."
        case .saveHours: return "Save hours"
        case .submitWeek: return "Submit for approval"
        case .confirmSubmit: return "Submit this week? Its hours cannot change unless it is sent back."
        case .noLabourAccounts:
            return "No labour cost account yet, so there is nothing to book time to. Finance adds a labour account for each task people work on."
        case .rejectedBecause(let r): return "Sent back: \(r)"
        case .lockedSubmitted: return "Submitted and waiting for a decision; the hours are frozen."
        case .lockedApproved: return "Approved: the hours are posted to the ledger as labour cost and no longer change."
        case .teamTimesheets: return "Team timesheets"
        case .person: return "Person"
        case .week: return "Week"
        case .waiting(let n): return n == 1 ? "1 timesheet waits for a decision" : "\(n) timesheets wait for a decision"
        case .noTimesheets: return "No timesheets match. People fill in their week on their own timesheet page."
        case .approveWeek: return "Approve and post labour cost"
        case .rejectWeek: return "Send back"
        case .reason: return "Reason"
        case .decidedBy(let who): return "Decided by \(who)"
        case .submittedAt: return "Submitted"
        case .costRates: return "Cost rates"
        case .addRate: return "Set a rate"
        case .effectiveFrom: return "Effective from"
        case .hourlyRate: return "Hourly rate"
        case .noRates: return "No rates yet. Approved hours are priced at the person's rate on each day, so set one for everyone who books time."
        case .ratesHelp: return "A rate holds from its day until the person's next one. A rate from the same day replaces the old one."
        case .noRateOn(let d): return "No cost rate for this person on \(d)."
        case .ledgerEntry: return "Ledger entry"
        case .weekday(let i): return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][max(0, min(6, i - 1))]
        case .dayTotal: return "Day total"
        case .hoursHelp: return "Hours with up to two decimals, e.g. 7.5."
        case .allStatuses: return "All"
        case .filter: return "Filter"
        case .postedNote: return "Approving posts one labour entry per day and account at the person's rate on that day."
        case .openTeam: return "Team timesheets"
        case .openRates: return "Cost rates"
        case .openMine: return "My timesheet"
        case .daysWithoutRate(let days): return "No cost rate on \(days): approval is refused until finance sets one."
        case .estimateNote: return "Cost at the rates in force; fixed when approved."
        }
    }

    var zh: String {
        switch self {
        case .time: return "工时"
        case .myTimesheet: return "我的工时表"
        case .weekOf(let d): return "\(d)当周"
        case .previousWeek: return "← 上一周"
        case .nextWeek: return "下一周 →"
        case .thisWeek: return "本周"
        case .status(let s):
            switch s {
            case .draft: return "草稿"
            case .submitted: return "已提交"
            case .rejected: return "已退回"
            case .approved: return "已批准"
            }
        case .account: return "任务与成本科目"
        case .note: return "备注"
        case .total: return "合计"
        case .hours: return "工时"
        case .cost: return "成本"
        case .addRows: return "空行可添加更多科目；清空某行的工时即可删除该行。"
        case .saveHours: return "保存工时"
        case .submitWeek: return "提交审批"
        case .confirmSubmit: return "提交本周工时？提交后除非被退回，否则不能再修改。"
        case .noLabourAccounts: return "尚无人工成本科目，无法填报工时。请财务为有人员投入的任务添加人工科目。"
        case .rejectedBecause(let r): return "已退回：\(r)"
        case .lockedSubmitted: return "已提交，等待审批；工时已冻结。"
        case .lockedApproved: return "已批准：工时已作为人工成本记入账簿，不再变动。"
        case .teamTimesheets: return "团队工时"
        case .person: return "人员"
        case .week: return "周"
        case .waiting(let n): return "\(n) 份工时表待审批"
        case .noTimesheets: return "没有符合条件的工时表。每个人在自己的工时表页面填报当周工时。"
        case .approveWeek: return "批准并记入人工成本"
        case .rejectWeek: return "退回"
        case .reason: return "原因"
        case .decidedBy(let who): return "审批人：\(who)"
        case .submittedAt: return "提交时间"
        case .costRates: return "成本费率"
        case .addRate: return "设置费率"
        case .effectiveFrom: return "生效日期"
        case .hourlyRate: return "小时费率"
        case .noRates: return "尚无费率。已批准的工时按人员当天的费率计价，请为每位填报工时的人员设置费率。"
        case .ratesHelp: return "费率自生效日起适用，直到该人员的下一条费率。同一天的新费率会替换旧费率。"
        case .noRateOn(let d): return "该人员在\(d)没有成本费率。"
        case .ledgerEntry: return "账簿分录"
        case .weekday(let i): return ["周一", "周二", "周三", "周四", "周五", "周六", "周日"][max(0, min(6, i - 1))]
        case .dayTotal: return "当日合计"
        case .hoursHelp: return "工时最多两位小数，例如 7.5。"
        case .allStatuses: return "全部"
        case .filter: return "筛选"
        case .postedNote: return "批准后，按人员当天的费率为每天每个科目记一笔人工成本。"
        case .openTeam: return "团队工时"
        case .openRates: return "成本费率"
        case .openMine: return "我的工时表"
        case .daysWithoutRate(let days): return "\(days)没有成本费率：财务设置费率前无法批准。"
        case .estimateNote: return "按现行费率估算；批准时确定。"
        }
    }
}
