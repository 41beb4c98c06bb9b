#!/usr/bin/env python3
"""End-to-end tests of `itdd gen` on the booking fixture and on examples/shop.

  gen_test.py --itdd build/bin/itdd --cxx c++ CASE [--update]
             [--shop-build BUILD --shop-lib libshop.a]

CASE: golden, compile, edits, errors, check, telemetry, cli, payments, level,
noctor, deprecated, shop.
`golden` and `payments` compare the generated files with golden/ (--update
rewrites them); `compile`, `payments` and `shop` compile what itdd generated
together with the application and run it.
"""

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import itdd_e2e  # noqa: E402
from itdd_e2e import ROOT, SHOP, Failed, run  # noqa: E402

BOOKING = os.path.join(HERE, "fixtures", "booking")
GOLDEN = os.path.join(HERE, "golden")
DRIVERS = os.path.join(HERE, "drivers")
PENDING = "itdd: pending scenario"
HEALTH_CHECK = "SystemAssemblesAndReachesItsMocks"


def fixture_copy(tmp, fixture, name, source):
    """A fixture copied under tmp, with a compilation database, so every
    path on the command lines is relative and the output deterministic."""
    work = os.path.join(tmp, name)
    shutil.copytree(fixture, work)
    os.makedirs(os.path.join(work, "out"))
    itdd_e2e.compile_db(os.path.join(work, "build"), work, [source])
    return work


def booking_copy(tmp):
    return fixture_copy(tmp, BOOKING, "booking", "src/booking.cpp")


def generate_booking(args, work):
    itdd = args.itdd
    run([itdd, "gen", "mocks", "-p", "build", "--quiet", "-o", "out/booking_mocks.h"], work)
    run([itdd, "gen", "factory", "-p", "build", "--quiet",
         "--entry", "booking::BookingController", "--name", "Booking",
         "--bind", "booking::Storage=booking::MemoryStorage",
         "--mocks", "booking_mocks.h", "-o", "out/booking_system.h"], work)
    run([itdd, "gen", "factory", "-p", "build", "--quiet",
         "--entry", "booking::BookingController", "--name", "Booking",
         "--namespace", "booking::inline_testing",
         "--bind", "booking::Storage=booking::MemoryStorage",
         "-o", "out/booking_system_inline.h"], work)
    run([itdd, "gen", "tests", "--quiet", "--feature", "features/booking.feature",
         "--factory", "out/booking_system.h", "-o", "out/booking_test.cpp"], work)


GENERATED = ["booking_mocks.h", "booking_system.h", "booking_system_inline.h",
             "booking_test.cpp"]


def compare_golden(args, work, names):
    """What differs between work/out and golden/ (--update: rewrite golden/)."""
    failures = []
    for name in names:
        golden = os.path.join(GOLDEN, name + ".golden")
        if not itdd_e2e.matches_golden(os.path.join(work, "out", name), golden, args.update):
            failures.append("%s differs from %s" % (name, golden))
    return failures


def case_golden(args, tmp):
    work = booking_copy(tmp)
    generate_booking(args, work)
    failures = compare_golden(args, work, GENERATED)
    first = open(os.path.join(work, "out", "booking_system.h")).readline()
    if ("Regenerate with: itdd gen factory -p build --quiet --entry "
            "booking::BookingController") not in first:
        failures.append("the first line does not give the command: " + first)
    # Regenerating gives the same bytes and leaves the files alone.
    before = {n: open(os.path.join(work, "out", n), "rb").read() for n in GENERATED}
    stamp = {n: os.stat(os.path.join(work, "out", n)).st_mtime_ns for n in GENERATED}
    generate_booking(args, work)
    for name in GENERATED:
        path = os.path.join(work, "out", name)
        if open(path, "rb").read() != before[name]:
            failures.append("regenerating changed " + name)
        if os.stat(path).st_mtime_ns != stamp[name]:
            failures.append("regenerating rewrote unchanged " + name)
    if failures:
        raise Failed("\n".join(failures))


def compile_and_link(args, cwd, sources, includes, libs, output, std="-std=c++17"):
    cmd = [args.cxx, std, "-Wall", "-Wextra", "-Werror", "-o", output]
    cmd += ["-I" + i for i in includes] + sources + libs
    cmd += ["-lgmock_main", "-lgmock", "-lgtest", "-pthread"]
    run(cmd, cwd)


def gtest_json(binary, cwd, expect):
    report = binary + ".json"
    run([binary, "--gtest_output=json:" + report], cwd, expect=expect)
    with open(report) as f:
        return json.load(f)


def tests_of(report):
    for suite in report["testsuites"]:
        for test in suite["testsuite"]:
            yield suite["name"] + "." + test["name"], test


def expect_all_pending(report, count, what):
    """count pending skeletons, and one passing health check per feature."""
    found = []
    for name, test in tests_of(report):
        if name.endswith("." + HEALTH_CHECK):
            if test.get("failures"):
                raise Failed("%s: the health check %s fails: %s" % (what, name, test["failures"]))
        else:
            found.append((name, test))
    if len(found) != count:
        raise Failed("%s: %d tests, expected %d: %s" % (
            what, len(found), count, [n for n, _ in found]))
    for name, test in found:
        failures = test.get("failures", [])
        if not failures or not all(PENDING in f["failure"] for f in failures):
            raise Failed("%s: %s is not a pending skeleton: %s" % (what, name, failures))


PERSON_SETS_CONFIG = """  BookingAnAppointmentFeature() {
    config.patient_registry_policy = booking::RetentionPolicy(30);
    config.appointment_service_log = &log;
  }
  std::ostringstream log;
"""


def case_compile(args, tmp):
    work = booking_copy(tmp)
    generate_booking(args, work)
    out = os.path.join(work, "out")
    shutil.copy(os.path.join(DRIVERS, "booking_driver_test.cpp"), out)
    # What a person does first with the skeleton: give the fixture the
    # values the factory cannot default.
    skeleton_text = open(os.path.join(out, "booking_test.cpp")).read()
    edited = skeleton_text.replace(
        "#include <memory>\n", "#include <memory>\n#include <sstream>\n").replace(
        "protected:\n  void SetUp() override {\n    system = booking",
        "protected:\n" + PERSON_SETS_CONFIG + "  void SetUp() override {\n    system = booking", 1)
    with open(os.path.join(out, "booking_configured_test.cpp"), "w") as f:
        f.write(edited)
    bins = {n: os.path.join(tmp, n) for n in ["driver", "skeleton", "configured"]}
    with ThreadPoolExecutor(2) as pool:
        jobs = [pool.submit(compile_and_link, args, work, ["src/booking.cpp", "out/" + src],
                            ["include", "out"], [], bins[n])
                for n, src in [("driver", "booking_driver_test.cpp"),
                               ("skeleton", "booking_test.cpp"),
                               ("configured", "booking_configured_test.cpp")]]
        for job in jobs:
            job.result()
    run([bins["driver"]], work)
    # As generated: the system cannot be assembled without the retention
    # policy, and every test says so from SetUp (a bad red, not pending).
    for name, test in tests_of(gtest_json(bins["skeleton"], work, expect=1)):
        text = " ".join(f["failure"] for f in test.get("failures", []))
        if "patient_registry_policy must be set" not in text or PENDING in text:
            raise Failed("%s: expected the set-up to name the missing value: %s" % (name, text))
    expect_all_pending(gtest_json(bins["configured"], work, expect=1), 4,
                       "booking skeletons")


def case_edits(args, tmp):
    work = booking_copy(tmp)
    generate_booking(args, work)
    target = os.path.join(work, "out", "booking_test.cpp")
    with open(target, "a") as f:
        f.write("// a person's note\n")
    edited = open(target).read()
    cmd = [args.itdd, "gen", "tests", "--quiet", "--feature", "features/booking.feature",
           "--factory", "out/booking_system.h", "-o", "out/booking_test.cpp"]
    result = run(cmd, work, expect=1)
    if "edited since itdd generated it" not in result.stderr or "--force" not in result.stderr:
        raise Failed("refusal does not explain itself: " + result.stderr)
    if open(target).read() != edited:
        raise Failed("the person's edit was lost without --force")
    run(cmd + ["--force"], work)
    if "a person's note" in open(target).read():
        raise Failed("--force did not regenerate the file")
    mine = os.path.join(work, "out", "mine.h")
    with open(mine, "w") as f:
        f.write("// hand-written\n")
    result = run([args.itdd, "gen", "mocks", "-p", "build", "--quiet", "-o", "out/mine.h"],
                 work, expect=1)
    if "not written by itdd" not in result.stderr or open(mine).read() != "// hand-written\n":
        raise Failed("a hand-written file was not protected: " + result.stderr)
    leftovers = [f for f in os.listdir(os.path.join(work, "out")) if "tmp" in f]
    if leftovers:
        raise Failed("temporary files left behind: %s" % leftovers)


def case_errors(args, tmp):
    work = booking_copy(tmp)
    itdd = args.itdd
    checks = [
        (["gen", "factory", "-p", "build", "--quiet", "--entry", "booking::BookingController"],
         2, "booking::Storage has several implementations (booking::FileStorage, "
            "booking::MemoryStorage); choose one with --bind"),
        (["gen", "factory", "-p", "build", "--quiet", "--entry", "booking::Nope"],
         2, "no class named 'booking::Nope' in the map; entry points in it: "
            "booking::BookingController"),
        (["gen", "factory", "-p", "build", "--quiet"], 2, "--entry"),
        (["gen", "factory", "-p", "build", "--quiet", "--entry", "booking::BookingController",
          "--bind", "booking::Storage=booking::Missing"], 2, "no class named 'booking::Missing'"),
        (["gen", "mocks", "-p", "build", "--quiet", "--class", "booking::Nope"], 2,
         "no class named 'booking::Nope'"),
        (["gen", "frobnicate"], 2, "unknown generator 'frobnicate'"),
        (["gen", "tests", "--feature", "features/bad.feature", "--factory", "x.h"], 2,
         "features/bad.feature:4:5: error: step 'Then it breaks' outside a scenario"),
        (["gen", "tests", "--feature", "features/booking.feature", "--factory",
          "features/booking.feature"], 2, "was not written by 'itdd gen factory'"),
    ]
    with open(os.path.join(work, "features", "bad.feature"), "w") as f:
        f.write("Feature: Broken\n  Some words.\n\n    Then it breaks\n")
    problems = []
    for argv, code, text in checks:
        result = run([itdd] + argv, work, expect=None)
        if result.returncode != code or text not in result.stderr:
            problems.append("itdd %s: exit %d, stderr: %s (wanted %d and %r)" % (
                " ".join(argv), result.returncode, result.stderr.strip(), code, text))
    if os.listdir(os.path.join(work, "out")):
        problems.append("a failed run wrote output: %s" % os.listdir(os.path.join(work, "out")))
    if problems:
        raise Failed("\n".join(problems))


def case_check(args, tmp):
    work = booking_copy(tmp)
    generate_booking(args, work)
    base = [args.itdd, "gen", "tests", "--check", "--feature", "features/booking.feature",
            "-o", "out/booking_test.cpp"]
    run(base, work, expect=0)
    with open(os.path.join(work, "features", "booking.feature"), "a") as f:
        f.write("\n    Scenario: Patient cancels an appointment\n"
                "      When she cancels it\n      Then the slot is free again\n")
    with open(os.path.join(work, "out", "extra_test.cpp"), "w") as f:
        f.write('#include <gtest/gtest.h>\n// TEST(Commented, Out) {}\n'
                'TEST(Booking, ControllerReturns201) {}\n')
    result = run(base + ["out/extra_test.cpp"], work, expect=1)
    wanted = ["features/booking.feature:46: scenario 'Patient cancels an appointment' "
              "has no test (expected TEST_F(RemindersRespectQuietHoursRule, "
              "PatientCancelsAnAppointment))",
              "out/extra_test.cpp:3: test Booking.ControllerReturns201 matches no scenario"]
    for line in wanted:
        if line not in result.stdout:
            raise Failed("--check did not report %r:\n%s" % (line, result.stdout))
    if "Commented" in result.stdout:
        raise Failed("--check counted a test in a comment:\n" + result.stdout)


def case_shop(args, tmp):
    itdd = args.itdd
    out = os.path.join(tmp, "gen")
    os.makedirs(out)
    sources = sorted(glob.glob(os.path.join(SHOP, "src", "*.cpp")))
    shards = os.path.join(tmp, "shards")
    common = ["-p", args.shop_build, "--quiet", "--shard-dir", shards,
              "--namespace", "shop::generated"]
    run([itdd, "gen", "mocks"] + common + ["-o", os.path.join(out, "shop_mocks.h")] + sources, ROOT)
    for name, entry, header in [("Checkout", "shop::OrderController", "order_controller_system.h"),
                                ("Cli", "shop::PlaceOrderCommand", "cli_system.h"),
                                ("Screen", "shop::CheckoutScreen", "screen_system.h")]:
        run([itdd, "gen", "factory"] + common +
            ["--entry", entry, "--name", name, "--mocks", "shop_mocks.h",
             "-o", os.path.join(out, header)] + sources, ROOT)
    run([itdd, "gen", "tests", "--quiet", "--feature", "examples/shop/features/checkout.feature",
         "--factory", os.path.join(out, "order_controller_system.h"),
         "-o", os.path.join(out, "checkout_test.cpp")], ROOT)
    run([itdd, "gen", "tests", "--quiet", "--feature", "examples/shop/features/accounts.feature",
         "--factory", os.path.join(out, "order_controller_system.h"),
         "-o", os.path.join(out, "accounts_test.cpp")], ROOT)
    shutil.copy(os.path.join(DRIVERS, "shop_driver_test.cpp"), out)
    includes = [os.path.join(SHOP, "include"), out]
    libs = [args.shop_lib, "-lsqlite3"]
    bins = {n: os.path.join(tmp, n) for n in ["driver", "checkout", "accounts"]}
    with ThreadPoolExecutor(2) as pool:
        jobs = [pool.submit(compile_and_link, args, out, [src], includes, libs, bins[n])
                for n, src in [("driver", "shop_driver_test.cpp"),
                               ("checkout", "checkout_test.cpp"),
                               ("accounts", "accounts_test.cpp")]]
        for job in jobs:
            job.result()
    run([bins["driver"]], out)
    checkout = gtest_json(bins["checkout"], out, expect=1)
    expect_all_pending(checkout, 3 + 3, "checkout.feature skeletons")
    accounts = gtest_json(bins["accounts"], out, expect=1)
    expect_all_pending(accounts, len(list(tests_of(accounts))) - 1, "accounts.feature skeletons")
    # returns.feature is the demo's red journeys, tested by hand.
    run([itdd, "gen", "tests", "--check", "--quiet", "--feature",
         "examples/shop/features/checkout.feature", "--feature",
         "examples/shop/features/accounts.feature",
         os.path.join(out, "checkout_test.cpp"), os.path.join(out, "accounts_test.cpp")], ROOT)


SHOP_BUILDERS = os.path.join(SHOP, "test", "support", "builders.h")


def case_shopbuilders(args, tmp):
    """The builders the shop's integration tests use are what itdd writes
    today: a change to the shop's boundary data or to the generator shows
    up here until the header is regenerated."""
    out = os.path.join(tmp, "builders.h")
    run([args.itdd, "gen", "builders", "-p", args.shop_build, "--quiet",
         "--shard-dir", os.path.join(tmp, "shards"), "--namespace", "shop::testing",
         "-o", out, os.path.join(SHOP, "src", "boundaries.cpp")], ROOT)
    checked_in = open(SHOP_BUILDERS).read()
    # The first line names the command; the rest is the content and its digest.
    if open(out).read().split("\n", 1)[1] != checked_in.split("\n", 1)[1]:
        subprocess.run(["diff", "-u", SHOP_BUILDERS, out])
        raise Failed("%s is out of date; %s" % (
            os.path.relpath(SHOP_BUILDERS, ROOT),
            checked_in.split("Regenerate with: ", 1)[-1].split("\n", 1)[0]))


TELEMETRY = os.path.join(HERE, "fixtures", "telemetry")


def telemetry_copy(tmp):
    return fixture_copy(tmp, TELEMETRY, "telemetry", "src/tele.cpp")


def case_telemetry(args, tmp):
    """Constructors taking unique_ptr&&, const shared_ptr&, the library's own
    shared_ptr, vectors of unique_ptrs and a component taken as T&&, with
    default arguments and several constructors; the default mock set; a mock whose interface only
    forward-declares a type it returns; a namespace outside the library."""
    work = telemetry_copy(tmp)
    itdd = args.itdd
    common = ["-p", "build", "--quiet", "--namespace", "tele_testing"]
    run([itdd, "gen", "mocks"] + common + ["-o", "out/tele_mocks.h"], work)
    mocks = open(os.path.join(work, "out", "tele_mocks.h")).read()
    mocked = sorted(l.split()[1] for l in mocks.splitlines() if l.startswith("class Mock"))
    wanted = ["MockGrpcTransport", "MockHttpTransport", "MockSpanSender"]
    if mocked != wanted:
        raise Failed("the default mock set is %s, expected %s: the boundary interfaces "
                     "with virtual functions, each named once:\n%s" % (mocked, wanted, mocks))
    for name, extra in [("Trace", []), ("TraceMany", ["--ctor", "std::vector"]),
                        ("TraceState", ["--ctor", "1"])]:
        header = "out/%s_system.h" % {"Trace": "trace", "TraceMany": "trace_many",
                                       "TraceState": "trace_state"}[name]
        run([itdd, "gen", "factory"] + common +
            ["--entry", "tele::TraceController", "--name", name, "--mocks", "tele_mocks.h",
             "-o", header] + extra, work)
    run([itdd, "gen", "factory"] + common +
        ["--entry", "tele::AuditController", "--name", "Audit", "-o", "out/audit_system.h"], work)
    text = open(os.path.join(work, "out", "trace_system.h")).read()
    if "Built with constructor 2 of 3" not in text or "--ctor" not in text:
        raise Failed("the factory does not say which constructor it picked:\n" + text)
    shutil.copy(os.path.join(DRIVERS, "telemetry_driver_test.cpp"), os.path.join(work, "out"))
    binary = os.path.join(tmp, "telemetry_driver")
    compile_and_link(args, work, ["src/tele.cpp", "out/telemetry_driver_test.cpp"],
                     ["include", "out"], [], binary)
    run([binary], work)


def case_cli(args, tmp):
    """The small things a new user meets first."""
    work = telemetry_copy(tmp)
    itdd = args.itdd
    problems = []
    result = run([itdd, "gen", "mocks", "-p", "build", "--quiet", "-j2",
                  "-o", "out/a.h"], work, expect=None)
    if result.returncode != 0:
        problems.append("-j2 refused: " + result.stderr)
    result = run([itdd, "gen", "mocks", "-p", "build", "--quiet", "--class", "SpanSender",
                  "-o", "out/b.h"], work, expect=None)
    if result.returncode != 2 or "did you mean tele::SpanSender" not in result.stderr:
        problems.append("an unqualified --class gives no suggestion: " + result.stderr)
    result = run([itdd, "gen", "factory", "-p", "build", "--quiet", "--entry",
                  "tele::TraceController", "--bind", "tele::SpanProcessor=tele::SteadyClock",
                  "-o", "out/c.h"], work, expect=None)
    if result.returncode != 2 or "tele::SteadyClock does not implement tele::SpanProcessor" \
            not in result.stderr:
        problems.append("an unrelated --bind was accepted: " + result.stderr)
    result = run([itdd, "gen", "factory", "-p", "build", "--quiet", "--entry",
                  "tele::TraceController", "--ctor", "7", "-o", "out/d.h"], work, expect=None)
    if result.returncode != 2 or "1: tele::TraceController(std::unique_ptr<tele::TracerState> State)" \
            not in result.stderr:
        problems.append("a bad --ctor does not list the constructors: " + result.stderr)
    result = run([itdd, "gen", "factory", "-p", "build", "--quiet", "--entry",
                  "tele::SpanHandle", "-o", "out/f.h"], work, expect=None)
    if result.returncode != 2 or "tele::SpanHandle has no public constructor" not in result.stderr:
        problems.append("a class without a public constructor got a factory: " + result.stderr)
    # The regenerate line names paths as the user can reuse them anywhere.
    run([itdd, "gen", "mocks", "-p", os.path.join(work, "build"), "--quiet",
         "-o", os.path.join(work, "out", "e.h")], work)
    first = open(os.path.join(work, "out", "e.h")).readline()
    if tmp in first or "-p build" not in first or "-o out/e.h" not in first:
        problems.append("the regenerate line carries this machine's paths: " + first)
    if problems:
        raise Failed("\n".join(problems))


LEGACY = os.path.join(HERE, "fixtures", "legacy")


def generate_legacy(args, work):
    generate_set(args, work, "legacy",
                 ["--entry", "legacy::BillingController", "--name", "Legacy"])


def case_level(args, tmp):
    """A project compiled with -std=c++11 gets code of its own level: no
    std::make_unique, std::optional or nested namespace definitions; the
    driver compiles everything gen wrote with the project's own flag. With
    no -std the compiler's default applies (C++17 and newer)."""
    work = os.path.join(tmp, "legacy")
    shutil.copytree(LEGACY, work)
    os.makedirs(os.path.join(work, "out"))
    itdd_e2e.compile_db(os.path.join(work, "build"), work, ["src/billing.cpp"],
                        flags="-std=c++11")
    generate_legacy(args, work)
    out = os.path.join(work, "out")
    text = "".join(open(os.path.join(out, n)).read() for n in os.listdir(out))
    newer = [w for w in ["std::make_unique", "std::optional", "\nnamespace legacy::"]
             if w in text]
    if newer:
        raise Failed("C++11 project, generated code uses %s" % newer)
    shutil.copy(os.path.join(DRIVERS, "legacy_driver_test.cpp"), out)
    binary = os.path.join(tmp, "legacy_driver")
    compile_and_link(args, work, ["src/billing.cpp", "out/legacy_driver_test.cpp"],
                     ["include", "out"], [], binary, std="-std=c++11")
    run([binary], work)
    # The compiler's default level: what itdd wrote before.
    itdd_e2e.compile_db(os.path.join(work, "build"), work, ["src/billing.cpp"], flags="")
    run([args.itdd, "gen", "factory", "-p", "build", "--quiet", "--force",
         "--entry", "legacy::BillingController", "-o", "out/default.h"], work)
    default = open(os.path.join(out, "default.h")).read()
    if "std::make_unique" not in default or "std::optional" not in default:
        raise Failed("without -std the compiler's default (C++17) applies:\n" + default)


def case_noctor(args, tmp):
    """A member whose constructors are all deleted is refused with the
    class, the reason and what to do, instead of code that cannot compile."""
    work = os.path.join(tmp, "legacy")
    shutil.copytree(LEGACY, work)
    os.makedirs(os.path.join(work, "out"))
    itdd_e2e.compile_db(os.path.join(work, "build"), work, ["src/billing.cpp"],
                        flags="-std=c++11")
    result = run([args.itdd, "gen", "factory", "-p", "build", "--quiet",
                  "--entry", "legacy::TokenController", "-o", "out/tokens.h"],
                 work, expect=None)
    wanted = ["legacy::TokenController -> legacy::TokenVault: legacy::TokenVault has no "
              "public constructor (its constructors are deleted or not public",
              "bind an interface it implements"]
    if result.returncode != 2 or not all(w in result.stderr for w in wanted):
        raise Failed("a class without a usable constructor was not refused (exit %d): %s"
                     % (result.returncode, result.stderr))
    if os.listdir(os.path.join(work, "out")):
        raise Failed("the refused factory was written")


def case_deprecated(args, tmp):
    """A deprecated constructor is not chosen while another is usable: the
    factory compiles with the project's flags and -Werror."""
    work = os.path.join(tmp, "legacy")
    shutil.copytree(LEGACY, work)
    os.makedirs(os.path.join(work, "out"))
    itdd_e2e.compile_db(os.path.join(work, "build"), work, ["src/billing.cpp"],
                        flags="-std=c++11")
    run([args.itdd, "gen", "factory", "-p", "build", "--quiet", "--entry",
         "legacy::AuditController", "--name", "Audit", "--namespace", "legacy::testing",
         "-o", "out/audit_system.h"], work)
    with open(os.path.join(work, "out", "audit_test.cpp"), "w") as f:
        f.write('#include "audit_system.h"\n#include <gtest/gtest.h>\n'
                'TEST(Deprecated, TheFactoryUsesTheCurrentConstructor) {\n'
                '  legacy::testing::makeAuditSystem()->audit_controller.audit("x");'
                '\n}\n')
    binary = os.path.join(tmp, "audit")
    compile_and_link(args, work, ["src/billing.cpp", "out/audit_test.cpp"],
                     ["include", "out"], [], binary, std="-std=c++11")
    run([binary], work)


PAYMENTS = os.path.join(HERE, "fixtures", "payments")
PAYMENTS_GOLDEN = ["pay_builders.h", "pay_mocks.h"]


def generate_set(args, work, prefix, entry):
    """Builders, mocks answering with them and a factory using both, in
    PREFIX::testing; and a factory with everything inline in
    PREFIX::inline_testing (out/PREFIX_*.h)."""
    itdd = args.itdd
    common = ["-p", "build", "--quiet"]
    shared = common + ["--namespace", prefix + "::testing"]
    out = "out/" + prefix
    run([itdd, "gen", "builders"] + shared + ["-o", out + "_builders.h"], work)
    run([itdd, "gen", "mocks"] + shared +
        ["--builders", out + "_builders.h", "-o", out + "_mocks.h"], work)
    run([itdd, "gen", "factory"] + shared + entry +
        ["--mocks", prefix + "_mocks.h", "-o", out + "_system.h"], work)
    run([itdd, "gen", "factory"] + common + entry +
        ["--namespace", prefix + "::inline_testing", "-o", out + "_system_inline.h"], work)


def generate_payments(args, work):
    entry = ["--entry", "pay::CheckoutController", "--name", "Checkout"]
    generate_set(args, work, "pay", entry)
    run([args.itdd, "gen", "factory", "-p", "build", "--quiet"] + entry +
        ["--namespace", "pay::bare_testing", "--no-default-answers",
         "-o", "out/pay_system_bare.h"], work)


def case_payments(args, tmp):
    """Builders for a payment provider's data (enums, nested data, optional,
    containers, a time point, a string_view, a value class, move-only and
    unbuildable types) and mocks that answer with them: golden files, then
    a driver proving that a system assembled with no expectation reaches
    the happy path and that overriding one field changes only it."""
    work = fixture_copy(tmp, PAYMENTS, "payments", "src/checkout.cpp")
    generate_payments(args, work)
    failures = compare_golden(args, work, PAYMENTS_GOLDEN)
    bare = open(os.path.join(work, "out", "pay_system_bare.h")).read()
    if "ON_CALL" in bare or "Builder" in bare:
        failures.append("--no-default-answers still set default answers")
    stamp = {n: os.stat(os.path.join(work, "out", n)).st_mtime_ns
             for n in os.listdir(os.path.join(work, "out"))}
    generate_payments(args, work)
    for name, before in stamp.items():
        if os.stat(os.path.join(work, "out", name)).st_mtime_ns != before:
            failures.append("regenerating rewrote unchanged " + name)
    builders = os.path.join(work, "out", "pay_builders.h")
    with open(builders, "a") as f:
        f.write("// a person's note\n")
    result = run([args.itdd, "gen", "builders", "-p", "build", "--quiet",
                  "--namespace", "pay::testing", "-o", "out/pay_builders.h"],
                 work, expect=1)
    if "--force" not in result.stderr or "a person's note" not in open(builders).read():
        failures.append("an edited builders header was not kept: " + result.stderr)
    for argv, text in [
            (["--class", "pay::provider::Nope"], "no data class named 'pay::provider::Nope'"),
            (["--class", "pay::provider::ChargeStatus"], "no data class named"),
    ]:
        result = run([args.itdd, "gen", "builders", "-p", "build", "--quiet",
                      "-o", "out/x.h"] + argv, work, expect=2)
        if text not in result.stderr:
            failures.append("gen builders %s: %s" % (argv, result.stderr))
    result = run([args.itdd, "gen", "mocks", "-p", "build", "--quiet",
                  "--builders", "include/pay/types.h", "-o", "out/y.h"], work, expect=2)
    if "was not written by 'itdd gen builders'" not in result.stderr:
        failures.append("--builders took a hand-written header: " + result.stderr)
    # --class builds the named class and what it contains, nothing else.
    run([args.itdd, "gen", "builders", "-p", "build", "--quiet", "--class",
         "pay::provider::Card", "-o", "out/card.h"], work)
    card = open(os.path.join(work, "out", "card.h")).read()
    if "class CardBuilder" not in card or "ChargeResponseBuilder" in card:
        failures.append("--class pay::provider::Card built more or less:\n" + card)
    if failures:
        raise Failed("\n".join(failures))
    out = os.path.join(work, "out")
    shutil.copy(os.path.join(DRIVERS, "payments_driver_test.cpp"), out)
    binary = os.path.join(tmp, "payments_driver")
    compile_and_link(args, work, ["src/checkout.cpp", "out/payments_driver_test.cpp"],
                     ["include", "out"], [], binary)
    run([binary], work)


def main():
    parser = itdd_e2e.argument_parser(
        "--itdd", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cxx", default="c++")
    parser.add_argument("--shop-build")
    parser.add_argument("--shop-lib")
    parser.add_argument("--update", action="store_true")
    args, case = itdd_e2e.case_from_command_line(parser, globals())
    args.itdd = os.path.abspath(args.itdd)
    if args.shop_lib:
        args.shop_lib = os.path.abspath(args.shop_lib)
    if args.shop_build:
        args.shop_build = os.path.abspath(args.shop_build)
    code = itdd_e2e.run_in_temp_dir(case, args, prefix="itdd-gen-")
    if not code:
        print("ok")
    return code


if __name__ == "__main__":
    sys.exit(main())
