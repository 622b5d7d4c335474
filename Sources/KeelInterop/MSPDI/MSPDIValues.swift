import KeelCore

/// Reading and writing the value formats MSPDI uses.
enum MSPDIValues {
    /// MS Project's codes for task constraint types, in order 0…7.
    static let constraints: [ConstraintKind] = [
        .asSoonAsPossible, .asLateAsPossible, .mustStartOn, .mustFinishOn,
        .startNoEarlierThan, .startNoLaterThan, .finishNoEarlierThan, .finishNoLaterThan,
    ]
    /// Link types by MS Project's code: 0 = FF, 1 = FS, 2 = SF, 3 = SS.
    static let linkTypes: [LinkType] = [.finishToFinish, .finishToStart, .startToFinish, .startToStart]

    /// Duration format codes: days, elapsed days, percent.
    static let formatDays = 7, formatElapsedDays = 8, formatPercent = 19

    /// Lag formats counted in elapsed (calendar) time: em, eh, ed, ew, emo and their estimated forms.
    static let elapsedFormats: Set<Int> = [4, 6, 8, 10, 12, 36, 38, 40, 42, 44]
    static let percentFormats: Set<Int> = [19, 20, 51, 52]

    /// `PT8H30M0S`-style xsd:duration, as whole minutes. Days count as `minutesPerDay` (MS Project
    /// writes hours; a `D` part is read as working days). Years and months are refused: their length is
    /// ambiguous. Fractions of a minute are rounded.
    static func minutes(_ text: String, minutesPerDay: Int64) -> Int64? {
        var s = Substring(text.trimmingWhitespace())
        var sign: Int64 = 1
        if s.first == "-" {
            sign = -1
            s.removeFirst()
        }
        guard s.first == "P" else { return nil }
        s.removeFirst()
        var inTime = false
        var seconds: Double = 0
        var sawPart = false
        var number = ""
        for ch in s {
            if ch == "T" {
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
                continue
            }
            if ch.isNumber || ch == "." {
                number.append(ch)
                continue
            }
            guard let value = Double(number), value.isFinite, value >= 0 else { return nil }
            number = ""
            sawPart = true
            switch (ch, inTime) {
            case ("D", false): seconds += value * Double(minutesPerDay) * 60
            case ("W", false): seconds += value * 5 * Double(minutesPerDay) * 60
            case ("H", true): seconds += value * 3_600
            case ("M", true): seconds += value * 60
            case ("S", true): seconds += value
            default: return nil
            }
        }
        guard number.isEmpty, sawPart, seconds < 1e12 else { return nil }
        return sign * Int64((seconds / 60).rounded())
    }

    static func duration(_ minutes: Int64) -> String {
        let m = abs(minutes)
        return (minutes < 0 ? "-" : "") + "PT\(m / 60)H\(m % 60)M0S"
    }

    /// A date-time of the file, within the days Keel accepts (`SupportedRange`).
    static func dateTime(_ text: String) -> Result<LocalDateTime, Day.InputProblem> {
        LocalDateTime.parse(input: text.trimmingWhitespace())
    }

    /// `08:00:00` → minute of day. A `ToTime` of midnight means the end of the day.
    static func minuteOfDay(_ text: String, isEnd: Bool) -> Int? {
        guard let m = WorkInterval.minute(text.trimmingWhitespace()) else { return nil }
        return isEnd && m == 0 ? 1_440 : m
    }

    static func time(_ minute: Int) -> String {
        WorkInterval.text(minute % 1_440) + ":00"
    }
}
