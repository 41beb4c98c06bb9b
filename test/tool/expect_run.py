#!/usr/bin/env python3
"""Runs a command and checks its exit code and that its output matches a
regex: expect_run.py CODE REGEX -- COMMAND..."""

import re
import subprocess
import sys


def main():
    code, pattern = int(sys.argv[1]), sys.argv[2]
    command = sys.argv[sys.argv.index("--") + 1:]
    result = subprocess.run(command, capture_output=True, text=True)
    output = result.stdout + result.stderr
    ok = result.returncode == code and re.search(pattern, output, re.S)
    if not ok:
        print("command: %s\nexit code %d (expected %d)\noutput:\n%s\n"
              "expected to match: %s"
              % (" ".join(command), result.returncode, code, output, pattern))
        return 1
    print("ok: %s" % " ".join(command))
    return 0


if __name__ == "__main__":
    sys.exit(main())
