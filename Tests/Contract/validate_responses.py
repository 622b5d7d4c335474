#!/usr/bin/env python3
"""Checks the API traffic of the HTTP tests against the OpenAPI document.

`KEEL_CONTRACT_LOG=FILE swift test` makes the test harness append one JSON line per API call (method,
path, request body, status, content type, response body). This script reads that file and fails when
the document does not describe what the server did:

- a path (unless answered 404) or method (unless answered 405) the document does not have;
- a status code the operation does not list (nor a `4XX`/`default` range);
- a JSON response body that does not validate against the schema the document gives for it;
- a request body the server accepted (2xx) that the document's request schema would refuse.

Usage: python3 Tests/Contract/validate_responses.py FILE [--openapi PATH]

Without --openapi the document is the one `.build/debug/keel openapi` prints (the one the server serves).
Needs `jsonschema` (pip install jsonschema); exit status 1 on any finding.
"""
import collections
import json
import os
import subprocess
import sys

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DOC_URI = "urn:keel:openapi"


def pointer(*parts):
    return "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


class Contract:
    def __init__(self, doc):
        self.doc = doc
        self.registry = Registry().with_resource(DOC_URI, Resource.from_contents(self.doc, default_specification=DRAFT202012))
        self.templates = []
        for p in self.doc.get("paths", {}):
            parts = p.strip("/").split("/")
            literal = sum(1 for x in parts if not x.startswith("{"))
            self.templates.append((p, parts, literal))
        self.validators = {}

    def match(self, path):
        parts = path.strip("/").split("/")
        best = None
        for t, tparts, literal in self.templates:
            if len(tparts) == len(parts) and all(a.startswith("{") or a == b for a, b in zip(tparts, parts)):
                if best is None or literal > best[1]:
                    best = (t, literal)
        return best[0] if best else None

    def validator(self, *parts):
        key = pointer(*parts)
        if key not in self.validators:
            self.validators[key] = Draft202012Validator({"$ref": f"{DOC_URI}#/{key}"}, registry=self.registry)
        return self.validators[key]

    @staticmethod
    def response_for(op, status):
        responses = op.get("responses", {})
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in responses:
                return key, responses[key]
        return None, None

    def resolve(self, obj):
        while isinstance(obj, dict) and "$ref" in obj:
            ref = obj["$ref"]
            node = self.doc
            for part in ref.lstrip("#/").split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            obj = node
        return obj

    def check(self, rec):
        """Findings for one recorded call, each a (kind, operation, detail)."""
        method = rec["method"].lower()
        path = rec["path"].split("?")[0]
        template = self.match(path)
        if template is None:
            # Asking for what does not exist and hearing so is the server keeping to the contract.
            return [] if rec["status"] == 404 else [("undocumented path", f"{rec['method']} {path}", "")]
        item = self.doc["paths"][template]
        if method not in item:
            # A method the path does not take, refused as such (405; OPTIONS lists the others), is
            # the server keeping to the contract too.
            if rec["status"] == 405 or (method == "options" and rec["status"] == 204):
                return []
            return [("undocumented method", f"{rec['method']} {template}", "")]
        op = item[method]
        opname = f"{rec['method']} {template}"
        out = []
        status = rec["status"]
        key, response = self.response_for(op, status)
        if response is None:
            out.append(("undocumented status", opname, str(status)))
        else:
            response_ref = response
            response = self.resolve(response)
            ctype = (rec.get("content_type") or "").split(";")[0].strip()
            body = rec.get("body") or ""
            if body and ctype.endswith("json"):
                content = response.get("content", {})
                if ctype not in content:
                    out.append(("undocumented content type", opname, f"{status} {ctype}"))
                elif "schema" in content[ctype]:
                    try:
                        instance = json.loads(body)
                    except ValueError:
                        out.append(("response is not JSON", opname, f"{status}"))
                        instance = None
                    if instance is not None:
                        # Validate through the document so that $refs resolve against it.
                        if "$ref" in response_ref:
                            parts = [p.replace("~1", "/").replace("~0", "~") for p in response_ref["$ref"].lstrip("#/").split("/")]
                            v = self.validator(*parts, "content", ctype, "schema")
                        else:
                            v = self.validator("paths", template, method, "responses", key, "content", ctype, "schema")
                        errors = sorted(v.iter_errors(instance), key=lambda e: list(e.absolute_path))
                        for e in errors[:3]:
                            where = "/".join(str(p) for p in e.absolute_path)
                            out.append(("response does not match its schema", opname, f"{status} at /{where}: {e.message[:200]}"))
        # A request the server accepted must be one the document allows.
        if 200 <= status < 300 and rec.get("request") and "requestBody" in op:
            rb = self.resolve(op["requestBody"])
            content = rb.get("content", {})
            ctype = "application/json"
            if ctype in content and "schema" in content[ctype]:
                try:
                    instance = json.loads(rec["request"])
                except ValueError:
                    instance = None
                if instance is not None:
                    if "$ref" in op["requestBody"]:
                        parts = [p.replace("~1", "/").replace("~0", "~") for p in op["requestBody"]["$ref"].lstrip("#/").split("/")]
                        v = self.validator(*parts, "content", ctype, "schema")
                    else:
                        v = self.validator("paths", template, method, "requestBody", "content", ctype, "schema")
                    for e in sorted(v.iter_errors(instance), key=lambda e: list(e.absolute_path))[:3]:
                        where = "/".join(str(p) for p in e.absolute_path)
                        out.append(("accepted request the document refuses", opname, f"at /{where}: {e.message[:200]}"))
        return out


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    if "--openapi" in argv:
        doc = json.load(open(argv[argv.index("--openapi") + 1], encoding="utf-8"))
    else:
        keel = os.path.join(ROOT, ".build", "debug", "keel")
        if not os.access(keel, os.X_OK):
            print(f"no keel binary at {keel}: build it (swift build --product keel) or pass --openapi PATH")
            return 2
        doc = json.loads(subprocess.run([keel, "openapi"], check=True, capture_output=True).stdout)
    contract = Contract(doc)
    records = [json.loads(line) for line in open(argv[1], encoding="utf-8") if line.strip()]
    findings = collections.OrderedDict()
    for rec in records:
        for kind, op, detail in contract.check(rec):
            findings.setdefault((kind, op, detail), 0)
            findings[(kind, op, detail)] += 1
    ops = {f"{r['method']} {contract.match(r['path'].split('?')[0])}" for r in records}
    documented = sum(len([m for m in item if m in ("get", "post", "put", "patch", "delete")]) for item in contract.doc["paths"].values())
    print(f"contract: {len(records)} API calls of the tests over {len(ops)} of {documented} documented operations")
    by_kind = collections.Counter(k for k, _, _ in findings)
    for (kind, op, detail), n in findings.items():
        print(f"  {kind}: {op} {detail} (×{n})")
    if findings:
        print("findings: " + ", ".join(f"{n} {k}" for k, n in by_kind.items()))
        return 1
    print("no findings")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
