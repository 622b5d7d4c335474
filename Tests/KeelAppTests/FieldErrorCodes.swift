import KeelCore

/// The field errors a use case refused with, as field → codes (empty when it succeeded), for
/// asserting every problem of a bad input at once.
func fieldErrors(_ body: () async throws -> Void) async -> [String: [FieldError.Code]] {
    do {
        try await body()
        return [:]
    } catch KeelError.validation(let errors) {
        return Dictionary(grouping: errors, by: \.field).mapValues { $0.map(\.code) }
    } catch {
        return ["unexpected": [.unknown]]
    }
}
