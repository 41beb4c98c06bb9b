#!/usr/bin/env python3
"""itdd on bad input: every input a user hands it, broken in each way we
know of, one case per ctest (bad_input.<case>).

  bad_input_test.py --itdd build/bin/itdd --red-outcomes BIN CASE

Each case checks the exit code, that the message names the input (with
file and line where there is one) and says what to do, and that nothing is
lost: no output written or half-written, no user file changed, no temporary
file left behind, shards still valid. The messages checked here are the
ones docs/errors.md shows.
"""

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import itdd_e2e  # noqa: E402
from itdd_e2e import ROOT, Failed, check, write  # noqa: E402

TINY = os.path.join(ROOT, "test", "map", "fixtures", "tiny")
ORDERS_MAP = os.path.join(ROOT, "test", "red", "fixtures", "orders-map.json")
ORDERS_FEATURE = os.path.join(ROOT, "test", "red", "fixtures", "orders.feature")
GEN_PROJECT = os.path.join(ROOT, "bench", "gen_project.py")
GOOD = ["src/signup.cpp", "src/infrastructure.cpp"]


def run(argv, cwd=None, user=None):
    """Runs argv; as root, user="nobody" runs it without root's right to
    write anywhere."""
    if user and os.geteuid() == 0:
        argv = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] + argv
    return itdd_e2e.run(argv, cwd, expect=None)


def expect(result, code, *texts):
    output = result.stdout + result.stderr
    missing = [t for t in texts if t not in output]
    if result.returncode != code or missing:
        raise Failed("%s\nexit code %d (expected %d)\nmissing: %r\nstdout:\n%s\nstderr:\n%s" % (
            " ".join(result.args), result.returncode, code, missing,
            result.stdout, result.stderr))
    print("ok: exit %d: %s" % (code, result.stderr.strip().splitlines()[0]
                               if result.stderr.strip() else result.stdout.strip()[:200]))


def leftovers(*dirs):
    found = []
    for d in dirs:
        for parent, _, files in os.walk(d):
            found += [os.path.join(parent, f) for f in files if ".tmp-" in f]
    return found


def no_leftovers(*dirs):
    found = leftovers(*dirs)
    check(not found, "temporary files left behind: %s" % found)


def tiny_db(tmp, sources=GOOD, extra=()):
    """The tiny fixture copied into tmp/tiny (outside any version-controlled
    tree, so tmp is its project) and a build directory whose database lists
    its sources and any extra entries."""
    tiny = os.path.join(tmp, "tiny")
    if not os.path.isdir(tiny):
        shutil.copytree(TINY, tiny)
    return itdd_e2e.compile_db(os.path.join(tmp, "build"), tiny, sources, "clang++-19", extra)


def factory_header(args, tmp):
    """A header written by `itdd gen factory`, for `itdd gen tests`."""
    header = os.path.join(tmp, "signup_system.h")
    if not os.path.exists(header):
        expect(run([args.itdd, "gen", "factory", "-p", tiny_db(tmp), "--quiet", "--no-cache",
                    "--entry", "tiny::SignupController", "-o", header]), 0)
    return header


def baseline(args, build, out_dir):
    """`itdd baseline` over a database that cannot be used: the same
    message as map and gen, in one line."""
    result = run([args.itdd, "baseline", "-p", build,
                  "-o", os.path.join(out_dir, "baseline.json")])
    check(len(result.stderr.strip().splitlines()) == 1,
          "itdd baseline's message is not one line:\n" + result.stderr)
    return result


def map_and_gen(args, build, out_dir, *more):
    """`itdd map` and `itdd gen mocks` over the same database."""
    return [run([args.itdd, "map", "-p", build, "--quiet",
                 "-o", os.path.join(out_dir, "map.json")] + list(more)),
            run([args.itdd, "gen", "mocks", "-p", build, "--quiet", "--class",
                 "tiny::MailGateway", "-o", os.path.join(out_dir, "mocks.h")] + list(more))]


# --- compile_commands.json ---------------------------------------------------

def broken_db(args, tmp, text, *messages):
    build = os.path.join(tmp, "build")
    write(os.path.join(build, "compile_commands.json"), text)
    out = os.path.join(tmp, "out")
    os.makedirs(out)
    for result in map_and_gen(args, build, out, "--shard-dir", os.path.join(tmp, "shards")) + \
            [baseline(args, build, out)]:
        expect(result, 2, os.path.join(build, "compile_commands.json"), *messages)
    check(not os.listdir(out), "output written: %s" % os.listdir(out))
    check(not os.path.exists(os.path.join(tmp, "shards")), "shards written")


def case_db_missing(args, tmp):
    out = os.path.join(tmp, "out")
    os.makedirs(out)
    nowhere = os.path.join(tmp, "nowhere")
    for result in map_and_gen(args, nowhere, out) + [baseline(args, nowhere, out)]:
        expect(result, 2, "the build directory '%s' does not exist; name the directory that "
               "holds compile_commands.json with -p" % nowhere)
    for result in map_and_gen(args, out, out) + [baseline(args, out, out)]:
        expect(result, 2, "no compile_commands.json in '%s'; configure the build with "
               "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON (or run it under bear) to write one" % out)
    check(not os.listdir(out), "output written")


def case_db_path_is_file(args, tmp):
    build = tiny_db(tmp)
    result = run([args.itdd, "map", "-p", os.path.join(build, "compile_commands.json")])
    expect(result, 2, "-p takes the build directory, not a file: -p " + build)


def case_db_empty(args, tmp):
    broken_db(args, tmp, "", "the file is empty", "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON")


def case_db_not_json(args, tmp):
    # Cut short, as a build interrupted while writing it leaves it.
    text = json.dumps([{"directory": TINY, "file": os.path.join(TINY, s),
                        "command": "c++ -c " + s} for s in GOOD], indent=1)
    broken_db(args, tmp, text[:text.index('"command"', 200)],
              "compile_commands.json:10:2: not valid JSON: Expected object key", "not valid JSON",
              "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON")


def case_db_not_array(args, tmp):
    broken_db(args, tmp, json.dumps({"directory": TINY, "file": "src/signup.cpp"}),
              "expected a JSON array of compile commands")


def case_db_entry_incomplete(args, tmp):
    entries = [{"directory": TINY, "file": os.path.join(TINY, "src/signup.cpp"),
                "command": "c++ -c src/signup.cpp"},
               {"directory": TINY, "file": os.path.join(TINY, "src/infrastructure.cpp")}]
    broken_db(args, tmp, json.dumps(entries),
              "entry 2 ('%s') has no \"command\" or \"arguments\"" %
              os.path.join(TINY, "src/infrastructure.cpp"),
              "every entry needs \"directory\", \"file\" and \"command\" or \"arguments\"")


def case_db_no_entries(args, tmp):
    broken_db(args, tmp, "[]\n", "it lists no translation units")


def partial(args, tmp, extra, *messages):
    """A database with the good sources and extra broken entries: the
    others are mapped, the outputs written, and the exit code is 1."""
    build = tiny_db(tmp, GOOD, extra)
    out = os.path.join(tmp, "out")
    os.makedirs(out)
    results = map_and_gen(args, build, out, "--no-cache")
    for result in results:
        expect(result, 1, *messages)
    check("did not parse; the map lacks what only they declare" in results[1].stderr,
          "gen does not say its output comes from a partial map: " + results[1].stderr)
    names = [c["name"] for c in json.load(open(os.path.join(out, "map.json")))["components"]]
    check("tiny::SignupController" in names, "the good translation units were not mapped")
    check("class MockMailGateway" in open(os.path.join(out, "mocks.h")).read(),
          "gen wrote no mocks from the good translation units")
    no_leftovers(tmp)


def case_db_missing_source(args, tmp):
    gone = os.path.join(tmp, "tiny", "src", "gone.cpp")
    partial(args, tmp, [{"directory": os.path.dirname(gone), "file": gone,
                         "command": "c++ -c gone.cpp"}],
            gone + ": cannot map it: the file does not exist",
            "regenerate compile_commands.json")


def case_db_missing_directory(args, tmp):
    moved = os.path.join(tmp, "moved-away")
    partial(args, tmp, [{"directory": moved, "file": os.path.join(moved, "signup2.cpp"),
                         "command": "c++ -c signup2.cpp"}],
            "signup2.cpp: cannot map it: the directory of its compile command, '%s', "
            "does not exist" % moved, "regenerate compile_commands.json")


def case_tu_parse_error(args, tmp):
    tiny = os.path.join(tmp, "tiny")
    partial(args, tmp, [{"directory": tiny, "file": os.path.join(tiny, "src/broken.cpp"),
                         "command": "c++ -std=c++17 -Iinclude -c src/broken.cpp"}],
            "broken.cpp: cannot map it: ", "broken.cpp:6: expected ';' at end of declaration list")


def case_tu_missing_header(args, tmp):
    src = write(os.path.join(tmp, "src", "lonely.cpp"),
                '#include "tiny/app.h"\n#include "tiny/not_generated_yet.h"\n')
    partial(args, tmp, [{"directory": os.path.join(tmp, "tiny"), "file": src,
                         "command": "c++ -std=c++17 -Iinclude -c " + src}],
            src + ":2: 'tiny/not_generated_yet.h' file not found")


def case_tu_all_failed(args, tmp):
    build = tiny_db(tmp, ["src/broken.cpp"])
    out = os.path.join(tmp, "out")
    previous = write(os.path.join(out, "map.json"), '{"components": []}\n')
    result_map, result_gen = map_and_gen(args, build, out, "--no-cache")
    expect(result_map, 1, "broken.cpp:6:",
           "none of the 1 translation units could be mapped; %s was left as it was" % previous)
    expect(result_gen, 1, "broken.cpp:6:",
           "none of the 1 translation units could be mapped; nothing generated")
    check(open(previous).read() == '{"components": []}\n', "the map was overwritten")
    check(os.listdir(out) == ["map.json"], "gen wrote output: %s" % os.listdir(out))


# --- .feature files ----------------------------------------------------------

def broken_feature(args, tmp, text, where, message):
    """itdd gen tests and itdd red --feature both refuse the file, naming
    file, line and column, and write nothing."""
    feature = write(os.path.join(tmp, "features", "broken.feature"), text,
                    "wb" if isinstance(text, bytes) else "w")
    out = os.path.join(tmp, "out")
    os.makedirs(out)
    factory = factory_header(args, tmp)
    wanted = "%s:%s: error: %s" % (feature, where, message)
    expect(run([args.itdd, "gen", "tests", "--feature", feature, "--factory", factory,
                "-o", os.path.join(out, "orders_test.cpp")]), 2, wanted)
    expect(run([args.itdd, "red", "--feature", ORDERS_FEATURE, "--feature", feature,
                "--json", os.path.join(out, "red.json"), "--", args.red_outcomes]), 2, wanted)
    check(not os.listdir(out), "output written: %s" % os.listdir(out))


def case_feature_no_feature(args, tmp):
    broken_feature(args, tmp, "  Scenario: Customer pays\n    When she pays\n", "1:3",
                   "expected 'Feature:' before any scenario; start the file with "
                   "'Feature: <name>'")


def case_feature_step_outside_scenario(args, tmp):
    broken_feature(args, tmp, "Feature: Orders\n\n  Given a basket\n", "3:3",
                   "step 'Given a basket' outside a scenario; put steps under a "
                   "'Scenario:' or 'Background:'")


def case_feature_bad_examples(args, tmp):
    broken_feature(args, tmp,
                   "Feature: Orders\n  Scenario Outline: Customer pays <amount>\n"
                   "    When she pays <amount>\n    Then she owes <rest>\n\n"
                   "    Examples:\n      | amount | rest |\n      | 5      |\n",
                   "8:7", "this row has 1 cells but the table's first row has 2; "
                   "give every row the same columns")


def case_feature_outline_without_examples(args, tmp):
    broken_feature(args, tmp,
                   "Feature: Orders\n  Scenario Outline: Customer pays <amount>\n"
                   "    When she pays <amount>\n",
                   "2:3", "'Scenario Outline: Customer pays <amount>' has no Examples; "
                   "add an 'Examples:' table below its steps")


def case_feature_unterminated_doc_string(args, tmp):
    broken_feature(args, tmp,
                   "Feature: Orders\n  Scenario: Customer reads her receipt\n"
                   "    Then she sees\n      \"\"\"\n      Total: 5 EUR\n",
                   "4:7", "this doc string is never closed; end it with a line "
                   "holding only \"\"\"")


def case_feature_not_utf8(args, tmp):
    broken_feature(args, tmp,
                   b"Feature: Orders\n  Scenario: Customer pays at the caf\xe9\n"
                   b"    When she pays\n",
                   "2:37", "byte 0xE9 is not UTF-8; save the file as UTF-8")


# --- output paths ------------------------------------------------------------

def sarif_input(tmp):
    return write(os.path.join(tmp, "tidy.txt"),
                 "/src/a_test.cpp:3:1: warning: integration test mocks internal component "
                 "'a::B'; use the real component [itdd-internal-mock]\n")


def every_output(args, tmp, out_dir, user=None):
    """Each command writing into out_dir, with the exit code it gives when
    it cannot."""
    build = tiny_db(tmp)
    shards = os.path.join(tmp, "shards")
    feature_factory = factory_header(args, tmp)
    out = lambda name: os.path.join(out_dir, name)
    return [
        (2, out("map.json"), [args.itdd, "map", "-p", build, "--shard-dir", shards,
                              "-o", out("map.json")]),
        (2, out("diff.md"), [args.itdd, "map", "diff", ORDERS_MAP, ORDERS_MAP,
                             "-o", out("diff.md")]),
        (1, out("mocks.h"), [args.itdd, "gen", "mocks", "-p", build, "--shard-dir", shards,
                             "-o", out("mocks.h")]),
        (1, out("orders_test.cpp"), [args.itdd, "gen", "tests", "--feature", ORDERS_FEATURE,
                                     "--factory", feature_factory, "-o", out("orders_test.cpp")]),
        (2, out("tidy.sarif"), [args.itdd, "sarif", sarif_input(tmp), "-o", out("tidy.sarif")]),
        (2, out("red.json"), [args.itdd, "red", "--json", out("red.json"), "--",
                              args.red_outcomes]),
    ]


def unwritable(args, tmp, out_dir, reason, user=None):
    for code, path, argv in every_output(args, tmp, out_dir):
        result = run(argv, cwd=tmp, user=user)
        expect(result, code, "cannot write '%s': %s" % (path, reason))
        # Found before the work: the map was not even started.
        check(not os.path.exists(os.path.join(tmp, "shards")),
              "mapped before finding the output unwritable")
        check(not result.stdout.strip(), "red ran the tests: " + result.stdout)
    no_leftovers(tmp)


def case_out_missing_directory(args, tmp):
    out_dir = os.path.join(tmp, "not", "there")
    unwritable(args, tmp, out_dir, "the directory '%s' does not exist; create it first "
               "or choose another path" % out_dir)


def case_out_is_directory(args, tmp):
    out_dir = os.path.join(tmp, "out")
    for _, path, _ in every_output(args, tmp, out_dir):
        os.makedirs(path)
    for code, path, argv in every_output(args, tmp, out_dir):
        expect(run(argv), code, "cannot write '%s': it is a directory; name a file instead"
               % path)
        check(os.path.isdir(path) and not os.listdir(path), "the directory was changed")
    no_leftovers(tmp)


def case_out_special_file(args, tmp):
    """A pipe (or -o /dev/null) is written in place, not replaced by a
    regular file renamed over it."""
    fifo = os.path.join(tmp, "fifo")
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", fifo], stdout=subprocess.PIPE, text=True)
    result = run([args.itdd, "map", "diff", ORDERS_MAP, ORDERS_MAP, "-o", fifo])
    received = reader.communicate()[0]
    expect(result, 0)
    check("No architectural change." in received, "nothing came through the pipe: " + received)
    check(stat.S_ISFIFO(os.stat(fifo).st_mode), "the pipe was replaced by a file")
    no_leftovers(tmp)


def case_out_read_only(args, tmp):
    os.chmod(tmp, 0o755)
    out_dir = os.path.join(tmp, "read-only")
    os.makedirs(out_dir)
    # Inputs of the commands, made before the directory is closed.
    every_output(args, tmp, out_dir)
    os.chmod(out_dir, 0o555)
    try:
        unwritable(args, tmp, out_dir, "Permission denied; choose a directory you can "
                   "write to", user="nobody")
        check(not os.listdir(out_dir), "written into the read-only directory")
    finally:
        os.chmod(out_dir, 0o755)


# --- generated files a person edited ----------------------------------------

def case_gen_edited(args, tmp):
    build = tiny_db(tmp)
    mocks = os.path.join(tmp, "out", "mocks.h")
    os.makedirs(os.path.dirname(mocks))
    shards = os.path.join(tmp, "shards")
    gen = [args.itdd, "gen", "mocks", "-p", build, "--class", "tiny::MailGateway",
           "-o", mocks]
    expect(run(gen + ["--quiet", "--no-cache"]), 0)
    with open(mocks, "a") as f:
        f.write("// a person's note\n")
    edited = open(mocks).read()
    result = run(gen + ["--shard-dir", shards])
    expect(result, 1, "%s: edited since itdd generated it; your edits are kept. Move "
           "them elsewhere or pass --force to overwrite them" % mocks)
    check(open(mocks).read() == edited, "the edit was lost without --force")
    check(not os.path.exists(shards), "mapped before refusing the edited file")
    expect(run(gen + ["--quiet", "--force", "--no-cache"]), 0)
    check("a person's note" not in open(mocks).read(), "--force did not regenerate it")
    no_leftovers(tmp)


def case_gen_not_itdd(args, tmp):
    mine = write(os.path.join(tmp, "out", "mocks.h"), "// written by hand\n")
    for kind in (["mocks"], ["builders"]):
        result = run([args.itdd, "gen"] + kind + ["--map", ORDERS_MAP, "-o", mine])
        expect(result, 1, "%s: the file exists and was not written by itdd; choose another "
               "output file, or pass --force to replace it" % mine)
    check(open(mine).read() == "// written by hand\n", "a hand-written file was replaced")
    no_leftovers(tmp)


# --- maps and shards ---------------------------------------------------------

def broken_map(args, tmp, text, *messages):
    """gen --map, map diff and red --map refuse the map, naming it."""
    bad = write(os.path.join(tmp, "maps", "broken.json"), text)
    out = os.path.join(tmp, "out")
    os.makedirs(out)
    runs = [run([args.itdd, "gen", "mocks", "--map", bad, "-o", os.path.join(out, "mocks.h")]),
            run([args.itdd, "map", "diff", ORDERS_MAP, bad, "-o", os.path.join(out, "d.md")]),
            run([args.itdd, "map", "diff", bad, ORDERS_MAP]),
            run([args.itdd, "red", "--map", bad, "--report", os.path.join(out, "gap.md"),
                 "--", args.red_outcomes])]
    for result in runs:
        expect(result, 2, bad, *messages)
    check(not os.listdir(out), "output written: %s" % os.listdir(out))


def case_map_truncated(args, tmp):
    text = open(ORDERS_MAP).read()
    broken_map(args, tmp, text[:len(text) // 2], "not valid JSON",
               "write it again with 'itdd map -o FILE'")


def case_map_empty(args, tmp):
    broken_map(args, tmp, "", "the file is empty")


def case_map_wrong_shape(args, tmp):
    broken_map(args, tmp, '{"components": 5}\n',
               "not an itdd map: no \"components\" array")


def case_map_unknown_role(args, tmp):
    data = json.load(open(ORDERS_MAP))
    data["components"][1]["role"] = "boss"
    broken_map(args, tmp, json.dumps(data, indent=2),
               "not an itdd map: component 2 ('%s') has an unknown role 'boss'"
               % data["components"][1]["name"])


def case_shard_corrupt(args, tmp):
    """A shard cut short or broken by hand is parsed again, and the map is
    the one an intact cache gives; `map merge` names it."""
    build = tiny_db(tmp)
    shards = os.path.join(tmp, "shards")
    first, second = os.path.join(tmp, "first.json"), os.path.join(tmp, "second.json")
    base = [args.itdd, "map", "-p", build, "--shard-dir", shards]
    expect(run(base + ["-o", first]), 0)
    names = sorted(os.listdir(shards))
    check(len(names) == 2, "expected two shards: %s" % names)
    cut = os.path.join(shards, names[0])
    text = open(cut).read()
    write(cut, text[:len(text) // 2])
    result = run([args.itdd, "map", "merge", shards, "-o", os.path.join(tmp, "merged.json")])
    expect(result, 2, cut + ":", "not valid JSON", "map that slice again")
    check(not os.path.exists(os.path.join(tmp, "merged.json")), "merge wrote a map")
    result = run(base + ["-o", second])
    expect(result, 0, "2 translation units, 2 mapped (1 from shards)")
    check(open(first).read() == open(second).read(), "the map differs after a broken shard")
    check(json.load(open(cut))["itdd_shard"], "the broken shard was not written again")


# --- test binaries for itdd red ----------------------------------------------

def script(tmp, name, body):
    path = write(os.path.join(tmp, name), "#!/bin/sh\n" + body)
    os.chmod(path, 0o755)
    return path


def red_fails_before_tests(args, tmp, binary, *messages, more=()):
    out = os.path.join(tmp, "red.json")
    result = run([args.itdd, "red", "--json", out] + list(more) + ["--", binary])
    expect(result, 2, *messages)
    check(not os.path.exists(out), "--json written")


def case_red_crash_at_start(args, tmp):
    binary = script(tmp, "crashes_test", "kill -SEGV $$\n")
    red_fails_before_tests(args, tmp, binary, "'%s' crashed with SIGSEGV" % binary,
                           "before printing any GoogleTest output")


def case_red_hang_at_start(args, tmp):
    binary = script(tmp, "hangs_test", "exec sleep 600\n")
    red_fails_before_tests(args, tmp, binary,
                           "'%s' printed no GoogleTest output in 1 s and was killed" % binary,
                           "raise --timeout", more=["--timeout", "1"])


def case_red_directory(args, tmp):
    red_fails_before_tests(args, tmp, tmp, "cannot run '%s': it is not an executable file" % tmp)


def case_red_bad_db(args, tmp):
    build = os.path.join(tmp, "build")
    write(os.path.join(build, "compile_commands.json"), "[{")
    red_fails_before_tests(args, tmp, args.red_outcomes,
                           os.path.join(build, "compile_commands.json") + ":1:2: not valid JSON",
                           more=["-p", build])


# --- interrupted runs --------------------------------------------------------

def interrupted(args, tmp, command, sig):
    """Runs command (building out/OUTPUT with shards in shards/) once
    whole, then again from scratch interrupted by sig after its second
    shard, then once more: no half-written file, every shard valid and
    reused, and the same output as the whole run."""
    subprocess.run([sys.executable, GEN_PROJECT, tmp, "--units", "24"], check=True,
                   capture_output=True)
    out, shards = os.path.join(tmp, "out"), os.path.join(tmp, "shards")
    os.makedirs(out)
    output = os.path.join(out, "result")
    argv = [args.itdd] + command + ["-p", "build", "-j1", "--shard-dir", "shards",
                                    "-o", "out/result"]
    expect(run(argv, cwd=tmp), 0)
    whole = open(output, "rb").read()
    shutil.rmtree(shards)
    os.remove(output)

    proc = subprocess.Popen(argv, cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    guard = time.monotonic() + 300  # Against a hang of the test itself.
    while proc.poll() is None and time.monotonic() < guard:
        if os.path.isdir(shards) and len([f for f in os.listdir(shards)
                                           if f.endswith(".json")]) >= 2:
            proc.send_signal(sig)
            break
        time.sleep(0.02)
    stdout, stderr = proc.communicate()
    check(proc.returncode == -sig, "exit status %r, expected death by signal %d; stderr:\n%s"
          % (proc.returncode, sig, stderr))
    said = "interrupted (SIGINT)" if sig == signal.SIGINT else "terminated (SIGTERM)"
    check(said in stderr and "no output was half-written" in stderr,
          "no message on the signal:\n" + stderr)
    print("ok: died by signal %d: %s" % (sig, stderr.strip().splitlines()[-1]))
    check(not os.path.exists(output), "an output was written by the interrupted run")
    no_leftovers(out, shards)
    kept = [f for f in os.listdir(shards) if f.endswith(".json")]
    for name in kept:
        check(json.load(open(os.path.join(shards, name))).get("itdd_shard"),
              "shard %s is not a whole shard" % name)
    check(len(kept) < 24, "the run finished before it was interrupted")

    again = run(argv, cwd=tmp)
    expect(again, 0)
    if command[0] == "map":
        check("(%d from shards)" % len(kept) in again.stderr,
              "the %d shards of the interrupted run were not reused:\n%s"
              % (len(kept), again.stderr))
    check(open(output, "rb").read() == whole,
          "the re-run's output differs from an uninterrupted run's")


def case_interrupt_map_sigint(args, tmp):
    interrupted(args, tmp, ["map"], signal.SIGINT)


def case_interrupt_map_sigterm(args, tmp):
    interrupted(args, tmp, ["map"], signal.SIGTERM)


def case_interrupt_gen_sigint(args, tmp):
    interrupted(args, tmp, ["gen", "builders", "--quiet"], signal.SIGINT)


def case_interrupt_gen_sigterm(args, tmp):
    interrupted(args, tmp, ["gen", "builders", "--quiet"], signal.SIGTERM)


def case_interrupt_map_ignored(args, tmp):
    """Started with SIGINT ignored (a shell's background job), itdd map
    keeps ignoring it, as any program does: it neither says it was
    interrupted nor stops, and writes its whole output."""
    subprocess.run([sys.executable, GEN_PROJECT, tmp, "--units", "24"], check=True,
                   capture_output=True)
    os.makedirs(os.path.join(tmp, "out"))
    argv = [args.itdd, "map", "-p", "build", "-j1", "--no-cache", "-o", "out/result"]
    proc = subprocess.Popen(argv, cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    time.sleep(1)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=300)
    check(proc.returncode == 0 and "interrupted" not in stderr,
          "an ignored SIGINT must change nothing; exit %r, stderr:\n%s"
          % (proc.returncode, stderr))
    check(os.path.getsize(os.path.join(tmp, "out", "result")) > 0, "no map written")


def gone(pid):
    """The process ended (a zombie waiting for init counts)."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def case_interrupt_red(args, tmp):
    """The test binary runs in its own process group, out of reach of the
    terminal's Ctrl-C: an interrupted itdd red ends it, and writes no
    --json."""
    binary = script(tmp, "waits_test", "echo $$ > %s/started\nexec sleep 600\n" % tmp)
    out = os.path.join(tmp, "red.json")
    proc = subprocess.Popen([args.itdd, "red", "--timeout", "600", "--json", out, "--", binary],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    started = os.path.join(tmp, "started")
    guard = time.monotonic() + 120  # Against a hang of the test itself.
    while not (os.path.exists(started) and open(started).read().strip()) and \
            time.monotonic() < guard:
        time.sleep(0.02)
    child = int(open(started).read())
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate()
    check(proc.returncode == -signal.SIGINT and "interrupted (SIGINT)" in stderr,
          "exit status %r, stderr:\n%s" % (proc.returncode, stderr))
    while not gone(child) and time.monotonic() < guard:
        time.sleep(0.02)
    if not gone(child):
        os.kill(child, signal.SIGKILL)
        raise Failed("the test binary kept running after itdd red was interrupted")
    check(not os.path.exists(out), "--json written by the interrupted run")
    print("ok: the test binary ended with itdd red")


def main():
    parser = itdd_e2e.argument_parser("--itdd", "--red-outcomes")
    args, case = itdd_e2e.case_from_command_line(parser, globals())
    args.itdd = os.path.abspath(args.itdd)
    args.red_outcomes = os.path.abspath(args.red_outcomes)
    code = itdd_e2e.run_in_temp_dir(case, args)
    if not code:
        print("%s: ok" % args.case)
    return code


if __name__ == "__main__":
    sys.exit(main())
