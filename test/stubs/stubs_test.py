#!/usr/bin/env python3
"""itdd red --build and itdd gen stubs on the garage fixture, a small
application whose journey tests call API that does not exist yet (a new
member function, a new overload, a new class reached from the entry point),
and one test whose compile error is a typo in its own helper. The fixture is
configured and built for real with CMake, and its tests run.

  stubs_test.py --itdd ITDD --cxx CXX CASE

CASE: ninja (the build the compiler of the project runs, with Ninja),
make (clang++ under `make -j2`, whose log interleaves the compilers).
"""

import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import itdd_e2e  # noqa: E402
from itdd_e2e import check  # noqa: E402

FIXTURE = os.path.join(HERE, "fixtures", "garage")
JOURNEYS = {
    "GarageFeature.DriverReservesASpotBeforeArriving":
        ["GateController::reserve(const std::string &)"],
    "GarageFeature.DriverOfAnElectricCarIsSentToACharger":
        ["GateController::enter(const std::string &, bool)"],
    "GarageFeature.ValetBringsTheCarBackToItsDriver":
        ["class ValetDesk", "ValetDesk::ValetDesk(GateController &)",
         "ValetDesk::bringBack(const Ticket &)"],
}
TYPO = "LeavingFeature.DriverLeavesAndTheSpotIsFreeAgain"


def run(cmd, cwd, expect=0):
    return itdd_e2e.run(cmd, cwd, expect, timeout=900)


def project(tmp, cxx, generator):
    """The fixture copied into its own repository and configured."""
    work = os.path.join(tmp, "garage")
    shutil.copytree(FIXTURE, work)
    run(["git", "init", "-q"], work)
    run(["cmake", "-S", ".", "-B", "build", "-G", generator,
         "-DCMAKE_CXX_COMPILER=" + cxx], work)
    return work


def verdicts(path):
    with open(path) as f:
        return {t["name"]: t for t in json.load(f)["tests"]}


def sources(work):
    """The test files' text: stubs never edit them."""
    texts = {}
    for name in os.listdir(os.path.join(work, "test", "integration")):
        with open(os.path.join(work, "test", "integration", name)) as f:
            texts[name] = f.read()
    return texts


def journey(args, tmp, cxx, generator, build):
    work = project(tmp, cxx, generator)
    tests = sources(work)
    out = os.path.join(tmp, "before.json")
    result = run([args.itdd, "red", "-p", "build", "--build", build, "--json", out,
                  "--", "build/garage_journeys"], work, expect=1)
    got = verdicts(out)
    for name, apis in JOURNEYS.items():
        check(name in got, "no verdict for %s:\n%s" % (name, result.stdout))
        check(got[name]["verdict"] == "missing-api" and got[name]["apis"] == apis,
              "%s: expected missing-api %s, got %r" % (name, apis, got[name]))
    typo = got.get(TYPO)
    check(typo is not None and typo["verdict"] == "bad-red"
          and "plateOfTheDy" in typo["reason"]
          and typo["reason"].startswith("does not compile: test/integration/garage_leaving_test.cpp:15"),
          "the typo in a test helper is a bad red: %r\n%s" % (typo, result.stdout))
    check("1 bad red, 0 pending, 0 not red, 3 missing-api" in result.stdout, result.stdout)

    # The diff names every declaration and definition; nothing is written.
    diff = run([args.itdd, "gen", "stubs", "-p", "build"], work)
    for text in ("+++ b/include/garage/parking.h",
                 "+  void reserve(const std::string &);",
                 "+  garage::Ticket enter(const std::string &, bool);",
                 "+++ b/src/parking.cpp",
                 "+garage::Ticket garage::GateController::enter(const std::string &, bool) {",
                 "--- /dev/null\n+++ b/include/garage/valet_desk.h",
                 "+  explicit ValetDesk(garage::GateController &);",
                 "+  void bringBack(const garage::Ticket &);",
                 "+++ b/src/valet_desk.cpp",
                 "+// itdd-stub: written by 'itdd gen stubs'; implement it"):
        check(text in diff.stdout, "the diff lacks %r:\n%s" % (text, diff.stdout))
    check(not os.path.exists(os.path.join(work, "include", "garage", "valet_desk.h")),
          "the diff wrote a file")
    check("garage_journeys_test" not in diff.stdout and "garage_leaving_test" not in diff.stdout,
          "the diff edits a test file:\n" + diff.stdout)

    run([args.itdd, "gen", "stubs", "-p", "build", "--apply", "--quiet"], work)
    check(sources(work) == tests, "gen stubs edited a test file")

    # The journeys compile now and fail at their business assertions.
    out = os.path.join(tmp, "after.json")
    result = run([args.itdd, "red", "-p", "build",
                  "--build", "cmake --build build --target garage_journeys",
                  "--json", out, "--", "build/garage_journeys"], work, expect=0)
    got = verdicts(out)
    for name, apis in JOURNEYS.items():
        check(got[name]["verdict"] == "good-red"
              and "a stub; implement it" in got[name]["reason"],
              "%s: expected a good red through a stub, got %r" % (name, got[name]))
    check("3 good red, 0 bad red, 0 pending, 0 not red" in result.stdout, result.stdout)
    check("`GateController::reserve(const std::string &)`: a stub; implement it"
          in got["GarageFeature.DriverReservesASpotBeforeArriving"]["reason"],
          got["GarageFeature.DriverReservesASpotBeforeArriving"]["reason"])
    # Nothing is left to stub for the journeys.
    again = run([args.itdd, "gen", "stubs", "-p", "build", "--test",
                 "test/integration/garage_journeys_test.cpp"], work)
    check(again.stdout == "", "stubs again:\n" + again.stdout)


def case_ninja(args, tmp):
    journey(args, tmp, args.cxx, "Ninja", "cmake --build build -- -k 0")


def case_make(args, tmp):
    # Two compilers at once write into one log.
    journey(args, tmp, "clang++-19", "Unix Makefiles", "cmake --build build -- -k -j2")


def main():
    parser = itdd_e2e.argument_parser("--itdd", "--cxx")
    args, case = itdd_e2e.case_from_command_line(parser, globals())
    code = itdd_e2e.run_in_temp_dir(case, args, failed="FAILED: %s")
    if not code:
        print("ok: %s" % args.case)
    return code


if __name__ == "__main__":
    sys.exit(main())
