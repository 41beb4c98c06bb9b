#!/usr/bin/env python3
"""Writes a synthetic C++ application of N translation units for the map
benchmark: layered components (controllers, services, stores, gateways)
with constructor injection, real function bodies, standard headers, and a
compile_commands.json.

  bench/gen_project.py OUT_DIR [--units 300]
"""

import argparse
import json
import os

LAYERS = ["Controller", "Service", "Store", "Gateway"]


def layer_of(i, n):
    """Controllers, services, stores and gateways, a quarter of the units
    each: a layered application whose include depth stays small."""
    return LAYERS[min(3, i * 4 // n)]


def deps_of(i, n):
    quarter = max(1, n // 4)
    layer = LAYERS.index(layer_of(i, n))
    if layer >= 2:
        return []
    # Each unit takes three components of the next layer down, and services
    # also a gateway: constructor injection across layers.
    base = (layer + 1) * quarter
    deps = sorted({base + (i * 7 + k * 13) % quarter for k in range(3)})
    if layer == 1:
        deps.append(3 * quarter + i % quarter)
    return [j for j in deps if j < n]


def header(i, n):
    layer = layer_of(i, n)
    deps = deps_of(i, n)
    includes = "\n".join('#include "unit%d.h"' % j for j in deps)
    params = ", ".join("Unit%d%s &dep%d" % (j, layer_of(j, n), j) for j in deps)
    inits = ", ".join("dep%d_(dep%d)" % (j, j) for j in deps)
    members = "\n".join("  Unit%d%s &dep%d_;" % (j, layer_of(j, n), j) for j in deps)
    return f"""#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>
{includes}

namespace app {{

struct Unit{i}Record {{
  int Id = 0;
  std::string Name;
  std::vector<std::string> Tags;
}};

class Unit{i}{layer} {{
public:
  {"explicit " if len(deps) == 1 else ""}Unit{i}{layer}({params}){" : " + inits if inits else ""} {{}}
  virtual ~Unit{i}{layer}() = default;
  virtual std::vector<Unit{i}Record> process(const std::string &Input);
  int count() const {{ return static_cast<int>(Cache.size()); }}

private:
{members}
  std::map<std::string, Unit{i}Record> Cache;
}};

}} // namespace app
"""


def source(i, n):
    layer = layer_of(i, n)
    return f"""#include "unit{i}.h"
#include <algorithm>
#include <sstream>

namespace app {{

std::vector<Unit{i}Record> Unit{i}{layer}::process(const std::string &Input) {{
  std::vector<Unit{i}Record> Result;
  std::istringstream Words(Input);
  std::string Word;
  int Id = 0;
  while (Words >> Word) {{
    Unit{i}Record R;
    R.Id = ++Id;
    R.Name = Word;
    std::transform(Word.begin(), Word.end(), std::back_inserter(R.Tags),
                   [](char C) {{ return std::string(1, C); }});
    Cache[Word] = R;
    Result.push_back(std::move(R));
  }}
  std::sort(Result.begin(), Result.end(),
            [](const Unit{i}Record &L, const Unit{i}Record &R) {{
              return L.Name < R.Name;
            }});
  return Result;
}}

}} // namespace app
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--units", type=int, default=300)
    args = parser.parse_args()
    src = os.path.join(os.path.abspath(args.out), "src")
    os.makedirs(src, exist_ok=True)
    entries = []
    for i in range(args.units):
        with open(os.path.join(src, "unit%d.h" % i), "w") as f:
            f.write(header(i, args.units))
        path = os.path.join(src, "unit%d.cpp" % i)
        with open(path, "w") as f:
            f.write(source(i, args.units))
        entries.append({"directory": src, "file": path,
                        "command": "clang++-19 -std=c++17 -O2 -c unit%d.cpp -o unit%d.o" % (i, i)})
    build = os.path.join(os.path.abspath(args.out), "build")
    os.makedirs(build, exist_ok=True)
    with open(os.path.join(build, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    print("%d translation units in %s" % (args.units, args.out))


if __name__ == "__main__":
    main()
