/// The strings of KPI tracking in every language (reached through `Text.kpi`).
enum KPIText: Hashable {
    case latest, measurements, measuredOn, value, note, record, noMeasurements, target(String), trend(String), notMeasured, measurementsHelp

    var en: String {
        switch self {
        case .latest: return "Latest"
        case .measurements: return "Measured values"
        case .measuredOn: return "Measured on"
        case .value: return "Value"
        case .note: return "Note"
        case .record: return "Record a value"
        case .noMeasurements: return "No values measured yet. Record the first one below."
        case .target(let t): return "Target \(t)"
        case .trend(let name): return "Trend of \(name)"
        case .notMeasured: return "Not measured yet"
        case .measurementsHelp: return "One value per day. The latest gives the KPI's traffic light on the dashboard."
        }
    }

    var zh: String {
        switch self {
        case .latest: return "最新值"
        case .measurements: return "实测值"
        case .measuredOn: return "测量日期"
        case .value: return "数值"
        case .note: return "备注"
        case .record: return "记录数值"
        case .noMeasurements: return "尚无实测值。请在下方记录第一个。"
        case .target(let t): return "目标 \(t)"
        case .trend(let name): return "\(name)的趋势"
        case .notMeasured: return "尚未测量"
        case .measurementsHelp: return "每天一个数值。最新值决定仪表板上该指标的红黄绿状态。"
        }
    }
}
