#!/usr/bin/env python3
"""Score a run of run.py against the hand judgements of mutations/*.json.

Every failing test a mutation lists under "tests" has one judgement
("judgement": {test: {"verdict", "why"}}); the judgement is read from the
manifest at report time, so a run can be scored again after a judgement is
corrected, without running anything. Prints Markdown: accuracy per code
base and in total, without and with -p; the confusion of judged and given
verdicts; every flip between the two modes; every disagreement with the
judgement, with the failure text.

    report.py results.json [more.json ...] [--disagreements-only]

With several runs, a later run of a mutation replaces an earlier one.
"""

import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run  # noqa: E402

MODES = run.MODES
MODE_NAME = {"plain": "without -p", "p": "with -p"}


def pct(a, b):
    return "–" if not b else f"{a / b:.3f}"


def short(text, limit=240):
    return text if len(text) <= limit else text[:limit] + "…"


def failure_text(rec, test, limit=400):
    raw = rec.get("raw", {}).get(test)
    if raw is None:
        return rec.get("build_tail", "")[-limit:].strip()
    if raw.get("failures"):
        text = raw["failures"][0]
    else:
        text = f"{raw['result']} ({raw.get('ending')}) " + raw.get("console", "")[:limit]
    return text.strip()[:limit]


def rows(results, manifest_mutations):
    """One row per judged (mutation, test)."""
    by_id = {m["id"]: m for m in manifest_mutations}
    out, problems = [], []
    for rec in results:
        m = by_id.get(rec["id"])
        if m is None:
            problems.append(f"{rec['id']}: not in the manifest any more")
            continue
        if m.get("dropped"):
            continue
        if "error" in rec:
            problems.append(f"{rec['id']}: {rec['error']}")
            continue
        judged = m.get("judgement", {})
        for test in m.get("tests", []):
            row = {"id": m["id"], "project": rec["project"], "kind": m["kind"],
                   "how": m.get("how", ""), "test": test, "judged": None, "why": "",
                   "failure": failure_text(rec, test)}
            if test in judged:
                row["judged"] = judged[test]["verdict"]
                row["why"] = judged[test].get("why", "")
            else:
                problems.append(f"{m['id']}: {test} is not judged")
            if m.get("build") != "itdd" and test not in rec.get("failing", []):
                problems.append(f"{m['id']}: {test} did not fail in this run (not scored)")
                continue
            for mode in MODES:
                v = rec.get(mode, {}).get("tests", {}).get(test)
                row[mode] = v["verdict"] if v else "(none)"
                row[mode + "_reason"] = short(v["reason"]) if v else ""
            out.append(row)
        unjudged = sorted(set(rec.get("failing", [])) - set(m.get("tests", [])))
        if unjudged and m.get("build") != "itdd":
            problems.append(f"{m['id']}: failing but not listed: {', '.join(unjudged)}")
    return out, problems


def score(rs):
    n = sum(1 for r in rs if r["judged"])
    right = {mode: sum(1 for r in rs if r["judged"] and r[mode] == r["judged"]) for mode in MODES}
    flips = sum(1 for r in rs if r["plain"] != r["p"])
    return n, right, flips


def mutation_score(rs):
    ids = sorted({r["id"] for r in rs})
    right = {mode: sum(1 for i in ids
                       if all(r[mode] == r["judged"] for r in rs if r["id"] == i))
             for mode in MODES}
    return len(ids), right


def render(results, mutations, only_disagreements=False):
    rs, problems = rows(results, mutations)
    lines = []
    if not only_disagreements:
        projects = []
        for r in rs:
            if r["project"] not in projects:
                projects.append(r["project"])
        lines += ["| code base | mutations (good/bad) | judged failures (good/bad) | "
                  "accuracy without -p | accuracy with -p | flips |",
                  "|---|---:|---:|---:|---:|---:|"]
        for name in projects + ["total"]:
            sel = rs if name == "total" else [r for r in rs if r["project"] == name]
            n, right, flips = score(sel)
            ids = {(r["id"], r["kind"]) for r in sel}
            mg = sum(1 for _, k in ids if k == "good")
            jg = sum(1 for r in sel if r["judged"] == "good-red")
            label = f"**{name}**" if name == "total" else name
            lines.append(f"| {label} | {len(ids)} ({mg}/{len(ids) - mg}) | {n} ({jg}/{n - jg}) | "
                         f"{right['plain']}/{n} = {pct(right['plain'], n)} | "
                         f"{right['p']}/{n} = {pct(right['p'], n)} | {flips} |")
        nm, mright = mutation_score(rs)
        lines += ["", f"Per mutation (right when every failure it caused is): "
                  f"without -p {mright['plain']}/{nm} = {pct(mright['plain'], nm)}, "
                  f"with -p {mright['p']}/{nm} = {pct(mright['p'], nm)}.", ""]
        verdicts = sorted({r["judged"] for r in rs if r["judged"]} |
                          {r[m] for r in rs for m in MODES})
        for mode in MODES:
            lines += [f"Judged (rows) against given (columns), {MODE_NAME[mode]}:", "",
                      "| judged \\ given | " + " | ".join(verdicts) + " |",
                      "|---|" + "---:|" * len(verdicts)]
            for j in verdicts:
                if not any(r["judged"] == j for r in rs):
                    continue
                lines.append(f"| {j} | " + " | ".join(
                    str(sum(1 for r in rs if r["judged"] == j and r[mode] == g)) for g in verdicts)
                    + " |")
            lines.append("")
        flips = [r for r in rs if r["plain"] != r["p"]]
        lines += ["### Flips between the two modes", ""]
        if not flips:
            lines += ["None.", ""]
        for r in flips:
            lines += [f"- `{r['id']}` {r['test']} (judged {r['judged']}): without -p "
                      f"**{r['plain']}** ({r['plain_reason']}); with -p **{r['p']}** "
                      f"({r['p_reason']})"]
        lines.append("")
    wrong = [r for r in rs if r["judged"] and (r["plain"] != r["judged"] or r["p"] != r["judged"])]
    lines += ["### Verdicts that differ from the judgement", ""]
    if not wrong:
        lines += ["None.", ""]
    for r in wrong:
        modes = [MODE_NAME[m] for m in MODES if r[m] != r["judged"]]
        lines += [f"- `{r['id']}` ({r['kind']}, {r['how']}) **{r['test']}**, wrong {' and '.join(modes)}",
                  f"  - judged **{r['judged']}**: {r['why']}"]
        for m in MODES:
            lines.append(f"  - {MODE_NAME[m]}: {r[m]}: {r[m + '_reason']}")
        lines += ["  - failure: `" + " | ".join(x.strip() for x in r["failure"].splitlines()
                                                 if x.strip())[:350] + "`"]
    if problems:
        lines += ["", "### Problems", ""] + [f"- {p}" for p in problems]
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("results", nargs="+")
    ap.add_argument("--disagreements-only", action="store_true")
    args = ap.parse_args()
    by_id, projects = {}, set()
    for path in args.results:  # a later run of a mutation replaces an earlier one
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        by_id.update({r["id"]: r for r in data["mutations"]})
        projects |= {r["project"] for r in data["mutations"]}
    results = list(by_id.values())
    mutations = [m for p in sorted(projects) for m in run.load_mutations(p)]
    sys.stdout.write(render(results, mutations, args.disagreements_only))


if __name__ == "__main__":
    main()
