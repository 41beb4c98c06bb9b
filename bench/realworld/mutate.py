#!/usr/bin/env python3
"""Measure the recall of the itdd checks on real code: inject one known
anti-pattern at a time into a real journey test and see whether the check
that forbids it fires.

For each code base of the manifest (or one set of them) the script picks
tests of the analysed files with a seeded random choice, writes one mutant
per test and kind, and runs clang-tidy with the plugin and the project's
careful configuration on it, as run.py does. A mutant is caught when the
targeted check reports a finding on the mutated test (or on the lines the
mutation added) that the unmutated file does not have. A finding anywhere
else that the unmutated file does not have counts as disturbed. A mutant
whose file no longer compiles counts as not built, not as a miss.

The mutant is written to <src>/.itdd-mutant/<same relative path>, so the
checks see the same file name and the same project tree, and clang-tidy is
given the original file's compile command through a one-entry compile
database (plus -iquote of the original directory for its quoted
includes). The project's own files are never modified; the mutant tree is
removed at the end, on errors and on SIGINT/SIGTERM.

    mutate.py --plugin /work/realworld/libitdd_tidy.so [--set tuning] \
              [--project NAME ...] [--per-project 3] [--seed 1] --out recall.json
"""

import argparse
import json
import os
import random
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run  # noqa: E402  (the precision harness: manifest, configurations, clang-tidy)

MUTANT_DIR = ".itdd-mutant"
APP_ROLES = ("entry-point", "internal", "ui", "infrastructure")

# kind -> the checks DESIGN.md says must fire on it
KINDS = {
    "internal-mock": ("itdd-internal-mock",),
    "internal-call-only": ("itdd-missing-entry-point", "itdd-single-component"),
    "no-assertion": ("itdd-missing-business-assertion",),
    "unit-name": ("itdd-scenario-naming",),
    "define-private-public": ("itdd-test-only-access",),
    "protected-reexposed": ("itdd-test-only-access",),
}
FILE_KINDS = ("define-private-public",)
# libstdc++ headers that redeclare a member under another access when
# private means public: included before the #define
BREAK_UNDER_DEFINE = ("sstream", "iomanip", "regex", "any", "filesystem")

TEST_HEAD = re.compile(r"^[ \t]*(TEST|TEST_F|TEST_P|TYPED_TEST|TYPED_TEST_P)\s*\(\s*(\w+)\s*,\s*(\w+)\s*\)",
                       re.M)
ASSERTION = re.compile(r"\b(?:EXPECT|ASSERT)_[A-Z0-9_]+\s*\(|\b(?:FAIL|ADD_FAILURE|SUCCEED|"
                       r"GTEST_FAIL|GTEST_SKIP)\s*\(")
ANY_ASSERTION = re.compile(r"\b[A-Z0-9_]*(?:EXPECT|ASSERT)[A-Z0-9_]*\s*\(|\b(?:FAIL|ADD_FAILURE)\s*\(")
# A call, with template arguments or not: `test_length<char>("hh")`.
CALLED = re.compile(r"\b([A-Za-z_]\w*)\s*(?:<[^;(){}<>]*(?:<[^;(){}<>]*>[^;(){}<>]*)*>)?\s*\(")
REAL_ASSERTION = re.compile(r"\b(?:EXPECT|ASSERT)_[A-Z0-9_]+\s*\(|\b(?:FAIL|ADD_FAILURE|GTEST_FAIL)\s*\(")
STRICT_MOCK = re.compile(r"\bStrictMock\s*<")
INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]*([<"])([^>"]+)[>"]', re.M)
MEMBER_CALL = re.compile(r"(?:\.|->)\s*([A-Za-z_]\w*)\s*(?:<[^<>;(){}]*>)?\s*\(")
NOT_SCENARIO_METHODS = {
    # gmock/gtest plumbing and standard-library members: not the product's
    "Times", "WillOnce", "WillRepeatedly", "With", "InSequence", "After", "RetiresOnSaturation",
    "WillByDefault", "get", "c_str", "data", "size", "empty", "length", "begin", "end", "find",
    "push_back", "emplace_back", "reset", "release", "count", "at", "front", "back", "clear",
    "insert", "erase", "str", "wait", "wait_for", "join", "load", "store", "value", "has_value",
    "first", "second", "substr", "append", "reserve", "resize", "lock", "unlock", "notify_one",
    "notify_all", "set_value", "get_future", "swap", "what", "detach", "joinable", "emplace",
}


# --- reading C++ text -------------------------------------------------------

def code_mask(text):
    """For each character, whether it is code (not inside a comment, a
    string or a character literal; raw strings included)."""
    mask = bytearray(b"\x01") * len(text)
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
        elif c == 'R' and i + 1 < n and text[i + 1] == '"' and (i == 0 or not (text[i - 1].isalnum()
                                                                                or text[i - 1] == "_")
                                                                or text[i - 1] in "u8LU"):
            open_paren = text.find("(", i + 2)
            delim = text[i + 2:open_paren]
            j = text.find(")" + delim + '"', open_paren)
            j = n if j < 0 else j + len(delim) + 2
        elif c in "\"'" and not (c == "'" and i > 0 and text[i - 1].isalnum()):  # 1'000 digit separator
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
        else:
            i += 1
            continue
        for k in range(i, j):
            mask[k] = 0
        i = j
    return mask


def match_close(text, mask, start):
    """Index of the bracket closing the one at start, on code characters."""
    pairs = {"(": ")", "{": "}", "[": "]"}
    opening, closing = text[start], pairs[text[start]]
    depth = 0
    for i in range(start, len(text)):
        if not mask[i]:
            continue
        if text[i] == opening:
            depth += 1
        elif text[i] == closing:
            depth -= 1
            if depth == 0:
                return i
    return -1


def next_code(text, mask, start, char):
    for i in range(start, len(text)):
        if mask[i] and text[i] == char:
            return i
    return -1


def line_of(text, index):
    return text.count("\n", 0, index) + 1


class Source:
    """One analysed test file: its text and its tests (name, macro, body)."""

    def __init__(self, path):
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            self.text = f.read()
        self.mask = code_mask(self.text)
        self.tests = []
        for m in TEST_HEAD.finditer(self.text):
            if not self.mask[m.start(1)]:
                continue
            body_open = next_code(self.text, self.mask, m.end(), "{")
            body_close = match_close(self.text, self.mask, body_open) if body_open >= 0 else -1
            if body_close < 0:
                continue
            self.tests.append({"macro": m.group(1), "suite": m.group(2), "name": m.group(3),
                               "head": m.start(), "head_end": m.end(), "open": body_open,
                               "close": body_close, "line": line_of(self.text, m.start()),
                               "end_line": line_of(self.text, body_close)})

    def body(self, test):
        return self.text[test["open"] + 1:test["close"]]

    def code_body(self, test):
        """The body with comments and literals blanked."""
        return "".join(ch if self.mask[test["open"] + 1 + k] else " "
                       for k, ch in enumerate(self.body(test)))

    def outside_tests(self):
        """The file's code outside the test bodies (helpers, fixtures)."""
        out, last = [], 0
        for t in self.tests:
            out.append(self.text[last:t["head"]])
            last = t["close"] + 1
        out.append(self.text[last:])
        return "".join(out)


def function_bodies(text):
    """(name, body) of the functions defined in text."""
    mask = code_mask(text)
    for m in re.finditer(r"\b([A-Za-z_]\w*)\s*\([^;{}]*\)\s*(?:const\s*)?(?:override\s*)?"
                         r"(?:noexcept\s*)?\{", text):
        if not mask[m.start()] or m.group(1) in ("if", "for", "while", "switch", "catch"):
            continue
        close = match_close(text, mask, m.end() - 1)
        if close > 0:
            yield m.group(1), text[m.end():close]


def functions_with_assertions(text):
    """Names of functions defined in text whose bodies hold an assertion."""
    return {name for name, body in function_bodies(text) if ASSERTION.search(body)}


def asserting_functions(texts):
    """Names of the functions defined in texts that assert, directly or
    through another of them (`ReadUntil` fails the test when the line never
    comes): a test that still calls one still asserts."""
    bodies = {}
    for text in texts:
        for name, body in function_bodies(text):
            bodies.setdefault(name, []).append(body)
    found = {n for n, bs in bodies.items() if any(REAL_ASSERTION.search(b) for b in bs)}
    while True:
        more = {n for n, bs in bodies.items() if n not in found and
                any(set(CALLED.findall(b)) & found for b in bs)}
        if not more:
            return found
        found |= more


def class_members(path, line, name):
    """Member declarations of the class defined at path:line, from its text:
    (access, kind, name, declaration) with kind 'method' or 'field', the public methods
    taking no argument, and whether the class is final."""
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            text = f.read()
    except OSError:
        return None
    mask = code_mask(text)
    start = sum(len(x) + 1 for x in text.split("\n")[:max(line - 1, 0)])
    head = re.compile(r"\b(class|struct)\b").search(text, start)
    if not head:
        return None
    open_brace = next_code(text, mask, head.end(), "{")
    semi = next_code(text, mask, head.end(), ";")
    if open_brace < 0 or (0 <= semi < open_brace):
        return None
    close = match_close(text, mask, open_brace)
    header_text = text[head.end():open_brace]
    final = bool(re.search(r"\bfinal\b", header_text))
    access = "private" if head.group(1) == "class" else "public"
    members, stmt = [], []
    i = open_brace + 1
    while i < close:
        ch = text[i]
        if not mask[i]:
            i += 1
            continue
        if ch in "{(":
            end = match_close(text, mask, i)
            if ch == "{":  # a body or a brace initialiser ends the declaration
                members.append((access, "".join(stmt) + "{"))
                stmt = []
            else:
                stmt.append(text[i:end + 1])
            i = end + 1
            continue
        if ch == ";":
            members.append((access, "".join(stmt)))
            stmt = []
        elif ch == ":" and text[i + 1:i + 2] != ":" and text[i - 1:i] != ":" \
                and "".join(stmt).strip() in ("public", "protected", "private"):
            access, stmt = "".join(stmt).strip(), []
        else:
            stmt.append(ch)
        i += 1
    out = {"final": final, "members": [], "nullary_public": []}
    for acc, decl in members:
        decl = " ".join(decl.split()).rstrip("{").strip()
        if not decl or re.match(r"(using|typedef|friend|template|enum|class|struct|union|"
                                r"static_assert)\b", decl):
            continue
        m = re.match(r"([\w:<>,\s\*&~]*?)\b([A-Za-z_]\w*)\s*\((.*?)\)(.*)$", decl)
        if m:
            if m.group(2) == name or "~" in m.group(1) or "operator" in decl:
                continue
            out["members"].append((acc, "method", m.group(2), decl))
            returns = re.sub(r"\b(virtual|static|inline|explicit|constexpr)\b", "", m.group(1)).strip()
            if (acc == "public" and m.group(3).strip() in ("", "void") and returns
                    and not re.search(r"=\s*(delete|0)", m.group(4))):
                out["nullary_public"].append(m.group(2))
            continue
        f = re.match(r"[\w:<>,\s\*&]+?\b([A-Za-z_]\w*)\s*(?:=.*|\[.*\]|:\s*\d+)?$", decl)
        if f and "(" not in decl:
            out["members"].append((acc, "field", f.group(1), decl))
    return out


# --- the mutant -------------------------------------------------------------

class Mutant:
    """A mutated copy of a file as lines, each with its original line
    number (None for lines the mutation added)."""

    def __init__(self, text):
        self.lines = [(k + 1, line) for k, line in enumerate(text.split("\n"))]

    def insert_before(self, orig_line, new_lines):
        at = next(k for k, (o, _) in enumerate(self.lines) if o == orig_line)
        self.lines[at:at] = [(None, line) for line in new_lines]

    def replace_span(self, text, start, end, replacement):
        """Replace text[start:end] (characters of the original text) with
        replacement; added lines carry no original number, and the lines
        the span covered keep theirs as long as they exist."""
        first, last = line_of(text, start), line_of(text, end)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        new_text = text[line_start:start] + replacement + text[end:line_end]
        new = new_text.split("\n")
        originals = list(range(first, last + 1))
        tagged = [(originals[k] if k < len(originals) else None, line) for k, line in enumerate(new)]
        if len(new) == 1 and len(originals) > 1:
            tagged = [(first, new[0])]
        at = next(k for k, (o, _) in enumerate(self.lines) if o == first)
        at_end = next(k for k, (o, _) in enumerate(self.lines) if o == last)
        self.lines[at:at_end + 1] = tagged

    def text(self):
        return "\n".join(line for _, line in self.lines)

    def original_line(self, line):
        if 1 <= line <= len(self.lines):
            return self.lines[line - 1][0]
        return None


def pascal(name):
    parts = re.split(r"_+", name)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def short_name(qualified):
    return qualified.split("::")[-1]


def named_in(component, code):
    return re.search(r"\b" + re.escape(short_name(component["name"])) + r"\b", code) is not None


def first_include_line(source, build_entry, src):
    """The line of the file's first #include of a project header (found
    below the source tree through the command's include directories, not
    in a vendored GoogleTest), or None."""
    dirs = [os.path.dirname(build_entry["file"])]
    args = build_entry["arguments"]
    for k, a in enumerate(args):
        for flag in ("-I", "-isystem", "-iquote"):
            if a == flag and k + 1 < len(args):
                dirs.append(args[k + 1])
            elif a.startswith(flag) and len(a) > len(flag) and flag != "-isystem":
                dirs.append(a[len(flag):])
    dirs = [os.path.normpath(os.path.join(build_entry["directory"], d)) for d in dirs]
    dirs = [d for d in dirs if (d == src or d.startswith(src + os.sep))
            and not re.search(r"g(oogle)?test|gmock", d)]
    for m in INCLUDE.finditer(source.text):
        if not source.mask[m.start()]:
            continue
        for d in dirs:
            path = os.path.join(d, m.group(2))
            if os.path.isfile(path) and not re.search(r"g(oogle)?test|gmock", path):
                return line_of(source.text, m.start())
    return None


def includes_gmock(source):
    return any("gmock" in m.group(2) for m in INCLUDE.finditer(source.text))


def gmock_lines(source, mutant):
    """Make sure the mutant includes GoogleMock (before its first include)."""
    if includes_gmock(source):
        return
    first = INCLUDE.search(source.text)
    mutant.insert_before(line_of(source.text, first.start()) if first else 1,
                         ["#include <gmock/gmock.h>"])


def body_start(source, test, mutant, new_lines):
    """Insert statements at the top of a test body (after its '{')."""
    text = source.text
    brace = test["open"]
    line_end = text.find("\n", brace)
    tail = text[brace + 1:line_end].strip()
    if not tail:
        mutant.insert_before(line_of(text, brace) + 1, new_lines)
    else:
        mutant.replace_span(text, brace + 1, brace + 1, "\n" + "\n".join(new_lines) + "\n")


def pick(rng, items):
    items = sorted(items, key=lambda c: c["name"])
    return rng.choice(items) if items else None


def best_of(items, key):
    """The items that share the smallest key."""
    if not items:
        return []
    best = min(key(c) for c in items)
    return [c for c in items if key(c) == best]


def default_built(ctx, component):
    """A concrete, non-final class with a default constructor."""
    members = ctx["members"](component)
    return (not component.get("abstract") and members is not None and not members["final"]
            and (component.get("constructors") is None or [] in component["constructors"]))


PLAIN_FIELD = re.compile(r"^(?:(?:static|const|constexpr|mutable|inline|volatile)\s+)*"
                         r"(?:(?:::)?std::|(?:unsigned\s+|signed\s+)?(?:bool|char|short|int|long|"
                         r"float|double|size_t|u?int(?:8|16|32|64)_t)\b)")


def owns_component(ctx, component):
    """A field whose type is not the standard library's or a built-in one
    (another component, an alias of a smart pointer, a pimpl) may hold a
    component: a test of the class would make two work."""
    return any(kind == "field" and not PLAIN_FIELD.match(decl)
               for _, kind, _, decl in ctx["members"](component)["members"])


def make_internal_mock(ctx, source, test, rng):
    """A GoogleMock mock of an internal component, defined in the file and
    instantiated at the top of the test body."""
    code = source.code_body(test)
    usable = [c for c in ctx["components"] if c.get("role") == "internal" and default_built(ctx, c)]
    if not usable:  # no internal class in reach: the other roles the check forbids to mock
        usable = [c for c in ctx["components"] if c.get("role") in ("entry-point", "ui")
                  and default_built(ctx, c)]
    # a declared default constructor first, then the body's own classes
    chosen = pick(rng, best_of(usable, lambda c: (c.get("constructors") is None,
                                                  not named_in(c, code))))
    if not chosen:
        return None
    mutant = Mutant(source.text)
    mutant.insert_before(test["line"], [
        f"class ItddMutantMock : public ::{chosen['name']} {{",
        " public:",
        "  MOCK_METHOD(void, ItddMutantProbe, ());",
        "};"])
    body_start(source, test, mutant, ["  ::testing::NiceMock<ItddMutantMock> itddMutantMock;"])
    gmock_lines(source, mutant)
    return mutant, f"mock of {chosen['name']} ({chosen['role']})"


def plain_test_head(test):
    """The test's head as a plain TEST: no fixture, no parameters."""
    return f"TEST({test['suite']}, {test['name']})"


def make_internal_call_only(ctx, source, test, rng):
    """The body replaced by one internal component built in the test and
    one of its methods called, with an assertion kept; the test no longer
    uses its fixture."""
    usable = [c for c in ctx["components"]
              if c.get("role") == "internal" and not c.get("entry_point") and not c.get("dependencies")
              and default_built(ctx, c) and ctx["members"](c)["nullary_public"]
              and not owns_component(ctx, c)]
    chosen = pick(rng, usable)
    if not chosen:
        return None
    method = sorted(ctx["members"](chosen)["nullary_public"])[0]
    mutant = Mutant(source.text)
    mutant.replace_span(source.text, test["head"], test["close"] + 1,
                        plain_test_head(test) + " {\n"
                        f"  ::{chosen['name']} itddMutantUnit;\n"
                        f"  EXPECT_NO_THROW(itddMutantUnit.{method}());\n"
                        "}")
    return mutant, f"body = ::{chosen['name']}().{method}()"


def make_no_assertion(ctx, source, test, rng):
    """Every assertion statement of the body removed (EXPECT_*, ASSERT_*,
    EXPECT_CALL, FAIL...), unless the body still reaches an assertion
    through a helper of the file or a local header."""
    start = test["open"] + 1
    body = source.code_body(test)
    spans = []
    for m in ASSERTION.finditer(body):
        if spans and m.start() < spans[-1][1]:
            continue
        paren = start + m.end() - 1
        close = match_close(source.text, source.mask, paren)
        end = next_code(source.text, source.mask, close, ";") if close > 0 else -1
        if end < 0 or end > test["close"]:
            return None
        spans.append((m.start(), end + 1 - start))
    if not any(REAL_ASSERTION.match(body, a) for a, _ in spans):
        return None  # only GTEST_SKIP() or SUCCEED(): nothing asserted was removed
    rest = body
    for a, b in reversed(spans):
        rest = rest[:a] + " " * (b - a) + rest[b:]
    if ANY_ASSERTION.search(rest):
        return None
    called = set(CALLED.findall(rest))
    if called & (ctx["asserting_helpers"] | ctx["support_helpers"]):
        return None
    # A StrictMock the test or its fixture holds still fails the test on any
    # call: with every expectation gone it asserts "no call at all", which
    # DESIGN counts as an outcome (a document of comments yields no events).
    if STRICT_MOCK.search(rest) or (test["macro"] != "TEST" and ctx["strict_fixture"]):
        return None
    new_body = source.body(test)
    for a, b in reversed(spans):
        # An empty statement keeps `if (...) ASSERT_...;` a statement.
        new_body = new_body[:a] + ";" + "\n" * new_body[a:b].count("\n") + new_body[b:]
    mutant = Mutant(source.text)
    mutant.replace_span(source.text, start, test["close"], new_body)
    return mutant, f"{len(spans)} assertion statements removed"


def make_unit_name(ctx, source, test, rng):
    """The test renamed <Class><Method>: an application class the body
    names and a member function the body calls (on a variable of that
    class when the body declares one)."""
    if test["macro"] == "TYPED_TEST_P":
        return None
    code = source.code_body(test)
    classes = [c for c in ctx["components"] if c.get("role") in APP_ROLES and named_in(c, code)]
    chosen = pick(rng, classes)
    if not chosen:
        return None
    short = short_name(chosen["name"])
    variables = set(re.findall(r"\b" + re.escape(short) + r"\b\s*(?:<[^;]*?>)?\s*[&*]?\s*([a-z_]\w*)\s*[({=;]",
                               code))
    methods = [m.group(2) for m in re.finditer(r"\b(\w+)\s*(?:\.|->)\s*([A-Za-z_]\w*)\s*\(", code)
               if m.group(1) in variables]
    methods = [m for m in methods if m not in NOT_SCENARIO_METHODS]
    if not methods:
        methods = [m for m in MEMBER_CALL.findall(code) if m not in NOT_SCENARIO_METHODS]
    if not methods:
        return None
    new_name = short + pascal(rng.choice(sorted(set(methods))))
    if new_name == test["name"] or any(t["name"] == new_name and t["suite"] == test["suite"]
                                       for t in source.tests):
        return None
    mutant = Mutant(source.text)
    head = source.text[test["head"]:test["head_end"]]
    renamed = re.sub(r",\s*" + re.escape(test["name"]) + r"\s*\)$", f", {new_name})", head)
    mutant.replace_span(source.text, test["head"], test["head_end"], renamed)
    return mutant, f"renamed {new_name}"


def make_define_private_public(ctx, source, test, rng):
    """#define private public before the file's first project include
    (after the standard headers that do not compile under it, as such
    tests do)."""
    line = ctx["first_include"]
    if line is None:
        return None
    mutant = Mutant(source.text)
    mutant.insert_before(line, [f"#include <{h}>" for h in BREAK_UNDER_DEFINE] + ["#define private public"])
    return mutant, f"#define private public before line {line}"


def make_protected_reexposed(ctx, source, test, rng):
    """A test-only subclass of an application class that makes one of its
    protected members public (using Base::member;), used in the test."""
    code = source.code_body(test)
    usable = []
    for c in ctx["components"]:
        members = ctx["members"](c)
        if c.get("role") not in APP_ROLES or not members or members["final"]:
            continue
        names = [n for _, _, n, _ in members["members"]]
        protected = sorted({n for acc, _, n, _ in members["members"]
                            if acc == "protected" and names.count(n) == 1})
        if protected:
            usable.append(dict(c, protected=protected))
    chosen = pick(rng, [c for c in usable if named_in(c, code)]) or pick(rng, usable)
    if not chosen:
        return None
    member = rng.choice(chosen["protected"])
    mutant = Mutant(source.text)
    mutant.insert_before(test["line"], [
        f"class ItddMutantAccess : public ::{chosen['name']} {{",
        " public:",
        f"  using ::{chosen['name']}::{member};",
        "};"])
    body_start(source, test, mutant, [f"  static_cast<void>(&ItddMutantAccess::{member});"])
    return mutant, f"{chosen['name']}::{member} made public"


MAKERS = {
    "internal-mock": make_internal_mock,
    "internal-call-only": make_internal_call_only,
    "no-assertion": make_no_assertion,
    "unit-name": make_unit_name,
    "define-private-public": make_define_private_public,
    "protected-reexposed": make_protected_reexposed,
}


# --- running ----------------------------------------------------------------

def compile_entry(build, path):
    with open(os.path.join(build, "compile_commands.json"), encoding="utf-8") as f:
        for e in json.load(f):
            file = os.path.normpath(os.path.join(e["directory"], e["file"]))
            if file == path:
                args = e.get("arguments") or shlex.split(e["command"])
                return {"directory": e["directory"], "file": file, "arguments": args,
                        "given": e["file"]}
    return None


def mutant_database(entry, mutant_path, db_dir):
    """A one-entry compile database: the original's command on the mutant."""
    args = []
    for a in entry["arguments"]:
        resolved = os.path.normpath(os.path.join(entry["directory"], a))
        args.append(mutant_path if resolved == entry["file"] else a)
    args[1:1] = ["-iquote", os.path.dirname(entry["file"])]
    with open(os.path.join(db_dir, "compile_commands.json"), "w", encoding="utf-8") as f:
        json.dump([{"directory": entry["directory"], "file": mutant_path, "arguments": args}], f)


class Project:
    def __init__(self, args, name, spec, scratch):
        self.args, self.name, self.spec = args, name, spec
        self.src = os.path.join(args.src_root, name)
        self.build = os.path.join(args.build_root, name)
        # As run.py --itdd does: the map of the project's test support,
        # named by itdd.Map, so that a test calling helpers of another file
        # is judged here as it is there.
        map_file = run.map_test_support(args, name, self.src, self.build) if args.itdd else None
        self.cfg = run.config_args(name, "careful", map_file)
        self.config_file = self.cfg[0].split("=", 1)[1]
        self.careful_file = run.careful_path(name)
        self.files = run.project_files(self.src, spec)
        self.sources = {f: Source(os.path.join(self.src, f)) for f in self.files}
        self.scratch = os.path.join(scratch, name)
        os.makedirs(self.scratch, exist_ok=True)
        self.cache = {}
        self.header_members = {}
        self.seconds = 0.0

    def clang_tidy(self, build, rel, cfg=None):
        _, rc, out, err, took = run.run_one(self.args.clang_tidy, self.args.plugin, build,
                                            cfg or self.cfg, self.src, rel)
        self.seconds += took
        findings, errors, _ = run.parse(self.src, rel, out, err)
        if rc not in (0, 1) and not errors:
            errors.append(f"clang-tidy exited with {rc}: {err.strip()[-300:]}")
        return findings, errors

    def file_context(self, rel):
        """The unmutated file's findings, its map and its helpers, once."""
        if rel in self.cache:
            return self.cache[rel]
        path = os.path.join(self.src, rel)
        findings, errors = self.clang_tidy(self.build, rel)
        map_file = os.path.join(self.scratch, "map.json")
        started = time.monotonic()
        mapped = subprocess.run([self.args.itdd, "map", "-p", self.build, "--quiet", "--no-cache",
                                 "-j", "1", f"--config-file={self.careful_file}", "-o", map_file,
                                 path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.seconds += time.monotonic() - started
        components = []
        if mapped.returncode == 0:
            with open(map_file, encoding="utf-8") as f:
                components = [c for c in json.load(f)["components"] if c.get("role") != "test"]
        source = self.sources[rel]
        helpers = functions_with_assertions(source.outside_tests())
        strict = STRICT_MOCK.search(source.outside_tests()) is not None
        for m in INCLUDE.finditer(source.text):
            local = os.path.join(os.path.dirname(path), m.group(2))
            if m.group(1) == '"' and os.path.isfile(local):
                with open(local, encoding="utf-8", errors="surrogateescape") as f:
                    text = f.read()
                helpers |= functions_with_assertions(text)
                strict |= STRICT_MOCK.search(text) is not None
        entry = compile_entry(self.build, path)
        ctx = {"findings": findings, "errors": errors, "components": components,
               "asserting_helpers": helpers, "support_helpers": self.support_helpers(),
               "strict_fixture": strict, "entry": entry,
               "first_include": first_include_line(source, entry, self.src) if entry else None,
               "members": self.members, "map_error": mapped.returncode != 0}
        self.cache[rel] = ctx
        return ctx

    def support_helpers(self):
        """The functions of the project's test sources (those run.py maps
        for itdd.Map) and the headers they include from beside them that
        assert, directly or through one another; once per project."""
        if getattr(self, "_support_helpers", None) is None:
            with open(os.path.join(self.build, "compile_commands.json"), encoding="utf-8") as f:
                entries = json.load(f)
            files = sorted({os.path.normpath(os.path.join(e["directory"], e["file"]))
                            for e in entries})
            paths = {f for f in files if f.startswith(self.src + os.sep) and
                     run.is_test_source(os.path.relpath(f, self.src))}
            texts = []
            for path in sorted(paths):
                with open(path, encoding="utf-8", errors="surrogateescape") as f:
                    text = f.read()
                texts.append(text)
                for m in INCLUDE.finditer(text):
                    local = os.path.normpath(os.path.join(os.path.dirname(path), m.group(2)))
                    if m.group(1) == '"' and local not in paths and os.path.isfile(local):
                        paths.add(local)
                        with open(local, encoding="utf-8", errors="surrogateescape") as f:
                            texts.append(f.read())
            self._support_helpers = asserting_functions(texts)
        return self._support_helpers

    def members(self, component):
        key = (component.get("file"), component.get("line"))
        if key not in self.header_members:
            path = os.path.join(self.src, component["file"]) if component.get("file") else None
            self.header_members[key] = (class_members(path, component["line"], short_name(component["name"]))
                                        if path and os.path.isfile(path) else None)
        return self.header_members[key]

    def run_mutant(self, rel, mutant):
        mirror_rel = os.path.join(MUTANT_DIR, rel)
        mirror = os.path.join(self.src, mirror_rel)
        os.makedirs(os.path.dirname(mirror), exist_ok=True)
        with open(mirror, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(mutant.text())
        db_dir = os.path.join(self.scratch, "db")
        os.makedirs(db_dir, exist_ok=True)
        mutant_database(self.cache[rel]["entry"], mirror, db_dir)
        findings, errors = self.clang_tidy(db_dir, mirror_rel)
        for f in findings:
            if f["file"] == mirror_rel:
                f["file"], f["mutant_line"] = rel, f["line"]
                f["line"] = mutant.original_line(f["line"])
        return findings, errors

    def why(self, rel, test_name):
        """The remarks of the last mutant's run under the careful
        configuration plus itdd.ShowUndecided that name the mutated test:
        why a check held it back instead of judging it."""
        with open(self.config_file, encoding="utf-8") as f:
            text = f.read()
        overlay = os.path.join(self.scratch, "why.yaml")
        with open(overlay, "w", encoding="utf-8") as f:
            f.write(text.replace("CheckOptions:\n", "CheckOptions:\n  itdd.ShowUndecided: true\n", 1))
        mirror_rel = os.path.join(MUTANT_DIR, rel)
        _, _, out, err, took = run.run_one(self.args.clang_tidy, self.args.plugin,
                                           os.path.join(self.scratch, "db"),
                                           [f"--config-file={overlay}"], self.src, mirror_rel)
        self.seconds += took
        return sorted({line.split(": remark: ", 1)[1] for line in (out + err).splitlines()
                       if ": remark: " in line and f"'{test_name}'" in line})


def judge(kind, rel, test, baseline, findings, errors):
    """The mutant's status (caught: every targeted check fired on the
    mutated test or the added lines; partly; missed; not-built), the
    checks that fired, the new findings on the mutated test, and the new
    findings elsewhere (disturbed)."""
    if errors:
        return {"status": "not-built", "caught": [], "in_test": [], "disturbed": [],
                "errors": errors[:3]}
    known = {(f["file"], f["line"], f["check"]) for f in baseline}
    in_test, disturbed = [], []
    for f in findings:
        if (f["file"], f["line"], f["check"]) in known:
            continue
        inside = f["file"] == rel and (f["line"] is None or
                                       (test is not None and test["line"] <= f["line"] <= test["end_line"]))
        (in_test if inside else disturbed).append(f)
    caught = [c for c in KINDS[kind] if any(f["check"] == c for f in in_test)]
    status = ("caught" if len(caught) == len(KINDS[kind]) else "partly" if caught else "missed")
    return {"status": status, "caught": caught,
            "in_test": [dict(check=f["check"], line=f["line"], message=f["message"]) for f in in_test],
            "disturbed": [dict(file=f["file"], line=f["line"], check=f["check"], message=f["message"])
                          for f in disturbed],
            "errors": []}


def eligible(kind, rel, test, baseline):
    """A test (or, for file kinds, a file) the targeted checks do not
    already flag."""
    for f in baseline:
        if f["file"] != rel or f["check"] not in KINDS[kind]:
            continue
        if kind in FILE_KINDS or test["line"] <= f["line"] <= test["end_line"]:
            return False
    return True


def mutate_project(args, project, printer):
    """The mutants of one project, and per kind how many were made (fewer
    than asked when too few tests offer what the kind needs)."""
    results, made_per_kind = [], {}
    for kind in args.kinds:
        rng = random.Random(f"{args.seed}:{project.name}:{kind}")
        if kind in FILE_KINDS:
            candidates = [(rel, None) for rel in project.files if project.sources[rel].tests]
        else:
            candidates = [(rel, t) for rel in project.files for t in project.sources[rel].tests]
        rng.shuffle(candidates)
        made = 0
        for rel, test in candidates:
            if made >= args.per_project:
                break
            ctx = project.file_context(rel)
            if ctx["errors"] or not ctx["entry"]:
                continue
            if not eligible(kind, rel, test, ctx["findings"]):
                continue
            built = MAKERS[kind](ctx, project.sources[rel], test, rng)
            if not built:
                continue
            mutant, what = built
            made += 1
            findings, errors = project.run_mutant(rel, mutant)
            r = {"kind": kind, "file": rel, "test": f"{test['suite']}.{test['name']}" if test else None,
                 "line": test["line"] if test else None, "mutation": what, "targets": list(KINDS[kind]),
                 **judge(kind, rel, test, ctx["findings"], findings, errors)}
            if args.why and r["status"] in ("missed", "partly") and \
                    run.project_set(project.spec) != "validation":
                r["why"] = project.why(rel, test["name"] if test else "")
            results.append(r)
            printer(r)
        made_per_kind[kind] = made
    return results, made_per_kind


def tally(results):
    """Per check: mutants built, caught, not built; and disturbed findings."""
    checks = {}
    for r in results:
        for check in r["targets"]:
            row = checks.setdefault(check, {"mutants": 0, "caught": 0, "not_built": 0})
            if r["status"] == "not-built":
                row["not_built"] += 1
                continue
            row["mutants"] += 1
            row["caught"] += check in r["caught"]
    for row in checks.values():
        row["recall"] = round(row["caught"] / row["mutants"], 3) if row["mutants"] else None
    return {"checks": dict(sorted(checks.items())),
            "mutants": sum(r["status"] != "not-built" for r in results),
            "not_built": sum(r["status"] == "not-built" for r in results),
            "disturbed": sum(len(r["disturbed"]) for r in results)}


def print_tally(label, t):
    print(f"\n== {label}: {t['mutants']} mutants built, {t['not_built']} not built, "
          f"{t['disturbed']} disturbed findings")
    print(f"   {'check':34} {'caught':>6} {'built':>6} {'recall':>6} {'!built':>6}")
    for check, row in t["checks"].items():
        recall = "-" if row["recall"] is None else f"{row['recall']:.2f}"
        print(f"   {check:34} {row['caught']:6} {row['mutants']:6} {recall:>6} {row['not_built']:6}")


def anonymous(r):
    """A validation mutant as the figures need it: no file, test or message."""
    return {"kind": r["kind"], "targets": r["targets"], "status": r["status"],
            "caught": r["caught"], "disturbed": [{"check": f["check"]} for f in r["disturbed"]]}


def report(per_project, asked):
    """Prints each project's and each set's figures; returns the sets'."""
    for name, p in per_project.items():
        print_tally(f"{name} [{p['set']}]", tally(p["results"]))
        short = {k: n for k, n in p["made_per_kind"].items() if n < asked}
        if short:
            print("   fewer mutants than asked (no test offers what the kind needs): " +
                  ", ".join(f"{k} {n}" for k, n in short.items()))
    sets = {}
    for name, p in per_project.items():
        sets.setdefault(p["set"], []).append(name)
    figures = {}
    for set_name, members in sets.items():
        every = [r for n in members for r in per_project[n]["results"]]
        figures[set_name] = dict(tally(every), projects=members)
        print_tally(f"{set_name} set ({', '.join(members)})", figures[set_name])
    return figures


def recorded(per_project):
    """The JSON of a run: per project its figures and mutants (the
    validation set's without names), and per set its figures."""
    projects = {}
    for name, p in per_project.items():
        results = p["results"] if p["set"] != "validation" else [anonymous(r) for r in p["results"]]
        projects[name] = dict(tally(p["results"]), set=p["set"], seconds=p["seconds"],
                              made_per_kind=p["made_per_kind"], results=results)
    sets = {}
    for name, p in projects.items():
        sets.setdefault(p["set"], []).append(name)
    return {"projects": projects,
            "sets": {s: dict(tally([r for n in members for r in projects[n]["results"]]),
                             projects=members) for s, members in sets.items()}}


def merge(paths, asked):
    """Several runs as one: per project and kind, the last run that made
    mutants of that kind wins."""
    per_project = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        for name, p in data["projects"].items():
            if "results" not in p:  # a run that recorded only figures: nothing to merge
                print(f"mutate.py: {path} holds no mutants for {name}; left out", file=sys.stderr)
                continue
            into = per_project.setdefault(name, {"set": p["set"], "seconds": 0.0,
                                                 "made_per_kind": {}, "results": []})
            kinds = set(p["made_per_kind"])
            into["results"] = [r for r in into["results"] if r["kind"] not in kinds] + p["results"]
            into["made_per_kind"].update(p["made_per_kind"])
            into["seconds"] += p.get("seconds", 0.0)
    report(per_project, asked)
    return per_project


def git_status(src):
    return subprocess.run(["git", "-C", src, "status", "--porcelain"], stdout=subprocess.PIPE,
                          text=True).stdout


class Interrupted(Exception):
    pass


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--plugin", help="path of libitdd_tidy.so to measure (required unless --merge)")
    ap.add_argument("--itdd", default=os.path.join(HERE, "..", "..", "build", "bin", "itdd"),
                    help="the itdd tool, for the map of each file's components and the map "
                         "of the project's test support that itdd.Map names, as run.py --itdd")
    ap.add_argument("--map-dir", default="/work/realworld/maps",
                    help="where the maps of the projects' test support and their shards go")
    ap.add_argument("--set", choices=run.SETS + ("all",), default="all")
    ap.add_argument("--project", nargs="*", help="projects to run (default: all of the set)")
    ap.add_argument("--kind", dest="kinds", nargs="*", choices=list(KINDS), default=list(KINDS))
    ap.add_argument("--per-project", type=int, default=3,
                    help="mutants per kind and project (default 3)")
    ap.add_argument("--seed", default="1", help="seed of the choice of tests (default 1)")
    ap.add_argument("--jobs", type=int, default=1,
                    help="projects mutated in parallel (default 1)")
    ap.add_argument("--out", help="write the mutants and figures as JSON here")
    ap.add_argument("--merge", nargs="+", metavar="JSON",
                    help="print (and with --out write) the figures of earlier runs as one: "
                         "per project and kind the last run wins; runs nothing")
    ap.add_argument("--why", action="store_true",
                    help="for each tuning-set mutant not caught, run again with "
                         "itdd.ShowUndecided and keep the remarks that name the test")
    ap.add_argument("--manifest", default=os.path.join(HERE, "manifest.json"))
    ap.add_argument("--src-root", default="/work/realworld/src")
    ap.add_argument("--build-root", default="/work/realworld/build")
    ap.add_argument("--clang-tidy", default="clang-tidy-19")
    args = ap.parse_args()
    args.inferred_dir = None  # run.map_test_support reads it; mutants are careful
    if not args.merge and not args.plugin:
        ap.error("--plugin is required")
    if args.merge:
        per_project = merge(args.merge, args.per_project)
        if args.out:
            with open(args.out, "w", encoding="utf-8") as f:
                json.dump({"merged": args.merge, **recorded(per_project)}, f, indent=1)
        return 0
    args.plugin = os.path.abspath(args.plugin)
    args.itdd = os.path.abspath(args.itdd)
    for path in (args.plugin, args.itdd):
        if not os.path.exists(path):
            raise SystemExit(f"mutate.py: no such file {path}")

    manifest = run.load_manifest(args.manifest)
    names = run.select_projects(manifest, args.project, args.set, "mutate.py")

    def stop(signum, _frame):
        raise Interrupted(f"signal {signum}")

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    statuses = {n: git_status(os.path.join(args.src_root, n)) for n in names}
    scratch = tempfile.mkdtemp(prefix="itdd-mutate-")
    print(f"plugin {args.plugin} sha256 {run.sha256(args.plugin)[:16]}, seed {args.seed}, "
          f"{args.per_project} per kind and project")
    per_project = {}
    started = time.monotonic()

    def run_project(name):
        spec = manifest["projects"][name]
        validation = run.project_set(spec) == "validation"

        def printer(r):
            # the validation set is reported in aggregate only
            if not validation:
                where = f"{r['file']}:{r['line']} {r['test']}" if r["test"] else r["file"]
                extra = f" disturbed {len(r['disturbed'])}" if r["disturbed"] else ""
                extra += f" [{r['errors'][0][:160]}]" if r["errors"] else ""
                extra += "".join(f"\n      why: {w[:300]}" for w in r.get("why", []))
                print(f"   {name} {r['kind']:22} {r['status']:9} {where} ({r['mutation']}){extra}",
                      flush=True)

        project = Project(args, name, spec, scratch)
        try:
            results, made = mutate_project(args, project, printer)
        finally:
            shutil.rmtree(os.path.join(project.src, MUTANT_DIR), ignore_errors=True)
        return name, results, made, project.seconds

    try:
        if args.jobs > 1:
            import concurrent.futures
            with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
                done = list(pool.map(run_project, names))
        else:
            done = [run_project(n) for n in names]
    finally:
        for n in names:
            shutil.rmtree(os.path.join(args.src_root, n, MUTANT_DIR), ignore_errors=True)
        shutil.rmtree(scratch, ignore_errors=True)
        changed = [n for n in names if git_status(os.path.join(args.src_root, n)) != statuses[n]]
        if changed:
            print(f"mutate.py: the source tree changed: {', '.join(changed)}", file=sys.stderr)

    for name, results, made, seconds in done:
        per_project[name] = {"set": run.project_set(manifest["projects"][name]),
                             "seconds": round(seconds, 1), "made_per_kind": made,
                             "results": results}
    report(per_project, args.per_project)
    print(f"\nwall {time.monotonic() - started:.0f} s")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump({"plugin": args.plugin, "plugin_sha256": run.sha256(args.plugin),
                       "clang_tidy": args.clang_tidy, "seed": args.seed,
                       "per_project": args.per_project, "kinds": args.kinds,
                       "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
                       **recorded(per_project)}, f, indent=1)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Interrupted as e:
        print(f"mutate.py: stopped by {e}; the source trees were restored", file=sys.stderr)
        sys.exit(130)
