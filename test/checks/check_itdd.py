#!/usr/bin/env python3
"""Runs clang-tidy with the itdd plugin on a check file and hands its
output to FileCheck: the lit substitution %check_itdd (see lit.cfg.py).

  check_itdd.py TOOLS [--check-suffix=S] FILE CHECK TEMP [-- TIDY_ARGS [-- COMPILER_ARGS]]
  check_itdd.py TOOLS --all-checks PATH...

TOOLS are --clang-tidy PATH --plugin PATH --filecheck PATH.

The first form enables only CHECK (e.g. itdd-internal-mock) and checks the
output against the FileCheck directives of FILE, in order:

  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: integration test mocks ...

--check-suffix=S reads CHECK-MESSAGES-S instead, so that a file can hold
the expectations of other checks too, each with a RUN line of its own.
Warnings and errors about the configuration, which have no position and
come first, are expected with CHECK-CONFIG, and the compiler's errors with
CHECK-ERROR. After an error clang-tidy exits 1, which fails only a file
that expects neither CHECK-ERROR nor a configuration error
(`CHECK-CONFIG: {{^}}error:`, or `{{^(error|warning)}}:` where the runs
differ). Any other diagnostic fails (--implicit-check-not); a file that expects none says so with
`// CHECK-MESSAGES-NOT: warning:`.

TIDY_ARGS go to clang-tidy. The CheckOptions of a -config=... among them
are laid over the layout every check file shares: the files in checkers/
(and checkers/support/) are integration tests and test code, and the
application they test, in fixtures/app, is the project's code; with
--itdd-defaults among them, no key is laid over (the checks' defaults). The
compiler gets -std=c++17, then COMPILER_ARGS. TEMP names where clang-tidy's
output is kept.

The second form runs all itdd checks at once over each file (PATH may be a
directory of them), with the arguments of the file's RUN lines. Each
check's diagnostics are checked against the directives of the RUN line that
names that check; a check that no RUN line of the file names must report
nothing. So no check reports anything in a file that the file does not
expect, and running the checks together changes nothing.
"""

import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

import yaml

CHECKERS = "/test/checks/checkers/"
LAYOUT = {"itdd.IntegrationTestFiles": CHECKERS, "itdd.TestCode": CHECKERS}
STANDARD = ["-std=c++17"]
ANY_DIAGNOSTIC = "--implicit-check-not={{warning|error|remark|note}}:"
TOOLS = ("--clang-tidy", "--plugin", "--filecheck")
DIRECTIVE = re.compile(r"^\s*(?://)?\s*(RUN|DEFINE):\s*(.*?)\s*$")
# FileCheck's directives other than the plain one: CHECK-MESSAGES-NOT, ...
DIRECTIVE_KIND = r"-(NOT|NEXT|SAME|DAG|LABEL|EMPTY|COUNT-\d+)$"
# A diagnostic's first line; the check names in brackets at its end.
DIAGNOSTIC = re.compile(r"^(?:.*?:\d+:\d+: )?(warning|error|remark|note): .*?"
                        r"(?: \[([^\]\s]+)\])?$")


class Usage(Exception):
    pass


class Run:
    """One %check_itdd invocation: which check, which directives, which
    arguments."""

    def __init__(self, words):
        self.suffix = ""
        if words and re.match(r"^--?check-suffix=", words[0]):
            self.suffix = words.pop(0).split("=", 1)[1]
        if len(words) < 3:
            raise Usage("expected FILE CHECK TEMP, got %s" % words)
        self.file, self.check, self.temp = words[:3]
        rest = words[3:]
        if rest[:1] == ["--"]:
            rest = rest[1:]
        split = rest.index("--") if "--" in rest else len(rest)
        self.tidy_args, self.compiler_args = rest[:split], rest[split + 1:]
        self.prefix = "CHECK-MESSAGES" + ("-" + self.suffix if self.suffix else "")

    def arguments(self):
        return (self.tidy_args, self.compiler_args)


def tidy_command(tools, run, checks):
    config, others, layout = {}, [], LAYOUT
    for arg in run.tidy_args:
        match = re.match(r"^--?config=(.*)$", arg, re.S)
        if match:
            config = yaml.safe_load(match.group(1)) or {}
        elif arg == "--itdd-defaults":
            layout = {}
        else:
            others.append(arg)
    options = config.setdefault("CheckOptions", {})
    for key, value in layout.items():
        options.setdefault(key, value)
    return ([tools["--clang-tidy"], "--load=" + tools["--plugin"],
             "--checks=-*," + checks, "--config=" + json.dumps(config), "--quiet"]
            + others + [run.file, "--"] + STANDARD + run.compiler_args)


def clang_tidy(tools, run, checks):
    """clang-tidy's output (standard output, then standard error), or None
    after saying why when it failed. A file that expects compiler errors
    (CHECK-ERROR) or a configuration error (a CHECK-CONFIG line of an
    error) lets clang-tidy exit 1, as it does after one."""
    command = tidy_command(tools, run, checks)
    result = subprocess.run(command, capture_output=True, text=True)
    output = result.stdout + result.stderr
    allowed = {0, 1} if expects(run.file, "CHECK-ERROR") or \
        expects_configuration_error(run.file) else {0}
    if result.returncode not in allowed:
        print("clang-tidy exited %d:\n%s\n%s" % (result.returncode, shlex.join(command),
                                                output))
        return None
    return output


def file_check(tools, file, prefixes, text):
    command = [tools["--filecheck"], file, "--check-prefixes=" + ",".join(prefixes),
               ANY_DIAGNOSTIC, "--allow-empty"]
    return subprocess.run(command, input=text, text=True).returncode == 0


def expects(file, prefix):
    """Whether file holds prefix's directives (CHECK-CONFIG, CHECK-ERROR)."""
    with open(file, encoding="utf-8") as source:
        return re.search(r"\b%s(-[A-Z]+)?:" % prefix, source.read()) is not None


def expects_configuration_error(file):
    """Whether file expects an error about the configuration."""
    with open(file, encoding="utf-8") as source:
        return re.search(r"\bCHECK-CONFIG: \{\{\^(\}\}|\()error", source.read()) is not None


def one_check(tools, run):
    output = clang_tidy(tools, run, run.check)
    if output is None:
        return 1
    with open(run.temp + "." + run.prefix + ".out", "w", encoding="utf-8") as kept:
        kept.write(output)
    prefixes = [run.prefix]
    for prefix in ("CHECK-ERROR", "CHECK-CONFIG"):
        if expects(run.file, prefix):
            prefixes.insert(0, prefix)
    return 0 if file_check(tools, run.file, prefixes, output) else 1


def runs_of(file):
    """The %check_itdd invocations of the RUN lines of file, with its
    DEFINE'd substitutions and lit's %s, %S and %t replaced."""
    temp = os.path.join(tempfile.gettempdir(), os.path.basename(file) + ".tmp")
    with open(file, encoding="utf-8") as source:
        directives = [match.groups() for match in map(DIRECTIVE.match, source) if match]
    joined, pending = [], None
    for kind, text in directives:
        if pending:
            pending[1] += " " + text
        else:
            pending = [kind, text]
        if pending[1].endswith("\\"):
            pending[1] = pending[1][:-1].rstrip()
            continue
        joined.append(pending)
        pending = None
    defined, runs = {}, []
    for kind, text in joined:
        if kind == "DEFINE":
            name, _, value = text.partition("=")
            defined[name.strip()] = value.strip()
            continue
        for name, value in defined.items():
            text = text.replace(name, value)
        text = (text.replace("%s", file).replace("%S", os.path.dirname(file))
                .replace("%t", temp))
        words = shlex.split(text)
        if not words or words[0] != "%check_itdd":
            raise Usage("%s: a RUN line other than %%check_itdd: %s" % (file, text))
        runs.append(Run(words[1:]))
    return runs


def unread_prefixes(file, runs):
    """The CHECK-MESSAGES... prefixes of file that none of runs reads."""
    read = {run.prefix for run in runs}
    with open(file, encoding="utf-8") as source:
        used = set(re.findall(r"\b(CHECK-MESSAGES[-A-Z0-9]*):", source.read()))
    return sorted(prefix for prefix in used
                  if prefix not in read and re.sub(DIRECTIVE_KIND, "", prefix) not in read)


def by_check(output):
    """The output's diagnostics by check name (a diagnostic that several
    checks report goes to each, naming it alone), with the lines that
    follow each; "" collects what names no check."""
    streams, current = {}, None
    for line in output.splitlines(keepends=True):
        match = DIAGNOSTIC.match(line.rstrip("\n"))
        if match and (match.group(2) or match.group(1) != "note"):
            current = match.group(2).split(",") if match.group(2) else [""]
            for name in current:
                named = line
                if match.group(2):
                    named = line[:match.start(2)] + name + line[match.end(2):]
                streams.setdefault(name, []).append(named)
        elif current is not None:
            for name in current:
                streams[name].append(line)
        elif match:
            streams.setdefault("", []).append(line)
    return {name: "".join(lines) for name, lines in streams.items()}


def all_checks_on(tools, file):
    """Whether all itdd checks at once report what file expects of each."""
    name = os.path.basename(file)
    runs = runs_of(file)
    if not runs:
        print("FAIL: %s: no %%check_itdd RUN line" % name)
        return False
    if len({repr(run.arguments()) for run in runs}) != 1:
        print("FAIL: %s: its RUN lines differ in their arguments" % name)
        return False
    unread = unread_prefixes(file, runs)
    if unread:
        print("FAIL: %s: no RUN line checks its %s lines" % (name, ", ".join(unread)))
        return False
    output = clang_tidy(tools, runs[0], "itdd-*")
    if output is None:
        print("FAIL: %s" % name)
        return False
    streams = by_check(output)
    ok = True
    for prefix, check, what in (("CHECK-CONFIG", "clang-tidy-config", "configuration warnings"),
                                ("CHECK-ERROR", "clang-diagnostic-error", "compiler errors")):
        text = streams.pop(check, "")
        if expects(file, prefix):
            ok &= file_check(tools, file, [prefix], text)
        elif text:
            print("FAIL: %s: %s it does not expect:\n%s" % (name, what, text))
            ok = False
    named = {run.check for run in runs}
    for check, text in sorted(streams.items()):
        if check not in named:
            print("FAIL: %s: diagnostics of %s, which no RUN line expects:\n%s"
                  % (name, check or "no check", text))
            ok = False
    for run in runs:
        if not file_check(tools, file, [run.prefix], streams.get(run.check, "")):
            print("FAIL: %s: %s does not report what %s expects with all checks on"
                  % (name, run.check, run.prefix))
            ok = False
    print("%s: %s (%s)" % ("PASS" if ok else "FAIL", name,
                           ", ".join(run.check for run in runs)))
    return ok


def all_checks(tools, paths):
    files = []
    for path in paths:
        if os.path.isdir(path):
            files += sorted(os.path.join(path, f) for f in os.listdir(path)
                            if f.endswith(".cpp"))
        else:
            files.append(path)
    if not files:
        raise Usage("no check files in %s" % paths)
    failed = [f for f in files if not all_checks_on(tools, os.path.abspath(f))]
    print("%d passed, %d failed" % (len(files) - len(failed), len(failed)))
    return 1 if failed else 0


def main(argv):
    tools = {}
    while argv and argv[0] in TOOLS:
        if len(argv) < 2:
            raise Usage("%s needs a value" % argv[0])
        tools[argv[0]] = argv[1]
        argv = argv[2:]
    missing = [tool for tool in TOOLS if tool not in tools]
    if missing:
        raise Usage("missing %s" % ", ".join(missing))
    if argv and argv[0] == "--all-checks":
        return all_checks(tools, argv[1:])
    return one_check(tools, Run(list(argv)))


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except Usage as problem:
        print("check_itdd.py: %s\n\n%s" % (problem, __doc__), file=sys.stderr)
        sys.exit(2)
