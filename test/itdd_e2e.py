"""Helpers the end-to-end test scripts under test/ share: running commands,
failing with their output, fixtures' compile databases, one named case per run."""

import argparse
import filecmp
import json
import os
import re
import shutil
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHOP = os.path.join(ROOT, "examples", "shop")

# An expectation in a check file (test/checks/checkers), as clang-tidy's own
# tests write it: line offset, column, severity, the start of the message.
# CHECK-MESSAGES-SUFFIX holds what another check of the file is to report.
CHECK_MESSAGES = re.compile(
    r"//\s*CHECK-MESSAGES(?:-(?!NOT:|NEXT:|SAME:|DAG:)[A-Z-]+)?:\s*:\[\[@LINE([+-]\d+)?\]\]:(\d+):\s*"
    r"(warning|error|note|remark):\s*(.*?)\s*$")


class Failed(Exception):
    pass


def run(cmd, cwd=None, expect=0, **options):
    """cmd run with its output captured as text (options go to
    subprocess.run); unless expect is None, an exit code other than expect
    raises Failed with the command and its output."""
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, **options)
    if expect is not None and result.returncode != expect:
        raise Failed("%s\nexited %d (expected %d)\nstdout:\n%s\nstderr:\n%s" % (
            " ".join(cmd), result.returncode, expect, result.stdout, result.stderr))
    return result


def check(condition, message):
    if not condition:
        raise Failed(message)


def fail(message, result=None, rule=""):
    """Prints the failure, and the run it is about (its headings start with
    rule); returns 1, to be added to a case's count of failures."""
    print("FAIL: " + message)
    if result is not None:
        print(rule + "exit code:", result.returncode)
        print(rule + "stdout:\n" + result.stdout)
        print(rule + "stderr:\n" + result.stderr)
    return 1


def write(path, text, mode="w"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(text)
    return path


def compile_db(build, directory, sources, compiler="clang++", extra=(),
               flags="-std=c++17"):
    """build/compile_commands.json compiling each of sources (relative to
    directory) with flags (-std=c++17) and -Iinclude, then the extra
    entries; returns build."""
    entries = [{"directory": directory, "file": os.path.join(directory, source),
                "command": " ".join(w for w in [compiler, flags, "-Iinclude -c", source] if w)}
               for source in sources]
    write(os.path.join(build, "compile_commands.json"),
          json.dumps(entries + list(extra), indent=1))
    return build


def matches_golden(out, golden, update):
    """Whether out has the golden file's bytes, showing the difference when
    not; update copies out over the golden file instead."""
    if update:
        shutil.copy(out, golden)
        return True
    if filecmp.cmp(out, golden, shallow=False):
        return True
    subprocess.run(["diff", "-u", golden, out])
    return False


def shop_sources():
    """The example application's sources, as paths relative to ROOT."""
    return sorted(os.path.join("examples/shop/src", f)
                  for f in os.listdir(os.path.join(SHOP, "src")))


def argument_parser(*required, **options):
    """An argparse parser (options go to its constructor) taking each
    option in required, which must be given."""
    parser = argparse.ArgumentParser(**options)
    for name in required:
        parser.add_argument(name, required=True)
    return parser


def case_from_command_line(parser, namespace):
    """Adds the argument case, NAME for a function case_NAME in namespace, to
    parser; parses the command line and returns the arguments and that function."""
    cases = {name[len("case_"):]: value for name, value in namespace.items()
             if name.startswith("case_") and callable(value)}
    parser.add_argument("case", choices=sorted(cases), metavar="case",
                        help="one of: " + ", ".join(sorted(cases)))
    args = parser.parse_args()
    return args, cases[args.case]


def run_compiling_case(doc, namespace, prefix):
    """The main of a test script whose cases (case_NAME in namespace) take
    --itdd and --cxx: runs the case the command line names in a temporary
    directory named after prefix; returns the exit code."""
    parser = argument_parser(
        "--itdd", description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cxx", default="c++")
    args, case = case_from_command_line(parser, namespace)
    args.itdd = os.path.abspath(args.itdd)
    return run_in_temp_dir(case, args, prefix=prefix)


def run_in_temp_dir(case, args, prefix=None, failed="FAIL: %s",
                    ignore_cleanup_errors=False):
    """case(args, tmp) in a temporary directory removed after it; the exit
    code: 1 when it raised Failed (printed as failed % reason) or returned
    a count of failures other than 0, else 0."""
    with tempfile.TemporaryDirectory(prefix=prefix,
                                     ignore_cleanup_errors=ignore_cleanup_errors) as tmp:
        try:
            failures = case(args, tmp)
        except Failed as e:
            print(failed % e)
            return 1
    return 1 if failures else 0
