/// The strings of the correlated-durations pages in every language (reached through `Text.correlated`).
package enum CorrelationText: LocalizedText {
    case groups, groupsHelp, addGroup, editGroup, name, coefficient, coefficientHelp, rankCorrelation, tasks, tasksHelp, noGroups, inactive
    case inOtherGroup(String), groupCount(Int), manage, theory

    package var bilingual: Bilingual {
        switch self {
        case .groups: return Bilingual("Correlated durations", "工期相关性")
        case .groupsHelp:
            return Bilingual(
                "Tasks estimated by the same team, on the same technology or from the same supplier tend to overrun together. Group them, and the analysis draws their durations together instead of letting their errors cancel out.",
                "由同一团队估算、采用同一技术或依赖同一供应商的任务往往一起超期。将它们编为一组，分析时会同向抽取其工期，而不是让误差相互抵消。"
            )
        case .addGroup: return Bilingual("Add a group", "新增分组")
        case .editGroup: return Bilingual("Edit group", "编辑分组")
        case .name: return Bilingual("What the tasks share", "共同因素")
        case .coefficient: return Bilingual("Correlation (0–1)", "相关系数（0–1）")
        case .coefficientHelp:
            return Bilingual(
                "0 independent, 1 always the same share of their ranges; 0.3 weak, 0.6 strong.",
                "0 表示相互独立，1 表示始终处于各自区间的同一位置；0.3 为弱相关，0.6 为强相关。"
            )
        case .rankCorrelation: return Bilingual("Rank correlation of each pair", "两两任务的秩相关系数")
        case .tasks: return Bilingual("Tasks", "任务")
        case .tasksHelp:
            return Bilingual(
                "At least two tasks; only those with a three-point estimate vary. A task can be in one group only.",
                "至少两个任务；只有带三点估算的任务才会变化。每个任务只能属于一个分组。"
            )
        case .noGroups: return Bilingual("No groups yet: every task's duration is drawn on its own.", "尚无分组：每个任务的工期各自独立抽取。")
        case .inactive: return Bilingual("Not used: fewer than two tasks left", "未使用：剩余任务不足两个")
        case .inOtherGroup(let name): return Bilingual("in “\(name)”", "属于“\(name)”")
        case .groupCount(let n): return Bilingual(n == 1 ? "1 group of correlated tasks" : "\(n) groups of correlated tasks", "\(n) 个相关任务分组")
        case .manage: return Bilingual("Correlated durations", "工期相关性")
        case .theory:
            return Bilingual(
                "Each group shares one random factor: every pair of its tasks gets the correlation you set (as normal scores; the rank correlation shown), and each task keeps its own distribution.",
                "每个分组共用一个随机因子：组内任意两个任务的相关系数即为所设值（按正态分数计，下表列出秩相关系数），每个任务仍保持自身的分布。"
            )
        }
    }

}
