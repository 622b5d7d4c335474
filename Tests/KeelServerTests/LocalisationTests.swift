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
            let id = try await DemoLoader(services: services, language: .zhCN).load()
            let o = try await services.projects.overview(.system("t"), id)
            let base = "/projects/\(id)"
            let pages = [
                "/projects", "/projects/new", base, base + "/edit", base + "/objectives", base + "/stakeholders", base + "/lifecycle",
                base + "/members",
                base + "/audit", base + "/objectives/\(o.objectives[0].id)/edit", base + "/stakeholders/\(o.stakeholders[0].id)/edit",
                base + "/phases/\(o.phases[0].id)/edit", base + "/gate-reviews/\(o.gateReviews[0].id)/edit", "/account", "/admin/users",
                "/no/such/page", "/help/shortcuts", base + "/schedule", base + "/schedule?zoom=day", base + "/schedule/settings",
                base + "/schedule/simulation?iterations=500&deadline=2027-12-31", base + "/schedule/simulation?iterations=0", base + "/risks",
                base + "/risks/\(try await services.risks.list(.system("t"), project: id)[0].id)/edit",
                base + "/schedule/tasks/\(try await services.schedule.view(.system("t"), project: id).plan.tasks[1].id)/edit",
                base + "/finance", base + "/finance/ledger", base + "/finance/ledger?kind=bad",
                base + "/finance/ledger/\(try await services.finance.ledger(.system("t"), project: id, LedgerRepository.Filter()).entries[0].id)",
                base + "/finance/accounts/\(try await services.finance.accounts(.system("t"), project: id)[0].id)/edit",
                base + "/finance/budgets", base + "/finance/earned-value", base + "/finance/cost-control",
                base + "/finance/budgets/\(try await services.budgets.list(.system("t"), project: id)[0].version.id)",
                base + "/finance/budgets/\(try await services.budgets.list(.system("t"), project: id)[1].version.id)",
                base + "/finance/cash-flow", base + "/finance/cash-flow?as_of=bad", base + "/issues", base + "/schedule/simulation/correlations",
                base + "/risks/settings", base + "/risks/categories",
                base + "/objectives/\(try await services.objectives.list(.system("t"), project: id)[1].id)/measurements",
                base + "/risks/categories/\(try await services.risks.breakdown(.system("t"), project: id).categories[0].id)",
                base + "/schedule/simulation/correlations/\(try await services.correlations.list(.system("t"), project: id)[0].id)",
                base + "/finance/cash-flow/inflows/\(try await services.cashFlow.report(.system("t"), project: id).inflows[0].inflow.id)",
                base + "/time", base + "/time?week=2020-01-06", base + "/timesheets", base + "/timesheets?status=lost", base + "/finance/rates",
                base + "/timesheets/\(try await services.timesheets.list(.system("t"), project: id, .init(status: .approved))[0].sheet.id)",
                base + "/timesheets/\(try await services.timesheets.list(.system("t"), project: id, .init(status: .submitted))[0].sheet.id)",
            ]
            for page in pages {
                let zh = Self.visibleText(try await client.page(page, headers: [.acceptLanguage: "zh-CN"]).text)
                let words = Self.englishWords(zh)
                #expect(words.isEmpty, "\(page) in zh-CN shows English: \(words.sorted())")
            }
            // English pages of a project with English data carry no Chinese from the UI.
            let en = try await client.createProject(code: "EN-1")
            for page in [
                "/projects/\(en)", "/projects/\(en)/lifecycle", "/projects/\(en)/stakeholders", "/projects/new", "/projects/\(en)/schedule",
                "/projects/\(en)/schedule/simulation", "/projects/\(en)/risks", "/projects/\(en)/finance", "/projects/\(en)/finance/ledger",
                "/projects/\(en)/finance/budgets", "/projects/\(en)/finance/earned-value", "/projects/\(en)/finance/cost-control",
                "/projects/\(en)/time", "/projects/\(en)/timesheets", "/projects/\(en)/finance/rates",
                "/projects/\(en)/finance/cash-flow", "/projects/\(en)/issues", "/projects/\(en)/schedule/simulation/correlations",
                "/projects/\(en)/risks/settings", "/projects/\(en)/risks/categories",
            ] {
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
