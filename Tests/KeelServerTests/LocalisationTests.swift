import Foundation
import Hummingbird
import HummingbirdTesting
import KeelApp
import KeelCore
import KeelStore
import Testing
import TestSupport

@testable import KeelServer

/// No mixed-language pages: every page rendered in Chinese (with the Chinese demo) carries no
/// English words outside a short list of codes and names, and the English pages no Chinese.
@Suite struct LocalisationTests {
    /// Words that are the same in both languages: product and unit names, codes, formats.
    static let allowed: Set<String> = [
        "keel", "english", "ecom", "crm", "upg", "auto", "pay", "sec", "cny", "csat", "kpi", "api", "csv", "utc", "yyyy", "demo",
        "bearer", "token", "authorization", "http", "https", "abc", "name", "example", "com", "admin", "zhang", "min", "chen", "jie", "sun",
        "yan", "wei", "audit", "walk", "test", "esc",
    ]

    static func visibleText(_ html: String) -> String {
        var s = html
        // Identifiers shown as recorded (audit field names, stored values, actors) are not prose.
        for tag in ["script", "style", "title", "code", "samp"] {
            while let a = s.range(of: "<\(tag)"), let b = s.range(of: "</\(tag)>", range: a.upperBound..<s.endIndex) {
                s.removeSubrange(a.lowerBound..<b.upperBound)
            }
        }
        var out = ""
        var inTag = false
        for ch in s {
            if ch == "<" {
                inTag = true
            } else if ch == ">" {
                inTag = false
                out.append(" ")
            } else if !inTag {
                out.append(ch)
            }
        }
        return out
    }

    static func englishWords(_ text: String) -> Set<String> {
        var words = Set<String>()
        var current = ""
        for ch in text + " " {
            if ch.isASCII && ch.isLetter {
                current.append(ch)
            } else {
                // All-capital words are codes (ISO currencies, CPI, KPI): the same in every language.
                let isCode = current.count <= 4 && current.allSatisfy(\.isUppercase)
                if current.count >= 3, !isCode, !allowed.contains(current.lowercased()) { words.insert(current) }
                current = ""
            }
        }
        return words
    }

    @Test func chinesePagesHaveNoEnglishAndEnglishPagesNoChinese() async throws {
        try await withClient(.sqlite) { client, services in
            let id = try await KeelDemo.loader(services: services, language: .zhCN).load()
            // Every page each module names: outside projects, of the demo project, of its objects.
            var pages: [String] = []
            for module in KeelModules.all {
                pages += module.globalPages + module.projectPages.map { "/projects/\(id)" + $0 }
                pages += try await module.demoPages(services, project: id)
            }
            #expect(Set(pages).count == pages.count, "a page listed twice")
            for page in pages {
                let zh = Self.visibleText(try await client.page(page, headers: [.acceptLanguage: "zh-CN"]).text)
                let words = Self.englishWords(zh)
                #expect(words.isEmpty, "\(page) in zh-CN shows English: \(words.sorted())")
            }
            // English pages of a project with English data carry no Chinese from the UI.
            let en = try await client.createProject(code: "EN-1")
            for page in ["/projects/new"] + KeelModules.all.flatMap(\.projectPages).map({ "/projects/\(en)" + $0 }) {
                let text = Self.visibleText(try await client.page(page, headers: [.acceptLanguage: "en"]).text)
                let chinese = text.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }
                // The language button offers 中文 in Chinese: that and nothing else.
                #expect(
                    String(String.UnicodeScalarView(chinese)) == "中文",
                    "\(page) in en shows Chinese: \(String(String.UnicodeScalarView(chinese)))"
                )
            }
        }
    }
}
