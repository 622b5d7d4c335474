import Foundation
import KeelCore
import KeelStore
import SQLKit

extension RiskService {
    /// The project's risk breakdown structure below the standard top-level categories.
    public func breakdown(_ caller: Caller, project: ID<Project>) async throws -> RiskBreakdown {
        try await services.readProject(caller, project) { sql in RiskBreakdown(try await RiskCategoryRepository.list(project: project, on: sql)) }
    }

    /// `name` (required, unique among its siblings), and either `parent_id` (a category of the
    /// project; the new one takes its root) or `root` (a standard top-level category).
    public func createCategory(_ caller: Caller, project: ID<Project>, _ input: Input) async throws -> RiskSubcategory {
        try await services.inProject(caller, .configureRisks, project) { sql in
            try await ProjectRepository.lock(project, on: sql)
            let tree = RiskBreakdown(try await RiskCategoryRepository.list(project: project, on: sql))
            var c = RiskSubcategory(projectID: project, root: .projectManagement)
            try Self.read(input, creating: true, into: &c, tree)
            try await RiskCategoryRepository.insert(c, on: sql)
            try await services.audit.record(
                "create",
                objectType: "risk_category",
                objectID: c.id.description,
                project: project,
                before: [:],
                after: c.auditFields,
                caller: caller,
                on: sql
            )
            return c
        }
    }

    /// Renames or moves a category (with everything below it); moving it under another root moves
    /// its risks there too.
    public func updateCategory(
        _ caller: Caller,
        project: ID<Project>,
        _ id: ID<RiskSubcategory>,
        _ input: Input,
        expectedVersion: Int64?
    ) async throws -> RiskSubcategory {
        var tree = RiskBreakdown([])
        return try await services.update(
            caller,
            .configureRisks,
            project: project,
            expectedVersion: expectedVersion,
            audit: "risk_category",
            id: id.description,
            version: \.version,
            fields: \.auditFields,
            load: { sql in
                try await ProjectRepository.lock(project, on: sql)
                tree = RiskBreakdown(try await RiskCategoryRepository.list(project: project, on: sql))
                guard let current = tree.category(id) else { throw KeelError.notFound(kind: "risk_category", id: id.description) }
                return current
            },
            change: { c, _, _ in try Self.read(input, creating: false, into: &c, tree) },
            store: { c, version, sql in try await RiskCategoryRepository.update(c, expectedVersion: version, on: sql) },
            stored: { c, current, sql in
                // Moved under another root: everything below it, and the risks filed there, follow.
                guard c.root != current.root else { return }
                let below = tree.subtree(id)
                for d in tree.categories where below.contains(d.id) && d.id != id {
                    var moved = d
                    moved.root = c.root
                    _ = try await RiskCategoryRepository.update(moved, expectedVersion: d.version, on: sql)
                }
                try await RiskCategoryRepository.setRoot(c.root, forRisksIn: below, project: project, on: sql)
            }
        )
    }

    /// Deletes a category; the categories and risks below it move up one level.
    public func deleteCategory(_ caller: Caller, project: ID<Project>, _ id: ID<RiskSubcategory>, expectedVersion: Int64?) async throws {
        try await services.inProject(caller, .configureRisks, project) { sql in
            try await ProjectRepository.lock(project, on: sql)
            let tree = RiskBreakdown(try await RiskCategoryRepository.list(project: project, on: sql))
            guard let current = tree.category(id) else { throw KeelError.notFound(kind: "risk_category", id: id.description) }
            try KeelServices.checkVersion(expectedVersion, current: current.version)
            let moved = try await RiskCategoryRepository.delete(current, on: sql)
            try await services.audit.record(
                "delete",
                objectType: "risk_category",
                objectID: id.description,
                project: project,
                before: current.auditFields,
                after: ["risks_moved_up": moved.map(\.description).joined(separator: ",")],
                caller: caller,
                on: sql
            )
        }
    }

    static func read(_ input: Input, creating: Bool, into c: inout RiskSubcategory, _ tree: RiskBreakdown) throws(KeelError) {
        var r = InputReader(input, creating: creating)
        r.text("name", &c.name, required: true, max: 100)
        var root: RiskCategory? = creating ? nil : c.root
        r.optionalChoice("root", &root)
        var parent = c.parentID
        r.optionalID("parent_id", &parent)
        if let p = parent {
            if let found = tree.category(p), found.projectID == c.projectID {
                if tree.subtree(c.id).contains(p) {
                    r.errors.add("parent_id", .cycle)
                } else if r.has("root"), let root, root != found.root {
                    r.errors.add("root", .mismatch, ["expected": found.root.rawValue])
                } else {
                    c.root = found.root
                }
            } else {
                r.errors.add("parent_id", .unknownReference)
            }
        } else if let root {
            c.root = root
        } else {
            r.errors.add("root", .required)
        }
        c.parentID = parent
        let siblings = tree.categories.filter { $0.id != c.id && $0.parentID == c.parentID && $0.root == c.root }
        if siblings.contains(where: { $0.name.lowercased() == c.name.lowercased() }) { r.errors.add("name", .duplicate) }
        try r.finish()
    }
}

extension RiskSubcategory {
    var auditFields: [String: String?] { ["name": name, "root": root.rawValue, "parent_id": parentID?.description] }
}
