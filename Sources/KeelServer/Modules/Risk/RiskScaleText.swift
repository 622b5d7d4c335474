import KeelCore

/// The strings of the risk scales and their settings page in every language (reached through `Text.scales`).
enum RiskScaleText: Hashable {
    case settings, settingsHelp, averageImpact, impactNone, probabilityLevelName(Int), impactLevelName(Int)
    case probabilityScale, impactScale, levels, level, label, upToPercent, upToDays, upToCost(String), method, methodName(ScoreMethod)
    case bands, mediumFrom, highFrom, criticalFrom, reviewCadence, reviewDays(ScoreBand), maxScore(Int), unusedRows, fromNumbers(String)
    case suggestedProbability(Int), suggestedSchedule(Int), suggestedCost(Int)
    case riskCount(Int), subcategory, subcategoryHelp, categories, categoriesHelp, addCategory, editCategory, categoryName, placeUnder, noCategories,
        deleteCategoryHelp

    var en: String {
        switch self {
        case .settings: return "Risk scales"
        case .settingsHelp:
            return
                "What each level of probability and impact means on this project, how a score is worked out, where the bands start and how often each band is reviewed. Changing them rescores every risk; assessments stay as they were made."
        case .averageImpact: return "Average impact"
        case .impactNone: return "None"
        case .probabilityLevelName(let k): return ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"][max(0, min(4, k - 1))]
        case .impactLevelName(let k): return ["Minor", "Moderate", "Significant", "Major", "Severe"][max(0, min(4, k - 1))]
        case .probabilityScale: return "Probability scale"
        case .impactScale: return "Impact scale"
        case .levels: return "Levels"
        case .level: return "Level"
        case .label: return "Descriptor"
        case .upToPercent: return "Chance up to (%)"
        case .upToDays: return "Delay up to (working days)"
        case .upToCost(let currency): return "Cost up to (\(currency))"
        case .method: return "Score method"
        case .methodName(let m):
            switch m {
            case .productWorst: return "Probability × worst impact"
            case .productAverage: return "Probability × average impact"
            case .sumWorst: return "Probability + worst impact"
            }
        case .bands: return "Score bands"
        case .mediumFrom: return "Medium from score"
        case .highFrom: return "High from score"
        case .criticalFrom: return "Critical from score"
        case .reviewCadence: return "Review every (days)"
        case .reviewDays(let b):
            switch b {
            case .low: return "Low risks"
            case .medium: return "Medium risks"
            case .high: return "High risks"
            case .critical: return "Critical risks"
            }
        case .maxScore(let n): return "Highest possible score with these scales: \(n)."
        case .unusedRows: return "Rows beyond the number of levels are ignored. Leave a descriptor empty for the built-in one (five-level scales)."
        case .fromNumbers(let text): return "On this project's scales the numbers say: \(text)."
        case .suggestedProbability(let k): return "probability \(k)"
        case .suggestedSchedule(let k): return "schedule impact \(k)"
        case .suggestedCost(let k): return "cost impact \(k)"
        case .riskCount(let n): return n == 1 ? "1 risk" : "\(n) risks"
        case .subcategory: return "Place in the breakdown structure"
        case .subcategoryHelp: return "Choosing one sets the top-level category to its own."
        case .categories: return "Risk breakdown structure"
        case .categoriesHelp:
            return
                "The five standard categories are the top level; add the project's own below them, as deep as you need. The register filters by any of them, including everything below."
        case .addCategory: return "Add a category"
        case .editCategory: return "Edit category"
        case .categoryName: return "Name"
        case .placeUnder: return "Under"
        case .noCategories: return "Nothing below the standard categories yet."
        case .deleteCategoryHelp: return "Deleting moves its categories and risks up one level."
        }
    }

    var zh: String {
        switch self {
        case .settings: return "风险评估尺度"
        case .settingsHelp: return "定义本项目中概率与影响各等级的含义、分值的计算方法、各等级区间的起点以及各等级的复核周期。修改后将重新计算所有风险的分值，已做的评估保持不变。"
        case .averageImpact: return "平均影响"
        case .impactNone: return "无"
        case .probabilityLevelName(let k): return ["罕见", "不太可能", "可能", "很可能", "几乎确定"][max(0, min(4, k - 1))]
        case .impactLevelName(let k): return ["轻微", "一般", "较大", "重大", "严重"][max(0, min(4, k - 1))]
        case .probabilityScale: return "概率尺度"
        case .impactScale: return "影响尺度"
        case .levels: return "等级数"
        case .level: return "等级"
        case .label: return "描述"
        case .upToPercent: return "概率上限（%）"
        case .upToDays: return "延误上限（工作日）"
        case .upToCost(let currency): return "成本上限（\(currency)）"
        case .method: return "分值计算方法"
        case .methodName(let m):
            switch m {
            case .productWorst: return "概率 × 最严重影响"
            case .productAverage: return "概率 × 平均影响"
            case .sumWorst: return "概率 + 最严重影响"
            }
        case .bands: return "分值等级"
        case .mediumFrom: return "中等起始分值"
        case .highFrom: return "高起始分值"
        case .criticalFrom: return "极高起始分值"
        case .reviewCadence: return "复核周期（天）"
        case .reviewDays(let b):
            switch b {
            case .low: return "低风险"
            case .medium: return "中等风险"
            case .high: return "高风险"
            case .critical: return "极高风险"
            }
        case .maxScore(let n): return "按当前尺度，最高分值为 \(n)。"
        case .unusedRows: return "超出等级数的行将被忽略。描述留空则使用内置描述（五级尺度）。"
        case .fromNumbers(let text): return "按本项目的尺度，量化数据对应：\(text)。"
        case .suggestedProbability(let k): return "概率 \(k) 级"
        case .suggestedSchedule(let k): return "进度影响 \(k) 级"
        case .suggestedCost(let k): return "成本影响 \(k) 级"
        case .riskCount(let n): return "\(n) 个风险"
        case .subcategory: return "在风险分解结构中的位置"
        case .subcategoryHelp: return "选择后，顶层类别随之确定。"
        case .categories: return "风险分解结构"
        case .categoriesHelp: return "五个标准类别为顶层；可在其下添加本项目自己的类别，层级不限。风险登记册可按任一类别筛选，并包含其下所有类别。"
        case .addCategory: return "新增类别"
        case .editCategory: return "编辑类别"
        case .categoryName: return "名称"
        case .placeUnder: return "上级"
        case .noCategories: return "标准类别下尚无子类别。"
        case .deleteCategoryHelp: return "删除后，其下的类别和风险将上移一级。"
        }
    }
}
