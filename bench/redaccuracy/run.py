#!/usr/bin/env python3
"""Verdict accuracy of `itdd red` on real code: make red tests by mutating
real code bases, judge each failure by hand once (the manifest), and score
what `itdd red` says, without and with `-p BUILD_DIR`.

For each mutation of mutations/<project>.json the runner

1. checks that the files it edits are unmodified in the project's copy,
2. replaces the mutation's unique search texts (every text must occur
   exactly once in its file),
3. rebuilds the project's one test binary (`nice -n 10 ninja -j2 TARGET`),
4. runs the whole binary once (GoogleTest's JSON report, with re-runs after
   a crash or hang, as itdd does) to see which tests fail and why: the
   failure text recorded for judging,
5. runs `itdd red` on the mutation's tests (`--filter`), once without and
   once with `-p BUILD_DIR`, each with the project's careful configuration
   (bench/realworld/configs/<project>.careful.yaml) and `--json`,
6. puts the files back, whatever happened (also on SIGINT/SIGTERM).

A mutation whose `"build": "itdd"` leaves the tests not compiling runs
`itdd red --build 'ninja …'` instead (the does-not-compile bad red).
At the end the binary is rebuilt from the unmodified sources.

    run.py --itdd /work/realworld/itdd-724afdf [--project leveldb ...] \
           [--only ID ...] [--out results.json] [--discover]

`--discover` runs itdd on every failing test instead of the manifest's
(for writing a new mutation). The figures: report.py results.json.
"""

import argparse
import datetime
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
MODES = ("plain", "p")  # without -p, with -p BUILD_DIR

RUN_LINE = re.compile(r"^\[ RUN      \] (\S+)$")
END_LINE = re.compile(r"^\[ +(OK|FAILED|SKIPPED) +\] (\S+?)(?: \(\d+ ms\))?$")


# --- the manifest -------------------------------------------------------------

def load_projects(work, builds):
    with open(os.path.join(HERE, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    projects = {}
    for name, p in manifest["projects"].items():
        p = dict(p)
        p["name"] = name
        p["src"] = os.path.join(work, name)
        p["build"] = os.path.join(builds, name)
        p["config_file"] = os.path.join(REPO, p["config"])
        p["binary_path"] = os.path.join(p["build"], p["binary"])
        projects[name] = p
    return manifest, projects


def load_mutations(project):
    path = os.path.join(HERE, "mutations", project + ".json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for m in data["mutations"]:
        m["project"] = project
    return data["mutations"]


# --- applying and reverting ---------------------------------------------------

class Mutant:
    """The mutation's edits applied to the project's copy; restore() puts
    every file back byte for byte."""

    def __init__(self, src, edits):
        self.src = src
        self.edits = edits
        self.saved = {}

    def apply(self):
        by_file = {}
        for e in self.edits:
            by_file.setdefault(e["file"], []).append(e)
        texts = {}
        for rel, edits in by_file.items():
            path = os.path.join(self.src, rel)
            with open(path, "rb") as f:
                original = f.read()
            text = original.decode("utf-8")
            crlf = "\r\n" in text
            for e in edits:
                find, replace = e["find"], e["replace"]
                if crlf:  # the manifest writes \n; the file ends its lines in \r\n
                    find, replace = find.replace("\n", "\r\n"), replace.replace("\n", "\r\n")
                n = text.count(find)
                if n != 1:
                    raise ValueError(f"{rel}: the search text occurs {n} times, not once: "
                                     f"{e['find'][:60]!r}")
                text = text.replace(find, replace)
            texts[rel] = (original, text)
        for rel, (original, text) in texts.items():
            self.saved[rel] = original
            with open(os.path.join(self.src, rel), "wb") as f:
                f.write(text.encode("utf-8"))

    def restore(self):
        for rel, original in self.saved.items():
            with open(os.path.join(self.src, rel), "wb") as f:
                f.write(original)
        self.saved = {}


ACTIVE = []


def restore_all(*_):
    for m in ACTIVE:
        m.restore()
    if _:
        sys.exit(130)


def dirty_files(p):
    out = subprocess.run(["git", "-C", p["src"], "status", "--porcelain", "--untracked-files=no"],
                         capture_output=True, text=True, check=True).stdout
    dirty = [line[3:] for line in out.splitlines() if line[3:] not in p.get("ignore_dirty", [])]
    return dirty


# --- building and running -----------------------------------------------------

def build_command(p):
    return f"nice -n 10 ninja -C {shlex.quote(p['build'])} -j2 {shlex.quote(p['target'])}"


def build(p, log):
    t = time.time()
    r = subprocess.run(build_command(p), shell=True, capture_output=True, text=True)
    with open(log, "w", encoding="utf-8") as f:
        f.write(r.stdout + r.stderr)
    return r.returncode == 0, time.time() - t, (r.stdout + r.stderr)[-3000:]


def test_env(p):
    """The environment of a run; a TEST_TMPDIR of the project's is emptied
    first, so that no run sees the files an earlier one left."""
    env = dict(os.environ)
    env.update(p.get("env", {}))
    tmp = p.get("env", {}).get("TEST_TMPDIR")
    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)
        os.makedirs(tmp)
    env["GTEST_COLOR"] = "no"
    return env


def run_once(p, gfilter, timeout):
    """One start of the binary: (results from the JSON report or the
    console, the test running when it died or None, how it ended). A
    binary that prints nothing for `timeout` seconds is killed, as itdd
    red --timeout does."""
    with tempfile.TemporaryDirectory(prefix="redacc-") as tmp:
        report = os.path.join(tmp, "r.json")
        argv = [p["binary_path"], "--gtest_output=json:" + report, "--gtest_color=no"]
        if gfilter:
            argv.append("--gtest_filter=" + gfilter)
        proc = subprocess.Popen(["nice", "-n", "10"] + argv, cwd=p["src"], env=test_env(p),
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                start_new_session=True)
        chunks, last = [], [time.time()]

        def read():
            for line in iter(proc.stdout.readline, b""):
                chunks.append(line)
                last[0] = time.time()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        ending = None
        while ending is None:
            try:
                proc.wait(timeout=1)
                ending = proc.returncode
            except subprocess.TimeoutExpired:
                if time.time() - last[0] > timeout:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()
                    ending = "timeout"
        reader.join(timeout=5)
        console = b"".join(chunks).decode("utf-8", "replace")
        results = {}
        running, body = None, []
        for line in console.splitlines():
            m = RUN_LINE.match(line)
            if m:
                running, body = m.group(1), []
                continue
            m = END_LINE.match(line)
            if m and m.group(2) == running:
                results[running] = {"result": {"OK": "passed", "FAILED": "failed",
                                               "SKIPPED": "skipped"}[m.group(1)],
                                    "console": "\n".join(body)[-4000:]}
                running = None
                continue
            if running:
                body.append(line)
        if os.path.exists(report):
            with open(report, encoding="utf-8") as f:
                data = json.load(f)
            for suite in data.get("testsuites", []):
                for t in suite.get("testsuite", []):
                    name = f"{suite['name']}.{t['name']}"
                    if t.get("result") == "SKIPPED" or t.get("status") == "NOTRUN":
                        res = "skipped"
                    else:
                        res = "failed" if t.get("failures") else "passed"
                    entry = results.setdefault(name, {"console": ""})
                    entry["result"] = res
                    entry["failures"] = [x["failure"][:4000] for x in t.get("failures", [])]
        dead = None
        if running:
            dead = running
            results[running] = {"result": "timeout" if ending == "timeout" else "crashed",
                                "ending": ending, "console": "\n".join(body)[-4000:]}
        return results, dead, ending


def run_tests(p, gfilter, timeout):
    """Every test the filter selects, with re-runs after a crash or hang
    that leave out the tests already seen."""
    positive, _, negative = (gfilter or "*").partition("-")
    results = {}
    while True:
        exclude = ":".join([negative] * bool(negative) + sorted(results))
        got, dead, _ = run_once(p, positive + ("-" + exclude if exclude else ""), timeout)
        new = {k: v for k, v in got.items() if k not in results}
        results.update(new)
        if dead is None or not new:
            return results


def itdd_red(args, p, tests, mode, build_first, outdir, tag, timeout=None):
    js = os.path.join(outdir, f"{tag}.{mode}.json")
    argv = [args.itdd, "red", "--config-file", p["config_file"],
            "--timeout", str(timeout or args.test_timeout),
            "--color=never", "--quiet", "--json", js, "--filter", ":".join(tests)]
    if mode == "p":
        argv += ["-p", p["build"]]
    if build_first:
        argv += ["--build", build_command(p)]
    argv += ["--", p["binary_path"]]
    t = time.time()
    r = subprocess.run(["nice", "-n", "10"] + argv, cwd=p["src"], env=test_env(p),
                       capture_output=True, text=True)
    verdicts = {}
    if os.path.exists(js):
        with open(js, encoding="utf-8") as f:
            for t_ in json.load(f)["tests"]:
                verdicts[t_["name"]] = t_
    return {"exit": r.returncode, "seconds": round(time.time() - t, 2), "argv": argv,
            "stdout": r.stdout[-6000:], "stderr": r.stderr[-3000:], "tests": verdicts}


# --- one mutation -------------------------------------------------------------

def run_mutation(args, p, m, outdir):
    rec = {"id": m["id"], "project": p["name"], "kind": m["kind"], "how": m.get("how", ""),
           "what": m.get("what", ""), "tests": m.get("tests", [])}
    dirty = set(dirty_files(p))
    touched = {e["file"] for e in m["edits"]}
    if dirty & touched:
        rec["error"] = "modified before the mutation: " + ", ".join(sorted(dirty & touched))
        return rec
    mutant = Mutant(p["src"], m["edits"])
    ACTIVE.append(mutant)
    try:
        try:
            mutant.apply()
        except ValueError as e:
            rec["error"] = str(e)
            return rec
        ok, secs, tail = build(p, os.path.join(outdir, m["id"] + ".build.log"))
        rec["build_seconds"] = round(secs, 1)
        build_by_itdd = m.get("build") == "itdd"
        if not ok and not build_by_itdd:
            rec["error"] = "does not build"
            rec["build_tail"] = tail
            return rec
        if ok and build_by_itdd:
            rec["error"] = "builds, but the mutation was meant not to compile"
            return rec
        if not ok:
            rec["build_tail"] = tail
            rec["raw"] = {}
            failing = m.get("tests", [])
        else:
            raw = run_tests(p, p.get("scope"), m.get("timeout", args.timeout))
            rec["raw"] = {k: v for k, v in raw.items() if v["result"] not in ("passed", "skipped")}
            failing = sorted(rec["raw"])
        rec["failing"] = failing
        tests = failing[: args.discover_cap] if args.discover else m.get("tests", [])
        rec["judged_tests"] = tests
        if tests:
            for mode in MODES:
                rec[mode] = itdd_red(args, p, tests, mode, build_by_itdd, outdir, m["id"],
                                     m.get("timeout"))
        return rec
    finally:
        mutant.restore()
        ACTIVE.remove(mutant)


def baseline(args, p, mutations, outdir):
    """The unmutated binary: every test the manifest names passes, and
    itdd says not-red in both modes."""
    names = sorted({t for m in mutations for t in m.get("tests", []) if m.get("build") != "itdd"})
    rec = {"tests": names}
    raw = run_tests(p, ":".join(names), args.timeout)
    rec["raw"] = {k: v["result"] for k, v in raw.items()}
    for mode in MODES:
        r = itdd_red(args, p, names, mode, False, outdir, "baseline")
        rec[mode] = {k: v["verdict"] for k, v in r["tests"].items()}
    return rec


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        h.update(f.read())
    return h.hexdigest()[:16]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog=__doc__.split("\n\n", 1)[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--itdd", required=True, help="the itdd binary to score")
    ap.add_argument("--work", default="/work/redacc/work", help="the projects' source copies")
    ap.add_argument("--builds", default="/work/redacc/build", help="their build trees")
    ap.add_argument("--project", action="append", help="only these projects")
    ap.add_argument("--only", action="append", help="only these mutation ids")
    ap.add_argument("--out", default="redaccuracy.json")
    ap.add_argument("--logs", default=None, help="build logs and itdd JSON (default: beside --out)")
    ap.add_argument("--timeout", type=int, default=120,
                    help="seconds without output after which a run of the binary is killed")
    ap.add_argument("--test-timeout", type=int, default=120, help="itdd red --timeout")
    ap.add_argument("--discover", action="store_true",
                    help="judge every failing test, not the manifest's")
    ap.add_argument("--discover-cap", type=int, default=25)
    ap.add_argument("--no-baseline", action="store_true")
    args = ap.parse_args()

    manifest, projects = load_projects(args.work, args.builds)
    names = args.project or list(projects)
    outdir = args.logs or os.path.splitext(os.path.abspath(args.out))[0] + ".logs"
    os.makedirs(outdir, exist_ok=True)
    signal.signal(signal.SIGINT, restore_all)
    signal.signal(signal.SIGTERM, restore_all)

    result = {"itdd": os.path.abspath(args.itdd), "itdd_sha256": sha256(args.itdd),
              "date": datetime.datetime.now().isoformat(timespec="seconds"),
              "projects": {}, "mutations": []}
    for name in names:
        p = projects[name]
        mutations = [m for m in load_mutations(name) if not args.only or m["id"] in args.only]
        mutations = [m for m in mutations if not m.get("dropped")]
        if not mutations:
            continue
        dirty = dirty_files(p)
        if dirty:
            sys.exit(f"{name}: {p['src']} has modified files: {', '.join(dirty)}")
        ok, _, tail = build(p, os.path.join(outdir, name + ".clean.build.log"))
        if not ok:
            sys.exit(f"{name}: the unmodified copy does not build:\n{tail}")
        head = subprocess.run(["git", "-C", p["src"], "rev-parse", "HEAD"], capture_output=True,
                              text=True).stdout.strip()
        result["projects"][name] = {"commit": head, "src": p["src"], "build": p["build"]}
        if not args.no_baseline and not args.discover:
            result["projects"][name]["baseline"] = baseline(args, p, mutations, outdir)
        for m in mutations:
            print(f"[{name}] {m['id']}: {m.get('what', '')}", file=sys.stderr, flush=True)
            rec = run_mutation(args, p, m, outdir)
            if "error" in rec:
                print(f"    {rec['error']}", file=sys.stderr)
            for mode in MODES:
                for t, v in rec.get(mode, {}).get("tests", {}).items():
                    print(f"    {mode:5} {v['verdict']:9} {t}: {v['reason'][:150]}", file=sys.stderr)
            result["mutations"].append(rec)
            with open(args.out, "w", encoding="utf-8") as f:
                json.dump(result, f, indent=1)
        ok, _, tail = build(p, os.path.join(outdir, name + ".restored.build.log"))
        if not ok:
            print(f"{name}: the restored copy does not build:\n{tail}", file=sys.stderr)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
