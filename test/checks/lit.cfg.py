# lit configuration of the check tests: each file in checkers/ runs
# clang-tidy with the itdd plugin through %check_itdd (check_itdd.py), and
# all-itdd-checks.test runs every check over all of them at once.
#
# The tools come from lit parameters (-D NAME=PATH), else from the
# lit.site.cfg.py CMake writes into the build tree, else from the
# environment: clang_tidy (ITDD_CLANG_TIDY), plugin (ITDD_PLUGIN),
# filecheck (ITDD_FILECHECK), python (ITDD_PYTHON, default: the Python
# that runs lit). From a build:
#   lit build/test/checks                        (all)
#   lit build/test/checks/checkers/FILE.cpp      (one file)
# and on the sources, with any plugin:
#   lit -D clang_tidy=/usr/bin/clang-tidy-19 -D plugin=LIB.so \
#       -D filecheck=/usr/bin/FileCheck-19 test/checks

import os
import shlex
import sys
import tempfile

import lit.formats

config.name = "itdd checks"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test"]
config.excludes = ["fixtures", "support"]
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
# Output/ of each test: in the build tree, or outside the sources.
config.test_exec_root = getattr(config, "itdd_exec_root", None) or os.path.join(
    tempfile.gettempdir(), "itdd-checks-lit")


def tool(name, variable, default=None):
    value = (lit_config.params.get(name) or getattr(config, "itdd_" + name, None)
             or os.environ.get(variable) or default)
    if not value:
        lit_config.fatal("no %s: pass -D %s=PATH, set %s, or run lit on the build "
                         "tree (build/test/checks)" % (name, name, variable))
    if not os.path.exists(value):
        lit_config.fatal("%s '%s' does not exist" % (name, value))
    return value


clang_tidy = tool("clang_tidy", "ITDD_CLANG_TIDY")
plugin = tool("plugin", "ITDD_PLUGIN")
filecheck = tool("filecheck", "ITDD_FILECHECK")
python = tool("python", "ITDD_PYTHON", sys.executable)
lit_config.note("clang-tidy %s with %s" % (clang_tidy, plugin))

config.substitutions.append(("%check_itdd", shlex.join([
    python, os.path.join(config.test_source_root, "check_itdd.py"),
    "--clang-tidy", clang_tidy, "--plugin", plugin, "--filecheck", filecheck])))
