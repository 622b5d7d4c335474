import Foundation
import KeelCore
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import KeelInterop

/// MS Project validates element order against its schema (mspdi_pj12.xsd, a sequence per
/// element). The lists below are that schema's sequences, cut to the elements Keel writes but
/// kept in the schema's order; every element Keel writes must appear in order within its parent.
@Suite struct MSPDISchemaOrderTests {
    static let sequences: [String: [String]] = [
        "Project": [
            "SaveVersion", "UID", "Name", "Title", "ScheduleFromStart", "StartDate", "FinishDate", "CriticalSlackLimit", "CurrencyCode",
            "CalendarUID", "DefaultStartTime", "DefaultFinishTime", "MinutesPerDay", "MinutesPerWeek", "DaysPerMonth", "StatusDate",
            "ExtendedAttributes", "Calendars", "Tasks",
        ],
        "Calendar": ["UID", "Name", "IsBaseCalendar", "BaseCalendarUID", "WeekDays", "Exceptions", "WorkWeeks"],
        "WeekDay": ["DayType", "DayWorking", "TimePeriod", "WorkingTimes"],
        "Exception": [
            "EnteredByOccurrences", "TimePeriod", "Occurrences", "Name", "Type", "Period", "DaysOfWeek", "MonthItem", "MonthPosition", "Month",
            "MonthDay", "DayWorking", "WorkingTimes",
        ],
        "WorkWeek": ["TimePeriod", "Name", "WeekDays"],
        "TimePeriod": ["FromDate", "ToDate"],
        "WorkingTime": ["FromTime", "ToTime"],
        "Task": [
            "UID", "ID", "Name", "Type", "IsNull", "CreateDate", "Contact", "WBS", "WBSLevel", "OutlineNumber", "OutlineLevel", "Priority",
            "Start", "Finish", "Duration", "DurationFormat", "Work", "Stop", "Resume", "ResumeValid", "EffortDriven", "Recurring",
            "OverAllocated", "Estimated", "Milestone", "Summary", "Critical", "IsSubproject", "IsSubprojectReadOnly", "SubprojectName",
            "ExternalTask", "ExternalTaskProject", "EarlyStart", "EarlyFinish", "LateStart", "LateFinish", "StartVariance", "FinishVariance",
            "WorkVariance", "FreeSlack", "TotalSlack", "FixedCost", "FixedCostAccrual", "PercentComplete", "PercentWorkComplete", "Cost",
            "OvertimeCost", "OvertimeWork", "ActualStart", "ActualFinish", "ActualDuration", "ActualCost", "ActualOvertimeCost", "ActualWork",
            "ActualOvertimeWork", "RegularWork", "RemainingDuration", "RemainingCost", "RemainingWork", "RemainingOvertimeCost",
            "RemainingOvertimeWork", "ACWP", "CV", "ConstraintType", "CalendarUID", "ConstraintDate", "Deadline", "LevelAssignments",
            "LevelingCanSplit", "LevelingDelay", "LevelingDelayFormat", "PreLeveledStart", "PreLeveledFinish", "Hyperlink", "HyperlinkAddress",
            "HyperlinkSubAddress", "IgnoreResourceCalendar", "Notes", "HideBar", "Rollup", "BCWS", "BCWP", "PhysicalPercentComplete",
            "EarnedValueMethod", "PredecessorLink", "ActualWorkProtected", "ActualOvertimeWorkProtected", "ExtendedAttribute", "Baseline",
            "OutlineCode",
        ],
        "PredecessorLink": ["PredecessorUID", "Type", "CrossProject", "CrossProjectName", "LinkLag", "LagFormat"],
        "Baseline": ["TimephasedData", "Number", "Interim", "Start", "Finish", "Duration", "DurationFormat", "EstimatedDuration", "Work", "Cost"],
    ]
    /// Elements that may repeat (maxOccurs="unbounded").
    static let repeating: Set<String> = [
        "PredecessorLink", "ExtendedAttribute", "Baseline", "WeekDay", "WorkingTime", "Exception", "WorkWeek", "Task", "Calendar",
    ]

    final class Recorder: NSObject, XMLParserDelegate {
        var stack: [(name: String, children: [String])] = []
        var problems: [String] = []

        func parser(_ p: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if !stack.isEmpty { stack[stack.count - 1].children.append(name) }
            stack.append((name, []))
        }

        func parser(_ p: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let (element, children) = stack.removeLast()
            // ExtendedAttribute under Task holds FieldID/Value/DurationFormat; under
            // ExtendedAttributes it is a definition (FieldID/FieldName): both orders hold.
            guard let order = MSPDISchemaOrderTests.sequences[element] else { return }
            var last = -1
            for (i, child) in children.enumerated() {
                guard let position = order.firstIndex(of: child) else {
                    problems.append("\(element) has \(child), which its schema sequence does not list")
                    continue
                }
                let repeated = i > 0 && children[i - 1] == child
                if position < last || (position == last && !(repeated && MSPDISchemaOrderTests.repeating.contains(child))) {
                    problems.append("\(element): \(child) out of order in \(children)")
                }
                last = position
            }
        }
    }

    @Test(arguments: 0..<10) func exportsFollowTheSchemaOrder(seed: Int) throws {
        let plan = MSPDIRoundTripTests.plan(seed: UInt64(seed) &+ 1)
        let data = try MSPDI.write(plan, schedule: try? CriticalPathEngine.schedule(plan.network))
        let parser = XMLParser(data: data)
        let recorder = Recorder()
        parser.delegate = recorder
        #expect(parser.parse())
        #expect(recorder.problems == [], "seed \(seed)")
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"))
        #expect(text.contains("<Project xmlns=\"http://schemas.microsoft.com/project\">"))
    }
}
