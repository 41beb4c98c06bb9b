#!/usr/bin/env python3
"""Test support defined in another file, judged through the map.

  summaries_test.py --itdd ITDD --clang-tidy CLANG_TIDY --plugin PLUGIN CASE

The steps fixture keeps its journey steps and its fixture's set-up in
source files of the test suite that the journey test's translation unit
never sees. `itdd map` summarises them; the real clang-tidy with the plugin
reads the summaries through itdd.Map.

  unseen   without itdd.Map the tests that call the steps are not judged,
           and one remark per check says so, naming the steps
  map      with itdd.Map naming the map file, each test is judged with what
           its steps do: the steps that reach the storefront and assert
           pass, the one that reserves on a bare shelf gets three findings,
           the one that starts the shop's program drives it from outside
           (no finding), and the set-up defined elsewhere counts as set-up
           only
  shards   the same findings with itdd.Map naming the shard directory
  stale    a step's source edited after the map was written: the tests that
           call it are not judged, and the remark says to map again
  missing  itdd.Map naming no file: one warning that names the key and what
           to do, and the tests are not judged
"""

import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import itdd_e2e  # noqa: E402
from itdd_e2e import check, compile_db  # noqa: E402

STEPS = os.path.join(HERE, "fixtures", "steps")
TEST = "tests/journeys/checkout_test.cpp"
SOURCES = ["src/shop.cpp", "tests/support/steps.cpp",
           "tests/support/repeat_steps.cpp", TEST]
FINDING = re.compile(r"^.*?checkout_test\.cpp:(\d+):\d+: (warning|remark): (.*) \[(itdd-[a-z,-]+)\]$")


class Project:
    def __init__(self, args, tmp):
        self.args = args
        self.root = os.path.join(tmp, "steps")
        shutil.copytree(STEPS, self.root)
        os.makedirs(os.path.join(self.root, ".git"))
        self.build = compile_db(os.path.join(tmp, "build"), self.root, SOURCES,
                                "clang++-19", flags="-std=c++17 -Itests")
        with open(os.path.join(self.root, ".clang-tidy")) as f:
            self.config = f.read()

    def line_of(self, text):
        with open(os.path.join(self.root, TEST)) as f:
            for number, line in enumerate(f, 1):
                if text in line:
                    return number
        raise itdd_e2e.Failed("no line with %r in the test" % text)

    def map(self):
        out = os.path.join(self.build, "itdd-map.json")
        itdd_e2e.run([self.args.itdd, "map", "--quiet", "-p", self.build,
                      "--root", self.root, "-o", out])
        return out

    def tidy(self, map_option=None, extra=""):
        config = self.config + extra
        if map_option:
            config += "  itdd.Map: '%s'\n" % map_option
        with open(os.path.join(self.root, ".clang-tidy"), "w") as f:
            f.write(config)
        result = itdd_e2e.run([self.args.clang_tidy, "--load=" + self.args.plugin,
                               "-p", self.build, os.path.join(self.root, TEST)],
                              expect=None)
        found = set()
        for line in result.stdout.splitlines():
            m = FINDING.match(line)
            if m:
                found.add((int(m.group(1)), m.group(2), m.group(4), m.group(3)))
        return found, result


def warnings(found):
    return sorted((line, check) for line, kind, check, _ in found
                  if kind == "warning")


def remarks(found):
    return [message for _, kind, _, message in found if kind == "remark"]


def judged_with_the_map(project, found, result):
    shelf = project.line_of("TEST(Checkout, ShelfKeepsABookAside)")
    world = project.line_of("TEST_F(ShopWorld, ShopOpensWithBooks)")
    expected = [(shelf, "itdd-missing-business-assertion"),
                (shelf, "itdd-missing-entry-point"),
                (shelf, "itdd-single-component"),
                (world, "itdd-missing-business-assertion")]
    output = result.stdout + result.stderr
    check(warnings(found) == expected,
          "expected findings %s, got %s\n%s" % (expected, warnings(found), output))
    messages = {(line, check): message for line, kind, check, message in found}
    check("exercises only one real component 'shop::Inventory'" in
          messages[(shelf, "itdd-single-component")],
          "the step builds one component, shop::Inventory:\n" + output)
    check("asserts nothing" in messages[(shelf, "itdd-missing-business-assertion")],
          "the shelf step asserts nothing:\n" + output)
    check("only checks that the system was set up" in
          messages[(world, "itdd-missing-business-assertion")],
          "the set-up defined elsewhere checks the set-up only:\n" + output)
    check(not remarks(found), "every test is judged:\n" + output)


def case_unseen(args, tmp):
    project = Project(args, tmp)
    found, result = project.tidy(extra="  itdd.ShowUndecided: true\n")
    check(not warnings(found), "nothing can be judged without the map:\n" +
          result.stdout)
    said = " ".join(remarks(found))
    for step in ["steps::buyThroughTheStorefront", "steps::reserveOnTheShelf",
                 "steps::ShopWorld::SetUp", "steps::ShopProgram::ShopProgram"]:
        check("calls '%s', test support defined in another file" % step in said,
              "the remark names %s:\n%s" % (step, result.stdout))


def case_map(args, tmp):
    project = Project(args, tmp)
    out = project.map()
    found, result = project.tidy(out)
    judged_with_the_map(project, found, result)
    # A relative path is looked up from the test's directory upwards.
    relative = os.path.relpath(out, project.root)
    found, result = project.tidy(relative)
    judged_with_the_map(project, found, result)


def case_shards(args, tmp):
    project = Project(args, tmp)
    project.map()
    found, result = project.tidy(os.path.join(project.build, ".itdd-cache", "map"))
    judged_with_the_map(project, found, result)


def case_stale(args, tmp):
    project = Project(args, tmp)
    out = project.map()
    with open(os.path.join(project.root, "tests/support/steps.cpp"), "a") as f:
        f.write("\n// edited after the map was written\n")
    found, result = project.tidy(out)
    said = " ".join(remarks(found))
    check("changed since the map (itdd.Map) was written (run 'itdd map' again)"
          in said, "the remark says the map is older than the steps:\n" +
          result.stdout)
    shelf = project.line_of("TEST(Checkout, ShelfKeepsABookAside)")
    check((shelf, "itdd-single-component") not in warnings(found),
          "a stale summary judges nothing:\n" + result.stdout)


def case_missing(args, tmp):
    project = Project(args, tmp)
    found, result = project.tidy("no-such-map.json")
    output = result.stdout + result.stderr
    check(output.count("map 'no-such-map.json' (itdd.Map) is not in the checked "
                       "file's directory or any of its parents") == 1,
          "one warning names the missing map:\n" + output)
    check("itdd map -p BUILD -o FILE" in output, "and says how to write it:\n" + output)
    check(not warnings(found), "nothing judged without the map:\n" + output)


def main():
    parser = itdd_e2e.argument_parser("--itdd", "--clang-tidy", "--plugin",
                                      description=__doc__)
    args, case = itdd_e2e.case_from_command_line(parser, globals())
    return itdd_e2e.run_in_temp_dir(case, args)


if __name__ == "__main__":
    sys.exit(main())
