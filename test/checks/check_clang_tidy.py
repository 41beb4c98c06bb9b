#!/usr/bin/env python3
"""Runs the real clang-tidy with the itdd plugin on one fixture file and
compares its diagnostics with the expectations written in the fixture.

An expectation is a comment naming the line, the column and the start of
the message, in the notation of clang-tidy's own tests:

    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: integration test mocks ...

Every expectation must be met and no other itdd diagnostic may appear.
A fixture may set the clang-tidy configuration on one line, and expect
configuration warnings (which have no location):

    // ITDD-CONFIG: {CheckOptions: {itdd.EntryPoints: 'Controller$'}}
    // CHECK-CONFIG: itdd: invalid regular expression

and add compiler arguments (after the ones on the command line), `%S`
standing for the fixture's directory:

    // ITDD-ARGS: -isystem %S/../app/sysinc
"""

import os
import re
import shlex
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import itdd_e2e  # noqa: E402
from itdd_e2e import CHECK_MESSAGES  # noqa: E402

CONFIG = re.compile(r"//\s*ITDD-CONFIG:\s*(.*?)\s*$")
CONFIG_EXPECT = re.compile(r"//\s*CHECK-CONFIG:\s*(.*?)\s*$")
ARGS = re.compile(r"//\s*ITDD-ARGS:\s*(.*?)\s*$")
CONFIG_DIAG = re.compile(r"^warning:\s*(.*)$")
DIAG = re.compile(r"^(.*?):(\d+):(\d+):\s*(warning|error|note|remark):\s*(.*)$")


def expectations(path):
    expected, config, config_expected, extra_args = [], None, [], []
    directory = os.path.dirname(os.path.abspath(path))
    with open(path, encoding="utf-8") as source:
        for number, line in enumerate(source, start=1):
            match = CONFIG_EXPECT.search(line)
            if match:
                config_expected.append(match.group(1))
            match = CHECK_MESSAGES.search(line)
            if match:
                offset = int(match.group(1) or 0)
                expected.append((number + offset, int(match.group(2)),
                                 match.group(3), match.group(4), number))
            match = CONFIG.search(line)
            if match:
                config = match.group(1)
            match = ARGS.search(line)
            if match:
                extra_args += [arg.replace("%S", directory)
                               for arg in shlex.split(match.group(1))]
    return expected, config, config_expected, extra_args


def main():
    parser = itdd_e2e.argument_parser("--clang-tidy", "--plugin",
                                      description=__doc__.splitlines()[0])
    parser.add_argument("--checks", default="-*,itdd-*")
    parser.add_argument("fixture")
    parser.add_argument("compiler_args", nargs="*")
    args = parser.parse_args()

    expected, config, config_expected, extra_args = expectations(args.fixture)
    config = config or "{}"
    # The fixture's configuration plus the checks under test; --config also
    # keeps clang-tidy from picking up the repository's own .clang-tidy.
    config = config.strip()
    assert config.startswith("{") and config.endswith("}"), config
    inner = config[1:-1].strip()
    # The fixtures model a project whose application lives in fixtures/app:
    # it sits under this repository's test/ directory, which the default
    # layout rules would take for test code.
    if "itdd.TestCode" not in inner:
        test_code = "itdd.TestCode: '/fixtures/(integration|unit)/'"
        if "CheckOptions" in inner:
            inner = inner.replace("CheckOptions: {", "CheckOptions: {%s, " % test_code, 1)
        else:
            inner = (inner + ", " if inner else "") + "CheckOptions: {%s}" % test_code
    full_config = "{Checks: '%s'%s}" % (args.checks, ", " + inner if inner else "")

    command = [args.clang_tidy, "--load=" + args.plugin,
               "--config=" + full_config, "--quiet", args.fixture, "--"]
    command += args.compiler_args or ["-std=c++17"]
    command += extra_args
    result = subprocess.run(command, capture_output=True, text=True)
    output = result.stdout + result.stderr

    actual, config_actual = [], []
    for line in output.splitlines():
        match = CONFIG_DIAG.match(line)
        if match:
            config_actual.append(match.group(1))
            continue
        match = DIAG.match(line)
        if not match or not match.group(1).endswith(args.fixture.split("/")[-1]):
            if match and match.group(4) == "error":
                actual.append((0, 0, "error", line))
            continue
        actual.append((int(match.group(2)), int(match.group(3)),
                       match.group(4), match.group(5)))

    failures = []
    unmatched = list(actual)
    for line, column, severity, text, written_at in expected:
        found = None
        for candidate in unmatched:
            if (candidate[0], candidate[1], candidate[2]) == (line, column, severity) \
                    and candidate[3].startswith(text):
                found = candidate
                break
        if found:
            unmatched.remove(found)
        else:
            failures.append("%s:%d: expected %s at %d:%d not produced: %s"
                            % (args.fixture, written_at, severity, line, column, text))
    for text in config_expected:
        found = [c for c in config_actual if c.startswith(text)]
        if len(found) != 1:
            failures.append("%s: expected configuration warning once, got %d: %s"
                            % (args.fixture, len(found), text))
        else:
            config_actual.remove(found[0])
    for text in config_actual:
        failures.append("%s: unexpected configuration warning: %s" % (args.fixture, text))
    for line, column, severity, text in unmatched:
        failures.append("%s:%d:%d: unexpected %s: %s"
                        % (args.fixture, line, column, severity, text))

    if result.returncode not in (0, 1) or "error:" in output and not any(
            e[2] == "error" for e in expected):
        failures.append("clang-tidy exited %d" % result.returncode)

    if failures:
        print("\n".join(failures))
        print("--- clang-tidy output ---")
        print(output)
        print("--- command ---")
        print(" ".join(command))
        return 1
    print("%s: %d diagnostic(s) as expected" % (args.fixture, len(expected) + len(config_expected)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
