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
            case .revenue: return "Revenue invoiced"
            case .paymentReceived: return "Payment received"
            }
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
            case .revenue: return "开票收入"
            case .paymentReceived: return "收款"
            }
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
        }
    }
}
