/// The strings of project health in every language (reached through `Text.health`).
package enum HealthText: LocalizedText {
    case title, schedule, cost, risk, cash, notAssessed, updating, onTime, ahead(Int), late(Int), missed(Int), spiT(String), cpi(String)
    case noCostYet, critical(Int), high(Int), overdue(Int), noSevereRisks, belowOn(String), cashHealthy, healthFilter, worstFirst, help

    package var bilingual: Bilingual {
        switch self {
        case .title: return Bilingual("Health", "健康状况")
        case .schedule: return Bilingual("Schedule", "进度")
        case .cost: return Bilingual("Cost", "成本")
        case .risk: return Bilingual("Risk", "风险")
        case .cash: return Bilingual("Cash", "现金")
        case .notAssessed: return Bilingual("Not assessed", "未评估")
        case .updating: return Bilingual("updating", "更新中")
        case .onTime: return Bilingual("on time", "按期")
        case .ahead(let n): return Bilingual(n == 1 ? "1 day ahead" : "\(n) days ahead", "提前 \(n) 天")
        case .late(let n): return Bilingual(n == 1 ? "1 day late" : "\(n) days late", "延误 \(n) 天")
        case .missed(let n): return Bilingual(n == 1 ? "1 missed deadline" : "\(n) missed deadlines", "错过 \(n) 个截止日期")
        case .spiT(let v): return Bilingual("SPI(t) \(v)", "SPI(t) \(v)")
        case .cpi(let v): return Bilingual("CPI \(v)", "CPI \(v)")
        case .noCostYet: return Bilingual("no cost booked yet", "尚无成本入账")
        case .critical(let n): return Bilingual("\(n) critical", "极高 \(n) 个")
        case .high(let n): return Bilingual("\(n) high", "高 \(n) 个")
        case .overdue(let n): return Bilingual("\(n) overdue", "逾期 \(n) 项")
        case .noSevereRisks: return Bilingual("no high or critical risks", "无高或极高风险")
        case .belowOn(let d): return Bilingual("below threshold from \(d)", "自 \(d) 起低于阈值")
        case .cashHealthy: return Bilingual("above threshold", "高于阈值")
        case .healthFilter: return Bilingual("Health", "健康状况")
        case .worstFirst: return Bilingual("Health (worst first)", "健康状况（最差在前）")
        case .help:
            return Bilingual(
                "Traffic lights: schedule from the forecast finish against the baseline or planned finish, missed deadlines and SPI(t); cost from CPI; risk from open critical and high risks and overdue reviews; cash from the forecast balance. Grey: not set up.",
                "红黄绿：进度看预测完工与基线或计划完工、错过的截止日期和时间进度绩效指数；成本看成本绩效指数；风险看未关闭的极高和高风险及逾期复核；现金看预测余额。灰色：尚未设置。"
            )
        }
    }

}
