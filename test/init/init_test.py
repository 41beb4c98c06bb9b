#!/usr/bin/env python3
"""End-to-end tests of `itdd init`: the real itdd proposes the itdd block of
.clang-tidy, and the real clang-tidy-19 with the plugin checks under it.

  init_test.py --itdd ITDD --clang-tidy CT --plugin LIB --compile-db DB CASE

The kiosk fixture has its tests beside its sources, an entry point built by
its own factory (Kiosk::Create, makeKiosk), a callback interface
(SaleListener), a boundary interface implemented in external/ with a
system header (CardReader), and two planted anti-patterns in its
integration test file: a mock of the kiosk's own Ledger, and a test that
goes around the kiosk to its checkout.

CASE is one of:
  planted   with no configuration the checks judge nothing; itdd init
            writes a block under which they find exactly the two planted
            anti-patterns, and the unit tests beside stay silent
  fresh     the written file: every key with its evidence as comments,
            valid for clang-tidy; a second run proposes nothing new
  merge     an existing .clang-tidy: printed merge and diff, the file left
            byte for byte without --force (exit 1); with --force the
            user's lines stay, the missing keys are added, a key the user
            set differently is kept and reported; list-style CheckOptions
            get list entries; one-line CheckOptions and broken YAML are
            refused, nothing written
  dry_run   the block on stdout, the same as the written one; no file
  baseline  --baseline records today's findings and names them in
            itdd.Baseline: the checks then report nothing; --baseline with
            --dry-run is refused
  shop      on the example application, the proposal beside the
            hand-written examples/shop/.clang-tidy: the checks' findings
            are the same under both
  library   the almanac fixture, a library with its tests beside its
            sources: users open it through Almanac::Open and call the free
            function importNotes; its implementation includes system
            headers and holds the store and calendar an options struct
            hands it. The proposal names the two test files of journeys
            (not their directory, which holds the product), the almanac
            and importNotes as entry points (not the store or calendar
            the almanac holds, not normalizeDay, which drives nothing), and
            under it the checks find only the planted test that goes
            around the almanac
"""

import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import itdd_e2e  # noqa: E402
from itdd_e2e import SHOP, check, compile_db  # noqa: E402

KIOSK = os.path.join(HERE, "fixtures", "kiosk")
SOURCES = ["src/catalog.cc", "src/checkout.cc", "src/kiosk.cc", "src/ledger.cc",
           "src/main.cc", "external/serial_card_reader.cc",
           "src/catalog_test.cc", "src/kiosk_test.cc"]
TESTS = ["src/catalog_test.cc", "src/kiosk_test.cc"]
FINDING = re.compile(r"^(.*?):(\d+):\d+: (warning|remark): (.*) \[(itdd-[a-z,-]+)\]$")


def findings(output):
    """(file name, line, kind, check) of each itdd diagnostic."""
    found = set()
    for line in output.splitlines():
        m = FINDING.match(line)
        if m:
            found.add((os.path.basename(m.group(1)), int(m.group(2)),
                       m.group(3), m.group(5)))
    return found


class Kiosk:
    """A copy of the kiosk fixture in its own repository, with a compile
    database."""

    def __init__(self, args, tmp):
        self.args = args
        self.root = os.path.join(tmp, "kiosk")
        shutil.copytree(KIOSK, self.root)
        os.makedirs(os.path.join(self.root, ".git"))
        self.build = compile_db(os.path.join(tmp, "build"), self.root, SOURCES,
                                "clang++-19",
                                flags="-std=c++17 -Isrc -Iexternal")
        self.config = os.path.join(self.root, ".clang-tidy")

    def init(self, *options, expect=0):
        return itdd_e2e.run([self.args.itdd, "init", "--quiet", "-p", self.build,
                             "--plugin", self.args.plugin,
                             "--clang-tidy", self.args.clang_tidy] +
                            list(options), cwd=self.root, expect=expect)

    def tidy(self):
        result = itdd_e2e.run([self.args.clang_tidy, "--load=" + self.args.plugin,
                               "--checks=-*,itdd-*", "-p", self.build] +
                              [os.path.join(self.root, t) for t in TESTS],
                              expect=None)
        check("Error while processing" not in result.stdout + result.stderr,
              "clang-tidy could not check the kiosk:\n" + result.stdout +
              result.stderr)
        return findings(result.stdout), result

    def line_of(self, text, source="src/kiosk_test.cc"):
        with open(os.path.join(self.root, source)) as f:
            for number, line in enumerate(f, 1):
                if text in line:
                    return number
        raise itdd_e2e.Failed("no line with %r in %s" % (text, source))

    def read_config(self):
        with open(self.config) as f:
            return f.read()



def value_of(config, key):
    m = re.search(r"^\s*%s: '(.*)'$" % re.escape(key), config, re.M)
    return m.group(1).replace("''", "'") if m else None


def case_planted(args, tmp):
    kiosk = Kiosk(args, tmp)
    before, result = kiosk.tidy()
    # Without configuration the journeys beside the sources are not judged:
    # their file gets one warning at its first line that they look like
    # integration tests and names 'itdd init'; the unit tests a remark.
    warnings = [f for f in before if f[2] == "warning"]
    check([f[:3] for f in warnings] == [("kiosk_test.cc", 1, "warning")] and
          "or run 'itdd init'" in result.stdout and
          any(f[0] == "catalog_test.cc" and f[2] == "remark" for f in before),
          "without configuration the tests beside the sources are not "
          "judged, and the file of journeys gets one warning that says "
          "what to do:\n" + result.stdout)
    kiosk.init()
    after, result = kiosk.tidy()
    # The internal mock is reported where the mock is created, so compare
    # the planted tests by check and the test each finding is in.
    got = sorted((f[3], f[0]) for f in after)
    check(got == [("itdd-internal-mock", "kiosk_test.cc"),
                  ("itdd-missing-entry-point", "kiosk_test.cc")],
          "under the inferred block exactly the two planted anti-patterns:\n"
          "%s\n--- .clang-tidy:\n%s" % (result.stdout, kiosk.read_config()))
    entry = [f for f in after if f[3] == "itdd-missing-entry-point"][0]
    check(entry[1] == kiosk.line_of("CustomerIsChargedWhatIsDue"),
          "the bypass is the test going to the checkout:\n" + result.stdout)
    mock = [f for f in after if f[3] == "itdd-internal-mock"][0]
    ledger_test = kiosk.line_of("SaleIsWrittenToTheLedger")
    check(ledger_test <= mock[1] < kiosk.line_of("CustomerIsChargedWhatIsDue"),
          "the internal mock is the ledger's:\n" + result.stdout)


def case_fresh(args, tmp):
    kiosk = Kiosk(args, tmp)
    result = kiosk.init()
    config = kiosk.read_config()
    expected = {
        "itdd.IntegrationTestFiles": r"(^|/)src/kiosk_test\.cc$",
        "itdd.EntryPoints": "^(shopfront::Kiosk|shopfront::makeKiosk)$",
        "itdd.ExternalBoundaries": "^(shopfront::CardReader|shopfront::SaleListener)$",
    }
    for key, value in expected.items():
        check(value_of(config, key) == value, "%s should be %r:\n%s" %
              (key, value, config))
    check(value_of(config, "itdd.Infrastructure") is None and
          value_of(config, "itdd.UiTypes") is None,
          "no evidence of infrastructure or UI, no key:\n" + config)
    for evidence in ["src/kiosk_test.cc: 5 of 5 tests build two or more",
                     "not: src/catalog_test.cc: 0 of 2 tests",
                     "built by the project's factory 'shopfront::Kiosk::Create'",
                     "implemented outside the project by serial::SerialCardReader "
                     "(external/serial_card_reader.h)",
                     "<termios.h> (system, in external/serial_card_reader.h)",
                     "its users implement it (a callback)",
                     "shopfront::Ledger: not a boundary: the integration tests "
                     "build shopfront::MemoryLedger for real"]:
        check(evidence in config, "the comments give the evidence %r:\n%s" %
              (evidence, config))
        check(evidence in result.stdout, "the report gives the evidence %r:\n%s"
              % (evidence, result.stdout))
    dump = itdd_e2e.run([args.clang_tidy, "--load=" + args.plugin,
                         "--checks=-*,itdd", "--verify-config"],
                        cwd=os.path.join(kiosk.root, "src"), expect=None)
    check(dump.returncode == 0 and "No config errors detected" in dump.stdout,
          "clang-tidy takes the written file:\n" + dump.stdout + dump.stderr)
    again = kiosk.init()
    check("nothing to add" in again.stdout and kiosk.read_config() == config,
          "a second run adds nothing:\n" + again.stdout + again.stderr)


USER_CONFIG = """\
# The team's own checks.
Checks: '-*,itdd-*,bugprone-*'
CheckOptions:
  bugprone-argument-comment.StrictMode: true
  itdd.EntryPoints: '^shopfront::Checkout$'
WarningsAsErrors: ''
"""


def case_merge(args, tmp):
    kiosk = Kiosk(args, tmp)
    itdd_e2e.write(kiosk.config, USER_CONFIG)
    result = kiosk.init(expect=1)
    check(kiosk.read_config() == USER_CONFIG,
          "without --force the file stays as it was")
    check("rerun with --force" in result.stderr, "says how to write it:\n" +
          result.stderr)
    out = result.stdout
    # What the user's key names keeps its role in the suggestion.
    check("keeps itdd.EntryPoints: '^shopfront::Checkout$'; the evidence above "
          "suggests '^(shopfront::Checkout|shopfront::Kiosk|shopfront::makeKiosk)$'" in out,
          "says what it would change and keeps the user's value:\n" + out)
    check(re.search(r"^\+  itdd.IntegrationTestFiles: ", out, re.M) and
          re.search(r"^@@ ", out, re.M) and
          not re.search(r"^-", out.split("+++")[1], re.M),
          "the diff only adds lines:\n" + out)
    kiosk.init("--force")
    merged = kiosk.read_config()
    user_lines = USER_CONFIG.splitlines()
    merged_lines = merged.splitlines()
    check([l for l in merged_lines if l in user_lines] == user_lines,
          "every line the user wrote stays, in order:\n" + merged)
    check(value_of(merged, "itdd.EntryPoints") == "^shopfront::Checkout$" and
          value_of(merged, "itdd.ExternalBoundaries") is not None and
          merged.index("itdd.ExternalBoundaries") < merged.index("WarningsAsErrors"),
          "missing keys go into the CheckOptions block:\n" + merged)
    # The old list form of CheckOptions gets list entries.
    itdd_e2e.write(kiosk.config, "CheckOptions:\n  - key: itdd.ShowUndecided\n"
                   "    value: 'true'\n")
    kiosk.init("--force")
    listed = kiosk.read_config()
    check("  - key: itdd.IntegrationTestFiles\n    value: '" in listed,
          "list-style CheckOptions get list entries:\n" + listed)
    tidy = itdd_e2e.run([args.clang_tidy, "--load=" + args.plugin,
                         "--checks=-*,itdd", "--dump-config"],
                        cwd=os.path.join(kiosk.root, "src"))
    check("itdd.IntegrationTestFiles" in tidy.stdout,
          "clang-tidy reads the merged list:\n" + tidy.stdout)
    # What cannot be merged is refused, with nothing written.
    for text, says in [("CheckOptions: {itdd.ShowUndecided: 'true'}\n",
                        "written on one line"),
                       ("Checks: '-*\nCheckOptions:\n", ".clang-tidy:")]:
        itdd_e2e.write(kiosk.config, text)
        result = kiosk.init("--force", expect=2)
        check(kiosk.read_config() == text and says in result.stderr,
              "refused, nothing written:\n" + result.stderr)


def case_dry_run(args, tmp):
    kiosk = Kiosk(args, tmp)
    result = kiosk.init("--dry-run")
    check(not os.path.exists(kiosk.config), "--dry-run writes nothing")
    check(result.stdout.startswith("# The itdd checks") and
          "itdd.EntryPoints: '^(shopfront::Kiosk|shopfront::makeKiosk)$'" in result.stdout,
          "--dry-run prints the block only:\n" + result.stdout)
    kiosk.init()
    check(kiosk.read_config() == result.stdout,
          "the block printed is the block written:\n" + result.stdout)


def case_baseline(args, tmp):
    kiosk = Kiosk(args, tmp)
    refused = kiosk.init("--baseline", "--dry-run", expect=2)
    check("--dry-run" in refused.stderr and not os.path.exists(kiosk.config),
          "--baseline needs a written configuration:\n" + refused.stderr)
    kiosk.init("--baseline")
    config = kiosk.read_config()
    check(value_of(config, "itdd.Baseline") == ".itdd-baseline.json",
          "the block names the baseline:\n" + config)
    with open(os.path.join(kiosk.root, ".itdd-baseline.json")) as f:
        recorded = json.load(f)["findings"]
    check(sorted(f["check"] for f in recorded) ==
          ["itdd-internal-mock", "itdd-missing-entry-point"] and
          all(f["count"] == 1 for f in recorded),
          "today's two findings are recorded: %s" % recorded)
    after, result = kiosk.tidy()
    check(not [f for f in after if f[2] == "warning"],
          "with the baseline the checks report nothing new:\n" + result.stdout)


def shop_copy(args, tmp):
    """A copy of the example application in its own repository, with the
    compile commands of its sources; returns (root, build)."""
    root = os.path.join(tmp, "shop")
    shutil.copytree(SHOP, root)
    os.makedirs(os.path.join(root, ".git"))
    with open(args.compile_db) as f:
        entries = [json.loads(json.dumps(e).replace(SHOP, root))
                   for e in json.load(f) if e["file"].startswith(SHOP + os.sep)]
    check(entries, "the compile database has no entry of the example application")
    build = os.path.join(tmp, "build")
    itdd_e2e.write(os.path.join(build, "compile_commands.json"), json.dumps(entries))
    return root, build, sorted(e["file"] for e in entries
                               if "/test/" in e["file"])


def case_shop(args, tmp):
    root, build, tests = shop_copy(args, tmp)
    config = os.path.join(root, ".clang-tidy")
    with open(config) as f:
        hand_written = f.read()

    def tidy():
        result = itdd_e2e.run([args.clang_tidy, "--load=" + args.plugin, "-p",
                               build, "--quiet"] + tests, expect=None)
        check("Error while processing" not in result.stdout + result.stderr,
              "clang-tidy could not check the shop:\n" + result.stderr)
        return sorted(findings(result.stdout))

    under_hand_written = tidy()
    os.remove(config)
    itdd_e2e.run([args.itdd, "init", "--quiet", "-p", build], cwd=root)
    with open(config) as f:
        inferred = f.read()
    under_inferred = tidy()
    print("--- hand-written\n" + hand_written + "--- inferred\n" + inferred)
    print("--- findings under both: %d" % len(under_inferred))
    for f in under_inferred:
        print("  %s:%d %s [%s]" % f)
    check(under_hand_written, "the shop's anti-patterns are found")
    check(under_inferred == under_hand_written,
          "the same findings under the inferred block:\nhand-written: %s\n"
          "inferred: %s" % (under_hand_written, under_inferred))


ALMANAC = os.path.join(HERE, "fixtures", "almanac")
ALMANAC_SOURCES = ["src/file_store.cc", "src/calendar.cc", "src/index.cc",
                   "src/almanac.cc", "src/import.cc", "src/almanac_test.cc",
                   "src/import_test.cc", "src/index_test.cc"]
ALMANAC_TESTS = ["src/almanac_test.cc", "src/import_test.cc",
                 "src/index_test.cc"]


def case_library(args, tmp):
    root = os.path.join(tmp, "almanac")
    shutil.copytree(ALMANAC, root)
    os.makedirs(os.path.join(root, ".git"))
    build = compile_db(os.path.join(tmp, "build"), root, ALMANAC_SOURCES,
                       "clang++-19", flags="-std=c++17 -Isrc")
    result = itdd_e2e.run([args.itdd, "init", "--quiet", "-p", build],
                          cwd=root)
    with open(os.path.join(root, ".clang-tidy")) as f:
        config = f.read()
    print(config)
    tests = value_of(config, "itdd.IntegrationTestFiles")
    check(tests == r"(^|/)src/almanac_test\.cc$|(^|/)src/import_test\.cc$",
          "the two files of journeys, each by name: their directory holds "
          "the product:\n" + config)
    entry = value_of(config, "itdd.EntryPoints")
    check(entry == "^(almanac::Almanac|almanac::importNotes)$",
          "the almanac and importNotes are where users come in; the store "
          "and calendar it holds and normalizeDay are not:\n" + config)
    check("almanac::importNotes (a function): the integration tests call it"
          in config, "the function's evidence is in the file:\n" + config)
    check(value_of(config, "itdd.Infrastructure") is None or
          "almanac::Almanac" not in value_of(config, "itdd.Infrastructure"),
          "the almanac is not infrastructure:\n" + config)
    tidy = itdd_e2e.run([args.clang_tidy, "--load=" + args.plugin,
                         "--checks=-*,itdd-*", "-p", build] +
                        [os.path.join(root, t) for t in ALMANAC_TESTS],
                        cwd=root, expect=None)
    out = tidy.stdout + tidy.stderr
    check("Error while processing" not in out, "clang-tidy could not check "
          "the almanac:\n" + out)
    got = sorted(f for f in findings(tidy.stdout) if f[2] == "warning")
    with open(os.path.join(root, "src", "almanac_test.cc")) as f:
        planted = next(n for n, line in enumerate(f, 1)
                       if "NotesOfADayAreFoundHoweverTheDayIsWritten" in line)
    check(got and all(f[:3] == ("almanac_test.cc", planted, "warning")
                      for f in got) and
          "itdd-missing-entry-point" in {f[3] for f in got},
          "under the inferred block only the planted test, which goes "
          "around the almanac, is reported:\n" + out)


def main():
    parser = itdd_e2e.argument_parser("--itdd", "--clang-tidy", "--plugin",
                                      "--compile-db")
    args, case = itdd_e2e.case_from_command_line(parser, globals())
    return itdd_e2e.run_in_temp_dir(case, args, prefix="itdd-init-")


if __name__ == "__main__":
    sys.exit(main())
