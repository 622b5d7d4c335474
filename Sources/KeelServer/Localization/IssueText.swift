import KeelCore

/// The issue log's strings in every language (reached through `Text.issue`).
enum IssueText: Hashable {
    case issues, issueLog, issueLogHelp, addIssue, editIssue, title, description, owner, priority(IssuePriority), priorityLabel, status(IssueStatus)
    case statusLabel, raisedOn, due, resolvedOn, resolution, noIssues, fromRisk(String), overdue, occurred, occurredHelp, raiseIssue, linkedIssues
    case openIssues(Int)

    var en: String {
        switch self {
        case .issues: return "Issues"
        case .issueLog: return "Issue log"
        case .issueLogHelp: return "What has happened and needs handling. A risk that occurs becomes an issue from its page."
        case .addIssue: return "Record an issue"
        case .editIssue: return "Edit issue"
        case .title: return "Title"
        case .description: return "What happened"
        case .owner: return "Owner"
        case .priority(let p):
            switch p {
            case .low: return "Low"
            case .medium: return "Medium"
            case .high: return "High"
            case .critical: return "Critical"
            }
        case .priorityLabel: return "Priority"
        case .status(let s):
            switch s {
            case .open: return "Open"
            case .inProgress: return "In progress"
            case .resolved: return "Resolved"
            case .closed: return "Closed"
            }
        case .statusLabel: return "Status"
        case .raisedOn: return "Raised on"
        case .due: return "Due"
        case .resolvedOn: return "Resolved on"
        case .resolution: return "Resolution"
        case .noIssues: return "No issues recorded. Record one here, or open one from a risk that has occurred."
        case .fromRisk(let code): return "From risk \(code)"
        case .overdue: return "overdue"
        case .occurred: return "It has happened"
        case .occurredHelp: return "Marks the risk as occurred and opens an issue from it, with its owner, effect and contingency plan."
        case .raiseIssue: return "Open an issue from this risk"
        case .linkedIssues: return "Issues from this risk"
        case .openIssues(let n): return n == 1 ? "1 open issue" : "\(n) open issues"
        }
    }

    var zh: String {
        switch self {
        case .issues: return "问题"
        case .issueLog: return "问题日志"
        case .issueLogHelp: return "已经发生、需要处理的事项。风险发生后，可在该风险页面将其转为问题。"
        case .addIssue: return "记录问题"
        case .editIssue: return "编辑问题"
        case .title: return "标题"
        case .description: return "发生了什么"
        case .owner: return "负责人"
        case .priority(let p):
            switch p {
            case .low: return "低"
            case .medium: return "中"
            case .high: return "高"
            case .critical: return "严重"
            }
        case .priorityLabel: return "优先级"
        case .status(let s):
            switch s {
            case .open: return "待处理"
            case .inProgress: return "处理中"
            case .resolved: return "已解决"
            case .closed: return "已关闭"
            }
        case .statusLabel: return "状态"
        case .raisedOn: return "提出日期"
        case .due: return "期限"
        case .resolvedOn: return "解决日期"
        case .resolution: return "处理结果"
        case .noIssues: return "尚无问题记录。可在此记录，或从已发生的风险打开问题。"
        case .fromRisk(let code): return "来自风险 \(code)"
        case .overdue: return "已逾期"
        case .occurred: return "风险已发生"
        case .occurredHelp: return "将该风险标记为已发生，并据此打开一个问题，带上其负责人、影响和应急计划。"
        case .raiseIssue: return "从此风险打开问题"
        case .linkedIssues: return "由此风险产生的问题"
        case .openIssues(let n): return "\(n) 个未解决问题"
        }
    }
}
