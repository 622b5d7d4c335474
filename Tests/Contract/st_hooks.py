"""Schemathesis hooks for the Keel contract run (loaded through SCHEMATHESIS_HOOKS).

A generated If-Match that is a well-formed ETag (what the document allows) almost never names the
object's current version, so every such write would stop at 412 and no PATCH, PUT or DELETE would
ever reach its handler. Before each call, a well-formed If-Match is replaced by the object's current
ETag, read from the API: the object's own GET, else its entry in the parent list (or in the
schedule, for links and calendars; for an action such as `…/budgets/{id}/submit`, the object it acts on).
An If-Match of a negative test (malformed on purpose) is sent as generated.
KEEL_ST_BASE_URL and KEEL_ST_TOKEN (set by schemathesis.sh) say where and as whom to read.
"""
import json
import os
import re
import urllib.error
import urllib.request

import schemathesis

WELL_FORMED = re.compile(r'^(\*|(W/)?"[0-9]{1,18}")$')
UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def _get(path):
    base = os.environ["KEEL_ST_BASE_URL"].rstrip("/")
    req = urllib.request.Request(base + path, headers={"Authorization": "Bearer " + os.environ["KEEL_ST_TOKEN"]})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.headers.get("ETag"), r.read()
    except (urllib.error.URLError, ValueError, OSError):
        return None, None, b""


def _find_version(node, oid):
    """The version of the object with id `oid` anywhere in a JSON answer (lists, nested objects)."""
    if isinstance(node, dict):
        if node.get("id") == oid and "version" in node:
            return node["version"]
        children = node.values()
    elif isinstance(node, list):
        children = node
    else:
        return None
    for child in children:
        found = _find_version(child, oid)
        if found is not None:
            return found
    return None


def _own_etag(path):
    status, etag, body = _get(path)
    if status != 200:
        return None
    if etag:
        return etag
    try:
        v = json.loads(body).get("version")
    except (ValueError, AttributeError):
        v = None
    return f'"{v}"' if v is not None else None


def current_etag(path):
    """The current ETag of the object at `path`: its own GET; for an action (`…/{id}/submit`) the
    object it acts on; for a part listed inside another answer (a budget's lines, the schedule's links
    and calendars) its version there, or its owner's ETag when the part has no version of its own."""
    parts = path.rstrip("/").split("/")
    own = _own_etag(path)
    if own:
        return own
    last = parts[-1]
    if not UUID.match(last):
        return _own_etag("/".join(parts[:-1])) if len(parts) > 5 else None
    candidates = ["/".join(parts[:i]) for i in range(len(parts) - 1, 4, -1)]
    if len(parts) >= 5 and parts[3] == "projects":
        candidates.append("/".join(parts[:5]) + "/schedule")
    for candidate in candidates:
        status, etag, body = _get(candidate)
        if status != 200:
            continue
        try:
            v = _find_version(json.loads(body), last)
        except ValueError:
            v = None
        if v is not None:
            return f'"{v}"'
        if etag and last.encode() in body:
            return etag
    return None


def _headers_positive(case):
    meta = getattr(case, "meta", None)
    components = getattr(meta, "components", None) or {}
    for location, info in components.items():
        if str(getattr(location, "value", location)) == "header":
            return str(getattr(info.mode, "value", info.mode)) == "positive"
    return True


@schemathesis.hook
def before_call(context, case, kwargs):
    headers = case.headers or {}
    key = next((k for k in headers if k.lower() == "if-match"), None)
    if key is None or not isinstance(headers[key], str):
        return
    if not (_headers_positive(case) or WELL_FORMED.match(headers[key])):
        return
    etag = current_etag(case.formatted_path)
    if etag:
        case.headers[key] = etag


# Refusals a schema cannot express: they depend on other objects (an id that does not exist in the
# project, a value already in use, an exchange rate on file), on other fields of the same request (a
# constraint date for a constraint, an actual start before an actual finish, one task to move) or on
# stored state (an Idempotency-Key already used, an empty timesheet). A schema-valid request refused
# only for such reasons is not a contract failure; any other refusal still is.
SEMANTIC_CODES = {
    "unknown_reference", "duplicate", "common_password", "before_start", "threshold_wrong_side", "must_be_empty",
    "no_exchange_rate", "mismatch", "unknown", "cycle", "self_link", "summary_link", "not_allowed", "period_closed",
    "already_reversed", "unordered", "shares_exceed_whole", "exceeds_open_commitment",
    "not_increasing",
}
SEMANTIC_FIELDS = {
    # (code, field without its list index): what makes each of these depend on the rest of the request
    ("required", "constraint_date"),  # a dated constraint (mso, snet, …) needs its date
    ("required", "actual_start"),  # an actual finish needs an actual start
    ("required", "estimate_optimistic"),  # three-point estimates come all three or none
    ("required", "estimate_most_likely"),
    ("required", "estimate_pessimistic"),
    ("required", "invoice_date"),  # a planned payment without a task needs its invoice date
    ("required", "decider"),  # a gate decision needs its decider
    ("required", "name"),  # a custom phase needs a name (a standard one has its own)
    ("required", "week"),  # a calendar needs at least one working day
    ("required", "entries"),  # an empty timesheet cannot be submitted
    ("required", "levels"),  # approval levels: at least one, the last one without a limit
    ("required", "levels[].max_amount"),
    ("required", "project_calendar_id"),
    ("invalid_choice", "category"),  # the project's own cost categories
    ("invalid_choice", "time_zone"),  # IANA time zones
    ("invalid_choice", "currency"),  # an exchange rate for the project's own currency
    ("invalid_choice", "role"),  # a project keeps at least one owner
    ("invalid_choice", "strategy"),  # the strategies of a threat and of an opportunity differ (the risk's kind)
    ("out_of_range", "iterations"),  # the ceiling falls as the plan grows
    ("out_of_range", "task_ids"),  # move takes one task
    ("out_of_range", "medium_from"),  # score bands within the scales' highest score
    ("out_of_range", "high_from"),
    ("out_of_range", "critical_from"),
    ("out_of_range", "status_date"),  # not before the project start
    ("too_few", "task_ids"),
    ("too_few", "tasks"),  # a simulation needs a plan with tasks (the run may have emptied it)
    ("invalid_format", "file"),  # an MS Project XML file or JSON network (docs/scheduling.md)
    ("invalid_format", "periods[].period"),  # named as the line's period names it (week 53, day 31: some years, months)
    ("required", "periods"),  # a manual line is typed per period; a line changed to manual or to other periods retyped
    ("out_of_range", "periods"),  # the periods together stay within the largest amount
    ("out_of_range", "months"),
    ("required", "percent_complete"),  # progress_as_of dates the percent complete given with it
    ("required", "delay_optimistic"),  # a risk's delay estimates come all three or none
    ("required", "delay_most_likely"),
    ("required", "delay_pessimistic"),
    ("required", "estimate_low"),  # a cost account's estimates come all three or none
    ("required", "estimate_high"),
    ("required", "decided_on"),  # a gate decision needs its date
    ("invalid_choice", "decision"),  # "go" needs every criterion of the review met
    ("required", "root"),  # a risk category needs a root or a parent
    ("out_of_range", "to"),  # a calendar exception spans at most ten years
    ("out_of_range", "day"),  # a timesheet entry lies in the sheet's week (the path's day)
    ("out_of_range", "expires_on"),  # a token expires tomorrow at the earliest
    ("too_many_decimals", "amount"),  # the entry's currency says how many decimals
    ("too_many_decimals", "budget_amount"),  # … and the project's
    ("out_of_range", "budget_amount"),  # 10^13 minor units: 100 billion in CNY, 10 billion in BHD
    *[("unknown_field", "residual_" + d) for d in ("schedule", "cost", "quality", "reputation", "safety")],
    ("required", "cost_low"),  # a risk's cost estimates come all three or none
    ("required", "cost_mode"),
    ("required", "cost_high"),
    ("out_of_range", "estimate_most_likely"),  # optimistic ≤ most likely ≤ pessimistic
    ("out_of_range", "up_to"),  # the last probability level reaches 100 %
    ("out_of_range", "estimate"),  # (an imported network) optimistic ≤ most likely ≤ pessimistic
    ("out_of_range", "milestones"),  # weights add up to 100 %
    ("must_be_empty", "milestones"),  # milestones only with weighted_milestones
    ("required", "milestones"),
    ("required", "schedule_days"),  # an impact level gives days or cost as the scale's other levels do
    ("required", "cost"),
    ("not_increasing", "schedule_days"),
    ("too_few", "probability_levels"),  # no fewer levels than the project's risks use
    ("too_few", "impact_levels"),
    *[("out_of_range", d + "[]") for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun", "hours")],  # an end after its start
}


def _semantic_only(response):
    try:
        body = response.json()
    except Exception:
        return False
    if not isinstance(body, dict):
        return False
    if body.get("type", "").endswith("/idempotency-key-reused"):
        return True
    errors = body.get("errors") or []
    if not errors:
        return False
    for e in errors:
        field = re.sub(r"\[(?:[0-9]+|[0-9a-fA-F-]{36})\]", "[]", str(e.get("field", "")))
        code = e.get("code")
        if code in SEMANTIC_CODES or (code, field) in SEMANTIC_FIELDS or (code, field.split(".")[-1]) in SEMANTIC_FIELDS:
            continue
        return False
    return True


@schemathesis.hook
def filter_failure(context, failure, case, response):
    """Keeps every failure except two kinds that say nothing about the contract: a schema-valid request
    refused (422) for the semantic reasons above only, and a "negative" path parameter that the run's
    configuration replaced with a real id (every path parameter is pinned to a demo object)."""
    code = getattr(failure, "code", None)
    keep = True
    if code == "ST202" and response is not None and response.status_code == 422:
        keep = not _semantic_only(response)
    elif code == "ST201" and re.search(r"parameter `[^`]+` in path", getattr(failure, "message", "") or ""):
        keep = False
    if not keep and os.environ.get("KEEL_ST_DROPPED"):
        try:
            body = response.json()
            errors = [(e.get("code"), e.get("field")) for e in (body.get("errors") or [])]
            if not errors and str(body.get("type", "")).endswith("/idempotency-key-reused"):
                errors = [("idempotency_key_reused", "")]
        except Exception:
            errors = []
        with open(os.environ["KEEL_ST_DROPPED"], "a", encoding="utf-8") as f:
            f.write(json.dumps({"operation": getattr(failure, "operation", ""), "code": code, "errors": errors}) + "\n")
    return keep
