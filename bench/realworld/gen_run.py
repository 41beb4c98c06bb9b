#!/usr/bin/env python3
"""Measure `itdd map` and `itdd gen` on real code bases nobody here wrote.

For each project with a gen/<name>.json (checkouts and builds as in
manifest.json, found through /work/realworld/<name>.env):

  1. maps it with `itdd map -p BUILD` (the default cache under BUILD);
  2. joins the map with the hand spot-check in maptriage/<name>.tsv: a
     component whose role, dependencies or implementations differ from what
     was judged is reported as changed (judge it again);
  3. for every listed entry point, generates its factory and a driver that
     builds the system and calls the entry point, and compiles them; with
     --link, links them against the project's own libraries (built with the
     project's own build, targets in the config) and runs them;
  4. generates the default mock set (`itdd gen mocks`, no --class) and
     compiles a driver that instantiates every mock in it.

    gen_run.py --itdd build/bin/itdd [--project NAME ...] [--link] \
               [--work DIR] [--out results.json]
"""

import argparse
import csv
import json
import os
import re
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REALWORLD = "/work/realworld"
NAMESPACE = "itdd_judge"


def project_dirs(name):
    env = {}
    with open(os.path.join(REALWORLD, name + ".env")) as f:
        for line in f:
            key, _, value = line.strip().partition("=")
            env[key] = value
    return env["SRC"], env["BUILD"]


def expand(text, src, build):
    return text.replace("{src}", src).replace("{build}", build)


def run(command, cwd=None, timeout=None):
    try:
        return subprocess.run(command, cwd=cwd, capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(command, 124, "", "timed out after %ss" % timeout)


def first_errors(stderr, n=3):
    errors = [l for l in stderr.splitlines() if "error:" in l or "undefined reference" in l]
    return errors[:n] or stderr.strip().splitlines()[-n:]


def spot_check(name, components):
    """Joins the map with the judged components: right, wrong, changed."""
    path = os.path.join(HERE, "maptriage", name + ".tsv")
    result = {"right": 0, "wrong": 0, "changed": [], "missing": [], "wrong_rows": []}
    if not os.path.exists(path):
        return result
    with open(path, newline="") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t")]
    for row in rows:
        c = components.get(row["component"])
        if c is None:
            result["missing"].append(row["component"])
            continue
        seen = (c["role"], ";".join(sorted(c["dependencies"])), ";".join(sorted(c["implements"])))
        judged = (row["role"], row["dependencies"], row["implements"])
        if seen != judged:
            result["changed"].append("%s: judged %s, now %s" % (row["component"], judged, seen))
            continue
        if row["verdict"] == "right":
            result["right"] += 1
        else:
            result["wrong"] += 1
            result["wrong_rows"].append("%s: %s" % (row["component"], row["reason"]))
    return result


def driver_text(header, short, member, call, config):
    """Builds the system (with the entry's configuration values, where the
    value-initialised ones are not valid) and calls the entry point."""
    return ('#include "%s"\n#include <cstdlib>\n\nint main() {\n  %s::%sSystemConfig Values;\n  %s\n'
            '  auto System = %s::make%sSystem(Values);\n  System->%s.%s;\n  return 0;\n}\n'
            % (header, NAMESPACE, short, config, NAMESPACE, short, member, call))


def compile_driver(args, cfg, src, build, driver, out_dir, binary):
    flags = [expand(f, src, build) for f in cfg["flags"]]
    std = cfg.get("std", "-std=c++17")
    if not binary:
        return run([args.cxx, std, "-fsyntax-only", "-w", "-I" + out_dir] + flags + [driver])
    link = cfg["link"]
    inputs = [expand(i, src, build) for i in link["inputs"]]
    return run([args.cxx, std, "-w", "-I" + out_dir] + flags + [driver] + inputs +
               link.get("flags", []) + ["-lgmock", "-lgtest", "-pthread", "-o", binary])


def factories(args, itdd, cfg, src, build, map_file, out_dir):
    rows = []
    for entry in cfg["entries"]:
        cls = entry["class"]
        short = entry.get("name", cls.split("::")[-1])
        header = short + "_system.h"
        gen = run([itdd, "gen", "factory", "--map", map_file, "--entry", cls, "--name", short,
                   "--namespace", NAMESPACE, "--force", "--quiet",
                   "-o", os.path.join(out_dir, header)] + entry.get("args", []))
        row = {"class": cls, "generated": gen.returncode == 0}
        if gen.returncode:
            row["why"] = gen.stderr.strip()[:400]
            rows.append(row)
            continue
        text = open(os.path.join(out_dir, header)).read()
        row["lines"] = len(text.splitlines())
        member = re.search(r"member=(\w+)", text)
        member = member.group(1) if member else None
        if not member:
            row["why"] = "no member= line names the entry point's member"
            rows.append(row)
            continue
        driver = os.path.join(out_dir, short + "_driver.cpp")
        with open(driver, "w") as f:
            f.write(driver_text(header, short, member, entry["call"], entry.get("config", "")))
        cc = compile_driver(args, cfg, src, build, driver, out_dir, None)
        row["compiles"] = cc.returncode == 0
        if cc.returncode:
            row["why"] = first_errors(cc.stderr)
        elif args.link and "link" in cfg:
            binary = os.path.join(out_dir, short + "_driver")
            ld = compile_driver(args, cfg, src, build, driver, out_dir, binary)
            row["links"] = ld.returncode == 0
            if ld.returncode:
                row["why"] = first_errors(ld.stderr)
            else:
                ran = run(cfg.get("run_prefix", []) + [binary], cwd=out_dir, timeout=60)
                row["runs"] = ran.returncode == 0
                if ran.returncode:
                    row["why"] = "exit %d: %s" % (ran.returncode,
                                                   (ran.stderr or ran.stdout).strip()[-300:])
        rows.append(row)
    return rows


def default_mocks(args, itdd, cfg, src, build, map_file, out_dir):
    header = os.path.join(out_dir, "default_mocks.h")
    gen = run([itdd, "gen", "mocks", "--map", map_file, "--namespace", NAMESPACE,
               "--force", "--quiet", "-o", header])
    if gen.returncode:
        none = "no external boundaries to mock" in gen.stderr
        return {"generated": False, "none": none, "why": gen.stderr.strip()[:400]}
    text = open(header).read()
    mocks = re.findall(r"^class (Mock\w+)", text, re.M)
    driver = os.path.join(out_dir, "mocks_driver.cpp")
    with open(driver, "w") as f:
        # Every mock is concrete; the ones a test can build without
        # arguments are built (the others inherit their base's constructors).
        f.write('#include "default_mocks.h"\n#include <type_traits>\n\n'
                'template <class M> void use() {\n'
                '  static_assert(!std::is_abstract_v<M>, "a pure virtual function is not mocked");\n'
                '  if constexpr (std::is_default_constructible_v<M>) {\n'
                '    ::testing::NiceMock<M> Mock;\n    (void)Mock;\n  }\n}\n\nint main() {\n')
        for m in mocks:
            f.write("  use<%s::%s>();\n" % (NAMESPACE, m))
        f.write("  return 0;\n}\n")
    cc = compile_driver(args, cfg, src, build, driver, out_dir, None)
    result = {"generated": True, "mocks": len(mocks), "lines": len(text.splitlines()),
              "compiles": cc.returncode == 0}
    if cc.returncode:
        result["why"] = first_errors(cc.stderr, 6)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--itdd", required=True)
    parser.add_argument("--cxx", default="clang++-19")
    parser.add_argument("--project", action="append")
    parser.add_argument("--link", action="store_true",
                        help="build the project's libraries, link and run the drivers")
    parser.add_argument("--work", default=os.path.join(REALWORLD, "gen-work"))
    parser.add_argument("--out")
    args = parser.parse_args()
    itdd = os.path.abspath(args.itdd)
    names = args.project or sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "gen"))
                                   if f.endswith(".json"))
    results = {}
    for name in names:
        cfg = json.load(open(os.path.join(HERE, "gen", name + ".json")))
        src, build = project_dirs(name)
        out_dir = os.path.join(args.work, name)
        os.makedirs(out_dir, exist_ok=True)
        if args.link and "link" in cfg:
            targets = cfg["link"].get("targets", [])
            built = run(["ninja", "-C", build, "-j", "2"] + targets)
            if built.returncode:
                sys.exit("%s: building %s failed:\n%s" % (name, targets, built.stdout[-2000:]))
        map_file = os.path.join(out_dir, "map.json")
        start = time.perf_counter()
        mapped = run([itdd, "map", "-p", build, "--quiet", "-o", map_file])
        seconds = time.perf_counter() - start
        if mapped.returncode:
            print("%s: itdd map failed:\n%s" % (name, mapped.stderr[-2000:]))
            continue
        components = {c["name"]: c for c in json.load(open(map_file))["components"]}
        r = {"components": len(components), "map_seconds": round(seconds, 2),
             "spot_check": spot_check(name, components),
             "factories": factories(args, itdd, cfg, src, build, map_file, out_dir),
             "mocks": default_mocks(args, itdd, cfg, src, build, map_file, out_dir)}
        results[name] = r
        report(name, r, args.link and "link" in cfg)
    if args.out:
        with open(args.out, "w") as f:
            json.dump(results, f, indent=1, sort_keys=True)


def report(name, r, linked):
    s = r["spot_check"]
    judged = s["right"] + s["wrong"]
    print("== %s: %d components, mapped in %.1f s" % (name, r["components"], r["map_seconds"]))
    print("   spot check: %d of %d right%s%s" % (
        s["right"], judged,
        ", %d changed since judged" % len(s["changed"]) if s["changed"] else "",
        ", %d gone" % len(s["missing"]) if s["missing"] else ""))
    for line in s["wrong_rows"] + s["changed"] + ["gone: " + m for m in s["missing"]]:
        print("     " + line)
    rows = r["factories"]
    done = [x for x in rows if x.get("compiles")]
    text = "   factories: %d of %d compile and call their entry point" % (len(done), len(rows))
    if linked:
        text += "; %d link, %d run" % (sum(1 for x in rows if x.get("links")),
                                       sum(1 for x in rows if x.get("runs")))
    print(text)
    for x in rows:
        if x.get("why"):
            why = x["why"] if isinstance(x["why"], str) else " | ".join(x["why"])
            print("     %s: %s" % (x["class"], why[:300]))
    m = r["mocks"]
    if m.get("none"):
        print("   default mocks: the map has no external boundary to mock")
    elif not m.get("generated"):
        print("   default mocks: not generated: %s" % m.get("why"))
    else:
        print("   default mocks: %d classes, %d lines, %s" % (
            m["mocks"], m["lines"], "compile" if m["compiles"] else "DO NOT COMPILE"))
        for line in m.get("why", []):
            print("     " + line[:300])


if __name__ == "__main__":
    main()
