#!/usr/bin/env python3
"""Render the Markdown tables of docs/ACCURACY.md from run.py --out JSON.

    report.py [--retriage] before.json [live.json]

--retriage joins the recorded findings with today's triage/*.tsv again
(no clang-tidy run), so verdicts added after a run show in its tables.
"""

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


def retriage(data):
    here = os.path.dirname(os.path.abspath(__file__))
    for res in data["results"]:
        triage = run.load_triage(os.path.join(here, "triage", f"{res['project']}.tsv"))
        for f in res["findings"]:
            verdict = triage.get((f["file"], f["line"], f["check"]))
            f["verdict"], f["reason"] = verdict if verdict else (None, None)
        res["checks"] = run.tally(res["findings"], res["tests"])
    data["summary"] = run.summary(data["results"])


def render(path, again=False):
    data = json.load(open(path, encoding="utf-8"))
    if again:
        retriage(data)
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


def main():
    args = sys.argv[1:]
    again = "--retriage" in args
    for path in (a for a in args if a != "--retriage"):
        print(render(path, again))
        print()


if __name__ == "__main__":
    main()
