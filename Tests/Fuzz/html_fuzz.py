#!/usr/bin/env python3
"""Crash fuzz of Keel's HTML side: every server-rendered page and every form post, with boundary values.

The routes come from `keel routes --format json` (every route as the server's modules declare it); the
`/api/` ones are left to crash_fuzz.py. Starts `keel serve --demo` on its own temporary SQLite database
(or KEEL_FUZZ_DATABASE_URL), signs in through POST /sign-in as the demo administrator, the demo viewer
(li.wei@demo.keel), the demo manager (zhang.min@demo.keel, who decides on the budgets the administrator
submits), a victim user (the account routes; user administration acts on it) and a throwaway user (for
/sign-out), and keeps a snapshot of that database (sessions included) to restart from after a crash.

GET pages: each page with real ids as the administrator (also in Chinese), the viewer, nobody, on the
empty and the import project; HEAD / OPTIONS / PUT / DELETE on it;
each path parameter nonexistent / garbage (date boundaries for weeks and days); the query parameters
each page reads (from the handlers, plus those its own links and GET forms use) at their boundaries
(dates 0001-01-01 … 9999-12-31 and past 1900-01-01 … 2199-12-31, huge / negative numbers, unknown
choices, 10k strings, %00 — which must answer 400 — and broken percent escapes).

Form posts: for each POST route the form is read from the page that draws it (its action is that
route; fields from <input>, <select>, <textarea>, <button name>, form="…" owners included), with the
page's own values, then "filled" (required and empty fields given plausible values), then one field at
a time mutated to a boundary of its kind (date, date-time, amount, duration, working hours, choice, id,
checkbox, text: empty, 100k characters, NUL, invalid UTF-8 …), `_version` garbage, `_partial=1`, the
field left out or repeated, array keys with huge indices (rows[9223372036854775807][note]), 10,000 rows,
broken bodies (percent escapes, raw bytes, over the body limit, multipart, text/plain), without or with
a wrong `_csrf`, as the viewer and as nobody; the same form of two other records. After every accepted
write the page it redirects to, the form's page (a fresh `_version`) and the pages computed from what
was stored (the project overview with its health signals, the Gantt, cash flow, earned value …) are
read, in that state: the next mutation replaces it. Inline edits (rows with data-edit-url) are posted the
way keel.js posts them. The timesheet week grid (POST …/time/{week}) gets its cells, its row keys and
its week at the boundaries; the MS Project upload (POST …/schedule/import, multipart) gets the demo's
export, edge plans, mutated exports and broken multipart bodies, on a scratch project. When the group
of routes changes (charter, schedule, risks, finance, …) every page of the project is read back.
Deletes run after the other writes, /sign-out and the deletion of a (scratch) project last.

Failures, as in crash_fuzz.py: a 5xx answer (the HTML error page of a 500 included), a dead server, or
a hang (/healthz silent for KEEL_FUZZ_HANG_SECONDS). On a crash the server restarts from the snapshot
and the request is replayed alone on it ("crashes on its own"), else the accepted writes before it are
replayed one at a time, each followed by the request.

Usage: python3 Tests/Fuzz/html_fuzz.py [path/to/keel]   (alone; crash_fuzz.py runs it after the API part)

Environment (besides crash_fuzz.py's KEEL_FUZZ_SEED, _DATABASE_URL, _TIMEOUT, _HANG_SECONDS,
_MAX_RESTARTS, _MAX_ISOLATIONS, _ONLY and _VERBOSE):
  KEEL_FUZZ_HTML_BUDGET     most requests of the HTML part (default 3600, about 60 s on SQLite with a
                            debug build on 2 cores; form refreshes and read-backs included). What every
                            route gets (real ids, viewer, nobody, the form as drawn and filled, …) is
                            always sent: about 2,800 requests, whatever the budget.
Standard library only (Python 3.11).
"""
import collections
import html as htmlmod
import http.client
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import crash_fuzz as cf  # noqa: E402

HTML_BUDGET = int(os.environ.get("KEEL_FUZZ_HTML_BUDGET", "3600"))
FORM = "application/x-www-form-urlencoded"
NONEXISTENT = cf.NONEXISTENT
MANAGER_EMAIL = "zhang.min@demo.keel"
# The HTML part's own users, new in each run: on a database the API part used before (PostgreSQL is not
# reset), its victim may have another password or be disabled.
USERS = {"victim": cf.VICTIM_EMAIL, "throwaway": "fuzz.throwaway@example.com"}
LONG = "x" * 100_000
day = cf.day


# --------------------------------------------------------------------------------------------
# The route table, as the server's modules declare it (`keel routes --format json`)


def table_routes(keel=None):
    """Every "METHOD path" the server serves."""
    out = subprocess.run([keel or cf.KEEL, "routes", "--format", "json"], check=True, capture_output=True, text=True).stdout
    return sorted(f"{r['method']} {r['path']}" for r in json.loads(out))


def web_routes(keel=None):
    out = []
    for r in table_routes(keel):
        method, path = r.split(" ", 1)
        if not path.startswith("/api/"):
            out.append((method, path))
    return out


class Templates:
    """Concrete paths to route templates (the most literal template wins)."""

    def __init__(self, routes):
        self.items = []
        for method, t in routes:
            parts = re.split(r"{(\w+)}", t)
            rx = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>[^/]+)" for i, p in enumerate(parts))
            literal = sum(len(p) for i, p in enumerate(parts) if i % 2 == 0)
            self.items.append((method, t, re.compile("^" + rx + "$"), literal))

    def match(self, method, path):
        best = None
        for m, t, rx, lit in self.items:
            if m == method and rx.match(path) and (best is None or lit > best[1]):
                best = (t, lit)
        return best[0] if best else None


# --------------------------------------------------------------------------------------------
# Reading pages: forms, fields, inline-edit rows, links

ATTR_RE = re.compile(r'([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s>]+)))?')
FIELD_RE = re.compile(r"<(input|select|textarea|button)\b[^>]*>", re.I)
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def attrs(tag):
    inner = re.sub(r"^<\w+", "", tag).rstrip(">").rstrip("/")
    out = {}
    for m in ATTR_RE.finditer(inner):
        v = m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None else m.group(4)
        out[m.group(1).lower()] = htmlmod.unescape(v or "")
    return out


class Form:
    def __init__(self, a):
        self.action, self.method = a.get("action", ""), a.get("method", "get").lower()
        self.enctype, self.id = a.get("enctype", ""), a.get("id")
        self.fields = []
        self.page = ""

    def __repr__(self):
        return f"<form {self.method} {self.action} {[f['name'] for f in self.fields]}>"


def parse_forms(page):
    out, byid, spans = [], {}, []
    for m in re.finditer(r"<form\b[^>]*>", page, re.I):
        f = Form(attrs(m.group(0)))
        end = page.find("</form>", m.end())
        spans.append((m.end(), len(page) if end < 0 else end, f))
        out.append(f)
        if f.id:
            byid[f.id] = f
    for m in FIELD_RE.finditer(page):
        a, tag = attrs(m.group(0)), m.group(1).lower()
        name = a.get("name")
        if not name and not a.get("formaction"):
            continue
        owner = byid.get(a["form"]) if a.get("form") else next((f for s, e, f in spans if s <= m.start() < e), None)
        if owner is None:
            continue
        fld = {"name": name or "", "tag": tag, "type": (a.get("type") or ("submit" if tag == "button" else tag)).lower(),
               "value": a.get("value", ""), "checked": "checked" in a, "multiple": "multiple" in a,
               "required": "required" in a, "disabled": "disabled" in a, "options": [], "selected": []}
        if tag == "select":
            close = page.find("</select>", m.end())
            seg = page[m.end():close]
            fld["labels"] = {}
            for om in re.finditer(r"<option\b[^>]*>", seg):
                oa = attrs(om.group(0))
                fld["options"].append(oa.get("value", ""))
                fld["labels"][oa.get("value", "")] = htmlmod.unescape(seg[om.end():seg.find("<", om.end())])
                if "selected" in oa:
                    fld["selected"].append(oa.get("value", ""))
        elif tag == "textarea":
            close = page.find("</textarea>", m.end())
            fld["value"] = htmlmod.unescape(page[m.end():close])
        owner.fields.append(fld)
        if a.get("formaction"):        # a button that posts the form elsewhere (formaction, formmethod)
            fld["formaction"], fld["formmethod"] = a["formaction"], a.get("formmethod", owner.method).lower()
    for f in list(out):
        for fld in f.fields:
            if fld.get("formaction"):
                alt = Form({"action": fld["formaction"], "method": fld["formmethod"], "enctype": f.enctype})
                alt.fields = [x for x in f.fields if not x.get("formaction") or x is fld]
                out.append(alt)
    return out


def inline_rows(page):
    """(edit url, version, [(field, value)]) of each row keel.js can edit in place."""
    out = []
    for m in re.finditer(r'data-edit-url="([^"]*)"\s+data-edit-version="([^"]*)"', page):
        nxt = page.find("data-edit-url=", m.end())
        seg = page[m.end():nxt if nxt > 0 else len(page)]
        cells = [(htmlmod.unescape(c.group(1)), htmlmod.unescape(c.group(2)))
                 for c in re.finditer(r'data-edit="([^"]*)"\s+data-value="([^"]*)"', seg)]
        out.append((htmlmod.unescape(m.group(1)), m.group(2), cells))
    return out


def links(page):
    return [htmlmod.unescape(h) for h in re.findall(r'href="(/[^"#]*)"', page)]


def base_pairs(form, csrf):
    """What a browser sends for the form as drawn (the first named submit button pressed)."""
    pairs, pressed = [], False
    for f in form.fields:
        n, t = f["name"], f["type"]
        if f["disabled"] or not n:
            continue
        if n == "_csrf":
            pairs.append((n, csrf))
        elif t in ("checkbox", "radio"):
            if f["checked"]:
                pairs.append((n, f["value"] or "on"))
        elif t in ("submit", "button", "image"):
            if not pressed:
                pairs.append((n, f["value"]))
                pressed = True
        elif t == "file" or t == "reset":
            continue
        elif f["tag"] == "select":
            if f["multiple"]:
                pairs += [(n, v) for v in f["selected"]]
            else:
                pairs.append((n, f["selected"][0] if f["selected"] else (f["options"][0] if f["options"] else "")))
        else:
            pairs.append((n, f["value"]))
    if not any(k == "_csrf" for k, _ in pairs):
        pairs.insert(0, ("_csrf", csrf))
    return pairs


# --------------------------------------------------------------------------------------------
# Field kinds and boundary values (form values are text)

class Enc:
    """A name or value sent already percent-encoded (bytes no str can hold, broken escapes)."""

    def __init__(self, text, label=None):
        self.text, self.label = text, label or text[:40]

    def __repr__(self):
        return f"Enc({self.label})"


DATES = ["9999-12-31", "0001-01-01", "1899-12-31", "2200-01-01", "1900-01-01", "2199-12-31", "2026-02-30", "",
         "2026-02-29", "2028-02-29", "2026-13-01", "2026-00-10", "-0001-01-01", "10000-01-01", "20260101",
         "2026-1-1", "today", " 2026-01-01", "2026-01-01T00:00"]
DATETIMES = ["9999-12-31T23:59", "0001-01-01T00:00", "1899-12-31T23:59", "2200-01-01T00:00", "2199-12-31T23:59",
             "1900-01-01T00:00", "9999-12-31", "0001-01-01", "", "2026-01-01T24:00", "2026-01-01T23:60",
             "2026-03-01T08:00:00Z", "2026-03-01T08:00+08:00", "2026-02-30T08:00", "10000-01-01T00:00"]
NUMBERS = ["1,5", "99999999999999999999", "-1", "0", "9223372036854775807", "9223372036854775808", "1e309", "NaN",
           "", "-0", "-9223372036854775809", "2147483648", "0.0000001", "92233720368547758.08", "-92233720368547758.09",
           "Infinity", "1e-400", "1 000", "0x10", "\uff11\uff12\uff13", " 1", "1.5.5", "+1", "1.5"]
DURATIONS = ["0d", "-1d", "99999999999999999999d", "1e309d", "9223372036854775807m", "2147483648h", "1,5d", "0",
             "", "0.0000001d", "2ed", "50%", "-50%", "101%", "999999mo", "NaNd", "d", "3 d", "1.5.5d", "1000000d"]
TIMERANGES = ["00:00-24:00", "23:59-00:00", "25:00-26:00", "09:00-09:00", "17:00-09:00", "99:99-99:99", "-1:00-01:00",
              ", ".join(["08:00-09:00"] * 1000), "08:00-12:00,,13:00", "8-12", "00:00-00:01"]
EXCEPTIONS = ["9999-12-31..0001-01-01", "0001-01-01..9999-12-31", "1899-12-31..2200-01-01 08:00-12:00",
              "2026-02-30..2026-03-01", "2026-01-01..2026-01-02 25:00-26:00", "\n".join(["2026-01-01..2026-01-02"] * 5000),
              "..", "2026-01-01..", "x" * 10000]
PERIODS = ["9999-12", "0001-01", "1899-12", "2200-01", "2026-13", "2026-00", "", "99999-01", "2026-1", "-0001-01"]
STRINGS = ["", LONG, "\u0000", "a\u0000b", Enc("%FF%FE%C0%AF", "invalid UTF-8"), "\u202e\u0645\u0631\u062d\u0628\u0627 \U0001F468\u200D\U0001F469\u200D\U0001F467",
           " ", "a\r\nb", "x" * 300, "'; DROP TABLE projects; --", "\ufeff\u200b", "\U0010FFFF" * 1000, "%00%s%n{0}",
           "<script>alert(1)</script>", Enc("%", "a lone %"), Enc("%ZZ", "%ZZ")]
IDS = [NONEXISTENT, "not-a-uuid", "", "00000000-0000-0000-0000-000000000000", LONG, "\u0000", Enc("%FF", "invalid UTF-8")]
CHECKS = ["on", "off", "0", "1", "", "true", LONG]
VERSIONS = ["-1", "0", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "abc", "", "1.5", " 1",
            "99999999999999999999", "\u0000"]
URLS = ["//evil.example", "https://evil.example/", "/\\evil.example", "javascript:alert(1)", "", "/projects?%00", LONG,
        "/" + "a/" * 5000, "\u0000"]
# Array keys: the index of the first [..] replaced (the rest of the name kept).
INDEXES = ["9223372036854775807", "9223372036854775808", "99999999999999999999", "-1", "2147483648", "999", "1000",
           "199", "200", "", " 1", "0x1", "1e3", "01", "+1", "\u0661"]
P1_VALUES = {"9999-12-31", "0001-01-01", "1899-12-31", "2200-01-01", "1900-01-01", "2199-12-31", "9999-12-31T23:59",
             "0001-01-01T00:00", "2200-01-01T00:00", "1,5", "99999999999999999999", "-1", "0", "9223372036854775807",
             "9223372036854775808", "1e309", "", LONG, "\u0000", "-1d", "99999999999999999999d", "9223372036854775807m",
             "25:00-26:00", "00:00-24:00", "9999-12", "0001-01", "2026-13", NONEXISTENT, "not-a-uuid", "NaN",
             "9999-12-31..0001-01-01", "abc", "//evil.example", "-9223372036854775809"}

DURATION_NAMES = {"duration", "lag", "remaining", "critical_threshold", "estimate_optimistic", "estimate_most_likely",
                  "estimate_pessimistic", "delay_optimistic", "delay_most_likely", "delay_pessimistic"}
NUMBER_RE = re.compile(r"(^|_)(amount|cost|cost_low|cost_mode|cost_high|rate|reserve|balance|threshold|value|target|baseline|"
                       r"chance|coefficient|percent|percent_complete|share_percent|max_amount|up_to|schedule_days|hours|"
                       r"terms_days|horizon_weeks|priority|position|minutes_per_day|iterations|seed|from|low|high|"
                       r"most_likely|review_\w+|tolerance_percent|count)$|^d\d$")


def leaf_name(name):
    """`rows[0][note]` → note, `probability_levels[1].label` → label, `week_mon` → week_mon."""
    m = re.search(r"[\[.]([^\[\].]+)\]?$", name)
    return m.group(1) if m and ("[" in name or "." in name) else name


def field_kind(f):
    n, t, leaf = f["name"], f["type"], leaf_name(f["name"])
    if n == "_version":
        return "version"
    if n in ("next", "return"):
        return "url"
    if t in ("checkbox", "radio"):
        return "id" if UUID_RE.match(f["value"]) else "check"
    if t == "date" or leaf in ("date", "due", "due_date", "invoice_date", "raised_on", "decided_on", "measured_on",
                               "effective_from", "expires_on", "planned_start", "planned_finish", "next_review", "proximity"):
        return "date"
    if t == "datetime-local":
        return "datetime"
    if f["tag"] == "select" or t == "submit":
        opts = [o for o in f["options"] if o]
        if opts and all(UUID_RE.match(o) for o in opts):
            return "id"
        return "choice"
    if leaf in DURATION_NAMES:
        return "duration"
    if leaf.startswith("week_"):
        return "timerange"
    if leaf == "exceptions_text":
        return "exceptions"
    if leaf == "period":
        return "period"
    if t == "number" or NUMBER_RE.search(leaf):
        return "number"
    if leaf.endswith("_id") or leaf == "account":
        return "id"
    return "text"


def values_for(kind, f):
    if kind == "date":
        return DATES
    if kind == "datetime":
        return DATETIMES
    if kind == "number":
        return NUMBERS
    if kind == "duration":
        return DURATIONS
    if kind == "timerange":
        return TIMERANGES
    if kind == "exceptions":
        return EXCEPTIONS
    if kind == "period":
        return PERIODS
    if kind == "version":
        return VERSIONS
    if kind == "url":
        return URLS
    if kind == "check":
        return CHECKS
    if kind == "id":
        return IDS + [o for o in f["options"] if o][:2] + ["WRONG_KIND"]
    if kind == "choice":
        opts = [o for o in f["options"] if o not in f["selected"]]
        return opts[:3] + ["NOT_A_CHOICE", "", LONG, "\u0000", f"{(f['options'] or ['x'])[-1]} "]
    return STRINGS


def priority_of(v):
    if isinstance(v, Enc):
        return 1 if v.label == "invalid UTF-8" else 2
    return 1 if v in P1_VALUES else 2


def short(v, n=50):
    if isinstance(v, Enc):
        return v.label
    if isinstance(v, str) and len(v) > n:
        return repr(v[:20]) + f"…({len(v)} chars)"
    return repr(v)


def enc(s):
    if isinstance(s, Enc):
        return s.text
    return urllib.parse.quote_plus(s.encode("utf-8", "surrogatepass"), safe="")


def encode_pairs(pairs):
    return "&".join(f"{enc(k)}={enc(v)}" for k, v in pairs).encode("ascii")


def multipart(parts, boundary="----keelfuzz7MA4YWxkTrZu0gW"):
    """parts: (name, value bytes, filename or None, content type or None)."""
    out = []
    for name, value, filename, ctype in parts:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename is not None else "")
        head = f"--{boundary}\r\nContent-Disposition: {disp}\r\n" + (f"Content-Type: {ctype}\r\n" if ctype else "") + "\r\n"
        out.append(head.encode("utf-8", "surrogatepass") + value + b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out), f"multipart/form-data; boundary={boundary}"


# Choices the use cases need although the form does not mark them required.
NEEDED_CHOICES = {"cost_account_id", "user_id", "predecessor_id", "successor_id", "_phase", "account"}
# Values for empty fields, so that one mutated field reaches the code behind the form.
FILL = {"code": lambda u, a: f"fz{u}" if "/categories" in a else f"FZ-{u}", "email": lambda u, a: USERS["victim"] if "/members" in a else f"fuzz{u}@example.com",
        "password": lambda u, a: "Fuzz-Passw0rd-Keel-2027", "new_password": lambda u, a: "Fuzz-Passw0rd-Keel-2027",
        "new_password_confirmation": lambda u, a: "Fuzz-Passw0rd-Keel-2027", "current_password": lambda u, a: cf.VICTIM_PASSWORD,
        "currency": lambda u, a: "USD", "rate": lambda u, a: "7.1", "hourly_rate": lambda u, a: "100", "period": lambda u, a: "2021-01",
        "criteria_text": lambda u, a: "[x] Fuzz criterion", "amount": lambda u, a: "1000.00", "value": lambda u, a: "70",
        "target": lambda u, a: "100", "baseline": lambda u, a: "50", "red_threshold": lambda u, a: "60", "amber_threshold": lambda u, a: "80",
        "coefficient": lambda u, a: "0.5", "contingency_reserve": lambda u, a: "1000.00", "management_reserve": lambda u, a: "500.00",
        "cost": lambda u, a: "1000.00", "estimate_low": lambda u, a: "100", "estimate_most_likely": lambda u, a: "200",
        "estimate_high": lambda u, a: "400", "counterparty": lambda u, a: "Fuzz Co", "due": lambda u, a: day(14),
        "date": lambda u, a: day(0), "raised_on": lambda u, a: day(0), "invoice_date": lambda u, a: day(30), "due_date": lambda u, a: day(90),
        "decided_on": lambda u, a: day(0), "measured_on": lambda u, a: day(0), "display_name": lambda u, a: f"Fuzz {u}",
        "reason": lambda u, a: "fuzz", "memo": lambda u, a: "fuzz", "budget_amount": lambda u, a: "100000.00",
        "name": lambda u, a: f"Fuzz {u}", "title": lambda u, a: f"Fuzz {u}", "position": lambda u, a: "1"}


def filled_pairs(form, pairs, uniq, action):
    """The page's values with empty required fields (and the few a use case needs) given plausible ones."""
    byname = {f["name"]: f for f in form.fields}
    out = []
    multi_done = set()
    for k, v in pairs:
        f = byname.get(k)
        if f is None or v != "" or k.startswith("_"):
            out.append((k, v))
            continue
        leaf = leaf_name(k)
        m = re.match(r"^\w+\[(\d+)\]", k)
        if m and m.group(1) != "0":
            out.append((k, v))     # the spare rows of a repeating group stay blank
            continue
        if k.startswith("rows[0]"):
            if leaf == "account":
                v = next((o for o in f["options"] if o), "")
            elif re.fullmatch(r"d[0-4]", leaf):
                v = "8"
            elif leaf == "note":
                v = "fuzz"
            out.append((k, v))
            continue
        if f["tag"] == "select":
            opts = [o for o in f["options"] if o]
            if f["required"] or leaf in NEEDED_CHOICES:
                # A budget line's account must not have a line yet: one the run created (FZ-…), else the last.
                fz_made = [o for o in opts if "FZ-" in f.get("labels", {}).get(o, "")]
                v = ((fz_made or opts)[-1] if action.endswith("/lines") else opts[0]) if opts else ""
        elif leaf in FILL:
            v = FILL[leaf](uniq(), action)
        elif f["required"]:
            kind = field_kind(f)
            v = {"date": day(7), "datetime": day(14) + "T09:00", "number": "100", "duration": "3d"}.get(kind, f"Fuzz {leaf} {uniq()}")
        out.append((k, v))
    for f in form.fields:   # an empty multi-select: two of its choices
        if f["multiple"] and not f["selected"] and f["name"] not in multi_done:
            multi_done.add(f["name"])
            out += [(f["name"], o) for o in [o for o in f["options"] if o][:2]]
    # Rows of checkboxes (task_ids[k]) none of which is ticked: the middle one ticked.
    boxes = [f for f in form.fields if f["type"] == "checkbox" and re.match(r"^\w+\[\d+\]$", f["name"])]
    if boxes and not any(k == b["name"] for b in boxes for k, _ in out):
        mid = boxes[len(boxes) // 2]
        out.append((mid["name"], mid["value"] or "on"))
    # Two choices of tasks that must differ (a link's predecessor and successor).
    if "successor_id" in byname and dict(out).get("successor_id") == dict(out).get("predecessor_id"):
        opts = [o for o in byname["successor_id"]["options"] if o]
        if len(opts) > 1:
            out = [(k, opts[-1] if k == "successor_id" else v) for k, v in out]
    if action.split("?")[0] == "/sign-in":
        out = [(k, USERS["victim"] if k == "email" else cf.VICTIM_PASSWORD if k == "password" else v) for k, v in out]
    return out


# --------------------------------------------------------------------------------------------
# Pages, their query parameters

# What each page reads from its query (the handlers in Sources/KeelServer/Web and the parsers they call).
QUERY = {
    "/projects": ["status", "sponsor", "health", "q", "sort", "desc", "page", "per_page"],
    "/projects.csv": ["status", "sponsor", "health", "q", "sort", "desc", "page", "per_page"],
    "/projects/go": ["q"],
    "/sign-in": ["next"],
    "/account": ["changed"],
    "/projects/{projectID}/audit": ["action", "object_type", "actor", "from", "to", "before", "limit"],
    "/projects/{projectID}/audit.csv": ["action", "object_type", "actor", "from", "to", "before", "limit"],
    "/projects/{projectID}/finance/ledger": ["from", "to", "kind", "cost_account_id", "limit", "offset"],
    "/projects/{projectID}/finance/cash-flow": ["as_of"],
    "/projects/{projectID}/finance/cash-flow.csv": ["as_of"],
    "/projects/{projectID}/finance/earned-value": ["status_date"],
    "/projects/{projectID}/finance/earned-value.csv": ["status_date"],
    "/projects/{projectID}/risks": ["status", "kind", "category", "overdue", "p", "i", "stage"],
    "/projects/{projectID}/schedule": ["zoom", "collapsed"],
    "/projects/{projectID}/schedule/simulation": ["iterations", "seed", "distribution", "deadline"],
    "/projects/{projectID}/time": ["week"],
    "/projects/{projectID}/timesheets": ["status", "user_id", "week"],
    "/projects/{projectID}/timesheets.csv": ["status", "user_id", "week"],
}
Q_DATES = {"from", "to", "as_of", "status_date", "week", "deadline"}
Q_INTS = {"page", "per_page", "limit", "offset", "before", "iterations", "seed", "p", "i"}
Q_IDS = {"cost_account_id", "user_id", "collapsed"}
Q_CHOICES = {"status": ["active", "draft", "submitted", "open"], "health": ["red", "amber", "green"], "sort": ["health", "code", "finish"],
             "desc": ["1", "true", "0"], "kind": ["actual_cost", "threat", "opportunity"], "zoom": ["day", "week", "month", "quarter", "year"],
             "distribution": ["triangular", "pert", "uniform"], "action": ["create", "sign_in"], "overdue": ["on", "1"],
             "category": ["technical", "external"], "stage": ["inherent", "residual"], "changed": ["1"]}


def query_values(name):
    if name in Q_DATES:
        return [v for v in DATES if v != "today"] + ["today", "99999-01-01"]
    if name in Q_INTS:
        return ["0", "-1", "2147483648", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e309",
                "1.5", "abc", "", "99999999999999999999", "1000001", "100000", "00001"]
    if name in Q_IDS:
        return [NONEXISTENT, "not-a-uuid", "", ",,,", ",".join([NONEXISTENT] * 1000), "x" * 10000]
    if name == "next":
        return URLS[:-1]
    return Q_CHOICES.get(name, [])[:3] + ["NOT_A_CHOICE", "", "x" * 10000, "\u202e\U0001F4A3", "' OR 1=1 --",
                                          Enc("%FF%FE", "invalid UTF-8"), Enc("%ZZ", "%ZZ"), Enc("%", "%")]


PATH_GARBAGE = [Enc(urllib.parse.quote(v, safe=""), label) if not isinstance(v, Enc) else v for v, label in [
    (NONEXISTENT, "nonexistent"), ("00000000-0000-0000-0000-000000000000", "nil uuid"), ("-1", "-1"),
    ("9223372036854775808", "2^63"), ("x" * 10000, "10k chars"), (" ", "space"), ("\u202e\U0001F4A3", "RTL+emoji"),
    (Enc("%00", "%00"), ""), (Enc("a%00b", "a%00b"), ""), (Enc("%FF%FE", "invalid UTF-8"), ""), (Enc("..", ".."), ""),
    (Enc("..%2F..%2F", "..%2F..%2F"), ""), (Enc("%ZZ", "%ZZ"), ""), ("{projectID}", "{projectID}"), ("null", "null")]]
PATH_DATES = ["0001-01-01", "9999-12-31", "1899-12-31", "2200-01-01", "1900-01-01", "2199-12-31", "2026-02-30", "2026-02-29",
              "-1", "99999-01-01", "0000-00-00", "2026-W01"]
STATIC_FILES = ["keel.css", "keel.js", "", ".", "..", "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2fPackage.swift", "keel.css%00.js",
                "x" * 10000, "%FF%FE", "nonexistent.css", "KEEL.CSS", "keel.css%20"]
# After an accepted write to a group of routes, the pages computed from what it stores.
COMPUTED = {"schedule": ["/schedule", "/finance/cash-flow"], "finance": ["/finance/earned-value", "/finance/cash-flow"],
            "time": ["/finance/earned-value"], "timesheets": ["/finance/earned-value"], "risks": ["/risks"],
            "phases": ["/lifecycle"], "gate-reviews": ["/lifecycle"], "objectives": ["/objectives"], "": ["/schedule"]}
READBACK_PAGES = ["", "/schedule", "/schedule/settings", "/finance", "/finance/ledger", "/finance/ledger.csv", "/finance/budgets",
                  "/finance/earned-value", "/finance/earned-value.csv", "/finance/cash-flow", "/finance/cash-flow.csv",
                  "/finance/cost-control", "/finance/rates", "/risks", "/risks.csv", "/risks/settings", "/risks/categories",
                  "/issues", "/lifecycle", "/objectives", "/stakeholders", "/members", "/time", "/timesheets",
                  "/timesheets.csv", "/audit", "/edit", "/schedule/simulation/correlations"]


# --------------------------------------------------------------------------------------------
# Requests


class Session:
    def __init__(self, name, cookie, csrf, bearer=None):
        self.name, self.cookie, self.csrf, self.bearer = name, cookie, csrf, bearer


class HCase:
    __slots__ = ("method", "template", "url", "note", "session", "body", "ctype", "priority", "chunked", "index", "write",
                 "readback", "expect_400", "idx")

    def __init__(self, method, template, url, note, session="admin", body=None, ctype=None, priority=0, chunked=False,
                 index=False, readback=False):
        self.method, self.template, self.url, self.note, self.session = method, template, url, note, session
        self.body, self.ctype, self.priority, self.chunked, self.index = body, ctype, priority, chunked, index
        self.readback = readback
        self.write = method in ("POST", "PUT", "PATCH", "DELETE")
        self.expect_400 = "%00" in url
        self.idx = 0


class HtmlFuzzer:
    def __init__(self, server, routes):
        self.server = server
        self.routes = routes
        self.templates = Templates(routes)
        self.rng = random.Random(f"{cf.SEED}:html")
        self.st = cf.State(server)
        self.sessions = {}
        self.passed = 0
        self.failures = []
        self.unanswered = []
        self.slow = []
        self.statuses = collections.Counter()
        self.nul_not_400 = []
        self.sent = 0
        self.restarts = 0
        self.isolations = 0
        self.gave_up = False
        self.uniq_counter = 0
        self.forms = collections.defaultdict(dict)     # POST template -> {action url: (page url, session)}
        self.inline = collections.defaultdict(dict)    # POST template -> {edit url: (page url, session)}
        self.get_urls = collections.defaultdict(dict)  # GET template -> concrete paths seen in links (in order)
        self.seen_query = collections.defaultdict(set)  # GET template -> query names its links and GET forms use
        self.ok_routes = collections.Counter()         # (method, template) -> answers below 400 to the administrator
        self.answered = collections.Counter()           # (method, template) -> any answer below 500
        self.not_found_real = set()                     # routes that answered 404/405 with real ids
        self.unknown_actions = set()                    # form actions and links no table route matches
        self.suspects = []                              # accepted writes since the last clean read-back
        self.recent = collections.deque(maxlen=4)
        self.user_ids = {}
        self.seconds = collections.Counter()
        self.skipped = 0

    def uniq(self):
        self.uniq_counter += 1
        return self.uniq_counter

    # ---- the server, sessions, ids
    def hreq(self, method, url, session, body=None, ctype=None, chunked=False, extra=()):
        h = [("Host", f"127.0.0.1:{self.server.port}"), ("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")]
        s = self.sessions.get(session) if isinstance(session, str) else session
        if s is not None and s.cookie:
            h.append(("Cookie", s.cookie))
        if s is not None and s.bearer:
            h.append(("Authorization", "Bearer " + s.bearer))
        if ctype:
            h.append(("Content-Type", ctype))
        h += list(extra)
        return cf.http_request(self.server.port, method, url, h, body, cf.TIMEOUT, chunked)

    def sign_in(self, name, email, password):
        r = self.hreq("GET", "/sign-in", None)
        m = re.search(r'name="_csrf" value="([^"]+)"', r.body.decode("utf-8", "replace"))
        cookie = "; ".join(v.split(";")[0] for k, v in r.header_list if k.lower() == "set-cookie")
        if not m:
            raise cf.SetupError(f"no CSRF token on /sign-in ({r.status})")
        anon = Session("anonymous", cookie, m.group(1))
        if name == "anonymous":
            return anon
        body = encode_pairs([("_csrf", anon.csrf), ("email", email), ("password", password), ("next", "/projects")])
        r = self.hreq("POST", "/sign-in", anon, body, FORM)
        sess = [v.split(";")[0] for k, v in r.header_list if k.lower() == "set-cookie" and v.split("=")[0].endswith("keel_session")]
        if r.status not in (302, 303) or not sess:
            raise cf.SetupError(f"sign-in as {email}: {r.status} {r.body[:200]!r}")
        s = Session(name, sess[0], "")
        r = self.hreq("GET", "/projects", s)
        m = re.search(r'name="_csrf" value="([^"]+)"', r.body.decode("utf-8", "replace"))
        if not m:
            raise cf.SetupError(f"no CSRF token on /projects for {email} ({r.status})")
        s.csrf = m.group(1)
        return s

    def setup(self):
        self.st.setup()        # API tokens, the victim user (a viewer of the demo), scratch projects
        self.sessions["admin"] = self.sign_in("admin", cf.ADMIN_EMAIL, cf.DEMO_PASSWORD)
        self.sessions["viewer"] = self.sign_in("viewer", cf.VIEWER_EMAIL, cf.DEMO_PASSWORD)
        # The demo's project manager decides on budgets the administrator submits (no one approves their own).
        self.sessions["manager"] = self.sign_in("manager", MANAGER_EMAIL, cf.DEMO_PASSWORD)
        # The victim (the account routes; user administration acts on it, so /sign-out has a user of its own).
        stamp = f"{int(time.time())}.{random.randrange(10 ** 6)}"
        for key in ("victim", "throwaway"):
            USERS[key] = f"fuzz.html.{key}.{stamp}@example.com"
            r = self.st.call("POST", "/api/v1/users", self.st.admin, {"email": USERS[key], "display_name": f"Fuzz HTML {key}",
                                                                       "password": cf.VICTIM_PASSWORD})
            if r.status != 201:
                raise cf.SetupError(f"creating {USERS[key]}: {r.status} {r.body[:200]!r}")
            self.sessions[key] = self.sign_in(key, USERS[key], cf.VICTIM_PASSWORD)
        demo = next((p["id"] for p in (self.st.get_json("/api/v1/projects?per_page=200") or {}).get("items", [])
                     if p["code"] == "ECOM-2027"), None)
        if demo:
            self.st.call("POST", f"/api/v1/projects/{demo}/members", self.st.admin, {"email": USERS["victim"], "role": "viewer"})
        self.sessions["anonymous"] = self.sign_in("anonymous", None, None)
        a = self.sessions["admin"]
        self.sessions["admin-zh"] = Session("admin-zh", a.cookie + "; keel_lang=zh-CN", a.csrf)
        self.sessions["none"] = Session("none", "", "")

    def collect(self):
        self.st.collect()
        users = self.st.get_json("/api/v1/users") or {"items": []}
        self.user_ids = {u["email"]: u["id"] for u in users.get("items", [])}
        self.st.victim_user_id = self.user_ids.get(USERS["victim"], self.st.victim_user_id)

    def ids(self, project="demo"):
        return self.st.ids.get(project) or self.st.ids.get("demo") or {}

    def binding(self, template, project="demo", pick=0):
        """Real values for a template's path parameters."""
        ids = self.ids(project)
        pairs = ids.get("pairs", {})
        b = {"projectID": self.st.projects.get(project, NONEXISTENT), "file": "keel.css", "week": day(0)}
        for (a, c), kind in ((("riskID", "actionID"), "actions"), (("objectiveID", "measurementID"), "measurements"),
                             (("budgetID", "lineID"), "lines"), (("currency", "day"), "rates"), (("userID", "day"), "cost_rates")):
            if "{" + a + "}" in template and "{" + c + "}" in template and pairs.get(kind):
                b[a], b[c] = pairs[kind][pick % len(pairs[kind])]
        for p in re.findall(r"{(\w+)}", template):
            if p in b:
                continue
            if p == "userID":
                b[p] = self.st.victim_user_id or NONEXISTENT
            elif p == "tokenID":
                b[p] = self.st.victim_token_id or NONEXISTENT
            elif p == "day":
                b[p] = day(0)
            elif p == "currency":
                b[p] = "USD"
            else:
                lst = ids.get(p) or []
                b[p] = lst[pick % len(lst)] if lst else NONEXISTENT
        return b

    def fill(self, template, b, over=None):
        path = template
        for p in re.findall(r"{(\w+)}", template):
            if over and p in over:
                v = over[p]
                text = v.text if isinstance(v, Enc) else urllib.parse.quote(v, safe="")
            else:
                text = urllib.parse.quote(str(b[p]), safe="")
            path = path.replace("{" + p + "}", text)
        return path

    # ---- sending, judging, crashes
    def send(self, case):
        if cf.VERBOSE:
            print(f"  {case.method} {case.url[:150]}  [{case.session}: {case.note[:80]}]", flush=True)
        t0 = time.time()
        resp, error = None, None
        try:
            resp = self.hreq(case.method, case.url, case.session, case.body, case.ctype, case.chunked)
        except (OSError, http.client.HTTPException) as e:
            error = e
        dt = time.time() - t0
        self.seconds[f"{case.method} {case.template}"] += dt
        if cf.VERBOSE:
            print(f"     -> {resp.status if resp is not None else type(error).__name__} in {dt:.2f} s", flush=True)
        return resp, error, dt

    def describe(self, case, dt):
        b = ""
        if case.body is not None:
            b = case.body[:300].decode("utf-8", "replace") + (f"…({len(case.body)} bytes)" if len(case.body) > 300 else "")
        return {"method": case.method, "path": case.template, "url": case.url if len(case.url) < 300 else case.url[:300] + "…",
                "note": case.note, "body": b, "auth": case.session, "headers": f"Content-Type: {case.ctype}" if case.ctype else "",
                "seconds": round(dt, 2)}

    def crashed(self, resp):
        if resp is not None and self.server.alive():
            return False
        deadline = time.time() + cf.HANG_SECONDS
        while self.server.alive() and time.time() < deadline:
            if self.server.healthy(5):
                return False
            time.sleep(0.5)
        return True

    def run(self, case):
        """Sends one case; the answer, or None after a failure or crash."""
        if self.gave_up:
            return None
        if not self.server.alive():
            self.crash(None, None, "the server was found dead before this request (it died after an earlier one)")
            if self.gave_up:
                return None
        off = self.server.log_size()
        resp, error, dt = self.send(case)
        self.sent += 1
        self.recent.append(f"{case.method} {case.url[:120]} [{case.note[:80]}]")
        desc = self.describe(case, dt)
        if resp is not None and dt >= cf.SLOW_SECONDS:
            self.slow.append(desc)
        if resp is not None and self.server.alive():
            if resp.status >= 500:
                time.sleep(0.05)
                text = resp.body[:4000].decode("utf-8", "replace")
                title = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.S) or re.search(r"<title>(.*?)</title>", text, re.S)
                main = re.search(r"<main\b.*?</main>", text, re.S)
                words = " ".join(re.sub(r"<[^>]+>", " ", (main.group(0) if main else text)).split())
                desc.update(status=resp.status, response=(f"{' '.join(title.group(1).split())} — " if title else "") + words[:240],
                            log=cf.relevant_log(self.server.log_since(off)))
                self.failures.append(desc)
                print(f"FAIL {resp.status} {case.method} {desc['url'][:160]}\n     {case.note}\n     {desc['log'][:600]}", flush=True)
                return None
            self.passed += 1
            self.statuses[resp.status] += 1
            self.answered[(case.method, case.template)] += 1
            if case.expect_400 and resp.status != 400:
                self.nul_not_400.append(f"{resp.status} {case.method} {case.url[:100]}")
            if case.session in ("admin", "victim", "anonymous", "throwaway", "manager") and resp.status < 400:
                self.ok_routes[(case.method, case.template)] += 1
            if case.write and resp.status < 400 and case.session in ("admin", "victim", "manager"):
                self.suspects.append(case)
            if resp.status in (404, 405) and (case.note.startswith("real ids") or case.note == "the page's own values"
                                              and post_order(case.template)[0] < 7):
                self.not_found_real.add(f"{case.method} {case.template} ({resp.status} for {case.url[:90]})")
            if case.index and resp.status == 200:
                self.index_page(case.url, case.session, resp)
            return resp
        if not self.crashed(resp):
            desc.update(status="no answer", response=f"{type(error).__name__}: {error} (after {dt:.1f} s; /healthz answers)")
            self.unanswered.append(desc)
            return None
        refused = isinstance(error, ConnectionRefusedError)
        what = ("the server was already dead (refused the connection)" if refused else
                "the server process exited during this request" if not self.server.alive() else
                f"hang: no answer in {cf.TIMEOUT:.0f} s and /healthz silent for {cf.HANG_SECONDS:.0f} s more (killed)")
        self.crash(None if refused else case, None if refused else desc, f"{what} ({type(error).__name__ if error else 'answered, then died'})")
        return None

    def crash(self, case, desc, what):
        self.server.wait_exit(30)
        rc = self.server.proc.poll() if self.server.proc else None
        log = self.server.log_since(self.server.instance_log_start)
        tail = "\n".join(log.splitlines()[-40:])
        if desc is None:
            desc = {"method": "?", "path": "(between requests)", "url": "", "note": "", "body": "", "auth": "", "headers": ""}
        desc.update(status="crash", response=f"{what}; exit status {rc}", log=cf.crash_signature(log),
                    recent=list(self.recent)[-4:-1] if case else list(self.recent)[-3:])
        self.failures.append(desc)
        print(f"FATAL {desc['method']} {desc['url'][:160]}\n      {desc['note']}\n      {what}; exit status {rc}\n"
              f"---- server log tail ----\n{tail}\n-------------------------", flush=True)
        suspects = [s for s in self.suspects if s is not case]
        self.suspects = []
        self.recent.clear()
        if not self.restart():
            return
        if case is None:
            return
        if self.isolations >= cf.MAX_ISOLATIONS:
            desc["cause"] = "not isolated (too many crashes in this run)"
            return
        self.isolations += 1
        desc["cause"] = self.isolate(case, suspects)
        print(f"      cause: {desc['cause']}", flush=True)

    def restart(self, backtrace=True):
        if self.restarts >= cf.MAX_RESTARTS:
            self.gave_up = True
            self.server.stop()
            return False
        self.restarts += 1
        try:
            self.server.restart(backtrace)
            self.collect()
            return True
        except (cf.StartFailed, cf.SetupError, OSError, KeyError) as e:
            print(f"FATAL: could not restart the server: {e}")
            self.failures.append({"method": "-", "path": "(restart)", "url": "", "note": "restart after a crash", "body": "",
                                  "status": "crash", "response": str(e), "log": cf.crash_signature(self.server.log_since(
                                      self.server.instance_log_start)), "auth": "", "headers": ""})
            self.gave_up = True
            return False

    def try_case(self, case):
        try:
            resp, error, _ = self.send(case)
        except (OSError, http.client.HTTPException):
            resp = None
        return self.crashed(resp)

    def isolate(self, case, suspects):
        def label(c):
            return f"{c.method} {c.url[:100]} [{c.note[:80]}]"

        def done(text):
            self.restart()
            return text
        self.server.stop()
        if not self.restart(backtrace=False):
            return "not isolated (restart failed)"
        if self.try_case(case):
            return done(f"{label(case)} crashes on its own on a fresh database")
        for sc in suspects[-40:]:
            if self.try_case(sc):
                return done(f"replaying {label(sc)} crashes on its own")
            if self.try_case(case):
                return done(f"{label(sc)} stores data on which {label(case)} crashes")
        return done(f"not reproduced: neither alone nor after any of the {min(len(suspects), 40)} accepted writes before it")

    # ---- what pages show
    def index_page(self, url, session, resp):
        if "text/html" not in resp.headers.get("content-type", ""):
            return
        page = resp.body.decode("utf-8", "replace")
        path = url.split("?")[0]
        for f in parse_forms(page):
            action = urllib.parse.urlsplit(f.action or path)
            if f.method == "post":
                t = self.templates.match("POST", action.path)
                if t:
                    self.forms[t].setdefault(f.action or path, (url, session))
                elif action.path.startswith("/"):
                    self.unknown_actions.add(f"POST {action.path}")
            else:
                t = self.templates.match("GET", action.path)
                if t:
                    self.seen_query[t] |= {fl["name"] for fl in f.fields if fl["name"] and fl["type"] not in ("submit", "button")}
        for edit_url, _, _ in inline_rows(page):
            t = self.templates.match("POST", edit_url)
            if t:
                self.inline[t].setdefault(edit_url, (url, session))
        for href in links(page):
            parts = urllib.parse.urlsplit(href)
            if parts.path.startswith("/static/") or parts.path.startswith("/api/"):
                continue
            t = self.templates.match("GET", parts.path)
            if t:
                self.get_urls[t].pop(parts.path, None)
                self.get_urls[t][parts.path] = True
                if parts.query:
                    self.seen_query[t] |= {k for k, _ in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)}
            elif not parts.path.endswith("/delete"):
                self.unknown_actions.add(f"GET {parts.path}")

    # ---- GET pages
    def get_cases(self):
        out = []
        for method, t in self.routes:
            if method != "GET" or (cf.ONLY and cf.ONLY not in t):
                continue
            params = re.findall(r"{(\w+)}", t)
            sess = "victim" if t == "/account" else ("anonymous" if t in ("/sign-in", "/setup") else "admin")
            picks = 3 if len(params) > 1 or (params and params[0] != "projectID") else 1
            if t == "/static/{file}":
                for f in STATIC_FILES:
                    out.append(HCase("GET", t, "/static/" + f, f"file {short(f)}", "none", priority=0 if f in ("keel.css", "keel.js") else 1))
                continue
            for k in range(picks):
                b = self.binding(t, "demo", k)
                out.append(HCase("GET", t, self.fill(t, b), "real ids" + (f" #{k + 1}" if k else ""), sess, index=True))
            b = self.binding(t)
            url = self.fill(t, b)
            if sess == "admin":
                out.append(HCase("GET", t, url, "in Chinese (keel_lang=zh-CN)", "admin-zh"))
            for m in ("HEAD", "OPTIONS", "DELETE", "PUT"):
                out.append(HCase(m, t, url, f"{m} on a page", sess, priority=1 if m == "HEAD" else 2))
            out.append(HCase("GET", t, url, "as the viewer", "viewer", index=False))
            out.append(HCase("GET", t, url, "no session", "none"))
            if sess == "admin" and t in ("/projects", "/admin/users", "/account"):
                out.append(HCase("GET", t, url, "as the victim", "victim", index=True))
            if "projectID" in params:
                for key in ("empty", "import"):
                    out.append(HCase("GET", t, self.fill(t, self.binding(t, key)), f"{key} project", sess,
                                     index=key == "import" or t == "/projects/{projectID}"))
            for p in params:
                if p in ("week", "day"):
                    for v in PATH_DATES:
                        out.append(HCase("GET", t, self.fill(t, b, {p: v}), f"path {p}={v}", sess, priority=1))
                    continue
                out.append(HCase("GET", t, self.fill(t, b, {p: NONEXISTENT}), f"path {p}=nonexistent", sess))
                for g in self.rng.sample(PATH_GARBAGE, 4):
                    out.append(HCase("GET", t, self.fill(t, b, {p: g}), f"path {p}={g.label}", sess, priority=2))
            out.append(HCase("GET", t, url + "?%00", "query ?%00", sess, priority=1))
            out.append(HCase("GET", t, url + "?" + "&".join(f"k{i}={i}" for i in range(2000)), "2,000 unknown query parameters", sess, priority=2))
        return out

    def query_cases(self):
        """Each query parameter a page reads, one at a time, at its boundaries (after the pages were read once)."""
        out = []
        for method, t in self.routes:
            if method != "GET" or (cf.ONLY and cf.ONLY not in t):
                continue
            names = list(dict.fromkeys(QUERY.get(t, []) + sorted(self.seen_query.get(t, ()))))
            if not names:
                continue
            sess = "victim" if t == "/account" else ("anonymous" if t in ("/sign-in", "/setup") else "admin")
            url = self.fill(t, self.binding(t))
            for name in names:
                for v in query_values(name):
                    q = f"{urllib.parse.quote(name)}={enc(v) if isinstance(v, Enc) else urllib.parse.quote(v, safe='')}"
                    note = f"query {name}={short(v)}"
                    out.append(HCase("GET", t, f"{url}?{q}", note, sess, priority=1 if priority_of(v) == 1 else 2))
                    if name in Q_DATES and v in ("9999-12-31", "0001-01-01", "2200-01-01", "1899-12-31") and "projectID" in t:
                        out.append(HCase("GET", t, f"{self.fill(t, self.binding(t, 'empty'))}?{q}", note + " (empty project)", sess, priority=1))
                out.append(HCase("GET", t, f"{url}?{urllib.parse.quote(name)}=a%00b", f"query {name}=a%00b", sess, priority=1))
                out.append(HCase("GET", t, f"{url}?{urllib.parse.quote(name)}=1&{urllib.parse.quote(name)}=2", f"query {name} repeated", sess, priority=2))
            if "p" in names and "i" in names:
                # A heat-map cell needs both: levels 1…10, past the project's scale (5) and outside it.
                for pv, iv in ((1, 1), (5, 5), (10, 10), (6, 1), (1, 6), (10, 1), (1, 10), (0, 0), (11, 11), (-1, 3),
                               (9223372036854775807, 1)):
                    for stage in ("inherent", "residual"):
                        out.append(HCase("GET", t, f"{url}?p={pv}&i={iv}&stage={stage}", f"query p={pv}&i={iv}&stage={stage}", sess,
                                         priority=1 if (pv, iv) in ((10, 10), (6, 1), (1, 6), (5, 5)) else 2))
                for cid in (self.ids("demo").get("categoryID") or [])[:2]:
                    out.append(HCase("GET", t, f"{url}?category={cid}", "query category=<a risk subcategory>", sess, priority=1))
            dates = [n for n in names if n in Q_DATES]
            if len(dates) >= 2:
                for a, c in (("9999-12-31", "0001-01-01"), ("0001-01-01", "9999-12-31"), ("2199-12-31", "1900-01-01")):
                    out.append(HCase("GET", t, f"{url}?{dates[0]}={a}&{dates[1]}={c}", f"query {dates[0]}={a}&{dates[1]}={c}", sess, priority=1))
        return out

    def readback(self, project="demo", note="read-back"):
        pid = self.st.projects.get(project)
        sent_any = False
        for sub in READBACK_PAGES + ["/schedule/simulation"] if project == "import" else READBACK_PAGES:
            t = self.templates.match("GET", f"/projects/{pid}{sub}")
            if not t:
                continue
            c = HCase("GET", t, f"/projects/{pid}{sub}", note, "admin", index=True, readback=True)
            self.run(c)
            sent_any = True
        t = self.templates.match("GET", "/projects")
        if t:
            self.run(HCase("GET", t, "/projects?sort=health", note, "admin", readback=True))
        if sent_any and not self.gave_up:
            self.suspects = []

    # ---- form posts
    def session_for(self, t):
        if t.startswith("/account"):
            return "victim"
        if t in ("/sign-in", "/setup"):
            return "anonymous"
        if t == "/sign-out":
            return "throwaway"
        if re.search(r"/budgets/{budgetID}/(approve|reject)$", t):
            return "manager"
        return "admin"

    def pick_instance(self, t, table):
        inst = table.get(t) or {}
        urls = list(inst)
        if not urls:
            return None
        victim = self.st.victim_user_id or "-"
        if "{userID}" in t:
            mine = [u for u in urls if victim in u]
            urls = mine or [u for u in urls if self.may_target(u)]
            if not urls:
                return None
        if t == "/projects/{projectID}/delete":
            empty = self.st.projects.get("empty", "-")
            urls = [u for u in urls if empty in u] or urls
        elif "{projectID}" in t:
            demo = self.st.projects.get("demo", "-")
            urls = [u for u in urls if demo in u] or urls
        return self.rng.choice(sorted(urls))

    def may_target(self, url):
        """Not the users the run needs: the administrator, the viewer, the throwaway session's user."""
        keep = {self.user_ids.get(e) for e in (cf.ADMIN_EMAIL, cf.VIEWER_EMAIL, MANAGER_EMAIL, USERS["throwaway"])} - {None}
        return not any(k in url for k in keep)

    def discover(self, t):
        """Reads pages near a route that no page read so far offered a form for."""
        segs = t.split("/")
        for end in range(len(segs), 1, -1):
            prefix = "/".join(segs[:end])
            for gt in (prefix, prefix + "/edit"):
                urls = list(self.get_urls.get(gt, {}))
                for u in list(dict.fromkeys(urls[-2:][::-1] + urls[:1])):
                    self.run(HCase("GET", gt, u, f"looking for the form of POST {t}", self.session_for(t), index=True))
                if urls and (t in self.forms or t in self.inline):
                    return

    def fetch_form(self, t, action, page_url, session):
        """The form whose action is `action` on a fresh read of its page (fresh _version)."""
        gt = self.templates.match("GET", page_url.split("?")[0]) or page_url
        r = self.run(HCase("GET", gt, page_url, f"the page of POST {t}", session, index=True))
        if r is None or r.status != 200:
            return None
        forms = parse_forms(r.body.decode("utf-8", "replace"))
        exact = [f for f in forms if f.method == "post" and f.action == action]
        same = [f for f in forms if f.method == "post" and self.templates.match("POST", urllib.parse.urlsplit(f.action).path) == t]
        found = (exact or same or [None])[0]
        if found is not None:
            found.page = r.body.decode("utf-8", "replace")
        return found

    def post_route(self, t, budget):
        """Every case of one POST route (fair share of the budget); returns how many requests it sent."""
        start = self.sent
        session = self.session_for(t)
        s = self.sessions[session]
        if t not in self.forms and t not in self.inline:
            self.discover(t)
        action = self.pick_instance(t, self.forms)
        form = None
        if action:
            page_url = self.forms[t][action][0]
            form = self.fetch_form(t, action, page_url, session)
            if form is None:
                action2 = self.pick_instance(t, self.forms)
                if action2 and action2 != action:
                    action, page_url = action2, self.forms[t][action2][0]
                    form = self.fetch_form(t, action, page_url, session)
        if form is not None and form.action and form.action != action:
            action = form.action      # the record of the first choice is gone: another one on its page
            self.forms[t].setdefault(action, (page_url, session))
        if form is None:
            action = self.fill(t, self.binding(t, "import" if t.endswith("/schedule/import") else "demo"))
            fields_note = "no page offers this form: path from real ids, no fields"
            form = Form({"action": action, "method": "post"})
        else:
            fields_note = ""
        if t.endswith("/schedule/import"):
            cases = self.import_cases(t, form, s)
            for c in cases:
                c.key = ("none", "")
        else:
            cases = self.form_cases(t, action, form, s, session)
            for c in cases:
                c.key = ("form", action)
            # The same form of up to two other records (one record's form may not fit: the first task cannot indent).
            others = [u for u in sorted(self.forms.get(t, {})) if u != action and self.may_target(u)
                      and (self.st.projects.get("demo", "-") in u or "{projectID}" not in t)]
            for other in self.rng.sample(others, min(2, len(others))) if not fields_note and post_order(t)[0] < 7 else []:
                of = self.fetch_form(t, other, self.forms[t][other][0], session)
                if of is not None and of.action == other:
                    c = self.case(t, other, "filled, another record's form", session,
                                  filled_pairs(of, base_pairs(of, s.csrf), self.uniq, other), key=("form", other))
                    cases.insert(2, c)
        cases += self.inline_cases(t, s)
        cases = self.trim(cases, max(0, budget - (self.sent - start)))
        if fields_note:
            print(f"  note: POST {t}: {fields_note}", flush=True)
        if post_order(t)[0] >= 7:
            # A delete: the odd ones first, the one that deletes last.
            cases = [c for c in cases if c.priority] + [c for c in cases if not c.priority]
        wrote = False
        followed = collections.Counter()
        for c in cases:
            if self.gave_up:
                break
            if self.sent - start >= budget and c.priority:
                self.skipped += 1
                continue
            r = self.run(c)
            if r is not None and c.session in ("admin", "victim", "manager") and r.status < 400:
                wrote = True
                self.refresh(t, c, cases, r, followed)
        return self.sent - start, wrote

    def refresh(self, t, done, cases, resp, followed):
        """After an accepted write: the page it redirects to (what was created: a new draft's own forms),
        the form's page again (a read of what was stored), and its fresh _version into the cases still to send."""
        kind, url = done.key[0], done.key[-1]
        version = None
        loc = urllib.parse.urlsplit(resp.headers.get("location", ""))
        if loc.path.startswith("/") and not loc.path.startswith("/sign-in"):
            lt = self.templates.match("GET", loc.path)
            page = self.forms.get(t, {}).get(url, ("",))[0].split("?")[0]
            if lt and loc.path != page and followed[lt] < 2:
                followed[lt] += 1
                self.run(HCase("GET", lt, loc.path + (f"?{loc.query}" if loc.query else ""), f"where POST {t} led", done.session, index=True))
        if kind == "form" and url in self.forms.get(t, {}):
            page_url, _ = self.forms[t][url]
            nf = self.fetch_form(t, url, page_url, done.session)
            if nf is not None:
                version = next((f["value"] for f in nf.fields if f["name"] == "_version"), None)
        elif kind == "inline" and url in self.inline.get(t, {}):
            page_url, _ = self.inline[t][url]
            gt = self.templates.match("GET", page_url.split("?")[0]) or page_url
            r = self.run(HCase("GET", gt, page_url, f"the page of inline edits to POST {t}", "admin", index=True))
            if r is not None and r.status == 200:
                version = next((v for u, v, _ in inline_rows(r.body.decode("utf-8", "replace")) if u == url), None)
        # What is computed from the stored data, in this state (the next mutation replaces it): the overview
        # (health: schedule, earned value, cash, risks) and the group's own computed page.
        m = re.match(r"^/projects/([0-9a-f-]{36})(/[^/?#]*)?", done.url)
        if m:
            sub = COMPUTED.get((m.group(2) or "").strip("/"), [])
            for page in [""] + sub:
                u = f"/projects/{m.group(1)}{page}"
                gt = self.templates.match("GET", u)
                if gt:
                    self.run(HCase("GET", gt, u, f"read-back after POST {t} [{done.note[:60]}]", "admin", readback=True))
        if version is None:
            return
        for c in cases:
            if c.key == done.key and c.keep_version and c.body is not None and c.ctype == FORM:
                c.body = re.sub(rb"(^|&)_version=[^&]*", lambda m: m.group(1) + b"_version=" + version.encode(), c.body, count=1)

    def trim(self, cases, budget):
        core = [c for c in cases if c.priority == 0]
        p1 = [c for c in cases if c.priority == 1]
        p2 = [c for c in cases if c.priority == 2]
        room = budget - len(core)
        if room <= 0:
            keep = core
        elif len(p1) >= room:
            keep = core + self.rng.sample(p1, room)
        else:
            keep = core + p1 + self.rng.sample(p2, min(len(p2), room - len(p1)))
        ids = {id(c) for c in keep}
        return [c for c in cases if id(c) in ids]

    def case(self, t, url, note, session, pairs=None, body=None, ctype=FORM, priority=0, keep_version=True, key=None):
        c = PostCase("POST", t, url, note, session, encode_pairs(pairs) if pairs is not None else body, ctype, priority)
        c.keep_version = keep_version
        c.key = key if key is not None else ("form", url)
        return c

    def form_cases(self, t, action, form, s, session):
        out = []
        csrf = s.csrf
        own = base_pairs(form, csrf)
        filled = filled_pairs(form, own, self.uniq, action)
        out.append(self.case(t, action, "the page's own values", session, own))
        if filled != own:
            out.append(self.case(t, action, "filled (empty required fields given values)", session, filled))
        out.append(self.case(t, action, "as the viewer", "viewer", [(k, self.sessions["viewer"].csrf if k == "_csrf" else v) for k, v in filled]))
        anon = self.sessions["anonymous"]
        out.append(self.case(t, action, "no session (anonymous CSRF cookie)", "anonymous",
                             [(k, anon.csrf if k == "_csrf" else v) for k, v in filled], priority=1))
        out.append(self.case(t, action, "without _csrf", session, [(k, v) for k, v in filled if k != "_csrf"], priority=2))
        out.append(self.case(t, action, "as text/plain", session, filled, ctype="text/plain", priority=2))
        body, ctype = multipart([(k, v.encode("utf-8", "surrogatepass"), None, None) for k, v in filled if isinstance(v, str)])
        out.append(self.case(t, action, "as multipart/form-data", session, body=body, ctype=ctype, priority=1))
        out.append(self.case(t, action, "_partial=1", session, filled + [("_partial", "1")], priority=1))
        out.append(self.case(t, action, "only _csrf", session, [("_csrf", csrf)], priority=1))
        out.append(self.case(t, action, "every field empty", session, [(k, "" if k != "_csrf" else v) for k, v in filled], priority=1))
        out.append(self.case(t, action, "every field repeated", session, filled + [(k, v) for k, v in filled if k != "_csrf"], priority=2))
        out.append(self.case(t, action, "unknown field x[9223372036854775807][y]", session, filled + [("x[9223372036854775807][y]", "1")], priority=2))
        out.append(self.case(t, action, "10,000 unknown fields", session, filled + [(f"f{i}", "1") for i in range(10000)], priority=2))
        raw = encode_pairs(filled)
        for label, data in [("broken percent escapes", raw + b"&%ZZ=%&a=%G1&%=%%"), ("raw bytes 0xFF 0xFE in a value", raw + b"&name=\xff\xfe\xc0\xaf"),
                            ("'&&&=&=='", raw + b"&&&=&=="), ("semicolons", raw.replace(b"&", b";")), ("a value of 1 MiB + 1", raw + b"&memo=" + b"x" * ((1 << 20) + 1)),
                            ("invalid UTF-8 in a key", raw + b"&%FF%FE=1")]:
            out.append(self.case(t, action, f"body: {label}", session, body=data, priority=1 if "0xFF" in label or "percent" in label else 2))
        # The path: the other project, nonexistent and garbage ids, date boundaries.
        path = urllib.parse.urlsplit(action).path
        m = re.match(r"^/projects/([^/]+)(/.*)?$", path)
        if m and m.group(1) == self.st.projects.get("demo") and m.group(2):
            out.append(self.case(t, f"/projects/{self.st.projects['empty']}{m.group(2)}", "the same ids under the empty project", session, filled, priority=1))
        rx = next((rx for mm, tt, rx, _ in self.templates.items if mm == "POST" and tt == t), None)
        mt = rx.match(path) if rx else None
        if mt:
            for p, v in mt.groupdict().items():
                vals = PATH_DATES if p in ("week", "day") else [NONEXISTENT] + [g for g in self.rng.sample(PATH_GARBAGE, 3)]
                for g in vals:
                    gv = g.text if isinstance(g, Enc) else urllib.parse.quote(g, safe="")
                    url = path[:mt.start(p)] + gv + path[mt.end(p):]
                    label = g.label if isinstance(g, Enc) else g
                    out.append(self.case(t, url, f"path {p}={label}", session, filled, priority=0 if g == NONEXISTENT or p == "week" and g in ("0001-01-01", "9999-12-31") else 1))
        # One field at a time.
        byname = {}
        for f in form.fields:
            byname.setdefault(f["name"], f)
        shapes = set()
        for name, f in byname.items():
            if name in ("_csrf", "") or f["type"] == "file":
                continue
            kind = field_kind(f)
            vals = values_for(kind, f)
            shape = (re.sub(r"\d+", "#", name), kind)
            if shape in shapes:        # another row of the same group: a few values
                vals = self.rng.sample(vals, min(3, len(vals)))
            shapes.add(shape)
            for v in vals:
                if v == "WRONG_KIND":
                    v = self.other_kind_id(name)
                mutated = self.set_field(filled, name, v, f)
                out.append(self.case(t, action, f"{name} = {short(v)}", session, mutated, priority=priority_of(v),
                                     keep_version=name != "_version"))
            out.append(self.case(t, action, f"{name} left out", session, [(k, v) for k, v in filled if k != name], priority=2,
                                 keep_version=name != "_version"))
            if name != "_version":
                out.append(self.case(t, action, f"_partial=1 and only {name}", session,
                                     [(k, v) for k, v in filled if k in ("_csrf", "_version", name)] + [("_partial", "1")], priority=2))
        if "_version" not in byname:
            for v in ("-1", "9223372036854775808", "abc"):
                out.append(self.case(t, action, f"_version = {v!r} (the form has none)", session, filled + [("_version", v)], priority=2,
                                     keep_version=False))
        # Array keys: the first index of each repeating group, then 10,000 rows.
        groups = {}
        for name, f in byname.items():
            mm = re.match(r"^(\w+)\[(\d+)\](.*)$", name)
            if mm:
                groups.setdefault(mm.group(1), (mm.group(3), f))
        for g, (rest, f) in groups.items():
            val = "8" if re.fullmatch(r"\[d\d\]", rest) else ("1" if field_kind(f) in ("number",) else (f["options"][-1] if f["options"] else "x"))
            for ix in INDEXES:
                key = f"{g}[{ix}]{rest}"
                out.append(self.case(t, action, f"key {key}", session, filled + [(key, val)],
                                     priority=1 if ix in ("9223372036854775807", "99999999999999999999", "-1", "200") else 2))
            for key in (f"{g}[0]{rest}[x]", f"{g}[0", f"{g}]", f"{g}[[0]]{rest}", f"{g}[]{rest}", f"{g}[0][]", f"{g}[0]{rest}{rest}"):
                out.append(self.case(t, action, f"key {key}", session, filled + [(key, val)], priority=2))
            if g == "rows":
                for key in ("rows[0][d7]", "rows[0][d-1]", "rows[0][d9223372036854775807]", "rows[0][d]", "rows[0][D0]", "rows[9223372036854775807][account]"):
                    out.append(self.case(t, action, f"key {key}", session, filled + [(key, "8" if "[d" in key.lower() else NONEXISTENT)], priority=1))
            many = [(f"{g}[{i}]{rest}", val) for i in range(10000)]
            out.append(self.case(t, action, f"10,000 rows of {g}", session, filled + many, priority=1 if g == "rows" else 2))
        # Rows of tick boxes and several buttons (the task table's bulk actions): each button with a few rows ticked.
        boxes = [f for f in form.fields if f["type"] == "checkbox" and re.match(r"^\w+\[\d+\]$", f["name"])]
        buttons = [f for f in form.fields if f["type"] == "submit" and f["name"]]
        if boxes and buttons:
            plain = [(k, v) for k, v in filled if k not in {b["name"] for b in boxes} | {b["name"] for b in buttons}]
            for b in buttons:
                for box in self.rng.sample(boxes, min(3, len(boxes))):
                    out.append(self.case(t, action, f"{b['name']}={b['value']}, {box['name']} ticked", session,
                                         plain + [(b["name"], b["value"]), (box["name"], box["value"])],
                                         priority=0 if b["value"] != "delete" else 1))
                if b["value"] == "delete":
                    continue       # the plan is kept for the routes after this one
                out.append(self.case(t, action, f"{b['name']}={b['value']}, every row ticked", session,
                                     plain + [(b["name"], b["value"])] + [(x["name"], x["value"]) for x in boxes], priority=1))
        if t.endswith("/time/{week}"):
            acct = next((v for k, v in filled if k == "rows[0][account]"), NONEXISTENT)
            grid = [("_csrf", csrf)] + [(f"rows[{i}][account]", acct) for i in range(200)] + \
                   [(f"rows[{i}][d{k}]", "24") for i in range(200) for k in range(7)]
            out.append(self.case(t, action, "200 rows × 7 days of 24 h", session, grid, priority=1))
            for v in ("24", "24.01", "0.001", "-0", "99999999999999999999"):
                out.append(self.case(t, action, f"every day of row 0 = {v}", session,
                                     [(k, v if re.fullmatch(r"rows\[0\]\[d\d\]", k) else x) for k, x in filled], priority=1))
        return out

    def other_kind_id(self, name):
        ids = self.ids("demo")
        for k in ("riskID", "budgetID", "issueID", "accountID", "taskID"):
            if ids.get(k) and k.lower()[:-2] not in name.lower():
                return ids[k][0]
        return self.st.projects.get("empty", NONEXISTENT)

    @staticmethod
    def set_field(pairs, name, value, f):
        out, done = [], False
        for k, v in pairs:
            if k == name:
                if not done:
                    out.append((k, value))
                    done = True
                continue       # a multi-select's other choices go
            out.append((k, v))
        if not done:
            out.append((name, value))
        return out

    def inline_cases(self, t, s):
        """Posts the way keel.js's inline editor sends them: _csrf, _version, _partial=1, one field."""
        out = []
        inst = self.inline.get(t) or {}
        if not inst:
            return out
        url = self.rng.choice(sorted(inst))
        page_url, session = inst[url]
        gt = self.templates.match("GET", page_url.split("?")[0]) or page_url
        r = self.run(HCase("GET", gt, page_url, f"the page of inline edits to POST {t}", session, index=True))
        if r is None or r.status != 200:
            return out
        rows = [x for x in inline_rows(r.body.decode("utf-8", "replace")) if x[0] == url]
        if not rows:
            return out
        _, version, cells = rows[0]
        key = ("inline", url)
        for field, value in cells:
            base = [("_csrf", s.csrf), ("_version", version), ("_partial", "1")]
            out.append(self.case(t, url, f"inline {field} = its own value {short(value)}", "admin", base + [(field, value)], key=key))
            f = {"name": field, "tag": "input", "type": "text", "options": [], "selected": []}
            for v in values_for(field_kind(f), f):
                out.append(self.case(t, url, f"inline {field} = {short(v)}", "admin", base + [(field, v)], priority=priority_of(v), key=key))
            out.append(self.case(t, url, f"inline {field}, _partial=0", "admin", [("_csrf", s.csrf), ("_version", version), ("_partial", "0"), (field, value)],
                                 priority=2, key=key))
        for v in ("", "-1", "9223372036854775808", "abc"):
            f0, v0 = cells[0] if cells else ("name", "x")
            out.append(self.case(t, url, f"inline _version = {v!r}", "admin", [("_csrf", s.csrf), ("_version", v), ("_partial", "1"), (f0, v0)],
                                 priority=2, keep_version=False, key=key))
        return out

    def import_cases(self, t, form, s):
        """The MS Project upload (multipart), on the scratch project."""
        pid = self.st.projects["import"]
        url = f"/projects/{pid}/schedule/import"
        out = []
        export = self.export_xml()
        net = cf.dump(cf.overrides("ImportNetwork", cf.Ctx(self.st, "import", self.rng, self.uniq)))
        csrf = s.csrf

        def up(note, data, filename="plan.xml", ctype="application/xml", priority=0, extra=(), session="admin"):
            tok = self.sessions[session].csrf
            body, bct = multipart([("_csrf", tok.encode(), None, None)] + list(extra) + ([("file", data, filename, ctype)] if data is not None else []))
            return self.case(t, url, note, session, body=body, ctype=bct, priority=priority, keep_version=False)
        if export:
            out.append(up("the demo's own export", export))
            out.append(up("the demo's own export, as the viewer", export, session="viewer"))
            x = export.decode("utf-8")
            for label, pat, rep in [
                ("dates 9999-12-31", r"<(Start|Finish|StartDate|FinishDate|ConstraintDate|Deadline|ActualStart|ActualFinish|StatusDate)>[^<]*<", r"<\1>9999-12-31T08:00:00<"),
                ("dates 0001-01-01", r"<(Start|Finish|StartDate|FinishDate|ConstraintDate|Deadline)>[^<]*<", r"<\1>0001-01-01T08:00:00<"),
                ("StartDate 2200-01-01", r"<StartDate>[^<]*<", "<StartDate>2200-01-01T08:00:00<"),
                ("StartDate 1899-12-31", r"<StartDate>[^<]*<", "<StartDate>1899-12-31T08:00:00<"),
                ("durations PT999999999H", r"<Duration>[^<]*<", "<Duration>PT999999999H0M0S<"),
                ("durations negative", r"<Duration>[^<]*<", "<Duration>PT-8H0M0S<"),
                ("link lags 2147483647", r"<LinkLag>[^<]*<", "<LinkLag>2147483647<"),
                ("percent complete 1000", r"<PercentComplete>[^<]*<", "<PercentComplete>1000<"),
                ("outline levels 100", r"<OutlineLevel>[^<]*<", "<OutlineLevel>100<"),
                ("minutes per day 0", r"<MinutesPerDay>[^<]*<", "<MinutesPerDay>0<"),
                ("working times 25:00", r"<FromTime>[^<]*<", "<FromTime>25:00:00<"),
                ("UIDs removed", r"<UID>[^<]*</UID>", ""),
            ]:
                mutated = re.sub(pat, rep, x)
                if mutated != x:
                    out.append(up(f"the demo's export, {label}", mutated.encode(), priority=1))
            out.append(up("the demo's export cut in half", export[:len(export) // 2], priority=1))
            out.append(up("an outline 5,000 levels deep", cf.deep_outline_xml(x, 5000), priority=1))
        out.append(up("a JSON network", net, "plan.json", "application/json"))
        ns = 'xmlns="http://schemas.microsoft.com/project"'
        out.append(up("XML 50,000 deep", (f"<?xml version=\"1.0\"?><Project {ns}>" + "<Tasks>" * 50000 + "</Tasks>" * 50000 + "</Project>").encode(), priority=1))
        out.append(up("XML with DOCTYPE and entities", ('<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa">'
                                                        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/hostname">]>'
                                                        f"<Project {ns}><Name>&b;&x;</Name></Project>").encode(), priority=1))
        out.append(up("an empty file", b""))
        out.append(up("no file part", None))
        out.append(up("not XML nor JSON", b"\x00\x01 not a plan", "plan.bin", "application/octet-stream", priority=1))
        out.append(up("UTF-16 XML", ('<?xml version="1.0" encoding="UTF-16"?>' + f"<Project {ns}><Name>x</Name></Project>").encode("utf-16"), priority=2))
        out.append(up("a filename with NUL and 10k characters", net, "a\u0000" + "b" * 10000 + ".json", "application/json", priority=2))
        out.append(up("two file parts", net, extra=[("file", b"<Project/>", "first.xml", "application/xml")], priority=2))
        for net_label, start in (("start 9999-12-31", "9999-12-31T08:00"), ("start 0001-01-01", "0001-01-01T08:00"), ("start 2199-12-31", "2199-12-31T08:00")):
            body = cf.dump({"name": f"edge {net_label}", "project_start": start, "tasks": [{"id": "1", "name": "A", "duration": "400d",
                            "estimate": {"optimistic": "2d", "most_likely": "3d", "pessimistic": "9d"}}], "links": []})
            out.append(up(f"a JSON network, {net_label}", body, "plan.json", "application/json", priority=1))
        b = "----keelfuzz7MA4YWxkTrZu0gW"
        token = f'--{b}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n{csrf}\r\n'.encode()
        for label, body, ctype in [
            ("multipart without a boundary parameter", token, "multipart/form-data"),
            ("boundary of 71 characters", token.replace(b.encode(), b"b" * 71), "multipart/form-data; boundary=" + "b" * 71),
            ("unterminated multipart", token + f'--{b}\r\nContent-Disposition: form-data; name="file"; filename="p.xml"\r\n\r\n<Proj'.encode(),
             f"multipart/form-data; boundary={b}"),
            ("a part without headers", token + f"--{b}\r\n\r\nxyz\r\n--{b}--\r\n".encode(), f"multipart/form-data; boundary={b}"),
            ("10,000 parts", token + b"".join(f'--{b}\r\nContent-Disposition: form-data; name="p{i}"\r\n\r\n1\r\n'.encode() for i in range(10000)) + f"--{b}--\r\n".encode(),
             f"multipart/form-data; boundary={b}"),
            ("the form url-encoded", encode_pairs([("_csrf", csrf), ("file", "x")]), FORM),
            ("a 65 MiB file, chunked", None, None),
        ]:
            if body is None:
                data = b"<" + b"x" * ((64 << 20) + 1024)
                body, ctype = multipart([("_csrf", csrf.encode(), None, None), ("file", data, "big.xml", "application/xml")])
                c = self.case(t, url, f"body: {label}", "admin", body=body, ctype=ctype, priority=2, keep_version=False)
                c.chunked = True
                out.append(c)
                continue
            out.append(self.case(t, url, f"body: {label}", "admin", body=body, ctype=ctype, priority=1, keep_version=False))
        return out

    def export_xml(self):
        try:
            r = self.st.call("GET", f"/api/v1/projects/{self.st.projects['demo']}/schedule.xml", self.st.admin)
            return r.body if r.status == 200 else None
        except Exception:
            return None


class PostCase(HCase):
    __slots__ = ("keep_version", "key")


def post_order(t):
    """Open routes, the account, the project's modules, user administration, deletes, sign-out, project deletion."""
    if t in ("/sign-in", "/setup", "/language"):
        return (0, t)
    if t.startswith("/account"):
        return (1, t)
    if t == "/projects/{projectID}/delete":
        return (9, t)
    if t == "/sign-out":
        return (8, t)
    if t.endswith("/delete"):
        return (7, t)
    if t.startswith("/admin/"):
        return (6, t)
    if t.endswith("/tasks/bulk") or t.endswith("/schedule/import"):
        return (4, t)
    if t.endswith("/approve") or t.endswith("/reject"):
        return (5, t)    # after what submits (budgets, the week grid)
    return (3, t)


def group_of(t):
    m = re.match(r"^/projects/{projectID}/([^/]+)", t)
    return m.group(1) if m else t


# --------------------------------------------------------------------------------------------


def run_html(keel=None, budget=HTML_BUDGET, seconds_left=None):
    """The HTML part on its own server. Returns (passed, failed, fuzzer)."""
    keel = keel or cf.KEEL
    routes = web_routes(keel)
    workdir = tempfile.mkdtemp(prefix="keel-html-fuzz-")
    server = cf.Server(keel, workdir)
    fz = HtmlFuzzer(server, routes)
    t0 = time.time()
    print(f"\nhtml fuzz: {keel}\n  seed {cf.SEED}, budget {budget}, {len(routes)} routes without /api/ from keel routes "
          f"({sum(1 for m, _ in routes if m == 'GET')} GET, {sum(1 for m, _ in routes if m == 'POST')} POST), "
          f"database {server.url}, log {server.log_path}", flush=True)
    try:
        try:
            server.start()
            fz.setup()
            server.snapshot()
            fz.collect()
        except (cf.StartFailed, cf.SetupError, OSError, KeyError) as e:
            print(f"FATAL: html set-up failed: {e}\n---- server log tail ----\n" + "\n".join(server.log_since(0).splitlines()[-40:]))
            fz.failures.append({"method": "-", "path": "(set-up)", "url": "", "note": "html set-up", "body": "", "status": "crash",
                                "response": str(e), "log": "", "auth": "", "headers": ""})
            return fz.passed, len(fz.failures), fz
        # 1. Pages.
        gets = fz.get_cases()
        get_budget = int(budget * 0.25)
        gets = fz.trim(gets, get_budget)
        for c in gets:
            fz.run(c)
        qs = fz.trim(fz.query_cases(), max(0, int(budget * 0.35) - fz.sent))
        for c in qs:
            fz.run(c)
        print(f"  … pages: {fz.sent} sent, {len(fz.failures)} failures, {time.time() - t0:.0f} s; forms found for "
              f"{len(fz.forms)} POST routes, inline edits for {len(fz.inline)}", flush=True)
        # 2. Form posts, route by route; every page of the project read back when the group changes.
        posts = sorted((t for m, t in routes if m == "POST" and (not cf.ONLY or cf.ONLY in t)), key=post_order)
        group, wrote_group = None, False
        last_report = time.time()
        for i, t in enumerate(posts):
            if fz.gave_up:
                break
            g = group_of(t)
            if g != group and wrote_group and group is not None:
                fz.readback("demo", f"read-back after the {group} routes")
                wrote_group = False
            group = g
            # Each group of routes ends with a read-back of every page of the project (about 30 requests).
            reserve = 30 * len({group_of(x) for x in posts[i:]})
            share = max(12, (budget - fz.sent - reserve) // max(1, len(posts) - i))
            _, wrote = fz.post_route(t, share)
            wrote_group = wrote_group or wrote
            if t.endswith("/schedule/import") and wrote:
                fz.readback("import", "read-back after the imports")
            if time.time() - last_report > 20:
                last_report = time.time()
                print(f"  … {fz.sent} sent, {len(fz.failures)} failures, {time.time() - t0:.0f} s", flush=True)
        if not fz.gave_up:
            fz.readback("demo", "final read-back")
    finally:
        server.stop()
    fz.elapsed = time.time() - t0
    return fz.passed, len(fz.failures), fz


def pages_after_api(server, st, keel_routes=None):
    """Every page of the demo and the scratch projects, read with the administrator's token on the API
    fuzz's own server after it ran: the data the API stored must not break a page."""
    routes = keel_routes or web_routes()
    fz = HtmlFuzzer(server, routes)
    fz.st = st
    fz.sessions["admin"] = Session("admin", "", "", bearer=st.admin)
    fz.sessions["victim"] = fz.sessions["admin"]
    fz.sessions["anonymous"] = Session("anonymous", "", "")
    try:
        # The projects left (the API part deletes one of its scratch projects), the demo first.
        items = (st.get_json("/api/v1/projects?per_page=200") or {}).get("items", [])
        order = {"ECOM-2027": 0, "FUZZ-IMPORT": 1, "FUZZ-EMPTY": 2}
        items = sorted(items, key=lambda p: (order.get(p["code"], 3), p["code"]))[:5]
        st.projects = {("demo" if p["code"] == "ECOM-2027" else p["code"]): p["id"] for p in items}
        st.ids = {k: st.collect_project(pid) for k, pid in st.projects.items()}
    except Exception as e:     # the API part may have left the server dead
        print(f"  pages after the API fuzz: skipped ({type(e).__name__}: {e})")
        return fz
    def no_restart(backtrace=True):       # no snapshot of this database: report and stop
        fz.gave_up = True
        return False
    fz.restart = no_restart
    for method, t in routes:
        if method != "GET" or t.startswith("/static") or fz.gave_up:
            continue
        for key in list(st.projects) if "{projectID}" in t else ("demo",):
            for k in range(2 if re.search(r"{(?!projectID)\w+}", t) else 1):
                b = fz.binding(t, key, k)
                fz.run(HCase("GET", t, fz.fill(t, b), f"after the API fuzz ({key} project)", "admin"))
    return fz


def report(fz):
    print(f"\n==== html fuzz: {fz.sent} requests in {getattr(fz, 'elapsed', 0):.0f} s, {fz.restarts} restarts; server log {fz.server.log_path}")
    cf.report_failures(fz)
    report_rest(fz)


def report_rest(fz):
    if fz.slow:
        print(f"\n==== {len(fz.slow)} answers took {cf.SLOW_SECONDS} s or more (not counted as failures)")
        for f in sorted(fz.slow, key=lambda f: -f["seconds"])[:10]:
            print(f"   - {f['seconds']} s  {f['method']} {f['url'][:120]}  [{f['note'][:80]}]")
    if fz.unanswered:
        print(f"\n==== {len(fz.unanswered)} requests got no answer while the server stayed up (not counted as failures)")
        for f in fz.unanswered[:10]:
            print(f"   - {f['method']} {f['path']}  {f['note']}: {f['response'][:120]}")
    if fz.nul_not_400:
        print(f"\n==== {len(fz.nul_not_400)} addresses with %00 were not answered 400 (not counted as failures)")
        for line in fz.nul_not_400[:8]:
            print(f"   - {line}")
    print("\n==== slowest routes (seconds in all): " + "; ".join(f"{k} {v:.0f}" for k, v in fz.seconds.most_common(6)))
    print("==== answers below 500: " + ", ".join(f"{k}×{v}" for k, v in sorted(fz.statuses.items())))
    never = [f"{m} {t}" for m, t in fz.routes if fz.answered[(m, t)] and not fz.ok_routes[(m, t)]
             and not t.startswith("/static") and t not in ("/setup",)]
    if never:
        print(f"==== {len(never)} routes never answered below 400 to a signed-in user (their form or ids may not fit):")
        for n in never:
            print(f"   {n}")
    unsent = [f"{m} {t}" for m, t in fz.routes if not fz.answered[(m, t)] and not (cf.ONLY and cf.ONLY not in t)]
    if unsent and not fz.gave_up:
        print(f"==== {len(unsent)} routes of the table got no answer below 500 at all: " + ", ".join(unsent))
    if fz.not_found_real:
        print(f"==== {len(fz.not_found_real)} routes of the table answered 404/405 with real ids or their page's own form:")
        for line in sorted(fz.not_found_real):
            print(f"   {line}")
    if fz.skipped:
        print(f"==== {fz.skipped} generated form posts left out (the route's share of KEEL_FUZZ_HTML_BUDGET was spent)")
    if fz.unknown_actions:
        print(f"==== {len(fz.unknown_actions)} form actions and links that match no route of the table: "
              + ", ".join(sorted(fz.unknown_actions)[:20]))


def main():
    if not os.access(cf.KEEL, os.X_OK):
        print(f"no keel binary at {cf.KEEL} (build it with `swift build --product keel`)")
        return 2
    passed, failed, fz = run_html(cf.KEEL, HTML_BUDGET)
    report(fz)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
