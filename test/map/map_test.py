#!/usr/bin/env python3
"""End-to-end tests of `itdd map` on the tiny fixture project.

  map_test.py --itdd build/bin/itdd CASE [--update]

CASE is one of: formats, shards, broken, rerun, nodb, entry, parallel, cache,
kinds, driven, pictures, views, inherit, configfile, parentchange, badconfig,
stdheaders, membership, unmatchedkey.
The configuration cases also run the real clang-tidy (--clang-tidy, --plugin)
on the same fixture project, to show that the checks read the same roles. `formats` compares every output format with
the golden files in golden/ (--update rewrites them).
"""

import filecmp
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import itdd_e2e  # noqa: E402
from itdd_e2e import compile_db, fail, write  # noqa: E402

TINY = os.path.join(HERE, "fixtures", "tiny")
GOLDEN = os.path.join(HERE, "golden")
GOOD = ["src/signup.cpp", "src/infrastructure.cpp"]


def make_build(tmp, sources):
    return compile_db(os.path.join(tmp, "build"), TINY, sources)


def itdd(args, *rest):
    return itdd_e2e.run([args.itdd, "map", "--quiet"] + list(rest), expect=None)


def case_formats(args, tmp):
    build = make_build(tmp, GOOD)
    failures = 0
    for fmt, ext in [("json", "json"), ("dot", "dot"), ("mermaid", "mmd"),
                     ("markdown", "md")]:
        out = os.path.join(tmp, "map." + ext)
        result = itdd(args, "-p", build, "--root", TINY, "--format", fmt, "-o", out)
        if result.returncode != 0:
            failures += fail("--format %s exited non-zero" % fmt, result)
            continue
        golden = os.path.join(GOLDEN, "tiny." + ext)
        if not itdd_e2e.matches_golden(out, golden, args.update):
            failures += fail("--format %s differs from %s" % (fmt, golden))
    # Deterministic: a second run writes the same bytes.
    again = os.path.join(tmp, "again.json")
    itdd(args, "-p", build, "--root", TINY, "-j", "1", "-o", again)
    if not filecmp.cmp(again, os.path.join(tmp, "map.json"), shallow=False):
        failures += fail("two runs gave different JSON")
    return failures


def case_shards(args, tmp):
    build = make_build(tmp, GOOD)
    whole = os.path.join(tmp, "whole.json")
    result = itdd(args, "-p", build, "--root", TINY, "-o", whole)
    if result.returncode != 0:
        return fail("one-shot map failed", result)
    dirs = []
    for k in (1, 2):
        shard_dir = os.path.join(tmp, "shards%d" % k)
        dirs.append(shard_dir)
        result = itdd(args, "-p", build, "--root", TINY, "--shard", "%d/2" % k,
                      "--shard-dir", shard_dir, "-o", os.path.join(tmp, "part%d.json" % k))
        if result.returncode != 0:
            return fail("--shard %d/2 failed" % k, result)
        if len(os.listdir(shard_dir)) != 1:
            return fail("--shard %d/2 wrote %s" % (k, os.listdir(shard_dir)))
    merged = os.path.join(tmp, "merged.json")
    result = itdd(args, "merge", dirs[0], dirs[1], "-o", merged)
    if result.returncode != 0:
        return fail("merge failed", result)
    if not filecmp.cmp(whole, merged, shallow=False):
        subprocess.run(["diff", "-u", whole, merged])
        return fail("merged shards differ from the one-shot map")
    names = [c["name"] for c in json.load(open(merged))["components"]]
    if "tiny::SessionCache" not in names:
        return fail("the class only one TU sees is missing from the merge")
    return 0


def case_rerun(args, tmp):
    build = make_build(tmp, GOOD)
    shard_dir = os.path.join(tmp, "shards")
    first = itdd(args, "-p", build, "--root", TINY, "--shard-dir", shard_dir,
                 "-o", os.path.join(tmp, "a.json"))
    second = map_loud(args, "-p", build, "--root", TINY, "--shard-dir", shard_dir,
                      "-o", os.path.join(tmp, "b.json"))
    if first.returncode or second.returncode:
        return fail("mapping failed", second)
    if "(2 from shards)" not in second.stderr:
        return fail("unchanged TUs were not reused from shards", second)
    if not filecmp.cmp(os.path.join(tmp, "a.json"), os.path.join(tmp, "b.json"), shallow=False):
        return fail("the reused map differs")
    # A changed input invalidates the shards of the TUs that read it.
    copy = os.path.join(tmp, "tiny")
    shutil.copytree(TINY, copy)
    entries = json.load(open(os.path.join(build, "compile_commands.json")))
    for e in entries:
        e["directory"] = copy
        e["file"] = e["file"].replace(TINY, copy)
    json.dump(entries, open(os.path.join(build, "compile_commands.json"), "w"))
    itdd(args, "-p", build, "--root", copy, "--shard-dir", shard_dir, "-o", os.path.join(tmp, "c.json"))
    with open(os.path.join(copy, "src", "signup.cpp"), "a") as f:
        f.write("\nnamespace tiny { class AddedLater { public: explicit AddedLater(Database &); }; }\n")
    third = map_loud(args, "-p", build, "--root", copy, "--shard-dir", shard_dir,
                     "-o", os.path.join(tmp, "d.json"))
    if "(1 from shards)" not in third.stderr:
        return fail("a changed TU was reused, or an unchanged one was not", third)
    names = [c["name"] for c in json.load(open(os.path.join(tmp, "d.json")))["components"]]
    if "tiny::AddedLater" not in names:
        return fail("the class added to the changed TU is missing")
    return 0


def case_broken(args, tmp):
    build = make_build(tmp, GOOD + ["src/broken.cpp"])
    out = os.path.join(tmp, "map.json")
    result = itdd(args, "-p", build, "--root", TINY, "-o", out)
    if result.returncode != 1:
        return fail("a TU that does not parse must give exit code 1", result)
    if "broken.cpp" not in result.stderr or "broken.cpp:6" not in result.stderr:
        return fail("the error must name the file and line", result)
    names = [c["name"] for c in json.load(open(out))["components"]]
    if "tiny::SignupController" not in names:
        return fail("the good TUs must still be mapped", result)
    leftovers = [f for f in os.listdir(tmp) if ".tmp-" in f]
    if leftovers:
        return fail("temporary files left behind: %s" % leftovers)
    return 0


def case_nodb(args, tmp):
    result = itdd(args, "-p", os.path.join(tmp, "nowhere"), "-o", os.path.join(tmp, "x.json"))
    if result.returncode != 2 or "compile_commands.json" not in result.stderr:
        return fail("a missing compilation database must be a clear error", result)
    if os.path.exists(os.path.join(tmp, "x.json")):
        return fail("no output may be written on error")
    return 0


def case_entry(args, tmp):
    build = make_build(tmp, GOOD)
    out = os.path.join(tmp, "entry.json")
    result = itdd(args, "-p", build, "--root", TINY, "--entry", "tiny::SignupController", "-o", out)
    if result.returncode != 0:
        return fail("--entry failed", result)
    names = sorted(c["name"] for c in json.load(open(out))["components"])
    expected = ["tiny::Clock", "tiny::Database", "tiny::MailGateway", "tiny::SignupController",
                "tiny::SignupService", "tiny::SmtpMailGateway", "tiny::SystemClock",
                "tiny::UserStore"]
    if names != expected:
        return fail("--entry reached %s, expected %s" % (names, expected))
    result = itdd(args, "-p", build, "--root", TINY, "--entry", "tiny::Nope", "-o", out + "2")
    if result.returncode != 2 or "tiny::SignupController" not in result.stderr:
        return fail("an unknown --entry must list the entry points", result)
    return 0


def case_parallel(args, tmp):
    """Many TUs from several directories, mapped four at a time: each must
    parse in its own directory however the threads interleave."""
    gen = os.path.join(HERE, "..", "..", "bench", "gen_project.py")
    subprocess.run([sys.executable, gen, tmp, "--components", "24", "--tests", "0"],
                   check=True, capture_output=True)
    # Every class the generated headers declare is a component.
    declared = 0
    for folder, _, names in os.walk(os.path.join(tmp, "include")):
        for name in names:
            with open(os.path.join(folder, name)) as header:
                declared += sum(1 for line in header if line.startswith("class "))
    build = os.path.join(tmp, "build")
    entries = json.load(open(os.path.join(build, "compile_commands.json")))
    for k, e in enumerate(entries[:12]):  # Half of them from a second directory.
        other = os.path.join(tmp, "other")
        os.makedirs(other, exist_ok=True)
        copy = os.path.join(other, "%d_%s" % (k, os.path.basename(e["file"])))
        shutil.copy(e["file"], copy)
        e["command"] = e["command"].replace(
            "../" + os.path.relpath(e["file"], tmp), os.path.basename(copy))
        e["file"] = copy
        e["directory"] = other
    json.dump(entries, open(os.path.join(build, "compile_commands.json"), "w"))
    out = os.path.join(tmp, "map.json")
    result = itdd(args, "-p", build, "-j", "4", "-o", out)
    if result.returncode != 0:
        return fail("parallel mapping failed", result)
    count = len(json.load(open(out))["components"])
    if count != declared or count < 24:
        return fail("expected %d components, got %d" % (declared, count))
    return 0


def tiny_copy(tmp):
    """The tiny fixture copied, with a compilation database pointing at the
    copy: its .clang-tidy and sources can be changed."""
    copy = os.path.join(tmp, "tiny")
    shutil.copytree(TINY, copy)
    return copy, compile_db(os.path.join(tmp, "build"), copy, GOOD)


def map_loud(args, *rest):
    return itdd_e2e.run([args.itdd, "map"] + list(rest), expect=None)


def role_of(path, name):
    for c in json.load(open(path))["components"]:
        if c["name"] == name:
            return c["role"]
    return None


def case_cache(args, tmp):
    """Re-runs reuse shards with no flag, and a changed configuration is
    never answered from a shard made under the old one."""
    copy, build = tiny_copy(tmp)
    out = [os.path.join(tmp, "m%d.json" % i) for i in range(5)]
    first = map_loud(args, "-p", build, "--root", copy, "-o", out[0])
    if first.returncode or "from shards" in first.stderr:
        return fail("first run", first)
    if not os.path.isdir(os.path.join(build, ".itdd-cache", "map")):
        return fail("no cache under the build directory")
    second = map_loud(args, "-p", build, "--root", copy, "-o", out[1])
    if "(2 from shards)" not in second.stderr:
        return fail("an unchanged re-run with no flag parsed again", second)
    if not filecmp.cmp(out[0], out[1], shallow=False):
        return fail("the cached map differs from the parsed one")
    if role_of(out[1], "tiny::UserStore") != "infrastructure":
        return fail("fixture: tiny::UserStore should start as infrastructure")
    with open(os.path.join(copy, ".clang-tidy"), "w") as f:
        f.write("CheckOptions:\n  itdd.ExternalBoundaries: '^tiny::UserStore$'\n")
    third = map_loud(args, "-p", build, "--root", copy, "-o", out[2])
    if "from shards" in third.stderr:
        return fail("a shard made under another configuration was reused", third)
    if role_of(out[2], "tiny::UserStore") != "external-boundary":
        return fail("the changed itdd.* key did not change the role", third)
    fourth = map_loud(args, "-p", build, "--root", copy, "-o", out[3])
    if "(2 from shards)" not in fourth.stderr:
        return fail("the new configuration's shards were not reused", fourth)
    fifth = map_loud(args, "-p", build, "--root", copy, "--no-cache", "-o", out[4])
    if fifth.returncode or "from shards" in fifth.stderr:
        return fail("--no-cache read the cache", fifth)
    return 0


TELEMETRY = os.path.join(HERE, "..", "gen", "fixtures", "telemetry")


def map_one_unit(args, tmp, work, source):
    """The components itdd maps from one translation unit of the project in
    work, by name; None after saying why the mapping failed."""
    build = compile_db(os.path.join(tmp, "build"), work, [source])
    out = os.path.join(tmp, "map.json")
    result = itdd(args, "-p", build, "--root", work, "--no-cache", "-o", out)
    if result.returncode:
        fail("mapping failed", result)
        return None
    return {c["name"]: c for c in json.load(open(out))["components"]}


def case_kinds(args, tmp):
    """How constructors take what they need, as real libraries write it."""
    comps = map_one_unit(args, tmp, os.path.abspath(TELEMETRY), "src/tele.cpp")
    if comps is None:
        return 1
    problems = []

    def param(cls, i):
        return comps[cls]["constructor"][i]

    def expect(what, got, wanted):
        if got != wanted:
            problems.append("%s: got %r, expected %r" % (what, got, wanted))

    for gone in ["tele::QueueGateway", "tele::SenderError", "tele::nostd::shared_ptr",
                 "tele::SpanId"]:
        if gone in comps:
            problems.append("%s is a component (a template, an exception, a smart "
                            "pointer or a value class is not)" % gone)
    expect("TraceController dependencies", comps["tele::TraceController"]["dependencies"],
           ["tele::Logger", "tele::SpanProcessor", "tele::TracerState"])
    expect("TracerState dependencies", comps["tele::TracerState"]["dependencies"],
           ["tele::Clock", "tele::SpanProcessor"])
    p = param("tele::TracerState", 0)
    expect("vector<unique_ptr<SpanProcessor>>&&",
           (p["passing"], p.get("many"), p["class"]), ("unique_ptr", True, "tele::SpanProcessor"))
    p = param("tele::TracerState", 1)
    expect("const shared_ptr<Clock>&", (p["passing"], p["class"]), ("shared_ptr", "tele::Clock"))
    expect("Capacity's default", param("tele::TracerState", 2).get("default"), "16")
    expect("a braced default", param("tele::TracerState", 3).get("default"), "{}")
    expect("a default written over several lines",
           param("tele::BatchProcessor", 1).get("default"), "BatchOptions()")
    p = param("tele::BatchProcessor", 0)
    expect("unique_ptr<SpanSender>&&", (p["passing"], p["class"]), ("unique_ptr", "tele::SpanSender"))
    p = param("tele::TraceController", 1)
    expect("nostd::shared_ptr<Logger>", (p["passing"], p["class"]), ("shared_ptr", "tele::Logger"))
    expect("constructors of TraceController", len(comps["tele::TraceController"].get("constructors", [])), 3)
    sender = comps["tele::SpanSender"]
    visit = [m for m in sender["methods"] if m["name"] == "forEachLabel"][0]
    expect("a type inside a function-type template argument", visit["params"][0]["type"],
           "std::function<bool (tele::nostd::string_view)>")
    expect("classes the mock needs complete", sender.get("method_types"),
           [{"name": "tele::Record", "include": '"tele/record.h"'}])
    if problems:
        return fail("\n  ".join(problems))
    return 0


def case_driven(args, tmp):
    """Structure the whole compilation database shows and one unit does not:
    a class named like a boundary that the project's own tests construct
    and call is what users come in through; an interface whose only
    implementation is private to another file is the project's own; an
    abstract partial implementation of a project interface is no callback."""
    work = os.path.abspath(TELEMETRY)
    build = compile_db(os.path.join(tmp, "build"), work, [
        "src/tele.cpp", "src/format.cpp", "test/integration/metrics_test.cpp"])
    problems = []

    def role(comps, name):
        c = comps[name]
        return c["role"], c.get("implemented_in_project", False)

    # What one unit sees, and what the whole database does.
    runs = {
        "src/tele.cpp": {"tele::MetricsClient": ("external-boundary", False)},
        "test/integration/metrics_test.cpp": {"tele::SpanFormatter": ("external-boundary", False)},
        "": {"tele::MetricsClient": ("entry-point", False),
             "tele::SpanFormatter": ("internal", True),
             # Built only as a base of the tests' own subclass.
             "tele::UploadClient": ("external-boundary", False),
             # A partial implementation of the project's Logger.
             "tele::QuietLogger": ("internal", False)},
    }
    for unit, wanted in runs.items():
        out = os.path.join(tmp, "map-%d.json" % len(unit))
        files = [os.path.join(work, unit)] if unit else []
        result = itdd(args, "-p", build, "--root", work, "--no-cache", "-o", out, *files)
        if result.returncode:
            return fail("mapping failed", result)
        comps = {c["name"]: c for c in json.load(open(out))["components"]}
        for name, expected in wanted.items():
            got = role(comps, name) if name in comps else None
            if got != expected:
                problems.append("mapping %s: %s is %s, expected %s (role, implemented_in_project)"
                                % (unit or "every unit", name, got, expected))
    if problems:
        return fail("\n  ".join(problems))
    return 0


def shard_of(components):
    def comp(name, role, deps=(), impl=(), abstract=False):
        return {"name": name, "role": role, "entry_point": role == "entry-point",
                "ui": False, "abstract": abstract, "file": "include/x.h", "line": 1,
                "header": "x.h", "header_angled": False, "dependencies": list(deps),
                "implements": list(impl), "constructor": [], "user_constructors": False}
    return {"itdd_shard": 3, "file": "x.cpp", "command": "0", "inputs": [],
            "map": {"components": [comp(*c) for c in components]}}


def case_pictures(args, tmp):
    """Decorators (a class that implements an interface and takes one) and
    a map too large for layers are drawn, and Graphviz renders them."""
    import re
    shards = os.path.join(tmp, "shards")
    os.makedirs(shards)
    decorators = [("pay::Gateway", "external-boundary", (), (), True),
                  ("pay::LoggingGateway", "external-boundary", ["pay::Gateway"], ["pay::Gateway"]),
                  ("pay::RetryingGateway", "external-boundary", ["pay::Gateway"], ["pay::Gateway"]),
                  ("pay::CheckoutController", "entry-point", ["pay::Gateway"])]
    with open(os.path.join(shards, "decorators.json"), "w") as f:
        json.dump(shard_of(decorators), f)
    dot = os.path.join(tmp, "small.dot")
    result = itdd(args, "merge", shards, "--format", "dot", "-o", dot)
    if result.returncode:
        return fail("dot failed", result)
    edges = re.findall(r"^\s*(n_\w+) -> (n_\w+)", open(dot).read(), re.M)
    if len(edges) != len(set(edges)):
        return fail("parallel edges between the same classes:\n" + open(dot).read())
    # Many classes in three namespaces, each taking the next.
    many = [("big::ns%d::Service%d" % (i % 3, i), "internal",
             ["big::ns%d::Service%d" % ((i + 1) % 3, i + 1)] if i < 59 else [])
            for i in range(60)]
    big = os.path.join(tmp, "big")
    os.makedirs(big)
    with open(os.path.join(big, "many.json"), "w") as f:
        json.dump(shard_of(many), f)
    result = itdd(args, "merge", big, "--format", "dot", "-o", os.path.join(tmp, "big.dot"))
    text = open(os.path.join(tmp, "big.dot")).read()
    if result.returncode or text.count("subgraph cluster_") != 3 or "rank=same" in text:
        return fail("a large map is not grouped by namespace:\n" + text[:600], result)
    if shutil.which("dot"):
        for src, out in [(shards, "small.svg"), (big, "big.svg")]:
            result = itdd(args, "merge", src, "--format", "svg", "-o", os.path.join(tmp, out))
            if result.returncode or not os.path.getsize(os.path.join(tmp, out)):
                return fail("Graphviz did not render " + out, result)
    return 0


def case_views(args, tmp):
    """Two translation units see one interface differently: one sees no
    class implementing it (a boundary, for all it knows), the other sees
    the project's own implementation. The merged map, in any order of the
    units, takes the whole map's view."""
    seen_alone = [("log::Exporter", "external-boundary", (), (), True)]
    seen_with_impl = [("log::Exporter", "internal", (), (), True),
                      ("log::FileExporter", "internal", (), ["log::Exporter"])]
    never_implemented = [("log::Sink", "external-boundary", (), (), True)]
    roles = []
    for order in ([seen_alone, seen_with_impl], [seen_with_impl, seen_alone]):
        shards = os.path.join(tmp, "order%d" % len(roles))
        os.makedirs(shards)
        for i, part in enumerate(order + [never_implemented]):
            with open(os.path.join(shards, "%d.json" % i), "w") as f:
                json.dump(shard_of(part), f)
        out = os.path.join(shards, "map.json")
        result = itdd(args, "merge", shards, "-o", out)
        if result.returncode:
            return fail("merge failed", result)
        roles.append((role_of(out, "log::Exporter"), role_of(out, "log::Sink")))
    if roles != [("internal", "external-boundary")] * 2:
        return fail("merged roles %s; expected an implemented interface to be "
                    "internal and an unimplemented one a boundary, in either order" % roles)
    return 0


LAYERED = os.path.join(HERE, "fixtures", "layered")
LAYERED_TEST = "tests/integration/checkout_test.cpp"
LAYERED_ROLES = ("shop::LedgerFeed", "shop::PriceTable", "shop::Archive")


def layered_copy(tmp):
    """The layered fixture (a .clang-tidy at the top, one inheriting it in
    tests/) copied into a repository of its own, with a compilation database
    for its integration test."""
    copy = os.path.join(tmp, "layered")
    shutil.copytree(LAYERED, copy)
    subprocess.run(["git", "init", "-q", copy], check=True)
    return copy, compile_db(os.path.join(tmp, "build"), copy, [LAYERED_TEST], "clang++-19")


def roles(path, names=LAYERED_ROLES):
    return {name: role_of(path, name) for name in names}


def tidy(args, copy, build, *extra):
    """The real clang-tidy with the plugin on the layered fixture's test,
    configured as a user would: by the .clang-tidy files (or the options)."""
    command = [args.clang_tidy, "--load=" + args.plugin, "-p", build] + list(extra)
    return itdd_e2e.run(command + [os.path.join(copy, LAYERED_TEST)], expect=None)


def mocked_internals(result):
    return sorted(set(re.findall(r"mocks internal component '([^']+)'", result.stdout)))


CONFIGURATION_DOC = os.path.join(HERE, "..", "..", "docs", "configuration.md")


def doc_text():
    with open(CONFIGURATION_DOC) as f:
        return f.read()


def case_inherit(args, tmp):
    """tests/.clang-tidy says InheritParentConfig: true and sets one key; the
    top .clang-tidy sets another. itdd map and the checks both see both."""
    blocks = re.findall(r"```yaml\n(.*?)```", doc_text(), re.S)
    for name in [".clang-tidy", "tests/.clang-tidy"]:
        with open(os.path.join(LAYERED, name)) as f:
            if "# %s\n%s" % (name, f.read()) not in blocks:
                return fail("docs/configuration.md must show %s of the fixture" % name)
    copy, build = layered_copy(tmp)
    out = os.path.join(tmp, "map.json")
    mapped = map_loud(args, "-p", build, "--root", copy, "-o", out)
    if mapped.returncode:
        return fail("itdd map on the layered fixture", mapped)
    expected = {"shop::LedgerFeed": "external-boundary", "shop::PriceTable": "internal",
                "shop::Archive": "infrastructure"}
    if roles(out) != expected:
        return fail("map roles %s, expected %s" % (roles(out), expected), mapped)
    checked = tidy(args, copy, build)
    if mocked_internals(checked) != ["shop::PriceTable"]:
        return fail("the checks must flag the mocked PriceTable and not the "
                    "LedgerFeed the top .clang-tidy declares a boundary", checked)
    # Without InheritParentConfig the tests' file stands alone: both halves
    # then take the ledger for the application's own.
    write(os.path.join(copy, "tests", ".clang-tidy"),
          "CheckOptions:\n  itdd.Infrastructure: '^shop::Archive$'\n"
          "Checks: '-*,itdd-internal-mock'\n")
    alone = os.path.join(tmp, "alone.json")
    mapped = map_loud(args, "-p", build, "--root", copy, "-o", alone)
    expected["shop::LedgerFeed"] = "internal"
    if mapped.returncode or roles(alone) != expected:
        return fail("without inheritance: map roles %s, expected %s"
                    % (roles(alone), expected), mapped)
    checked = tidy(args, copy, build)
    if mocked_internals(checked) != ["shop::LedgerFeed", "shop::PriceTable"]:
        return fail("without inheritance the checks must flag both mocks", checked)
    return 0


def case_configfile(args, tmp):
    """--config-file and --config mean what they mean to clang-tidy."""
    copy, build = tiny_copy(tmp)
    write(os.path.join(copy, ".clang-tidy"),
          "CheckOptions:\n  itdd.ExternalBoundaries: '^tiny::UserStore$'\n")
    names = ("tiny::UserStore", "tiny::SignupService")
    config = os.path.join(tmp, "ci-tidy.yaml")
    write(config, "CheckOptions:\n  itdd.EntryPoints: '^tiny::SignupService$'\n")
    out = os.path.join(tmp, "map.json")
    # The file replaces the project's .clang-tidy ...
    result = map_loud(args, "-p", build, "--root", copy, "--config-file=" + config, "-o", out)
    if result.returncode or roles(out, names) != {
            "tiny::UserStore": "infrastructure", "tiny::SignupService": "entry-point"}:
        return fail("--config-file: roles %s" % roles(out, names), result)
    # ... unless it says InheritParentConfig: true.
    write(config, "InheritParentConfig: true\n"
          "CheckOptions:\n  itdd.EntryPoints: '^tiny::SignupService$'\n")
    result = map_loud(args, "-p", build, "--root", copy, "--config-file=" + config, "-o", out)
    if result.returncode or roles(out, names) != {
            "tiny::UserStore": "external-boundary", "tiny::SignupService": "entry-point"}:
        return fail("--config-file with InheritParentConfig: roles %s" % roles(out, names), result)
    result = map_loud(args, "-p", build, "--root", copy, "-o", out,
                      "--config={CheckOptions: {itdd.EntryPoints: '^tiny::SignupService$'}}")
    if result.returncode or roles(out, names) != {
            "tiny::UserStore": "infrastructure", "tiny::SignupService": "entry-point"}:
        return fail("--config: roles %s" % roles(out, names), result)
    os.remove(out)
    both = map_loud(args, "-p", build, "--root", copy, "--config-file=" + config,
                    "--config={}", "-o", out)
    if both.returncode != 2 or "mutually exclusive" not in both.stderr:
        return fail("--config-file with --config must be a usage error", both)
    missing = os.path.join(tmp, "missing.yaml")
    gone = map_loud(args, "-p", build, "--root", copy, "--config-file=" + missing, "-o", out)
    if gone.returncode != 2 or missing not in gone.stderr:
        return fail("a missing --config-file must be named, exit code 2", gone)
    bad = map_loud(args, "-p", build, "--root", copy, "--config={CheckOptions: [", "-o", out)
    if bad.returncode != 2 or "--config:1:" not in bad.stderr:
        return fail("bad --config YAML must be reported with its position", bad)
    if os.path.exists(out):
        return fail("no map may be written on a configuration error")
    return 0


def case_parentchange(args, tmp):
    """The shard cache is keyed on the merged options: changing the top
    .clang-tidy that tests/.clang-tidy inherits maps the test again."""
    copy, build = layered_copy(tmp)
    out = [os.path.join(tmp, "m%d.json" % i) for i in range(4)]
    first = map_loud(args, "-p", build, "--root", copy, "-o", out[0])
    second = map_loud(args, "-p", build, "--root", copy, "-o", out[1])
    if first.returncode or "(1 from shards)" not in second.stderr:
        return fail("an unchanged re-run must reuse the shard", second)
    write(os.path.join(copy, ".clang-tidy"), "Checks: '-*,itdd-internal-mock'\n"
          "CheckOptions:\n  itdd.ExternalBoundaries: '^shop::PriceTable$'\n")
    third = map_loud(args, "-p", build, "--root", copy, "-o", out[2])
    if third.returncode or "from shards" in third.stderr:
        return fail("a shard made under the old parent .clang-tidy was reused", third)
    if roles(out[2])["shop::PriceTable"] != "external-boundary" or \
            roles(out[2])["shop::LedgerFeed"] != "internal":
        return fail("the parent's new key did not change the roles: %s" % roles(out[2]))
    fourth = map_loud(args, "-p", build, "--root", copy, "-o", out[3])
    if "(1 from shards)" not in fourth.stderr:
        return fail("the new configuration's shard was not reused", fourth)
    return 0


STD_TYPES_HEADER = """#pragma once
#include <chrono>
#include <map>
#include <string>
namespace shipping {
class CarrierClient {
public:
  virtual ~CarrierClient() = default;
  virtual std::chrono::system_clock::time_point pickupTime() const = 0;
  virtual bool book(std::chrono::milliseconds Timeout, std::string Parcel) = 0;
  virtual std::map<std::string, int> rates() const = 0;
};
class Dispatcher {
public:
  explicit Dispatcher(CarrierClient &Carrier) : Carrier(Carrier) {}
  bool ship(const std::string &Parcel);
private:
  CarrierClient &Carrier;
};
}
"""


def case_stdheaders(args, tmp):
    """Standard types are included through their standard header (<chrono>),
    never the library's internal file that defines them (<bits/chrono.h>)."""
    work = os.path.join(tmp, "shipping")
    os.makedirs(os.path.join(work, "include"))
    os.makedirs(os.path.join(work, "src"))
    with open(os.path.join(work, "include", "shipping.h"), "w") as f:
        f.write(STD_TYPES_HEADER)
    with open(os.path.join(work, "src", "shipping.cpp"), "w") as f:
        f.write('#include "shipping.h"\nbool shipping::Dispatcher::ship('
                'const std::string &P) { return Carrier.book('
                'std::chrono::milliseconds(5), P); }\n')
    comps = map_one_unit(args, tmp, work, "src/shipping.cpp")
    if comps is None:
        return 1
    includes = {t["include"] for t in comps["shipping::CarrierClient"].get("method_types", [])}
    if includes != {"<chrono>"}:
        return fail("every standard type of the mock must come from its standard "
                    "header (<chrono>), got %s" % sorted(includes))
    return 0


MEMBERSHIP_FILES = {
    # The project's own code, in a namespace a well-known library also uses.
    "include/google/shop.h": """#pragma once
#include "external/pay/processor.h"
#include "libs/json/parser.h"
namespace google {
namespace shop {
class Ledger {
public:
  virtual ~Ledger() = default;
  virtual void record(int Cents) { Total += Cents; }
private:
  int Total = 0;
};
class Checkout {
public:
  Checkout(pay::Processor &Payments, Ledger &Books) : Payments(Payments), Books(Books) {}
  bool buy(int Cents);
private:
  pay::Processor &Payments;
  Ledger &Books;
};
} // namespace shop
} // namespace google
""",
    # A boundary the configuration names, in a folder read as vendored code.
    "include/external/pay/processor.h": """#pragma once
namespace pay {
class Processor {
public:
  virtual ~Processor() = default;
  virtual bool charge(int Cents) = 0;
};
class Receipt { public: virtual ~Receipt() = default; virtual int id() const = 0; };
} // namespace pay
""",
    # A library checked out inside the tree as a repository of its own.
    "include/libs/json/.git": "gitdir: ../../../.git/modules/json\n",
    "include/libs/json/parser.h": """#pragma once
namespace json {
class Parser { public: virtual ~Parser() = default; virtual int parse(const char *Text); };
} // namespace json
""",
    "src/shop.cpp": """#include "google/shop.h"
bool google::shop::Checkout::buy(int Cents) {
  if (!Payments.charge(Cents))
    return false;
  Books.record(Cents);
  return true;
}
""",
    ".clang-tidy": "CheckOptions:\n  itdd.ExternalBoundaries: '^pay::Processor$'\n",
}


def case_membership(args, tmp):
    """Membership by location, never by namespace; what the configuration
    names is in the map wherever its header sits."""
    work = os.path.join(tmp, "shop")
    for path, text in MEMBERSHIP_FILES.items():
        write(os.path.join(work, path), text)
    os.makedirs(os.path.join(work, ".git"))
    comps = map_one_unit(args, tmp, work, "src/shop.cpp")
    if comps is None:
        return 1
    problems = []
    for own in ("google::shop::Checkout", "google::shop::Ledger"):
        if own not in comps:
            problems.append("%s is the project's own class (its namespace does "
                            "not make it a library's)" % own)
    if comps.get("pay::Processor", {}).get("role") != "external-boundary":
        problems.append("pay::Processor, named in itdd.ExternalBoundaries, must be "
                        "in the map as an external boundary; got %r"
                        % comps.get("pay::Processor"))
    elif "pay::Processor" not in comps.get("google::shop::Checkout", {}).get(
            "dependencies", []):
        problems.append("Checkout must depend on the named boundary pay::Processor")
    for gone in ("pay::Receipt", "json::Parser"):
        if gone in comps:
            problems.append("%s is not the project's (vendored) and nothing names "
                            "it" % gone)
    if problems:
        return fail("\n  ".join(problems))
    return 0


def case_badconfig(args, tmp):
    """A wrong .clang-tidy is named, with the key and what to do, by itdd
    map (exit code 2, no map written) and by the checks (a warning; the key
    keeps its default)."""
    copy, build = layered_copy(tmp)
    top = os.path.join(copy, ".clang-tidy")
    out = os.path.join(tmp, "map.json")
    checks = "Checks: '-*,itdd-internal-mock'\n"
    failures = 0
    for option, expected in [
            ("itdd.ExternalBoundaries: '(LedgerFeed'",
             "invalid regular expression '(LedgerFeed' for option "
             "'itdd.ExternalBoundaries': parentheses not balanced; correct it"),
            ("itdd.ExternalBoundary: 'LedgerFeed$'",
             "unknown option 'itdd.ExternalBoundary'; correct its name (known "
             "options are itdd.IntegrationTestFiles"),
            ("itdd.ShowUndecided: 'maybe'",
             "invalid value 'maybe' for option 'itdd.ShowUndecided'; write true or false")]:
        if expected not in doc_text():
            failures += fail("docs/configuration.md must show: " + expected)
        # Inherited from the top file through tests/.clang-tidy.
        write(top, checks + "CheckOptions:\n  " + option + "\n")
        mapped = map_loud(args, "-p", build, "--root", copy, "-o", out)
        if mapped.returncode != 2 or top + ": error: " + expected not in mapped.stderr \
                or os.path.exists(out):
            failures += fail("itdd map must name %s and stop with 2" % top, mapped)
        checked = tidy(args, copy, build)
        if "itdd: %s: %s" % (top, expected) not in checked.stdout + checked.stderr:
            failures += fail("the checks must name %s" % top, checked)
    write(top, checks + "CheckOptions:\n  itdd.ExternalBoundaries: '^shop::LedgerFeed$\n")
    mapped = map_loud(args, "-p", build, "--root", copy, "-o", out)
    if mapped.returncode != 2 or top + ":3:" not in mapped.stderr or os.path.exists(out):
        failures += fail("a YAML error must be named with its line, exit code 2", mapped)
    checked = tidy(args, copy, build)
    if top not in checked.stdout + checked.stderr:
        failures += fail("clang-tidy must name the file with the YAML error", checked)
    # A check-local spelling is not read by either half; both say so.
    write(top, checks + "CheckOptions:\n"
          "  itdd-internal-mock.itdd.ExternalBoundaries: '^shop::LedgerFeed$'\n")
    mapped = map_loud(args, "-p", build, "--root", copy, "-o", out)
    local = ("option 'itdd-internal-mock.itdd.ExternalBoundaries' is not read: "
             "every itdd check and the itdd tool share one set of itdd options")
    if mapped.returncode or top + ": warning: " + local not in mapped.stderr \
            or roles(out)["shop::LedgerFeed"] != "internal":
        failures += fail("a check-local key must be a warning and not read", mapped)
    checked = tidy(args, copy, build)
    if "itdd: %s: %s" % (top, local) not in checked.stdout + checked.stderr or \
            "shop::LedgerFeed" not in mocked_internals(checked):
        failures += fail("the checks must not read a check-local key either", checked)
    return failures


def case_unmatchedkey(args, tmp):
    """A role key that names no class of the map (a misspelt name) is a
    warning naming its file and line, the key and what to do; the map is still
    written. A key that names a class, and a partial map, say nothing."""
    copy, build = layered_copy(tmp)
    top = os.path.join(copy, ".clang-tidy")
    out = os.path.join(tmp, "map.json")
    write(top, "Checks: '-*,itdd-internal-mock'\nCheckOptions:\n"
          "  itdd.ExternalBoundaries: '^shop::LedgerFed$'\n")
    mapped = map_loud(args, "-p", build, "--root", copy, "-o", out)
    expected = ("%s:3: warning: option 'itdd.ExternalBoundaries' ('^shop::LedgerFed$') "
                "matches none of the " % top)
    if mapped.returncode or expected not in mapped.stderr or not os.path.exists(out):
        return fail("itdd map must warn about the key that names no class", mapped)
    if mapped.stderr.count(": warning: option 'itdd.") != 1:
        return fail("one warning, for the one key that names nothing", mapped)
    line = next(l for l in mapped.stderr.splitlines() if l.startswith(expected))
    if "correct the pattern" not in line or "or remove the key" not in line:
        return fail("the warning must say what to do", mapped)
    if line.replace(top, "/src/shop/.clang-tidy") not in doc_text():
        return fail("docs/configuration.md must show the warning:\n" + line)
    # Quiet or not, a configuration warning is said.
    quiet = itdd(args, "-p", build, "--root", copy, "-o", out)
    if expected not in quiet.stderr:
        return fail("--quiet must not hide the warning", quiet)
    # A map of some files only may not hold the class: no warning.
    some = map_loud(args, "-p", build, "--root", copy, "-o", out,
                    os.path.join(copy, LAYERED_TEST))
    if some.returncode or "matches none" in some.stderr:
        return fail("a map of chosen files must not judge the keys", some)
    write(top, "Checks: '-*,itdd-internal-mock'\nCheckOptions:\n"
          "  itdd.ExternalBoundaries: '^shop::LedgerFeed$'\n")
    good = map_loud(args, "-p", build, "--root", copy, "-o", out)
    if good.returncode or "matches none" in good.stderr:
        return fail("a key that names a class must not be warned about", good)
    return 0


def main():
    parser = itdd_e2e.argument_parser("--itdd")
    parser.add_argument("--update", action="store_true")
    parser.add_argument("--clang-tidy", default="clang-tidy-19")
    parser.add_argument("--plugin")
    args, case = itdd_e2e.case_from_command_line(parser, globals())
    code = itdd_e2e.run_in_temp_dir(case, args)
    print("%s: %s" % (args.case, "FAILED" if code else "ok"))
    return code


if __name__ == "__main__":
    sys.exit(main())
