/// A category of the project's risk breakdown structure below the five standard top-level ones
/// (`RiskCategory`): "Technical › Payment gateway › Certificates". Each sits under a top-level
/// category directly or under another category of the same root.
public struct RiskSubcategory: Hashable, Sendable {
    public let id: ID<RiskSubcategory>
    public let projectID: ID<Project>
    public var root: RiskCategory
    public var parentID: ID<RiskSubcategory>?
    public var name: String
    public var version: Int64

    public init(
        id: ID<RiskSubcategory> = ID(),
        projectID: ID<Project>,
        root: RiskCategory,
        parentID: ID<RiskSubcategory>? = nil,
        name: String = "",
        version: Int64 = 1
    ) {
        self.id = id
        self.projectID = projectID
        self.root = root
        self.parentID = parentID
        self.name = name
        self.version = version
    }
}

/// The project's whole breakdown structure: the standard roots and the categories beneath them.
public struct RiskBreakdown: Sendable, Hashable {
    public let categories: [RiskSubcategory]
    private let byID: [ID<RiskSubcategory>: RiskSubcategory]
    private let children: [ID<RiskSubcategory>?: [RiskSubcategory]]

    public init(_ categories: [RiskSubcategory]) {
        self.categories = categories
        byID = Dictionary(uniqueKeysWithValues: categories.map { ($0.id, $0) })
        children = Dictionary(grouping: categories, by: \.parentID).mapValues { $0.sorted { $0.name < $1.name } }
    }

    public func category(_ id: ID<RiskSubcategory>) -> RiskSubcategory? { byID[id] }

    /// The names from the category below the root down to `id`.
    public func path(_ id: ID<RiskSubcategory>) -> [String] {
        var names: [String] = []
        var next: ID<RiskSubcategory>? = id
        var seen = Set<ID<RiskSubcategory>>()
        while let n = next, let c = byID[n], seen.insert(n).inserted {
            names.insert(c.name, at: 0)
            next = c.parentID
        }
        return names
    }

    /// `id` and every category below it.
    public func subtree(_ id: ID<RiskSubcategory>) -> Set<ID<RiskSubcategory>> {
        var out: Set<ID<RiskSubcategory>> = [id]
        var stack = [id]
        while let n = stack.popLast() {
            for c in children[n] ?? [] where out.insert(c.id).inserted { stack.append(c.id) }
        }
        return out
    }

    /// The categories of one root in outline order, each with its depth (1 directly under the root).
    public func outline(_ root: RiskCategory) -> [(category: RiskSubcategory, depth: Int)] {
        var out: [(RiskSubcategory, Int)] = []
        func walk(_ parent: ID<RiskSubcategory>?, _ depth: Int) {
            for c in (children[parent] ?? []) where c.root == root {
                out.append((c, depth))
                walk(c.id, depth + 1)
            }
        }
        walk(nil, 1)
        return out
    }

    public static func == (a: RiskBreakdown, b: RiskBreakdown) -> Bool { a.categories == b.categories }
    public func hash(into h: inout Hasher) { h.combine(categories) }
}
