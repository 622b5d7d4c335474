import Foundation
import KeelCore
import Testing

@testable import KeelInterop

/// Reading files written by MS Project itself (its conventions, not Keel's), refusing hostile or
/// broken XML, and naming the offending element in every error.
@Suite struct MSPDIReaderTests {
    func read(_ xml: String) throws(KeelError) -> MSPDIImport { try MSPDI.read(Data(xml.utf8)) }

    func fields(_ xml: String) -> [FieldError] {
        do {
            _ = try read(xml)
            return []
        } catch {
            guard case .validation(let list) = error else { return [] }
            return list
        }
    }

    /// The shape MS Project 2016 writes: a project summary task, a base calendar and a derived one,
    /// old-style exception entries beside a recurring <Exceptions> entry, PERT durations, a baseline,
    /// percentage and elapsed lags, progress.
    static let projectFile = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Project xmlns="http://schemas.microsoft.com/project">
         <SaveVersion>14</SaveVersion><Name>Bridge.xml</Name><Title>Bridge</Title><ScheduleFromStart>1</ScheduleFromStart>
         <StartDate>2026-03-02T08:00:00</StartDate><FinishDate>2026-03-20T17:00:00</FinishDate><CriticalSlackLimit>0</CriticalSlackLimit>
         <CurrencyCode>CNY</CurrencyCode><CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay><StatusDate>2026-03-04T17:00:00</StatusDate>
         <Calendars>
          <Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>
           <WeekDays>
            <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
            <WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
            <WeekDay><DayType>3</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
            <WeekDay><DayType>4</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
            <WeekDay><DayType>5</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
            <WeekDay><DayType>6</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
            <WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
            <WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2026-03-11T00:00:00</FromDate><ToDate>2026-03-11T23:59:00</ToDate></TimePeriod></WeekDay>
           </WeekDays>
           <Exceptions><Exception><EnteredByOccurrences>1</EnteredByOccurrences><TimePeriod><FromDate>2026-03-11T00:00:00</FromDate><ToDate>2027-03-11T23:59:00</ToDate></TimePeriod><Occurrences>2</Occurrences><Name>Founders' day</Name><Type>2</Type><Month>2</Month><MonthDay>11</MonthDay><DayWorking>0</DayWorking></Exception></Exceptions>
          </Calendar>
          <Calendar><UID>2</UID><Name>Site</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID>
           <WeekDays><WeekDay><DayType>7</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>09:00:00</FromTime><ToTime>13:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay></WeekDays>
          </Calendar>
         </Calendars>
         <Tasks>
          <Task><UID>0</UID><ID>0</ID><Name>Bridge</Name><OutlineNumber>0</OutlineNumber><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>
          <Task><UID>10</UID><ID>1</ID><Name>Foundations</Name><WBS>1</WBS><OutlineLevel>1</OutlineLevel><Duration>PT40H0M0S</Duration><Summary>1</Summary></Task>
          <Task><UID>11</UID><ID>2</ID><Name>Dig</Name><WBS>1.1</WBS><OutlineLevel>2</OutlineLevel><Priority>700</Priority><Duration>PT16H0M0S</Duration>
           <PercentComplete>50</PercentComplete><ActualStart>2026-03-02T08:00:00</ActualStart><RemainingDuration>PT8H0M0S</RemainingDuration><ConstraintType>0</ConstraintType><CalendarUID>-1</CalendarUID><Notes>Rock expected</Notes>
           <ExtendedAttribute><FieldID>188743783</FieldID><Value>PT8H0M0S</Value><DurationFormat>7</DurationFormat></ExtendedAttribute>
           <ExtendedAttribute><FieldID>188743784</FieldID><Value>PT16H0M0S</Value><DurationFormat>7</DurationFormat></ExtendedAttribute>
           <ExtendedAttribute><FieldID>188743785</FieldID><Value>PT40H0M0S</Value><DurationFormat>7</DurationFormat></ExtendedAttribute>
           <Baseline><Number>0</Number><Start>2026-03-02T08:00:00</Start><Finish>2026-03-03T17:00:00</Finish><Duration>PT16H0M0S</Duration></Baseline>
          </Task>
          <Task><UID>12</UID><ID>3</ID><Name>Pour</Name><OutlineLevel>2</OutlineLevel><Duration>PT24H0M0S</Duration><ConstraintType>4</ConstraintType><CalendarUID>2</CalendarUID><ConstraintDate>2026-03-05T08:00:00</ConstraintDate>
           <PredecessorLink><PredecessorUID>11</PredecessorUID><Type>1</Type><CrossProject>0</CrossProject><LinkLag>4800</LinkLag><LagFormat>7</LagFormat></PredecessorLink>
          </Task>
          <Task><UID>13</UID><ID>4</ID><Name>Cure</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration><Deadline>2026-03-20T17:00:00</Deadline>
           <PredecessorLink><PredecessorUID>12</PredecessorUID><Type>3</Type><LinkLag>50</LinkLag><LagFormat>19</LagFormat></PredecessorLink>
           <PredecessorLink><PredecessorUID>11</PredecessorUID><Type>0</Type><LinkLag>28800</LinkLag><LagFormat>8</LagFormat></PredecessorLink>
          </Task>
          <Task><UID>14</UID><ID>5</ID><IsNull>1</IsNull></Task>
          <Task><UID>15</UID><ID>6</ID><Name>Open</Name><OutlineLevel>1</OutlineLevel><Duration>PT0H0M0S</Duration><Milestone>1</Milestone>
           <PredecessorLink><PredecessorUID>13</PredecessorUID></PredecessorLink>
          </Task>
         </Tasks>
        </Project>
        """

    @Test func readsWhatMSProjectWrites() throws {
        let file = try read(Self.projectFile)
        let net = file.plan.network
        #expect(file.plan.name == "Bridge")
        #expect(file.taskUIDs == [10, 11, 12, 13, 15])
        #expect(net.tasks.map(\.name) == ["Foundations", "Dig", "Pour", "Cure", "Open"])
        #expect(net.tasks.map(\.parent) == [nil, 0, 0, nil, nil])
        #expect(net.statusDate == LocalDateTime(iso: "2026-03-04T17:00"))
        // Calendars: the derived "Site" calendar keeps Standard's weekdays and holiday and works Saturday mornings.
        #expect(net.calendars.map(\.name) == ["Standard", "Site"])
        #expect(net.calendars[1].week.days[5] == [WorkInterval(start: 540, end: 780)])
        #expect(net.calendars[1].week.days[0] == WorkWeek.standard.days[0])
        // The recurring exception is read from the expanded old-style entry.
        #expect(net.calendars[0].exceptions.map(\.from) == [Day(iso: "2026-03-11")!])
        #expect(net.calendars[1].exceptions.map(\.from) == [Day(iso: "2026-03-11")!])
        let dig = net.tasks[1]
        #expect(dig.duration == 960 && dig.actualStart == LocalDateTime(iso: "2026-03-02T08:00") && dig.remaining == 480 && dig.percentComplete == 50)
        #expect(
            file.plan.details[1]
                == TaskDetails(
                    wbs: "1.1",
                    notes: "Rock expected",
                    priority: 700,
                    estimate: ThreePointEstimate(optimistic: 480, mostLikely: 960, pessimistic: 2_400),
                    baselines: [
                        0: BaselineDates(
                            start: LocalDateTime(iso: "2026-03-02T08:00")!,
                            finish: LocalDateTime(iso: "2026-03-03T17:00")!,
                            duration: 960
                        )
                    ]
                )
        )
        let pour = net.tasks[2]
        #expect(pour.calendar == 1 && pour.constraint == .startNoEarlierThan && pour.constraintDate == LocalDateTime(iso: "2026-03-05T08:00"))
        #expect(net.tasks[3].deadline == LocalDateTime(iso: "2026-03-20T17:00"))
        #expect(net.tasks[4].isMilestone)
        #expect(
            Set(net.links) == [
                ScheduleLink(1, 2, .finishToStart, lag: .working(minutes: 480)),
                ScheduleLink(2, 3, .startToStart, lag: .percent(hundredths: 5_000)),
                ScheduleLink(1, 3, .finishToFinish, lag: .elapsed(minutes: 2_880)),
                ScheduleLink(3, 4, .finishToStart),
            ]
        )
        // And it schedules.
        let s = try CriticalPathEngine.schedule(net)
        #expect(s.tasks[4].isCritical)
    }

    @Test func refusesADoctypeAndItsEntities() {
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <Project><Name>&lol2;</Name></Project>
            """
        #expect(fields(bomb) == [FieldError("file", .invalidFormat, ["reason": "doctype_not_allowed", "line": "2"])])
        let external = """
            <?xml version="1.0"?><!-- a comment first -->
            <!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Project><Name>&xxe;</Name></Project>
            """
        #expect(fields(external).first?.detail["reason"] == "doctype_not_allowed")
    }

    @Test func refusesADoctypeInAnyEncodingAndEncodingsThatCouldHideOne() {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE Project [<!ENTITY x \"y\">]>\n<Project><Name>&x;</Name></Project>"
        for (bom, encoding) in [([0xFF, 0xFE], String.Encoding.utf16LittleEndian), ([0xFE, 0xFF], .utf16BigEndian), ([], .utf16LittleEndian)]
            as [([UInt8], String.Encoding)]
        {
            var data = Data(bom)
            data.append(xml.data(using: encoding)!)
            #expect(throws: KeelError.validation([FieldError("file", .invalidFormat, ["reason": "doctype_not_allowed", "line": "2"])])) {
                try MSPDI.read(data)
            }
        }
        let utf7 = fields("<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n+ADw-!DOCTYPE x+AD4-<Project/>")
        #expect(utf7 == [FieldError("file", .invalidFormat, ["reason": "unsupported_encoding", "encoding": "UTF-7"])])
        // Declared encodings the byte check reads in full are fine.
        #expect(fields("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Project><Name>x</Name></Project>").allSatisfy { $0.detail["reason"] == nil })
    }

    @Test func refusesDeepAndEnormousTrees() {
        let deep = "<Project>\n" + String(repeating: "<Tasks>", count: 50_000) + String(repeating: "</Tasks>", count: 50_000) + "</Project>"
        let errors = fields(deep)
        #expect(errors == [FieldError("file", .outOfRange, ["reason": "too_deep", "line": "2", "element": "Tasks", "max": "64"])])
        // The element limit, tried with a small one.
        let wide = "<Project>" + String(repeating: "<a/>", count: 1_000) + "</Project>"
        #expect(throws: KeelError.self) { try XMLTree.parse(Data(wide.utf8), maxElements: 500) }
        #expect((try? XMLTree.parse(Data(wide.utf8), maxElements: 2_000)) != nil)
    }

    @Test func refusesAbsurdNumbersAndDaysWithTheirElement() {
        let file = Self.projectFile
        let lag = fields(file.replacingOccurrences(of: "<LinkLag>4800</LinkLag>", with: "<LinkLag>9223372036854775807</LinkLag>"))
        #expect(lag.contains { $0.field.hasSuffix("/LinkLag") && $0.code == .outOfRange }, "\(lag)")
        // A one-off exception entered by occurrences (the modern form, read when no old-style entry is there).
        let modern = file.replacingOccurrences(
            of:
                "<WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod><FromDate>2026-03-11T00:00:00</FromDate><ToDate>2026-03-11T23:59:00</ToDate></TimePeriod></WeekDay>",
            with: ""
        ).replacingOccurrences(of: "<Type>2</Type>", with: "<Type>1</Type>")
        #expect((try? read(modern)) != nil)
        let occurrences = fields(modern.replacingOccurrences(of: "<Occurrences>2</Occurrences>", with: "<Occurrences>3000000000</Occurrences>"))
        #expect(occurrences.contains { $0.field.hasSuffix("/Occurrences") && $0.code == .outOfRange }, "\(occurrences)")
        #expect(
            (try? read(
                file.replacingOccurrences(
                    of: "<CriticalSlackLimit>0</CriticalSlackLimit>",
                    with: "<CriticalSlackLimit>9223372036854775807</CriticalSlackLimit>"
                )
            )) != nil
        )
        for day in ["9999-12-31", "0001-01-01", "1899-12-31", "2200-01-01"] {
            let late = fields(
                file.replacingOccurrences(
                    of: "<ConstraintDate>2026-03-05T08:00:00</ConstraintDate>",
                    with: "<ConstraintDate>\(day)T08:00:00</ConstraintDate>"
                )
            )
            #expect(
                late.contains { $0.field.hasSuffix("ConstraintDate") && $0.code == .outOfRange && $0.detail["max"] == "2199-12-31" },
                "\(day): \(late)"
            )
        }
    }

    @Test func refusesOversizedFiles() {
        var data = Data("<Project>".utf8)
        data.append(Data(repeating: 0x20, count: MSPDI.maxBytes))
        do {
            _ = try MSPDI.read(data)
            Issue.record("a file over the limit was read")
        } catch {
            guard case .validation(let list) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(list.first?.field == "file" && list.first?.code == .outOfRange)
        }
    }

    @Test func malformedXMLNamesTheLine() {
        let broken = "<?xml version=\"1.0\"?>\n<Project>\n<Tasks>\n<Task><UID>1</UID></Tsk>\n</Tasks></Project>"
        let errors = fields(broken)
        #expect(errors.count == 1)
        #expect(errors.first?.field == "file" && errors.first?.code == .invalidFormat)
        #expect(errors.first?.detail["line"] == "4")
    }

    @Test func everyProblemNamesItsElement() {
        let xml = """
            <Project><StartDate>2026-03-02T08:00:00</StartDate><Tasks>
             <Task><UID>1</UID><Name>A</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration></Task>
             <Task><UID>2</UID><Name>B</Name><OutlineLevel>1</OutlineLevel><Duration>soon</Duration>
              <PredecessorLink><PredecessorUID>99</PredecessorUID></PredecessorLink></Task>
             <Task><UID>3</UID><Name>C</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration><CalendarUID>7</CalendarUID><Deadline>next week</Deadline></Task>
            </Tasks></Project>
            """
        #expect(
            Set(fields(xml).map(\.field)) == [
                "Tasks/Task[UID=2]/Duration", "Tasks/Task[UID=2]/PredecessorLink[0]/PredecessorUID", "Tasks/Task[UID=3]/CalendarUID",
                "Tasks/Task[UID=3]/Deadline",
            ]
        )
    }

    @Test func schedulingRulesAreReportedAgainstTheFile() {
        let xml = """
            <Project><StartDate>2026-03-02T08:00:00</StartDate><Tasks>
             <Task><UID>5</UID><Name>A</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration><PredecessorLink><PredecessorUID>6</PredecessorUID></PredecessorLink></Task>
             <Task><UID>6</UID><Name>B</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration><ConstraintType>2</ConstraintType></Task>
            </Tasks></Project>
            """
        #expect(fields(xml) == [FieldError("Tasks/Task[UID=6]/constraint_date", .required)])
        let cycle = xml.replacingOccurrences(
            of: "<ConstraintType>2</ConstraintType>",
            with: "<PredecessorLink><PredecessorUID>5</PredecessorUID></PredecessorLink>"
        )
        do {
            let file = try read(cycle)
            _ = try CriticalPathEngine.schedule(file.plan.network)
            Issue.record("a cycle was scheduled")
        } catch {
            guard case .validation(let list) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(list.first?.code == .cycle)
        }
    }

    @Test func projectsScheduledFromTheFinishAreRefused() {
        let xml = "<Project><ScheduleFromStart>0</ScheduleFromStart><StartDate>2026-03-02T08:00:00</StartDate></Project>"
        #expect(fields(xml).map(\.field) == ["Project/ScheduleFromStart"])
    }
}
