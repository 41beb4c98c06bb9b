#!/usr/bin/env python3
"""End-to-end tests of `itdd red` on small GoogleTest binaries built by
ctest, one per kind of outcome.

  red_test.py --itdd ITDD --outcomes BIN --health BIN --not-gtest BIN
              --mocks BIN --mocks-optimized BIN --cxx c++ --build-dir BUILD CASE

CASE: verdicts, jobs, analysis (-p), exit0, usage, build, health, report,
color, progress, mocks (every kind of GoogleMock failure, with and without
-p), mocks_undecided (what cannot be told is said undecided).
"""

import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import itdd_e2e  # noqa: E402
from itdd_e2e import check  # noqa: E402

FIXTURES = os.path.join(HERE, "fixtures")

# Test -> (verdict, a regex its reason matches).
OUTCOMES = {
    "OrdersFeature.CustomerPaysAndTheOrderIsConfirmed": ("good-red", "business assertion"),
    "OrdersFeature.CustomerGetsAConfirmationEmail": ("good-red", "expected call"),
    "OrdersFeature.CustomerSeesAnEmptyHistory": ("good-red", "judged from the source text"),
    "OrdersFeature.CustomerCancelsAnOrder": ("pending", "pending"),
    "OrdersFeature.CustomerSeesTheOrderAsPending": ("not-red", "passed"),
    "OrdersFeature.SystemIsThere": ("bad-red", "only checks that the system was assembled"),
    "OrdersFeature.CustomerPaysWithAnExpiredCard": ("bad-red", "uncaught exception: the test body threw \"card service unreachable\""),
    "StrictOrders.CustomerIsNotifiedTwice": ("bad-red", "mock misconfigured: uninteresting mock function call"),
    "BrokenSetUp.CustomerReordersTheLastBasket": ("bad-red", "set-up failed: an assertion in the set-up \\(SetUp\\)"),
    "ThrowingSetUp.CustomerSeesPastOrders": ("bad-red", "set-up failed: SetUp\\(\\) threw \"no database\""),
    "ThrowingFixture.CustomerSeesTheBasket": ("bad-red", "set-up failed: the test fixture's constructor threw"),
    "SuiteWithoutDatabase.CustomerSearchesTheCatalogue": ("bad-red", "SetUpTestSuite"),
    "Crashes.CustomerOpensAnEmptyBasket": ("bad-red", "crashed: SIGSEGV"),
    "Hangs.CustomerWaitsForADelivery": ("bad-red", "timeout"),
    "Aborts.CustomerLeavesDuringPayment": ("bad-red", "aborted: SIGABRT"),
    "Later.CustomerEarnsLoyaltyPoints": ("good-red", "business assertion"),
}


# The mock failures program (programs/mocks_test.cpp): test -> (verdict, a
# regex its reason matches) without -p. A re-run under gdb tells who made
# each failing call.
MOCKS = {
    "BillingFeature.CustomerIsBilledTwiceOnTheSameDay": (
        "bad-red", r"^over-saturated stub: today\(\)( on 'billing::MockClock')? was called "
        r"more often than the expectation at \S*mocks_test.cpp:38 allows \(expected to be "
        r"called once, called twice\)"),
    "BillingFeature.CustomerGetsOneInvoiceForTheDay": (
        "good-red", r"^the system called send\(\"ann\", \"invoice of 300 dated 0\"\) on "
        r"'billing::MockMailer' through (the entry point|'\S+') more often than the expectation at "
        r"\S*mocks_test.cpp:46 allows \(expected to be called once, called twice\)$"),
    "BillingFeature.CustomerWithAnEmptyBasketGetsNoInvoice": (
        "bad-red", r"^before the entry point: one call too many, send\(\"ann\", \"warming up "
        r"the mailer\"\) on 'billing::MockMailer', against the expectation at "
        r"\S*mocks_test.cpp:53 \(expected to be never called, called once\), came from "
        r"the test's own code at \S*mocks_test.cpp:54, not from the system"),
    "BillingFeature.CustomerIsChargedForTheOrder": (
        "good-red", r"^an expected call on a boundary mock did not happen at "
        r"\S*mocks_test.cpp:61$"),
    "BillingFeature.CustomerIsChargedByTheService": (
        "good-red", r"^an expected call on a boundary mock did not happen at "
        r"\S*mocks_test.cpp:68$"),
    "BillingFeature.CustomerPaysNoTaxOnBooks": (
        "good-red", r"^the system called send\(\"ann\", \"invoice of 120 dated 0\"\) on "
        r"'billing::MockMailer' through (the entry point|'\S+') with other arguments than the expectation "
        r"at \S*mocks_test.cpp:75 \(argument #1 has substring \"invoice of 100 \", was "
        r"\"invoice of 120 dated 0\"\)$"),
    "BillingFeature.CustomerIsMailedInHerOwnName": (
        "bad-red", r"^before the entry point: a call with other arguments, "
        r"send\(\"bob\", \"hello\"\) .*, came from the test's own code at "
        r"\S*mocks_test.cpp:82, not from the system"),
    "BillingFeature.CustomerIsInvoicedAfterPaying": (
        "good-red", r"^the system called send\(\"ann\", \"invoice of 120 dated 0\"\) on "
        r"'billing::MockMailer' through (the entry point|'\S+') before the calls the expectation at "
        r"\S*mocks_test.cpp:91 comes after$"),
    "BillingFeature.CustomerIsChargedBeforeTheInvoice": (
        "bad-red", r"^before the entry point: a call out of its sequence, "
        r"send\(\"ann\", \"test\"\) .*, came from the test's own code at "
        r"\S*mocks_test.cpp:100, not from the system"),
    "StrictBillingFeature.CustomerGetsADatedInvoice": (
        "bad-red", r"^mock misconfigured: uninteresting mock function call today\(\): a "
        r"StrictMock fails on any call no expectation names"),
    "StrictBillingFeature.CustomerIsBilledOnTheDayOfTheOrder": (
        "bad-red", r"^mock misconfigured: uninteresting mock function call today\(\)"),
    "TaxMockedFeature.CustomerPaysReducedTaxOnFood": (
        "good-red", r"^the system called taxOn\(100\) on 'billing::MockTaxRules' through "
        r"(the entry point|'\S+') with other arguments than the expectation at \S*mocks_test.cpp:120"),
    "BillingFeature.CustomerIsMailedTheInvoice": (
        "good-red", r"^an expected call on a boundary mock did not happen at "
        r"\S*mocks_test.cpp:129$"),
}

# With -p where the analysis knows more: (verdict, reason, the fact that
# decided: what the JSON must name when the verdict changes).
MOCKS_WITH_P = {
    "BillingFeature.CustomerIsChargedByTheService": (
        "bad-red", r"^before the entry point: the expected call at \S*mocks_test.cpp:68 "
        r"never came, and the test never calls an entry point$",
        {"fact": "order", "value": "before", "from": "analysis"}),
    "TaxMockedFeature.CustomerPaysReducedTaxOnFood": (
        "bad-red", r"^internal mock: the expectation at \S*mocks_test.cpp:120 is on a mock "
        r"of 'billing::TaxRules', the application's own class \(argument-mismatch\); "
        r"use the real component$",
        {"fact": "role", "value": "internal", "from": "analysis"}),
    "BillingFeature.CustomerIsMailedTheInvoice": (
        "bad-red", r"^mock misconfigured: the expectation at \S*mocks_test.cpp:129 is set on "
        r"'spare', which the test never hands to the system, so no call can meet it; set "
        r"it on the mock the system uses$",
        {"fact": "mock", "value": "never handed to the system", "from": "analysis"}),
}

# Test -> (kind, and with -p: role, order, where the order was learnt).
MOCK_FACTS = {
    "BillingFeature.CustomerIsBilledTwiceOnTheSameDay": (
        "over-saturated", "boundary", "after", "analysis"),
    "BillingFeature.CustomerGetsOneInvoiceForTheDay": (
        "over-saturated", "boundary", "after", "analysis"),
    "BillingFeature.CustomerWithAnEmptyBasketGetsNoInvoice": (
        "over-saturated", "boundary", "before", "call stack"),
    "BillingFeature.CustomerIsChargedForTheOrder": (
        "never-called", "boundary", "after", "analysis"),
    "BillingFeature.CustomerIsChargedByTheService": (
        "never-called", "boundary", "before", "analysis"),
    "BillingFeature.CustomerPaysNoTaxOnBooks": (
        "argument-mismatch", "boundary", "after", "analysis"),
    "BillingFeature.CustomerIsMailedInHerOwnName": (
        "argument-mismatch", "boundary", "before", "call stack"),
    "BillingFeature.CustomerIsInvoicedAfterPaying": (
        "order-violation", "boundary", "after", "analysis"),
    "BillingFeature.CustomerIsChargedBeforeTheInvoice": (
        "order-violation", "boundary", "before", "call stack"),
    "StrictBillingFeature.CustomerGetsADatedInvoice": (
        "uninteresting-call", "unknown", "unknown", None),
    "StrictBillingFeature.CustomerIsBilledOnTheDayOfTheOrder": (
        "uninteresting-call", "unknown", "unknown", None),
    "TaxMockedFeature.CustomerPaysReducedTaxOnFood": (
        "argument-mismatch", "internal", "after", "analysis"),
    "BillingFeature.CustomerIsMailedTheInvoice": (
        "never-called", "boundary", "after", "analysis"),
}

# The tests whose verdict waits on who made a failing call, when neither -p
# nor the re-run under gdb tells.
NEEDS_CALL_STACK = [
    "BillingFeature.CustomerGetsOneInvoiceForTheDay",
    "BillingFeature.CustomerWithAnEmptyBasketGetsNoInvoice",
    "BillingFeature.CustomerPaysNoTaxOnBooks",
    "BillingFeature.CustomerIsMailedInHerOwnName",
    "BillingFeature.CustomerIsInvoicedAfterPaying",
    "BillingFeature.CustomerIsChargedBeforeTheInvoice",
    "TaxMockedFeature.CustomerPaysReducedTaxOnFood",
]
NO_GDB = "gdb is not on PATH to re-run the test"


def run(cmd, expect, cwd=None):
    # A guard, not a measurement: an itdd red that never kills a hung test
    # fails here instead of hanging the suite.
    return itdd_e2e.run(cmd, cwd, expect, timeout=600)


def verdicts_of(json_path):
    with open(json_path) as f:
        data = json.load(f)
    for test in data["tests"]:
        for key in ("name", "verdict", "reason", "file", "line", "scenario"):
            check(key in test, "JSON test lacks %r: %r" % (key, test))
    return {t["name"]: t for t in data["tests"]}


def expect_verdicts(tests, expected):
    for name, (verdict, reason) in expected.items():
        check(name in tests, "no verdict for %s (got %s)" % (name, sorted(tests)))
        got = tests[name]
        check(got["verdict"] == verdict and re.search(reason, got["reason"]),
              "%s: expected %s /%s/, got %s: %s" % (
                  name, verdict, reason, got["verdict"], got["reason"]))


def case_verdicts(args, tmp, jobs=1, analysis=False):
    out = os.path.join(tmp, "red.json")
    result = run([args.itdd, "red", "--timeout", "3", "--jobs", str(jobs),
                  "--json", out] + (["-p", args.build_dir] if analysis else []) +
                 ["--", args.outcomes], expect=1)
    tests = verdicts_of(out)
    expected = dict(OUTCOMES)
    summary = "itdd red: 4 good red, 10 bad red, 1 pending, 1 not red"
    if analysis:
        # The analysis sees the failing line come before the entry point.
        expected["OrdersFeature.CustomerSeesAnEmptyHistory"] = (
            "bad-red", "before the entry point: the test failed at .*outcomes_test.cpp:28 "
            "before it called an entry point")
        expected["OrdersFeature.CustomerPaysAndTheOrderIsConfirmed"] = (
            "good-red", "business assertion at [^ ]*outcomes_test.cpp:15$")
        summary = "itdd red: 3 good red, 11 bad red, 1 pending, 1 not red"
    expect_verdicts(tests, expected)
    check(len(tests) == len(OUTCOMES), "unexpected tests: %s" % sorted(set(tests) - set(OUTCOMES)))
    check(summary in result.stdout, "summary line wrong:\n" + result.stdout)
    crash = tests["Crashes.CustomerOpensAnEmptyBasket"]
    check(crash["file"].endswith("outcomes_test.cpp") and crash["line"] > 0,
          "the crash has no location: %r" % crash)
    good = tests["OrdersFeature.CustomerPaysAndTheOrderIsConfirmed"]
    check(good["outcome"] == 'expected Status to be "CONFIRMED", was "PENDING"',
          "outcome in words: %r" % good.get("outcome"))


def case_jobs(args, tmp):
    case_verdicts(args, tmp, jobs=2)


def case_analysis(args, tmp):
    case_verdicts(args, tmp, analysis=True)


def case_exit0(args, tmp):
    result = run([args.itdd, "red", "--filter",
                  "OrdersFeature.CustomerPaysAndTheOrderIsConfirmed:"
                  "OrdersFeature.CustomerCancelsAnOrder",
                  "--", args.outcomes], expect=0)
    check("1 good red, 0 bad red, 1 pending, 0 not red" in result.stdout,
          result.stdout)


def case_usage(args, tmp):
    r = run([args.itdd, "red"], expect=2)
    check("name the test binary" in r.stderr, r.stderr)
    r = run([args.itdd, "red", "--", os.path.join(tmp, "nothing")], expect=2)
    check("no such file" in r.stderr and "nothing" in r.stderr, r.stderr)
    r = run([args.itdd, "red", "--", os.path.join(FIXTURES, "orders.feature")], expect=2)
    check("not an executable" in r.stderr, r.stderr)
    r = run([args.itdd, "red", "--", args.not_gtest], expect=2)
    check("not a GoogleTest binary" in r.stderr, r.stderr)
    # A filter that selects no test (a typo in CI) is not a green run, in
    # one process or in shards.
    for jobs in ("1", "2"):
        r = run([args.itdd, "red", "--jobs", jobs, "--filter", "OrdersFeture.*", "--json",
                 os.path.join(tmp, "out.json"), "--", args.outcomes], expect=2)
        check("--filter 'OrdersFeture.*' selects no test" in r.stderr
              and "--gtest_list_tests" in r.stderr
              and not os.path.exists(os.path.join(tmp, "out.json")), r.stderr)
    out = os.path.join(tmp, "out.json")
    r = run([args.itdd, "red", "--feature", os.path.join(tmp, "missing.feature"),
             "--json", out, "--", args.outcomes], expect=2)
    check("missing.feature" in r.stderr and not os.path.exists(out), r.stderr)
    # The configuration names the integration tests: a wrong one stops red
    # before it runs anything.
    r = run([args.itdd, "red", "--config={CheckOptions: {itdd.IntegrationTestFile: 'it/'}}",
             "--json", out, "--", args.outcomes], expect=2)
    check("--config: error: unknown option 'itdd.IntegrationTestFile'" in r.stderr
          and not os.path.exists(out), r.stderr)


def case_build(args, tmp):
    work = os.path.join(tmp, "work")
    os.makedirs(os.path.join(work, "test", "integration"))
    for name in ("broken_compile_test.cpp", "broken_link_test.cpp"):
        with open(os.path.join(FIXTURES, "integration", name)) as src, \
                open(os.path.join(work, "test", "integration", name), "w") as dst:
            dst.write(src.read())
    build = ("{cxx} -c test/integration/broken_compile_test.cpp -o c.o; "
             "{cxx} test/integration/broken_link_test.cpp -o l; exit 1").format(cxx=args.cxx)
    out = os.path.join(tmp, "build.json")
    result = run([args.itdd, "red", "--build", build, "--json", out, "--filter",
                  "Later.*", "--", args.outcomes], expect=1, cwd=work)
    tests = verdicts_of(out)
    compile_error = tests.get("test/integration/broken_compile_test.cpp")
    check(compile_error and compile_error["verdict"] == "bad-red" and
          re.search(r"does not compile: test/integration/broken_compile_test.cpp:7: .*pay",
                    compile_error["reason"]) and compile_error["line"] == 7,
          "compile error: %r\n%s" % (compile_error, result.stdout))
    # Without debug information the linker names the source file alone.
    link_error = next((t for name, t in tests.items()
                       if name.endswith("broken_link_test.cpp")), None)
    check(link_error and link_error["verdict"] == "bad-red" and
          "does not link" in link_error["reason"] and "confirmOrder" in link_error["reason"],
          "link error: %r\n%s" % (link_error, result.stdout))
    check(tests["Later.CustomerEarnsLoyaltyPoints"]["verdict"] == "good-red",
          "the binary's tests did not run after the failed build")
    # No binary at all: the build failures are the whole report.
    result = run([args.itdd, "red", "--build", build, "--",
                  os.path.join(work, "never_built")], expect=1, cwd=work)
    check("0 good red, 2 bad red" in result.stdout, result.stdout)


STALE_TEST = r"""
#include <gtest/gtest.h>
int total(int a, int b) { return a + b + 1; }
TEST(Totals, CustomerSeesTheSum) { EXPECT_EQ(total(2, 2), 4); }
TEST(Totals, CustomerSeesZeroForNothing) { EXPECT_EQ(total(0, 0), 0); }
"""


def case_build_stale(args, tmp):
    """A test file that no longer compiles: its tests are bad reds quoting
    the error, not the runs of the binary its last good build left."""
    source = os.path.join(tmp, "totals_test.cpp")
    binary = os.path.join(tmp, "totals")
    with open(source, "w") as f:
        f.write(STALE_TEST)
    build = "{cxx} -std=c++17 totals_test.cpp -o totals -lgtest_main -lgtest -pthread".format(
        cxx=args.cxx)
    run(["/bin/sh", "-c", build], expect=0, cwd=tmp)
    with open(source, "w") as f:
        f.write(STALE_TEST.replace("return a + b + 1;", "return a + b + missing;"))
    out = os.path.join(tmp, "stale.json")
    run([args.itdd, "red", "--build", build, "--json", out, "--", binary], expect=1, cwd=tmp)
    tests = verdicts_of(out)
    check(set(tests) == {"Totals.CustomerSeesTheSum", "Totals.CustomerSeesZeroForNothing"},
          "tests: %s" % sorted(tests))
    expect_verdicts(tests, {name: (
        "bad-red", r"^does not compile: totals_test.cpp:3: .*missing.* \(the test's own "
        r"file; not run from the binary the build could not refresh\)$") for name in tests})
    # --filter keeps to the tests it selects.
    run([args.itdd, "red", "--build", build, "--json", out, "--filter", "*Zero*", "--",
         binary], expect=1, cwd=tmp)
    tests = verdicts_of(out)
    check(set(tests) == {"Totals.CustomerSeesZeroForNothing"}, "tests: %s" % sorted(tests))


def case_health(args, tmp):
    out = os.path.join(tmp, "health.json")
    result = run([args.itdd, "red", "--json", out, "--", args.health], expect=1)
    tests = verdicts_of(out)
    expect_verdicts(tests, {
        "ReturnsFeature.SystemAssemblesAndReachesItsMocks": ("bad-red", "health check failed"),
        "ReturnsFeature.CustomerReturnsAnItem": ("bad-red", "blocked by set-up"),
        "DeliveryFeature.SystemAssemblesAndReachesItsMocks": ("healthy", "passed"),
        "DeliveryFeature.CustomerTracksAParcel": ("good-red", "business assertion"),
    })
    check("1 good red, 2 bad red, 0 pending, 0 not red (1 health check passed)"
          in result.stdout, result.stdout)


def case_report(args, tmp):
    report = os.path.join(tmp, "gaps.md")
    out = os.path.join(tmp, "report.json")
    run([args.itdd, "red", "--filter", "OrdersFeature.*", "--feature",
         os.path.join(FIXTURES, "orders.feature"), "--map",
         os.path.join(FIXTURES, "orders-map.json"), "--report", report,
         "--json", out, "--", args.outcomes], expect=1)
    with open(report) as f:
        text = f.read()
    for expected in [
            "## Feature: Orders (",
            "### Scenario: Customer pays and the order is confirmed (",
            "- Test: `OrdersFeature.CustomerPaysAndTheOrderIsConfirmed`",
            "- Failing business outcome: expected Status to be \"CONFIRMED\", was \"PENDING\"",
            "- Integration points still to build: `orders::OrderService` → "
            "`orders::EmailSender` (from `orders::OrderController`)",
            "- Verdict: **pending**",
            "### Scenario: Customer gets a refund (",
            "- **Gap: no test.** Expected `TEST_F(OrdersFeature, CustomerGetsARefund)`",
            "## Tests outside the features",
            "### OrdersFeature.SystemIsThere"]:
        check(expected in text, "report lacks %r:\n%s" % (expected, text))
    tests = verdicts_of(out)
    check(tests["OrdersFeature.CustomerCancelsAnOrder"]["scenario"] ==
          "Customer cancels an order", "scenario not attached: %r" % tests)


ESCAPE = "\x1b["


def case_color(args, tmp):
    select = ["--filter", "OrdersFeature.*:Crashes.*", "--", args.outcomes]
    r = run([args.itdd, "red", "--color=always"] + select, expect=1)
    for verdict, colour in (("good-red", "32"), ("bad-red", "31"), ("pending", "33"),
                            ("not-red", "33")):
        check(re.search(r"^\x1b\[0;%sm%s\x1b\[0m +OrdersFeature\." % (colour, verdict),
                        r.stdout, re.M), "%s not coloured %s:\n%r" % (verdict, colour, r.stdout))
    check(ESCAPE not in r.stdout.splitlines()[-1], "the summary is coloured: %r" % r.stdout)
    # The JSON never has colour.
    out = os.path.join(tmp, "color.json")
    run([args.itdd, "red", "--color=always", "--json", out] + select, expect=1)
    with open(out) as f:
        check(ESCAPE not in f.read(), "colour in the JSON")
    # never, and auto on a pipe, have none; NO_COLOR does not stop always.
    for option in ("--color=never", "--color=auto"):
        r = run([args.itdd, "red", option] + select, expect=1)
        check(ESCAPE not in r.stdout and "good-red  OrdersFeature." in r.stdout,
              "%s: %r" % (option, r.stdout))
    r = itdd_e2e.run([args.itdd, "red", "--color=always"] + select, expect=1,
                     env=dict(os.environ, NO_COLOR="1"), timeout=600)
    check(ESCAPE in r.stdout, "NO_COLOR stopped --color=always")
    r = run([args.itdd, "red", "--color=purple"] + select, expect=2)
    check("--color=purple: say auto, always or never" in r.stderr and not r.stdout, r.stderr)


def run_on_terminal(cmd, stdout_too=False, env=None):
    """cmd's exit code, stdout and what it wrote on a pseudo-terminal as its
    stderr (and its stdout with stdout_too)."""
    import pty
    import subprocess
    master, slave = pty.openpty()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stderr=slave,
                            stdout=slave if stdout_too else subprocess.PIPE, env=env)
    os.close(slave)
    terminal = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: every writer closed the terminal
            break
        if not chunk:
            break
        terminal += chunk
    os.close(master)
    stdout = b"" if stdout_too else proc.stdout.read()
    code = proc.wait(timeout=600)
    return code, stdout.decode(), terminal.decode()


def case_progress(args, tmp):
    orders = ["--filter", "OrdersFeature.*", "--", args.outcomes]
    for jobs in ("1", "2"):
        code, stdout, terminal = run_on_terminal(
            [args.itdd, "red", "--jobs", jobs] + orders)
        check(code == 1 and "itdd red: 3 good red" in stdout, "exit %d:\n%s" % (code, stdout))
        shown = re.findall(r"\r\x1b\[K\[(\d+)/(\d+)\] (OrdersFeature\.\w+)", terminal)
        check([(int(k), int(n)) for k, n, _ in shown] == [(k, 7) for k in range(1, 8)],
              "--jobs %s: progress on the terminal: %r" % (jobs, terminal))
        check(sorted(name for _, _, name in shown) ==
              sorted(n for n in OUTCOMES if n.startswith("OrdersFeature.")), repr(shown))
        # Cleared at the end: the verdicts start on a clean line.
        check(terminal.endswith("\r\x1b[K"), "progress line not cleared: %r" % terminal)
    # A crash and a hang are re-run: every test still counts once.
    code, _, terminal = run_on_terminal(
        [args.itdd, "red", "--timeout", "3", "--filter",
         "Crashes.*:Hangs.*:Aborts.*:Later.*", "--", args.outcomes])
    check(re.findall(r"\[(\d+)/4\]", terminal) == ["1", "2", "3", "4"],
          "progress with re-runs: %r" % terminal)
    # --quiet, and a stderr that is no terminal, show none.
    code, _, terminal = run_on_terminal([args.itdd, "red", "--quiet"] + orders)
    check(code == 1 and "[1/" not in terminal, "--quiet: %r" % terminal)
    r = run([args.itdd, "red"] + orders, expect=1)
    check("[1/" not in r.stderr and ESCAPE not in r.stderr, "progress on a pipe: %r" % r.stderr)
    # On a terminal, auto colours the verdicts; NO_COLOR stops it.
    env = dict(os.environ, TERM="xterm")
    env.pop("NO_COLOR", None)
    _, _, terminal = run_on_terminal([args.itdd, "red"] + orders, stdout_too=True, env=env)
    check("\x1b[0;32mgood-red\x1b[0m" in terminal, "auto on a terminal: %r" % terminal)
    env["NO_COLOR"] = "1"
    _, _, terminal = run_on_terminal([args.itdd, "red"] + orders, stdout_too=True, env=env)
    check("good-red" in terminal and "\x1b[0;32m" not in terminal, "NO_COLOR: %r" % terminal)


def judge_mocks(args, tmp, binary, extra, name):
    out = os.path.join(tmp, name + ".json")
    run([args.itdd, "red", "--json", out] + extra + ["--", binary], expect=1)
    return verdicts_of(out)


def case_mocks(args, tmp):
    """Every kind of GoogleMock failure, with and without -p: the verdicts
    agree, or the JSON names the fact -p added."""
    without = judge_mocks(args, tmp, args.mocks, [], "without")
    with_p = judge_mocks(args, tmp, args.mocks, ["-p", args.build_dir], "with")
    check(set(without) == set(MOCKS) == set(with_p),
          "tests: %s" % sorted(set(without) ^ set(MOCKS)))
    gdb = shutil.which("gdb")
    for name, (verdict, reason) in MOCKS.items():
        if not gdb and name in NEEDS_CALL_STACK:
            verdict, reason = "bad-red", "^undecided: .*not known: no -p BUILD_DIR, and " + NO_GDB
        expect_verdicts(without, {name: (verdict, reason)})
        kind, role, order, order_from = MOCK_FACTS[name]
        mock = without[name].get("mock")
        check(mock and mock["kind"] == kind and mock["role"] == "unknown",
              "%s without -p: mock facts %r" % (name, mock))
        check(without[name].get("decided-by"), "%s: no decided-by" % name)
    for name, (verdict, reason) in MOCKS.items():
        fact = None
        if name in MOCKS_WITH_P:
            verdict, reason, fact = MOCKS_WITH_P[name]
        elif not gdb and MOCK_FACTS[name][3] == "call stack":
            verdict, reason = "bad-red", "^undecided: .*the analysis cannot tell who made the call"
        expect_verdicts(with_p, {name: (verdict, reason)})
        kind, role, order, order_from = MOCK_FACTS[name]
        mock = with_p[name]["mock"]
        got = (mock["kind"], mock["role"], mock["order"], mock["order-from"])
        if gdb or order_from != "call stack":
            check(got == MOCK_FACTS[name], "%s with -p: mock facts %r, expected %r" % (
                name, got, MOCK_FACTS[name]))
        # The two runs agree, or the JSON says which fact -p added.
        if with_p[name]["verdict"] != without[name]["verdict"]:
            check(with_p[name]["decided-by"] == fact,
                  "%s: the verdict changed with -p, decided by %r (expected %r)" % (
                      name, with_p[name]["decided-by"], fact))
    # The over-saturated clock of the issue: one verdict, one exit code.
    clock = ["--filter", "BillingFeature.CustomerIsBilledTwiceOnTheSameDay", "--", args.mocks]
    plain = run([args.itdd, "red"] + clock, expect=1)
    analysed = run([args.itdd, "red", "-p", args.build_dir] + clock, expect=1)
    for result in (plain, analysed):
        check("bad-red   BillingFeature.CustomerIsBilledTwiceOnTheSameDay: over-saturated stub"
              in result.stdout, result.stdout)


def case_mocks_undecided(args, tmp):
    """Who made a failing call, when neither -p nor gdb can tell: said
    undecided, never guessed."""
    undecided = "^undecided: .*; whether the system made it through an entry point is not known: "
    tests = judge_mocks(args, tmp, args.mocks, ["--no-probe"], "no-probe")
    for name in NEEDS_CALL_STACK:
        expect_verdicts(tests, {name: (
            "bad-red", undecided + "no -p BUILD_DIR, and --no-probe kept the test from a "
            "re-run under gdb$")})
        check(tests[name]["decided-by"] == {"fact": "order", "value": "unknown", "from": None},
              "%s: decided by %r" % (name, tests[name]["decided-by"]))
    for name in set(MOCKS) - set(NEEDS_CALL_STACK):
        expect_verdicts(tests, {name: MOCKS[name]})
    # -p tells who calls the mock after the expectation when only entry
    # points do; a test that calls the mock itself too is left to the re-run.
    tests = judge_mocks(args, tmp, args.mocks, ["--no-probe", "-p", args.build_dir], "p")
    for name in NEEDS_CALL_STACK:
        if MOCK_FACTS[name][3] == "call stack":
            expect_verdicts(tests, {name: (
                "bad-red", undecided + "the analysis cannot tell who made the call, and "
                "--no-probe kept")})
        else:
            expect_verdicts(tests, {name: MOCKS_WITH_P.get(name, MOCKS[name])[:2]})
    if not shutil.which("gdb"):
        return
    # An optimized binary without debug information: a missing entry point on
    # the stack proves nothing.
    tests = judge_mocks(args, tmp, args.mocks_optimized, [], "optimized")
    for name in NEEDS_CALL_STACK:
        expect_verdicts(tests, {name: (
            "bad-red", undecided + "no -p BUILD_DIR, and the re-run under gdb shows no entry "
            "point on the call stack, but the binary has no debug information")})


SETUP_HELPERS = {
    # The fixture's constructor calls reopen(), which fails: GoogleTest
    # skips the body.
    "JournalFeature.OpensTheLockedJournal": (
        "bad-red", r"^set-up failed: an assertion in reopen, called from "
        r"(\(anonymous namespace\)::)?JournalFeature::JournalFeature, failed: .*"
        r"GoogleTest skips the body"),
    # The body calls the same helper (the set-up calls it too, by name):
    # the journey's own check.
    "JournalFeature.ReopenedJournalKeepsItsEntries": (
        "good-red", "^failed at a business assertion at "),
    "SharedJournalFeature.StartsWithTwoCoffees": (
        "bad-red", r"^set-up failed: an assertion in expectEntries, called from "
        r"(\(anonymous namespace\)::)?SharedJournalFeature::SetUp, failed: "),
    "SharedJournalFeature.CountsEveryCoffee": (
        "good-red", "^failed at a business assertion at "),
}


def case_setup_helpers(args, tmp):
    """An assertion in a helper that both the fixture's set-up and the test
    body call: the call stack of a re-run tells which part of the test
    failed, with and without -p; without the re-run, undecided."""
    if not shutil.which("gdb"):
        tests = judge_mocks(args, tmp, args.setup_helpers, [], "no-gdb")
        for name in SETUP_HELPERS:
            expect_verdicts(tests, {name: ("bad-red", "^undecided: .*" + NO_GDB)})
        return
    without = judge_mocks(args, tmp, args.setup_helpers, [], "without")
    with_p = judge_mocks(args, tmp, args.setup_helpers, ["-p", args.build_dir], "with")
    for tests in (without, with_p):
        check(set(tests) == set(SETUP_HELPERS), "tests: %s" % sorted(tests))
        expect_verdicts(tests, SETUP_HELPERS)
        for name, (verdict, _) in SETUP_HELPERS.items():
            if verdict == "bad-red":
                check(tests[name]["decided-by"] == {
                    "fact": "place", "value": "set-up", "from": "call stack"},
                    "%s: decided by %r" % (name, tests[name]["decided-by"]))
    tests = judge_mocks(args, tmp, args.setup_helpers, ["--no-probe"], "no-probe")
    for name in SETUP_HELPERS:
        expect_verdicts(tests, {name: (
            "bad-red", "^undecided: an assertion in (reopen|expectEntries) at .* failed, "
            "and the fixture's set-up calls .* whether it failed while the test was "
            "set up or in its body is not known: --no-probe kept the test from a "
            "re-run under gdb$")})


def main():
    parser = itdd_e2e.argument_parser("--itdd", "--outcomes", "--health", "--not-gtest",
                                      "--mocks", "--mocks-optimized", "--setup-helpers",
                                      "--cxx", "--build-dir")
    args, case = itdd_e2e.case_from_command_line(parser, globals())
    code = itdd_e2e.run_in_temp_dir(case, args, failed="FAILED: %s")
    if not code:
        print("ok: %s" % args.case)
    return code


if __name__ == "__main__":
    sys.exit(main())
