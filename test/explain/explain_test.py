#!/usr/bin/env python3
"""`itdd explain` end to end: the real itdd on the example application
(its entries of the build's compile database) and on the steps fixture.

  explain_test.py --itdd ITDD -p BUILD_DIR CASE

Classes, one for each kind of reason:
  class_key        a key of the shop's .clang-tidy names it: the key, the
                   file and the line
  class_default    no key set: the default pattern that matched
  class_replaced   a key the user set replaces the default pattern, which
                   would have matched: the role the defaults would give
  class_test_code  a mock (test code by what it is), named unqualified
  class_test_files a builder defined under a test directory
  class_outside    a class of the standard library: outside the project
  class_data       a plain struct: data by structure
  class_unknown    a misspelt name: exit 2, naming the class meant
Tests:
  test_fires       a test with one real component: which checks fire, and
                   on what the walk saw
  test_passes      a journey test by Suite.Name: every check passes
  test_not_judged  a test whose steps are defined in another file: not
                   judged, naming the step
  test_unknown     a misspelt Suite.Name: exit 2, naming the test meant
  test_outside     a test file outside itdd.IntegrationTestFiles: not judged
  test_left_out_by_init  the same under a block itdd init wrote: the
                   reason it gave for leaving the file out
Role surprises on the courier fixture (test/explain/fixtures/courier), each
the reason explain must name:
  surprise_replaced_key   CarrierGateway is internal: the .clang-tidy's
                          itdd.ExternalBoundaries replaced the default
                          pattern, which would have matched (and the test
                          that mocks it is told it mocks an internal class)
  surprise_test_location  FixedClock is test code: it lives under a
                          directory named testing/
  surprise_value_type     DeliveryWindow is data, not UI: a value, though
                          its name matches the default of itdd.UiTypes
  surprise_callback       ParcelEventHandler is a boundary, not an entry
                          point: a callback only the project's users
                          implement, though named ...Handler
  surprise_external_dir   SmsNotifier's header sits under src/external/;
                          the key names it, and the key is the reason
"""

import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import itdd_e2e  # noqa: E402
from itdd_e2e import ROOT, check, compile_db, write  # noqa: E402

SINGLE = "examples/shop/test/integration/antipatterns/single_component_test.cpp"
CHECKOUT = "examples/shop/test/integration/checkout_test.cpp"


def shop_build(args, tmp):
    """A build directory whose compile database holds the shop's entries of
    the build's database only."""
    with open(os.path.join(args.build, "compile_commands.json")) as f:
        entries = json.load(f)
    shop = os.path.join(ROOT, "examples", "shop") + os.sep
    mine = [e for e in entries
            if os.path.join(e["directory"], e["file"]).startswith(shop)]
    check(mine, "the build's compile database has no entry of examples/shop")
    build = os.path.join(tmp, "build")
    write(os.path.join(build, "compile_commands.json"), json.dumps(mine))
    return build


def explain(args, build, *rest, expect=0):
    return itdd_e2e.run([args.itdd, "explain", "-p", build, "--no-cache"] + list(rest),
                        cwd=ROOT, expect=expect)


def explain_class(args, tmp, *rest, expect=0):
    """explain on a class, mapping and reading the shop's sources and one
    test file of it (the sources after the class name)."""
    return explain(args, shop_build(args, tmp), *rest,
                   *(itdd_e2e.shop_sources() + [CHECKOUT]), expect=expect)


def has(result, *texts):
    for text in texts:
        check(text in result.stdout + result.stderr,
              "%r not in the output:\n%s%s" % (text, result.stdout, result.stderr))


def line_of(path, text):
    with open(os.path.join(ROOT, path)) as f:
        for number, line in enumerate(f, 1):
            if text in line:
                return number
    raise itdd_e2e.Failed("no line with %r in %s" % (text, path))


def case_class_key(args, tmp):
    result = explain_class(args, tmp, "shop::PaymentGateway")
    key = line_of("examples/shop/.clang-tidy", "itdd.ExternalBoundaries:")
    has(result, "shop::PaymentGateway: external-boundary\n",
        "because itdd.ExternalBoundaries (examples/shop/.clang-tidy:%d) matches its name" % key,
        "defined at examples/shop/include/shop/boundaries.h:")


def case_class_default(args, tmp):
    result = explain_class(args, tmp, "--config", "{CheckOptions: {}}",
                     "shop::Database")
    has(result, "shop::Database: infrastructure\n",
        "because the default of itdd.Infrastructure matches its name: '(Database|")


def case_class_replaced(args, tmp):
    config = write(os.path.join(tmp, "narrow.yaml"),
                   "CheckOptions:\n"
                   "  itdd.EntryPoints: '^shop::OrderController$'\n"
                   "  itdd.ExternalBoundaries: '^shop::EmailSender$'\n")
    result = explain_class(args, tmp, "--config-file", config, "shop::PaymentGateway")
    shown = os.path.relpath(config, ROOT) if config.startswith(ROOT) else config
    has(result, "shop::PaymentGateway: internal\n",
        "because it is a class of the project's own that no key",
        "note: itdd.ExternalBoundaries (%s:3) replaces the default pattern, "
        "which would have matched: '(Gateway|" % shown,
        "note: with every key at its default it would be external-boundary")


# A class, and what its explanation says, for the cases that name one.
CLASSES = {
    "test_code": ("MockPaymentGateway", [
        "::MockPaymentGateway: test\n",
        "because it is test code by what it is: a GoogleMock class",
        "defined at examples/shop/test/support/mocks.h:"]),
    "test_files": ("ChargeResultBuilder", [
        "ChargeResultBuilder: test\n",
        "because it is defined in test code (examples/shop/test/support/builders.h"]),
    "outside": ("std::runtime_error", [
        "std::runtime_error: external-boundary\n",
        "because it is declared outside the project's own files ("]),
    "data": ("shop::ChargeResult", [
        "shop::ChargeResult: none\n", "because it is data by structure"]),
}


def explains_class(kind):
    def case(args, tmp):
        name, texts = CLASSES[kind]
        has(explain_class(args, tmp, name), *texts)
    return case


for _kind in CLASSES:
    globals()["case_class_" + _kind] = explains_class(_kind)


def case_class_unknown(args, tmp):
    result = explain_class(args, tmp, "shop::PaymentGatway", expect=2)
    has(result, "no class named 'shop::PaymentGatway'",
        "did you mean shop::PaymentGateway?")
    check(not result.stdout, "an unknown class printed an explanation")


def case_test_fires(args, tmp):
    line = line_of(SINGLE, "TEST(Stock, StockNeverGoesBelowZero)")
    result = explain(args, shop_build(args, tmp), "%s:%d" % (SINGLE, line + 2))
    has(result, "%s:%d: TEST(Stock, StockNeverGoesBelowZero)\n" % (SINGLE, line),
        "  entry point: none reached\n",
        "  real components: 'shop::Database'\n",
        "itdd-missing-entry-point: fires: no call it makes",
        "itdd-single-component: fires: 1 real component of the two needed",
        "itdd-missing-business-assertion: passes: 1 outcome check",
        "itdd-internal-mock: passes")
    check(result.stdout.count(": fires:") == 2, "other checks fire:\n" + result.stdout)
    check("ShippingIsFreeFromFiftyEuros" not in result.stdout,
          "a line inside one test explained another:\n" + result.stdout)


def case_test_passes(args, tmp):
    result = explain(args, shop_build(args, tmp),
                     "Checkout.CustomerBuysInStockItemAndReceivesConfirmation")
    has(result, "checkout_test.cpp:16: TEST_F(Checkout, "
                "CustomerBuysInStockItemAndReceivesConfirmation)\n",
        "  followed: its body (line 16), shop::testing::ShopFixture::",
        "  entry point: reaches 'shop::OrderController::",
        "'shop::OrderController', 'shop::OrderService'")
    for check_name in ["missing-entry-point", "single-component",
                       "missing-business-assertion", "internal-mock",
                       "ui-detail-assertion", "scenario-naming"]:
        has(result, "itdd-%s: passes" % check_name)
    check(": fires" not in result.stdout, "a check fires:\n" + result.stdout)


def steps_build(tmp):
    root = os.path.join(tmp, "steps")
    shutil.copytree(os.path.join(ROOT, "test", "map", "fixtures", "steps"), root)
    os.makedirs(os.path.join(root, ".git"))
    sources = ["src/shop.cpp", "tests/support/steps.cpp",
               "tests/support/repeat_steps.cpp", "tests/journeys/checkout_test.cpp"]
    return root, compile_db(os.path.join(tmp, "build"), root, sources,
                            "clang++-19", flags="-std=c++17 -Itests")


def case_test_not_judged(args, tmp):
    root, build = steps_build(tmp)
    result = itdd_e2e.run([args.itdd, "explain", "-p", build,
                           "Checkout.ShelfKeepsABookAside"], cwd=root)
    has(result, "TEST(Checkout, ShelfKeepsABookAside)\n",
        "  stopped: calls 'steps::reserveOnTheShelf', test support defined in another file",
        "itdd-missing-entry-point: not judged: it calls 'steps::reserveOnTheShelf'",
        "itdd-single-component: not judged:",
        "itdd-missing-business-assertion: not judged:")


def case_test_unknown(args, tmp):
    result = explain(args, shop_build(args, tmp),
                     "Checkout.CustomerBuysInStockItemAndReceivesConfirmaton", expect=2)
    has(result, "no test named 'Checkout.CustomerBuysInStockItemAndReceivesConfirmaton'",
        "did you mean Checkout.CustomerBuysInStockItemAndReceivesConfirmation?")


def case_test_outside(args, tmp):
    result = explain(args, shop_build(args, tmp), "--config",
                     "{CheckOptions: {itdd.IntegrationTestFiles: '/journeys/'}}",
                     SINGLE)
    has(result, "%s: not judged: itdd.IntegrationTestFiles (--config) does not "
                "match its path ('/journeys/')" % SINGLE)


def case_test_left_out_by_init(args, tmp):
    """A .clang-tidy itdd init wrote: explain quotes why it left the file
    out, from the comment it wrote for it."""
    config = os.path.join(tmp, "init.clang-tidy")
    write(config, "Checks: '-*,itdd-*'\nCheckOptions:\n"
          "  # 1 of 1 test files have tests that mostly build two or more of the "
          "project's components:\n"
          "  # examples/shop/test/integration/checkout_test.cpp: 3 of 3 tests build "
          "two or more of the project's components\n"
          "  # not: %s: 1 of 1 tests build two or more of the project's "
          "components (shop::OrderService, shop::OrderRepository), but only 0 "
          "reach an entry point: unit tests of what they build, or journeys "
          "that go around the entry points; name it here if they are journeys\n"
          "  itdd.IntegrationTestFiles: '(^|/)examples/shop/test/integration/"
          "checkout_test\\.cpp$'\n" % SINGLE)
    result = explain(args, shop_build(args, tmp), "--config-file", config, SINGLE)
    has(result, "%s: not judged: itdd.IntegrationTestFiles (" % SINGLE,
        "  itdd init left it out: 1 of 1 tests build two or more of the "
        "project's components (shop::OrderService, shop::OrderRepository), but "
        "only 0 reach an entry point")
    # A file the comments do not name gets no such line.
    other = "examples/shop/test/integration/cli_test.cpp"
    result = explain(args, shop_build(args, tmp), "--config-file", config, other)
    has(result, "%s: not judged: itdd.IntegrationTestFiles (" % other)
    check("itdd init left it out" not in result.stdout,
          "a reason for a file no comment names:\n" + result.stdout)


COURIER = os.path.join(HERE, "fixtures", "courier")
COURIER_SOURCES = ["src/dispatch.cc", "src/carriers.cc", "src/clock.cc",
                   "src/external/sms_notifier.cc",
                   "tests/integration/dispatch_test.cc"]


def courier(args, tmp, *rest):
    """explain on a copy of the courier fixture in its own repository, run
    from its top directory."""
    root = os.path.join(tmp, "courier")
    shutil.copytree(COURIER, root)
    os.makedirs(os.path.join(root, ".git"))
    build = compile_db(os.path.join(tmp, "build"), root, COURIER_SOURCES,
                       "clang++-19", flags="-std=c++17 -Isrc")
    return itdd_e2e.run([args.itdd, "explain", "-p", build, "--no-cache"] + list(rest),
                        cwd=root)


def courier_key_line(key):
    with open(os.path.join(COURIER, ".clang-tidy")) as f:
        for number, line in enumerate(f, 1):
            if line.strip().startswith(key + ":"):
                return number
    raise itdd_e2e.Failed("no %s in the courier's .clang-tidy" % key)


# Each surprise: the class, what its explanation says (the line of the
# .clang-tidy key given), and what it must not give as its reason.
SURPRISES = {
    "replaced_key": ("courier::CarrierGateway", lambda key: [
        "courier::CarrierGateway: internal\n",
        "because it is a class of the project's own that no key, default "
        "pattern or structure gives another role",
        "note: itdd.ExternalBoundaries (.clang-tidy:%d) replaces the default "
        "pattern, which would have matched: '(Gateway|" % key,
        "note: with every key at its default it would be external-boundary\n"], []),
    "test_location": ("FixedClock", lambda key: [
        "courier::FixedClock: test\n",
        "because it is defined in test code (include/courier/testing/fixed_clock.h: "
        "under 'include/courier/testing/', whose name marks a directory for tests)",
        "note: itdd.TestCode (a path regex) says which files are test code"], []),
    "value_type": ("DeliveryWindow", lambda key: [
        "courier::DeliveryWindow: none\n",
        "because it is data by structure (a value: copyable, not polymorphic, "
        "holding data that only its operators and setters change): not a component",
        "note: its name matches the default of itdd.UiTypes ('",
        "which would make it UI; its structure decides before its name"], []),
    "callback": ("courier::ParcelEventHandler", lambda key: [
        "courier::ParcelEventHandler: external-boundary\n",
        "because it is an abstract interface of the project that no class of "
        "the project implements, no constructor of the project takes and no "
        "function hands out (in what tests/integration/dispatch_test.cc includes): "
        "a callback its users implement",
        "note: its name matches the default of itdd.EntryPoints "
        "('(Controller|Handler|",
        "which would make it an entry point; its structure decides before its name"], []),
    "external_dir": ("courier::SmsNotifier", lambda key: [
        "courier::SmsNotifier: external-boundary\n",
        "because itdd.ExternalBoundaries (.clang-tidy:%d) matches its name: "
        "'^courier::SmsNotifier$'; a key the user set wins" % key,
        "note: without itdd.ExternalBoundaries it would be external-boundary "
        "too, because it is declared outside the project's own files "
        "(src/external/sms_notifier.h: under 'src/external/', whose name marks "
        "code the project takes from elsewhere)"],
        ["  because it is declared outside"]),
}


def explains_surprise(kind):
    def case(args, tmp):
        name, texts, absent = SURPRISES[kind]
        result = courier(args, tmp, name)
        has(result, *texts(courier_key_line("itdd.ExternalBoundaries")))
        for text in absent:
            check(text not in result.stdout,
                  "%r in the output:\n%s" % (text, result.stdout))
        if kind == "replaced_key":
            # Where the user meets it: the test that mocks it is told it
            # mocks an internal class.
            line = line_of("test/explain/fixtures/courier/tests/integration/"
                           "dispatch_test.cc", "HeavyParcelIsBookedWithAPartnerCarrier")
            test = itdd_e2e.run([args.itdd, "explain", "-p", os.path.join(tmp, "build"),
                                 "tests/integration/dispatch_test.cc:%d" % line],
                                cwd=os.path.join(tmp, "courier"))
            has(test, "stands in for 'courier::CarrierGateway' (internal)",
                "itdd-internal-mock: fires: it mocks internal 'courier::CarrierGateway'")
    return case


for _kind in SURPRISES:
    globals()["case_surprise_" + _kind] = explains_surprise(_kind)


def main():
    parser = itdd_e2e.argument_parser("--itdd")
    parser.add_argument("-p", dest="build", required=True)
    args, case = itdd_e2e.case_from_command_line(parser, globals())
    return itdd_e2e.run_in_temp_dir(case, args)


if __name__ == "__main__":
    sys.exit(main())
