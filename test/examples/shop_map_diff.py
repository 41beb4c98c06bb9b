#!/usr/bin/env python3
"""`itdd map diff` on the shop's map before and after a change that makes
one of its application components depend on an external boundary: the
report names the new dependency first, and --fail-on new-boundary fails.

  shop_map_diff.py --itdd ITDD -p BUILD_DIR
"""

import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import itdd_e2e  # noqa: E402
from itdd_e2e import ROOT, fail  # noqa: E402

APPLICATION = {"entry-point", "ui", "internal", "infrastructure"}


def diff(args, *rest):
    return itdd_e2e.run([args.itdd, "map", "diff"] + list(rest), expect=None)


def add_boundary_dependency(before):
    """The first application component and an external boundary it does not
    depend on yet, and the map with that dependency added."""
    after = json.loads(json.dumps(before))
    boundaries = [c["name"] for c in after["components"]
                  if c.get("role") == "external-boundary"]
    for component in after["components"]:
        if component.get("role") not in APPLICATION:
            continue
        fresh = [b for b in boundaries if b not in component.get("dependencies", [])]
        if fresh:
            component["dependencies"] = sorted(component.get("dependencies", []) + [fresh[0]])
            return component["name"], fresh[0], after
    sys.exit("the shop's map has no application component that could take "
             "another boundary: %s" % json.dumps(before)[:2000])


def main():
    parser = itdd_e2e.argument_parser("--itdd")
    parser.add_argument("-p", dest="build", required=True)
    args = parser.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        old = os.path.join(tmp, "old.json")
        new = os.path.join(tmp, "new.json")
        subprocess.run([args.itdd, "map", "-p", args.build, "--quiet", "--no-cache",
                        "-j", "1", "-o", old] + itdd_e2e.shop_sources(), cwd=ROOT, check=True)
        with open(old) as f:
            before = json.load(f)
        source, boundary, after = add_boundary_dependency(before)
        with open(new, "w") as out:
            json.dump(after, out, indent=2)

        result = diff(args, old, new)
        if result.returncode != 0:
            failures += fail("map diff without --fail-on exited non-zero", result)
        report = result.stdout
        heading = report.find("### New dependencies on external boundaries")
        line = "`%s` (" % source
        if heading < 0 or report.find(line, heading) < 0 or \
                report.find("`%s` (external-boundary)" % boundary, heading) < 0:
            failures += fail("the report does not name %s -> %s first" % (source, boundary), result)
        if heading != report.find("### "):
            failures += fail("the new boundary dependency is not the first section", result)
        print(report)

        result = diff(args, "--fail-on", "new-boundary", old, new)
        if result.returncode != 1:
            failures += fail("--fail-on new-boundary did not exit 1", result)
        result = diff(args, "--fail-on", "role-change", old, new)
        if result.returncode != 0:
            failures += fail("--fail-on role-change exited non-zero without a role change", result)

        out = os.path.join(tmp, "diff.json")
        result = diff(args, "--format", "json", "-o", out, old, new)
        with open(out) as f:
            data = json.load(f)
        role = next(c["role"] for c in after["components"] if c["name"] == source)
        found = data.get("newBoundaryDependencies", [])
        if result.returncode != 0 or len(found) != 1 or \
                (found[0]["from"], found[0]["to"], found[0]["toRole"]) != \
                (source, boundary, "external-boundary") or \
                not found[0]["fromRole"].startswith(role):
            failures += fail("the JSON diff does not hold the new dependency: %s" % data, result)

        result = diff(args, "--fail-on", "any", old, old)
        if result.returncode != 0 or "No architectural change." not in result.stdout:
            failures += fail("a map compared with itself is a change", result)

        missing = os.path.join(tmp, "missing.json")
        result = diff(args, old, missing)
        if result.returncode != 2 or missing not in result.stderr:
            failures += fail("an unreadable map is not exit 2 naming it", result)
        result = diff(args, old)
        if result.returncode != 2:
            failures += fail("one map is not bad usage", result)
        result = diff(args, "--fail-on", "everything", old, new)
        if result.returncode != 2 or "--fail-on" not in result.stderr:
            failures += fail("an unknown --fail-on is not exit 2", result)
    print("map diff on the shop: %s" % ("FAILED" if failures else "as expected"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
