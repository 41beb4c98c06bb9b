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


def main():
    parser = itdd_e2e.argument_parser("--itdd")
    parser.add_argument("-p", dest="build", required=True)
    args, case = itdd_e2e.case_from_command_line(parser, globals())
    return itdd_e2e.run_in_temp_dir(case, args)


if __name__ == "__main__":
    sys.exit(main())
