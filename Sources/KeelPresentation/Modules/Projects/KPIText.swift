/// The strings of KPI tracking in every language (reached through `Text.kpi`).
package enum KPIText: LocalizedText {
    case latest, measurements, measuredOn, value, note, record, noMeasurements, target(String), trend(String), notMeasured, measurementsHelp

    package var bilingual: Bilingual {
        switch self {
        case .latest: return Bilingual("Latest", "最新值")
        case .measurements: return Bilingual("Measured values", "实测值")
        case .measuredOn: return Bilingual("Measured on", "测量日期")
        case .value: return Bilingual("Value", "数值")
        case .note: return Bilingual("Note", "备注")
        case .record: return Bilingual("Record a value", "记录数值")
        case .noMeasurements: return Bilingual("No values measured yet. Record the first one below.", "尚无实测值。请在下方记录第一个。")
        case .target(let t): return Bilingual("Target \(t)", "目标 \(t)")
        case .trend(let name): return Bilingual("Trend of \(name)", "\(name)的趋势")
        case .notMeasured: return Bilingual("Not measured yet", "尚未测量")
        case .measurementsHelp:
            return Bilingual("One value per day. The latest gives the KPI's traffic light on the dashboard.", "每天一个数值。最新值决定仪表板上该指标的红黄绿状态。")
        }
    }

}
