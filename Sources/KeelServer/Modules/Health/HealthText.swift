/// The strings of project health in every language (reached through `Text.health`).
enum HealthText: Hashable {
    case title, schedule, cost, risk, cash, notAssessed, updating, onTime, ahead(Int), late(Int), missed(Int), spiT(String), cpi(String)
    case noCostYet, critical(Int), high(Int), overdue(Int), noSevereRisks, belowOn(String), cashHealthy, healthFilter, worstFirst, help

    var en: String {
        switch self {
        case .title: return "Health"
        case .schedule: return "Schedule"
        case .cost: return "Cost"
        case .risk: return "Risk"
        case .cash: return "Cash"
        case .notAssessed: return "Not assessed"
        case .updating: return "updating"
        case .onTime: return "on time"
        case .ahead(let n): return n == 1 ? "1 day ahead" : "\(n) days ahead"
        case .late(let n): return n == 1 ? "1 day late" : "\(n) days late"
        case .missed(let n): return n == 1 ? "1 missed deadline" : "\(n) missed deadlines"
        case .spiT(let v): return "SPI(t) \(v)"
        case .cpi(let v): return "CPI \(v)"
        case .noCostYet: return "no cost booked yet"
        case .critical(let n): return "\(n) critical"
        case .high(let n): return "\(n) high"
        case .overdue(let n): return "\(n) overdue"
        case .noSevereRisks: return "no high or critical risks"
        case .belowOn(let d): return "below threshold from \(d)"
        case .cashHealthy: return "above threshold"
        case .healthFilter: return "Health"
        case .worstFirst: return "Health (worst first)"
        case .help:
            return
                "Traffic lights: schedule from the forecast finish against the baseline or planned finish, missed deadlines and SPI(t); cost from CPI; risk from open critical and high risks and overdue reviews; cash from the forecast balance. Grey: not set up."
        }
    }

    var zh: String {
        switch self {
        case .title: return "健康状况"
        case .schedule: return "进度"
        case .cost: return "成本"
        case .risk: return "风险"
        case .cash: return "现金"
        case .notAssessed: return "未评估"
        case .updating: return "更新中"
        case .onTime: return "按期"
        case .ahead(let n): return "提前 \(n) 天"
        case .late(let n): return "延误 \(n) 天"
        case .missed(let n): return "错过 \(n) 个截止日期"
        case .spiT(let v): return "SPI(t) \(v)"
        case .cpi(let v): return "CPI \(v)"
        case .noCostYet: return "尚无成本入账"
        case .critical(let n): return "极高 \(n) 个"
        case .high(let n): return "高 \(n) 个"
        case .overdue(let n): return "逾期 \(n) 项"
        case .noSevereRisks: return "无高或极高风险"
        case .belowOn(let d): return "自 \(d) 起低于阈值"
        case .cashHealthy: return "高于阈值"
        case .healthFilter: return "健康状况"
        case .worstFirst: return "健康状况（最差在前）"
        case .help:
            return "红黄绿：进度看预测完工与基线或计划完工、错过的截止日期和时间进度绩效指数；成本看成本绩效指数；风险看未关闭的极高和高风险及逾期复核；现金看预测余额。灰色：尚未设置。"
        }
    }
}
