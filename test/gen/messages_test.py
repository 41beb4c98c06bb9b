#!/usr/bin/env python3
"""End-to-end test of `itdd gen builders` on data kept behind accessors: the
orders fixture's protocol-buffer messages (compiled with the real protoc)
and a class with getters and setters.

  messages_test.py --itdd build/bin/itdd --cxx c++ builders

The builders are compiled with the fixture, the generated message code,
libprotobuf and GoogleTest, and run.
"""

import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import itdd_e2e  # noqa: E402
from gen_test import compile_and_link  # noqa: E402
from itdd_e2e import Failed, run  # noqa: E402

ORDERS = os.path.join(HERE, "fixtures", "orders")
DRIVERS = os.path.join(HERE, "drivers")


def orders_copy(tmp):
    """The fixture with its messages generated and a compilation database."""
    work = os.path.join(tmp, "orders")
    shutil.copytree(ORDERS, work)
    for d in ["out", "generated"]:
        os.makedirs(os.path.join(work, d))
    run(["protoc", "--proto_path=proto", "--cpp_out=generated",
         "orders/payment.proto"], work)
    itdd_e2e.compile_db(os.path.join(work, "build"), work, ["src/checkout.cpp"],
                        flags="-std=c++17 -Igenerated")
    return work


def case_builders(args, tmp):
    """Messages are built through their setters (a nested message through
    mutable_...), a class through setX/getX pairs; the map records which
    member function sets each value."""
    work = orders_copy(tmp)
    run([args.itdd, "map", "-p", "build", "--quiet", "-o", "out/map.json"], work)
    data = {t["name"]: t for t in json.load(open(os.path.join(work, "out", "map.json")))["data_types"]}
    reply = {f["name"]: (f.get("setter"), f.get("setter_returns_pointer", False))
             for f in data.get("orders::wire::ChargeReply", {}).get("fields", [])}
    wanted = {"charge_id": ("set_charge_id", False), "status": ("set_status", False),
              "amount": ("mutable_amount", True), "notes": ("mutable_notes", True),
              "captured": ("set_captured", False)}
    if reply != wanted:
        raise Failed("the map's fields of orders::wire::ChargeReply: %s, wanted %s" % (reply, wanted))
    receipt = [(f["name"], f.get("setter")) for f in data.get("orders::Receipt", {}).get("fields", [])]
    if receipt != [("number", "setNumber"), ("totalCents", "setTotalCents")]:
        raise Failed("the map's fields of orders::Receipt: %s" % receipt)
    run([args.itdd, "gen", "builders", "-p", "build", "--quiet",
         "--class", "orders::wire::ChargeReply", "--class", "orders::Receipt",
         "--namespace", "orders::testing", "-o", "out/orders_builders.h"], work)
    shutil.copy(os.path.join(DRIVERS, "orders_builders_test.cpp"), os.path.join(work, "out"))
    binary = os.path.join(work, "orders_builders_test")
    compile_and_link(args, work, ["generated/orders/payment.pb.cc", "out/orders_builders_test.cpp"],
                     ["include", "generated", "out"], ["-lprotobuf"], binary)
    run([binary], work)


if __name__ == "__main__":
    sys.exit(itdd_e2e.run_compiling_case(__doc__, globals(), "itdd-messages-"))
