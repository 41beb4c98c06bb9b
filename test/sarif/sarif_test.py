#!/usr/bin/env python3
"""End-to-end tests of `itdd sarif`: the real clang-tidy with the itdd
plugin on a check file (test/checks/checkers/itdd-internal-mock.cpp), with
all itdd checks on, its output converted to SARIF 2.1.0.

  sarif_test.py --itdd ITDD --clang-tidy CLANG_TIDY --plugin LIB CASE

CASE is one of: text (console output), yaml (--export-fixes), notes (a
clang-tidy check with notes, in a header two translation units include),
errors (bad input leaves no output behind). The expected places are the
file's own CHECK-MESSAGES lines, those for its other checks
(CHECK-MESSAGES-SUFFIX) included.
"""

import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import itdd_e2e  # noqa: E402
from itdd_e2e import ROOT, fail  # noqa: E402

FIXTURE = os.path.join(ROOT, "test", "checks", "checkers", "itdd-internal-mock.cpp")
FIXTURE_URI = os.path.relpath(FIXTURE, ROOT)
# The layout test/checks/check_itdd.py gives the check files.
CONFIG = ("{Checks: '-*,itdd-*', CheckOptions: "
          "{itdd.IntegrationTestFiles: '/test/checks/checkers/', "
          "itdd.TestCode: '/test/checks/checkers/'}}")
CHECK = re.compile(r"\[(itdd-[a-z-]+)\]$")


def expected_places():
    """(line, column) -> check name (None when the comment does not say)."""
    places = {}
    with open(FIXTURE, encoding="utf-8") as source:
        for number, line in enumerate(source, start=1):
            match = itdd_e2e.CHECK_MESSAGES.search(line)
            if match and match.group(3) == "warning":
                check = CHECK.search(match.group(4))
                places[(number + int(match.group(1) or 0), int(match.group(2)))] = \
                    check.group(1) if check else None
    return places


def clang_tidy(args, *extra):
    command = [args.clang_tidy, "--load=" + args.plugin, "--config=" + CONFIG,
               FIXTURE] + list(extra) + ["--", "-std=c++17"]
    return itdd_e2e.run(command, expect=None)


def itdd_sarif(args, *rest, stdin=None):
    return itdd_e2e.run([args.itdd, "sarif"] + list(rest), expect=None, input=stdin)


def structure_problems(log):
    """What SARIF 2.1.0 requires of the parts itdd writes."""
    problems = []
    if log.get("version") != "2.1.0":
        problems.append("version is not 2.1.0")
    if "sarif" not in log.get("$schema", ""):
        problems.append("no SARIF $schema")
    runs = log.get("runs")
    if not isinstance(runs, list) or len(runs) != 1:
        return problems + ["not exactly one run"]
    run = runs[0]
    driver = run.get("tool", {}).get("driver", {})
    if driver.get("name") != "itdd" or not driver.get("version"):
        problems.append("tool.driver lacks name itdd or a version")
    rules = driver.get("rules", [])
    ids = [rule.get("id") for rule in rules]
    if len(set(ids)) != len(ids):
        problems.append("rule ids repeat: %s" % ids)
    for rule in rules:
        if not rule.get("shortDescription", {}).get("text"):
            problems.append("rule %s has no shortDescription.text" % rule.get("id"))
        page = "docs/checks/%s.md" % rule.get("id")
        if rule.get("id", "").startswith("itdd-"):
            if not rule.get("helpUri", "").endswith(page):
                problems.append("rule %s links to %s" % (rule["id"], rule.get("helpUri")))
            if not os.path.exists(os.path.join(ROOT, page)):
                problems.append("rule %s has no page %s" % (rule["id"], page))
    if not isinstance(run.get("results"), list):
        return problems + ["results is not a list"]
    for result in run["results"]:
        if not result.get("message", {}).get("text"):
            problems.append("a result without message.text")
        if result.get("level") not in ("none", "note", "warning", "error"):
            problems.append("bad level %s" % result.get("level"))
        index = result.get("ruleIndex")
        if not isinstance(index, int) or index >= len(ids) or \
                ids[index] != result.get("ruleId"):
            problems.append("ruleIndex %s does not name %s" % (index, result.get("ruleId")))
        for location in result.get("locations", []) + result.get("relatedLocations", []):
            physical = location.get("physicalLocation")
            if physical is None:
                continue
            if not physical.get("artifactLocation", {}).get("uri"):
                problems.append("a location without artifactLocation.uri")
            region = physical.get("region", {})
            if region and (not isinstance(region.get("startLine"), int)
                           or region["startLine"] < 1):
                problems.append("a region without a startLine >= 1")
    return problems


def places_in_fixture(log):
    found = {}
    for result in log["runs"][0]["results"]:
        for location in result.get("locations", []):
            physical = location["physicalLocation"]
            artifact = physical["artifactLocation"]
            if artifact.get("uri") == FIXTURE_URI and \
                    artifact.get("uriBaseId") == "SRCROOT":
                region = physical.get("region", {})
                found[(region.get("startLine"), region.get("startColumn"))] = \
                    result["ruleId"]
    return found


def check_log(log, expected):
    failures = 0
    for problem in structure_problems(log):
        failures += fail(problem)
    found = places_in_fixture(log)
    if set(found) != set(expected):
        failures += fail("results at %s, the fixture expects %s"
                         % (sorted(found), sorted(expected)))
    for place, check in expected.items():
        if check and found.get(place) != check:
            failures += fail("%s: %s expected, got %s" % (place, check, found.get(place)))
    rule_ids = {r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]}
    if rule_ids != set(found.values()) | {r["ruleId"] for r in log["runs"][0]["results"]}:
        failures += fail("rules %s are not the checks of the results" % sorted(rule_ids))
    if "itdd-internal-mock" not in rule_ids:
        failures += fail("no itdd-internal-mock rule")
    return failures


def case_text(args, tmp):
    tidy = clang_tidy(args)
    output = os.path.join(tmp, "tidy.txt")
    with open(output, "w") as out:
        out.write(tidy.stdout + tidy.stderr)
    expected = expected_places()
    sarif = os.path.join(tmp, "out.sarif")
    # The same output twice: a header's findings come once per TU.
    result = itdd_sarif(args, "--base-dir", ROOT, "-o", sarif, output, output)
    if result.returncode != 0:
        return fail("itdd sarif exited non-zero", result)
    with open(sarif) as f:
        log = json.load(f)
    failures = check_log(log, expected)
    if len(log["runs"][0]["results"]) != len(expected):
        failures += fail("%d results for %d findings: duplicates kept"
                         % (len(log["runs"][0]["results"]), len(expected)))
    # Published documentation: absolute links.
    result = itdd_sarif(args, "--docs-url", "https://example.org/itdd/", output)
    driver = json.loads(result.stdout)["runs"][0]["tool"]["driver"]
    if driver.get("informationUri") != "https://example.org/itdd/docs/itdd-sarif.md" or \
            any(not r["helpUri"].startswith("https://") for r in driver["rules"]):
        failures += fail("--docs-url does not make the links absolute: %s" % driver)
    # Standard input, without --base-dir: absolute file URIs.
    result = itdd_sarif(args, stdin=tidy.stdout + tidy.stderr)
    if result.returncode != 0:
        return failures + fail("itdd sarif on stdin exited non-zero", result)
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
            for r in json.loads(result.stdout)["runs"][0]["results"]
            for loc in r.get("locations", [])}
    if "file://" + FIXTURE not in uris:
        failures += fail("no absolute URI of the fixture in %s" % sorted(uris))
    return failures


def case_yaml(args, tmp):
    fixes = os.path.join(tmp, "fixes.yaml")
    tidy = clang_tidy(args, "--export-fixes=" + fixes)
    if not os.path.exists(fixes):
        return fail("clang-tidy wrote no --export-fixes file", tidy)
    sarif = os.path.join(tmp, "out.sarif")
    result = itdd_sarif(args, "--base-dir", ROOT, "-o", sarif, fixes)
    if result.returncode != 0:
        return fail("itdd sarif exited non-zero", result)
    with open(sarif) as f:
        log = json.load(f)
    failures = check_log(log, expected_places())
    # The source moved away: the offsets cannot become lines, and it says so.
    moved = os.path.join(tmp, "moved.yaml")
    with open(fixes) as f, open(moved, "w") as out:
        out.write(f.read().replace(FIXTURE, os.path.join(tmp, "gone.cpp")))
    result = itdd_sarif(args, moved)
    if result.returncode != 0 or "cannot read '%s'" % os.path.join(tmp, "gone.cpp") \
            not in result.stderr:
        failures += fail("a missing source is not reported", result)
    else:
        regions = [loc["physicalLocation"].get("region")
                   for r in json.loads(result.stdout)["runs"][0]["results"]
                   for loc in r.get("locations", [])]
        if any(regions):
            failures += fail("a region invented for an unreadable file")
    return failures


HEADER = """#include <string>
#include <utility>
inline std::string reuse(std::string Text) {
  std::string Taken = std::move(Text); // MOVED
  return Taken + Text; // USED
}
"""


def line_of(text, marker):
    return next(n for n, line in enumerate(text.splitlines(), start=1) if marker in line)


def case_notes(args, tmp):
    with open(os.path.join(tmp, "reuse.h"), "w") as out:
        out.write(HEADER)
    sources = []
    for name in ("a.cpp", "b.cpp"):
        sources.append(os.path.join(tmp, name))
        with open(sources[-1], "w") as out:
            out.write('#include "reuse.h"\nint %s_main() { return 0; }\n' % name[0])
    # One clang-tidy per translation unit, as run-clang-tidy runs it: each
    # reports the header's finding.
    output = ""
    for source in sources:
        tidy = subprocess.run(
            [args.clang_tidy, "--load=" + args.plugin,
             "--config={Checks: '-*,bugprone-use-after-move,itdd-*'}",
             "--header-filter=.*", source, "--", "-std=c++17"],
            capture_output=True, text=True)
        output += tidy.stdout + tidy.stderr
    header = os.path.join(tmp, "reuse.h")
    if output.count(header + ":%d:" % line_of(HEADER, "USED")) != 2:
        return fail("clang-tidy did not report the header once per TU:\n" + output)
    result = itdd_sarif(args, "--base-dir", tmp, stdin=output)
    if result.returncode != 0:
        return fail("itdd sarif exited non-zero", result)
    log = json.loads(result.stdout)
    failures = 0
    for problem in structure_problems(log):
        failures += fail(problem)
    results = log["runs"][0]["results"]
    if len(results) != 1:
        return failures + fail("%d results for one finding in a header" % len(results), result)
    found = results[0]
    location = found["locations"][0]["physicalLocation"]
    if found["ruleId"] != "bugprone-use-after-move" or \
            location["artifactLocation"] != {"uri": "reuse.h", "uriBaseId": "SRCROOT"} or \
            location["region"]["startLine"] != line_of(HEADER, "USED"):
        failures += fail("the finding is not use-after-move at reuse.h:%d: %s"
                         % (line_of(HEADER, "USED"), json.dumps(found)))
    related = found.get("relatedLocations", [])
    if len(related) != 1 or \
            related[0]["physicalLocation"]["region"]["startLine"] != line_of(HEADER, "MOVED") or \
            "move" not in related[0]["message"]["text"]:
        failures += fail("the note where it moved is not a related location: %s"
                         % json.dumps(related))
    rule = log["runs"][0]["tool"]["driver"]["rules"][0]
    if rule["helpUri"] != \
            "https://clang.llvm.org/extra/clang-tidy/checks/bugprone/use-after-move.html":
        failures += fail("clang-tidy's check links to %s" % rule["helpUri"])
    return failures


def case_errors(args, tmp):
    failures = 0
    sarif = os.path.join(tmp, "out.sarif")
    missing = os.path.join(tmp, "missing.txt")
    result = itdd_sarif(args, "-o", sarif, missing)
    if result.returncode != 2 or missing not in result.stderr:
        failures += fail("a missing input is not exit 2 naming it", result)
    failures += refused(args, sarif, os.path.join(tmp, "bad.yaml"),
                        "---\nDiagnostics:\n  - DiagnosticName: [unclosed\n",
                        "bad.yaml", "broken YAML")
    if any(name.startswith("out.sarif") and name != "out.sarif"
           for name in os.listdir(tmp)):
        failures += fail("a temporary output was left behind")
    result = itdd_sarif(args, "--input-format", "xml")
    if result.returncode != 2 or "--input-format" not in result.stderr:
        failures += fail("an unknown --input-format is not exit 2", result)
    # A clean run is an empty but valid log: clang-tidy prints nothing, or
    # only its counts on standard error.
    clean = os.path.join(tmp, "clean.cpp")
    with open(clean, "w") as out:
        out.write("int main() { return 0; }\n")
    for extra in ([], ["--checks=-*,readability-*"]):
        tidy = itdd_e2e.run([args.clang_tidy, "--load=" + args.plugin] + extra +
                            [clean, "--", "-std=c++17"])
        result = itdd_sarif(args, stdin=tidy.stdout + tidy.stderr)
        if result.returncode != 0:
            return failures + fail("a clean run's output exited non-zero", result)
        log = json.loads(result.stdout)
        for problem in structure_problems(log):
            failures += fail("clean log: " + problem)
        if log["runs"][0]["results"]:
            failures += fail("a clean run has results: %s" % log["runs"][0]["results"])
    failures += failed_runs(args, tmp, sarif)
    return failures


def failed_runs(args, tmp, sarif):
    """A run that failed is never an empty log, and text that is not
    clang-tidy's is refused."""
    failures = 0
    missing = os.path.join(tmp, "nowhere.cpp")
    tidy = itdd_e2e.run([args.clang_tidy, "--load=" + args.plugin, missing, "--"],
                        expect=1)
    result = itdd_sarif(args, stdin=tidy.stdout + tidy.stderr)
    messages = [r["message"]["text"] for r in
                json.loads(result.stdout or "{}").get("runs", [{}])[0].get("results", [])]
    if result.returncode != 0 or "no input files" not in messages or \
            "Error while processing %s." % missing not in messages:
        failures += fail("a run on a missing file is not error results: %s\n%s"
                         % (messages, tidy.stderr), result)
    failures += refused(args, sarif, os.path.join(tmp, "build.log"),
                        "[ 50%] Building CXX object app.o\nmake: *** [all] Error 2\n",
                        "build.log' holds no clang-tidy diagnostic",
                        "text that is not clang-tidy's")
    return failures


def refused(args, sarif, path, text, message, what):
    """Whether itdd sarif refuses the input text (exit 2, message in its
    error) and leaves the output as it was."""
    failures = 0
    with open(path, "w") as out:
        out.write(text)
    with open(sarif, "w") as out:
        out.write("previous")
    result = itdd_sarif(args, "-o", sarif, path)
    if result.returncode != 2 or message not in result.stderr:
        failures += fail("%s is not exit 2 saying %r" % (what, message), result)
    with open(sarif) as f:
        if f.read() != "previous":
            failures += fail("%s: the failed run touched the output file" % what)
    return failures


def main():
    parser = itdd_e2e.argument_parser("--itdd", "--clang-tidy", "--plugin")
    args, case = itdd_e2e.case_from_command_line(parser, globals())
    code = itdd_e2e.run_in_temp_dir(case, args, prefix="itdd-sarif-",
                                    ignore_cleanup_errors=True)
    print("%s: %s" % (args.case, "FAILED" if code else "ok"))
    return code


if __name__ == "__main__":
    sys.exit(main())
