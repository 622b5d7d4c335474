import Foundation
import KeelCore
import KeelStore
import SQLKit

/// The issue log: what has happened and needs handling, with owner, priority, due date and
/// resolution. A risk that occurs is turned into an issue in one step, keeping the link both ways.
public struct IssueService: Sendable {
    let services: KeelServices

    public func list(_ caller: Caller, project: ID<Project>) async throws -> [ProjectIssue] {
        try await services.readProject(caller, project) { sql in try await IssueRepository.list(project: project, on: sql) }
    }

    public func get(_ caller: Caller, project: ID<Project>, _ id: ID<ProjectIssue>) async throws -> ProjectIssue {
        try await services.readProject(caller, project) { sql in try await Self.load(id, project, sql) }
    }

    /// The issues raised from a risk.
    public func forRisk(_ caller: Caller, project: ID<Project>, _ risk: ID<Risk>) async throws -> [ProjectIssue] {
        try await services.readProject(caller, project) { sql in try await IssueRepository.forRisk(risk, on: sql) }
    }

    /// `title` (required), `description`, `owner`, `priority`, `status`, `raised_on` (default today),
    /// `due` (not before it), `resolution`.
    public func create(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> ProjectIssue {
        try await services.inProject(caller, .editIssues, project) { sql in
            var issue = ProjectIssue(
                projectID: project,
                number: try await IssueRepository.nextNumber(project: project, on: sql),
                title: "",
                raisedOn: services.today
            )
            var r = InputReader(input, creating: true)
            Self.read(&r, into: &issue)
            try r.finish()
            try Self.check(&issue, before: nil, today: services.today)
            try await IssueRepository.insert(issue, on: sql)
            try await services.audit.record(
                "create",
                objectType: "issue",
                objectID: issue.id.description,
                project: project,
                before: [:],
                after: issue.auditFields,
                caller: caller,
                on: sql
            )
            return issue
        }
    }

    public func update(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<ProjectIssue>,
        _ input: Input,
        expectedVersion: Int64?
    ) async throws -> ProjectIssue {
        try await services.update(
            caller,
            .editIssues,
            project: project,
            expectedVersion: expectedVersion,
            audit: "issue",
            id: id.description,
            version: \.version,
            fields: \.auditFields,
            load: { sql in try await Self.load(id, project, sql) },
            change: { issue, current, _ in
                var r = InputReader(input, creating: false)
                Self.read(&r, into: &issue)
                try r.finish()
                try Self.check(&issue, before: current, today: services.today)
            },
            store: { issue, version, sql in try await IssueRepository.update(issue, expectedVersion: version, on: sql) }
        )
    }

    public func delete(_ caller: Caller, project: ID<Project>, _ id: ID<ProjectIssue>, expectedVersion: Int64?) async throws {
        try await services.inProject(caller, .editIssues, project) { sql in
            let current = try await Self.load(id, project, sql)
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            try await IssueRepository.delete(id, project: project, on: sql)
            try await services.audit.record(
                "delete",
                objectType: "issue",
                objectID: id.description,
                project: project,
                before: current.auditFields,
                after: [:],
                caller: caller,
                on: sql
            )
        }
    }

    /// The risk has occurred: its status becomes `occurred` and an issue is opened from it (title,
    /// what happened and what it does, the contingency plan, owner, priority from its score). A closed
    /// risk, or one that already has an open issue, is refused (409).
    public func raise(_ caller: Caller, project: ID<Project>, fromRisk riskID: ID<Risk>) async throws -> ProjectIssue {
        try await services.inProject(caller, .editIssues, project) { sql in
            try await IssueRepository.lock(risk: riskID, on: sql)
            let current = try await RiskService.load(riskID, project, sql)
            guard current.status.isOpen else { throw KeelError.conflict("\(current.code) is closed") }
            if let open = try await IssueRepository.forRisk(riskID, on: sql).first(where: { $0.status.isOpen }) {
                throw KeelError.conflict("\(current.code) already has an open issue, \(open.code)")
            }
            var risk = current
            risk.status = .occurred
            let scales = try await RiskScalesRepository.find(project: project, on: sql)
            guard case .updated(let v) = try await RiskRepository.update(risk, scales: scales, expectedVersion: current.version, on: sql) else {
                throw KeelError.versionMismatch(currentVersion: current.version + 1)
            }
            risk.version = v
            try await services.audit.record(
                "update",
                objectType: "risk",
                objectID: riskID.description,
                project: project,
                before: current.auditFields,
                after: risk.auditFields,
                caller: caller,
                on: sql
            )
            let issue = ProjectIssue.from(
                risk,
                number: try await IssueRepository.nextNumber(project: project, on: sql),
                on: services.today,
                scales: scales
            )
            try await IssueRepository.insert(issue, on: sql)
            try await services.audit.record(
                "create",
                objectType: "issue",
                objectID: issue.id.description,
                project: project,
                before: [:],
                after: issue.auditFields,
                caller: caller,
                on: sql
            )
            return issue
        }
    }

    // MARK: Helpers

    static func load(_ id: ID<ProjectIssue>, _ project: ID<Project>, _ sql: any SQLDatabase) async throws -> ProjectIssue {
        guard let i = try await IssueRepository.find(id, project: project, on: sql) else {
            throw KeelError.notFound(kind: "issue", id: id.description)
        }
        return i
    }

    static func read(_ r: inout InputReader, into i: inout ProjectIssue) {
        r.text("title", &i.title, required: true, max: 200)
        r.text("description", &i.description, max: 4_000)
        r.text("owner", &i.owner, max: 200)
        r.choice("priority", &i.priority)
        r.choice("status", &i.status)
        var raised: Day? = i.raisedOn
        r.day("raised_on", &raised)
        i.raisedOn = raised ?? i.raisedOn
        r.day("due", &i.due)
        r.text("resolution", &i.resolution, max: 4_000)
    }

    /// A due date not before the day it was raised; resolved and closed issues carry the day they were.
    static func check(_ i: inout ProjectIssue, before: ProjectIssue?, today: Day) throws(KeelError) {
        if let due = i.due, due < i.raisedOn { throw .validation([FieldError("due", .beforeStart, ["start": "raised_on"])]) }
        if i.status.isOpen {
            i.resolvedOn = nil
        } else if before?.status.isOpen ?? true || i.resolvedOn == nil {
            i.resolvedOn = today
        }
    }
}

extension ProjectIssue {
    var auditFields: [String: String?] {
        [
            "number": String(number), "title": title, "owner": owner, "priority": priority.rawValue, "status": status.rawValue,
            "raised_on": raisedOn.iso,
            "due": due?.iso, "resolved_on": resolvedOn?.iso, "risk_id": riskID?.description,
        ]
    }
}
