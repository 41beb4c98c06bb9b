#!/usr/bin/env python3
"""itdd map against a plain parse of the same translation units.

Runs, in one session and with the same parallelism (-j): `clang-19
-fsyntax-only` over every TU of a compilation database (the baseline);
`itdd map` from scratch; and `itdd map` again over the unchanged tree with
its shard directory. Reports wall times, their ratios to the baseline, and
peak memory.

  bench/map_bench.py --itdd build/bin/itdd -p BUILD_DIR [-j 2] [--rounds 3]
"""

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time


class Failed(Exception):
    pass


def timed(command, cwd=None):
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise Failed("failed: %s\n%s" % (" ".join(command), err[:2000]))
    return time.perf_counter() - start, usage.ru_maxrss / 1024.0


def parse_all(entries, clang, jobs):
    """clang -fsyntax-only over every entry, `jobs` at a time."""
    queue = list(entries)
    lock = threading.Lock()
    peak = [0.0]
    errors = []

    def worker():
        while True:
            with lock:
                if not queue:
                    return
                entry = queue.pop()
            args = shlex.split(entry["command"]) if "command" in entry else entry["arguments"]
            args = [clang] + [a for a in args[1:] if a not in ("-c",)]
            if "-o" in args:
                k = args.index("-o")
                del args[k:k + 2]
            try:
                _, mib = timed(args + ["-fsyntax-only"], cwd=entry["directory"])
            except Failed as error:
                with lock:
                    errors.append(str(error))
                continue
            with lock:
                peak[0] = max(peak[0], mib)

    start = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        sys.exit("%d translation units did not parse; the first:\n%s" % (len(errors), errors[0]))
    return time.perf_counter() - start, peak[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--itdd", required=True)
    parser.add_argument("--clang", default="clang-19")
    parser.add_argument("-p", dest="build", required=True)
    parser.add_argument("-j", dest="jobs", type=int, default=os.cpu_count())
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    entries = json.load(open(os.path.join(args.build, "compile_commands.json")))
    base_times, map_times, warm_times = [], [], []
    base_mem = map_mem = warm_mem = 0.0
    for _ in range(args.rounds):
        t, m = parse_all(entries, args.clang, args.jobs)
        base_times.append(t)
        base_mem = max(base_mem, m)
        shards = tempfile.mkdtemp(prefix="itdd-shards-")
        out = os.path.join(shards, "map.json")
        cmd = [args.itdd, "map", "--quiet", "-p", args.build, "-j", str(args.jobs),
               "--shard-dir", shards, "-o", out]
        try:
            t, m = timed(cmd)
        except Failed as error:
            sys.exit(str(error))
        map_times.append(t)
        map_mem = max(map_mem, m)
        t, m = timed(cmd)
        warm_times.append(t)
        warm_mem = max(warm_mem, m)
        shutil.rmtree(shards)
    base, cold, warm = (statistics.median(x) for x in (base_times, map_times, warm_times))
    print("%d translation units, -j %d, median of %d rounds" % (len(entries), args.jobs, args.rounds))
    print("clang -fsyntax-only (baseline): %7.2f s   peak %5.0f MiB per process" % (base, base_mem))
    print("itdd map, from scratch:         %7.2f s   peak %5.0f MiB   ratio %.3f" % (cold, map_mem, cold / base))
    print("itdd map, unchanged re-run:     %7.2f s   peak %5.0f MiB   ratio %.3f" % (warm, warm_mem, warm / base))


if __name__ == "__main__":
    main()
