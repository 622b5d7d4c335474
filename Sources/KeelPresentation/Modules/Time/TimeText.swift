import KeelCore

/// The timesheet pages' strings in every language (reached through `Text.time`).
package enum TimeText: LocalizedText {
    case time, myTimesheet, weekOf(String), previousWeek, nextWeek, thisWeek, status(TimesheetStatus), account, note, total, hours, cost
    case addRows, saveHours, submitWeek, confirmSubmit, noLabourAccounts, rejectedBecause(String), lockedSubmitted, lockedApproved
    case teamTimesheets, person, week, waiting(Int), noTimesheets, approveWeek, rejectWeek, reason, decidedBy(String), submittedAt
    case costRates, addRate, effectiveFrom, hourlyRate, noRates, ratesHelp, noRateOn(String), ledgerEntry, weekday(Int), dayTotal
    case hoursHelp, allStatuses, filter, postedNote, openTeam, openRates, openMine, daysWithoutRate(String), estimateNote

    package var bilingual: Bilingual {
        switch self {
        case .time: return Bilingual("Timesheets", "工时")
        case .myTimesheet: return Bilingual("My timesheet", "我的工时表")
        case .weekOf(let d): return Bilingual("Week of \(d)", "\(d)当周")
        case .previousWeek: return Bilingual("← Previous week", "← 上一周")
        case .nextWeek: return Bilingual("Next week →", "下一周 →")
        case .thisWeek: return Bilingual("This week", "本周")
        case .status(let s):
            switch s {
            case .draft: return Bilingual("Draft", "草稿")
            case .submitted: return Bilingual("Submitted", "已提交")
            case .rejected: return Bilingual("Rejected", "已退回")
            case .approved: return Bilingual("Approved", "已批准")
            }
        case .account: return Bilingual("Task and cost account", "任务与成本科目")
        case .note: return Bilingual("Note", "备注")
        case .total: return Bilingual("Total", "合计")
        case .hours: return Bilingual("Hours", "工时")
        case .cost: return Bilingual("Cost", "成本")
        case .addRows: return Bilingual("Empty rows add more accounts; clear a row's hours to remove it.", "空行可添加更多科目；清空某行的工时即可删除该行。")
        case .saveHours: return Bilingual("Save hours", "保存工时")
        case .submitWeek: return Bilingual("Submit for approval", "提交审批")
        case .confirmSubmit: return Bilingual("Submit this week? Its hours cannot change unless it is sent back.", "提交本周工时？提交后除非被退回，否则不能再修改。")
        case .noLabourAccounts:
            return Bilingual(
                "No labour cost account yet, so there is nothing to book time to. Finance adds a labour account for each task people work on.",
                "尚无人工成本科目，无法填报工时。请财务为有人员投入的任务添加人工科目。"
            )
        case .rejectedBecause(let r): return Bilingual("Sent back: \(r)", "已退回：\(r)")
        case .lockedSubmitted: return Bilingual("Submitted and waiting for a decision; the hours are frozen.", "已提交，等待审批；工时已冻结。")
        case .lockedApproved:
            return Bilingual("Approved: the hours are posted to the ledger as labour cost and no longer change.", "已批准：工时已作为人工成本记入账簿，不再变动。")
        case .teamTimesheets: return Bilingual("Team timesheets", "团队工时")
        case .person: return Bilingual("Person", "人员")
        case .week: return Bilingual("Week", "周")
        case .waiting(let n): return Bilingual(n == 1 ? "1 timesheet waits for a decision" : "\(n) timesheets wait for a decision", "\(n) 份工时表待审批")
        case .noTimesheets:
            return Bilingual("No timesheets match. People fill in their week on their own timesheet page.", "没有符合条件的工时表。每个人在自己的工时表页面填报当周工时。")
        case .approveWeek: return Bilingual("Approve and post labour cost", "批准并记入人工成本")
        case .rejectWeek: return Bilingual("Send back", "退回")
        case .reason: return Bilingual("Reason", "原因")
        case .decidedBy(let who): return Bilingual("Decided by \(who)", "审批人：\(who)")
        case .submittedAt: return Bilingual("Submitted", "提交时间")
        case .costRates: return Bilingual("Cost rates", "成本费率")
        case .addRate: return Bilingual("Set a rate", "设置费率")
        case .effectiveFrom: return Bilingual("Effective from", "生效日期")
        case .hourlyRate: return Bilingual("Hourly rate", "小时费率")
        case .noRates:
            return Bilingual(
                "No rates yet. Approved hours are priced at the person's rate on each day, so set one for everyone who books time.",
                "尚无费率。已批准的工时按人员当天的费率计价，请为每位填报工时的人员设置费率。"
            )
        case .ratesHelp:
            return Bilingual(
                "A rate holds from its day until the person's next one. A rate from the same day replaces the old one.",
                "费率自生效日起适用，直到该人员的下一条费率。同一天的新费率会替换旧费率。"
            )
        case .noRateOn(let d): return Bilingual("No cost rate for this person on \(d).", "该人员在\(d)没有成本费率。")
        case .ledgerEntry: return Bilingual("Ledger entry", "账簿分录")
        case .weekday(let i):
            return Bilingual(
                ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][max(0, min(6, i - 1))],
                ["周一", "周二", "周三", "周四", "周五", "周六", "周日"][max(0, min(6, i - 1))]
            )
        case .dayTotal: return Bilingual("Day total", "当日合计")
        case .hoursHelp: return Bilingual("Hours with up to two decimals, e.g. 7.5.", "工时最多两位小数，例如 7.5。")
        case .allStatuses: return Bilingual("All", "全部")
        case .filter: return Bilingual("Filter", "筛选")
        case .postedNote:
            return Bilingual("Approving posts one labour entry per day and account at the person's rate on that day.", "批准后，按人员当天的费率为每天每个科目记一笔人工成本。")
        case .openTeam: return Bilingual("Team timesheets", "团队工时")
        case .openRates: return Bilingual("Cost rates", "成本费率")
        case .openMine: return Bilingual("My timesheet", "我的工时表")
        case .daysWithoutRate(let days):
            return Bilingual("No cost rate on \(days): approval is refused until finance sets one.", "\(days)没有成本费率：财务设置费率前无法批准。")
        case .estimateNote: return Bilingual("Cost at the rates in force; fixed when approved.", "按现行费率估算；批准时确定。")
        }
    }

}
