import KeelCore

extension RiskService {
    /// Reads the writable fields of a risk. Assessments come as `inherent_probability` (1 to the
    /// probability scale's levels) and `inherent_<dimension>` (0 to the impact scale's), likewise `residual_…` (a null `residual_probability` removes
    /// the residual assessment); the simulation inputs as `chance` (percent), `delay_optimistic` /
    /// `_most_likely` / `_pessimistic` (durations) and `cost_low` / `_mode` / `_high` (amounts in
    /// the project currency), each triple all or none.
    static func read(_ r: inout InputReader, into risk: inout Risk, _ context: Context) {
        r.choice("kind", &risk.kind)
        r.text("title", &risk.title, required: true, max: 200)
        r.text("cause", &risk.cause, max: 2_000)
        r.text("event", &risk.event, max: 2_000)
        r.text("effect", &risk.effect, max: 2_000)
        r.choice("category", &risk.category)
        if r.has("subcategory_id") {
            var sub = risk.subcategoryID
            r.optionalID("subcategory_id", &sub)
            if let s = sub {
                if let c = context.breakdown.category(s) {
                    if r.has("category") && c.root != risk.category {
                        r.errors.add("subcategory_id", .mismatch, ["category": risk.category.rawValue])
                    } else {
                        risk.category = c.root
                    }
                } else {
                    r.errors.add("subcategory_id", .unknownReference)
                }
            }
            risk.subcategoryID = sub
        } else if let s = risk.subcategoryID, context.breakdown.category(s)?.root != risk.category {
            // Moved to another top-level category: the old place below it no longer applies.
            risk.subcategoryID = nil
        }
        r.text("owner", &risk.owner, max: 200)
        r.choice("status", &risk.status)
        r.text("trigger", &risk.trigger, max: 2_000)
        r.day("proximity", &risk.proximity)
        var raised: Day? = risk.raisedOn
        r.day("raised_on", &raised)
        if let raised { risk.raisedOn = raised }
        r.day("next_review", &risk.nextReview)
        readAssessment(&r, prefix: "inherent", into: &risk.inherent, context.scales)
        if r.has("residual_probability") {
            if case .null? = r.value("residual_probability") {
                risk.residual = nil
            } else if case .string(let s)? = r.value("residual_probability"), s.trimmingWhitespace().isEmpty {
                risk.residual = nil
            } else {
                var residual = risk.residual ?? RiskAssessment(probability: 1, impacts: [:])
                readAssessment(&r, prefix: "residual", into: &residual, context.scales)
                risk.residual = residual
            }
        } else if var residual = risk.residual {
            readAssessment(&r, prefix: "residual", into: &residual, context.scales)
            risk.residual = residual
        }
        r.optionalChoice("strategy", &risk.strategy)
        if let s = risk.strategy, !s.fits(risk.kind) {
            r.errors.add(
                "strategy",
                .invalidChoice,
                ["choices": ResponseStrategy.allCases.filter { $0.fits(risk.kind) }.map(\.rawValue).joined(separator: ", ")]
            )
        }
        r.text("response", &risk.response, max: 4_000)
        r.text("contingency_plan", &risk.contingencyPlan, max: 4_000)
        r.text("fallback_plan", &risk.fallbackPlan, max: 4_000)
        readChance(&r, into: &risk.chance)
        readDelay(&r, into: &risk.delay, minutesPerDay: context.minutesPerDay)
        readCost(&r, into: &risk.costImpact, currency: context.currency)
        if r.has("task_ids") {
            var ids: [ID<PlanTask>] = []
            r.idList("task_ids", &ids)
            var seen = Set<ID<PlanTask>>()
            for (i, id) in ids.enumerated() {
                if !context.taskIDs.contains(id) { r.errors.add("task_ids[\(i)]", .unknownReference) }
                if !seen.insert(id).inserted { r.errors.add("task_ids[\(i)]", .duplicate) }
            }
            risk.taskIDs = ids
        }
    }

    private static func readAssessment(_ r: inout InputReader, prefix: String, into a: inout RiskAssessment, _ scales: RiskScales) {
        r.int("\(prefix)_probability", &a.probability, range: 1...scales.probabilityLevels)
        for d in ImpactDimension.allCases {
            var v = a.impacts[d] ?? 0
            r.int("\(prefix)_\(d.rawValue)", &v, range: 0...scales.impactLevels)
            a.impacts[d] = v == 0 ? nil : v
        }
    }

    /// A percentage with up to two decimals, kept in basis points; null or empty clears it.
    private static func readChance(_ r: inout InputReader, into target: inout Int?) {
        guard let v = r.value("chance") else { return }
        let text: String
        switch v {
        case .null:
            target = nil
            return
        case .number(let n): text = n
        case .string(let s):
            if s.trimmingWhitespace().isEmpty {
                target = nil
                return
            }
            text = s.trimmingWhitespace().hasSuffix("%") ? String(s.trimmingWhitespace().dropLast()) : s
        default: return r.errors.add("chance", .invalidType, ["expected": "percent"])
        }
        guard let bp = try? FixedPoint.parse(text, digits: 2), (0...10_000).contains(bp) else {
            return r.errors.add("chance", .outOfRange, ["min": "0", "max": "100"])
        }
        target = Int(bp)
    }

    private static func readDelay(_ r: inout InputReader, into target: inout ThreePointEstimate?, minutesPerDay: Int64) {
        let keys = ["delay_optimistic", "delay_most_likely", "delay_pessimistic"]
        guard keys.contains(where: r.has) else { return }
        if keys.allSatisfy({ key in Self.isBlank(r.value(key)) }) {
            target = nil
            return
        }
        var values: [Int64?] = [target?.optimistic, target?.mostLikely, target?.pessimistic]
        // A blank one among given ones is missing (required), as in a form, not a malformed duration.
        for (i, k) in keys.enumerated() {
            if Self.isBlank(r.value(k)) {
                if r.has(k) { values[i] = nil }
            } else {
                r.optionalDuration(k, &values[i], minutesPerDay: minutesPerDay)
            }
        }
        guard let o = values[0], let m = values[1], let p = values[2] else {
            for (i, k) in keys.enumerated() where values[i] == nil && !r.errors.has(k) { r.errors.add(k, .required) }
            return
        }
        let e = ThreePointEstimate(optimistic: o, mostLikely: m, pessimistic: p)
        if !e.isOrdered { r.errors.add("delay_most_likely", .unordered) } else { target = e }
    }

    private static func readCost(_ r: inout InputReader, into target: inout ThreePoint?, currency: Currency) {
        let keys = ["cost_low", "cost_mode", "cost_high"]
        guard keys.contains(where: r.has) else { return }
        if keys.allSatisfy({ key in Self.isBlank(r.value(key)) }) {
            target = nil
            return
        }
        var values: [Int64] = [target?.low ?? -1, target?.mode ?? -1, target?.high ?? -1]
        for (i, k) in keys.enumerated() where !Self.isBlank(r.value(k)) { r.amount(k, currency: currency, &values[i]) }
        for (i, k) in keys.enumerated() where values[i] < 0 && !r.errors.has(k) { r.errors.add(k, .required) }
        guard values.allSatisfy({ $0 >= 0 }) else { return }
        let t = ThreePoint(low: values[0], mode: values[1], high: values[2])
        if !t.isOrdered { r.errors.add("cost_mode", .unordered) } else { target = t }
    }

    private static func isBlank(_ v: Input.Value?) -> Bool {
        switch v {
        case nil, .null?: return true
        case .string(let s)?: return s.trimmingWhitespace().isEmpty
        default: return false
        }
    }
}

extension Risk {
    public var auditFields: [String: String?] {
        func a(_ x: RiskAssessment?) -> String? {
            x.map {
                "\($0.probability)×"
                    + ImpactDimension.allCases.map { String($0.rawValue.prefix(1)) + String(x!.impacts[$0] ?? 0) }.joined(separator: ",")
            }
        }
        return [
            "number": String(number), "kind": kind.rawValue, "title": title, "cause": cause, "event": event, "effect": effect,
            "category": category.rawValue, "subcategory_id": subcategoryID?.description, "owner": owner, "status": status.rawValue,
            "trigger": trigger, "proximity": proximity?.iso,
            "raised_on": raisedOn.iso, "closed_on": closedOn?.iso, "next_review": nextReview?.iso, "inherent": a(inherent), "residual": a(residual),
            "strategy": strategy?.rawValue, "response": response, "contingency_plan": contingencyPlan, "fallback_plan": fallbackPlan,
            "chance": chance.map { FixedPoint.format(Int64($0), digits: 2) + "%" },
            "delay": delay.map { "\($0.optimistic)/\($0.mostLikely)/\($0.pessimistic) min" },
            "cost": costImpact.map { "\($0.low)/\($0.mode)/\($0.high)" }, "task_ids": taskIDs.map(\.description).joined(separator: ","),
            "acceptance_approved_by": acceptanceApprovedBy, "acceptance_approved_on": acceptanceApprovedOn?.iso,
        ]
    }
}

extension RiskAction {
    public var auditFields: [String: String?] {
        ["risk_id": riskID.description, "title": title, "owner": owner, "due": due?.iso, "cost": String(cost), "status": status.rawValue]
    }
}
