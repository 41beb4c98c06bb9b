#!/usr/bin/env python3
"""Measure the itdd clang-tidy checks on real code bases nobody here wrote.

Runs clang-tidy with the given itdd plugin over each project's integration
test files (listed in manifest.json), joins every finding with the hand
triage in triage/<project>.tsv and prints, per project, configuration and
check: findings, true, false, kept, untriaged, precision and findings per
10 tests; then, per set of code bases (the manifest's "set": tuning or
validation), each project's figures and the set's total. Nothing is
cached: every run parses every file again.

    run.py --plugin /work/realworld/libitdd_tidy-before.so --config both \
           [--set tuning|validation|all] --out before.json

--config inferred measures what `itdd init` proposes instead of the
careful configuration: the block `itdd init --dry-run` printed for the
project, saved as <inferred-dir>/<project>.yaml (--propose runs `itdd init`
to write it first); its findings are joined with triage/<project>.tsv and,
winning over it, triage/inferred/<project>.tsv (the verdicts of the
findings only the inferred configuration raises).
"""

import argparse
import concurrent.futures
import glob
import hashlib
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CONFIGS = ("defaults", "careful", "inferred")
VERDICTS = ("true", "false", "kept")
SETS = ("tuning", "validation")
COUNTS = ("findings", "true", "false", "kept", "untriaged")
DIAG = re.compile(r"^(?P<file>/[^:]+):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<sev>warning|error): (?P<msg>.*?)(?: \[(?P<check>[\w.,-]+)\])?$")
CONFIG_DIAG = re.compile(r"^warning: (?P<msg>itdd: .*) \[clang-tidy-config\]$")
UNJUDGED = re.compile(r"^(?P<file>/[^:]+):\d+:\d+: remark: (?P<n>\d+) of (?P<of>\d+) integration "
                      r"tests not judged where a finding needs the whole test: (?P<why>.*?); "
                      r"set itdd\.ShowUndecided")
OUTSIDE = re.compile(r"^(?P<file>/[^:]+):\d+:\d+: remark: (?P<n>\d+) GoogleTest tests? in this "
                     r"file not judged: the file does not match")
REASON = re.compile(r"^(?P<why>.*) \((?P<n>\d+) tests?\)$")
TEST_MACRO = re.compile(r"^\s*(TEST|TEST_F|TEST_P|TYPED_TEST|TYPED_TEST_P)\s*\(", re.M)


def load_manifest(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def project_files(src, spec):
    """The analysed files: the manifest's globs (relative to the source
    root), minus its excludes, sorted."""
    files = set()
    for pattern in spec["files"]:
        files.update(glob.glob(os.path.join(src, pattern), recursive=True))
    for pattern in spec.get("exclude", []):
        files.difference_update(glob.glob(os.path.join(src, pattern), recursive=True))
    return sorted(os.path.relpath(f, src) for f in files)


def count_tests(src, files):
    return sum(len(TEST_MACRO.findall(open(os.path.join(src, f), encoding="utf-8",
                                             errors="replace").read()))
               for f in files)


INTEGRATION_KEY = re.compile(r"^\s*itdd\.IntegrationTestFiles:\s*'((?:[^']|'')*)'\s*$", re.M)


def outside_key(name, config, inferred_dir, src, files):
    """Per analysed file that the configuration's itdd.IntegrationTestFiles
    does not match, its tests: the checks leave them unjudged without a
    remark, since the user named the integration test files (an inferred
    key sets aside files whose tests mostly reach no entry point)."""
    if config == "defaults":
        return {}
    with open(config_path(name, config, inferred_dir), encoding="utf-8") as f:
        m = INTEGRATION_KEY.search(f.read())
    if not m:
        return {}
    key = re.compile(m.group(1).replace("''", "'"))
    return {f: count_tests(src, [f]) for f in files if not key.search(f)}


def careful_path(name):
    path = os.path.join(HERE, "configs", f"{name}.careful.yaml")
    if not os.path.exists(path):
        raise SystemExit(f"run.py: missing careful configuration {path}")
    return path


def inferred_path_of(name, inferred_dir):
    return os.path.join(inferred_dir, f"{name}.yaml")


def inferred_path(name, inferred_dir):
    path = inferred_path_of(name, inferred_dir)
    if not os.path.exists(path):
        raise SystemExit(f"run.py: missing inferred configuration {path}; save what "
                         f"`itdd init --dry-run -p BUILD` prints in the project's source root there")
    return path


def config_path(name, config, inferred_dir):
    """The configuration file of careful or inferred."""
    return inferred_path(name, inferred_dir) if config == "inferred" else careful_path(name)


def config_args(name, config, map_file=None, inferred_dir=None):
    """defaults: no itdd key at all; careful: configs/<name>.careful.yaml;
    inferred: <inferred_dir>/<name>.yaml. All bypass any .clang-tidy of the
    project, so the project's own files cannot change what is measured.
    map_file: the map `itdd map` wrote of the project's test support,
    named by itdd.Map (careful and inferred only)."""
    if config == "defaults":
        return ["--config={Checks: '-*,itdd-*'}"]
    path = config_path(name, config, inferred_dir)
    if not map_file:
        return [f"--config-file={path}"]
    # CheckOptions is the last block of every careful configuration and of
    # what itdd init proposes.
    with open(path, encoding="utf-8") as f:
        text = f.read().rstrip("\n") + f"\n  itdd.Map: '{map_file}'\n"
    merged = map_file + f".{config}.yaml"
    with open(merged, "w", encoding="utf-8") as f:
        f.write(text)
    return [f"--config-file={merged}"]


# Where test support is, for choosing the translation units to map: the
# directories and names core/ProjectLayout.cpp calls test code (its
# isTestDirName and isTestSourcePath), and the careful configuration's
# itdd.TestCode.
TEST_DIRS = {"test", "tests", "testing", "unittest", "unittests", "unit_tests",
             "integrationtest", "integrationtests", "integration_test",
             "integration_tests", "test_support", "testsupport", "testutil",
             "testutils", "test_util", "test_utils", "test_helpers", "testhelpers",
             "mocks", "mock", "fakes", "fake", "stubs", "e2e"}


def is_test_source(rel):
    parts = rel.split(os.sep)
    for d in (p.lower() for p in parts[:-1]):
        if d in TEST_DIRS or d.startswith(("test_", "tests_")) or \
                d.endswith(("_test", "_tests")):
            return True
    stem = os.path.splitext(parts[-1])[0]
    return stem.endswith(("_test", "_tests", "_unittest", "Test", "Tests")) or \
        stem.startswith("test_")


def map_test_support(args, name, src, build, config="careful"):
    """Runs `itdd map` over the project's test sources with its careful (or
    inferred) configuration, for the summaries of its test support; the
    map's path."""
    with open(os.path.join(build, "compile_commands.json"), encoding="utf-8") as f:
        entries = json.load(f)
    path = config_path(name, config, args.inferred_dir)
    with open(path, encoding="utf-8") as f:
        m = re.search(r"^\s*itdd\.TestCode:\s*'(.*)'\s*$", f.read(), re.M)
    test_code = re.compile(m.group(1)) if m else None
    files = sorted({os.path.normpath(os.path.join(e["directory"], e["file"]))
                    for e in entries})
    picked = [f for f in files if f.startswith(src + os.sep) and (
        is_test_source(os.path.relpath(f, src)) or (test_code and test_code.search(f)))]
    os.makedirs(args.map_dir, exist_ok=True)
    tag = "" if config == "careful" else f"-{config}"
    out = os.path.join(args.map_dir, f"{name}{tag}-map.json")
    cmd = [args.itdd, "map", "--quiet", "-p", build, "--root", src,
           f"--config-file={path}", "-j", str(args.jobs),
           "--shard-dir", os.path.join(args.map_dir, f"{name}{tag}-shards"), "-o", out] + picked
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          errors="replace")
    if not os.path.exists(out):
        raise SystemExit(f"run.py: itdd map failed for {name}: {proc.stderr[-600:]}")
    print(f"   map: {len(picked)} test sources of {name} -> {out}")
    return out


def run_one(clang_tidy, plugin, build, cfg, src, rel):
    cmd = [clang_tidy, f"--load={plugin}", "--checks=-*,itdd-*", *cfg,
           "-p", build, os.path.join(src, rel)]
    started = time.monotonic()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, errors="replace")
    return rel, proc.returncode, proc.stdout, proc.stderr, time.monotonic() - started


def reason_kind(text):
    """A reason with the names it quotes left out, so that reasons of one
    kind add up: "calls 'x', defined in another file" -> "calls '…', …"."""
    return re.sub(r"'[^']*'", "'…'", text)


def parse_unjudged(line, unjudged):
    """Adds one remark on tests not judged to unjudged (per file: the
    tests the analysis could not follow, with the kinds of reasons it
    named, and the tests in files outside the default pattern)."""
    m = UNJUDGED.match(line)
    if m:
        entry = unjudged.setdefault(os.path.normpath(m.group("file")), {})
        entry["not_followed"] = int(m.group("n"))
        reasons = entry.setdefault("reasons", {})
        for part in m.group("why").split("; "):
            r = REASON.match(part)
            if r:
                kind = reason_kind(r.group("why"))
                reasons[kind] = reasons.get(kind, 0) + int(r.group("n"))
        return True
    m = OUTSIDE.match(line)
    if m:
        entry = unjudged.setdefault(os.path.normpath(m.group("file")), {})
        entry["outside_pattern"] = int(m.group("n"))
        return True
    return False


def parse(src, rel, stdout, stderr, unjudged=None):
    findings, errors, config_warnings = [], [], set()
    for line in (stdout + "\n" + stderr).splitlines():
        if unjudged is not None and parse_unjudged(line, unjudged):
            continue
        m = CONFIG_DIAG.match(line)
        if m:
            config_warnings.add(m.group("msg"))
            continue
        m = DIAG.match(line)
        if not m:
            continue
        path = os.path.normpath(m.group("file"))
        shown = os.path.relpath(path, src) if path.startswith(src + os.sep) else path
        check = m.group("check") or ""
        if m.group("sev") == "error":
            errors.append(f"{shown}:{m.group('line')}: {m.group('msg')}")
        elif check.startswith("itdd-"):
            findings.append({"file": shown, "line": int(m.group("line")),
                             "col": int(m.group("col")), "check": check,
                             "message": m.group("msg"), "tu": rel})
    return findings, errors, config_warnings


def load_triage(path):
    triage = {}
    if not os.path.exists(path):
        return triage
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 5 or parts[3] not in VERDICTS or not parts[1].isdigit():
                raise SystemExit(f"{path}:{number}: expected file<TAB>line<TAB>check"
                                 f"<TAB>true|false|kept<TAB>reason, got {line!r}")
            key = (parts[0], int(parts[1]), parts[2])
            if key in triage and triage[key][0] != parts[3]:
                raise SystemExit(f"{path}:{number}: contradicting verdict for {key}")
            triage[key] = (parts[3], parts[4])
    return triage


def load_triage_for(name, config, triage_dir, inferred_dir=None):
    """triage/<name>.tsv; for inferred, triage/inferred/<name>.tsv on top of
    it (its verdicts win)."""
    triage = load_triage(os.path.join(triage_dir, f"{name}.tsv"))
    if config == "inferred":
        triage.update(load_triage(os.path.join(triage_dir, "inferred", f"{name}.tsv")))
    return triage


def propose(args, name, src, build):
    """Runs `itdd init --dry-run` in the project's source root and saves
    the block it prints as <inferred-dir>/<name>.yaml."""
    os.makedirs(args.inferred_dir, exist_ok=True)
    start = time.monotonic()
    result = subprocess.run([args.itdd, "init", "--dry-run", "--quiet", "-p", build],
                            cwd=src, capture_output=True, text=True)
    # Translation units that cannot be parsed are reported and the proposal
    # rests on the others (exit 1 with a block on standard output).
    if result.returncode != 0 and "CheckOptions:" not in result.stdout:
        raise SystemExit(f"run.py: itdd init failed on {name}:\n{result.stderr}")
    if result.returncode != 0:
        print(f"{name}: {result.stderr.strip().splitlines()[-1]}", flush=True)
    with open(inferred_path_of(name, args.inferred_dir), "w", encoding="utf-8") as f:
        f.write(result.stdout)
    print(f"{name}: itdd init proposed its block in {time.monotonic() - start:.0f} s",
          flush=True)


def project_set(spec):
    """The set a manifest entry belongs to; an entry without one is tuning."""
    return spec.get("set", "tuning")


def figures(r, tests):
    """Derived figures of one row of counts, in place:
    precision = (true + kept) / triaged (the figure of the first tables);
    precision_tf = true / (true + false), kept findings left out;
    effective_precision = true / all findings (untriaged and kept count
    against it); per10tests and per100tests = findings per 10 / 100 tests;
    noise_per100 = (false + kept) per 100 tests."""
    triaged = r["true"] + r["false"] + r["kept"]
    r["precision"] = round((r["true"] + r["kept"]) / triaged, 3) if triaged else None
    decided = r["true"] + r["false"]
    r["precision_tf"] = round(r["true"] / decided, 4) if decided else None
    r["effective_precision"] = round(r["true"] / r["findings"], 4) if r["findings"] else None
    r["per10tests"] = round(10.0 * r["findings"] / tests, 2) if tests else None
    r["per100tests"] = round(100.0 * r["findings"] / tests, 1) if tests else None
    r["noise_per100"] = round(100.0 * (r["false"] + r["kept"]) / tests, 1) if tests else None
    return r


def tally(findings, tests):
    rows = {}
    for f in findings:
        for check in (f["check"], "all"):
            r = rows.setdefault(check, dict.fromkeys(COUNTS, 0))
            r["findings"] += 1
            r[f["verdict"] or "untriaged"] += 1
    rows.setdefault("all", dict.fromkeys(COUNTS, 0))
    for r in rows.values():
        figures(r, tests)
    return rows


def analyse(args, name, spec, config):
    src = os.path.join(args.src_root, name)
    build = os.path.join(args.build_root, name)
    if not os.path.exists(os.path.join(build, "compile_commands.json")):
        raise SystemExit(f"run.py: {build}/compile_commands.json is missing; "
                         f"set up {name} as bench/realworld/README.md says")
    files = project_files(src, spec)
    if not files:
        raise SystemExit(f"run.py: no files match the manifest globs of {name} in {src}")
    tests = count_tests(src, files)
    map_file = None
    if args.itdd and config in ("careful", "inferred"):
        map_file = map_test_support(args, name, src, build, config)
    cfg = config_args(name, config, map_file, args.inferred_dir)
    findings, errors, config_warnings, seconds = {}, [], set(), 0.0
    unjudged = {}  # per file, once: a header's remark from two TUs is one
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        jobs = [pool.submit(run_one, args.clang_tidy, args.plugin, build, cfg, src, f)
                for f in files]
        for job in concurrent.futures.as_completed(jobs):
            rel, rc, out, err, took = job.result()
            seconds += took
            found, errs, warns = parse(src, rel, out, err, unjudged)
            errors += errs
            config_warnings |= warns
            if rc not in (0, 1) and not errs:
                errors.append(f"{rel}: clang-tidy exited with {rc}: {err.strip()[-300:]}")
            for f in found:  # a header's finding reached from two TUs counts once
                findings.setdefault((f["file"], f["line"], f["col"], f["check"],
                                     f["message"]), f)
    for rel, n in outside_key(name, config, args.inferred_dir, src, files).items():
        if n:
            unjudged.setdefault(rel, {})["outside_pattern"] = n
    triage = load_triage_for(name, config, args.triage_dir, args.inferred_dir)
    ordered = sorted(findings.values(), key=lambda f: (f["file"], f["line"], f["check"]))
    for f in ordered:
        verdict = triage.get((f["file"], f["line"], f["check"]))
        f["verdict"], f["reason"] = verdict if verdict else (None, None)
    return {"project": name, "config": config, "files": files, "tests": tests,
            "cpu_seconds": round(seconds, 1), "errors": sorted(set(errors)),
            "config_warnings": sorted(config_warnings),
            "set": project_set(spec), "checks": tally(ordered, tests),
            "not_judged": not_judged(unjudged, tests), "findings": ordered}


def not_judged(unjudged, tests):
    """Tests not judged, summed over the files: those the analysis could
    not follow to the end (with the kinds of reasons the remarks named;
    a remark names its three commonest, so the kinds may sum to less) and
    those in files outside the integration-test pattern in effect (the
    default's, with a remark, or the configuration's key)."""
    followed = sum(e.get("not_followed", 0) for e in unjudged.values())
    outside = sum(e.get("outside_pattern", 0) for e in unjudged.values())
    reasons = {}
    for e in unjudged.values():
        for kind, n in e.get("reasons", {}).items():
            reasons[kind] = reasons.get(kind, 0) + n
    share = round((followed + outside) / tests, 3) if tests else None
    return {"not_followed": followed, "outside_pattern": outside, "share": share,
            "reasons": dict(sorted(reasons.items(), key=lambda kv: -kv[1]))}


def fmt_precision(p):
    return "-" if p is None else f"{p:.2f}"


def fmt_number(x):
    return "-" if x is None else x


CHECK_HEAD = (f"   {'check':34} {'found':>6} {'true':>5} {'false':>6} {'kept':>5} "
              f"{'untri':>6} {'prec':>5} {'/10t':>6} {'p(t/tf)':>7} {'eff':>5} "
              f"{'/100t':>6} {'noise':>6}")


def check_line(label, r):
    return (f"   {label:34} {r['findings']:6} {r['true']:5} {r['false']:6} {r['kept']:5} "
            f"{r['untriaged']:6} {fmt_precision(r['precision']):>5} "
            f"{fmt_number(r['per10tests']):>6} {fmt_precision(r['precision_tf']):>7} "
            f"{fmt_precision(r['effective_precision']):>5} "
            f"{fmt_number(r['per100tests']):>6} {fmt_number(r['noise_per100']):>6}")


def print_result(res, show_untriaged):
    print(f"\n== {res['project']} [{res['config']}]: {len(res['files'])} files, "
          f"{res['tests']} tests, {res['cpu_seconds']}s clang-tidy")
    for w in res["config_warnings"]:
        print(f"   config: {w}")
    nj = res.get("not_judged")
    if nj and (nj["not_followed"] or nj["outside_pattern"]):
        print(f"   not judged: {nj['not_followed'] + nj['outside_pattern']} of {res['tests']} "
              f"tests ({nj['not_followed']} not followed to the end, "
              f"{nj['outside_pattern']} outside the pattern in effect)")
        for kind, n in list(nj["reasons"].items())[:5]:
            print(f"      {n:4}  {kind}")
    for e in res["errors"][:10]:
        print(f"   ERROR: {e}")
    if len(res["errors"]) > 10:
        print(f"   ... {len(res['errors']) - 10} more errors")
    print(CHECK_HEAD)
    checks = res["checks"]
    for check in sorted(c for c in checks if c != "all") + ["all"]:
        print(check_line(check, checks[check]))
    untriaged = [f for f in res["findings"] if not f["verdict"]]
    if untriaged and show_untriaged:
        print(f"   untriaged ({len(untriaged)}):")
        for f in untriaged:
            print(f"   {f['file']}\t{f['line']}\t{f['check']}\t?\t{f['message']}")


def summary(results):
    """Per configuration and check, summed over the given projects."""
    out = {}
    for res in results:
        per = out.setdefault(res["config"], {"tests": 0, "checks": {}})
        per["tests"] += res["tests"]
        for check, r in res["checks"].items():
            s = per["checks"].setdefault(check, dict.fromkeys(COUNTS, 0))
            for k in COUNTS:
                s[k] += r[k]
    for per in out.values():
        per["checks"].setdefault("all", dict.fromkeys(COUNTS, 0))
        for s in per["checks"].values():
            figures(s, per["tests"])
    return out


def result_set(res, manifest=None):
    """A result's set; results recorded before sets existed take it from
    the manifest (tuning when the project is not there)."""
    if "set" in res:
        return res["set"]
    spec = (manifest or {}).get("projects", {}).get(res["project"], {})
    return project_set(spec)


def set_summary(results, manifest=None):
    """Per set (tuning first, then validation) and configuration: each
    project's figures over all checks, the set's total over all checks, and
    the set's per-check totals."""
    order = list(SETS) + sorted({result_set(r, manifest) for r in results} - set(SETS))
    out = {}
    for name in order:
        members = [r for r in results if result_set(r, manifest) == name]
        if not members:
            continue
        per_config = summary(members)
        out[name] = {}
        for config, per in per_config.items():
            out[name][config] = {
                "projects": [figures(dict(project=r["project"], tests=r["tests"],
                                          **{k: r["checks"]["all"][k] for k in COUNTS}),
                                     r["tests"])
                             for r in members if r["config"] == config],
                "total": dict(tests=per["tests"], **per["checks"]["all"]),
                "checks": per["checks"]}
    return out


SET_HEAD = (f"   {'project':22} {'tests':>6} {'found':>6} {'true':>5} {'false':>6} {'kept':>5} "
            f"{'untri':>6} {'p(t/tf)':>7} {'eff':>5} {'/100t':>6} {'noise':>6}")


def set_line(label, r):
    return (f"   {label:22} {r['tests']:6} {r['findings']:6} {r['true']:5} {r['false']:6} "
            f"{r['kept']:5} {r['untriaged']:6} {fmt_precision(r['precision_tf']):>7} "
            f"{fmt_precision(r['effective_precision']):>5} {fmt_number(r['per100tests']):>6} "
            f"{fmt_number(r['noise_per100']):>6}")


def print_sets(sets):
    """p(t/tf) = true / (true + false); eff = true / findings;
    /100t = findings per 100 tests; noise = (false + kept) per 100 tests."""
    for name, per_config in sets.items():
        for config, block in per_config.items():
            print(f"\n== {name} set [{config}]: {len(block['projects'])} projects, "
                  f"{block['total']['tests']} tests")
            print(SET_HEAD)
            for row in block["projects"]:
                print(set_line(row["project"], row))
            print(set_line(f"total {name}", block["total"]))


def select_projects(manifest, named, set_name, tool):
    """The projects to run: those named (all of the manifest when none),
    kept to the given set unless it is "all"; a named project outside the
    manifest or the set stops the tool."""
    names = named or list(manifest["projects"])
    unknown = [n for n in names if n not in manifest["projects"]]
    if unknown:
        raise SystemExit(f"{tool}: not in the manifest: {', '.join(unknown)}")
    if set_name != "all":
        outside = [n for n in names if named and
                   project_set(manifest["projects"][n]) != set_name]
        if outside:
            raise SystemExit(f"{tool}: not in the {set_name} set: {', '.join(outside)}")
        names = [n for n in names if project_set(manifest["projects"][n]) == set_name]
    return names


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--plugin", required=True, help="path of libitdd_tidy.so to measure")
    ap.add_argument("--project", nargs="*", help="projects to run (default: all in the manifest)")
    ap.add_argument("--set", choices=SETS + ("all",), default="all",
                    help="run the projects of this set of the manifest: tuning (whose findings "
                         "were studied to change the checks), validation (never tuned against) "
                         "or all (default)")
    ap.add_argument("--config", choices=CONFIGS + ("both",), default="both",
                    help="both: defaults and careful; inferred: what itdd init proposed "
                         "(<inferred-dir>/<project>.yaml)")
    ap.add_argument("--jobs", type=int, default=2, help="parallel clang-tidy runs (default 2)")
    ap.add_argument("--out", help="write every finding and figure as JSON here")
    ap.add_argument("--manifest", default=os.path.join(HERE, "manifest.json"))
    ap.add_argument("--triage-dir", default=os.path.join(HERE, "triage"))
    ap.add_argument("--src-root", default="/work/realworld/src")
    ap.add_argument("--build-root", default="/work/realworld/build")
    ap.add_argument("--clang-tidy", default="clang-tidy-19")
    ap.add_argument("--no-untriaged", action="store_true", help="do not list untriaged findings")
    ap.add_argument("--inferred-dir", default="/work/realworld/init",
                    help="--config inferred: where <project>.yaml (the block itdd init --dry-run "
                         "printed) is")
    ap.add_argument("--propose", action="store_true",
                    help="--config inferred: first run `itdd init --dry-run` (the --itdd given) "
                         "in each project's source root and save its block in --inferred-dir")
    ap.add_argument("--itdd", help="with the careful or inferred configuration, map each project's test "
                                    "sources with this itdd first and name the map in itdd.Map, "
                                    "so tests calling test support defined in other files are judged")
    ap.add_argument("--map-dir", default="/work/realworld/maps",
                    help="where --itdd writes the maps and their shards")
    args = ap.parse_args()
    args.plugin = os.path.abspath(args.plugin)
    if not os.path.exists(args.plugin):
        raise SystemExit(f"run.py: no plugin at {args.plugin}")

    manifest = load_manifest(args.manifest)
    names = select_projects(manifest, args.project, args.set, "run.py")
    configs = ("defaults", "careful") if args.config == "both" else (args.config,)

    if args.propose and (args.config != "inferred" or not args.itdd):
        raise SystemExit("run.py: --propose needs --config inferred and --itdd")
    print(f"plugin {args.plugin} sha256 {sha256(args.plugin)[:16]}")
    if args.propose:
        for name in names:
            propose(args, name, os.path.join(args.src_root, name),
                    os.path.join(args.build_root, name))
    results = []
    for name in names:
        for config in configs:
            res = analyse(args, name, manifest["projects"][name], config)
            print_result(res, not args.no_untriaged)
            results.append(res)
    totals = summary(results)
    for config, per in totals.items():
        print(f"\n== all projects [{config}]: {per['tests']} tests")
        print(CHECK_HEAD)
        for check in sorted(c for c in per["checks"] if c != "all") + ["all"]:
            print(check_line(check, per["checks"][check]))
    sets = set_summary(results)
    print_sets(sets)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump({"plugin": args.plugin, "plugin_sha256": sha256(args.plugin),
                       "clang_tidy": args.clang_tidy, "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
                       "set": args.set, "results": results, "summary": totals,
                       "sets": sets}, f, indent=1)
    untriaged = sum(r["checks"]["all"]["untriaged"] for r in results)
    errors = sum(len(r["errors"]) for r in results)
    if untriaged or errors:
        print(f"\n{untriaged} untriaged findings, {errors} compile errors", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
