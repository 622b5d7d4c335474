/// What money is spent on. Six categories come with every project; a project may add its own.
public struct CostCategory: Hashable, Sendable {
    /// Lowercase letters, digits, `_` and `-`; unique per project.
    public var code: String
    /// The name a person gave it; empty for a standard category, whose name comes from the UI's language.
    public var name: String

    public init(code: String, name: String = "") {
        self.code = code
        self.name = name
    }

    public static let standardCodes = ["labour", "material", "equipment", "subcontract", "travel", "other"]
    public var isStandard: Bool { Self.standardCodes.contains(code) }

    /// A code is 1–32 characters of `a-z 0-9 _ -` starting with a letter, so it reads well in URLs and CSV.
    public static func isValidCode(_ code: String) -> Bool {
        guard let first = code.unicodeScalars.first, (1...32).contains(code.unicodeScalars.count), ("a"..."z").contains(first) else { return false }
        return code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
    }
}

/// Where cost is planned and collected: one WBS element (a task, or the project itself when `taskID`
/// is nil) × one cost category. Budget lines, ledger entries and earned value all hang off accounts.
public struct CostAccount: Hashable, Sendable {
    public let id: ID<CostAccount>
    public let projectID: ID<Project>
    public var taskID: ID<PlanTask>?
    public var category: String
    /// Short reference used on documents and in CSV, e.g. `1.2-LAB`; unique per project.
    public var code: String
    public var name: String
    /// What the account may cost at completion, low / most likely / high (minor units), for the cost
    /// risk analysis; without one the analysis takes its approved budget as certain.
    public var estimate: ThreePoint?
    public var version: Int64

    public init(
        id: ID<CostAccount> = ID(),
        projectID: ID<Project>,
        taskID: ID<PlanTask>?,
        category: String,
        code: String,
        name: String = "",
        estimate: ThreePoint? = nil,
        version: Int64 = 1
    ) {
        self.id = id
        self.projectID = projectID
        self.taskID = taskID
        self.category = category
        self.code = code
        self.name = name
        self.estimate = estimate
        self.version = version
    }
}
