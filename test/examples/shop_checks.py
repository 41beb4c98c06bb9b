#!/usr/bin/env python3
"""The itdd checks on examples/shop, through the real clang-tidy and the
shop's own .clang-tidy: no finding in its real integration tests, exactly
the expected findings in its anti-patterns.

  shop_checks.py --clang-tidy CLANG_TIDY --plugin LIB -p BUILD_DIR
"""

import argparse
import glob
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from itdd_e2e import ROOT  # noqa: E402

SHOP = os.path.join(ROOT, "examples", "shop", "test", "integration")
EXPECTED = os.path.join(os.path.dirname(__file__), "shop_expected.txt")
DIAG = re.compile(r"^(/.*?):(\d+):(\d+): warning: .*\[(itdd-[a-z-]+)\]$")


def findings(tidy, plugin, build, files):
    result = subprocess.run([tidy, "--quiet", "--load=" + plugin, "-p", build] + files,
                            capture_output=True, text=True)
    found = set()
    for line in (result.stdout + result.stderr).splitlines():
        match = DIAG.match(line)
        if match:
            found.add("%s:%s:%s: %s" % (os.path.relpath(match.group(1), ROOT),
                                        match.group(2), match.group(3), match.group(4)))
    if "error:" in result.stdout + result.stderr:
        print(result.stdout + result.stderr)
        sys.exit("clang-tidy reported errors")
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clang-tidy", dest="tidy", required=True)
    parser.add_argument("--plugin", required=True)
    parser.add_argument("-p", dest="build", required=True)
    args = parser.parse_args()
    good = sorted(glob.glob(os.path.join(SHOP, "*.cpp")))
    bad = sorted(glob.glob(os.path.join(SHOP, "antipatterns", "*.cpp")))
    failures = 0
    for finding in sorted(findings(args.tidy, args.plugin, args.build, good)):
        print("unexpected finding in a good test: " + finding)
        failures += 1
    expected = {l.strip() for l in open(EXPECTED) if l.strip() and not l.startswith("#")}
    actual = findings(args.tidy, args.plugin, args.build, bad)
    for missing in sorted(expected - actual):
        print("missing: " + missing)
        failures += 1
    for extra in sorted(actual - expected):
        print("unexpected: " + extra)
        failures += 1
    print("%d good files, %d anti-pattern files, %d findings: %s"
          % (len(good), len(bad), len(actual), "FAILED" if failures else "as expected"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
