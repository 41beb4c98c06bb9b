#!/usr/bin/env python3
"""How itdd scales: the checks, itdd map, itdd gen factory and itdd red on
generated projects from a few to over a thousand translation units.

For each size, writes a project with bench/gen_project.py and measures, in
one session, each figure against a baseline taken alongside it:

- itdd map -j J from scratch against `clang-19 -fsyntax-only` over the same
  translation units, J at a time (bench/map_bench.py);
- itdd map -j 1 against itdd map -j J (sizes up to --j1-up-to);
- itdd map re-run over the unchanged tree (its shards) against from scratch;
- the peak memory of itdd map (one process: its threads share it) and of
  the largest single clang process;
- itdd gen factory for the entry point that reaches the most components,
  from the map just written (median of 3);
- the checks (clang-tidy-19 --load=PLUGIN, -*,itdd-*) against the same
  clang-tidy with one trivial stock check, on a sample of the integration
  tests (bench/checks_bench.py);

and once, itdd red over a GoogleTest binary of --red-tests tests against
the binary's own --gtest_output=json run (bench/red_bench.py).

Writes the figures to --json after every size (a cut-short run keeps what
it measured) and plots time and memory against the size with gnuplot.

  bench/scale_bench.py --itdd build/bin/itdd --plugin build/lib/libitdd_tidy.so \\
      [--sizes 10,100,300,1000] [-j 2] [--work DIR] [--json FILE] [--png FILE]
  bench/scale_bench.py --plot-only FILE.json --png FILE.png
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import checks_bench  # noqa: E402
import gen_project  # noqa: E402
import map_bench  # noqa: E402
import red_bench  # noqa: E402


def load():
    return [round(x, 2) for x in os.getloadavg()]


def reach(components):
    """Entry point -> number of components its constructors reach."""
    by_name = {c["name"]: c for c in components}
    implementers = {}
    for c in components:
        for base in c.get("implements", []):
            implementers.setdefault(base, []).append(c["name"])
    counts = {}
    for c in components:
        if not c.get("entry_point"):
            continue
        seen, todo = set(), [c["name"]]
        while todo:
            name = todo.pop()
            if name in seen or name not in by_name:
                continue
            seen.add(name)
            todo.extend(by_name[name].get("dependencies", []))
            todo.extend(implementers.get(name, []))
        counts[c["name"]] = len(seen)
    return counts


def map_command(itdd, build, jobs, shards, out):
    return [itdd, "map", "--quiet", "-p", build, "-j", str(jobs),
            "--shard-dir", shards, "-o", out]


def measure_size(units, args, work):
    project = os.path.join(work, "u%d" % units)
    if os.path.exists(project):
        shutil.rmtree(project)
    tests = max(1, round(units * args.test_share))
    domains, entries = gen_project.generate(project, units - tests, tests, args.seed)
    build = os.path.join(project, "build")
    row = {"units": len(entries), "domains": len(domains),
           "test_units": sum(1 for e in entries if "/tests/" in e["file"]),
           "load_before": load()}
    say = lambda text: print("  [%d TUs] %s" % (len(entries), text), flush=True)  # noqa: E731

    t, mib = map_bench.parse_all(entries, args.clang, args.jobs)
    row.update(parse_s=t, parse_peak_mib=mib)
    say("clang -fsyntax-only -j %d: %.1f s, peak %.0f MiB per process" % (args.jobs, t, mib))

    shards = tempfile.mkdtemp(prefix="itdd-scale-shards-", dir=work)
    out = os.path.join(work, "map-%d.json" % units)
    cmd = map_command(args.itdd, build, args.jobs, shards, out)
    t, mib = map_bench.timed(cmd)
    row.update(map_s=t, map_peak_mib=mib, map_ratio=t / row["parse_s"])
    say("itdd map -j %d: %.1f s (x%.3f of parsing), peak %.0f MiB" % (
        args.jobs, t, row["map_ratio"], mib))

    t, mib = map_bench.timed(cmd)
    row.update(rerun_s=t, rerun_peak_mib=mib, rerun_ratio=t / row["map_s"])
    say("itdd map unchanged re-run: %.2f s (x%.4f of from scratch), peak %.0f MiB" % (
        t, row["rerun_ratio"], mib))
    shutil.rmtree(shards)

    if units <= args.j1_up_to:
        shards = tempfile.mkdtemp(prefix="itdd-scale-shards-", dir=work)
        t, mib = map_bench.timed(map_command(args.itdd, build, 1, shards,
                                             os.path.join(shards, "map.json")))
        row.update(map_j1_s=t, map_j1_peak_mib=mib, jobs_ratio=row["map_s"] / t)
        say("itdd map -j 1: %.1f s, peak %.0f MiB; -j %d / -j 1 = %.3f" % (
            t, mib, args.jobs, row["jobs_ratio"]))
        shutil.rmtree(shards)

    with open(out) as f:
        the_map = json.load(f)
    row["components"] = len(the_map["components"])
    counts = reach(the_map["components"])
    entry = max(sorted(counts), key=lambda name: counts[name])
    header = os.path.join(work, "factory-%d.h" % units)
    times = []
    for _ in range(3):
        if os.path.exists(header):
            os.remove(header)
        t, _ = map_bench.timed([args.itdd, "gen", "factory", "--map", out, "--entry", entry,
                                "--name", "Scale", "-o", header])
        times.append(t)
    row.update(factory_s=statistics.median(times), factory_entry=entry,
               factory_reach=counts[entry])
    say("itdd gen factory --entry %s (%d components): %.3f s" % (
        entry, counts[entry], row["factory_s"]))

    integration = sorted(e["file"] for e in entries if "/tests/integration/" in e["file"])
    step = max(1, len(integration) // args.check_files)
    sample = integration[::step][:args.check_files]
    rows = checks_bench.compare(sample, args.plugin, args.check_rounds, build, show=False)
    base = sum(r["baseline_s"] for r in rows)
    itdd = sum(r["itdd_s"] for r in rows)
    row.update(checks_files=len(rows), checks_baseline_s=base, checks_s=itdd,
               checks_ratio=itdd / base,
               checks_memory_ratio=max(r["memory_ratio"] for r in rows))
    say("checks on %d integration tests: %.1f s against %.1f s (x%.3f), memory x%.3f" % (
        len(rows), itdd, base, row["checks_ratio"], row["checks_memory_ratio"]))
    row["load_after"] = load()
    if not args.keep:
        shutil.rmtree(project)
    return row


def measure_red(args, work):
    result = {}
    for work_ms in (2, 0):
        with tempfile.TemporaryDirectory(dir=work) as tmp:
            binary = red_bench.build_binary(tmp, args.red_tests, work_ms)
            b, r = red_bench.compare(binary, args.itdd, args.red_rounds, tmp)
        result["work_%dms" % work_ms] = {"tests": args.red_tests, "binary_s": b,
                                         "red_s": r, "ratio": r / b}
        print("  itdd red, %d tests of %d ms: %.3f s against %.3f s (x%.3f)" % (
            args.red_tests, work_ms, r, b, r / b), flush=True)
    return result


PLOT = """set terminal png size 1100,460 font ",10"
set output '{png}'
set datafile separator ","
set multiplot layout 1,2 title "itdd on generated projects ({machine})"
set key bottom right
set grid
set xlabel "translation units"
set ylabel "seconds"
set logscale xy
plot '{csv}' using 1:2 with linespoints title "clang -fsyntax-only -j{jobs}", \\
     '' using 1:3 with linespoints title "itdd map -j{jobs}", \\
     '' using 1:4 with linespoints title "itdd map -j1", \\
     '' using 1:5 with linespoints title "itdd map unchanged re-run", \\
     '' using 1:6 with linespoints title "itdd gen factory"
unset logscale y
set ylabel "peak MiB"
set yrange [0:*]
plot '{csv}' using 1:7 with linespoints title "largest clang -fsyntax-only process", \\
     '' using 1:8 with linespoints title "itdd map -j{jobs} (whole process)", \\
     '' using 1:9 with linespoints title "itdd map -j1", \\
     '' using 1:10 with linespoints title "itdd map re-run"
unset multiplot
"""


def plot(results, png):
    gnuplot = shutil.which("gnuplot")
    if not gnuplot:
        sys.exit("gnuplot not found: scripts/install-deps installs gnuplot-nox")
    with tempfile.TemporaryDirectory() as tmp:
        csv = os.path.join(tmp, "scale.csv")
        with open(csv, "w") as f:
            for r in sorted(results["sizes"], key=lambda r: r["units"]):
                f.write(",".join(str(x) for x in (
                    r["units"], r["parse_s"], r["map_s"], r.get("map_j1_s", "NaN"),
                    r["rerun_s"], r["factory_s"], r["parse_peak_mib"], r["map_peak_mib"],
                    r.get("map_j1_peak_mib", "NaN"), r["rerun_peak_mib"])) + "\n")
        script = os.path.join(tmp, "scale.gp")
        with open(script, "w") as f:
            f.write(PLOT.format(png=os.path.abspath(png), csv=csv, jobs=results["jobs"],
                                machine=results["machine"]))
        subprocess.run([gnuplot, script], check=True)
    print("plot: %s" % png)


def machine():
    cores = os.cpu_count()
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) // (1024 * 1024)
    return "%d cores, %d GiB" % (cores, mem)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("--itdd")
    parser.add_argument("--plugin")
    parser.add_argument("--clang", default="clang-19")
    parser.add_argument("--sizes", default="10,100,300,1000",
                        help="translation units of each generated project, comma separated")
    parser.add_argument("-j", dest="jobs", type=int, default=2)
    parser.add_argument("--j1-up-to", type=int, default=300, metavar="UNITS",
                        help="run itdd map -j 1 only for sizes up to this many "
                        "translation units (it takes as long as the rest of a size)")
    parser.add_argument("--test-share", type=float, default=0.15,
                        help="share of the translation units that are test files "
                        "(they include GoogleTest and GoogleMock, and cost the most to parse)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--check-files", type=int, default=6,
                        help="integration tests the checks are measured on, per size")
    parser.add_argument("--check-rounds", type=int, default=1)
    parser.add_argument("--red-tests", type=int, default=1000)
    parser.add_argument("--red-rounds", type=int, default=5)
    parser.add_argument("--work", help="where the projects are generated (default: a temporary directory)")
    parser.add_argument("--keep", action="store_true", help="keep the generated projects")
    parser.add_argument("--json", default="scale.json")
    parser.add_argument("--png", help="plot time and memory against size here")
    parser.add_argument("--plot-only", metavar="JSON", help="only plot this result file")
    args = parser.parse_args()

    if args.plot_only:
        if not args.png:
            parser.error("--plot-only needs --png")
        with open(args.plot_only) as f:
            plot(json.load(f), args.png)
        return 0
    if not args.itdd or not args.plugin:
        parser.error("--itdd and --plugin are required")
    try:
        sizes = [int(s) for s in args.sizes.split(",")]
    except ValueError:
        parser.error("--sizes takes numbers separated by commas, e.g. 10,100,300")
    if any(s < 6 for s in sizes):
        parser.error("every size must be at least 6 translation units")
    if not 0 < args.test_share < 1:
        parser.error("--test-share must lie between 0 and 1")
    work = args.work or tempfile.mkdtemp(prefix="itdd-scale-")
    os.makedirs(work, exist_ok=True)
    results = {"machine": machine(), "jobs": args.jobs, "itdd": os.path.abspath(args.itdd),
               "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
               "load_at_start": load(), "sizes": []}

    def save():
        tmp = args.json + ".tmp"
        with open(tmp, "w") as f:
            json.dump(results, f, indent=2)
        os.replace(tmp, args.json)

    print("itdd red", flush=True)
    results["red"] = measure_red(args, work)
    save()
    for units in sizes:
        print("size %d" % units, flush=True)
        start = time.perf_counter()
        try:
            row = measure_size(units, args, work)
        except map_bench.Failed as error:
            sys.exit(str(error))
        row["wall_s"] = time.perf_counter() - start
        results["sizes"].append(row)
        save()
        if args.png:
            plot(results, args.png)
    if not args.work:
        shutil.rmtree(work)
    print("figures: %s" % args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
