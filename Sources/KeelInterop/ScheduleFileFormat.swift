import Foundation

/// Telling the two plan file formats apart by their first character.
public enum ScheduleFileFormat {
    /// MS Project XML starts with `<` (after an optional byte-order mark and white space); a JSON
    /// network with `{`.
    public static func looksLikeXML(_ data: Data) -> Bool {
        data.lazy.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }.first == UInt8(ascii: "<")
    }
}
