import Foundation

/// A typed identifier: a `ID<Project>` can never be passed where an `ID<Stakeholder>` is expected.
/// Random UUIDs, so ids leak nothing about volume and cannot be guessed by counting.
public struct ID<Entity>: Hashable, Sendable, CustomStringConvertible, Codable {
    public let uuid: UUID

    public init(_ uuid: UUID = UUID()) { self.uuid = uuid }

    public init?(_ text: String) {
        guard let u = UUID(uuidString: text) else { return nil }
        self.uuid = u
    }

    /// Lowercase canonical text, the form stored in the database and shown in URLs.
    public var description: String { uuid.uuidString.lowercased() }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let u = UUID(uuidString: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a UUID: \(s)")
        }
        self.uuid = u
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
