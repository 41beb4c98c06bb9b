#!/usr/bin/env python3
"""Every source of itdd's own libraries, plugin and tool is compiled with
the warnings on (-Wall -Wextra), and with -Werror when the build was
configured with ITDD_WERROR (as `make test`, and so CI, does): a target
that forgets itdd_warnings would let a new warning through.

  warnings_test.py BUILD_DIR ON|OFF
"""

import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OWN = ("core", "support", "analysis", "checks", "tools", "gherkin", "generators",
       "red", "sarif")


def main():
    build, werror = sys.argv[1], sys.argv[2].upper() in ("ON", "TRUE", "1", "YES")
    with open(os.path.join(build, "compile_commands.json")) as f:
        entries = json.load(f)
    wanted = ["-Wall", "-Wextra"] + (["-Werror"] if werror else [])
    checked, missing = 0, []
    for e in entries:
        path = os.path.relpath(os.path.join(e["directory"], e["file"]), ROOT)
        if path.split(os.sep)[0] not in OWN or not path.endswith(".cpp"):
            continue
        checked += 1
        words = e.get("command", " ".join(e.get("arguments", []))).split()
        lacking = [w for w in wanted if w not in words]
        if lacking:
            missing.append("%s: no %s" % (path, " ".join(lacking)))
    if checked == 0:
        print("FAIL: no source of itdd's own in %s/compile_commands.json" % build)
        return 1
    if missing:
        print("FAIL: compiled without the warnings:\n  " + "\n  ".join(missing))
        return 1
    print("ok: %d sources compiled with %s" % (checked, " ".join(wanted)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
