/// One string in every language of the UI, written side by side where it is defined:
/// `case .issues: return Bilingual("Issues", "问题")`. A module's strings are an enum conforming
/// to `LocalizedText` whose `bilingual` switch is exhaustive, so a string without its translation
/// does not compile.
struct Bilingual: Sendable {
    let en: String
    let zh: String

    init(_ en: String, _ zh: String) {
        self.en = en
        self.zh = zh
    }

    func string(_ locale: UILocale) -> String {
        switch locale {
        case .en: return en
        case .zhCN: return zh
        }
    }
}

/// A module's own strings. Pages show them with `ctx.t(IssueText.issues)`; no shared file lists them.
protocol LocalizedText: Hashable, Sendable {
    var bilingual: Bilingual { get }
}

extension LocalizedText {
    var en: String { bilingual.en }
    var zh: String { bilingual.zh }
}

extension ViewContext {
    func t(_ text: some LocalizedText) -> String { text.bilingual.string(locale) }
}
