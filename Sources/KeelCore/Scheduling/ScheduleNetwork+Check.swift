extension ScheduleNetwork {
    /// Every rule a network must satisfy before it is scheduled. Field paths name the offending
    /// task or link (`tasks[3].duration`, `links[7]`). Cycles are found by the engine itself.
    public func check(into errors: inout FieldErrors) {
        if calendars.isEmpty { errors.add("calendars", .required) }
        for (i, calendar) in calendars.enumerated() { calendar.check(field: "calendars[\(i)]", into: &errors) }
        if !calendars.indices.contains(projectCalendar) { errors.add("project_calendar", .unknownReference) }
        if minutesPerDay < 1 || minutesPerDay > 1_440 { errors.add("minutes_per_day", .outOfRange, ["min": "1", "max": "1440"]) }
        if criticalThreshold < 0 || criticalThreshold > Self.maxLagMinutes {
            errors.add("critical_threshold", .outOfRange, ["min": "0", "max": "\(Self.maxLagMinutes)"])
        }
        for (i, task) in tasks.enumerated() { check(task: task, at: i, into: &errors) }
        checkOutlineOrder(into: &errors)
        checkLinks(into: &errors)
    }

    private func check(task: ScheduleTask, at i: Int, into errors: inout FieldErrors) {
        // The path is built only when a problem is added: this runs for every task of every reschedule.
        var f: String { "tasks[\(i)]" }
        if task.name.utf8.count > 500 && task.name.count > 500 { errors.add("\(f).name", .tooLong, ["max": "500"]) }
        if let p = task.parent, p < 0 || p >= i { errors.add("\(f).parent", .unknownReference, ["reason": "parent_must_come_first"]) }
        if task.duration < 0 { errors.add("\(f).duration", .negative) }
        if task.duration > Self.maxDurationMinutes { errors.add("\(f).duration", .outOfRange, ["min": "0", "max": "100 years"]) }
        if let c = task.calendar, !calendars.indices.contains(c) { errors.add("\(f).calendar", .unknownReference) }
        if task.constraint.needsDate && task.constraintDate == nil { errors.add("\(f).constraint_date", .required) }
        if !(0...100).contains(task.percentComplete) { errors.add("\(f).percent_complete", .outOfRange, ["min": "0", "max": "100"]) }
        if let r = task.remaining, r < 0 || r > Self.maxDurationMinutes {
            errors.add("\(f).remaining", .outOfRange, ["min": "0", "max": "100 years"])
        }
        if task.actualFinish != nil && task.actualStart == nil { errors.add("\(f).actual_start", .required) }
        if let s = task.actualStart, let e = task.actualFinish, e < s { errors.add("\(f).actual_finish", .beforeStart) }
    }

    /// Tasks come in outline order, as in a WBS or MS Project: a task's parent is the task just
    /// before it or one of that task's ancestors, so every summary's subtree is contiguous.
    private func checkOutlineOrder(into errors: inout FieldErrors) {
        var chain: [Int] = []  // the previous task and its ancestors, outermost first
        for (i, task) in tasks.enumerated() {
            guard let p = task.parent, p >= 0, p < i else {
                chain = [i]
                continue
            }
            if let at = chain.lastIndex(of: p) {
                chain.removeSubrange((at + 1)...)
            } else {
                errors.add("tasks[\(i)].parent", .unknownReference, ["reason": "outline_order"])
                chain = []
            }
            chain.append(i)
            // Deeper outlines are no plan a person reads, and every walk up a task's ancestors grows with it.
            if chain.count > Self.maxOutlineDepth {
                errors.add("tasks[\(i)].parent", .outOfRange, ["reason": "outline_too_deep", "max": String(Self.maxOutlineDepth)])
                chain = [i]
            }
        }
    }

    private func checkLinks(into errors: inout FieldErrors) {
        let n = tasks.count
        var isSummary = [Bool](repeating: false, count: n)
        for t in tasks { if let p = t.parent, p >= 0, p < n { isSummary[p] = true } }
        // Group links by successor (counting sort) so duplicates are found in one linear sweep.
        var start = [Int32](repeating: 0, count: n + 1)
        var valid = [Bool](repeating: false, count: links.count)
        for (i, link) in links.enumerated() {
            var f: String { "links[\(i)]" }
            guard link.predecessor >= 0, link.predecessor < n else {
                errors.add("\(f).predecessor", .unknownReference)
                continue
            }
            guard link.successor >= 0, link.successor < n else {
                errors.add("\(f).successor", .unknownReference)
                continue
            }
            if link.predecessor == link.successor {
                errors.add(f, .selfLink)
                continue
            }
            switch link.lag {
            case .working(let m), .elapsed(let m):
                if m.magnitude > UInt64(Self.maxLagMinutes) { errors.add("\(f).lag", .outOfRange, ["min": "-10 years", "max": "10 years"]) }
            case .percent(let p):
                if p.magnitude > UInt64(Self.maxPercentLag) { errors.add("\(f).lag", .outOfRange, ["min": "-1000%", "max": "1000%"]) }
                // MS Project keeps percentage lags in whole percents; so does Keel, so that plans move losslessly.
                if p % 100 != 0 { errors.add("\(f).lag", .invalidDuration, ["reason": "whole_percent"]) }
            }
            if (isSummary[link.predecessor] && isAncestor(link.predecessor, of: link.successor))
                || (isSummary[link.successor] && isAncestor(link.successor, of: link.predecessor))
            {
                errors.add(f, .linkToOwnSummary)
                continue
            }
            valid[i] = true
            start[link.successor + 1] += 1
        }
        for i in 0..<n { start[i + 1] += start[i] }
        var fill = start
        var preds = [Int32](repeating: 0, count: Int(start[n]))
        var linkOf = [Int32](repeating: 0, count: Int(start[n]))
        for (i, link) in links.enumerated() where valid[i] {
            let at = Int(fill[link.successor])
            preds[at] = Int32(link.predecessor)
            linkOf[at] = Int32(i)
            fill[link.successor] += 1
        }
        // A link on a summary becomes a link between each of its leaves and each leaf on the other side;
        // two summaries of 10,000 leaves each would make 10⁸ links and exhaust memory.
        var leafCount = [Int](repeating: 1, count: n)
        for t in stride(from: n - 1, through: 0, by: -1) where isSummary[t] { leafCount[t] -= 1 }
        for t in stride(from: n - 1, through: 0, by: -1) {
            if let p = tasks[t].parent, p >= 0, p < t { leafCount[p] += leafCount[t] }
        }
        var expanded = 0
        for (i, link) in links.enumerated() where valid[i] {
            expanded += leafCount[link.predecessor].multipliedReportingOverflow(by: leafCount[link.successor]).partialValue
            if expanded > Self.maxExpandedLinks {
                errors.add("links[\(i)]", .outOfRange, ["reason": "summary_links_too_many", "max": String(Self.maxExpandedLinks)])
                break
            }
        }
        var seenFor = [Int32](repeating: -1, count: n)
        for s in 0..<n {
            for at in Int(start[s])..<Int(start[s + 1]) {
                let p = Int(preds[at])
                if seenFor[p] == Int32(s) { errors.add("links[\(linkOf[at])]", .duplicate) }
                seenFor[p] = Int32(s)
            }
        }
    }

    private func isAncestor(_ a: Int, of t: Int) -> Bool {
        var cursor = tasks[t].parent
        var steps = 0
        while let c = cursor, steps <= tasks.count {
            if c == a { return true }
            cursor = (c >= 0 && c < tasks.count) ? tasks[c].parent : nil
            steps += 1
        }
        return false
    }
}
