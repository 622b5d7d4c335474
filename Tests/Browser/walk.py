#!/usr/bin/env python3
"""Walks Keel's main journeys in a real Chromium, as a new user would.

Starts `keel serve` on a temporary SQLite database with the demo, then: sign in, the portfolio,
create a project with its charter, add an objective and a stakeholder, switch the language, open
the dashboard, sign out. Every page is checked for JavaScript console errors and with axe-core
(serious and critical violations fail), and screenshotted into KEEL_SCREENSHOTS (a temp folder by
default). Ends with the line "N passed, N failed".

Usage: python3 Tests/Browser/walk.py [path/to/keel]   (needs chromium, chromedriver, selenium,
axe-selenium-python; .ci/run installs them)
"""
import os
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.support.ui import Select, WebDriverWait
from axe_selenium_python import Axe

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KEEL = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "keel")
SHOTS = os.environ.get("KEEL_SCREENSHOTS") or tempfile.mkdtemp(prefix="keel-screens-")
os.makedirs(SHOTS, exist_ok=True)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Walk:
    def __init__(self, base, driver):
        self.base = base
        self.d = driver
        self.passed = 0
        self.failed = 0
        self.shot = 0
        self.failed_steps = []
        self.project = None
        self.demo = None

    def ensure_signed_in(self):
        self.go("/projects")
        if "/sign-in" in self.d.current_url:
            self.fill("email", "admin@demo.keel")
            self.fill("password", "keel-demo-2027")
            self.submit()

    def demo_url(self):
        """The demo project's address (ECOM-2027)."""
        if self.demo is None:
            self.go("/projects?q=ECOM-2027")
            self.demo = self.d.find_element(By.PARTIAL_LINK_TEXT, "ECOM-2027").get_attribute("href")
        return self.demo

    def project_url(self):
        """The project the new-project step created, or one made here when that step failed."""
        if self.project is None:
            self.go("/projects/new")
            self.fill("code", "WALK-2")
            self.fill("name", "Browser walk project")
            self.fill("budget_amount", "250000")
            self.submit()
            self.project = self.d.current_url
        return self.project

    def check(self, name, condition, detail=""):
        if condition:
            self.passed += 1
            print(f"  ok   {name}")
        else:
            self.failed += 1
            print(f"  FAIL {name} {detail}")

    def go(self, path):
        self.d.get(self.base + path)
        self.ready()

    def ready(self):
        WebDriverWait(self.d, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")

    def page_checks(self, label):
        """Console errors, accessibility, screenshot: after every page."""
        self.shot += 1
        self.d.save_screenshot(os.path.join(SHOTS, f"{self.shot:02d}-{label}.png"))
        # A form answered with 422 or 409 is the page working as designed (a full form or an inline
        # edit posting to Keel); Chrome still logs the status as a network error. Anything else
        # severe (a script error, a missing stylesheet or image) fails.
        errors = [e for e in self.d.get_log("browser") if e.get("level") == "SEVERE"
                  and not (e.get("source") == "network" and e.get("message", "").startswith(self.base + "/")
                           and ("status of 422" in e["message"] or "status of 409" in e["message"]))]
        self.check(f"{label}: no console errors", not errors, str(errors[:3]))
        axe = Axe(self.d)
        axe.inject()
        result = axe.run(options='{"resultTypes": ["violations"]}')
        bad = [v for v in result["violations"] if v.get("impact") in ("serious", "critical")]
        self.check(f"{label}: no serious accessibility violations", not bad,
                   "; ".join(f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes, e.g. {v['nodes'][0]['target']})" for v in bad))

    def fill(self, name, value):
        el = self.d.find_element(By.NAME, name)
        el.clear()
        el.send_keys(value)

    def click_and_wait(self, element):
        """Clicks something that loads a new page and waits until that page is there."""
        old = self.d.find_element(By.TAG_NAME, "html")
        element.click()
        WebDriverWait(self.d, 20).until(lambda d: self.gone(old))
        self.ready()

    @staticmethod
    def gone(element):
        # Chromium reports a replaced document either as a stale reference or as a node that "does
        # not belong to the document"; both mean the old page is gone.
        try:
            element.is_enabled()
            return False
        except (StaleElementReferenceException, WebDriverException):
            return True

    def submit(self, form_css="form.form"):
        self.click_and_wait(self.d.find_element(By.CSS_SELECTOR, form_css + " button[type=submit]"))

    def text(self):
        return self.d.find_element(By.TAG_NAME, "body").text


def step_sign_in(walk):
    """Any page asks to sign in first; the administrator signs in."""
    d = walk.d
    # 1. Any page asks to sign in first.
    walk.go("/projects")
    walk.check("unauthenticated visit lands on sign-in", "/sign-in" in d.current_url, d.current_url)
    walk.page_checks("sign-in")
    walk.fill("email", "admin@demo.keel")
    walk.fill("password", "keel-demo-2027")
    walk.submit()
    walk.check("signed in to the portfolio", d.current_url.endswith("/projects"), d.current_url)
    walk.check("the demo project is listed", "ECOM-2027" in walk.text())
    walk.page_checks("portfolio")


def step_demo_dashboard(walk):
    """The demo project's dashboard: charter, phase timeline, heat grid, KPI tiles, health lights."""
    d = walk.d
    walk.go("/projects")
    # The demo project's dashboard: charter, phase timeline, stakeholder heat grid, KPI tiles.
    walk.click_and_wait(d.find_element(By.LINK_TEXT, "ECOM-2027"))
    walk.check("the demo dashboard shows its charts",
               len(d.find_elements(By.CSS_SELECTOR, "figure.chart svg[role=img]")) >= 3)
    lights = [e.get_attribute("aria-label") for e in d.find_elements(By.CSS_SELECTOR, ".health-strip .rag")]
    walk.check("the dashboard opens with four health lights, each named with its figure",
               len(lights) == 4 and all(l and " — " in l for l in lights), lights)
    d.set_window_size(1280, 2600)
    walk.ready()
    walk.page_checks("demo-dashboard")
    d.set_window_size(1280, 1000)
    walk.go("/projects")


def step_portfolio_sorting(walk):
    """Sorting the portfolio in place, and the keyboard shortcut to the help page."""
    d = walk.d
    walk.go("/projects")
    # Sorting the table in place, and the keyboard shortcut to the help page.
    budget_header = d.find_elements(By.CSS_SELECTOR, "table.sortable thead th button.sort")[-1]
    budget_header.click()
    budget_header.click()
    first = d.find_element(By.CSS_SELECTOR, "table.sortable tbody tr td").text
    walk.check("sorting by budget (descending) puts the biggest project first", first == "ECOM-2027", first)
    d.find_element(By.TAG_NAME, "body").send_keys("?")
    walk.ready()
    WebDriverWait(d, 10).until(lambda d: "/help/shortcuts" in d.current_url)
    walk.check("? opens the keyboard shortcuts", "/help/shortcuts" in d.current_url)
    walk.page_checks("shortcuts")
    walk.go("/projects")


def step_portfolio_filters(walk):
    """Filtering the portfolio by status and by health."""
    d = walk.d
    walk.go("/projects")
    # 2. Filter the portfolio.
    Select(d.find_element(By.NAME, "status")).select_by_value("active")
    walk.click_and_wait(d.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]"))
    walk.check("status filter keeps active projects", "ECOM-2027" in walk.text() and "CRM-UPG" not in walk.text())
    # The health filter (the server assesses the demo projects in the background at start).
    WebDriverWait(d, 20).until(lambda d: (d.get("%s/projects?health=red" % walk.base) or True)
                               and "CRM-UPG" in walk.text() and "updating" not in walk.text())
    walk.check("the red health filter shows the projects in trouble",
               "ECOM-2027" in walk.text() and "CRM-UPG" in walk.text() and "WH-AUTO" not in walk.text())
    walk.page_checks("portfolio-health")


def step_new_project(walk):
    """Creating a project with its charter; a bad date is refused beside its field."""
    d = walk.d
    # 3. Create a project with its charter.
    walk.go("/projects/new")
    walk.page_checks("new-project")
    walk.fill("code", "WALK-1")
    walk.fill("name", "Browser walk project")
    walk.fill("sponsor", "Test Sponsor")
    d.execute_script("document.querySelector('[name=planned_start]').value='2027-03-01';"
                     "document.querySelector('[name=planned_finish]').value='2027-02-01';")
    walk.fill("budget_amount", "250000")
    walk.fill("allocations[0][direction]", "Build")
    walk.fill("allocations[0][share_percent]", "70")
    walk.submit()
    walk.check("a finish before the start is refused next to the field",
               "Must not be before the start date." in walk.text())
    walk.page_checks("new-project-errors")
    d.execute_script("document.querySelector('[name=planned_finish]').value='2027-09-30';")
    walk.submit()
    walk.check("the project is created and its dashboard opens", "Browser walk project" in walk.text() and "/projects/" in d.current_url)
    project_url = d.current_url
    walk.project = project_url
    walk.page_checks("dashboard")


def step_objectives_stakeholders(walk):
    """An objective and a stakeholder of the new project."""
    d = walk.d
    project_url = walk.project_url()
    # 4. An objective and a stakeholder.
    d.get(project_url + "/objectives")
    walk.fill("name", "Orders per day")
    walk.fill("target", "500")
    walk.fill("amber_threshold", "400")
    walk.fill("red_threshold", "300")
    walk.submit()
    walk.check("the objective is listed", "Orders per day" in walk.text())
    walk.page_checks("objectives")
    d.get(project_url + "/stakeholders")
    walk.fill("name", "City regulator")
    Select(d.find_element(By.NAME, "kind")).select_by_value("regulator")
    Select(d.find_element(By.NAME, "influence")).select_by_value("5")
    Select(d.find_element(By.NAME, "interest")).select_by_value("2")
    walk.submit()
    walk.check("the stakeholder is listed with its strategy", "City regulator" in walk.text() and "Keep satisfied" in walk.text())
    walk.page_checks("stakeholders")
    d.get(project_url + "/lifecycle")
    walk.page_checks("lifecycle")


def step_plan(walk):
    """A small plan: tasks, a dependency, the Gantt, inline edits, an MS Project import, settings."""
    d = walk.d
    project_url = walk.project_url()
    # 4b. A small plan: two tasks, a dependency, the Gantt.
    d.get(project_url + "/schedule")
    walk.check("an empty plan says what to do next", "No tasks yet" in walk.text())
    walk.fill("name", "Design")
    walk.fill("duration", "3d")
    walk.submit("form[action$='/schedule/tasks']")
    walk.fill("name", "Build")
    walk.fill("duration", "2d")
    walk.submit("form[action$='/schedule/tasks']")
    Select(d.find_element(By.NAME, "predecessor_id")).select_by_visible_text("Design")
    Select(d.find_element(By.NAME, "successor_id")).select_by_visible_text("Build")
    walk.submit("form[action$='/schedule/links']")
    walk.check("the dependency is listed and the Gantt drawn",
               "Finish to start (FS)" in walk.text() and len(d.find_elements(By.CSS_SELECTOR, "#gantt svg rect.bar")) == 2)
    walk.check("both tasks are on the critical path", len(d.find_elements(By.CSS_SELECTOR, "#gantt rect.bar.critical")) == 2)
    walk.page_checks("schedule")
    # Inline editing: Design's duration in place; a bad value is refused beside the cell, a good one
    # moves its successor without leaving the page.
    build_start = d.find_element(By.XPATH, "//div[@id='task-table']//tr[td[contains(., 'Build')]]/td[5]").text
    design = d.find_element(By.XPATH, "//div[@id='task-table']//tr[td[contains(., 'Design')]]")
    design.find_element(By.CSS_SELECTOR, "[data-edit='duration'] button.inline-edit").click()
    editor = d.find_element(By.CSS_SELECTOR, ".inline-form input")
    editor.clear()
    editor.send_keys("soon", Keys.ENTER)
    WebDriverWait(d, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, ".inline-form .error").text != "")
    walk.check("an inline edit with a bad duration is refused beside the cell",
               "duration such as" in d.find_element(By.CSS_SELECTOR, ".inline-form .error").text
               and editor.get_attribute("aria-invalid") == "true")
    editor.clear()
    editor.send_keys("5d", Keys.ENTER)
    WebDriverWait(d, 10).until(lambda d: not d.find_elements(By.CSS_SELECTOR, ".inline-form"))
    walk.check("an inline edit saves in place and moves the successor",
               d.find_element(By.XPATH, "//div[@id='task-table']//tr[td[contains(., 'Design')]]/td[4]").text.startswith("5d")
               and d.find_element(By.XPATH, "//div[@id='task-table']//tr[td[contains(., 'Build')]]/td[5]").text != build_start
               and "/schedule" in d.current_url)
    walk.page_checks("schedule-inline-edit")
    # An MS Project XML file replaces the plan.
    plan_file = os.path.join(tempfile.mkdtemp(), "plan.xml")
    with open(plan_file, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?><Project xmlns="http://schemas.microsoft.com/project">'
                '<StartDate>2027-03-01T08:00:00</StartDate><Tasks>'
                '<Task><UID>1</UID><Name>Imported survey</Name><OutlineLevel>1</OutlineLevel><Duration>PT16H0M0S</Duration></Task>'
                '<Task><UID>2</UID><Name>Imported design</Name><OutlineLevel>1</OutlineLevel><Duration>PT24H0M0S</Duration>'
                '<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink></Task></Tasks></Project>')
    d.find_element(By.NAME, "file").send_keys(plan_file)
    walk.submit("form[action$='/schedule/import']")
    walk.check("an uploaded MS Project file replaces the plan", "Imported design" in walk.text() and "Build" not in walk.text())
    walk.page_checks("schedule-imported")
    d.get(project_url + "/schedule/settings")
    walk.check("the settings page shows the project calendar", "Standard" in walk.text())
    walk.page_checks("schedule-settings")
    d.get(project_url)
    walk.check("the dashboard shows the schedule's finish", "Project finish" in walk.text())


def step_demo_schedule(walk):
    """The demo plan's Gantt: links, baseline, zoom in place, a bar leads to its row."""
    d = walk.d
    walk.go("/projects?q=ECOM-2027")
    demo = d.find_element(By.PARTIAL_LINK_TEXT, "ECOM-2027").get_attribute("href")
    d.get(demo + "/schedule?zoom=month")
    walk.check("the demo plan shows its Gantt with links and a baseline",
               len(d.find_elements(By.CSS_SELECTOR, "#gantt path.link")) > 10 and len(d.find_elements(By.CSS_SELECTOR, "#gantt rect.baseline")) > 10)
    walk.page_checks("demo-schedule")
    # Zooming redraws the chart in place (no reload: the page's own marker survives) and the address
    # follows; a bar leads to its row in the task table.
    d.execute_script("window.keelWalkMarker = 1;")
    d.find_element(By.CSS_SELECTOR, "#gantt-zoom a[href*='zoom=week']").click()
    WebDriverWait(d, 10).until(lambda d: "zoom=week" in d.current_url
                               and d.find_element(By.CSS_SELECTOR, "#gantt-zoom a[aria-current]").get_attribute("href").endswith("zoom=week"))
    walk.check("zooming the Gantt redraws it in place", d.execute_script("return window.keelWalkMarker") == 1)
    bar = d.find_elements(By.CSS_SELECTOR, "#gantt g[data-row]")[3]
    d.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", bar)
    row_id = bar.get_attribute("data-row")
    walk.check("a Gantt bar leads to its task's row",
               "flash" in d.find_element(By.ID, row_id).get_attribute("class"), row_id)


def step_risk_analysis(walk):
    """The schedule risk analysis of the demo plan, run from the page's form, and its correlated groups."""
    d = walk.d
    demo = walk.demo_url()
    d.get(demo + "/schedule")
    walk.ready()
    # The schedule risk analysis of the demo plan: run from the page's form with a deadline.
    walk.click_and_wait(d.find_element(By.PARTIAL_LINK_TEXT, "Schedule risk analysis"))
    walk.fill("iterations", "2000")
    # A date input's typing format follows the browser's locale; set the ISO value directly.
    d.execute_script("arguments[0].value = '2027-12-31'", d.find_element(By.NAME, "deadline"))
    walk.submit()
    walk.check("the risk analysis shows the distribution, the P80 finish and the drivers",
               len(d.find_elements(By.CSS_SELECTOR, "#duration-histogram rect.bin")) >= 5 and "P80 finish" in walk.text()
               and len(d.find_elements(By.CSS_SELECTOR, "#drivers g.tornado")) >= 3 and "iterations=2000" in d.current_url)
    walk.check("the analysis simulates the cost from the estimates and the approved budget",
               "P80 cost" in walk.text() and "On time and within budget" in walk.text() and len(d.find_elements(By.CSS_SELECTOR, "#cost-drivers g.tornado")) >= 3)
    walk.page_checks("demo-risk-analysis")
    walk.click_and_wait(d.find_element(By.LINK_TEXT, "Correlated durations"))
    walk.check("the demo's development tasks are one correlated group",
               "Estimated by the same development team" in walk.text() and "0.50" in walk.text() and "0.48" in walk.text())
    walk.page_checks("demo-correlations")


def step_risk_register(walk):
    """The demo's risk register: heat maps, scales, breakdown structure, one risk's history."""
    d = walk.d
    demo = walk.demo_url()
    d.get(demo)
    walk.ready()
    # The demo's risk register: heat maps, the register, one risk's page with its history.
    walk.click_and_wait(d.find_element(By.CSS_SELECTOR, "nav.modules a[href$='/risks']"))
    walk.check("the register shows both heat maps and its risks",
               len(d.find_elements(By.CSS_SELECTOR, "#heat-inherent g.cell")) == 25 and "Payment licence approval is late" in walk.text())
    walk.page_checks("demo-risks")
    walk.click_and_wait(d.find_element(By.LINK_TEXT, "Risk scales"))
    walk.check("the risk scales page shows the standard 5 × 5 levels and the score method",
               "Probability × worst impact" in walk.text() and len(d.find_elements(By.CSS_SELECTOR, "#probability-scale tbody tr")) == 10)
    walk.page_checks("demo-risk-scales")
    d.back()
    walk.ready()
    walk.click_and_wait(d.find_element(By.LINK_TEXT, "Risk breakdown structure"))
    walk.check("the breakdown structure shows the demo's own categories under the standard ones",
               "Performance" in walk.text() and "Regulators" in walk.text() and len(d.find_elements(By.CSS_SELECTOR, "li.rbs-node.d2")) >= 1)
    walk.page_checks("demo-risk-categories")
    d.back()
    walk.ready()
    walk.click_and_wait(d.find_element(By.LINK_TEXT, "R-1"))
    walk.check("a risk's page shows its assessment history", "Assessment history" in walk.text() and "Residual" in walk.text())
    walk.page_checks("demo-risk-edit")


def step_issues(walk):
    """The issue log."""
    d = walk.d
    demo = walk.demo_url()
    d.get(demo + "/issues")
    walk.ready()
    walk.check("the issue log lists the risk that occurred and the outage", "I-1" in walk.text() and "R-1" in walk.text() and "I-2" in walk.text())
    walk.page_checks("demo-issues")


def step_finance(walk):
    """Finance: trial balance, the ledger, posting an invoice, budgets, earned value, cost control."""
    d = walk.d
    demo = walk.demo_url()
    d.get(demo)
    walk.ready()
    # Finance: the overview with its trial balance, the ledger, posting an invoice with the plain form.
    walk.click_and_wait(d.find_element(By.CSS_SELECTOR, "nav.modules a[href$='/finance']"))
    walk.check("the finance page shows its accounts and a balanced trial balance",
               "UX-LAB" in walk.text() and "Balanced: debits equal credits." in walk.text())
    walk.page_checks("demo-finance")
    walk.click_and_wait(d.find_element(By.LINK_TEXT, "Open the ledger"))
    walk.check("the ledger shows the reversal of the mistyped ticket", "Reversed by No. 7" in walk.text())
    walk.check("an invoice in dollars shows what was posted and its rate", "$800.00 @ 7.150000" in walk.text())
    Select(d.find_element(By.CSS_SELECTOR, "#post select[name=cost_account_id]")).select_by_visible_text("PM-TRV · Project travel")
    walk.fill("amount", "880")
    walk.fill("counterparty", "Rail tickets")
    walk.submit("#post form")
    walk.check("a posted invoice appears in the ledger", "Rail tickets" in walk.text() and "¥880.00" in walk.text())
    walk.page_checks("demo-ledger")
    walk.click_and_wait(d.find_element(By.LINK_TEXT, "7"))
    walk.check("an entry shows its double-entry lines", "Double-entry lines" in walk.text() and "Payables" in walk.text())
    walk.page_checks("demo-ledger-entry")
    d.get(demo + "/finance/budgets")
    walk.ready()
    walk.check("the budgets list the approved version and the rebaseline awaiting level 1",
               "Budget version 1" in walk.text() and "Awaiting level 1" in walk.text())
    walk.page_checks("demo-budgets")
    walk.click_and_wait(d.find_element(By.LINK_TEXT, "Budget version 2"))
    walk.check("the rebaseline shows what changed against the approved budget", "Changes against the approved version" in walk.text())
    walk.page_checks("demo-budget-version")
    d.get(demo + "/finance/earned-value")
    walk.ready()
    walk.check("earned value shows the indices and the S-curve against the approved budget",
               "Cost performance (CPI)" in walk.text() and len(d.find_elements(By.CSS_SELECTOR, "#s-curve polyline")) >= 3)
    walk.page_checks("demo-earned-value")
    d.get(demo + "/finance/cost-control")
    walk.ready()
    walk.check("cost control shows budget, committed, actual and forecast by category", "By category" in walk.text() and "Forecast" in walk.text())
    walk.page_checks("demo-cost-control")


def step_timesheets(walk):
    """Timesheets: booking hours in the week grid, approving a waiting week, the rates."""
    d = walk.d
    demo = walk.demo_url()
    d.get(demo)
    walk.ready()
    # Timesheets: the owner books hours in the week grid, then approves Chen Jie's waiting week.
    walk.click_and_wait(d.find_element(By.CSS_SELECTOR, "nav.modules a[href$='/time']"))
    Select(d.find_element(By.NAME, "rows[0][account]")).select_by_index(1)
    walk.fill("rows[0][d0]", "6")
    walk.fill("rows[0][d1]", "1.5")
    walk.submit("#week form")
    walk.check("saved hours show in the grid with their day totals", "7.50" in walk.text() and "Draft" in walk.text())
    walk.page_checks("demo-time")
    walk.click_and_wait(d.find_element(By.LINK_TEXT, "Team timesheets"))
    walk.check("the queue lists the week waiting for a decision", "1 timesheet waits for a decision" in walk.text())
    walk.page_checks("demo-timesheets")
    walk.click_and_wait(d.find_element(By.CSS_SELECTOR, "#queue a"))
    walk.check("the waiting week shows its cost at the person's rate", "¥11,200.00" in walk.text())
    walk.page_checks("demo-timesheet")
    walk.click_and_wait(d.find_element(By.CSS_SELECTOR, "form[action$='/approve'] button"))
    walk.check("the approved week links its labour entries in the ledger", "Approved" in walk.text() and len(d.find_elements(By.CSS_SELECTOR, "#entries a[href*='/finance/ledger/']")) == 5)
    d.get(demo + "/finance/rates")
    walk.ready()
    walk.check("the rates page lists people's dated rates", "¥280.00" in walk.text())
    walk.page_checks("demo-rates")


def step_cash_flow(walk):
    """The cash-flow forecast."""
    d = walk.d
    demo = walk.demo_url()
    d.get(demo + "/finance/cash-flow")
    walk.ready()
    walk.check("cash flow shows the projected balance and the planned customer payments",
               len(d.find_elements(By.CSS_SELECTOR, "#cash-balance polyline")) >= 2 and "Stage 1 acceptance payment" in walk.text())
    walk.page_checks("demo-cash-flow")


def step_members_audit_account(walk):
    """Members, the audit trail, the account and user administration pages."""
    d = walk.d
    project_url = walk.project_url()
    d.get(project_url + "/members")
    walk.page_checks("members")
    d.get(project_url + "/audit")
    walk.check("the audit trail lists the changes", "Created" in walk.text())
    walk.page_checks("audit")
    walk.go("/account")
    walk.page_checks("account")
    walk.go("/admin/users")
    walk.page_checks("users")
    d.get(project_url + "/members")


def step_language(walk):
    """Switching the language; the choice sticks."""
    d = walk.d
    project_url = walk.project_url()
    d.get(project_url + "/members")
    walk.ready()
    # 5. Switch the language; the choice sticks.
    walk.click_and_wait(d.find_element(By.CSS_SELECTOR, "form.lang button"))
    walk.check("the page is now in Chinese", "项目成员" in walk.text(), walk.text()[:200])
    d.get(project_url)
    walk.check("the dashboard stays in Chinese", "项目章程" in walk.text())
    walk.page_checks("dashboard-zh")
    walk.go("/projects")
    walk.page_checks("portfolio-zh")


def step_sign_out(walk):
    """Signing out ends the session."""
    d = walk.d
    walk.go("/projects")
    # 6. Sign out ends the session.
    walk.click_and_wait(d.find_element(By.CSS_SELECTOR, "form[action='/sign-out'] button"))
    walk.go("/projects")
    walk.check("after signing out, pages ask to sign in again", "/sign-in" in d.current_url)


STEPS = [
    step_sign_in,
    step_demo_dashboard,
    step_portfolio_sorting,
    step_portfolio_filters,
    step_new_project,
    step_objectives_stakeholders,
    step_plan,
    step_demo_schedule,
    step_risk_analysis,
    step_risk_register,
    step_issues,
    step_finance,
    step_timesheets,
    step_cash_flow,
    step_members_audit_account,
    step_language,
    step_sign_out,
]


def run(walk):
    """Each step starts from an address of its own, so a failing step is reported and the next one
    still runs (with the browser signed in: a step that lost the session signs in again)."""
    for step in STEPS:
        name = step.__name__[len("step_"):]
        print(f"- {name}")
        try:
            if name != "sign_in" and name != "sign_out":
                walk.ensure_signed_in()
            step(walk)
        except Exception:
            walk.failed += 1
            walk.failed_steps.append(name)
            print(f"  FAIL step {name} raised:")
            traceback.print_exc()
            walk.d.save_screenshot(os.path.join(SHOTS, f"failure-{name}.png"))


def main():
    port = free_port()
    data = tempfile.mkdtemp(prefix="keel-walk-")
    log = open(os.path.join(data, "serve.log"), "w")
    server = subprocess.Popen(
        [KEEL, "serve", "--port", str(port), "--demo", "--demo-language", "en",
         "--database-url", f"sqlite://{data}/keel.sqlite"], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)
                break
            except Exception:
                time.sleep(0.2)
        options = webdriver.ChromeOptions()
        options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
        for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000", "--lang=en-US"]:
            options.add_argument(arg)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
        walk = Walk(base, driver)
        try:
            run(walk)
        finally:
            driver.quit()
        # The finance commands read the same database from the shell.
        url = f"sqlite://{data}/keel.sqlite"
        cash = subprocess.run([KEEL, "cash-flow", "ECOM-2027", "--database-url", url], capture_output=True, text=True)
        walk.check("keel cash-flow prints the forecast and exits 2 on its warning",
                   cash.returncode == 2 and "WARNING: below 300000.00 CNY" in cash.stdout, cash.stdout[-400:] + cash.stderr[-400:])
        earned = subprocess.run([KEEL, "earned-value", "ECOM-2027", "--database-url", url, "--format", "json"], capture_output=True, text=True)
        walk.check("keel earned-value prints the report as JSON", earned.returncode == 0 and '"status_date"' in earned.stdout, earned.stderr[-400:])
        health = subprocess.run([KEEL, "health", "--database-url", url, "--only", "red"], capture_output=True, text=True)
        lines = health.stdout.splitlines()
        walk.check("keel health lists the red projects worst first and exits 2",
                   health.returncode == 2 and len(lines) == 2 and {l.split()[0] for l in lines} == {"ECOM-2027", "CRM-UPG"}
                   and "Risk Red (1 critical)" in health.stdout, health.stdout[-400:] + health.stderr[-400:])
        print(f"screenshots: {SHOTS}")
        print(f"{walk.passed} passed, {walk.failed} failed" + (f" (steps that raised: {', '.join(walk.failed_steps)})" if walk.failed_steps else ""))
        return 1 if walk.failed else 0
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    sys.exit(main())
