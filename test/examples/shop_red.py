#!/usr/bin/env python3
"""itdd red on the shop's red scenarios (examples/shop/test/integration/red):
the verdicts, the exit code, and the gap report against its golden file.

  shop_red.py --itdd ITDD -p BUILD --binary shop_red_tests [--update]
"""

import difflib
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import itdd_e2e  # noqa: E402
from itdd_e2e import ROOT  # noqa: E402

GOLDEN = os.path.join(HERE, "shop_red_report.md")


def main():
    parser = itdd_e2e.argument_parser("--itdd")
    parser.add_argument("-p", dest="build", required=True)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--update", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        shop_map = os.path.join(tmp, "shop-map.json")
        report = os.path.join(tmp, "report.md")
        subprocess.run([args.itdd, "map", "-p", args.build, "--quiet", "-o", shop_map]
                       + itdd_e2e.shop_sources(), cwd=ROOT, check=True)
        result = subprocess.run(
            [args.itdd, "red", "-p", args.build, "--feature",
             "examples/shop/features/returns.feature", "--map", shop_map,
             "--report", report, "--", args.binary],
            cwd=ROOT, capture_output=True, text=True)
        if result.returncode != 1 or \
                "2 good red, 1 bad red, 1 pending, 0 not red" not in result.stdout:
            print("unexpected run (exit %d):\n%s%s" % (
                result.returncode, result.stdout, result.stderr))
            return 1
        with open(report) as f:
            text = f.read()
    if args.update:
        with open(GOLDEN, "w") as f:
            f.write(text)
        print("updated %s" % GOLDEN)
        return 0
    with open(GOLDEN) as f:
        golden = f.read()
    if text != golden:
        sys.stdout.writelines(difflib.unified_diff(
            golden.splitlines(True), text.splitlines(True), GOLDEN, "itdd red --report"))
        return 1
    print("ok: the gap report matches %s" % GOLDEN)
    return 0


if __name__ == "__main__":
    sys.exit(main())
