#!/usr/bin/env python3
"""End-to-end tests of `itdd baseline`: a copy of the example application,
its anti-pattern tests checked by the real clang-tidy-19 with the plugin.

  baseline_test.py --itdd ITDD --clang-tidy CT --plugin LIB --compile-db DB CASE

CASE is one of:
  silences        a baseline taken today silences every finding of today
  survives_edits  lines inserted above each finding resurrect none of them
  new_finding     a newly added anti-pattern is reported, and only it
  from_record     findings recorded in one's own clang-tidy run (--from)
                  give the same baseline
  bad_input       broken or missing baselines and bad usage: clear
                  messages, exit codes, nothing lost
  unjudged        a test that calls test support defined elsewhere is not
                  judged, and the run says so, naming the function
"""

import json
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import itdd_e2e  # noqa: E402
from itdd_e2e import SHOP  # noqa: E402

ANTIPATTERNS = os.path.join("test", "integration", "antipatterns")
FINDING = re.compile(r"^(.*?):(\d+):\d+: (warning|remark): (.*) \[(itdd-[a-z-]+)\]$")


def fail(message, result=None):
    sys.exit(itdd_e2e.fail(message, result, rule="--- "))


class Shop:
    """A copy of the shop with a compile database of its own."""

    def __init__(self, args, work):
        self.args = args
        self.root = os.path.join(work, "shop")
        shutil.copytree(SHOP, self.root)
        with open(args.compile_db, encoding="utf-8") as db:
            entries = json.load(db)
        mine = []
        for entry in entries:
            if not entry["file"].startswith(SHOP + os.sep):
                continue
            moved = json.loads(json.dumps(entry).replace(SHOP, self.root))
            mine.append(moved)
        if not mine:
            fail("the compile database has no entry of the example application")
        self.build = os.path.join(work, "build")
        os.makedirs(self.build)
        with open(os.path.join(self.build, "compile_commands.json"), "w",
                  encoding="utf-8") as db:
            json.dump(mine, db)
        directory = os.path.join(self.root, ANTIPATTERNS)
        self.files = sorted(os.path.join(directory, name)
                            for name in os.listdir(directory)
                            if name.endswith(".cpp"))
        self.baseline = os.path.join(self.root, ".itdd-baseline.json")

    def use_baseline(self, value=".itdd-baseline.json"):
        with open(os.path.join(self.root, ".clang-tidy"), "a",
                  encoding="utf-8") as config:
            config.write("  itdd.Baseline: '%s'\n" % value)

    def clang_tidy(self, env=None):
        """The itdd findings on the anti-pattern files, as (file, line,
        check, message), and the run."""
        command = [self.args.clang_tidy, "--load=" + self.args.plugin,
                   "-p", self.build, "--quiet"] + self.files
        result = subprocess.run(command, capture_output=True, text=True,
                                env=dict(os.environ, **(env or {})))
        if "Error while processing" in result.stdout + result.stderr:
            fail("clang-tidy could not check the shop", result)
        found = []
        for line in result.stdout.splitlines():
            match = FINDING.match(line)
            if match:
                found.append((os.path.relpath(match.group(1), self.root),
                              int(match.group(2)), match.group(5),
                              match.group(4)))
        return found, result

    def itdd_baseline(self, *extra):
        command = [self.args.itdd, "baseline", "-p", self.build,
                   "--plugin", self.args.plugin,
                   "--clang-tidy", self.args.clang_tidy, "-j", "2",
                   "--quiet"] + list(extra)
        return subprocess.run(command, capture_output=True, text=True,
                              cwd=self.root)

    def take_baseline(self):
        result = self.itdd_baseline(*self.files)
        if result.returncode != 0 or not os.path.exists(self.baseline):
            fail("itdd baseline did not write .itdd-baseline.json", result)
        with open(self.baseline, encoding="utf-8") as text:
            return json.load(text)


def total(baseline):
    return sum(f["count"] for f in baseline["findings"])


def case_silences(shop):
    today, _ = shop.clang_tidy()
    if len(today) < 7:
        fail("expected the anti-pattern tests to give findings of every "
             "check, got %r" % today)
    baseline = shop.take_baseline()
    if total(baseline) != len(today):
        fail("the baseline holds %d findings, clang-tidy reported %d:\n%s"
             % (total(baseline), len(today), json.dumps(baseline, indent=1)))
    checks = {f["check"] for f in baseline["findings"]}
    if len(checks) != 7:
        fail("expected findings of all seven checks, got %s" % sorted(checks))
    shop.use_baseline()
    after, result = shop.clang_tidy()
    if after:
        fail("with the baseline, these findings are still reported: %r"
             % after, result)


def insert_lines_above_findings(shop, baseline):
    """Three new lines above every line a finding was on."""
    by_file = {}
    for finding in baseline["findings"]:
        by_file.setdefault(finding["file"], set()).update(finding["lines"])
    for name, lines in by_file.items():
        path = os.path.join(shop.root, name)
        with open(path, encoding="utf-8") as source:
            text = source.read().split("\n")
        for line in sorted(lines, reverse=True):
            text[line - 1:line - 1] = ["// moved down by an edit", "", ""]
        with open(path, "w", encoding="utf-8") as source:
            source.write("\n".join(text))
    return by_file


def case_survives_edits(shop):
    before, _ = shop.clang_tidy()
    baseline = shop.take_baseline()
    shop.use_baseline()
    moved = insert_lines_above_findings(shop, baseline)
    if len(moved) < 5:
        fail("expected findings in most anti-pattern files, got %s" % moved)
    after, result = shop.clang_tidy()
    if after:
        fail("inserting lines resurrected these findings: %r" % after, result)
    # The findings did move: without the baseline they are on new lines.
    with open(os.path.join(shop.root, ".clang-tidy"), encoding="utf-8") as c:
        config = c.read()
    with open(os.path.join(shop.root, ".clang-tidy"), "w",
              encoding="utf-8") as c:
        c.write(config.replace("  itdd.Baseline:", "  # itdd.Baseline:"))
    unfiltered, _ = shop.clang_tidy()
    if len(unfiltered) != len(before) or set(unfiltered) & set(before):
        fail("the edit did not move every finding: before %r, after %r"
             % (before, unfiltered))


NEW_TESTS = """
namespace shop::testing {
namespace {
TEST(CheckoutWithHandMadeMocks, CustomerIsToldWhenStockRunsOut) {
  Database Db(":memory:");
  ProductStore Products(Db);
  NiceMock<MockInventoryService> Inventory(Products);
  EXPECT_CALL(Inventory, reserve(_, _)).WillOnce(Return(false));
}
} // namespace
} // namespace shop::testing
"""


def case_new_finding(shop):
    shop.take_baseline()
    shop.use_baseline()
    target = os.path.join(shop.root, ANTIPATTERNS,
                          "mocks_internal_service_test.cpp")
    with open(target, encoding="utf-8") as source:
        text = source.read()
    if "class MockInventoryService" not in text:
        fail("the anti-pattern file no longer declares MockInventoryService")
    with open(target, "a", encoding="utf-8") as source:
        source.write(NEW_TESTS)
    after, result = shop.clang_tidy()
    first_new = text.count("\n") + 2
    new = [f for f in after if f[1] >= first_new]
    old = [f for f in after if f[1] < first_new]
    if old:
        fail("old findings came back with the new test: %r" % old, result)
    checks = sorted({f[2] for f in new})
    if "itdd-internal-mock" not in checks or \
            not all("CustomerIsToldWhenStockRunsOut" in f[3] or
                    f[2] == "itdd-internal-mock" for f in new):
        fail("expected the new test's findings (a mocked internal component "
             "among them), got %r" % after, result)


def case_from_record(shop):
    baseline = shop.take_baseline()
    record = os.path.join(shop.root, "..", "recorded.jsonl")
    _, result = shop.clang_tidy(env={"ITDD_BASELINE_RECORD": record})
    os.remove(shop.baseline)
    again = shop.itdd_baseline("--from", record)
    if again.returncode != 0:
        fail("itdd baseline --from failed", again)
    with open(shop.baseline, encoding="utf-8") as text:
        recorded = json.load(text)
    if recorded != baseline:
        fail("--from gave another baseline:\n%s\nthan running clang-tidy:\n%s"
             % (json.dumps(recorded, indent=1), json.dumps(baseline, indent=1)))


UNJUDGED_TEST = """
namespace checkout_support {
int placeAnyOrder();
}

TEST(Unjudged, CustomerOrderGoesThrough) {
  EXPECT_EQ(checkout_support::placeAnyOrder(), 201);
}
"""


def case_unjudged(shop):
    plain = shop.itdd_baseline(*shop.files)
    if plain.returncode != 0 or "not judged" in plain.stderr:
        fail("the anti-pattern tests are all judged; expected no word of "
             "unjudged tests", plain)
    target = os.path.join(shop.root, ANTIPATTERNS,
                          "mocks_internal_service_test.cpp")
    with open(target, "a", encoding="utf-8") as source:
        source.write(UNJUDGED_TEST)
    result = shop.itdd_baseline(*shop.files)
    if result.returncode != 0:
        fail("itdd baseline failed", result)
    expected = ["itdd baseline: 1 test not judged: the analysis could not "
                "follow it to the end",
                "  calls 'checkout_support::placeAnyOrder', test support "
                "defined in another file (1 test)",
                "  set itdd.ShowUndecided: true to name them per test"]
    if result.stderr.splitlines() != expected:
        fail("expected, even with --quiet:\n%s" % "\n".join(expected), result)


def case_bad_input(shop):
    today, _ = shop.clang_tidy()
    # A baseline that is not one: named, and every finding still reported.
    with open(shop.baseline, "w", encoding="utf-8") as text:
        text.write('{"version": 1, "findings": [{"check": "itdd-x"}]}\n')
    shop.use_baseline()
    after, result = shop.clang_tidy()
    if len(after) != len(today) or "baseline file '" not in result.stdout + \
            result.stderr or "a finding without a \"file\"" not in \
            result.stdout + result.stderr:
        fail("a broken baseline must be named and change nothing", result)
    # Running itdd baseline over it replaces nothing that is not a baseline.
    bad = shop.itdd_baseline(*shop.files)
    if bad.returncode != 2 or "is not an itdd baseline" not in bad.stderr or \
            "--force" not in bad.stderr:
        fail("a non-baseline output file must be refused", bad)
    with open(shop.baseline, encoding="utf-8") as text:
        if "itdd-x" not in text.read():
            fail("the refused output file was changed")
    # A baseline that is not there.
    os.remove(shop.baseline)
    after, result = shop.clang_tidy()
    output = result.stdout + result.stderr
    if len(after) != len(today) or "is not in the checked file's directory" \
            not in output:
        fail("a missing baseline must be named and change nothing", result)
    # Bad usage: no database, no output directory.
    usage = subprocess.run([shop.args.itdd, "baseline"], capture_output=True,
                           text=True, cwd=shop.root)
    if usage.returncode != 2 or "-p" not in usage.stderr:
        fail("itdd baseline without -p must say so", usage)
    nowhere = shop.itdd_baseline("-o", "/nonexistent/dir/b.json")
    if nowhere.returncode != 2 or "/nonexistent/dir" not in nowhere.stderr:
        fail("an output in a missing directory must be refused", nowhere)
    broken = os.path.join(shop.root, "..", "broken.jsonl")
    with open(broken, "w", encoding="utf-8") as text:
        text.write("{not json\n")
    from_broken = shop.itdd_baseline("--from", broken)
    if from_broken.returncode != 2 or "line 1" not in from_broken.stderr or \
            os.path.exists(shop.baseline):
        fail("an unreadable record must be refused, writing nothing",
             from_broken)


def case_broken_pattern(shop):
    """A pattern in Perl syntax turns the checks that need it off: a
    baseline taken then would miss their findings. itdd baseline names the
    key, exits 2 and writes nothing."""
    with open(os.path.join(shop.root, ".clang-tidy"), "a", encoding="utf-8") as config:
        config.write("  itdd.UiMethods: '^\\w+Text$'\n")
    result = shop.itdd_baseline(*shop.files)
    if result.returncode != 2 or "'itdd.UiMethods': '\\w' matches a plain 'w'" \
            not in result.stderr or "nothing was recorded" not in result.stderr or \
            os.path.exists(shop.baseline):
        fail("a broken pattern must stop itdd baseline, writing nothing", result)


def main():
    parser = itdd_e2e.argument_parser("--itdd", "--clang-tidy", "--plugin", "--compile-db")
    args, case = itdd_e2e.case_from_command_line(parser, globals())
    itdd_e2e.run_in_temp_dir(lambda args, work: case(Shop(args, work)), args,
                             prefix="itdd-baseline-", ignore_cleanup_errors=True)
    print("PASS: baseline." + args.case)


if __name__ == "__main__":
    main()
