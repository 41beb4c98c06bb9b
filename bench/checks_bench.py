#!/usr/bin/env python3
"""How much time and memory the itdd checks add to a clang-tidy run.

For each translation unit, runs clang-tidy-19 (with the plugin loaded) once
with -checks=-*,itdd-* and once with one trivial stock check as the
baseline, alternating the two, several rounds, in one run. Reports per-TU
and overall ratios of the median times and of the peak memory.

  bench/checks_bench.py --plugin build/lib/libitdd_tidy.so [--rounds 5] \
      [-p BUILD_DIR] FILE...

Files are taken from BUILD_DIR/compile_commands.json when -p is given, or
compiled with -std=c++17 otherwise.
"""

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import time

ITDD = "-*,itdd-*"


def run(command):
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) < 0:
        sys.exit("crashed: " + " ".join(command))
    return elapsed, usage.ru_maxrss / 1024.0  # MiB


def command(clang_tidy, plugin, checks, path, build=None):
    base = [clang_tidy, "--load=" + plugin, "--config={Checks: '%s'}" % checks,
            "--quiet", path]
    if build:
        return base + ["-p", build]
    return base + ["--", "-std=c++17"]


def compare(files, plugin, rounds, build=None, clang_tidy="clang-tidy-19",
            baseline_check="google-build-namespaces", show=True):
    """Per-file medians of the itdd checks and of the baseline, alternated."""
    baseline = "-*," + baseline_check
    rows = []
    for path in files:
        times = {baseline: [], ITDD: []}
        memory = {baseline: [], ITDD: []}
        run(command(clang_tidy, plugin, baseline, path, build))  # Warm the file cache.
        for round_number in range(rounds):
            order = [baseline, ITDD] if round_number % 2 == 0 else [ITDD, baseline]
            for checks in order:
                seconds, mib = run(command(clang_tidy, plugin, checks, path, build))
                times[checks].append(seconds)
                memory[checks].append(mib)
        base_t, itdd_t = statistics.median(times[baseline]), statistics.median(times[ITDD])
        base_m, itdd_m = max(memory[baseline]), max(memory[ITDD])
        rows.append({"file": path, "baseline_s": base_t, "itdd_s": itdd_t,
                     "time_ratio": itdd_t / base_t, "baseline_mib": base_m,
                     "itdd_mib": itdd_m, "memory_ratio": itdd_m / base_m})
        if show:
            print("%-60s %6.2fs %6.2fs  x%.3f  %6.0f MiB %6.0f MiB  x%.3f" % (
                os.path.relpath(path)[-60:], base_t, itdd_t, itdd_t / base_t,
                base_m, itdd_m, itdd_m / base_m), flush=True)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clang-tidy", default="clang-tidy-19")
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("-p", dest="build")
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--baseline-check", default="google-build-namespaces",
                        help="the one stock check of the baseline run; the "
                        "default matches namespaces only, so the baseline is "
                        "close to the cost of parsing and traversing")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    BASELINE = "-*," + args.baseline_check
    rows = compare(args.files, args.plugin, args.rounds, args.build,
                   args.clang_tidy, args.baseline_check)

    total_base = sum(r["baseline_s"] for r in rows)
    total_itdd = sum(r["itdd_s"] for r in rows)
    ratio = total_itdd / total_base
    print("\n%d translation units, %d rounds each" % (len(rows), args.rounds))
    print("baseline (%s): %.2f s   itdd (%s): %.2f s   time ratio: %.3f" % (
        BASELINE, total_base, ITDD, total_itdd, ratio))
    print("peak memory ratio (worst TU): %.3f" % max(r["memory_ratio"] for r in rows))
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"rows": rows, "time_ratio": ratio}, out, indent=2)


if __name__ == "__main__":
    main()
