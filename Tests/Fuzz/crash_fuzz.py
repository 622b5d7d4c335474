#!/usr/bin/env python3
"""Crash fuzz of Keel's JSON API: every route of the OpenAPI document, with boundary values.

Starts `keel serve --demo` on a temporary SQLite database (or on KEEL_FUZZ_DATABASE_URL, e.g. a
PostgreSQL URL) on a free port, signs in as the demo administrator and as the demo viewer
(li.wei@demo.keel) and creates an API token for each, adds scratch projects (one left empty, one
for imports) and a victim user and token (for the routes that change or remove them), collects
real ids from the demo, then sends every path x method of the OpenAPI document a bounded number of
requests: path parameters real / nonexistent / garbage (date boundaries for dates), query
parameters at and past the date range and other boundaries, JSON bodies built from the request
schema ("mostly valid", then one field at a time mutated to a boundary value: dates, decimal
strings, huge numbers, integers, long/NUL/lone-surrogate/RTL strings, 10k-item arrays, 10k-deep
nesting, wrong types, null), If-Match variants, raw-body oddities (not JSON, invalid UTF-8,
UTF-16, over the body limit with and without chunking, empty), MS Project XML imports (50,000
deep, DOCTYPE, UTF-16, 200,000 siblings, 50,000 outline levels, mutated exports) and edge plans
(no tasks, one milestone, zero estimates, 5,000 levels) each followed by what reads or simulates them.

Requests run route by route (reads, then writes, imports, deletes); after a route's writes succeed,
the project's computed views (schedule, earned value, cash flow, health, …) are read back, so data
that was stored fine but breaks a later read is found too.

Then, on the same server, every page of the projects is read once with the administrator's token (what
the API stored must not break a page), and Tests/Fuzz/html_fuzz.py fuzzes the HTML side (pages and form
posts, on a server of its own; see its docstring).

A request fails when the answer is 5xx, or when the server process dies or hangs (/healthz silent
for KEEL_FUZZ_HANG_SECONDS). On a crash the server log tail is printed, the server is restarted
from a snapshot of the freshly set-up database and the cause is isolated: the request alone on a
fresh database, else each write since the last clean read-back replayed before it. At the end the
failures are grouped by (method, path, status) and the last line is "N passed, N failed" for both parts
(passed: answered below 500; failed: 5xx and crashes). Exit status 1 on any failure.

Usage: python3 Tests/Fuzz/crash_fuzz.py [path/to/keel]      (default .build/debug/keel)

Environment:
  KEEL_FUZZ_SEED            random seed (default 20270101); the requests are the same for a seed
  KEEL_FUZZ_BUDGET          most requests of the API part (default 5000, about 2 minutes on SQLite with a
                            debug build on 2 cores; read-backs included, isolation replays not)
  KEEL_FUZZ_HTML_BUDGET     most requests of the HTML part (default 3600, about 1 minute; see html_fuzz.py)
  KEEL_FUZZ_PARTS           which parts run: "api,html" (default), "api" or "html"
  KEEL_FUZZ_DATABASE_URL    database to serve instead of a temporary SQLite file (not reset on restart)
  KEEL_FUZZ_TIMEOUT         seconds to wait for one answer (default 30)
  KEEL_FUZZ_HANG_SECONDS    then seconds /healthz may stay silent before it is a hang (default 60)
  KEEL_FUZZ_MAX_RESTARTS    restarts after crashes before giving up (default 30)
  KEEL_FUZZ_MAX_ISOLATIONS  crashes whose cause is isolated by replaying (default 12)
  KEEL_FUZZ_CRASHES_PER_OP  crashes of one method+path after which its generated mutations are skipped
                            (default 2; the hand-written cases of that route still run)
  KEEL_FUZZ_ONLY            only paths containing this text (for reproducing a finding)
  KEEL_FUZZ_VERBOSE=1       print every request and its status
Standard library only (Python 3.11).
"""
import collections
import datetime
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KEEL = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "keel")
SEED = int(os.environ.get("KEEL_FUZZ_SEED", "20270101"))
BUDGET = int(os.environ.get("KEEL_FUZZ_BUDGET", "5000"))
DB_URL = os.environ.get("KEEL_FUZZ_DATABASE_URL") or None
TIMEOUT = float(os.environ.get("KEEL_FUZZ_TIMEOUT", "30"))
MAX_RESTARTS = int(os.environ.get("KEEL_FUZZ_MAX_RESTARTS", "30"))
CRASHES_PER_OP = int(os.environ.get("KEEL_FUZZ_CRASHES_PER_OP", "2"))
MAX_ISOLATIONS = int(os.environ.get("KEEL_FUZZ_MAX_ISOLATIONS", "12"))
MAX_SUSPECTS = 80
HANG_SECONDS = float(os.environ.get("KEEL_FUZZ_HANG_SECONDS", "60"))
SLOW_SECONDS = 5
ONLY = os.environ.get("KEEL_FUZZ_ONLY") or None
VERBOSE = os.environ.get("KEEL_FUZZ_VERBOSE") == "1"
PARTS = {p.strip() for p in (os.environ.get("KEEL_FUZZ_PARTS") or "api,html").split(",") if p.strip()}

ADMIN_EMAIL, VIEWER_EMAIL, DEMO_PASSWORD = "admin@demo.keel", "li.wei@demo.keel", "keel-demo-2027"
VICTIM_EMAIL, VICTIM_PASSWORD = "fuzz.victim@example.com", "Fuzz-Victim-Passw0rd-2027"
TODAY = datetime.datetime.now(datetime.timezone.utc).date()
NONEXISTENT = "5f1d7a3e-0c4b-4e8e-9a51-00000000f022"   # well-formed, never issued


def day(offset=0):
    return (TODAY + datetime.timedelta(days=offset)).isoformat()


# --------------------------------------------------------------------------------------------
# Boundary values


class Gen:
    """A value made when the request is built (it needs the server's ids)."""

    def __init__(self, label, fn):
        self.label, self.fn = label, fn

    def __call__(self, c):
        return self.fn(c)

    def __repr__(self):
        return self.label


class Raw:
    """JSON text inserted verbatim (numbers JSON can write but Python cannot, deep nesting)."""

    def __init__(self, text, label=None):
        self.text = text
        self.label = label or (text if len(text) < 40 else f"{text[:20]}…({len(text)} chars)")

    def __repr__(self):
        return f"Raw({self.label})"


DEEP_ARRAY = Raw("[" * 10000 + "]" * 10000, "10k-deep [[[…]]]")
DEEP_OBJECT = Raw('{"a":' * 10000 + "1" + "}" * 10000, '10k-deep {"a":{"a":…}}')

DATES = ["1900-01-01", "2199-12-31", "1899-12-31", "2200-01-01", "0001-01-01", "9999-12-31", "2026-02-30", ""]
DATE_EXTRA = ["2026-02-29", "2028-02-29", "2026-13-01", "2026-00-10", "+2026-01-01", "-0001-01-01",
              "10000-01-01", "2026-1-1", "20260101", "2026-01-01T00:00"]
DATETIMES = DATES + ["9999-12-31T23:59", "0001-01-01T00:00", "2199-12-31T23:59", "2200-01-01T00:00",
                     "2026-01-01T24:00", "2026-01-01T23:60", "2026-03-01T08:00:00Z", "2026-03-01T08:00+08:00"]
DURATIONS = ["0d", "-1d", "0", "99999999999999999999d", "1e309d", "9223372036854775807m", "2147483648h",
             "0.0000001d", "2ed", "-2ed", "50%", "-50%", "101%", "1e3%", "999999mo", "NaNd", "infd", "",
             "d", "3 d", "3D", "1.5.5d"]
AMOUNT_STRINGS = ["0", "-1", "1,5", "1e309", "99999999999999999999", "9223372036854775807", "0.0000001", "-0",
                  "92233720368547758.08", "-92233720368547758.09", "NaN", "Infinity", " 1", "1 000", "0x10",
                  "１２３", ""]
AMOUNT_NUMBERS = [1e308, -1e308, 99999999999999999999, 9223372036854775807, -9223372036854775809, 1e-7, 0.1,
                  Raw("1e309"), Raw("-1e309"), Raw("-0"), Raw("1E-400")]
INTEGERS = [0, -1, 2 ** 31, 2 ** 63, -2 ** 63 - 1, 2 ** 31 - 1, 2 ** 63 - 1, -2 ** 63, 1.5, Raw("1e309"),
            10 ** 30, "1"]
NUMBERS = [0, -1, 1e308, -1e308, Raw("1e309"), Raw("-1e309"), 2 ** 63, -2 ** 63 - 1, 5e-324, Raw("-0"), "1"]
LONG = "x" * 100_000
STRINGS = ["", LONG, "\u0000", "\ud800", "a\udfffb", "\u202e\u0645\u0631\u062d\u0628\u0627 \U0001F468\u200D\U0001F469\u200D\U0001F467 \u05E9\u05DC\u05D5\u05DD",
           " ", "a\nb\r\nc", "%00%s%n{0}", "../../../../etc/passwd", "'; DROP TABLE projects; --", "\ufeff\u200b",
           "\U0010FFFF" * 1000]
PERIODS = ["9999-12", "0001-01", "1899-12", "2200-01", "2026-13", "2026-00", "2026-1", "", "99999-01"]
TIMERANGES = ["00:00-24:00", "23:59-00:00", "25:00-26:00", "09:00-09:00", "17:00-09:00", "99:99-99:99",
              "00:00-00:01", "-1:00-01:00", "08:00-12:00"]
PATH_GARBAGE = [("enc", ""), ("enc", " "), ("enc", "x" * 10000), ("raw", "%00"), ("raw", "a%00b"),
                ("enc", "\u202e\U0001F4A3\u0645"), ("raw", ".."), ("raw", "..%2F..%2F"), ("enc", "-1"), ("enc", "0"),
                ("enc", "9223372036854775808"), ("enc", "00000000-0000-0000-0000-000000000000"),
                ("raw", "%ZZ"), ("raw", "%"), ("enc", "null"), ("enc", "{projectID}"), ("enc", "1e309"),
                ("raw", "%C0%AF"), ("raw", "%FF%FE")]
PATH_DATES = DATES + ["2026-02-29", "-1", "99999-01-01"]
IF_MATCH_ODD = ['"-1"', '"9223372036854775807"', '"9223372036854775808"', 'W/"0"', '""', "abc", '"1", "2"', '"0"']
ACCEPT_LANGUAGES = ["en", "zh-CN", "zh-CN,zh;q=0.9,en;q=0.8", "de-DE", "*", "en;q=abc,,,;", "x" * 300, ""]
BAD_AUTH = ["Bearer keel_" + "A" * 10000, "Bearer keel_", "Bearer " + NONEXISTENT, "Basic YWRtaW46YWRtaW4=",
            "Bearer keel_\u00e9\u00ff", "bearer", "Bearer  keel_x keel_y"]


PRIORITY_RE = re.compile(r"= ('?(9999-12-31|0001-01-01|2200-01-01|1899-12-31|2199-12-31|1900-01-01|0|-1|-0|1e309|"
                         r"9223372036854775807|99999999999999999999|0\.0000001|2147483648|9223372036854775808|"
                         r"-9223372036854775809|1,5)'?|1E-400)$|=(9999-12-31|0001-01-01|2200-01-01|1899-12-31)")


def dump(obj):
    """JSON bytes; Raw values are inserted verbatim."""
    raws = []

    def conv(o):
        if isinstance(o, Raw):
            raws.append(o.text)
            return f"@@RAW{len(raws) - 1}@@"
        if isinstance(o, dict):
            return {k: conv(v) for k, v in o.items()}
        if isinstance(o, list):
            return [conv(v) for v in o]
        return o

    text = json.dumps(conv(obj))
    for i, r in enumerate(raws):
        text = text.replace(f'"@@RAW{i}@@"', r, 1)
    return text.encode("utf-8", "surrogatepass")


def short(v, n=80):
    if isinstance(v, (Raw, Gen)):
        return v.label
    if isinstance(v, str) and len(v) > n:
        return repr(v[:30]) + f"…({len(v)} chars)"
    if isinstance(v, list) and len(v) > 5:
        return f"[{short(v[0], 40)}, …({len(v)} items)]"
    r = repr(v)
    return r if len(r) <= n else r[:n] + "…"


# --------------------------------------------------------------------------------------------
# The OpenAPI document

METHODS = ("get", "post", "put", "patch", "delete")


class Op:
    def __init__(self, doc, path, method, spec):
        self.path, self.method, self.spec = path, method.upper(), spec
        params = list(doc["paths"][path].get("parameters", [])) + list(spec.get("parameters", []))
        params = [resolve(doc, p) for p in params]
        self.path_params = re.findall(r"{(\w+)}", path)
        self.path_schemas = {p["name"]: p.get("schema", {}) for p in params if p.get("in") == "path"}
        self.query = [(p["name"], p.get("schema", {})) for p in params if p.get("in") == "query"]
        headers = {p["name"].lower() for p in params if p.get("in") == "header"}
        self.if_match = "if-match" in headers
        self.idempotency = "idempotency-key" in headers
        content = (spec.get("requestBody") or {}).get("content", {})
        self.content_types = list(content)
        self.body_name, self.body_schema = None, None
        if "application/json" in content:
            s = content["application/json"].get("schema", {})
            self.body_name = s["$ref"].split("/")[-1] if "$ref" in s else f"{self.method} {path}"
            self.body_schema = resolve(doc, s)
            if path.endswith("/schedule/import"):
                self.body_name, self.body_schema = "ImportNetwork", NETWORK_SCHEMA

    def __repr__(self):
        return f"{self.method} {self.path}"


def resolve(doc, s, depth=0):
    """The schema with every $ref replaced (the document has no recursive schemas)."""
    if depth > 30:
        return s
    if isinstance(s, dict):
        if "$ref" in s:
            target = doc
            for part in s["$ref"].lstrip("#/").split("/"):
                target = target[part]
            return resolve(doc, target, depth + 1)
        return {k: resolve(doc, v, depth + 1) for k, v in s.items()}
    if isinstance(s, list):
        return [resolve(doc, v, depth + 1) for v in s]
    return s


DT = {"type": ["string", "null"], "description": "Local date-time YYYY-MM-DDTHH:MM"}
DUR = {"type": ["string", "null"], "description": "Working time as people type it"}
HOURS = {"type": "array", "items": {"type": "string", "pattern": "^\\d\\d:\\d\\d-\\d\\d:\\d\\d$"}}
# docs/scheduling.md "The network file": the JSON body of POST …/schedule/import.
NETWORK_SCHEMA = {"type": "object", "properties": {
    "name": {"type": "string"}, "project_start": DT, "status_date": DT,
    "minutes_per_day": {"type": "integer", "minimum": 60, "maximum": 1440}, "critical_threshold": DUR,
    "project_calendar": {"type": "string"},
    "calendars": {"type": "array", "items": {"type": "object", "properties": {
        "name": {"type": "string"},
        "week": {"type": "object", "properties": {d: HOURS for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}},
        "exceptions": {"type": "array", "items": {"type": "object", "properties": {
            "name": {"type": "string"}, "from": {"type": "string", "format": "date"},
            "to": {"type": "string", "format": "date"}, "hours": HOURS}}}}}},
    "tasks": {"type": "array", "items": {"type": "object", "properties": {
        "id": {"type": "string"}, "name": {"type": "string"}, "duration": DUR, "parent": {"type": ["string", "null"]},
        "milestone": {"type": "boolean"}, "calendar": {"type": ["string", "null"]},
        "constraint": {"type": "string", "enum": ["asap", "alap", "mso", "mfo", "snet", "snlt", "fnet", "fnlt"]},
        "constraint_date": DT, "deadline": DT, "actual_start": DT, "actual_finish": DT,
        "percent_complete": {"type": "integer", "minimum": 0, "maximum": 100}, "remaining": DUR,
        "priority": {"type": "integer"},
        "estimate": {"type": "object", "properties": {"optimistic": DUR, "most_likely": DUR, "pessimistic": DUR}}}}},
    "links": {"type": "array", "items": {"type": "object", "properties": {
        "from": {"type": "string"}, "to": {"type": "string"},
        "type": {"type": "string", "enum": ["FS", "SS", "FF", "SF"]}, "lag": DUR}}}}}


def types_of(s):
    t = s.get("type")
    if isinstance(t, list):
        return set(t)
    return {t} if t else set()


MONEY_NAMES = {"amount", "cost", "max_amount", "tolerance_percent", "up_to", "chance", "coefficient", "share_percent",
               "hours", "rate", "hourly_rate", "weight_percent", "opening_balance", "threshold", "budget_amount",
               "contingency_reserve", "management_reserve", "cost_low", "cost_mode", "cost_high", "estimate_low",
               "estimate_most_likely", "estimate_high"}
DATETIME_NAMES = {"project_start", "status_date", "constraint_date", "deadline"}


def kind_of(name, s):
    t, desc, pat = types_of(s), s.get("description", ""), s.get("pattern", "")
    if "enum" in s:
        return "enum"
    if "array" in t and "string" not in t:
        return "array"
    if "object" in t and "string" not in t:
        return "object"
    if s.get("format") == "date":
        return "date"
    if s.get("format") == "uuid" or (name.endswith("_id") and "string" in t):
        return "uuid"
    if "date-time" in desc or "YYYY-MM-DDTHH:MM" in desc or (name in DATETIME_NAMES and "string" in t):
        return "datetime"
    if "Working time" in desc or name in ("lag", "duration", "remaining") or name.startswith("delay_") \
            or (name in ("optimistic", "most_likely", "pessimistic")):
        return "duration"
    if pat == "^[0-9]{4}-[0-9]{2}$":
        return "period"
    if "\\d\\d:\\d\\d" in pat:
        return "timerange"
    if "[0-9]" in pat or {"string", "number"} <= t or name in MONEY_NAMES:
        return "amount"
    if "oneOf" in s:
        return "oneof"
    for k in ("integer", "number", "boolean", "array", "object", "string"):
        if k in t:
            return k
    return "string"


def boundary_values(name, s, kind, rng):
    """(value) list for one field: boundaries of its kind, wrong types, null."""
    if kind == "date":
        return DATES + DATE_EXTRA + [20260101, None, True]
    if kind == "datetime":
        return DATETIMES + [None, 1]
    if kind == "duration":
        return DURATIONS + [None, 3, 1e308]
    if kind == "period":
        return PERIODS + [None, 202601]
    if kind == "timerange":
        return TIMERANGES + [None, 9]
    if kind == "amount":
        return AMOUNT_STRINGS + AMOUNT_NUMBERS + [None, True, []]
    if kind == "enum":
        vals = [v for v in s["enum"] if v is not None]
        return vals + ["NOT_AN_ENUM", str(vals[0]).upper() if vals else "X", "", None, 1, LONG]
    if kind == "uuid":
        return [NONEXISTENT, "not-a-uuid", "", "00000000-0000-0000-0000-000000000000",
                Gen("another project's id", lambda c: c.other_project_id()),
                Gen("a real id in upper case", lambda c: c.real_id_for(name).upper()), None, 1, LONG]
    if kind == "integer":
        vals = list(INTEGERS) + [None, True]
        for b in ("minimum", "maximum"):
            if b in s:
                if name == "iterations" and b == "maximum":
                    vals.append(s[b] + 1)   # the maximum itself takes minutes in a debug build
                else:
                    vals += [s[b], s[b] - 1 if b == "minimum" else s[b] + 1]
        return vals
    if kind == "number":
        return NUMBERS + [None, True, []]
    if kind == "boolean":
        return [None, "true", 0, 1, True, False, []]
    if kind == "array":
        return [[], many(name, s), None, "x", {}, DEEP_ARRAY]
    if kind == "object":
        return [None, [], "x", {}, {"unknown_field": 1}, DEEP_OBJECT]
    if kind == "oneof":
        arr = next((a for a in s["oneOf"] if "array" in types_of(a)), None)
        return ["", LONG, [], None, 1, "2027-01 50000; 9999-12 1e309; 2027-13 -1; 0001-01 1", DEEP_ARRAY] + (
            [many(name, arr)] if arr else [])
    return STRINGS + [None, 1, []]


def many(name, s):
    """10,000 copies of a valid item."""
    item = s.get("items") or {"type": "string"}
    return Gen("10,000 valid items", lambda c: [valid_value(name, item, c, True)] * 10000)


def field_paths(schema, prefix=(), depth=0):
    """(path, schema) of every field, array items' and nested objects' fields included."""
    for name, ps in (schema.get("properties") or {}).items():
        yield prefix + (name,), ps
        if depth >= 2:
            continue
        alts = [ps] + list(ps.get("oneOf", []))
        for alt in alts:
            if "array" in types_of(alt) and (alt.get("items") or {}).get("properties"):
                yield from field_paths(alt["items"], prefix + (name, 0), depth + 1)
                break
            if "object" in types_of(alt) and alt.get("properties"):
                yield from field_paths(alt, prefix + (name,), depth + 1)
                break


# --------------------------------------------------------------------------------------------
# HTTP


class Resp:
    def __init__(self, status, headers, body):
        self.status, self.header_list, self.body = status, headers, body
        self.headers = {k.lower(): v for k, v in headers}

    def json(self):
        try:
            return json.loads(self.body)
        except ValueError:
            return None


def http_request(port, method, url, headers, body=None, timeout=TIMEOUT, chunked=False):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.putrequest(method, url, skip_host=True, skip_accept_encoding=True)
        for k, v in headers:
            conn.putheader(k, v)
        if body is not None:
            if chunked:
                conn.putheader("Transfer-Encoding", "chunked")
            else:
                conn.putheader("Content-Length", str(len(body)))
        conn.endheaders()
        send_error = None
        if body:
            try:
                if chunked:
                    for i in range(0, len(body), 65536):
                        part = body[i:i + 65536]
                        conn.sock.sendall(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                    conn.sock.sendall(b"0\r\n\r\n")
                else:
                    conn.sock.sendall(body)
            except (BrokenPipeError, ConnectionResetError) as e:
                send_error = e   # the server may have answered (413) before reading it all
        elif body is not None and chunked:
            conn.sock.sendall(b"0\r\n\r\n")
        try:
            r = conn.getresponse()
            data = r.read()
        except Exception:
            if send_error:
                raise send_error
            raise
        return Resp(r.status, r.getheaders(), data)
    finally:
        conn.close()


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


# --------------------------------------------------------------------------------------------
# The server


class StartFailed(Exception):
    pass


class Server:
    def __init__(self, keel, workdir):
        self.keel, self.workdir = keel, workdir
        self.log_path = os.path.join(workdir, "serve.log")
        open(self.log_path, "w").close()
        self.db_path = os.path.join(workdir, "keel.sqlite")
        self.pristine = os.path.join(workdir, "pristine")
        self.proc, self.port, self.instance_log_start, self.starts = None, None, 0, 0

    @property
    def url(self):
        return DB_URL or f"sqlite://{self.db_path}"

    def log_size(self):
        return os.path.getsize(self.log_path)

    def log_since(self, offset):
        with open(self.log_path, "rb") as f:
            f.seek(offset)
            return f.read().decode("utf-8", "replace")

    def start(self, backtrace=True):
        self.port = free_port()
        self.instance_log_start = self.log_size()
        self.starts += 1
        log = open(self.log_path, "ab")
        log.write(f"---- crash_fuzz: start #{self.starts} on port {self.port} ----\n".encode())
        log.flush()
        env = dict(os.environ, SWIFT_BACKTRACE="enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none"
                   if backtrace else "enable=no")
        self.proc = subprocess.Popen(
            [self.keel, "serve", "--port", str(self.port), "--demo", "--demo-language", "en", "--database-url", self.url],
            stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        log.close()
        deadline = time.time() + 300
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise StartFailed(f"keel serve exited with {self.proc.returncode} while starting")
            if self.healthy(1):
                return
            time.sleep(0.2)
        raise StartFailed("keel serve did not answer /healthz within 300 s")

    def healthy(self, timeout=3):
        try:
            return http_request(self.port, "GET", "/healthz", [("Host", "127.0.0.1")], timeout=timeout).status == 200
        except Exception:
            return False

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def wait_exit(self, seconds):
        try:
            self.proc.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            pass

    def stop(self):
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=20)
        self.proc = None

    def db_files(self, folder, base="keel.sqlite"):
        return [f for f in os.listdir(folder) if f.startswith(base)]

    def snapshot(self):
        """Keeps the freshly set-up database to restart from after a crash (SQLite only)."""
        if DB_URL:
            return
        self.stop()
        os.makedirs(self.pristine, exist_ok=True)
        for f in self.db_files(self.workdir):
            shutil.copy2(os.path.join(self.workdir, f), os.path.join(self.pristine, f))
        self.start()

    def restart(self, backtrace=True):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=20)
        self.proc = None
        if not DB_URL:
            for f in self.db_files(self.workdir):
                os.remove(os.path.join(self.workdir, f))
            for f in self.db_files(self.pristine):
                shutil.copy2(os.path.join(self.pristine, f), os.path.join(self.workdir, f))
        self.start(backtrace)


# --------------------------------------------------------------------------------------------
# Set-up: tokens, scratch projects, ids


class SetupError(Exception):
    pass


class State:
    """What the fuzzer knows about the running server's data."""

    def __init__(self, server):
        self.server = server
        self.admin = self.viewer = None
        self.victim_user_id = self.victim_token_id = None
        self.projects = {}      # key (demo, empty, import) -> project id
        self.ids = {}           # key -> {param or kind: [values]}
        self.versions = {}      # object id -> version, from every JSON answer seen
        self.created = set()    # ids of objects the run created
        self.currency = "CNY"

    def call(self, method, path, token=None, body=None, headers=(), cookie=None, ctype="application/json"):
        h = [("Host", f"127.0.0.1:{self.server.port}"), ("Accept", "application/json")] + list(headers)
        if token:
            h.append(("Authorization", "Bearer " + token))
        if cookie:
            h.append(("Cookie", cookie))
        data = None
        if body is not None:
            data = body if isinstance(body, bytes) else dump(body)
            h.append(("Content-Type", ctype))
        r = http_request(self.server.port, method, path, h, data)
        if r.status >= 500:
            raise SetupError(f"{method} {path} answered {r.status}: {r.body[:300]!r}")
        return r

    def get_json(self, path):
        r = self.call("GET", path, self.admin)
        if r.status != 200:
            return None
        data = r.json()
        self.note_versions(data)
        return data

    def note_versions(self, data, depth=0):
        if depth > 6:
            return
        if isinstance(data, dict):
            if isinstance(data.get("id"), str) and isinstance(data.get("version"), int):
                self.versions[data["id"]] = data["version"]
            for v in data.values():
                if isinstance(v, (dict, list)):
                    self.note_versions(v, depth + 1)
        elif isinstance(data, list):
            for v in data[:500]:
                self.note_versions(v, depth + 1)

    def sign_in(self, email):
        r = self.call("GET", "/sign-in")
        m = re.search(r'name="_csrf" value="([^"]+)"', r.body.decode("utf-8", "replace"))
        cookies = "; ".join(v.split(";")[0] for k, v in r.header_list if k.lower() == "set-cookie")
        if not m:
            raise SetupError(f"no CSRF token on /sign-in (status {r.status})")
        form = urllib.parse.urlencode({"_csrf": m.group(1), "email": email, "password": DEMO_PASSWORD, "next": "/projects"})
        r = self.call("POST", "/sign-in", body=form.encode(), cookie=cookies, ctype="application/x-www-form-urlencoded")
        session = [v.split(";")[0] for k, v in r.header_list if k.lower() == "set-cookie" and "session" in v.split("=")[0]]
        if r.status not in (302, 303) or not session:
            raise SetupError(f"sign-in as {email} failed: {r.status} {r.body[:200]!r}")
        r = self.call("POST", "/api/v1/tokens", body={"name": f"crash-fuzz {email}"}, cookie=session[0])
        if r.status != 201 or not (r.json() or {}).get("token"):
            raise SetupError(f"token for {email}: {r.status} {r.body[:200]!r}")
        return r.json()["token"]

    def setup(self):
        """Tokens, a victim user and token (for the routes that change or remove them), scratch projects."""
        self.admin = self.sign_in(ADMIN_EMAIL)
        self.viewer = self.sign_in(VIEWER_EMAIL)
        r = self.call("POST", "/api/v1/tokens", self.admin, {"name": "fuzz victim token"})
        self.victim_token_id = r.json()["id"]
        self.call("POST", "/api/v1/users", self.admin,
                  {"email": VICTIM_EMAIL, "display_name": "Fuzz Victim", "password": VICTIM_PASSWORD})
        projects = self.get_json("/api/v1/projects?per_page=200")["items"]
        codes = {p["code"]: p["id"] for p in projects}
        for code in ("FUZZ-EMPTY", "FUZZ-IMPORT"):
            if code not in codes:
                r = self.call("POST", "/api/v1/projects", self.admin, {"code": code, "name": f"Crash fuzz {code}", "currency": "CNY"})
                if r.status != 201:
                    raise SetupError(f"creating {code}: {r.status} {r.body[:300]!r}")
        demo = codes.get("ECOM-2027")
        if not demo:
            raise SetupError("the demo project ECOM-2027 is missing")
        self.call("POST", f"/api/v1/projects/{demo}/members", self.admin, {"email": VICTIM_EMAIL, "role": "viewer"})

    def collect(self):
        """Real ids of every kind the paths name, per project (after every (re)start)."""
        self.versions = {}
        self.created = set()
        projects = self.get_json("/api/v1/projects?per_page=200")["items"]
        codes = {p["code"]: p["id"] for p in projects}
        self.projects = {"demo": codes["ECOM-2027"], "empty": codes["FUZZ-EMPTY"], "import": codes["FUZZ-IMPORT"]}
        users = self.get_json("/api/v1/users") or {"items": []}
        self.victim_user_id = next((u["id"] for u in users["items"] if u["email"] == VICTIM_EMAIL), NONEXISTENT)
        tokens = self.get_json("/api/v1/tokens") or {"items": []}
        self.victim_token_id = next((t["id"] for t in tokens["items"] if t["name"] == "fuzz victim token"
                                     and not t.get("revoked_at")), self.victim_token_id)
        for key, pid in self.projects.items():
            self.ids[key] = self.collect_project(pid)
        demo = self.get_json(f"/api/v1/projects/{self.projects['demo']}")
        self.currency = (demo or {}).get("currency", "CNY")

    def collect_project(self, pid):
        base = f"/api/v1/projects/{pid}"
        ids = collections.defaultdict(list)
        pairs = collections.defaultdict(list)
        ids["projectID"] = [pid]

        def items(sub, key="items"):
            data = self.get_json(f"{base}/{sub}")
            return [x for x in (data or {}).get(key, []) if isinstance(x, dict)] if isinstance(data, dict) else []

        for param, sub, field in [("objectiveID", "objectives", "id"), ("stakeholderID", "stakeholders", "id"),
                                  ("phaseID", "phases", "id"), ("reviewID", "gate-reviews", "id"),
                                  ("riskID", "risks", "id"), ("runID", "simulation-runs", "id"),
                                  ("code", "cost-categories", "code"), ("accountID", "cost-accounts", "id"),
                                  ("budgetID", "budgets", "id"), ("timesheetID", "timesheets", "id"),
                                  ("inflowID", "cash-inflows", "id"), ("issueID", "issues", "id"),
                                  ("groupID", "correlation-groups", "id"), ("categoryID", "risk-categories", "id")]:
            rows = items(sub)
            ids[param] = [x[field] for x in rows if x.get(field)]
            if param == "accountID":
                ids["labour_accounts"] = [x["id"] for x in rows if x.get("category") == "labour"] or ids[param]
        ids["entryID"] = [x["id"] for x in items("ledger?limit=200") if not x.get("reversed_by") and not x.get("reverses")]
        members = items("members")
        ids["member_user_ids"] = [m["user_id"] for m in members]
        plan = self.get_json(f"{base}/schedule") or {}
        tasks = [t for t in plan.get("tasks") or [] if isinstance(t, dict)]
        parents = {t.get("parent_id") for t in tasks}
        ids["taskID"] = [t["id"] for t in tasks]
        ids["leaf_tasks"] = [t["id"] for t in tasks if t["id"] not in parents]
        ids["linkID"] = [x["id"] for x in plan.get("links") or []]
        ids["calendarID"] = [x["id"] for x in plan.get("calendars") or []]
        ids["number"] = [str(b["number"]) for b in plan.get("baselines") or []]
        for rid in ids["riskID"][:4]:
            pairs["actions"] += [(rid, a["id"]) for a in items(f"risks/{rid}/actions")]
        for oid in ids["objectiveID"][:4]:
            pairs["measurements"] += [(oid, m["id"]) for m in items(f"objectives/{oid}/measurements")]
        for bid in ids["budgetID"][:4]:
            b = self.get_json(f"{base}/budgets/{bid}") or {}
            pairs["lines"] += [(bid, ln["id"]) for ln in b.get("lines") or []]
        pairs["rates"] = [(x["currency"], x["effective_from"]) for x in items("exchange-rates")]
        pairs["cost_rates"] = [(x["user_id"], x["effective_from"]) for x in items("cost-rates")]
        ids["pairs"] = pairs
        return ids


# --------------------------------------------------------------------------------------------
# Valid ("mostly valid") bodies


class Ctx:
    """What a body needs at the moment it is built: real ids of the case's project, a random source."""

    def __init__(self, st, project, rng, uniq):
        self.st, self.rng, self.uniq = st, rng, uniq
        self.ids = st.ids.get(project) or st.ids.get("demo") or {}
        self.project = project

    def pick(self, kind, n=1):
        lst = self.ids.get(kind) or []
        if not lst:
            return [NONEXISTENT] * n if n > 1 else NONEXISTENT
        if n == 1:
            return self.rng.choice(lst)
        return self.rng.sample(lst, n) if len(lst) >= n else (lst * n)[:n]

    def other_project_id(self):
        return self.st.projects.get("empty") if self.project != "empty" else self.st.projects.get("demo")

    def real_id_for(self, name):
        v = self.id_for(name)
        return v if isinstance(v, str) else NONEXISTENT

    def id_for(self, name):
        if name in ("task_id", "predecessor_id", "successor_id", "before_id", "task_ids"):
            return self.pick("leaf_tasks")
        if name == "parent_id":
            return self.pick("taskID")
        if name in ("cost_account_id",):
            return self.pick("accountID")
        if name in ("calendar_id", "project_calendar_id"):
            return self.pick("calendarID")
        if name == "user_id":
            return self.pick("member_user_ids")
        if name == "copy_from":
            return self.pick("budgetID")
        if name == "subcategory_id":
            return self.pick("categoryID")
        return NONEXISTENT


def valid_value(name, s, c, full=True, prefer_array=False):
    alts = s.get("oneOf")
    if alts:
        pick = next((a for a in alts if "array" in types_of(a)), alts[0]) if prefer_array else alts[0]
        return valid_value(name, pick, c, full)
    if "default" in s and name not in ("iterations",):
        return s["default"]
    if "enum" in s:
        return next(v for v in s["enum"] if v is not None)
    kind = kind_of(name, s)
    t = types_of(s)
    if kind == "date":
        return day(7)
    if kind == "uuid":
        return c.id_for(name)
    if kind == "datetime":
        return day(14) + "T09:00"
    if kind == "duration":
        return {"delay_optimistic": "1d", "delay_most_likely": "2d", "delay_pessimistic": "4d", "optimistic": "2d",
                "estimate_optimistic": "2d", "pessimistic": "6d", "estimate_pessimistic": "6d", "lag": "1d",
                "critical_threshold": "0d"}.get(name, "3d")
    if kind == "period":
        return "2021-01"
    if kind == "timerange":
        return "09:00-17:00"
    if kind == "amount":
        return {"hours": "8", "rate": "7.1", "hourly_rate": "100", "tolerance_percent": "10", "share_percent": "50",
                "chance": "30", "coefficient": "0.5", "up_to": "50", "weight_percent": "50", "cost_low": "100",
                "cost_mode": "200", "cost_high": "400", "estimate_low": "100", "estimate_most_likely": "200",
                "estimate_high": "400", "threshold": "0"}.get(name, "1000.00")
    if kind == "integer":
        special = {"minutes_per_day": 480, "horizon_weeks": 12, "supplier_terms_days": 30, "terms_days": 30,
                   "priority": 500, "percent_complete": 50, "iterations": 200, "seed": 7, "position": 1,
                   "compared_baseline": 0, "schedule_days": 5, "level": 1}
        if name in special:
            return special[name]
        return s.get("minimum", 3 if s.get("maximum", 10) >= 3 else 1)
    if kind == "number":
        return {"target": 100, "red_threshold": 60, "amber_threshold": 80, "baseline": 50, "value": 70}.get(name, 1)
    if kind == "boolean":
        return False
    if kind == "array" or "array" in t:
        item = s.get("items") or {"type": "string"}
        n = max(1, s.get("minItems", 1))
        if kind_of(name, item) == "uuid" or item.get("format") == "uuid":
            return c.pick("leaf_tasks", n) if n > 1 else [c.pick("leaf_tasks")]
        return [valid_value(name, item, c, full) for _ in range(n)]
    if kind == "object" or "object" in t:
        return valid_object(s, c, full)
    if name == "email":
        return f"fuzz{c.uniq()}@example.com"
    if name == "password":
        return "Fuzz-Passw0rd-Keel-2027"
    if name == "currency":
        return c.st.currency
    if name == "time_zone":
        return "Asia/Shanghai"
    if name == "code":
        return f"FZ{c.uniq()}"
    return f"Fuzz {name}"


def valid_object(s, c, full):
    props = s.get("properties") or {}
    required = set(s.get("required") or [])
    return {k: valid_value(k, v, c, full) for k, v in props.items() if full or k in required}


def overrides(name, c):
    """Bodies that pass validation, so that a mutated field reaches the engines behind it."""
    u = c.uniq
    levels = [{"label": f"P{i}", "up_to": str(p)} for i, p in enumerate((10, 30, 50, 70, 100), 1)]
    impacts = [{"label": f"I{i}", "schedule_days": d, "cost": str(m)} for i, (d, m) in enumerate(
        ((1, 1000), (5, 10000), (10, 50000), (20, 100000), (40, 500000)), 1)]
    table = {
        "ProjectInput": lambda: {"code": f"FZ{u()}", "name": "Fuzz project", "currency": "CNY", "planned_start": day(0),
                                 "planned_finish": day(180), "budget_amount": "100000.00"},
        "ObjectiveInput": lambda: {"name": "Fuzz KPI", "target": 100, "direction": "higher_is_better",
                                   "red_threshold": 60, "amber_threshold": 80, "due_date": day(90)},
        "StakeholderInput": lambda: {"name": "Fuzz stakeholder", "kind": "customer", "influence": 3, "interest": 4},
        "PhaseInput": lambda: {"kind": "custom", "name": "Fuzz phase", "planned_start": day(0), "planned_finish": day(30)},
        "GateReviewInput": lambda: {"criteria": [{"text": "Fuzz", "met": True}], "decision": "go", "decider": "Fuzz",
                                    "decided_on": day(0)},
        "UserInput": lambda: {"email": f"fuzz{u()}@example.com", "display_name": "Fuzz", "password": "Fuzz-Passw0rd-Keel-2027"},
        "UserPatch": lambda: {"display_name": "Fuzz Victim"},
        "APITokenInput": lambda: {"name": f"fuzz {u()}", "expires_on": day(30)},
        "MemberInput": lambda: {"email": VICTIM_EMAIL, "role": "viewer"},
        "RoleInput": lambda: {"role": "viewer"},
        "TaskInput": lambda: {"name": "Fuzz task", "duration": "3d"},
        "TaskPatch": lambda: {},
        "TaskBulk": lambda: {"action": "move", "task_ids": [c.pick("leaf_tasks")], "before_id": c.pick("taskID")},
        "LinkInput": lambda: dict(zip(("predecessor_id", "successor_id"), c.pick("leaf_tasks", 2)), type="FS", lag="1d"),
        "CalendarInput": lambda: {"name": "Fuzz calendar", "template": "standard"},
        "SimulationInput": lambda: {"iterations": 200, "seed": 7, "distribution": "triangular", "deadline": day(200)},
        "RiskInput": lambda: {"title": "Fuzz risk", "kind": "threat", "category": "technical", "inherent_probability": 3,
                              "inherent_schedule": 3, "inherent_cost": 2, "raised_on": day(0)},
        "RiskActionInput": lambda: {"title": "Fuzz action", "due": day(14), "cost": "1000.00", "status": "open"},
        "CostCategoryInput": lambda: {"code": f"fz{u()}", "name": "Fuzz category"},
        "CostAccountInput": lambda: {"category": "material", "code": f"FZ-{u()}", "name": "Fuzz account",
                                     "task_id": c.pick("leaf_tasks")},
        "LedgerEntryInput": lambda: {"kind": "actual_cost", "date": day(0), "cost_account_id": c.pick("accountID"),
                                     "amount": "100.00", "counterparty": "Fuzz Co"},
        "ReversalInput": lambda: {"memo": "fuzz reversal", "date": day(0)},
        "ClosePeriodInput": lambda: {"period": "2021-01"},
        "ApprovalLevelsInput": lambda: {"levels": [{"max_amount": "100000.00", "role": "manager"},
                                                   {"max_amount": None, "role": "owner"}]},
        "BudgetVersionInput": lambda: {"name": "Fuzz budget", "contingency_reserve": "1000.00", "management_reserve": "500.00"},
        "BudgetLineInput": lambda: {"cost_account_id": c.pick("accountID"), "method": "even", "amount": "5000.00"},
        "DecisionInput": lambda: {"reason": "fuzz"},
        "EarnedValueMethodInput": lambda: {"method": "percent_complete"},
        "TimesheetInput": lambda: {"entries": [{"cost_account_id": c.pick("labour_accounts"), "day": day(0),
                                                "hours": "8", "note": "fuzz"}]},
        "TimesheetRejectInput": lambda: {"reason": "fuzz"},
        "CostRateInput": lambda: {"user_id": c.pick("member_user_ids"), "effective_from": day(0), "hourly_rate": "100"},
        "CashSettingsInput": lambda: {"opening_balance": "100000.00", "threshold": "0", "horizon_weeks": 12,
                                      "supplier_terms_days": 30},
        "CashInflowInput": lambda: {"name": "Fuzz inflow", "amount": "1000.00", "invoice_date": day(30), "terms_days": 30},
        "ExchangeRateInput": lambda: {"currency": "USD", "effective_from": day(0), "rate": "7.1"},
        "IssueInput": lambda: {"title": "Fuzz issue", "raised_on": day(0), "due": day(7), "priority": "medium"},
        "CorrelationGroupInput": lambda: {"name": f"Fuzz group {u()}", "coefficient": "0.5", "task_ids": c.pick("leaf_tasks", 2)},
        "RiskScalesInput": lambda: {"probability_levels": levels, "impact_levels": impacts,
                                    "score_method": "probability_times_worst_impact"},
        "KPIMeasurementInput": lambda: {"measured_on": day(0), "value": 70, "note": "fuzz"},
        "RiskCategoryInput": lambda: {"name": f"Fuzz sub {u()}", "root": "technical"},
        "PUT /api/v1/projects/{projectID}/cost-control/settings": lambda: {"control": "warn", "tolerance_percent": "10"},
        "PUT /api/v1/projects/{projectID}/baselines/{number}": lambda: {"name": "Fuzz baseline"},
        "ImportNetwork": lambda: {
            "name": "Fuzz network", "project_start": day(0) + "T08:00", "minutes_per_day": 480, "critical_threshold": "0d",
            "calendars": [{"name": "Standard", "week": {d: ["08:00-12:00", "13:00-17:00"] for d in ("mon", "tue", "wed", "thu", "fri")}
                           | {"sat": [], "sun": []},
                           "exceptions": [{"name": "Holiday", "from": day(30), "to": day(32)},
                                          {"name": "Make-up", "from": day(40), "hours": ["08:00-12:00"]}]}],
            "project_calendar": "Standard",
            "tasks": [{"id": "1", "name": "Design", "duration": "3d", "parent": None, "constraint": "asap",
                       "estimate": {"optimistic": "2d", "most_likely": "3d", "pessimistic": "6d"}},
                      {"id": "2", "name": "Build", "duration": "5d", "deadline": day(60) + "T17:00"},
                      {"id": "3", "name": "Done", "duration": "0d", "milestone": True}],
            "links": [{"from": "1", "to": "2", "type": "FS", "lag": "2d"}, {"from": "2", "to": "3", "type": "FS", "lag": "0d"}]},
    }
    f = table.get(name)
    return f() if f else None


def base_body(op, c, full=False):
    body = valid_object(op.body_schema, c, full)
    o = overrides(op.body_name, c)
    if o is not None:
        if op.method == "PATCH" and not full:
            # A change of one field: the rest of a creation body (codes, categories, tasks) would clash.
            o = {k: v for k, v in o.items() if k in ("name", "title", "levels", "probability_levels", "impact_levels", "entries")}
        body.update(o)
    if op.body_name == "ProjectPatch":
        body.pop("code", None)   # the demo keeps its code, so a restart on the same database finds it
    return body


def schema_at(schema, path):
    s = schema
    for p in path:
        if isinstance(p, int):
            alt = next((a for a in [s] + list(s.get("oneOf", [])) if "array" in types_of(a)), s)
            s = alt.get("items") or {}
        else:
            alt = next((a for a in [s] + list(s.get("oneOf", [])) if a.get("properties")), s)
            s = (alt.get("properties") or {}).get(p) or {}
    return s


def set_path(body, schema, path, value, c):
    cur, s = body, schema
    for i, p in enumerate(path[:-1]):
        nxt = path[i + 1]
        sub = schema_at(schema, path[:i + 1])
        have = cur[p] if isinstance(cur, dict) and p in cur else (cur[p] if isinstance(cur, list) and p < len(cur) else None)
        want_list = isinstance(nxt, int)
        if want_list and not (isinstance(have, list) and have):
            have = valid_value(str(p), sub, c, True, prefer_array=True)
            if not isinstance(have, list) or not have:
                have = [valid_value(str(p), sub.get("items") or {}, c, True)]
        elif not want_list and not isinstance(have, dict):
            have = valid_object(sub, c, True)
        if isinstance(cur, dict):
            cur[p] = have
        else:
            cur[p] = have
        cur = have
    last = path[-1]
    if isinstance(cur, list):
        cur[last] = value
    elif isinstance(cur, dict):
        cur[last] = value


# --------------------------------------------------------------------------------------------
# Cases


class Case:
    __slots__ = ("op", "idx", "auth", "project", "path_over", "query", "body", "if_match", "note", "core", "extra_headers", "priority",
                 "readback", "idem")

    def __init__(self, op, note, auth="admin", project="demo", path_over=None, query=None, body=("valid", False),
                 if_match="*", core=False, extra_headers=()):
        self.op, self.note, self.auth, self.project = op, note, auth, project
        self.path_over, self.query, self.body = path_over or {}, query, body
        self.if_match, self.core, self.extra_headers, self.idx = if_match, core, extra_headers, 0
        self.readback = None      # "more" or "last": a read of the project after a route's writes
        self.idem = None          # Idempotency-Key: None (sometimes, when the route takes one), False (never), or this key
        # 0: always sent; 1: the classic boundaries (dates past the range, zero, minus one, overflow), kept
        # unless the budget is tiny; 2: the rest, sampled.
        self.priority = 0 if core else (1 if PRIORITY_RE.search(note) else 2)


DATE_QUERY_NAMES = {"from", "to", "as_of", "status_date", "week", "before_date"}


def query_values(name, s):
    kind = "date" if s.get("format") == "date" or name in DATE_QUERY_NAMES else (
        "enum" if "enum" in s else ("integer" if "integer" in types_of(s) else "string"))
    if kind == "date":
        return kind, DATES + ["2026-02-29", "2028-02-29", "-0001-01-01", "99999-01-01", "2026-01-01T00:00", "today"]
    if kind == "integer":
        return kind, ["0", "-1", "2147483648", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
                      "1e309", "1.5", "abc", "", "00001", "+1", str(s.get("maximum", 1000) + 1)]
    if kind == "enum":
        return kind, [str(v) for v in s["enum"]] + ["NOT_AN_ENUM", ""]
    return kind, ["", "x" * 10000, "\u0000", "\u202e\U0001F4A3", "' OR 1=1 --", ("raw", "%"), ("raw", "a%ZZ"),
                  ("raw", "%C0%AF"), ("raw", "%FF%FE")]


def build_cases(ops, rng, ops_by_key):
    per_op = []
    for op in ops:
        cases = []
        write = op.method != "GET"
        project = "import" if op.path.endswith("/schedule/import") else "demo"
        has_body = op.body_schema is not None
        # The plain request, as admin and as the viewer, without and with a bad token.
        cases.append(Case(op, "valid (required fields)", project=project, core=True))
        if has_body:
            cases.append(Case(op, "valid (every field)", project=project, body=("valid", True), core=True))
        cases.append(Case(op, "as the viewer", auth="viewer", project=project, core=True))
        cases.append(Case(op, "no credentials", auth="none", project=project, core=True))
        cases.append(Case(op, "bad token", auth=("bad", rng.choice(BAD_AUTH)), project=project))
        if "projectID" in op.path_params and project == "demo":
            cases.append(Case(op, "empty project (no tasks, no ledger)", project="empty", core=True))
        # If-Match: the real version, none, odd values.
        if op.if_match or (write and op.method in ("PATCH", "DELETE")):
            cases.append(Case(op, "If-Match: the current version", project=project, if_match="real", core=True))
            cases.append(Case(op, "no If-Match", project=project, if_match=None))
            for v in rng.sample(IF_MATCH_ODD, 2):
                cases.append(Case(op, f"If-Match: {v}", project=project, if_match=v))
        # Path parameters: nonexistent, garbage (date boundaries for dates).
        for p in op.path_params:
            s = op.path_schemas.get(p, {})
            if s.get("format") == "date" or p in ("week", "day"):
                for v in PATH_DATES:
                    cases.append(Case(op, f"path {p}={v!r}", project=project, path_over={p: ("enc", v)}))
                continue
            if s.get("type") == "integer":
                for v in ["-1", "11", "2147483648", "9223372036854775808", "abc", "1.5", "01", "+1", "1e3", ""]:
                    cases.append(Case(op, f"path {p}={v!r}", project=project, path_over={p: ("enc", v)}))
                continue
            cases.append(Case(op, f"path {p}=nonexistent", project=project, path_over={p: ("enc", NONEXISTENT)}, core=True))
            if p == "currency":
                for v in ["", "usd", "XXX", "US", "USDD", "\u00dcSD", "CNY"]:
                    cases.append(Case(op, f"path {p}={v!r}", project=project, path_over={p: ("enc", v)}))
            for g in rng.sample(PATH_GARBAGE, 4):
                cases.append(Case(op, f"path {p}={short(g[1], 40)}", project=project, path_over={p: g}))
        # Query parameters, one at a time (dates on the empty project too).
        for name, s in op.query:
            kind, vals = query_values(name, s)
            for v in vals:
                cases.append(Case(op, f"query {name}={short(v[1] if isinstance(v, tuple) else v, 40)}", project=project, query=[(name, v)]))
                if kind == "date" and "projectID" in op.path_params:
                    cases.append(Case(op, f"query {name}={short(v, 40)} (empty project)", project="empty", query=[(name, v)]))
        if len(op.query) >= 2:
            dq = [n for n, s in op.query if query_values(n, s)[0] == "date"]
            if len(dq) >= 2:
                for a, b in [("9999-12-31", "0001-01-01"), ("0001-01-01", "9999-12-31"), ("2199-12-31", "1900-01-01")]:
                    cases.append(Case(op, f"query {dq[0]}={a}&{dq[1]}={b}", project=project, query=[(dq[0], a), (dq[1], b)]))
            n0 = op.query[0][0]
            cases.append(Case(op, f"query {n0} repeated", project=project, query=[(n0, "1"), (n0, "2")]))
        # Bodies: each field mutated on its own, the others valid.
        if has_body:
            shapes = set()
            for path, s in field_paths(op.body_schema):
                name = str(path[-1])
                kind = kind_of(name, s)
                vals = boundary_values(name, s, kind, rng)
                shape = (path[:-1], json.dumps(s, sort_keys=True))
                if shape in shapes:      # a sibling like the one before (the days of a week): a few values
                    vals = rng.sample(vals, min(3, len(vals)))
                shapes.add(shape)
                if kind == "string" and len(vals) > 8:
                    keep = vals[:4]
                    vals = keep + rng.sample(vals[4:], 4)
                label = ".".join(str(p) for p in path)
                for v in vals:
                    cases.append(Case(op, f"{label} = {short(v, 60)}",
                                      project=project, body=("mut", path, v)))
                    if kind in ("date", "datetime") and project == "demo" and v in ("9999-12-31", "0001-01-01", "2200-01-01", "1899-12-31"):
                        cases.append(Case(op, f"{label} = {v!r} (empty project)", project="empty", body=("mut", path, v)))
            wholes = [({}, "{}"), ([], "[]"), (None, "null"), (DEEP_ARRAY, DEEP_ARRAY.label), (DEEP_OBJECT, DEEP_OBJECT.label),
                      (Raw("1e309"), "1e309"), ("x", '"x"'), ({f"k{i}": i for i in range(1000)}, "1000 unknown keys")]
            cases.append(Case(op, "body {}", project=project, body=("whole", {})))
            cases.append(Case(op, "body with unknown field id", project=project, body=("extra", {"id": NONEXISTENT, "version": 2 ** 63})))
            for v, label in rng.sample(wholes[1:], 3):
                cases.append(Case(op, f"body {label}", project=project, body=("whole", v)))
        elif write:
            cases.append(Case(op, "unexpected JSON body", project=project, body=("whole", {"x": DEEP_ARRAY})))
        if op.idempotency:
            cases.append(Case(op, "Idempotency-Key 201 chars", project=project, extra_headers=(("Idempotency-Key", "k" * 201),)))
            cases.append(Case(op, "Idempotency-Key invalid UTF-8", project=project, extra_headers=(("Idempotency-Key", b"\xff\xfe\xc0"),)))
            cases.append(Case(op, "Idempotency-Key reused, other body", project=project,
                              extra_headers=(("Idempotency-Key", "fuzz-reused-key"),), body=("whole", {"name": "other"})))
        if write and "projectID" in op.path_params:
            for key in ("import",) if project == "import" else ("demo", "empty"):
                rb = readback_cases(ops_by_key, key, op)
                if rb:
                    rb[-1].readback = "last"
                cases += rb
        per_op.append((op, cases))
    return per_op


READBACK = ["/schedule", "/schedule.xml", "/earned-value", "/earned-value/series", "/cash-flow", "/cost-control",
            "/trial-balance", "/health", "/overview"]
READBACK_EMPTY = ["/schedule", "/earned-value", "/cash-flow", "/health"]
SIMULATED = ("/tasks", "/links", "/calendars", "/schedule", "/risks", "/correlation-groups", "/cost-accounts", "/budgets",
             "/baselines", "/risk-scales", "/ledger")


def readback_cases(ops_by_key, key, after):
    """Reads of what is computed from a project's data, and of the route's own objects, run after the
    route's writes when one of them succeeded."""
    out = []
    own = []
    segs = after.path.split("/")
    for end in range(len(segs), 5, -1):
        prefix = "/".join(segs[:end])
        if ("GET", prefix) in ops_by_key and prefix not in own and "/api/v1/projects/{projectID}" + "/" in prefix + "/":
            own.append(prefix)
    reads = READBACK if key != "empty" else READBACK_EMPTY
    subs = ["/api/v1/projects/{projectID}" + sub for sub in reads] + [p for p in own if p[len("/api/v1/projects/{projectID}"):] not in reads]
    for path in subs:
        op = ops_by_key.get(("GET", path))
        if op:
            out.append(Case(op, f"read-back after {after.method} {after.path}", project=key, core=True))
    sim = ops_by_key.get(("POST", "/api/v1/projects/{projectID}/simulation"))
    if sim and key != "empty" and any(x in after.path for x in SIMULATED):
        out.append(Case(sim, f"read-back after {after.method} {after.path}", project=key, core=True,
                        body=("raw", dump({"iterations": 20, "seed": 3}), "application/json", False)))
    op = ops_by_key.get(("GET", "/api/v1/projects"))
    if op:
        out.append(Case(op, f"read-back after {after.method} {after.path}", project=key, query=[("sort", "health")], core=True))
    for c in out:
        c.readback = "more"
    return out


RAW_ROUTES = ["/api/v1/projects", "/api/v1/tokens", "/api/v1/projects/{projectID}/tasks",
              "/api/v1/projects/{projectID}/ledger", "/api/v1/projects/{projectID}/simulation",
              "/api/v1/projects/{projectID}/risks", "/api/v1/projects/{projectID}/schedule/import"]


def raw_cases(ops_by_key, rng):
    """Bodies no schema describes: bytes that are not JSON, too large, in other encodings."""
    out = []
    big = b'{"name": "' + b"x" * (2 * 1024 * 1024) + b'"}'
    limit = 1 << 20
    exact = b'{"name": "' + b"x" * (limit - 12) + b'"}'        # 1,048,576 bytes
    exact_plus = b'{"name": "' + b"x" * (limit - 11) + b'"}'   # 1,048,577 bytes'
    valid = '{"name": "Fuzz \u00e9", "code": "FZRAW", "currency": "CNY"}'
    bodies = [
        (b"this is not json", "application/json", "not JSON"),
        (b'{"name": "\xff\xfe\xfd\xc0\xaf"}', "application/json", "invalid UTF-8"),
        (b"\xff\xfe" + valid.encode("utf-16-le"), "application/json", "UTF-16LE with BOM"),
        (valid.encode("utf-16"), "application/json; charset=utf-16", "UTF-16 with charset"),
        (b"\xef\xbb\xbf" + valid.encode(), "application/json", "UTF-8 BOM"),
        (big, "application/json", "2 MiB body"),
        (big, "application/json", "2 MiB body, chunked", True),
        (exact, "application/json", "body of exactly 1 MiB"),
        (exact_plus, "application/json", "body of 1 MiB + 1"),
        (b"", "application/json", "empty body"),
        (valid.encode(), "text/plain", "valid JSON as text/plain"),
        (valid.encode(), None, "no Content-Type"),
        (valid.encode(), "application/merge-patch+json", "+json type"),
        (b'{"name": "ab', "application/json", "truncated JSON"),
        (b'{"name":"a\x00b"}', "application/json", "raw NUL in a string"),
        (valid.encode() + b" trailing", "application/json", "trailing garbage"),
        (b'{"name": "a", "name": "b"}', "application/json", "duplicate keys"),
        (b"[" * 100000, "application/json", "100k unclosed ["),
        (b'"\\ud800\\udc00\\ud800"', "application/json", "top-level lone surrogate"),
    ]
    for path in RAW_ROUTES:
        op = ops_by_key.get(("POST", path))
        if not op:
            continue
        project = "import" if path.endswith("/import") else "demo"
        for item in bodies:
            data, ctype, label = item[0], item[1], item[2]
            chunked = len(item) > 3
            c = Case(op, f"raw body: {label}", project=project, body=("raw", data, ctype, chunked), core=True)
            c.idem = False
            out.append(c)
            if len(data) > limit:     # the same with a retry key: the idempotency layer reads the body too
                c = Case(op, f"raw body: {label}, with Idempotency-Key", project=project, body=("raw", data, ctype, chunked), core=True)
                c.idem = "fuzz-big"
                out.append(c)
    return out


def xml_cases(ops_by_key, export_xml):
    op = ops_by_key.get(("POST", "/api/v1/projects/{projectID}/schedule/import"))
    if not op:
        return []
    ns = 'xmlns="http://schemas.microsoft.com/project"'
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    deep = f"<Project {ns}>" + "<Tasks>" * 50000 + "</Tasks>" * 50000 + "</Project>"
    deep_task = f"<Project {ns}><Tasks>" + "<Task><UID>1</UID>" * 50000 + "</Task>" * 50000 + "</Tasks></Project>"
    doctype = ('<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
               '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY x SYSTEM "file:///etc/hostname">]>\n'
               f"<Project {ns}><Name>&c;&x;</Name><Tasks><Task><UID>1</UID><Name>&c;</Name></Task></Tasks></Project>")
    siblings = f"<Project {ns}><Tasks>" + "<Task/>" * 200000 + "</Tasks></Project>"
    siblings_uid = f"<Project {ns}><Tasks>" + "".join(f"<Task><UID>{i}</UID><ID>{i}</ID><Name>T{i}</Name></Task>" for i in range(20000)) + "</Tasks></Project>"
    docs = [
        ((head + deep).encode(), "application/xml", "XML 50,000 deep"),
        ((head + deep_task).encode(), "application/xml", "XML 50,000 nested <Task>"),
        (deep.encode("utf-16"), "application/xml", "XML 50,000 deep, UTF-16"),
        (doctype.encode(), "application/xml", "XML with DOCTYPE and entities"),
        (doctype.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16"), "application/xml",
         "XML with DOCTYPE and entities, UTF-16"),
        ((head + siblings).encode(), "application/xml", "XML of 200,000 sibling <Task/>"),
        ((head + siblings_uid).encode(), "text/xml", "XML of 20,000 numbered tasks"),
        (b"", "application/xml", "empty XML body"),
        (b"not xml at all", "application/xml", "not XML"),
        ((head + f"<Project {ns}><Name>\xff\xfe</Name></Project>").encode("latin-1"), "application/xml", "XML with invalid UTF-8"),
        ((head + f"<Project {ns}><Tasks><Task>").encode(), "application/xml", "truncated XML"),
    ]
    if export_xml:
        x = export_xml
        # Outline depth, which MSPDI writes flat: 50,000 levels of summaries (the export after it keeps the plan small).
        docs.append((deep_outline_xml(x, 50000), "application/xml", "XML outline 50,000 levels deep"))
        docs.append((x.encode(), "application/xml", "the demo's own export"))
        for label, pat, rep in [
            ("dates 9999-12-31", r"<(Start|Finish|StartDate|FinishDate|ConstraintDate|Deadline|ActualStart|ActualFinish|CreationDate|StatusDate)>[^<]*<",
             r"<\1>9999-12-31T08:00:00<"),
            ("dates 0001-01-01", r"<(Start|Finish|StartDate|FinishDate|ConstraintDate|Deadline)>[^<]*<", r"<\1>0001-01-01T08:00:00<"),
            ("StartDate 2200-01-01", r"<StartDate>[^<]*<", "<StartDate>2200-01-01T08:00:00<"),
            ("durations PT999999999H", r"<Duration>[^<]*<", "<Duration>PT999999999H0M0S<"),
            ("durations negative", r"<Duration>[^<]*<", "<Duration>PT-8H0M0S<"),
            ("link lags 2147483647", r"<LinkLag>[^<]*<", "<LinkLag>2147483647<"),
            ("lag formats 99", r"<LagFormat>[^<]*<", "<LagFormat>99<"),
            ("percent complete 1000", r"<PercentComplete>[^<]*<", "<PercentComplete>1000<"),
            ("calendar UIDs 999", r"<CalendarUID>[^<]*<", "<CalendarUID>999<"),
            ("predecessor UID 1 everywhere", r"<PredecessorUID>[^<]*<", "<PredecessorUID>1<"),
            ("outline levels 0", r"<OutlineLevel>[^<]*<", "<OutlineLevel>0<"),
            ("outline levels 100", r"<OutlineLevel>[^<]*<", "<OutlineLevel>100<"),
            ("minutes per day 0", r"<MinutesPerDay>[^<]*<", "<MinutesPerDay>0<"),
            ("working times 25:00", r"<FromTime>[^<]*<", "<FromTime>25:00:00<"),
            ("UIDs removed", r"<UID>[^<]*</UID>", ""),
        ]:
            mutated = re.sub(pat, rep, x)
            if mutated != x:
                docs.append((mutated.encode(), "application/xml", f"the demo's export, {label}"))
        docs.append((x[: len(x) // 2].encode(), "application/xml", "the demo's export cut in half"))
    return [Case(op, f"import {label}", project="import", body=("raw", data, ctype, False), core=True) for data, ctype, label in docs]


def deep_outline_xml(export, depth):
    """The demo's export with its tasks replaced by a chain of summaries `depth` outline levels deep."""
    head = export[:export.index("<Tasks>")]
    parts = [head, "<Tasks>"]
    for k in range(1, depth + 1):
        last = k == depth
        parts.append(f"<Task><UID>{k}</UID><ID>{k}</ID><Name>T{k}</Name><OutlineLevel>{k}</OutlineLevel>"
                     f"<Summary>{0 if last else 1}</Summary>"
                     + ("<Duration>PT8H0M0S</Duration><DurationFormat>7</DurationFormat>" if last else "") + "</Task>")
    parts.append("</Tasks></Project>")
    return "".join(parts).encode()


def scenario_cases(ops_by_key, export=None):
    """Plans at the edges (no tasks, one milestone, only zero estimates, starting in 9999 or 0001),
    imported into the scratch project, each followed by what reads or simulates a plan."""
    imp = ops_by_key.get(("POST", "/api/v1/projects/{projectID}/schedule/import"))
    if not imp:
        return []
    cal = {"name": "Standard", "week": {d: ["08:00-12:00", "13:00-17:00"] for d in ("mon", "tue", "wed", "thu", "fri")}}
    zero = {"optimistic": "0d", "most_likely": "0d", "pessimistic": "0d"}
    nets = [
        ("no tasks", day(0) + "T08:00", [], []),
        ("one milestone", day(0) + "T08:00", [{"id": "1", "name": "M", "duration": "0d", "milestone": True}], []),
        ("a summary and a milestone", day(0) + "T08:00", [{"id": "1", "name": "S"},
                                                           {"id": "2", "name": "M", "duration": "0d", "milestone": True, "parent": "1"}], []),
        ("zero estimates", day(0) + "T08:00", [{"id": "1", "name": "A", "duration": "0d", "estimate": zero},
                                               {"id": "2", "name": "B", "duration": "0d", "estimate": zero}],
         [{"from": "1", "to": "2", "type": "FS", "lag": "0d"}]),
        ("start 9999-12-31", "9999-12-31T08:00", [{"id": "1", "name": "A", "duration": "3d",
                                                   "estimate": {"optimistic": "2d", "most_likely": "3d", "pessimistic": "9d"}}], []),
        ("start 0001-01-01", "0001-01-01T08:00", [{"id": "1", "name": "A", "duration": "3d",
                                                   "estimate": {"optimistic": "2d", "most_likely": "3d", "pessimistic": "9d"}}], []),
        ("start 2199-12-31, 400 days", "2199-12-31T08:00", [{"id": "1", "name": "A", "duration": "400d"}], []),
        ("a 1,000,000-day task", day(0) + "T08:00", [{"id": "1", "name": "A", "duration": "1000000d"}], []),
        ("a 5,000 deep chain of summaries (JSON)", day(0) + "T08:00",
         [{"id": str(k), "name": f"T{k}", "parent": str(k - 1) if k > 1 else None} for k in range(1, 5000)]
         + [{"id": "5000", "name": "leaf", "duration": "1d", "parent": "4999",
             "estimate": {"optimistic": "1d", "most_likely": "2d", "pessimistic": "3d"}}], []),
    ]
    if export:
        nets.append(("outline 5,000 levels deep (MS Project XML)", deep_outline_xml(export, 5000), None, None))
    then = [("POST", "/simulation", {"iterations": 200, "seed": 7}), ("POST", "/simulation", {"iterations": 1, "deadline": "9999-12-31"}),
            ("POST", "/simulation-runs", {"iterations": 100, "seed": 1}), ("GET", "/schedule", None), ("GET", "/schedule.xml", None),
            ("GET", "/schedule.csv", None), ("GET", "/earned-value", None), ("GET", "/earned-value/series", None),
            ("GET", "/cash-flow", None), ("GET", "/health", None), ("GET", "/cost-control", None),
            ("PUT", "/baselines/{number}", {"name": "edge"}), ("POST", "/tasks", {"name": "added", "duration": "1d"}),
            ("POST", "/simulation", {"iterations": 100})]
    out = []
    for label, start, tasks, links in nets:
        if isinstance(start, bytes):
            body = ("raw", start, "application/xml", False)
        else:
            net = {"name": f"edge: {label}", "project_start": start, "calendars": [cal], "project_calendar": "Standard",
                   "tasks": tasks, "links": links}
            body = ("raw", dump(net), "application/json", False)
        out.append(Case(imp, f"scenario '{label}': import", project="import", body=body, core=True))
        for method, sub, body in then:
            op = ops_by_key.get((method, "/api/v1/projects/{projectID}" + sub))
            if op:
                out.append(Case(op, f"scenario '{label}': then {method} {sub}", project="import",
                                body=("raw", dump(body), "application/json", False) if body is not None else ("valid", False), core=True))
    return out


def order_key(op):
    if op.method == "GET":
        return 0
    if op.method == "DELETE":
        return 4 if op.path == "/api/v1/projects/{projectID}" else 3
    if op.path.endswith("/tasks/bulk") or op.path.endswith("/schedule/import"):
        return 2
    return 1


def trim(per_op, budget, rng):
    """Keeps every case of priority 0, then 1, and an even, seeded sample of each route's others.
    Read-backs run only when something was written; they are budgeted by an estimate."""
    budget -= sum(1 for _, cs in per_op for c in cs if c.readback)   # as if every one of them ran
    readbacks = {id(c) for _, cs in per_op for c in cs if c.readback}
    per_op = [(op, [c for c in cs if id(c) not in readbacks], [c for c in cs if id(c) in readbacks]) for op, cs in per_op]
    out = trim_cases([(op, cs) for op, cs, _ in per_op], budget, rng)
    return [(op, cs + rbs) for (op, cs), (_, _, rbs) in zip(out, per_op)]


def trim_cases(per_op, budget, rng):
    total = sum(len(c) for _, c in per_op)
    if total <= budget:
        return per_op
    keep_level = 2
    for level in (0, 1):
        n = sum(1 for _, cs in per_op for c in cs if c.priority <= level)
        if n >= budget:
            keep_level = level
            break
    fixed = sum(1 for _, cs in per_op for c in cs if c.priority < keep_level)
    rest = sum(1 for _, cs in per_op for c in cs if c.priority == keep_level)
    frac = max(0.0, (budget - fixed) / rest) if rest else 0
    out = []
    for op, cs in per_op:
        pool = [i for i, c in enumerate(cs) if c.priority == keep_level]
        keep_n = int(round(len(pool) * frac))
        keep = set(rng.sample(pool, keep_n)) if keep_n < len(pool) else set(pool)
        out.append((op, [c for i, c in enumerate(cs) if c.priority < keep_level or i in keep]))
    return out


# --------------------------------------------------------------------------------------------
# Running


class Fuzzer:
    def __init__(self, server, doc):
        self.server, self.doc = server, doc
        self.st = State(server)
        self.passed = 0
        self.failures = []        # dicts
        self.unanswered = []      # alive, but no answer
        self.skipped = collections.Counter()
        self.crashes_by_op = collections.Counter()
        self.restarts = 0
        self.recent = collections.deque(maxlen=4)
        self.suspects = []        # cases whose writes succeeded since the last crash
        self.since_readback = []  # … since the last complete read-back
        self.dirty = set()        # projects written to since their last read-back
        self.isolations = 0
        self.isolation_sent = 0
        # POST /x creates what /x/{param} names.
        self.created_param = {}
        for p in doc["paths"]:
            m = re.fullmatch(r"(.*)/{(\w+)}", p)
            if m and m.group(1) in doc["paths"] and "post" in doc["paths"][m.group(1)]:
                self.created_param[m.group(1)] = m.group(2)
        self.ops_by_key = {(m, p): Op(doc, p, m, v[m.lower()]) for p, v in doc["paths"].items()
                           for m in ("GET", "POST") if m.lower() in v}
        self.gave_up = False
        self.get_paths = {p for p, v in doc["paths"].items() if "get" in v}
        self.sent = 0
        self.uniq_counter = 0
        self.statuses = collections.Counter()
        self.slow = []
        self.seconds_by_op = collections.Counter()
        self.ok_by_op = collections.Counter()

    def uniq(self):
        self.uniq_counter += 1
        return self.uniq_counter

    # ---- building one request
    def binding(self, case, rng):
        op, st = case.op, self.st
        ids = st.ids.get(case.project) or st.ids["demo"]
        pairs = ids.get("pairs", {})
        b = {}
        for (a, c), kind in ((("riskID", "actionID"), "actions"), (("objectiveID", "measurementID"), "measurements"),
                             (("budgetID", "lineID"), "lines"), (("currency", "day"), "rates"), (("userID", "day"), "cost_rates")):
            if a in op.path_params and c in op.path_params and pairs.get(kind):
                b[a], b[c] = rng.choice(pairs[kind])
        for p in op.path_params:
            if p in b:
                continue
            if p == "userID":
                b[p] = st.victim_user_id
            elif p == "tokenID":
                b[p] = st.victim_token_id or NONEXISTENT
            elif p in ("week", "day"):
                b[p] = day(0)
            elif p == "currency":
                b[p] = "USD"
            elif p == "number":
                b[p] = rng.choice(ids.get("number") or ["1"])
            else:
                lst = ids.get(p) or []
                made = [v for v in lst if v in st.created]
                # Objects the run created (drafts, unused accounts) half of the time: they can still change.
                b[p] = rng.choice(made) if made and rng.random() < 0.5 else (rng.choice(lst) if lst else NONEXISTENT)
        return b

    def url_for(self, op, values, overrides):
        path = op.path
        for p in op.path_params:
            if p in overrides:
                mode, v = overrides[p]
                text = v if mode == "raw" else urllib.parse.quote(v, safe="")
            else:
                text = urllib.parse.quote(str(values[p]), safe="")
            path = path.replace("{" + p + "}", text)
        return path

    def current_version(self, op, values):
        """The version to send back: the object's own GET (ETag), else the last version seen for its id."""
        segs = op.path.split("/")
        for end in range(len(segs), 3, -1):
            prefix = "/".join(segs[:end])
            if not prefix.endswith("}") and end != len(segs):
                continue
            if prefix in self.get_paths:
                url = prefix
                for p in op.path_params:
                    url = url.replace("{" + p + "}", urllib.parse.quote(str(values.get(p, "")), safe=""))
                try:
                    r = self.st.call("GET", url, self.st.admin)
                except Exception:
                    return "*"
                if r.status == 200:
                    if r.headers.get("etag"):
                        return r.headers["etag"]
                    v = (r.json() or {}).get("version") if isinstance(r.json(), dict) else None
                    if v is not None:
                        return f'"{v}"'
            last = re.findall(r"{(\w+)}", prefix)
            if last and values.get(last[-1]) in self.st.versions:
                return f'"{self.st.versions[values[last[-1]]]}"'
        return "*"

    def build(self, case):
        rng = random.Random(f"{SEED}:{case.idx}")
        op, st = case.op, self.st
        values = self.binding(case, rng)
        url = self.url_for(op, values, case.path_over)
        if case.query:
            url += "?" + "&".join(f"{urllib.parse.quote(k, safe='')}=" + (v[1] if isinstance(v, tuple) else urllib.parse.quote(v, safe=""))
                                  for k, v in case.query)
        headers = [("Host", f"127.0.0.1:{self.server.port}"), ("Accept", "application/json"),
                   ("Accept-Language", rng.choice(ACCEPT_LANGUAGES))]
        if case.auth == "admin":
            headers.append(("Authorization", "Bearer " + st.admin))
        elif case.auth == "viewer":
            headers.append(("Authorization", "Bearer " + st.viewer))
        elif isinstance(case.auth, tuple):
            headers.append(("Authorization", case.auth[1].encode("utf-8")))
        body, ctype, chunked = None, None, False
        c = Ctx(st, case.project, rng, self.uniq)
        kind = case.body[0]
        if kind == "raw":
            _, body, ctype, chunked = case.body
        elif op.body_schema is not None or kind == "whole":
            if kind == "valid":
                obj = base_body(op, c, full=case.body[1])
            elif kind == "mut":
                obj = base_body(op, c)
                v = case.body[2]
                if callable(v):
                    v = v(c)
                set_path(obj, op.body_schema, case.body[1], v, c)
            elif kind == "extra":
                obj = base_body(op, c)
                obj.update(case.body[1])
            else:
                obj = case.body[1]
            body, ctype = dump(obj), "application/json"
        if ctype:
            headers.append(("Content-Type", ctype))
        if op.if_match or op.method in ("PATCH", "DELETE"):
            im = case.if_match
            if im == "real":
                im = self.current_version(op, values)
            if im is not None:
                headers.append(("If-Match", im))
        if isinstance(case.idem, str):
            headers.append(("Idempotency-Key", f"{case.idem}-{case.idx}"))
        elif case.idem is None and op.idempotency and not case.extra_headers and rng.random() < 0.3:
            headers.append(("Idempotency-Key", f"fuzz-{SEED}-{case.idx}"))
        headers += list(case.extra_headers)
        return url, headers, body, chunked

    # ---- sending and judging
    def describe(self, case, url, body, headers, chunked):
        b = ""
        if body is not None:
            b = body[:300].decode("utf-8", "replace") + (f"…({len(body)} bytes)" if len(body) > 300 else "")
        h = ", ".join(f"{k}: {v if isinstance(v, str) else v!r}"[:80] for k, v in headers
                      if k in ("If-Match", "Idempotency-Key", "Content-Type"))
        return {"method": case.op.method, "path": case.op.path, "url": url if len(url) < 300 else url[:300] + "…",
                "note": case.note, "body": b[:500], "auth": case.auth if isinstance(case.auth, str) else "bad token",
                "headers": h + (", Transfer-Encoding: chunked" if chunked else "")}

    def send(self, case):
        """Builds and sends one case: (description, answer or None, error or None)."""
        url, headers, body, chunked = self.build(case)
        desc = self.describe(case, url, body, headers, chunked)
        if VERBOSE:
            print(f"  {case.op.method} {desc['url'][:150]}  [{case.note[:80]}]", flush=True)
        t0 = time.time()
        resp, error = None, None
        try:
            resp = http_request(self.server.port, case.op.method, url, headers, body, TIMEOUT, chunked)
        except (OSError, http.client.HTTPException) as e:   # timeouts are OSErrors too
            error = e
        desc["seconds"] = round(time.time() - t0, 2)
        self.seconds_by_op[f"{case.op.method} {case.op.path}"] += time.time() - t0
        if VERBOSE:
            print(f"     -> {resp.status if resp is not None else type(error).__name__} in {desc['seconds']} s", flush=True)
        return desc, resp, error

    def crashed(self, resp, error):
        """True when the process died, or /healthz stays silent for HANG_SECONDS (a hang; it is then killed)."""
        if resp is not None and self.server.alive():
            return False
        deadline = time.time() + HANG_SECONDS
        while self.server.alive() and time.time() < deadline:
            if self.server.healthy(5):
                return False
            time.sleep(0.5)
        return True

    def run_case(self, case):
        op = case.op
        if not self.server.alive():
            self.crash(None, None, "the server was found dead before this request (it died after an earlier one)")
            if self.gave_up:
                return
        off = self.server.log_size()
        try:
            desc, resp, error = self.send(case)
        except (OSError, http.client.HTTPException, SetupError) as e:   # building may ask the server (If-Match)
            if self.server.alive():
                raise
            self.crash(None, None, f"the server died while this request was prepared ({e})")
            return
        self.sent += 1
        self.recent.append(f"{op.method} {desc['url'][:120]} [{case.note[:80]}]")
        if resp is not None and desc["seconds"] >= SLOW_SECONDS:
            self.slow.append(desc)
        if resp is not None and self.server.alive():
            if resp.status >= 500:
                time.sleep(0.05)
                desc.update(status=resp.status, response=resp.body[:300].decode("utf-8", "replace"),
                            log=relevant_log(self.server.log_since(off)))
                self.failures.append(desc)
                print(f"FAIL {resp.status} {op.method} {desc['url'][:160]}\n     {case.note}\n     {desc['log'][:600]}", flush=True)
                return
            self.passed += 1
            self.statuses[resp.status] += 1
            if 200 <= resp.status < 300:
                if case.auth == "admin":
                    self.ok_by_op[(op.method, op.path)] += 1
                if op.method != "GET" and not case.readback:
                    self.suspects.append(case)
                    self.since_readback.append(case)
                    self.dirty.add(case.project)
                if resp.headers.get("content-type", "").startswith("application/json") and len(resp.body) < 2_000_000:
                    data = resp.json()
                    self.st.note_versions(data)
                    if op.method == "POST" and resp.status == 201 and isinstance(data, dict) and isinstance(data.get("id"), str):
                        param = self.created_param.get(op.path)
                        if param and param != "projectID" and case.project in self.st.ids:
                            self.st.ids[case.project][param].append(data["id"])
                            self.st.created.add(data["id"])
            return
        if not self.crashed(resp, error):
            desc.update(status="no answer", response=f"{type(error).__name__}: {error} (after {desc['seconds']} s; /healthz answers)")
            self.unanswered.append(desc)
            return
        refused = isinstance(error, ConnectionRefusedError)
        what = ("the server was already dead (refused the connection): it died after an earlier request" if refused else
                "the server process exited during this request" if not self.server.alive() else
                f"hang: no answer in {TIMEOUT:.0f} s and /healthz silent for {HANG_SECONDS:.0f} s more (killed)")
        self.crash(None if refused else case, desc if not refused else None,
                   f"{what} ({type(error).__name__ if error else 'answered, then died'})")

    def crash(self, case, desc, what):
        """A crash or hang: record it with its log, find what caused it, restart from the snapshot."""
        self.server.wait_exit(30)   # let the backtracer finish writing
        rc = self.server.proc.poll() if self.server.proc else None
        log = self.server.log_since(self.server.instance_log_start)
        tail = "\n".join(log.splitlines()[-40:])
        if desc is None:
            desc = {"method": "?", "path": "(between requests)", "url": "", "note": "", "body": "", "auth": "", "headers": ""}
        desc.update(status="crash", response=f"{what}; exit status {rc}", log=crash_signature(log),
                    recent=list(self.recent)[-4:-1] if case else list(self.recent)[-3:])
        self.failures.append(desc)
        if case:
            self.crashes_by_op[(case.op.method, case.op.path)] += 1
        print(f"FATAL {desc['method']} {desc['url'][:160]}\n      {desc['note']}\n      {what}; exit status {rc}\n"
              f"---- server log tail ----\n{tail}\n-------------------------", flush=True)
        background = case is None
        if case is None or case.readback:   # the last read-back went well: only what came after it counts
            suspects = list(self.since_readback)
        else:
            suspects = list(self.suspects)
        self.suspects, self.since_readback, self.dirty = [], [], set()
        self.recent.clear()
        if not self.restart():
            return
        # What caused it: the request alone on a fresh database, else the writes before it, one by one.
        if self.isolations >= MAX_ISOLATIONS:
            desc["cause"] = "not isolated (too many crashes in this run)"
            return
        self.isolations += 1
        probes = self.background_probes() if background else [case]
        desc["cause"] = self.isolate(probes, [s for s in suspects if s is not case])
        print(f"      cause: {desc['cause']}", flush=True)

    def restart(self, backtrace=True):
        if self.restarts >= MAX_RESTARTS:
            self.gave_up = True
            self.server.stop()
            return False
        self.restarts += 1
        try:
            self.server.restart(backtrace)
            self.st.collect()
            return True
        except (StartFailed, SetupError, OSError, KeyError) as e:
            log = self.server.log_since(self.server.instance_log_start)
            print(f"FATAL: could not restart the server: {e}\n{relevant_log(log)}")
            self.failures.append({"method": "-", "path": "(restart)", "url": "", "note": "restart after a crash", "body": "",
                                  "status": "crash", "response": str(e), "log": crash_signature(log), "auth": "", "headers": ""})
            self.gave_up = True
            return False

    def background_probes(self):
        out = []
        for key in ("demo", "empty", "import"):
            for sub in ("/health",):
                op = self.ops_by_key.get(("GET", "/api/v1/projects/{projectID}" + sub))
                if op:
                    out.append(Case(op, f"probe {sub}", project=key, core=True))
        return out

    def try_case(self, case):
        """Sends a case during isolation; True when the server crashed on it."""
        try:
            _, resp, error = self.send(case)
        except (OSError, http.client.HTTPException, SetupError):
            resp, error = None, True
        self.isolation_sent += 1
        return self.crashed(resp, error)

    def isolate(self, probes, suspects):
        """Replays, on a fresh database, the probe alone, then each earlier successful write followed by the probe."""
        def label(c):
            return f"{c.op.method} {c.op.path} [{c.note}]"

        def done(text):
            self.restart()
            return text
        self.server.stop()
        if not self.restart(backtrace=False):
            return "not isolated (restart failed)"
        fresh = "on the same database (KEEL_FUZZ_DATABASE_URL is not reset)" if DB_URL else "on a fresh database"
        for p in probes:
            if self.try_case(p):
                return done(f"{label(p)} crashes on its own {fresh}")
        for sc in suspects[-MAX_SUSPECTS:]:
            if self.try_case(sc):
                return done(f"replaying {label(sc)} crashes on its own")
            for p in probes:
                if self.try_case(p):
                    return done(f"{label(sc)} stores data on which {label(p)} crashes")
        return done(f"not reproduced: neither alone nor after any of the {min(len(suspects), MAX_SUSPECTS)} writes before it, one at a time")


def relevant_log(log):
    lines = [l for l in log.splitlines() if re.search(r"error|fatal|crash|warning|panic|\[\w+\] ", l, re.I)]
    return "\n".join(lines[-8:])[:1500] or "\n".join(log.splitlines()[-5:])[:800]


FATAL_RE = re.compile(r"Fatal error|Program crashed|crashed:|Precondition failed|Assertion failed|"
                      r"Illegal instruction|Segmentation fault|Aborted|Killed|stack overflow|out of memory", re.I)


def crash_signature(log):
    """The fatal message and the first frames in Keel's own sources (of the last crash in the log)."""
    lines = log.splitlines()
    starts = [i for i, l in enumerate(lines) if FATAL_RE.search(l)]
    if not starts:
        return "\n".join(lines[-10:])[:1500]
    first = starts[0] if len(starts) < 2 else max(s for s in starts if s >= starts[-1] - 40)
    first = min([s for s in starts if s >= starts[-1] - 40] or [first])
    tail = lines[first:]
    keep = [l.strip() for l in tail if FATAL_RE.search(l)][:4]
    frames = [l.strip() for l in tail if "/Sources/" in l and "/.build/" not in l][:8]
    return "\n".join(keep + frames)[:2500]


# --------------------------------------------------------------------------------------------


def main():
    if not os.access(KEEL, os.X_OK):
        print(f"no keel binary at {KEEL} (build it with `swift build --product keel`)")
        return 2
    sys.modules.setdefault("crash_fuzz", sys.modules[__name__])   # html_fuzz imports this module by name
    import html_fuzz
    passed = failed = 0
    if "api" in PARTS:
        p, f = run_api(html_fuzz if "html" in PARTS else None)
        passed, failed = passed + p, failed + f
    if "html" in PARTS:
        p, f, hfz = html_fuzz.run_html(KEEL, html_fuzz.HTML_BUDGET)
        html_fuzz.report(hfz)
        passed, failed = passed + p, failed + f
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


def run_api(html_fuzz=None):
    """The API part (and, with html_fuzz, every page read on its server afterwards): (passed, failed)."""
    doc = json.loads(subprocess.run([KEEL, "openapi"], check=True, capture_output=True).stdout)
    ops = []
    for path, item in doc["paths"].items():
        for m in METHODS:
            if m in item and (not ONLY or ONLY in path):
                ops.append(Op(doc, path, m, item[m]))
    ops.sort(key=order_key)
    ops_by_key = {(o.method, o.path): o for o in ops}
    rng = random.Random(SEED)
    workdir = tempfile.mkdtemp(prefix="keel-fuzz-")
    server = Server(KEEL, workdir)
    fz = Fuzzer(server, doc)
    t_start = time.time()
    print(f"crash fuzz: {KEEL}\n  seed {SEED}, budget {BUDGET}, database {server.url}, log {server.log_path}", flush=True)
    try:
        try:
            server.start()
            print(f"  server up in {time.time() - t_start:.1f} s (with the demo)", flush=True)
            fz.st.setup()
            server.snapshot()
            fz.st.collect()
        except (StartFailed, SetupError, OSError, KeyError) as e:
            print(f"FATAL: set-up failed: {e}\n---- server log tail ----\n" + "\n".join(server.log_since(0).splitlines()[-40:]))
            return 0, 1
        export = None
        try:
            r = fz.st.call("GET", f"/api/v1/projects/{fz.st.projects['demo']}/schedule.xml", fz.st.admin)
            export = r.body.decode("utf-8") if r.status == 200 else None
        except Exception:
            export = None
        all_ops = {(o.method, o.path): o for o in (Op(doc, p, m, it[m]) for p, it in doc["paths"].items() for m in METHODS if m in it)}
        per_op = build_cases(ops, rng, all_ops)
        extra = scenario_cases(ops_by_key, export) + raw_cases(ops_by_key, rng) + xml_cases(ops_by_key, export)
        # The raw and XML cases run with the other writes of their route.
        imp = ops_by_key.get(("POST", "/api/v1/projects/{projectID}/schedule/import"))
        for c in extra:
            for op, cs in per_op:
                if op is (imp if c.note.startswith("scenario") else c.op):
                    at = next((i for i, x in enumerate(cs) if x.readback), len(cs))   # before the route's read-backs
                    cs.insert(at, c)
        per_op = trim(per_op, BUDGET, rng)
        fz.planned_ops = [(op.method, op.path) for op, _ in per_op]
        cases = [c for _, cs in per_op for c in cs]
        for i, c in enumerate(cases):
            c.idx = i
        print(f"  {len(ops)} operations, {len(cases)} requests planned (set-up took {time.time() - t_start:.1f} s)", flush=True)
        last_report = time.time()
        for c in cases:
            if fz.gave_up:
                fz.skipped["gave up after too many restarts"] += 1
                continue
            if c.readback and c.project not in fz.dirty:
                continue          # nothing was written since the last read-back
            if fz.sent >= BUDGET:
                fz.skipped["the budget (KEEL_FUZZ_BUDGET) was spent"] += 1
                continue
            if fz.crashes_by_op[(c.op.method, c.op.path)] >= CRASHES_PER_OP and not c.core:
                fz.skipped[f"{c.op.method} {c.op.path} (crashed {CRASHES_PER_OP} times)"] += 1
                continue
            fz.run_case(c)
            if c.readback == "last":
                fz.dirty.discard(c.project)
                fz.since_readback = [s for s in fz.since_readback if s.project != c.project]
            if time.time() - last_report > 20:
                last_report = time.time()
                print(f"  … {fz.sent} sent, {len(fz.failures)} failures, {time.time() - t_start:.0f} s", flush=True)
        after = None
        if html_fuzz is not None and not fz.gave_up and server.alive():
            after = html_fuzz.pages_after_api(server, fz.st)
    finally:
        server.stop()
    elapsed = time.time() - t_start
    report(fz, elapsed)
    passed, failed = fz.passed, len(fz.failures)
    if after is not None:
        report_failures(after, "pages read after the API fuzz, on its server")
        passed, failed = passed + after.passed, failed + len(after.failures)
    print(f"==== API part: {passed} answers below 500, {failed} failures")
    return passed, failed


def report_failures(fz, title=None):
    """The failures grouped by (method, path, status), each with what reproduces it (both parts print this)."""
    if title:
        print(f"\n==== {title}: {fz.sent} requests, {len(fz.failures)} failures")
    groups = collections.OrderedDict()
    for f in fz.failures:
        groups.setdefault((f["method"], f["path"], str(f["status"])), []).append(f)
    if groups:
        print(f"==== failures by (method, path, status): {len(groups)} groups")
    for (m, p, s), fs in groups.items():
        print(f"\n[{s}] {m} {p}  ×{len(fs)}")
        for f in fs[:6]:
            print(f"   - {f['note']}  ({f['auth']})")
            print(f"     url:  {f['url'][:200]}")
            if f.get("headers"):
                print(f"     headers: {f['headers']}")
            if f.get("body"):
                print(f"     body: {f['body'][:500]}")
            print(f"     answer: {str(f.get('response', ''))[:300]}")
            if f.get("log"):
                print("     log:  " + f["log"][:1200].replace("\n", "\n           "))
            if f.get("recent"):
                print("     just before: " + "\n                  ".join(f["recent"]))
            if f.get("cause"):
                print(f"     cause: {f['cause'][:600]}")
        if len(fs) > 6:
            print(f"   … and {len(fs) - 6} more: " + "; ".join(f["note"][:60] for f in fs[6:30]))


def report(fz, elapsed):
    print(f"\n==== crash fuzz: {fz.sent} requests in {elapsed:.0f} s, {fz.restarts} restarts; server log {fz.server.log_path}")
    report_failures(fz)
    if fz.slow:
        print(f"\n==== {len(fz.slow)} answers took {SLOW_SECONDS} s or more (not counted as failures)")
        for f in sorted(fz.slow, key=lambda f: -f["seconds"])[:12]:
            print(f"   - {f['seconds']} s  {f['method']} {f['path']}  [{f['note'][:100]}]")
    if fz.unanswered:
        print(f"\n==== {len(fz.unanswered)} requests got no answer while the server stayed up (not counted as failures)")
        for f in fz.unanswered[:15]:
            print(f"   - {f['method']} {f['path']}  {f['note']}: {f['response'][:120]}")
    slow = fz.seconds_by_op.most_common(8)
    print("\n==== slowest routes (seconds in all): " + "; ".join(f"{k} {v:.0f}" for k, v in slow))
    print("==== answers below 500: " + ", ".join(f"{k}×{v}" for k, v in sorted(fz.statuses.items())))
    never = [f"{m} {p}" for m, p in fz.planned_ops if fz.ok_by_op[(m, p)] == 0]
    if never:
        print(f"==== {len(never)} operations never answered 2xx to the administrator (their valid body or ids may not fit):")
        for n in never:
            print(f"   {n}")
    if fz.skipped:
        print("\n==== skipped")
        for k, n in fz.skipped.items():
            print(f"   {n} × {k}")


if __name__ == "__main__":
    sys.exit(main())
