#!/usr/bin/env python3
"""The missing-API flow of `make demo` (step 8), run by the same script,
scripts/demo-missing-api, in a temporary directory: a journey of the shop
written before its API (examples/shop/demo/) is missing-api, itdd gen stubs
writes the API into a scratch copy of the shop, and the journeys are then
good reds that name the stubs they ran through. The repository's
examples/shop is left byte for byte as it was.

  shop_missing_api.py --build BUILD_DIR
"""

import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import itdd_e2e  # noqa: E402
from itdd_e2e import ROOT, SHOP, check  # noqa: E402

SCRIPT = os.path.join(ROOT, "scripts", "demo-missing-api")
MARKER = "// itdd-stub: written by 'itdd gen stubs'; implement it"
JOURNEYS = {
    "ReorderFeature.CustomerReordersAPastOrder":
        "OrderController::reorder(const std::string &, long long)",
    "ReorderFeature.CustomerSeesHerPastOrders":
        "OrderController::ordersOf(const std::string &)",
}


def digest(tree):
    """Each file under tree (relative path) and the hash of its bytes."""
    files = {}
    for directory, _, names in os.walk(tree):
        for name in names:
            path = os.path.join(directory, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, tree)] = hashlib.sha256(f.read()).hexdigest()
    return files


def verdicts(path):
    with open(path) as f:
        report = json.load(f)
    return {t["name"]: t for t in report["tests"]}, report["summary"]


def read(path):
    with open(path) as f:
        return f.read()


def case_flow(args, tmp):
    before = digest(SHOP)
    work = os.path.join(tmp, "work")
    result = itdd_e2e.run(["sh", SCRIPT, args.build, work], cwd=tmp, expect=None,
                          timeout=1200)
    output = result.stdout + result.stderr
    check(result.returncode == 0, "scripts/demo-missing-api exited %d:\n%s"
          % (result.returncode, output))

    # Before the stubs: each journey needs its API, and nothing else is wrong.
    got, summary = verdicts(os.path.join(work, "red-before.json"))
    for name, api in JOURNEYS.items():
        test = got.get(name)
        check(test is not None and test["verdict"] == "missing-api"
              and test["apis"] == [api],
              "%s: expected missing-api %s, got %r\n%s" % (name, api, test, output))
    check(summary["missing-api"] == 2 and summary["bad-red"] == 0
          and summary["blocked-by-build"] == 0, "before the stubs: %r" % summary)

    # The stubs: declarations in the controller's header, do-nothing
    # definitions in its source, each marked; no include the header has.
    diff = read(os.path.join(work, "stubs.diff"))
    for text in ("+++ b/include/shop/entry_points.h",
                 "+  shop::Response reorder(const std::string &, long long);",
                 "+  std::vector<shop::Order> ordersOf(const std::string &);",
                 "+++ b/src/entry_points.cpp",
                 "+shop::Response shop::OrderController::reorder(const std::string &, long long) {",
                 "+" + MARKER):
        check(text in diff, "the stubs lack %r:\n%s" % (text, diff))
    check("+#include" not in diff,
          "the stubs include a header the controller's header already sees:\n" + diff)
    scratch = os.path.join(work, "shop")
    check(read(os.path.join(scratch, "include", "shop", "entry_points.h")).count(MARKER) == 2,
          "the stubs were not applied to the scratch copy")
    test_file = os.path.join("test", "integration", "red", "reorder_test.cpp")
    check(read(os.path.join(scratch, test_file))
          == read(os.path.join(SHOP, "demo", test_file)), "gen stubs edited the test")

    # After: the journeys compile, run through the real shop and fail at
    # their business assertions; itdd red recognises the stubs by their marker.
    got, summary = verdicts(os.path.join(work, "red-after.json"))
    for name, api in JOURNEYS.items():
        test = got.get(name)
        check(test is not None and test["verdict"] == "good-red"
              and test.get("stubs") == [api]
              and test["decided-by"]["value"] == "business"
              and ("`%s`: a stub; implement it" % api) in test["reason"],
              "%s: expected a good red through the stub %s, got %r\n%s"
              % (name, api, test, output))
    check(summary["good-red"] == 2 and summary["bad-red"] == 0
          and summary["missing-api"] == 0, "after the stubs: %r" % summary)
    check("itdd red: 2 good red, 0 bad red" in result.stdout, result.stdout)

    after = digest(SHOP)
    check(after == before, "examples/shop changed: %s" % sorted(
        f for f in set(before) | set(after) if before.get(f) != after.get(f)))
    print(result.stdout)


def main():
    parser = itdd_e2e.argument_parser("--build")
    args, case = itdd_e2e.case_from_command_line(parser, globals())
    code = itdd_e2e.run_in_temp_dir(case, args, prefix="itdd-missing-api-")
    if not code:
        print("ok: %s" % args.case)
    return code


if __name__ == "__main__":
    sys.exit(main())
