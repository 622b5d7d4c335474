import Foundation

extension ScheduleFile {
    /// The plan of a file read from `data` (already decoded as `self`), as `plan()` gives it, with the
    /// fields Keel does not read reported as `unknown_field` beside the other problems: a misspelt
    /// `durration` is refused, not silently ignored (the CodingKeys are the list of fields read).
    public func plan(checkingFieldsOf data: Data) throws(KeelError) -> ProjectPlan {
        let unknown = (try? JSONSerialization.jsonObject(with: data)).map(Self.unknownFields(in:)) ?? []
        let plan: ProjectPlan
        do throws(KeelError) {
            plan = try self.plan()
        } catch {
            if case .validation(let found) = error { throw .validation(unknown + found) }
            throw error
        }
        if !unknown.isEmpty { throw .validation(unknown) }
        return plan
    }

    /// Keys of the parsed JSON `json` that no field of a network file has, named where they are
    /// (`tasks[2].colour`).
    static func unknownFields(in json: Any) -> [FieldError] {
        var errors: [FieldError] = []
        func object<K: CodingKey & CaseIterable>(_ value: Any?, _ keys: K.Type, _ path: String) -> [String: Any]? where K.AllCases: Sequence {
            guard let dict = value as? [String: Any] else { return nil }
            let known = Set(K.allCases.map(\.stringValue))
            for key in dict.keys.sorted() where !known.contains(key) {
                errors.append(FieldError(path.isEmpty ? key : "\(path).\(key)", .unknownField))
            }
            return dict
        }
        guard let top = object(json, CodingKeys.self, "") else { return [] }
        for (i, item) in (top["tasks"] as? [Any] ?? []).enumerated() {
            if let task = object(item, Task.CodingKeys.self, "tasks[\(i)]") {
                _ = object(task["estimate"], Estimate.CodingKeys.self, "tasks[\(i)].estimate")
            }
        }
        for (i, item) in (top["links"] as? [Any] ?? []).enumerated() { _ = object(item, Link.CodingKeys.self, "links[\(i)]") }
        for (i, item) in (top["calendars"] as? [Any] ?? []).enumerated() {
            if let calendar = object(item, Calendar.CodingKeys.self, "calendars[\(i)]") {
                for (j, exception) in (calendar["exceptions"] as? [Any] ?? []).enumerated() {
                    _ = object(exception, Exception.CodingKeys.self, "calendars[\(i)].exceptions[\(j)]")
                }
            }
        }
        return errors
    }
}
