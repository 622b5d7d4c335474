import Foundation
import KeelCore
import KeelStore
import SQLKit

extension RiskService {
    /// The project's scales (the standard 5 × 5 until someone changes them).
    public func scales(_ caller: Caller, project: ID<Project>) async throws -> RiskScales {
        try await services.readProject(caller, project) { sql in try await RiskScalesRepository.find(project: project, on: sql) }
    }

    /// Replaces the scales. `probability_levels`: 2–10 rows of `{label, up_to}` (percent, two
    /// decimals, rising, the last 100); `impact_levels`: 2–10 rows of `{label, schedule_days, cost}`
    /// (rising where given; only the last may leave one open); `score_method`; `medium_from`,
    /// `high_from`, `critical_from` (rising, within the highest score the method can give);
    /// `review_low` … `review_critical` (days, 1–365). A scale cannot shrink below a level some
    /// risk's assessment uses. Every risk's stored score is recomputed; assessments stay as they are.
    public func updateScales(_ caller: Caller, project: ID<Project>, _ input: Input, expectedVersion: Int64?) async throws -> RiskScales {
        try await services.inProject(caller, .configureRisks, project) { sql in
            try await ProjectRepository.lock(project, on: sql)
            let current = try await RiskScalesRepository.find(project: project, on: sql)
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            let currency = try await Self.currency(project, sql)
            var scales = current
            var r = InputReader(input, creating: false)
            Self.read(&r, into: &scales, currency: currency)
            let risks = try await RiskRepository.list(project: project, on: sql)
            let assessments = risks.flatMap { [$0.inherent] + ($0.residual.map { [$0] } ?? []) }
            if let highest = assessments.map(\.probability).max(), highest > scales.probabilityLevels {
                r.errors.add("probability_levels", .tooFew, ["min": String(highest)])
            }
            if let highest = assessments.map(\.worstImpact).max(), highest > scales.impactLevels {
                r.errors.add("impact_levels", .tooFew, ["min": String(highest)])
            }
            try r.finish()
            guard case .updated(let v) = try await RiskScalesRepository.save(scales, project: project, expectedVersion: current.version, on: sql)
            else {
                throw KeelError.versionMismatch(currentVersion: current.version + 1)
            }
            scales.version = v
            try await RiskRepository.rescore(project: project, scales: scales, on: sql)
            try await services.audit.record(
                "update",
                objectType: "risk_scales",
                objectID: project.description,
                project: project,
                before: current.auditFields(currency),
                after: scales.auditFields(currency),
                caller: caller,
                on: sql
            )
            return scales
        }
    }

    static func read(_ r: inout InputReader, into s: inout RiskScales, currency: Currency) {
        r.rows("probability_levels", &s.probability) { row in
            var label = "", upTo: Int64 = 0
            row.text("label", &label, max: 60)
            row.decimal("up_to", digits: 2, &upTo, required: true)
            if upTo <= 0 || upTo > 10_000 { row.errors.add("up_to", .outOfRange, ["min": "0.01", "max": "100"]) }
            return ProbabilityLevel(label: label, upTo: Int(clamping: upTo))
        }
        r.rows("impact_levels", &s.impact) { row in
            var level = ImpactLevel()
            row.text("label", &level.label, max: 60)
            var days: Int? = nil
            row.optionalInt("schedule_days", &days, range: 1...100_000)
            level.scheduleDaysUpTo = days
            var cost: Int64? = nil
            row.optionalAmount("cost", currency: currency, &cost)
            if let c = cost, c <= 0 { row.errors.add("cost", .outOfRange, ["min": "0.01"]) }
            level.costUpTo = cost
            return level
        }
        r.choice("score_method", &s.method)
        let maxScore = 10 * 10 + 10
        r.int("medium_from", &s.mediumFrom, range: 1...maxScore)
        r.int("high_from", &s.highFrom, range: 1...maxScore)
        r.int("critical_from", &s.criticalFrom, range: 1...maxScore)
        for band in ScoreBand.allCases {
            var days = s.reviewCadence(band)
            r.int("review_\(band.rawValue)", &days, range: 1...365)
            s.reviewDays[band] = days
        }
        // Rows that did not read keep the stored list, so the cross-field rules see only what read.
        check(s, into: &r.errors)
    }

    /// The rules that span fields: level counts, rising bounds, bands within the method's scores.
    static func check(_ s: RiskScales, into errors: inout FieldErrors) {
        if !RiskScales.levelCount.contains(s.probabilityLevels) {
            errors.add("probability_levels", .outOfRange, ["min": "2", "max": "10"])
        } else {
            for k in 1..<s.probability.count where s.probability[k].upTo <= s.probability[k - 1].upTo {
                errors.add("probability_levels[\(k)].up_to", .notIncreasing)
            }
            if s.probability.last?.upTo != 10_000 {
                errors.add("probability_levels[\(s.probability.count - 1)].up_to", .outOfRange, ["min": "100", "max": "100"])
            }
        }
        if !RiskScales.levelCount.contains(s.impactLevels) {
            errors.add("impact_levels", .outOfRange, ["min": "2", "max": "10"])
        } else {
            func rising<T: Comparable>(_ values: [T?], _ field: String) {
                var previous: T?
                for (k, v) in values.enumerated() {
                    if v == nil && k < values.count - 1 && values[(k + 1)...].contains(where: { $0 != nil }) {
                        errors.add("impact_levels[\(k)].\(field)", .required)
                    }
                    if let v, let p = previous, v <= p { errors.add("impact_levels[\(k)].\(field)", .notIncreasing) }
                    if let v { previous = v }
                }
            }
            rising(s.impact.map(\.scheduleDaysUpTo), "schedule_days")
            rising(s.impact.map(\.costUpTo), "cost")
        }
        if !errors.all.contains(where: { $0.field.hasPrefix("probability_levels") || $0.field.hasPrefix("impact_levels") }) {
            if s.mediumFrom >= s.highFrom { errors.add("high_from", .notIncreasing) }
            if s.highFrom >= s.criticalFrom { errors.add("critical_from", .notIncreasing) }
            if s.criticalFrom > s.maxScore { errors.add("critical_from", .outOfRange, ["min": "1", "max": String(s.maxScore)]) }
        }
    }
}

extension RiskScales {
    func auditFields(_ currency: Currency) -> [String: String?] {
        [
            "probability_levels": probability.map { "\($0.label)≤\(FixedPoint.format(Int64($0.upTo), digits: 2))%" }.joined(separator: "; "),
            "impact_levels": impact.map { l in
                "\(l.label)≤\(l.scheduleDaysUpTo.map { "\($0)d" } ?? "-")/\(l.costUpTo.map { Money(minor: $0, currency: currency).decimalString } ?? "-")"
            }.joined(separator: "; "),
            "score_method": method.rawValue, "bands": "\(mediumFrom)/\(highFrom)/\(criticalFrom)",
            "review_days": ScoreBand.allCases.map { String(reviewCadence($0)) }.joined(separator: "/"),
        ]
    }
}
