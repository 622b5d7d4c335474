import Foundation
import KeelCore
import SQLKit

/// The risk register's rows: risks, the tasks each one is linked to (in order), and the history of
/// every assessment ever made.
public enum RiskRepository {
    static let columns = """
        id, project_id, number, kind, title, cause, event, effect, category, owner, status, risk_trigger, proximity, raised_on,
        closed_on, next_review, inherent, inherent_score, residual, residual_score, current_score, strategy, response, contingency_plan,
        fallback_plan, chance, delay_optimistic, delay_most_likely, delay_pessimistic, cost_low, cost_mode, cost_high, acceptance_approved_by,
        acceptance_approved_on, version, subcategory_id
        """

    public static func list(project: ID<Project>, on sql: any SQLDatabase) async throws -> [Risk] {
        let rows = try await sql.raw(
            "SELECT \(unsafeRaw: columns) FROM risks WHERE project_id = \(bind: project.description) ORDER BY number"
        ).all()
        var risks = try rows.map(risk)
        let links = try await sql.raw(
            """
            SELECT l.risk_id, l.task_id FROM risk_tasks l JOIN risks r ON r.id = l.risk_id
            WHERE r.project_id = \(bind: project.description) ORDER BY l.risk_id, l.position
            """
        ).all()
        var byRisk: [String: [ID<PlanTask>]] = [:]
        for row in links { byRisk[try row.text("risk_id"), default: []].append(try row.id("task_id")) }
        for i in risks.indices { risks[i].taskIDs = byRisk[risks[i].id.description] ?? [] }
        return risks
    }

    public static func find(_ id: ID<Risk>, project: ID<Project>, on sql: any SQLDatabase) async throws -> Risk? {
        guard
            var r = try await sql.raw(
                "SELECT \(unsafeRaw: columns) FROM risks WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)"
            ).first().map(risk)
        else { return nil }
        r.taskIDs = try await sql.raw("SELECT task_id FROM risk_tasks WHERE risk_id = \(bind: id.description) ORDER BY position").all()
            .map { try $0.id("task_id") }
        return r
    }

    public static func nextNumber(project: ID<Project>, on sql: any SQLDatabase) async throws -> Int {
        try await sql.raw("SELECT COALESCE(MAX(number), 0) + 1 AS n FROM risks WHERE project_id = \(bind: project.description)").first()?.int("n")
            ?? 1
    }

    public static func insert(_ r: Risk, scales: RiskScales, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO risks (\(unsafeRaw: columns)) VALUES (\(bind: r.id.description), \(bind: r.projectID.description), \(bind: Int64(r.number)),
            \(bind: r.kind.rawValue), \(bind: r.title), \(bind: r.cause), \(bind: r.event), \(bind: r.effect), \(bind: r.category.rawValue),
            \(bind: r.owner), \(bind: r.status.rawValue), \(bind: r.trigger), \(bind: r.proximity?.iso), \(bind: r.raisedOn.iso),
            \(bind: r.closedOn?.iso), \(bind: r.nextReview?.iso), \(bind: encode(r.inherent)), \(bind: Int64(scales.score(r.inherent))),
            \(bind: r.residual.map(encode)), \(bind: r.residual.map { Int64(scales.score($0)) }), \(bind: Int64(scales.score(r.current))),
            \(bind: r.strategy?.rawValue), \(bind: r.response), \(bind: r.contingencyPlan), \(bind: r.fallbackPlan),
            \(bind: r.chance.map(Int64.init)), \(bind: r.delay?.optimistic), \(bind: r.delay?.mostLikely), \(bind: r.delay?.pessimistic),
            \(bind: r.costImpact?.low), \(bind: r.costImpact?.mode), \(bind: r.costImpact?.high), \(bind: r.acceptanceApprovedBy),
            \(bind: r.acceptanceApprovedOn?.iso), \(bind: r.version), \(bind: r.subcategoryID?.description))
            """
        ).run()
        try await replaceTasks(r, on: sql)
    }

    public static func update(_ r: Risk, scales: RiskScales, expectedVersion: Int64, on sql: any SQLDatabase) async throws -> UpdateOutcome {
        let row = try await sql.raw(
            """
            UPDATE risks SET kind = \(bind: r.kind.rawValue), title = \(bind: r.title), cause = \(bind: r.cause), event = \(bind: r.event),
            effect = \(bind: r.effect), category = \(bind: r.category.rawValue), owner = \(bind: r.owner), status = \(bind: r.status.rawValue),
            risk_trigger = \(bind: r.trigger), proximity = \(bind: r.proximity?.iso), closed_on = \(bind: r.closedOn?.iso),
            next_review = \(bind: r.nextReview?.iso), inherent = \(bind: encode(r.inherent)), inherent_score = \(bind: Int64(scales.score(r.inherent))),
            residual = \(bind: r.residual.map(encode)), residual_score = \(bind: r.residual.map { Int64(scales.score($0)) }),
            current_score = \(bind: Int64(scales.score(r.current))), strategy = \(bind: r.strategy?.rawValue), response = \(bind: r.response),
            contingency_plan = \(bind: r.contingencyPlan), fallback_plan = \(bind: r.fallbackPlan), chance = \(bind: r.chance.map(Int64.init)),
            delay_optimistic = \(bind: r.delay?.optimistic), delay_most_likely = \(bind: r.delay?.mostLikely),
            delay_pessimistic = \(bind: r.delay?.pessimistic), cost_low = \(bind: r.costImpact?.low), cost_mode = \(bind: r.costImpact?.mode),
            cost_high = \(bind: r.costImpact?.high), acceptance_approved_by = \(bind: r.acceptanceApprovedBy),
            acceptance_approved_on = \(bind: r.acceptanceApprovedOn?.iso), subcategory_id = \(bind: r.subcategoryID?.description), version = version + 1
            WHERE id = \(bind: r.id.description) AND project_id = \(bind: r.projectID.description) AND version = \(bind: expectedVersion)
            RETURNING version
            """
        ).first()
        let outcome = try ScopedTable<Risk>.outcome(row)
        if case .updated = outcome { try await replaceTasks(r, on: sql) }
        return outcome
    }

    /// Stores every risk's scores again after the project's scales changed (the columns only serve
    /// sorting in SQL; the assessments themselves do not change).
    public static func rescore(project: ID<Project>, scales: RiskScales, on sql: any SQLDatabase) async throws {
        for r in try await list(project: project, on: sql) {
            try await sql.raw(
                """
                UPDATE risks SET inherent_score = \(bind: Int64(scales.score(r.inherent))), residual_score = \(bind: r.residual.map { Int64(scales.score($0)) }),
                current_score = \(bind: Int64(scales.score(r.current))) WHERE id = \(bind: r.id.description)
                """
            ).run()
        }
    }

    public static func delete(_ id: ID<Risk>, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM risks WHERE id = \(bind: id.description) AND project_id = \(bind: project.description)").run()
    }

    private static func replaceTasks(_ r: Risk, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM risk_tasks WHERE risk_id = \(bind: r.id.description)").run()
        for (i, t) in r.taskIDs.enumerated() {
            try await sql.raw(
                "INSERT INTO risk_tasks (risk_id, task_id, position) VALUES (\(bind: r.id.description), \(bind: t.description), \(bind: Int64(i)))"
            ).run()
        }
    }

    // MARK: Assessment history

    /// One assessment as it was recorded.
    public struct HistoryEntry: Sendable, Hashable {
        public let assessedAt: Date
        public let assessedBy: String
        /// `inherent` or `residual`.
        public let stage: String
        public let assessment: RiskAssessment
    }

    public static func recordAssessment(
        _ a: RiskAssessment,
        score: Int,
        stage: String,
        risk: ID<Risk>,
        project: ID<Project>,
        by actor: String,
        at time: Date,
        on sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO risk_assessments (id, risk_id, project_id, sequence, assessed_at, assessed_by, stage, assessment, score)
            VALUES (\(bind: UUID().uuidString.lowercased()), \(bind: risk.description), \(bind: project.description),
            (SELECT COALESCE(MAX(sequence), 0) + 1 FROM risk_assessments WHERE risk_id = \(bind: risk.description)),
            \(bind: Timestamp.format(time)), \(bind: actor), \(bind: stage), \(bind: encode(a)), \(bind: Int64(score)))
            """
        ).run()
    }

    public static func history(_ risk: ID<Risk>, project: ID<Project>, on sql: any SQLDatabase) async throws -> [HistoryEntry] {
        try await sql.raw(
            """
            SELECT assessed_at, assessed_by, stage, assessment FROM risk_assessments
            WHERE risk_id = \(bind: risk.description) AND project_id = \(bind: project.description) ORDER BY sequence
            """
        ).all().map { row in
            let at = try row.text("assessed_at")
            guard let date = Timestamp.parse(at) else { throw StoreError.corrupt(column: "assessed_at", value: at) }
            return HistoryEntry(
                assessedAt: date,
                assessedBy: try row.text("assessed_by"),
                stage: try row.text("stage"),
                assessment: try decode(try row.text("assessment"))
            )
        }
    }

    // MARK: Snapshots (exposure trend)

    public static func recordSnapshot(_ s: RiskSnapshot, project: ID<Project>, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO risk_snapshots (project_id, sequence, risk_id, day, is_open, score, emv)
            VALUES (\(bind: project.description),
            (SELECT COALESCE(MAX(sequence), 0) + 1 FROM risk_snapshots WHERE project_id = \(bind: project.description)),
            \(bind: s.riskID.description), \(bind: s.day.iso), \(bind: Int64(s.open ? 1 : 0)), \(bind: Int64(s.score)), \(bind: s.expectedMonetaryValue))
            """
        ).run()
    }

    /// In the order they were recorded.
    public static func snapshots(project: ID<Project>, on sql: any SQLDatabase) async throws -> [RiskSnapshot] {
        try await sql.raw(
            """
            SELECT risk_id, day, is_open, score, emv FROM risk_snapshots WHERE project_id = \(bind: project.description) ORDER BY sequence
            """
        ).all().map { row in
            guard let day = try row.day("day") else { throw StoreError.corrupt(column: "day", value: "") }
            return RiskSnapshot(
                riskID: try row.id("risk_id"),
                day: day,
                open: try row.int64("is_open") == 1,
                score: try row.int("score"),
                expectedMonetaryValue: try row.int64("emv")
            )
        }
    }

    // MARK: Coding

    struct AssessmentJSON: Codable {
        var probability: Int
        var impacts: [String: Int]
    }

    static func encode(_ a: RiskAssessment) -> String {
        let json = AssessmentJSON(
            probability: a.probability,
            impacts: Dictionary(uniqueKeysWithValues: a.impacts.map { ($0.key.rawValue, $0.value) })
        )
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return String(decoding: (try? e.encode(json)) ?? Data(), as: UTF8.self)
    }

    static func decode(_ text: String) throws -> RiskAssessment {
        guard let json = try? JSONDecoder().decode(AssessmentJSON.self, from: Data(text.utf8)) else {
            throw StoreError.corrupt(column: "assessment", value: text)
        }
        var impacts: [ImpactDimension: Int] = [:]
        for (k, v) in json.impacts {
            guard let d = ImpactDimension(rawValue: k) else { throw StoreError.corrupt(column: "assessment", value: text) }
            impacts[d] = v
        }
        return RiskAssessment(probability: json.probability, impacts: impacts)
    }

    @Sendable static func risk(_ row: any SQLRow) throws -> Risk {
        func optionalInt(_ c: String) throws -> Int64? { try row.decode(column: c, as: Int64?.self) }
        let delay: ThreePointEstimate? = try {
            guard let o = try optionalInt("delay_optimistic"), let m = try optionalInt("delay_most_likely"),
                let p = try optionalInt("delay_pessimistic")
            else { return nil }
            return ThreePointEstimate(optimistic: o, mostLikely: m, pessimistic: p)
        }()
        let cost: ThreePoint? = try {
            guard let l = try optionalInt("cost_low"), let m = try optionalInt("cost_mode"), let h = try optionalInt("cost_high") else { return nil }
            return ThreePoint(low: l, mode: m, high: h)
        }()
        guard let raised = try row.day("raised_on") else { throw StoreError.corrupt(column: "raised_on", value: "") }
        return Risk(
            id: try row.id("id"),
            projectID: try row.id("project_id"),
            number: try row.int("number"),
            kind: try row.enumValue("kind"),
            title: try row.text("title"),
            cause: try row.text("cause"),
            event: try row.text("event"),
            effect: try row.text("effect"),
            category: try row.enumValue("category"),
            subcategoryID: try row.optionalText("subcategory_id").flatMap(ID<RiskSubcategory>.init),
            owner: try row.text("owner"),
            status: try row.enumValue("status"),
            trigger: try row.text("risk_trigger"),
            proximity: try row.day("proximity"),
            raisedOn: raised,
            closedOn: try row.day("closed_on"),
            nextReview: try row.day("next_review"),
            inherent: try decode(try row.text("inherent")),
            residual: try row.optionalText("residual").map(decode),
            strategy: try row.optionalText("strategy").map { s in
                guard let v = ResponseStrategy(rawValue: s) else { throw StoreError.corrupt(column: "strategy", value: s) }
                return v
            },
            response: try row.text("response"),
            contingencyPlan: try row.text("contingency_plan"),
            fallbackPlan: try row.text("fallback_plan"),
            chance: try optionalInt("chance").map(Int.init),
            delay: delay,
            costImpact: cost,
            acceptanceApprovedBy: try row.optionalText("acceptance_approved_by"),
            acceptanceApprovedOn: try row.day("acceptance_approved_on"),
            version: try row.int64("version")
        )
    }
}
