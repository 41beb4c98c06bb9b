#!/usr/bin/env python3
"""Render the Markdown tables of docs/ACCURACY.md from run.py --out JSON.

    report.py [--retriage] [--flat | --set tuning|validation|all] [--merge] RUN.json [RUN.json ...]

By default the tables are grouped by set of code bases: the tuning set
(code bases whose findings were studied to change the checks), then the
validation set (never tuned against), then both sets side by side. Their
figures: precision = true / (true + false); effective precision = true /
findings; findings and noise ((false + kept)) per 100 tests.

--flat       the tables of the first sections of docs/ACCURACY.md instead
             (all code bases together; precision = (true + kept) / triaged,
             findings per 10 tests)
--set S      only the code bases of set S (default all)
--merge      join the given runs into one report (e.g. a tuning run and a
             validation run of the same plugin); without it each run is
             reported on its own
--retriage   join the recorded findings with today's triage/*.tsv again
             (no clang-tidy run), so verdicts added after a run show; the
             findings of run.py --config inferred also with
             triage/inferred/<project>.tsv, whose verdicts win
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402


def pct(p):
    return "–" if p is None else f"{100 * p:.0f}%"


def row(label, r):
    return (f"| {label} | {r['findings']} | {r['true']} | {r['kept']} | {r['false']} | "
            f"{r['untriaged']} | {pct(r['precision'])} | {r['per10tests']} |")


HEAD = ("| {} | findings | true | kept | false | untriaged | precision | per 10 tests |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|")


def retriage(data, inferred_dir=None):
    here = os.path.dirname(os.path.abspath(__file__))
    for res in data["results"]:
        triage = run.load_triage_for(res["project"], res["config"], os.path.join(here, "triage"),
                                     inferred_dir)
        for f in res["findings"]:
            verdict = triage.get((f["file"], f["line"], f["check"]))
            f["verdict"], f["reason"] = verdict if verdict else (None, None)
        res["checks"] = run.tally(res["findings"], res["tests"])
    data["summary"] = run.summary(data["results"])


def render(path, again=False, inferred_dir=None):
    data = json.load(open(path, encoding="utf-8"))
    if again:
        retriage(data, inferred_dir)
    out = [f"Plugin `{data['plugin']}` (sha256 `{data['plugin_sha256'][:16]}`), run {data['when']}.", ""]
    out.append("Per code base and configuration (all checks):")
    out.append("")
    out.append(HEAD.format("project [config] (tests)"))
    for res in data["results"]:
        out.append(row(f"{res['project']} [{res['config']}] ({res['tests']})", res["checks"]["all"]))
    for config, per in data["summary"].items():
        out.append(row(f"**all [{config}]** ({per['tests']})", per["checks"]["all"]))
    for config, per in data["summary"].items():
        out.append("")
        out.append(f"Per check, all code bases, `{config}`:")
        out.append("")
        out.append(HEAD.format("check"))
        for check in sorted(c for c in per["checks"] if c != "all"):
            out.append(row(check, per["checks"][check]))
    out.append("")
    out.append("Per code base and check (only rows with findings):")
    out.append("")
    out.append(HEAD.format("project [config] check"))
    for res in data["results"]:
        for check in sorted(c for c in res["checks"] if c != "all"):
            out.append(row(f"{res['project']} [{res['config']}] {check}", res["checks"][check]))
    errors = [(r["project"], r["config"], e) for r in data["results"] for e in r["errors"]]
    if errors:
        out.append("")
        out.append("Compile errors: " + "; ".join(f"{p} [{c}]: {e}" for p, c, e in errors[:10]))
    return "\n".join(out)


SET_TITLES = {"tuning": "Tuning set (the checks were tuned on these code bases)",
              "validation": "Validation set (nobody tunes the checks against these code bases)"}

SET_HEAD = ("| {} | findings | true | kept | false | untriaged | precision | effective precision "
            "| per 100 tests | noise per 100 tests |\n"
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")


def pct1(p):
    return "–" if p is None else f"{100 * p:.1f}%"


def set_row(label, r):
    return (f"| {label} | {r['findings']} | {r['true']} | {r['kept']} | {r['false']} | "
            f"{r['untriaged']} | {pct1(r['precision_tf'])} | {pct1(r['effective_precision'])} | "
            f"{r['per100tests']} | {r['noise_per100']} |")


def load(paths, again, manifest, inferred_dir=None):
    """One or more run.py --out files as one data set: results joined,
    figures computed again (older runs lack the per-100 figures)."""
    runs = [json.load(open(path, encoding="utf-8")) for path in paths]
    data = dict(runs[0])
    data["results"] = [res for run_ in runs for res in run_["results"]]
    data["plugins"] = sorted({(r["plugin"], r["plugin_sha256"], r["when"]) for r in runs})
    if again:
        retriage(data, inferred_dir)
    for res in data["results"]:
        res["set"] = run.result_set(res, manifest)
        res["checks"] = {c: run.figures({k: r[k] for k in run.COUNTS}, res["tests"])
                         for c, r in res["checks"].items()}
    return data


def unjudged_table(name, results):
    """Tests not judged per code base: not followed to the end (with the
    commonest kinds of reasons the remarks named) and outside the default
    integration-test pattern. Runs recorded before run.py counted them
    have no rows."""
    rows = [r for r in results if "not_judged" in r]
    if not rows:
        return []
    out = ["", f"Tests not judged, {name} set:", "",
           "| code base [config] (tests) | not followed | outside the pattern | share "
           "| commonest reasons (tests) |",
           "|---|---:|---:|---:|---|"]
    for r in rows:
        nj = r["not_judged"]
        reasons = "; ".join(f"{kind} ({n})" for kind, n in list(nj["reasons"].items())[:3])
        out.append(f"| {r['project']} [{r['config']}] ({r['tests']}) | {nj['not_followed']} | "
                   f"{nj['outside_pattern']} | {pct1(nj['share'])} | {reasons or '–'} |")
    return out


def render_sets(data, only, manifest):
    results = [r for r in data["results"] if only in ("all", r["set"])]
    sets = run.set_summary(results, manifest)
    out = []
    plugins = {}
    for plugin, sha, when in data["plugins"]:
        plugins.setdefault((plugin, sha), []).append(when)
    for (plugin, sha), whens in plugins.items():
        out.append(f"Plugin `{plugin}` (sha256 `{sha[:16]}`), run {', '.join(whens)}.")
    out.append("")
    out.append("Precision = true / (true + false); effective precision = true / findings; "
               "noise = (false + kept) per 100 tests.")
    for name, per_config in sets.items():
        out += ["", f"### {SET_TITLES.get(name, name + ' set')}", ""]
        out.append(SET_HEAD.format("code base [config] (tests)"))
        for config, block in per_config.items():
            for row_ in block["projects"]:
                out.append(set_row(f"{row_['project']} [{config}] ({row_['tests']})", row_))
        for config, block in per_config.items():
            out.append(set_row(f"**{name} [{config}]** ({block['total']['tests']})", block["total"]))
        for config, block in per_config.items():
            out += ["", f"Per check, {name} set, `{config}`:", ""]
            checks = sorted(c for c in block["checks"] if c != "all")
            if not checks:
                out[-2] = f"Per check, {name} set, `{config}`: no findings."
                out.pop()
                continue
            out.append(SET_HEAD.format("check"))
            for check in checks:
                out.append(set_row(check, block["checks"][check]))
        out += unjudged_table(name, [r for r in results if r["set"] == name])
        rows = [(res, check) for res in results if res["set"] == name
                for check in sorted(c for c in res["checks"] if c != "all")]
        if rows:
            out += ["", f"Per code base and check, {name} set (only rows with findings):", ""]
            out.append(SET_HEAD.format("code base [config] check"))
            for res, check in rows:
                out.append(set_row(f"{res['project']} [{res['config']}] {check}", res["checks"][check]))
    if len(sets) > 1:
        out += ["", "### Both sets side by side", ""]
        out.append(SET_HEAD.format("set [config] (tests)"))
        for config in run.CONFIGS:
            for name, per_config in sets.items():
                if config in per_config:
                    block = per_config[config]
                    out.append(set_row(f"{name} [{config}] ({block['total']['tests']})",
                                       block["total"]))
    errors = [(r["project"], r["config"], e) for r in results for e in r["errors"]]
    if errors:
        out.append("")
        out.append("Compile errors: " + "; ".join(f"{p} [{c}]: {e}" for p, c, e in errors[:10]))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog=__doc__.split("\n\n", 2)[2],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("runs", nargs="+", metavar="RUN.json", help="run.py --out files")
    ap.add_argument("--retriage", action="store_true",
                    help="join the findings with today's triage/*.tsv again")
    ap.add_argument("--flat", action="store_true",
                    help="the all-code-bases tables of the first sections of docs/ACCURACY.md")
    ap.add_argument("--set", choices=run.SETS + ("all",), default="all",
                    help="only the code bases of this set (default all)")
    ap.add_argument("--merge", action="store_true", help="join the runs into one report")
    ap.add_argument("--manifest", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                       "manifest.json"))
    args = ap.parse_args()
    manifest = run.load_manifest(args.manifest)
    if args.flat:
        for path in args.runs:
            print(render(path, args.retriage))
            print()
        return
    groups = [args.runs] if args.merge else [[path] for path in args.runs]
    for paths in groups:
        print(render_sets(load(paths, args.retriage, manifest), args.set,
                          manifest))
        print()


if __name__ == "__main__":
    main()
