import Foundation
import KeelCore
import KeelStore

/// Loads the example from the plan template: an integrated e-commerce platform (shopping, payment,
/// logistics) delivered in three stages. Goes through the same use cases as a user would, so the demo
/// is also a smoke test of them.
public struct DemoLoader: Sendable {
    public enum Language: String, Sendable, CaseIterable {
        case en
        case zhCN = "zh-CN"
    }

    let services: KeelServices
    let language: Language
    let caller = Caller.system("demo")
    /// The modules' own parts, run in order after the ones every demo has.
    let parts: [DemoPart]

    public init(services: KeelServices, language: Language, parts: [DemoPart] = []) {
        self.services = services
        self.language = language
        self.parts = parts
    }

    public static let demoCode = "ECOM-2027"
    /// Demo accounts share one published password: they exist to be tried, never for real data.
    public static let password = "keel-demo-2027"
    public static let adminEmail = "admin@demo.keel"

    /// Who signs in to the demo, and their role on the demo project.
    static let people: [(email: String, en: String, zh: String, admin: Bool, role: ProjectRole?)] = [
        (adminEmail, "Demo administrator", "演示管理员", true, .owner),
        ("zhang.min@demo.keel", "Zhang Min", "张敏", false, .manager),
        ("chen.jie@demo.keel", "Chen Jie", "陈杰", false, .member),
        ("sun.yan@demo.keel", "Sun Yan", "孙燕", false, .finance),
        ("li.wei@demo.keel", "Li Wei", "李伟", false, .viewer),
        ("audit@demo.keel", "Huaxin auditor", "华信审计", false, .auditor),
    ]

    /// Creates the demo accounts that do not exist yet and gives them their roles on `project`.
    func loadPeople(project: ID<Project>) async throws {
        for p in Self.people {
            let user: User
            if let existing = try await services.identity.find(email: p.email) {
                user = existing
            } else {
                user = try await services.identity.createUser(
                    caller,
                    input([
                        "email": .string(p.email), "display_name": t(p.en, p.zh), "password": .string(Self.password), "is_admin": .bool(p.admin),
                    ])
                )
            }
            if let role = p.role {
                _ = try await services.members.add(caller, project: project, input(["email": .string(user.email), "role": .string(role.rawValue)]))
            }
        }
    }

    func t(_ en: String, _ zh: String) -> Input.Value { .string(language == .en ? en : zh) }

    /// The demo lives in the present: the project started eight weeks before the day it is loaded (on a
    /// Monday), so initiation is done, planning is under way and its end is coming up.
    var start: Day {
        let today = Day(utcSecondsSince1970: services.clock().timeIntervalSince1970)
        let eightWeeksAgo = today.adding(days: -56)
        return eightWeeksAgo.adding(days: -(eightWeeksAgo.weekday - 1))
    }

    /// A day `offset` days after the project start, as input.
    private func d(_ offset: Int) -> Input.Value { .string(start.adding(days: offset).iso) }

    func input(_ fields: [String: Input.Value]) -> Input { Input(fields: fields, fromForm: false) }

    /// Loads the demo unless a project with its code exists; returns the demo project's id.
    @discardableResult
    public func load() async throws -> ID<Project> {
        let existing = try await services.projects.list(caller, PortfolioQuery(search: Self.demoCode, perPage: 1))
        if let found = existing.items.first(where: { $0.code == Self.demoCode }) {
            try await loadPeople(project: found.id)
            return found.id
        }

        let project = try await services.projects.create(
            caller,
            input([
                "code": .string(Self.demoCode),
                "name": t("Integrated e-commerce platform", "综合电商平台"),
                "sponsor": t("Li Wei, Chief Operating Officer", "李伟（首席运营官）"),
                "goal": t(
                    "Launch one platform for shopping, payment and logistics, and double monthly sales within a year.",
                    "建成集购物、支付与物流于一体的平台，一年内月销售额翻一番。"
                ),
                "audience": t("Online shoppers in tier-1 and tier-2 cities, and partner merchants", "一二线城市的网购消费者及入驻商家"),
                "value_proposition": t(
                    "A faster, safer checkout and next-day delivery from one trusted storefront.",
                    "一站式可信店铺：更快更安全的支付，次日送达。"
                ),
                "methodology": t("Stage-gate with agile delivery inside each stage", "阶段门控，阶段内敏捷交付"),
                "planned_start": d(0),
                "planned_finish": d(347),
                "budget_amount": .string("12000000.00"),
                "currency": .string("CNY"),
                "allocations": .array([
                    .object(["direction": t("Platform development", "平台研发"), "share_percent": .string("45")]),
                    .object(["direction": t("Marketing and user growth", "市场推广与用户增长"), "share_percent": .string("25")]),
                    .object(["direction": t("Logistics and supply-chain integration", "物流与供应链整合"), "share_percent": .string("20")]),
                    .object(["direction": t("Payment security and compliance", "支付安全与合规"), "share_percent": .string("10")]),
                ]),
                "expected_benefits": t(
                    "Higher customer satisfaction, a leading position in the regional market, and the base for international expansion.",
                    "提升用户满意度，取得区域市场领先地位，为国际化奠定基础。"
                ),
                "status": .string("active"),
            ])
        )
        let pid = project.id
        try await loadPeople(project: pid)

        let objectives: [[String: Input.Value]] = [
            [
                "name": t("Monthly gross merchandise value", "月度商品交易总额"), "unit": t("CNY million", "百万元"), "baseline": .number("8"),
                "target": .number("16"), "direction": .string("higher_is_better"), "red_threshold": .number("10"),
                "amber_threshold": .number("14"), "due_date": d(361),
            ],
            [
                "name": t("Monthly active users", "月活跃用户数"), "unit": t("thousand", "千人"), "baseline": .number("120"),
                "target": .number("300"), "direction": .string("higher_is_better"), "red_threshold": .number("180"),
                "amber_threshold": .number("250"), "due_date": d(361),
            ],
            [
                "name": t("Customer satisfaction (CSAT)", "客户满意度（CSAT）"), "unit": .string("%"), "baseline": .number("78"), "target": .number("90"),
                "direction": .string("higher_is_better"), "red_threshold": .number("80"), "amber_threshold": .number("86"),
                "due_date": d(269),
            ],
            [
                "name": t("Average delivery time", "平均配送时长"), "unit": t("hours", "小时"), "baseline": .number("52"), "target": .number("24"),
                "direction": .string("lower_is_better"), "red_threshold": .number("40"), "amber_threshold": .number("30"),
                "due_date": d(300),
            ],
            [
                "name": t("Payment failure rate", "支付失败率"), "unit": .string("%"), "baseline": .number("2.5"), "target": .number("0.5"),
                "direction": .string("lower_is_better"), "red_threshold": .number("1.5"), "amber_threshold": .number("1"),
                "due_date": d(177),
            ],
        ]
        var created: [Objective] = []
        for o in objectives { created.append(try await services.objectives.create(caller, project: pid, input(o))) }
        // Measured so far, about monthly since the start (never after today): users grow, payments fail
        // less often; CSAT was surveyed twice.
        let measured: [(Int, [(Int, String)])] = [
            (1, [(3, "128"), (31, "141"), (55, "152")]), (4, [(3, "2.4"), (31, "2.1"), (55, "1.8")]), (2, [(31, "81"), (55, "84")]),
        ]
        for (index, values) in measured {
            for (offset, value) in values {
                _ = try await services.objectives.record(
                    caller,
                    project: pid,
                    created[index].id,
                    input(["measured_on": .string(start.adding(days: offset).iso), "value": .number(value)])
                )
            }
        }

        func person(
            _ en: String,
            _ zh: String,
            _ kind: String,
            _ orgEn: String,
            _ orgZh: String,
            _ influence: Int,
            _ interest: Int,
            _ current: String,
            _ desired: String,
            _ needsEn: String,
            _ needsZh: String
        ) -> [String: Input.Value] {
            [
                "name": t(en, zh), "kind": .string(kind), "organisation": t(orgEn, orgZh), "influence": .number(String(influence)),
                "interest": .number(String(interest)), "current_engagement": .string(current), "desired_engagement": .string(desired),
                "communication_needs": t(needsEn, needsZh),
            ]
        }
        let people = [
            person(
                "Li Wei",
                "李伟",
                "sponsor",
                "Executive board",
                "公司管理层",
                5,
                5,
                "leading",
                "leading",
                "Monthly steering review; gate decisions",
                "每月指导委员会评审；阶段门决策"
            ),
            person(
                "Zhang Min",
                "张敏",
                "project_manager",
                "Project office",
                "项目管理办公室",
                4,
                5,
                "leading",
                "leading",
                "Daily stand-up; weekly status report",
                "每日站会；每周状态报告"
            ),
            person(
                "Chen Jie",
                "陈杰",
                "team_member",
                "Platform engineering",
                "平台研发部",
                3,
                4,
                "supportive",
                "supportive",
                "Sprint reviews",
                "迭代评审"
            ),
            person(
                "Wang Fang",
                "王芳",
                "team_member",
                "Marketing",
                "市场部",
                3,
                4,
                "neutral",
                "supportive",
                "Campaign plans and growth metrics",
                "推广计划与增长指标"
            ),
            person(
                "SwiftPay Ltd.",
                "迅付科技有限公司",
                "supplier",
                "Payment gateway provider",
                "支付网关服务商",
                4,
                3,
                "neutral",
                "supportive",
                "Integration milestones; incident escalation",
                "对接里程碑；故障升级通道"
            ),
            person(
                "Northern Express Logistics",
                "北方快运物流",
                "supplier",
                "Logistics partner",
                "物流合作伙伴",
                4,
                3,
                "resistant",
                "supportive",
                "Delivery SLAs; weekly volume forecast",
                "配送服务水平协议；每周运量预测"
            ),
            person(
                "Key merchant panel",
                "重点商家代表",
                "customer",
                "Partner merchants",
                "入驻商家",
                3,
                5,
                "neutral",
                "supportive",
                "Onboarding guide; quarterly feedback sessions",
                "入驻指南；季度反馈会"
            ),
            person(
                "Municipal market regulator",
                "市场监督管理局",
                "regulator",
                "Government",
                "政府部门",
                5,
                2,
                "unaware",
                "neutral",
                "E-commerce licence filing; data-protection compliance",
                "电商经营备案；个人信息保护合规"
            ),
            person(
                "Huaxin Audit & Advisory",
                "华信审计咨询",
                "consultant",
                "External auditor",
                "外部审计机构",
                3,
                2,
                "neutral",
                "supportive",
                "Quarterly audit; access to cost ledger",
                "季度审计；成本台账查阅"
            ),
        ]
        for p in people { _ = try await services.stakeholders.create(caller, project: pid, input(p)) }

        // Dates for the five standard phases; the template's three stages run through execution.
        let phases = try await services.lifecycle.phases(caller, project: pid)
        let dates: [(Input.Value, Input.Value, Input.Value?, Input.Value?)] = [
            (d(0), d(25), d(0), d(25)),
            (d(28), d(81), d(28), nil),
            (d(84), d(298), nil, nil),
            (d(84), d(340), nil, nil),
            (d(301), d(347), nil, nil),
        ]
        for (phase, d) in zip(phases, dates) {
            var f: [String: Input.Value] = ["planned_start": d.0, "planned_finish": d.1]
            if let a = d.2 { f["actual_start"] = a }
            if let a = d.3 { f["actual_finish"] = a }
            _ = try await services.lifecycle.updatePhase(caller, project: pid, phase.id, input(f), expectedVersion: nil)
        }
        if let initiation = phases.first {
            _ = try await services.lifecycle.createReview(
                caller,
                project: pid,
                phase: initiation.id,
                input([
                    "criteria": .array([
                        .object(["text": t("Charter signed by the sponsor", "项目章程已由发起人签署"), "met": .bool(true)]),
                        .object(["text": t("Market research summary accepted", "市场调研结论已通过"), "met": .bool(true)]),
                        .object(["text": t("Budget envelope approved", "预算总额已批准"), "met": .bool(true)]),
                        .object(["text": t("Payment partner shortlisted", "支付合作方已入围"), "met": .bool(false)]),
                    ]),
                    "decision": .string("go_with_conditions"),
                    "decider": t("Li Wei", "李伟"),
                    "decided_on": d(25),
                    "notes": .string(
                        language == .en
                            ? "Proceed; payment partner shortlist due by \(start.adding(days: 42).iso)."
                            : "批准进入规划阶段；支付合作方入围名单须于\(start.adding(days: 42).iso)前提交。"
                    ),
                ])
            )
        }

        let others: [[String: Input.Value]] = [
            [
                "code": .string("CRM-UPG"), "name": t("CRM upgrade", "客户关系管理系统升级"), "sponsor": t("Zhao Lei, Sales Director", "赵磊（销售总监）"),
                "planned_start": d(56), "planned_finish": d(239), "budget_amount": .string("1800000"),
                "currency": .string("CNY"), "status": .string("proposed"),
            ],
            [
                "code": .string("WH-AUTO"), "name": t("Warehouse automation pilot", "仓储自动化试点"),
                "sponsor": t("Li Wei, Chief Operating Officer", "李伟（首席运营官）"), "planned_start": d(-125),
                "planned_finish": d(144), "budget_amount": .string("4500000"), "currency": .string("CNY"),
                "status": .string("on_hold"),
            ],
            [
                "code": .string("PAY-SEC"), "name": t("Payment security certification", "支付安全认证"),
                "sponsor": t("Sun Yan, Chief Financial Officer", "孙燕（首席财务官）"), "planned_start": d(-278),
                "planned_finish": d(-66), "budget_amount": .string("650000"), "currency": .string("CNY"), "status": .string("closed"),
            ],
        ]
        // One risk each in two of them, so that the portfolio's health column has lights to filter.
        let otherProjectRisks: [String: [String: Input.Value]] = [
            "CRM-UPG": [
                "title": t("The vendor ends support for the current CRM", "供应商停止支持现有客户关系管理系统"), "kind": .string("threat"),
                "category": .string("external"), "owner": .string("Zhao Lei"), "status": .string("assessed"),
                "event": t("Support ends before the upgrade goes live.", "升级上线前即停止支持。"),
                "inherent_probability": .number("4"), "inherent_schedule": .number("5"), "inherent_cost": .number("3"),
            ],
            "WH-AUTO": [
                "title": t("Robot supplier delivers late", "机器人供应商延迟交付"), "kind": .string("threat"), "category": .string("commercial"),
                "owner": .string("Li Wei"), "status": .string("monitoring"),
                "event": t("The pilot's robots arrive after the warehouse is ready.", "试点机器人在仓库就绪后才到货。"),
                "inherent_probability": .number("3"), "inherent_cost": .number("4"),
            ],
        ]
        for o in others {
            if case .string(let code) = o["code"]!,
                try await services.projects.list(caller, PortfolioQuery(search: code, perPage: 5)).items.contains(where: { $0.code == code })
            {
                continue
            }
            let other = try await services.projects.create(caller, input(o))
            for email in [Self.adminEmail, "zhang.min@demo.keel"] {
                let role = email == Self.adminEmail ? "owner" : "manager"
                _ = try await services.members.add(caller, project: other.id, input(["email": .string(email), "role": .string(role)]))
            }
            if let risk = otherProjectRisks[other.charter.code] { _ = try await services.risks.create(caller, project: other.id, input(risk)) }
        }
        try await loadSchedule(project: pid)
        try await loadRisks(project: pid)
        try await loadFinance(project: pid)
        // The payment licence did come late: the risk occurred and is now an issue being handled, and
        // a test environment outage needs handling too.
        if let licence = try await services.risks.list(caller, project: pid).first(where: { $0.number == 1 }) {
            let issue = try await services.issues.raise(caller, project: pid, fromRisk: licence.id)
            _ = try await services.issues.update(
                caller,
                project: pid,
                issue.id,
                input(["status": .string("in_progress"), "due": .string(start.adding(days: 63).iso)]),
                expectedVersion: nil
            )
        }
        _ = try await services.issues.create(
            caller,
            project: pid,
            input([
                "title": t("Test environment outage delays acceptance testing", "测试环境故障延误验收测试"), "owner": t("Chen Jie", "陈杰"),
                "priority": .string("medium"), "raised_on": .string(start.adding(days: 52).iso), "due": .string(start.adding(days: 59).iso),
                "description": t("The staging database ran out of disk; two days of testing lost.", "预发布数据库磁盘耗尽，损失两天测试时间。"),
            ])
        )
        // The development tasks are estimated by one team, so their errors run together.
        let development = try await services.schedule.view(caller, project: pid).plan.tasks.filter { $0.owner == "Chen Jie" && $0.estimate != nil }
        _ = try await services.correlations.create(
            caller,
            project: pid,
            input([
                "name": t("Estimated by the same development team", "同一开发团队估算"), "coefficient": .string("0.5"),
                "task_ids": .array(development.map { .string($0.id.description) }),
            ])
        )
        // A saved risk analysis of the plan with its register, its costs and its correlated tasks, as a
        // project would keep one.
        let saved = try await services.simulationRuns.enqueue(
            caller,
            project: pid,
            input(["iterations": .number("5000"), "seed": .number("2027"), "distribution": .string("triangular")])
        )
        await services.simulationRuns.execute(saved.id, project: pid)
        for part in parts { try await part.run(self, project: pid) }
        return pid
    }

    /// The work plan of the demo: the template's three stages as a WBS with dependencies on the
    /// China 2026 calendar, baseline 0 saved as approved, and progress up to today.
    func loadSchedule(project pid: ID<Project>) async throws {
        let schedule = services.schedule
        let (calendar, _) = try await schedule.createCalendar(
            caller,
            project: pid,
            input([
                "name": t("China working days 2026", "中国工作日 2026"), "template": .string("china_2026"),
                "template_language": .string(language == .en ? "en" : "zh-CN"),
            ])
        )
        let initial = try await schedule.view(caller, project: pid).plan
        _ = try await schedule.updateSettings(
            caller,
            project: pid,
            input([
                "project_start": .string(LocalDateTime(day: start, minuteOfDay: 540).iso), "project_calendar_id": .string(calendar.id.description),
            ]),
            expectedVersion: initial.settings.version
        )
        // The China calendar replaces the standard one the plan started with.
        for c in initial.calendars where c.id != calendar.id {
            _ = try await schedule.deleteCalendar(caller, project: pid, c.id, expectedVersion: c.version)
        }
        // (outline level, English, Chinese, duration, predecessors by row, owner)
        let rows: [(Int, String, String, String, [Int], String)] = [
            (0, "Initiation", "启动", "0d", [], ""),
            (1, "Market research", "市场调研", "10d", [], "Zhang Min"),
            (1, "Project charter approved", "项目章程批准", "0d", [1], "Li Wei"),
            (0, "Stage 1: shopping", "第一阶段：购物", "0d", [], ""),
            (1, "Requirements and UX", "需求与用户体验", "15d", [2], "Zhang Min"),
            (1, "Catalogue and search", "商品目录与搜索", "30d", [4], "Chen Jie"),
            (1, "Cart and checkout", "购物车与结算", "25d", [4], "Chen Jie"),
            (1, "Stage 1 acceptance", "第一阶段验收", "0d", [5, 6], "Li Wei"),
            (0, "Stage 2: payment", "第二阶段：支付", "0d", [], ""),
            (1, "Payment partner contract", "支付合作方合同", "20d", [2], "Sun Yan"),
            (1, "Payment integration", "支付集成", "30d", [9, 6], "Chen Jie"),
            (1, "Security review", "安全评审", "10d", [10], "Chen Jie"),
            (1, "Stage 2 acceptance", "第二阶段验收", "0d", [11], "Li Wei"),
            (0, "Stage 3: logistics", "第三阶段：物流", "0d", [], ""),
            (1, "Carrier selection", "承运商选择", "15d", [7], "Zhang Min"),
            (1, "Warehouse and tracking", "仓储与物流跟踪", "35d", [14], "Chen Jie"),
            (1, "End-to-end testing", "端到端测试", "20d", [15, 12], "Chen Jie"),
            (1, "Launch", "上线", "0d", [16], "Li Wei"),
        ]
        var ids: [ID<PlanTask>] = []
        var parents: [Int: ID<PlanTask>] = [:]
        // Three-point estimates for the schedule risk analysis: integration work (payment, warehouse)
        // is the least certain.
        let riskier: Set<Int> = [10, 15]
        for (row, (level, en, zh, duration, _, owner)) in rows.enumerated() {
            var f: [String: Input.Value] = ["name": t(en, zh), "duration": .string(duration), "owner": .string(owner)]
            if duration == "0d" && level > 0 { f["milestone"] = .bool(true) }
            if let days = Int(duration.dropLast()), days > 0, level > 0 {
                f["estimate_optimistic"] = .string("\(days * 4 / 5)d")
                f["estimate_most_likely"] = .string(duration)
                f["estimate_pessimistic"] = .string("\(riskier.contains(row) ? days * 2 : days * 3 / 2)d")
            }
            if let parent = parents[level - 1] { f["parent_id"] = .string(parent.description) }
            let task = try await schedule.createTask(caller, project: pid, input(f)).0
            parents[level] = task.id
            ids.append(task.id)
        }
        for (row, r) in rows.enumerated() {
            for p in r.4 {
                _ = try await schedule.createLink(
                    caller,
                    project: pid,
                    input(["predecessor_id": .string(ids[p].description), "successor_id": .string(ids[row].description)])
                )
            }
        }
        _ = try await schedule.saveBaseline(caller, project: pid, number: 0, name: language == .en ? "Approved plan" : "批准的计划")
        // Initiation is done; requirements are under way as of the status date (progress is recorded on it).
        let view = try await schedule.view(caller, project: pid)
        _ = try await schedule.updateSettings(
            caller,
            project: pid,
            input(["status_date": .string(LocalDateTime(day: start.adding(days: 56), minuteOfDay: 1_020).iso)]),
            expectedVersion: view.plan.settings.version
        )
        // The payment partner's contract is still being negotiated (it will come in higher; see the budgets).
        for row in [1, 2, 4, 9] {
            let s = view.schedule.tasks[row]
            var f: [String: Input.Value] = ["actual_start": .string(s.start.iso)]
            if row == 4 || row == 9 {
                f["percent_complete"] = .number(row == 4 ? "40" : "60")
            } else {
                f["actual_finish"] = .string(s.finish.iso)
                f["percent_complete"] = .number("100")
            }
            _ = try await schedule.updateTask(caller, project: pid, ids[row], input(f), expectedVersion: nil)
        }
    }

    /// A realistic register: threats and an opportunity, assessed before and after their responses,
    /// the quantified ones linked to the plan's tasks so the schedule risk analysis includes them.
    func loadRisks(project pid: ID<Project>) async throws {
        let plan = try await services.schedule.view(caller, project: pid).plan
        func task(_ en: String, _ zh: String) -> Input.Value {
            .string(plan.tasks.first { $0.name == (language == .en ? en : zh) }!.id.description)
        }
        // The project's own categories below the standard ones.
        let regulators = try await services.risks.createCategory(
            caller,
            project: pid,
            input(["name": t("Regulators", "监管机构"), "root": .string("external")])
        )
        let platform = try await services.risks.createCategory(
            caller,
            project: pid,
            input(["name": t("Platform", "平台"), "root": .string("technical")])
        )
        let performance = try await services.risks.createCategory(
            caller,
            project: pid,
            input(["name": t("Performance", "性能"), "parent_id": .string(platform.id.description)])
        )
        _ = try await services.risks.createCategory(caller, project: pid, input(["name": t("Partners", "合作伙伴"), "root": .string("commercial")]))
        let rows: [[String: Input.Value]] = [
            [
                "title": t("Payment licence approval is late", "支付牌照审批延迟"), "kind": .string("threat"), "category": .string("external"),
                "subcategory_id": .string(regulators.id.description), "owner": .string("Sun Yan"),
                "status": .string("responding"), "cause": t("The regulator's review queue is long this year.", "今年监管机构审核排队时间长。"),
                "event": t("The payment partner's licence for cross-border settlement is approved late.", "支付合作方跨境结算牌照获批延迟。"),
                "effect": t("Payment integration cannot go live on time.", "支付集成无法按时上线。"),
                "inherent_probability": .number("4"), "inherent_schedule": .number("4"), "inherent_cost": .number("2"),
                "inherent_reputation": .number("3"),
                "strategy": .string("mitigate"),
                "response": t("Start integration on the partner's sandbox; keep a second partner warm.", "先在合作方沙箱环境开展集成；同时与备选合作方保持沟通。"),
                "residual_probability": .number("3"), "residual_schedule": .number("3"), "residual_cost": .number("2"),
                "residual_reputation": .number("2"),
                "chance": .string("40"), "delay_optimistic": .string("5d"), "delay_most_likely": .string("10d"), "delay_pessimistic": .string("25d"),
                "cost_low": .string("20000"), "cost_mode": .string("50000"), "cost_high": .string("120000"),
                "task_ids": .array([task("Payment integration", "支付集成")]),
            ],
            [
                "title": t("Peak-season load exceeds capacity", "大促期间负载超出容量"), "kind": .string("threat"), "category": .string("technical"),
                "subcategory_id": .string(performance.id.description), "owner": .string("Chen Jie"),
                "status": .string("assessed"), "cause": t("Traffic forecasts rest on last year's smaller catalogue.", "流量预测基于去年较小的商品目录。"),
                "event": t("Load tests show the checkout cannot hold peak traffic.", "压力测试显示结算无法承受峰值流量。"),
                "effect": t("Extra tuning before launch; possible outage at launch.", "上线前需额外调优；上线时可能宕机。"),
                "inherent_probability": .number("3"), "inherent_schedule": .number("3"), "inherent_cost": .number("3"),
                "inherent_reputation": .number("4"),
                "chance": .string("30"), "delay_optimistic": .string("3d"), "delay_most_likely": .string("5d"), "delay_pessimistic": .string("12d"),
                "task_ids": .array([task("End-to-end testing", "端到端测试")]),
            ],
            [
                "title": t("Key developer leaves", "核心开发人员离职"), "kind": .string("threat"), "category": .string("organisational"),
                "owner": .string("Li Wei"),
                "status": .string("monitoring"), "event": t("The lead developer of the catalogue leaves mid-project.", "商品目录的主力开发人员在项目中途离职。"),
                "inherent_probability": .number("2"), "inherent_schedule": .number("4"), "inherent_quality": .number("3"),
                "strategy": .string("mitigate"),
                "response": t("Pair programming and written design notes for every module.", "每个模块结对编程并编写设计说明。"),
                "residual_probability": .number("2"), "residual_schedule": .number("2"), "residual_quality": .number("2"),
                "chance": .string("15"), "delay_optimistic": .string("5d"), "delay_most_likely": .string("10d"), "delay_pessimistic": .string("20d"),
                "task_ids": .array([task("Catalogue and search", "商品目录与搜索"), task("Warehouse and tracking", "仓储与物流跟踪")]),
            ],
            [
                "title": t("Carrier API changes", "承运商接口变更"), "kind": .string("threat"), "category": .string("external"),
                "owner": .string("Zhang Min"), "status": .string("monitoring"),
                "strategy": .string("accept"),
                "event": t("The chosen carrier releases a new tracking API during integration.", "所选承运商在集成期间发布新的物流跟踪接口。"),
                "inherent_probability": .number("3"), "inherent_schedule": .number("2"), "inherent_cost": .number("2"),
                "chance": .string("35"), "delay_optimistic": .string("2d"), "delay_most_likely": .string("4d"), "delay_pessimistic": .string("8d"),
                "task_ids": .array([task("Warehouse and tracking", "仓储与物流跟踪")]),
            ],
            [
                "title": t("Reuse the group's search platform", "复用集团搜索平台"), "kind": .string("opportunity"), "category": .string("technical"),
                "owner": .string("Chen Jie"),
                "status": .string("responding"),
                "event": t("The group's search platform is released in time for our catalogue.", "集团搜索平台及时发布，可用于本项目商品目录。"),
                "inherent_probability": .number("3"), "inherent_schedule": .number("3"), "inherent_cost": .number("2"),
                "strategy": .string("exploit"),
                "response": t("Join the platform's pilot; keep our own index as the fallback.", "加入平台试点；保留自建索引作为后备。"),
                "chance": .string("50"), "delay_optimistic": .string("3d"), "delay_most_likely": .string("6d"), "delay_pessimistic": .string("10d"),
                "task_ids": .array([task("Catalogue and search", "商品目录与搜索")]),
            ],
            [
                "title": t("Data protection findings", "数据保护审查发现问题"), "kind": .string("threat"), "category": .string("project_management"),
                "owner": .string("Li Wei"),
                "status": .string("identified"), "event": t("The security review finds gaps in personal-data handling.", "安全评审发现个人数据处理存在缺陷。"),
                "inherent_probability": .number("2"), "inherent_schedule": .number("3"), "inherent_reputation": .number("5"),
                "inherent_safety": .number("1"),
                "chance": .string("20"), "delay_optimistic": .string("3d"), "delay_most_likely": .string("5d"), "delay_pessimistic": .string("15d"),
                "task_ids": .array([task("Security review", "安全评审")]),
            ],
        ]
        for f in rows { _ = try await services.risks.create(caller, project: pid, input(f)) }
        // Response actions; one of them is late, as happens in real registers.
        let today = services.today
        let created = try await services.risks.list(caller, project: pid)
        let actions: [(Int, String, String, String, Int, String, String)] = [
            (1, "Start integration on the partner's sandbox", "在合作方沙箱环境启动集成", "Chen Jie", -5, "8000", "in_progress"),
            (1, "Shortlist a second payment partner", "筛选备选支付合作方", "Sun Yan", 20, "0", "open"),
            (2, "Run load tests at twice the forecast peak", "按预测峰值两倍进行压力测试", "Chen Jie", 30, "15000", "open"),
            (3, "Write design notes for the catalogue", "编写商品目录设计说明", "Chen Jie", -20, "0", "done"),
        ]
        for (number, en, zh, owner, days, cost, status) in actions {
            guard let risk = created.first(where: { $0.number == number }) else { continue }
            _ = try await services.risks.createAction(
                caller,
                project: pid,
                risk: risk.id,
                input([
                    "title": t(en, zh), "owner": .string(owner), "due": .string(today.adding(days: days).iso), "cost": .string(cost),
                    "status": .string(status),
                ])
            )
        }
        // One review date already passed, as happens in real registers.
        let register = try await services.risks.list(caller, project: pid)
        if let overdue = register.first(where: { $0.number == 4 }) {
            _ = try await services.risks.update(
                caller,
                project: pid,
                overdue.id,
                input(["next_review": .string(services.today.adding(days: -3).iso)]),
                expectedVersion: overdue.version
            )
        }
    }
}
