import KeelCore

/// The issue log's strings in every language (reached through `Text.issue`).
package enum IssueText: LocalizedText {
    case issues, issueLog, issueLogHelp, addIssue, editIssue, title, description, owner, priority(IssuePriority), priorityLabel, status(IssueStatus)
    case statusLabel, raisedOn, due, resolvedOn, resolution, noIssues, fromRisk(String), overdue, occurred, occurredHelp, raiseIssue, linkedIssues
    case openIssues(Int)

    package var bilingual: Bilingual {
        switch self {
        case .issues: return Bilingual("Issues", "问题")
        case .issueLog: return Bilingual("Issue log", "问题日志")
        case .issueLogHelp:
            return Bilingual(
                "What has happened and needs handling. A risk that occurs becomes an issue from its page.",
                "已经发生、需要处理的事项。风险发生后，可在该风险页面将其转为问题。"
            )
        case .addIssue: return Bilingual("Record an issue", "记录问题")
        case .editIssue: return Bilingual("Edit issue", "编辑问题")
        case .title: return Bilingual("Title", "标题")
        case .description: return Bilingual("What happened", "发生了什么")
        case .owner: return Bilingual("Owner", "负责人")
        case .priority(let p):
            switch p {
            case .low: return Bilingual("Low", "低")
            case .medium: return Bilingual("Medium", "中")
            case .high: return Bilingual("High", "高")
            case .critical: return Bilingual("Critical", "严重")
            }
        case .priorityLabel: return Bilingual("Priority", "优先级")
        case .status(let s):
            switch s {
            case .open: return Bilingual("Open", "待处理")
            case .inProgress: return Bilingual("In progress", "处理中")
            case .resolved: return Bilingual("Resolved", "已解决")
            case .closed: return Bilingual("Closed", "已关闭")
            }
        case .statusLabel: return Bilingual("Status", "状态")
        case .raisedOn: return Bilingual("Raised on", "提出日期")
        case .due: return Bilingual("Due", "期限")
        case .resolvedOn: return Bilingual("Resolved on", "解决日期")
        case .resolution: return Bilingual("Resolution", "处理结果")
        case .noIssues:
            return Bilingual("No issues recorded. Record one here, or open one from a risk that has occurred.", "尚无问题记录。可在此记录，或从已发生的风险打开问题。")
        case .fromRisk(let code): return Bilingual("From risk \(code)", "来自风险 \(code)")
        case .overdue: return Bilingual("overdue", "已逾期")
        case .occurred: return Bilingual("It has happened", "风险已发生")
        case .occurredHelp:
            return Bilingual(
                "Marks the risk as occurred and opens an issue from it, with its owner, effect and contingency plan.",
                "将该风险标记为已发生，并据此打开一个问题，带上其负责人、影响和应急计划。"
            )
        case .raiseIssue: return Bilingual("Open an issue from this risk", "从此风险打开问题")
        case .linkedIssues: return Bilingual("Issues from this risk", "由此风险产生的问题")
        case .openIssues(let n): return Bilingual(n == 1 ? "1 open issue" : "\(n) open issues", "\(n) 个未解决问题")
        }
    }

}
