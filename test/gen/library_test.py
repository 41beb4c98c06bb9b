#!/usr/bin/env python3
"""End-to-end tests of `itdd gen` on the library fixture: classes only
static factory functions build, a client whose only constructor is
protected and which returns references, nested and private data types.

  library_test.py --itdd build/bin/itdd --cxx c++ CASE

CASE: map, factory, mocks, builders, names. `factory`, `mocks` and
`builders` compile what itdd generated with the fixture and GoogleTest and
run it.
"""

import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import itdd_e2e  # noqa: E402
from gen_test import compile_and_link, fixture_copy  # noqa: E402
from itdd_e2e import Failed, run  # noqa: E402

LIBRARY = os.path.join(HERE, "fixtures", "library")
DRIVERS = os.path.join(HERE, "drivers")


def library_copy(tmp):
    return fixture_copy(tmp, LIBRARY, "library", "src/library.cpp")


def gen(args, work, argv, expect=0):
    return run([args.itdd, "gen"] + argv[:1] + ["-p", "build", "--quiet"] + argv[1:],
               work, expect=expect)


def compile_and_run(args, work, driver):
    shutil.copy(os.path.join(DRIVERS, driver), os.path.join(work, "out"))
    binary = os.path.join(work, driver[:-len(".cpp")])
    compile_and_link(args, work, ["src/library.cpp", "out/" + driver],
                     ["include", "out"], [], binary)
    run([binary], work)


def expect_refusal(result, wanted):
    if result.returncode != 2 or not all(w in result.stderr for w in wanted):
        raise Failed("wanted exit 2 and %s, got exit %d: %s" % (
            wanted, result.returncode, result.stderr))


def case_map(args, tmp):
    """The map records the factory function of a class others cannot
    construct, and adds no key to the classes without one."""
    work = library_copy(tmp)
    run([args.itdd, "map", "-p", "build", "--quiet", "-o", "out/map.json"], work)
    components = {c["name"]: c for c in json.load(open(os.path.join(work, "out", "map.json")))["components"]}
    catalog = components["library::Catalog"].get("factory")
    wanted = {"name": "Create", "returns": "unique_ptr",
              "return_type": "std::unique_ptr<library::Catalog>"}
    if not catalog or any(catalog.get(k) != v for k, v in wanted.items()) or \
            [p["name"] for p in catalog["parameters"]] != ["Store", "Capacity"]:
        raise Failed("library::Catalog's factory function is not in the map: %s" % catalog)
    returns = {n: components[n].get("factory", {}).get("returns") for n in
               ["library::ReaderRegistry", "library::Archive", "library::SearchIndex",
                "library::Shelving"]}
    if returns != {"library::ReaderRegistry": "value", "library::Archive": "pointer",
                   "library::SearchIndex": "shared_ptr", "library::Shelving": "unique_ptr"}:
        raise Failed("what each factory function returns: %s" % returns)
    extra = [n for n in ["library::Vault", "library::LendingController", "library::BookStoreClient"]
             if "factory" in components[n]]
    if extra:
        raise Failed("classes without a factory function got a 'factory' key: %s" % extra)


def case_factory(args, tmp):
    """Classes whose constructors are private are built through the static
    function that returns them (unique_ptr, value, pointer, shared_ptr),
    and so is an interface whose implementation the map does not show; a
    class with neither is still refused."""
    work = library_copy(tmp)
    gen(args, work, ["mocks", "-o", "out/library_mocks.h"])
    gen(args, work, ["factory", "--entry", "library::LendingController", "--name", "Lending",
                     "--mocks", "library_mocks.h", "-o", "out/library_system.h"])
    gen(args, work, ["factory", "--entry", "library::ShelfController", "--name", "Shelf",
                     "-o", "out/shelf_system.h"])
    compile_and_run(args, work, "library_factory_test.cpp")
    expect_refusal(gen(args, work, ["factory", "--entry", "library::VaultController",
                                    "-o", "out/vault.h"], expect=None),
                   ["library::Vault has no public constructor",
                    "no public static member function that returns it"])


def case_mocks(args, tmp):
    """A mock of a class whose only constructor is protected is built with
    the arguments it takes; a reference it returns refers to a member of
    the mock, with and without healthy answers."""
    work = library_copy(tmp)
    gen(args, work, ["mocks", "-o", "out/library_mocks.h"])
    gen(args, work, ["mocks", "--no-default-answers", "--namespace", "library::bare_testing",
                     "-o", "out/library_bare_mocks.h"])
    compile_and_run(args, work, "library_mocks_test.cpp")


def case_builders(args, tmp):
    """A public nested type is built in its enclosing class's namespace; a
    private one is refused naming the type and why."""
    work = library_copy(tmp)
    gen(args, work, ["builders", "--class", "library::Book::Edition",
                     "-o", "out/edition_builders.h"])
    text = open(os.path.join(work, "out", "edition_builders.h")).read()
    if "namespace library::testing {" not in text:
        raise Failed("the builder's namespace is not its enclosing class's:\n" + text)
    compile_and_run(args, work, "library_builders_test.cpp")
    expect_refusal(gen(args, work, ["builders", "--class", "library::Loan::Ticket",
                                    "-o", "out/ticket.h"], expect=None),
                   ["no builder for library::Loan::Ticket: a private member of library::Loan"])
    if os.path.exists(os.path.join(work, "out", "ticket.h")):
        raise Failed("the refused builders header was written")


def case_names(args, tmp):
    """An unqualified or misspelt --class gets the qualified names."""
    work = library_copy(tmp)
    for name, wanted in [("Book", "did you mean library::Book?"),
                         ("Edition", "did you mean library::Book::Edition?"),
                         ("library::Bok", "did you mean library::Book?")]:
        expect_refusal(gen(args, work, ["builders", "--class", name, "-o", "out/b.h"],
                           expect=None),
                       ["no data class named '%s' in the map" % name, wanted])


if __name__ == "__main__":
    sys.exit(itdd_e2e.run_compiling_case(__doc__, globals(), "itdd-library-"))
