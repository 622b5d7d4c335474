/// The languages of the UI. One table (`Text`) holds every user-visible string in both.
public enum UILocale: String, Sendable, CaseIterable {
    case en
    case zhCN = "zh-CN"

    /// BCP 47 tag for `<html lang>`.
    public var tag: String { rawValue }

    /// Picks the best supported language from an Accept-Language header (q-values honoured).
    public static func negotiate(acceptLanguage: String?) -> UILocale {
        guard let header = acceptLanguage else { return .en }
        var best: (UILocale, Double)?
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let range = pieces.first?.lowercased(), !range.isEmpty else { continue }
            var q = 1.0
            for p in pieces.dropFirst() where p.hasPrefix("q=") { q = Double(p.dropFirst(2)) ?? 0 }
            let locale: UILocale?
            if range.hasPrefix("zh") {
                // Readers of zh-TW / zh-HK read Simplified Chinese more easily than English.
                locale = .zhCN
            } else if range.hasPrefix("en") {
                locale = .en
            } else {
                locale = nil
            }
            if let locale, q > 0, q > (best?.1 ?? -1) { best = (locale, q) }
        }
        return best?.0 ?? .en
    }

    public init?(cookieValue: String?) {
        guard let v = cookieValue, let l = UILocale(rawValue: v) else { return nil }
        self = l
    }
}
