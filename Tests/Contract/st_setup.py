#!/usr/bin/env python3
"""Prepares a Schemathesis run against a `keel serve --demo` server.

Signs in as the demo administrator (the HTML form with its CSRF token), creates the API token the run
uses and a spare one for `DELETE /api/v1/tokens/{tokenID}`, makes a scratch project for
`DELETE /api/v1/projects/{projectID}`, and looks up real ids in the demo project (ECOM-2027) so that
every path parameter names an object that exists: without them almost every operation answers 404
and Schemathesis never reaches the handlers.

Writes a schemathesis.toml (the ids as `parameters`, the token as a header) to the path given and
prints the token. A DELETE gets an object of its own (another of the same kind), so that the other
operations keep theirs for the whole run.

Usage: python3 Tests/Contract/st_setup.py BASE_URL CONFIG_OUT
Standard library only.
"""
import http.cookiejar
import json
import re
import sys
import urllib.parse
import urllib.request

ADMIN = ("admin@demo.keel", "keel-demo-2027")
DEMO_CODE = "ECOM-2027"


class Client:
    def __init__(self, base):
        self.base = base.rstrip("/")
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())
        self.token = None

    def request(self, method, path, body=None, form=None, headers=None):
        headers = dict(headers or {})
        data = None
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with self.opener.open(req, timeout=30) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()

    def json(self, method, path, body=None, expect=(200, 201, 202)):
        status, text = self.request(method, path, body=body)
        if status not in expect:
            raise SystemExit(f"st_setup: {method} {path} answered {status}: {text[:300]}")
        return json.loads(text) if text else None

    def items(self, path):
        return self.json("GET", path)["items"]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def sign_in(c):
    status, page = c.request("GET", "/sign-in")
    m = re.search(r'name="_csrf" value="([^"]+)"', page)
    if status != 200 or not m:
        raise SystemExit(f"st_setup: no sign-in form ({status})")
    status, _ = c.request("POST", "/sign-in", form={"email": ADMIN[0], "password": ADMIN[1], "_csrf": m.group(1)})
    if status != 303:
        raise SystemExit(f"st_setup: sign-in answered {status}")
    main = c.json("POST", "/api/v1/tokens", {"name": "schemathesis"})["token"]
    spare = c.json("POST", "/api/v1/tokens", {"name": "schemathesis spare"})["id"]
    c.token = main
    return main, spare


def first(items, pred=lambda x: True, what="item"):
    for x in items:
        if pred(x):
            return x
    raise SystemExit(f"st_setup: the demo has no {what}")


def discover(c, spare_token):
    me = c.json("GET", "/api/v1/me")
    project = first(c.json("GET", "/api/v1/projects?per_page=200")["items"], lambda p: p["code"] == DEMO_CODE, DEMO_CODE)
    pid = project["id"]
    base = f"/api/v1/projects/{pid}"
    scratch = c.json("POST", "/api/v1/projects", {"code": "ST-SCRATCH", "name": "Schemathesis scratch", "currency": "CNY"})["id"]
    schedule = c.json("GET", base + "/schedule")
    risks = c.items(base + "/risks")
    risk = action = None
    for r in risks:
        actions = c.items(f"{base}/risks/{r['id']}/actions")
        if actions:
            risk, action = r, actions[0]
            break
    if risk is None:
        raise SystemExit("st_setup: no risk with a response action in the demo")
    objective = measurement = None
    for o in c.items(base + "/objectives"):
        ms = c.items(f"{base}/objectives/{o['id']}/measurements")
        if ms:
            objective, measurement = o, ms[0]
            break
    if objective is None:
        raise SystemExit("st_setup: no objective with a measurement in the demo")
    # The demo's budgets are submitted or approved, so nothing could change them: two drafts copied
    # from the approved one (with its lines), one for the run and one for its DELETE.
    approved = first(c.items(base + "/budgets"), lambda b: b["status"] == "approved", "approved budget")
    drafts = [
        c.json("POST", base + "/budgets", {"name": f"Schemathesis draft {i}", "copy_from": approved["id"]})
        for i in (1, 2)
    ]
    budget = drafts[0]
    lines = budget.get("lines") or c.json("GET", f"{base}/budgets/{budget['id']}").get("lines") or []
    if not lines:
        raise SystemExit("st_setup: the draft budget has no lines")
    line = lines[0]
    tasks = [t for t in schedule["tasks"] if not (t.get("computed") or {}).get("summary")]
    link = first(schedule["links"], what="link")
    linked = {link["predecessor_id"], link["successor_id"]}
    calendars = [k["id"] for k in schedule["calendars"] if k["id"] != schedule["settings"].get("project_calendar_id")]
    members = [m for m in c.items(base + "/members") if m["user_id"] != me["id"] and m["role"] != "owner"]
    if len(members) < 2:
        raise SystemExit("st_setup: the demo has fewer than two members besides the owner")
    rate = first(c.items(base + "/cost-rates"), what="cost rate")
    fx = first(c.items(base + "/exchange-rates"), what="exchange rate")
    custom_category = first(c.items(base + "/cost-categories"), lambda x: not x["standard"], "custom cost category")
    timesheet = first(c.items(base + "/timesheets"), lambda t: t["status"] == "submitted", "submitted timesheet")
    phases = c.items(base + "/phases")
    # A second gate review and correlation group, so that their DELETEs leave the others theirs.
    c.json("POST", f"{base}/phases/{phases[-1]['id']}/gate-reviews", {})
    grouped = {t for g in c.items(base + "/correlation-groups") for t in g["task_ids"]}
    free = [t["id"] for t in schedule["tasks"] if not (t.get("computed") or {}).get("summary") and t["id"] not in grouped]
    if len(free) >= 2:
        c.json("POST", base + "/correlation-groups", {"name": "Schemathesis group", "coefficient": 0.5, "task_ids": free[-2:]})
    reviews = c.items(base + "/gate-reviews")
    risk_categories = c.items(base + "/risk-categories")
    parents = {x.get("parent_id") for x in risk_categories}
    lists = {
        name: c.items(f"{base}/{name}")
        for name in ("objectives", "stakeholders", "cost-accounts", "ledger", "budgets", "cash-inflows", "issues", "correlation-groups")
    }
    values = {
        "projectID": pid,
        "reviewID": reviews[0]["id"],
        "userID": members[0]["user_id"],
        "objectiveID": objective["id"],
        "measurementID": measurement["id"],
        "phaseID": phases[0]["id"],
        "stakeholderID": lists["stakeholders"][0]["id"],
        "tokenID": spare_token,
        "taskID": tasks[0]["id"],
        "linkID": link["id"],
        "calendarID": calendars[0] if calendars else schedule["calendars"][0]["id"],
        "riskID": risk["id"],
        "actionID": action["id"],
        "runID": first(c.items(base + "/simulation-runs"), what="simulation run")["id"],
        "code": custom_category["code"],
        "accountID": lists["cost-accounts"][0]["id"],
        "entryID": lists["ledger"][0]["id"],
        "budgetID": budget["id"],
        "lineID": line["id"],
        "week": timesheet["week_start"],
        "timesheetID": timesheet["id"],
        "inflowID": lists["cash-inflows"][0]["id"],
        "issueID": lists["issues"][0]["id"],
        "groupID": lists["correlation-groups"][0]["id"],
        "categoryID": risk_categories[0]["id"],
        "currency": fx["currency"],
        "day": fx["effective_from"],
    }

    def other(items, not_id, pred=lambda x: True):
        """An object of the same kind for a DELETE, so that the other operations keep theirs."""
        for x in reversed(items):
            if x["id"] != not_id and pred(x):
                return x["id"]
        return not_id

    risk_victim = other(risks, risk["id"])
    budget_victim = drafts[1]["id"]
    objective_victim = other(lists["objectives"], objective["id"])
    measurements = c.items(f"{base}/objectives/{objective['id']}/measurements")
    actions = c.items(f"{base}/risks/{risk['id']}/actions")
    lines = c.json("GET", f"{base}/budgets/{budget['id']}").get("lines") or []
    review_phases = {r.get("phase_id") for r in reviews}
    victims = {
        "/api/v1/projects/{projectID}": {"projectID": scratch},
        "/api/v1/projects/{projectID}/gate-reviews/{reviewID}": {"reviewID": other(reviews, values["reviewID"])},
        "/api/v1/projects/{projectID}/members/{userID}": {"userID": members[-1]["user_id"]},
        "/api/v1/projects/{projectID}/objectives/{objectiveID}": {"objectiveID": objective_victim},
        "/api/v1/projects/{projectID}/phases/{phaseID}": {"phaseID": other(phases, values["phaseID"], lambda x: x["id"] not in review_phases)},
        "/api/v1/projects/{projectID}/stakeholders/{stakeholderID}": {"stakeholderID": other(lists["stakeholders"], values["stakeholderID"])},
        "/api/v1/projects/{projectID}/tasks/{taskID}": {"taskID": other(tasks, values["taskID"], lambda t: t["id"] not in linked)},
        "/api/v1/projects/{projectID}/links/{linkID}": {"linkID": other(schedule["links"], link["id"])},
        "/api/v1/projects/{projectID}/calendars/{calendarID}": {"calendarID": calendars[-1] if calendars else values["calendarID"]},
        "/api/v1/projects/{projectID}/risks/{riskID}": {"riskID": risk_victim},
        "/api/v1/projects/{projectID}/risks/{riskID}/actions/{actionID}": {"actionID": other(actions, action["id"])},
        "/api/v1/projects/{projectID}/cost-accounts/{accountID}": {"accountID": other(lists["cost-accounts"], values["accountID"])},
        "/api/v1/projects/{projectID}/budgets/{budgetID}": {"budgetID": budget_victim},
        "/api/v1/projects/{projectID}/budgets/{budgetID}/lines/{lineID}": {"lineID": other(lines, line["id"])},
        "/api/v1/projects/{projectID}/cost-rates/{userID}/{day}": {"userID": rate["user_id"], "day": rate["effective_from"]},
        "/api/v1/projects/{projectID}/cash-inflows/{inflowID}": {"inflowID": other(lists["cash-inflows"], values["inflowID"])},
        "/api/v1/projects/{projectID}/issues/{issueID}": {"issueID": other(lists["issues"], values["issueID"])},
        "/api/v1/projects/{projectID}/correlation-groups/{groupID}": {"groupID": other(lists["correlation-groups"], values["groupID"])},
        "/api/v1/projects/{projectID}/risk-categories/{categoryID}": {
            "categoryID": other(risk_categories, values["categoryID"], lambda x: x["id"] not in parents)
        },
        "/api/v1/projects/{projectID}/objectives/{objectiveID}/measurements/{measurementID}": {
            "measurementID": other(measurements, measurement["id"])
        },
    }
    operations = [("DELETE", p, {"path." + k: v for k, v in params.items()}) for p, params in victims.items()]
    # A simulation of a million iterations runs for minutes on two cores: keep the run's own short.
    for p in ("/api/v1/projects/{projectID}/simulation", "/api/v1/projects/{projectID}/simulation-runs"):
        operations.append(("POST", p, {"body.iterations": 2000}))
    return values, operations


def toml_str(s):
    return json.dumps(s)


def write_config(path, token, values, operations):
    out = [
        "# Written by Tests/Contract/st_setup.py for one run; not for committing (it holds a token).",
        f"headers = {{ Authorization = {toml_str('Bearer ' + token)} }}",
        "",
        "",
        "# A PATCH or DELETE without If-Match answers 428 Precondition Required, as documented.",
        "[checks.missing_required_header]",
        "expected-statuses = [400, 401, 403, 406, 415, 422, 428]",
        "",
        "[parameters]",
    ]
    out += [f'{toml_str("path." + k)} = {toml_str(v)}' for k, v in values.items()]
    for method, p, params in operations:
        # include-name ("METHOD /path"): include-method and include-path would each match on their own.
        out += ["", "[[operations]]", f"include-name = {toml_str(method + ' ' + p)}"]
        out.append("parameters = { " + ", ".join(f"{toml_str(k)} = {toml_str(v)}" for k, v in params.items()) + " }")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    c = Client(sys.argv[1])
    token, spare = sign_in(c)
    values, operations = discover(c, spare)
    write_config(sys.argv[2], token, values, operations)
    print(f"st_setup: {len(values)} path parameters from the demo, config in {sys.argv[2]}", file=sys.stderr)
    print(token)


if __name__ == "__main__":
    main()
