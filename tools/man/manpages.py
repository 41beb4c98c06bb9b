#!/usr/bin/env python3
"""Writes the manual pages of itdd: itdd.1 and one itdd-COMMAND.1 per
command the tool has. Each page is made of what already says it once:
the command's --help (synopsis, options), the opening of its page in
docs/ (description), the exit codes of docs/errors.md, and where the full
documentation is installed.

  manpages.py ITDD DOCS_DIR README OUT_DIR HOW=DOCDIR...

HOW=DOCDIR: how the documentation is installed and where to, e.g.
"cmake --install=/usr/local/share/doc/itdd"; the pages name each place."""

import os
import re
import subprocess
import sys


class Failed(Exception):
    pass


def help_text(itdd, *args):
    result = subprocess.run([itdd, *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise Failed("'%s' exited with %d: %s" % (" ".join([itdd, *args]),
                                                result.returncode,
                                                result.stderr))
    return result.stdout


def escape(text):
    """Plain text as roff text: backslashes and hyphens escaped, characters
    beyond ASCII by their code point, no control character at the start of
    a line."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    text = "".join(c if ord(c) < 128 else "\\[u%04X]" % ord(c) for c in text)
    return re.sub(r"^([.'])", r"\\&\1", text, flags=re.M)


def inline(markdown):
    """One paragraph of markdown as roff: code and strong in bold, emphasis
    in italics, links as their text."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    parts = re.split(r"(`[^`]*`|\*\*[^*]+\*\*|\*[^*\s][^*]*\*)", text)
    out = []
    for part in parts:
        if part.startswith("`") and part.endswith("`") and len(part) > 1:
            out.append("\\fB%s\\fR" % escape(part[1:-1]))
        elif part.startswith("**") and part.endswith("**") and len(part) > 4:
            out.append("\\fB%s\\fR" % escape(part[2:-2].replace("`", "")))
        elif part.startswith("*") and part.endswith("*") and len(part) > 2:
            out.append("\\fI%s\\fR" % escape(part[1:-1]))
        else:
            out.append(escape(part))
    return "".join(out)


def opening(lines):
    """Markdown up to the next heading: paragraphs, lists and code blocks,
    as roff; tables are left out."""
    out, paragraph, code = [], [], None

    def flush():
        if paragraph:
            out.append(inline(" ".join(paragraph)))
            paragraph.clear()

    for line in lines:
        if code is not None:
            if line.startswith("```"):
                out += [".PP", ".RS 4", ".nf"] + [escape(l) for l in code]
                out += [".fi", ".RE"]
                code = None
            else:
                code.append(line)
            continue
        if line.startswith("#"):
            break
        if line.startswith("```"):
            flush()
            code = []
        elif not line.strip() or line.startswith("|"):
            # A table in a page's opening lists what OPTIONS has.
            flush()
        elif re.match(r"[-*] ", line):
            flush()
            out.append(".IP \\(bu 2")
            paragraph.append(line[2:].strip())
        else:
            if not paragraph:
                out.append(".PP")
            paragraph.append(line.strip())
    flush()
    return out


def sections(help_output):
    """The help of one command: its description, usage and options, each
    option as (flag, value, description)."""
    described = re.search(r"^SUBCOMMAND '[^']*': (.*)$", help_output, re.M)
    usage = re.search(r"^USAGE: (.*)$", help_output, re.M)
    options, inside = [], False
    for line in help_output.splitlines():
        if re.match(r"^itdd \S+ options:$", line):
            inside = True
        elif inside and re.match(r"^\S", line):
            break
        elif inside:
            match = re.match(r"^  (-[^\s=]+)(?:[= ]<([^>]*)>)?\s+- (.*)$", line)
            if match:
                options.append(match.groups())
    if not described or not usage or not options:
        raise Failed("cannot read the help of a command:\n" + help_output)
    return described.group(1), usage.group(1), options


def summary(description):
    """The NAME line: the first sentence, without what is in parentheses
    and without the list after a colon."""
    first = re.split(r"\.\s", description)[0]
    first = re.sub(r"\s*\([^)]*\)", "", first)
    return first.split(": ")[0].rstrip(".")


def exit_codes(errors_page, command):
    """The rows of docs/errors.md's exit code table for the command and
    its forms (itdd map, itdd map merge, itdd map diff)."""
    with open(errors_page, encoding="utf-8") as f:
        text = f.read()
    rows = re.findall(r"^\| `(itdd %s(?: [a-z]+)?)` \|(.*)\|\s*$"
                      % re.escape(command), text, re.M)
    out = []
    for form, cells in rows:
        codes = [c.strip() for c in cells.split("|")]
        if len(rows) > 1:
            out += [".SS %s" % escape(form)]
        for code, meaning in zip(["0", "1", "2"], codes):
            if meaning and meaning != "\u2014":
                out += [".TP", ".B %s" % code, inline(meaning)]
    if not out:
        raise Failed("docs/errors.md has no exit codes of 'itdd %s': add its "
                     "row to the table 'Exit codes'" % command)
    return out


def header(name, version):
    return ['.TH %s 1 "" "itdd %s" "itdd manual"' % (name.upper(), version),
            ".nh"]


def see_also(names, doc, docdirs):
    out = [".SH SEE ALSO",
           ", ".join("\\fB%s\\fR(1)" % escape(n) for n in names) + ",",
           "\\fBclang\\-tidy\\fR(1)",
           ".PP",
           "The full documentation, with examples, is installed with itdd:",
           ".RS 4"]
    for dir, how in docdirs.items():
        out += [".TP", "\\fI%s\\fR" % escape(os.path.join(dir, doc)),
                "installed by %s" % escape(" or ".join(how))]
    return out + [".RE"]


def command_page(itdd, command, docs, docdirs, version, commands):
    description, usage, options = sections(help_text(itdd, command, "--help"))
    page = os.path.join(docs, "itdd-%s.md" % command)
    if not os.path.isfile(page):
        raise Failed("command '%s' has no page %s: write one, its opening "
                     "is the manual page's description" % (command, page))
    synopsis = usage.split(" ", 2)
    out = header("itdd-" + command, version)
    out += [".SH NAME", "itdd\\-%s \\- %s" % (command, escape(summary(description)))]
    out += [".SH SYNOPSIS", ".B itdd %s" % command,
            escape(synopsis[2] if len(synopsis) > 2 else "")]
    out += [".SH DESCRIPTION", escape(description)]
    with open(page, encoding="utf-8") as f:
        out += opening(f.read().splitlines()[1:])
    out += [".SH OPTIONS"]
    for flag, value, text in options:
        term = "\\fB%s\\fR" % escape(flag)
        if value:
            term += ("=" if flag.startswith("--") else " ") + \
                "\\fI%s\\fR" % escape(value)
        out += [".TP", term, escape(text)]
    out += [".TP", "\\fB\\-\\-help\\fR, \\fB\\-\\-help\\-hidden\\fR",
            "Print the options, or all of them, and exit."]
    out += [".SH EXIT STATUS"] + exit_codes(os.path.join(docs, "errors.md"),
                                            command)
    others = ["itdd"] + ["itdd-" + c for c in commands if c != command]
    out += see_also(others, "itdd-%s.md" % command, docdirs)
    return "\n".join(out) + "\n"


def main_page(itdd, readme, docdirs, version, commands):
    overview = help_text(itdd, "--help")
    examples = re.search(r"OVERVIEW: [^\n]*\n\n(.*?)\n\n", overview, re.S)
    listed = dict(re.findall(r"^  (\S+)\s+- (.*)$",
                             overview.split("SUBCOMMANDS:")[1], re.M))
    with open(readme, encoding="utf-8") as f:
        lines = f.read().splitlines()
    intro = [i for i, line in enumerate(lines) if line.startswith("itdd turns")]
    out = header("itdd", version)
    out += [".SH NAME", "itdd \\- keep C++ integration tests honest"]
    out += [".SH SYNOPSIS", ".nf"]
    out += [escape(l.strip()) for l in examples.group(1).splitlines()]
    out += [".fi", ".SH DESCRIPTION"]
    out += opening(lines[intro[0]:]) if intro else []
    out += [".SH COMMANDS"]
    for command in commands:
        out += [".TP", "\\fBitdd\\-%s\\fR(1)" % escape(command),
                escape(summary(listed[command]))]
    out += [".SH OPTIONS",
            ".TP", "\\fB\\-\\-help\\fR", "Print the commands and exit.",
            ".TP", "\\fB\\-\\-version\\fR",
            "Print the version of itdd and of the LLVM it was built against, "
            "and exit."]
    out += see_also(["itdd-" + c for c in commands], "README.md", docdirs)
    return "\n".join(out) + "\n"


def main():
    itdd, docs, readme, out_dir = sys.argv[1:5]
    docdirs = {}
    for argument in sys.argv[5:]:
        how, dir = argument.split("=", 1)
        docdirs.setdefault(dir, []).append(how)
    try:
        overview = help_text(itdd, "--help")
        commands = sorted(re.findall(r"^  ([a-z]+)\s+- ",
                                     overview.split("SUBCOMMANDS:")[-1], re.M))
        version = re.search(r"itdd (\S+)", help_text(itdd, "--version"))
        version = version.group(1) if version else ""
        pages = {"itdd.1": main_page(itdd, readme, docdirs, version, commands)}
        for command in commands:
            pages["itdd-%s.1" % command] = command_page(
                itdd, command, docs, docdirs, version, commands)
    except Failed as failure:
        print("manpages.py: %s" % failure, file=sys.stderr)
        return 1
    os.makedirs(out_dir, exist_ok=True)
    for name in os.listdir(out_dir):
        if name.endswith(".1") and name not in pages:
            os.remove(os.path.join(out_dir, name))
    for name, text in pages.items():
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
