// The part of Microsoft Project's XML schema (MSPDI) that Keel reads and writes. Property names
// are the element names and are declared in the schema's sequence order (MSPDIByteWriter.swift
// writes them in that order too, and MS Project validates it).
// Flags are Ints (MS Project writes 0/1); durations are xsd:duration text (`PT8H0M0S`).

struct MSProject: Codable {
    var SaveVersion: Int?
    var Name: String?
    var Title: String?
    var ScheduleFromStart: Int?
    var StartDate: String?
    var FinishDate: String?
    var CriticalSlackLimit: Int?
    var CurrencyCode: String?
    var CalendarUID: Int?
    var DefaultStartTime: String?
    var DefaultFinishTime: String?
    var MinutesPerDay: Int?
    var MinutesPerWeek: Int?
    var DaysPerMonth: Int?
    var StatusDate: String?
    var ExtendedAttributes: MSExtendedAttributeDefinitions?
    var Calendars: MSCalendars?
    var Tasks: MSTasks?
}

struct MSExtendedAttributeDefinitions: Codable {
    var ExtendedAttribute: [MSExtendedAttributeDefinition]?
}

struct MSExtendedAttributeDefinition: Codable {
    var FieldID: String?
    var FieldName: String?
}

struct MSCalendars: Codable {
    var Calendar: [MSCalendar]?
}

struct MSCalendar: Codable {
    var UID: Int
    var Name: String?
    var IsBaseCalendar: Int?
    var BaseCalendarUID: Int?
    var WeekDays: MSWeekDays?
    var Exceptions: MSExceptions?
    var WorkWeeks: MSWorkWeeks?
}

struct MSWeekDays: Codable {
    var WeekDay: [MSWeekDay]?
}

struct MSWeekDay: Codable {
    /// 0 = exception (old style), 1 = Sunday … 7 = Saturday.
    var DayType: Int
    var DayWorking: Int?
    var TimePeriod: MSTimePeriod?
    var WorkingTimes: MSWorkingTimes?
}

struct MSTimePeriod: Codable {
    var FromDate: String?
    var ToDate: String?
}

struct MSWorkingTimes: Codable {
    var WorkingTime: [MSWorkingTime]?
}

struct MSWorkingTime: Codable {
    var FromTime: String?
    var ToTime: String?
}

struct MSExceptions: Codable {
    var Exception: [MSException]?
}

struct MSException: Codable {
    var EnteredByOccurrences: Int?
    var TimePeriod: MSTimePeriod?
    var Occurrences: Int?
    var Name: String?
    /// 1 = daily; the others are recurrences (yearly, monthly, weekly …).
    var `Type`: Int?
    var Period: Int?
    var DaysOfWeek: Int?
    var MonthItem: Int?
    var MonthPosition: Int?
    var Month: Int?
    var MonthDay: Int?
    var DayWorking: Int?
    var WorkingTimes: MSWorkingTimes?
}

struct MSWorkWeeks: Codable {
    var WorkWeek: [MSWorkWeek]?
}

struct MSWorkWeek: Codable {
    var TimePeriod: MSTimePeriod?
    var Name: String?
    var WeekDays: MSWeekDays?
}

struct MSTasks: Codable {
    var Task: [MSTask]?
}

struct MSTask: Codable {
    var UID: Int
    var ID: Int?
    var Name: String?
    var IsNull: Int?
    var WBS: String?
    var OutlineNumber: String?
    var OutlineLevel: Int?
    var Priority: Int?
    var Start: String?
    var Finish: String?
    var Duration: String?
    var DurationFormat: Int?
    var Milestone: Int?
    var Summary: Int?
    var Critical: Int?
    var EarlyStart: String?
    var EarlyFinish: String?
    var LateStart: String?
    var LateFinish: String?
    /// Tenths of a minute.
    var FreeSlack: Int?
    var TotalSlack: Int?
    var PercentComplete: Int?
    var ActualStart: String?
    var ActualFinish: String?
    var RemainingDuration: String?
    var ConstraintType: Int?
    var CalendarUID: Int?
    var ConstraintDate: String?
    var Deadline: String?
    var Notes: String?
    var PredecessorLink: [MSPredecessorLink]?
    var ExtendedAttribute: [MSExtendedAttributeValue]?
    var Baseline: [MSBaseline]?
}

struct MSPredecessorLink: Codable {
    var PredecessorUID: Int?
    /// 0 = FF, 1 = FS, 2 = SF, 3 = SS.
    var `Type`: Int?
    var CrossProject: Int?
    /// Tenths of a minute, or whole percent when `LagFormat` is a percentage.
    var LinkLag: Int?
    var LagFormat: Int?
}

struct MSExtendedAttributeValue: Codable {
    var FieldID: String?
    var Value: String?
    var DurationFormat: Int?
}

struct MSBaseline: Codable {
    var Number: Int?
    var Start: String?
    var Finish: String?
    var Duration: String?
    var DurationFormat: Int?
}
