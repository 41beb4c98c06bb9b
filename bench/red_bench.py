#!/usr/bin/env python3
"""itdd red against one plain run of the same GoogleTest binary.

Builds a GoogleTest binary whose tests all report normally (half pass, half
fail at an assertion, each doing WORK milliseconds of work), then times, in
turns: the binary once with --gtest_output=json (the baseline) and
`itdd red -- BINARY` (one run of the binary plus classification). Reports
the medians and their ratio; the target is at most 1.2.

  bench/red_bench.py --itdd build/bin/itdd [--cxx c++] [--tests 400]
                     [--work-ms 2] [--rounds 5]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

PROGRAM = """
#include <chrono>
#include <gtest/gtest.h>
#include <string>

namespace {
int work(int Ms) {
  auto End = std::chrono::steady_clock::now() + std::chrono::milliseconds(Ms);
  int N = 0;
  while (std::chrono::steady_clock::now() < End)
    ++N;
  return N;
}
} // namespace
"""

TEST = """
TEST(Journeys, Scenario{i}) {{
  work({ms});
  std::string Status = "PENDING";
  EXPECT_EQ(Status, {expected});
}}
"""


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def build_binary(tmp, tests, work_ms, cxx="c++"):
    """Writes and compiles the suite; returns the binary's path."""
    source = os.path.join(tmp, "journeys_test.cpp")
    binary = os.path.join(tmp, "journeys_test")
    with open(source, "w") as f:
        f.write(PROGRAM)
        for i in range(tests):
            expected = '"PENDING"' if i % 2 else '"CONFIRMED"'
            f.write(TEST.format(i=i, ms=work_ms, expected=expected))
    subprocess.run([cxx, "-std=c++17", "-O1", source, "-o", binary,
                    "-lgtest_main", "-lgtest", "-pthread"], check=True)
    return binary


def compare(binary, itdd, rounds, tmp):
    """Medians of the plain JSON run and of `itdd red`, taken in turns."""
    json_out = os.path.join(tmp, "out.json")
    baseline, red = [], []
    for _ in range(rounds):
        baseline.append(timed([binary, "--gtest_output=json:" + json_out]))
        red.append(timed([itdd, "red", "--json", os.path.join(tmp, "red.json"),
                          "--", binary]))
    return statistics.median(baseline), statistics.median(red)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--itdd", required=True)
    parser.add_argument("--cxx", default="c++")
    parser.add_argument("--tests", type=int, default=400)
    parser.add_argument("--work-ms", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        binary = build_binary(tmp, args.tests, args.work_ms, args.cxx)
        b, r = compare(binary, args.itdd, args.rounds, tmp)
    print("tests: %d, %d ms of work each, %d rounds" % (args.tests, args.work_ms, args.rounds))
    print("binary --gtest_output=json: %.3f s (median)" % b)
    print("itdd red -- binary:          %.3f s (median)" % r)
    print("ratio: %.3f" % (r / b))
    return 0


if __name__ == "__main__":
    sys.exit(main())
