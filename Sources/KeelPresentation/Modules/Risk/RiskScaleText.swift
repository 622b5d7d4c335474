import KeelCore

/// The strings of the risk scales and their settings page in every language (reached through `Text.scales`).
package enum RiskScaleText: LocalizedText {
    case settings, settingsHelp, averageImpact, impactNone, probabilityLevelName(Int), impactLevelName(Int)
    case probabilityScale, impactScale, levels, level, label, upToPercent, upToDays, upToCost(String), method, methodName(ScoreMethod)
    case bands, mediumFrom, highFrom, criticalFrom, reviewCadence, reviewDays(ScoreBand), maxScore(Int), unusedRows, fromNumbers(String)
    case suggestedProbability(Int), suggestedSchedule(Int), suggestedCost(Int)
    case riskCount(Int), subcategory, subcategoryHelp, categories, categoriesHelp, addCategory, editCategory, categoryName, placeUnder, noCategories,
        deleteCategoryHelp

    package var bilingual: Bilingual {
        switch self {
        case .settings: return Bilingual("Risk scales", "风险评估尺度")
        case .settingsHelp:
            return Bilingual(
                "What each level of probability and impact means on this project, how a score is worked out, where the bands start and how often each band is reviewed. Changing them rescores every risk; assessments stay as they were made.",
                "定义本项目中概率与影响各等级的含义、分值的计算方法、各等级区间的起点以及各等级的复核周期。修改后将重新计算所有风险的分值，已做的评估保持不变。"
            )
        case .averageImpact: return Bilingual("Average impact", "平均影响")
        case .impactNone: return Bilingual("None", "无")
        case .probabilityLevelName(let k):
            return Bilingual(
                ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"][max(0, min(4, k - 1))],
                ["罕见", "不太可能", "可能", "很可能", "几乎确定"][max(0, min(4, k - 1))]
            )
        case .impactLevelName(let k):
            return Bilingual(
                ["Minor", "Moderate", "Significant", "Major", "Severe"][max(0, min(4, k - 1))],
                ["轻微", "一般", "较大", "重大", "严重"][max(0, min(4, k - 1))]
            )
        case .probabilityScale: return Bilingual("Probability scale", "概率尺度")
        case .impactScale: return Bilingual("Impact scale", "影响尺度")
        case .levels: return Bilingual("Levels", "等级数")
        case .level: return Bilingual("Level", "等级")
        case .label: return Bilingual("Descriptor", "描述")
        case .upToPercent: return Bilingual("Chance up to (%)", "概率上限（%）")
        case .upToDays: return Bilingual("Delay up to (working days)", "延误上限（工作日）")
        case .upToCost(let currency): return Bilingual("Cost up to (\(currency))", "成本上限（\(currency)）")
        case .method: return Bilingual("Score method", "分值计算方法")
        case .methodName(let m):
            switch m {
            case .productWorst: return Bilingual("Probability × worst impact", "概率 × 最严重影响")
            case .productAverage: return Bilingual("Probability × average impact", "概率 × 平均影响")
            case .sumWorst: return Bilingual("Probability + worst impact", "概率 + 最严重影响")
            }
        case .bands: return Bilingual("Score bands", "分值等级")
        case .mediumFrom: return Bilingual("Medium from score", "中等起始分值")
        case .highFrom: return Bilingual("High from score", "高起始分值")
        case .criticalFrom: return Bilingual("Critical from score", "极高起始分值")
        case .reviewCadence: return Bilingual("Review every (days)", "复核周期（天）")
        case .reviewDays(let b):
            switch b {
            case .low: return Bilingual("Low risks", "低风险")
            case .medium: return Bilingual("Medium risks", "中等风险")
            case .high: return Bilingual("High risks", "高风险")
            case .critical: return Bilingual("Critical risks", "极高风险")
            }
        case .maxScore(let n): return Bilingual("Highest possible score with these scales: \(n).", "按当前尺度，最高分值为 \(n)。")
        case .unusedRows:
            return Bilingual(
                "Rows beyond the number of levels are ignored. Leave a descriptor empty for the built-in one (five-level scales).",
                "超出等级数的行将被忽略。描述留空则使用内置描述（五级尺度）。"
            )
        case .fromNumbers(let text): return Bilingual("On this project's scales the numbers say: \(text).", "按本项目的尺度，量化数据对应：\(text)。")
        case .suggestedProbability(let k): return Bilingual("probability \(k)", "概率 \(k) 级")
        case .suggestedSchedule(let k): return Bilingual("schedule impact \(k)", "进度影响 \(k) 级")
        case .suggestedCost(let k): return Bilingual("cost impact \(k)", "成本影响 \(k) 级")
        case .riskCount(let n): return Bilingual(n == 1 ? "1 risk" : "\(n) risks", "\(n) 个风险")
        case .subcategory: return Bilingual("Place in the breakdown structure", "在风险分解结构中的位置")
        case .subcategoryHelp: return Bilingual("Choosing one sets the top-level category to its own.", "选择后，顶层类别随之确定。")
        case .categories: return Bilingual("Risk breakdown structure", "风险分解结构")
        case .categoriesHelp:
            return Bilingual(
                "The five standard categories are the top level; add the project's own below them, as deep as you need. The register filters by any of them, including everything below.",
                "五个标准类别为顶层；可在其下添加本项目自己的类别，层级不限。风险登记册可按任一类别筛选，并包含其下所有类别。"
            )
        case .addCategory: return Bilingual("Add a category", "新增类别")
        case .editCategory: return Bilingual("Edit category", "编辑类别")
        case .categoryName: return Bilingual("Name", "名称")
        case .placeUnder: return Bilingual("Under", "上级")
        case .noCategories: return Bilingual("Nothing below the standard categories yet.", "标准类别下尚无子类别。")
        case .deleteCategoryHelp: return Bilingual("Deleting moves its categories and risks up one level.", "删除后，其下的类别和风险将上移一级。")
        }
    }

}
