/// One string in every language of the UI, written side by side where it is defined:
/// `case .issues: return Bilingual("Issues", "问题")`. A module's strings are an enum conforming
/// to `LocalizedText` whose `bilingual` switch is exhaustive, so a string without its translation
/// does not compile.
package struct Bilingual: Sendable {
    package let en: String
    package let zh: String

    package init(_ en: String, _ zh: String) {
        self.en = en
        self.zh = zh
    }

    package func string(_ locale: UILocale) -> String {
        switch locale {
        case .en: return en
        case .zhCN: return zh
        }
    }
}

/// A module's own strings. Pages show them with `ctx.t(IssueText.issues)`; no shared file lists them.
package protocol LocalizedText: Hashable, Sendable {
    var bilingual: Bilingual { get }
}

extension LocalizedText {
    package var en: String { bilingual.en }
    package var zh: String { bilingual.zh }
}

extension ViewContext {
    package func t(_ text: some LocalizedText) -> String { text.bilingual.string(locale) }
}
