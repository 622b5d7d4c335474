/// MSPDI written straight into bytes, element by element in the schema's order: the same bytes
/// XMLCoder's pretty printer gave (four-space indent, `<X />` for an element without content, the five
/// XML characters escaped in text, no newline after the root), without building a tree of strings
/// first. `MSPDIByteWriterTests` compares both on generated plans.
struct XMLByteWriter {
    private(set) var bytes: [UInt8] = []
    private var level = 0

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    private mutating func indent() {
        for _ in 0..<(level * 4) { bytes.append(0x20) }
    }

    private mutating func append(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text with `&`, `<`, `>`, `'` and `"` escaped.
    private mutating func appendEscaped(_ s: String) {
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case UInt8(ascii: "'"): append("&apos;")
            case UInt8(ascii: "\""): append("&quot;")
            default: bytes.append(b)
            }
        }
    }

    private mutating func appendInt(_ v: Int) {
        if v < 0 { bytes.append(UInt8(ascii: "-")) }
        // Digits least significant first, then turned around in place: no array per number.
        let start = bytes.count
        var m = v.magnitude
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(m % 10))
            m /= 10
        } while m > 0
        bytes[start...].reverse()
    }

    mutating func leaf(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        indent()
        append("<")
        append(name)
        append(">")
        appendEscaped(value)
        append("</")
        append(name)
        append(">\n")
    }

    mutating func leaf(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        indent()
        append("<")
        append(name)
        append(">")
        appendInt(value)
        append("</")
        append(name)
        append(">\n")
    }

    /// An element with children; `<name />` when the body writes nothing.
    mutating func element(_ name: StaticString, attributes: StaticString = "", _ body: (inout XMLByteWriter) -> Void) {
        let mark = bytes.count
        indent()
        append("<")
        append(name)
        append(attributes)
        append(">\n")
        let contentStart = bytes.count
        level += 1
        body(&self)
        level -= 1
        if bytes.count == contentStart {
            bytes.removeSubrange(mark...)
            indent()
            append("<")
            append(name)
            append(attributes)
            append(" />\n")
        } else {
            indent()
            append("</")
            append(name)
            append(">\n")
        }
    }

    mutating func element(_ name: StaticString, _ value: (some MSPDIWritable)?) {
        guard let value else { return }
        element(name) { value.write(into: &$0) }
    }

    mutating func elements(_ name: StaticString, _ values: [some MSPDIWritable]?) {
        for value in values ?? [] { element(name) { value.write(into: &$0) } }
    }

    /// The whole document: the XML declaration, then `Project` without a newline after it.
    static func document(_ project: MSProject) -> [UInt8] {
        var w = XMLByteWriter(capacity: 4_096 + 700 * (project.Tasks?.Task?.count ?? 0))
        w.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        w.element("Project", attributes: " xmlns=\"http://schemas.microsoft.com/project\"") { project.write(into: &$0) }
        w.bytes.removeLast()
        return w.bytes
    }
}

/// A part of the MSPDI document that writes its own elements, in the schema's order.
protocol MSPDIWritable {
    func write(into w: inout XMLByteWriter)
}

extension MSProject: MSPDIWritable {
    func write(into w: inout XMLByteWriter) {
        w.leaf("SaveVersion", SaveVersion)
        w.leaf("Name", Name)
        w.leaf("Title", Title)
        w.leaf("ScheduleFromStart", ScheduleFromStart)
        w.leaf("StartDate", StartDate)
        w.leaf("FinishDate", FinishDate)
        w.leaf("CriticalSlackLimit", CriticalSlackLimit)
        w.leaf("CurrencyCode", CurrencyCode)
        w.leaf("CalendarUID", CalendarUID)
        w.leaf("DefaultStartTime", DefaultStartTime)
        w.leaf("DefaultFinishTime", DefaultFinishTime)
        w.leaf("MinutesPerDay", MinutesPerDay)
        w.leaf("MinutesPerWeek", MinutesPerWeek)
        w.leaf("DaysPerMonth", DaysPerMonth)
        w.leaf("StatusDate", StatusDate)
        w.element("ExtendedAttributes", ExtendedAttributes)
        w.element("Calendars", Calendars)
        w.element("Tasks", Tasks)
    }
}

extension MSExtendedAttributeDefinitions: MSPDIWritable {
    func write(into w: inout XMLByteWriter) { w.elements("ExtendedAttribute", ExtendedAttribute) }
}

extension MSExtendedAttributeDefinition: MSPDIWritable {
    func write(into w: inout XMLByteWriter) {
        w.leaf("FieldID", FieldID)
        w.leaf("FieldName", FieldName)
    }
}

extension MSCalendars: MSPDIWritable {
    func write(into w: inout XMLByteWriter) { w.elements("Calendar", Calendar) }
}

extension MSCalendar: MSPDIWritable {
    func write(into w: inout XMLByteWriter) {
        w.leaf("UID", UID)
        w.leaf("Name", Name)
        w.leaf("IsBaseCalendar", IsBaseCalendar)
        w.leaf("BaseCalendarUID", BaseCalendarUID)
        w.element("WeekDays", WeekDays)
        w.element("Exceptions", Exceptions)
        w.element("WorkWeeks", WorkWeeks)
    }
}

extension MSWeekDays: MSPDIWritable {
    func write(into w: inout XMLByteWriter) { w.elements("WeekDay", WeekDay) }
}

extension MSWeekDay: MSPDIWritable {
    func write(into w: inout XMLByteWriter) {
        w.leaf("DayType", DayType)
        w.leaf("DayWorking", DayWorking)
        w.element("TimePeriod", TimePeriod)
        w.element("WorkingTimes", WorkingTimes)
    }
}

extension MSTimePeriod: MSPDIWritable {
    func write(into w: inout XMLByteWriter) {
        w.leaf("FromDate", FromDate)
        w.leaf("ToDate", ToDate)
    }
}

extension MSWorkingTimes: MSPDIWritable {
    func write(into w: inout XMLByteWriter) { w.elements("WorkingTime", WorkingTime) }
}

extension MSWorkingTime: MSPDIWritable {
    func write(into w: inout XMLByteWriter) {
        w.leaf("FromTime", FromTime)
        w.leaf("ToTime", ToTime)
    }
}

extension MSExceptions: MSPDIWritable {
    func write(into w: inout XMLByteWriter) { w.elements("Exception", Exception) }
}

extension MSException: MSPDIWritable {
    func write(into w: inout XMLByteWriter) {
        w.leaf("EnteredByOccurrences", EnteredByOccurrences)
        w.element("TimePeriod", TimePeriod)
        w.leaf("Occurrences", Occurrences)
        w.leaf("Name", Name)
        w.leaf("Type", self.`Type`)
        w.leaf("Period", Period)
        w.leaf("DaysOfWeek", DaysOfWeek)
        w.leaf("MonthItem", MonthItem)
        w.leaf("MonthPosition", MonthPosition)
        w.leaf("Month", Month)
        w.leaf("MonthDay", MonthDay)
        w.leaf("DayWorking", DayWorking)
        w.element("WorkingTimes", WorkingTimes)
    }
}

extension MSWorkWeeks: MSPDIWritable {
    func write(into w: inout XMLByteWriter) { w.elements("WorkWeek", WorkWeek) }
}

extension MSWorkWeek: MSPDIWritable {
    func write(into w: inout XMLByteWriter) {
        w.element("TimePeriod", TimePeriod)
        w.leaf("Name", Name)
        w.element("WeekDays", WeekDays)
    }
}

extension MSTasks: MSPDIWritable {
    func write(into w: inout XMLByteWriter) { w.elements("Task", Task) }
}

extension MSTask: MSPDIWritable {
    func write(into w: inout XMLByteWriter) {
        w.leaf("UID", UID)
        w.leaf("ID", ID)
        w.leaf("Name", Name)
        w.leaf("IsNull", IsNull)
        w.leaf("WBS", WBS)
        w.leaf("OutlineNumber", OutlineNumber)
        w.leaf("OutlineLevel", OutlineLevel)
        w.leaf("Priority", Priority)
        w.leaf("Start", Start)
        w.leaf("Finish", Finish)
        w.leaf("Duration", Duration)
        w.leaf("DurationFormat", DurationFormat)
        w.leaf("Milestone", Milestone)
        w.leaf("Summary", Summary)
        w.leaf("Critical", Critical)
        w.leaf("EarlyStart", EarlyStart)
        w.leaf("EarlyFinish", EarlyFinish)
        w.leaf("LateStart", LateStart)
        w.leaf("LateFinish", LateFinish)
        w.leaf("FreeSlack", FreeSlack)
        w.leaf("TotalSlack", TotalSlack)
        w.leaf("PercentComplete", PercentComplete)
        w.leaf("ActualStart", ActualStart)
        w.leaf("ActualFinish", ActualFinish)
        w.leaf("RemainingDuration", RemainingDuration)
        w.leaf("ConstraintType", ConstraintType)
        w.leaf("CalendarUID", CalendarUID)
        w.leaf("ConstraintDate", ConstraintDate)
        w.leaf("Deadline", Deadline)
        w.leaf("Notes", Notes)
        w.elements("PredecessorLink", PredecessorLink)
        w.elements("ExtendedAttribute", ExtendedAttribute)
        w.elements("Baseline", Baseline)
    }
}

extension MSPredecessorLink: MSPDIWritable {
    func write(into w: inout XMLByteWriter) {
        w.leaf("PredecessorUID", PredecessorUID)
        w.leaf("Type", self.`Type`)
        w.leaf("CrossProject", CrossProject)
        w.leaf("LinkLag", LinkLag)
        w.leaf("LagFormat", LagFormat)
    }
}

extension MSExtendedAttributeValue: MSPDIWritable {
    func write(into w: inout XMLByteWriter) {
        w.leaf("FieldID", FieldID)
        w.leaf("Value", Value)
        w.leaf("DurationFormat", DurationFormat)
    }
}

extension MSBaseline: MSPDIWritable {
    func write(into w: inout XMLByteWriter) {
        w.leaf("Number", Number)
        w.leaf("Start", Start)
        w.leaf("Finish", Finish)
        w.leaf("Duration", Duration)
        w.leaf("DurationFormat", DurationFormat)
    }
}
