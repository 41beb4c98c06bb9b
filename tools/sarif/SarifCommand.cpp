//===--- SarifCommand.cpp - itdd sarif ------------------------------------===//
//
// The `itdd sarif` command line: reads clang-tidy's console output or its
// --export-fixes YAML from files or standard input, and writes one SARIF
// 2.1.0 log, all or nothing.
//
//===----------------------------------------------------------------------===//

#include "tools/Commands.h"
#include "tools/CommonOptions.h"
#include "sarif/Diagnostics.h"
#include "sarif/Sarif.h"
#include "support/AtomicFile.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace itdd {

namespace {

cl::list<std::string> SarifInputs(
    cl::Positional,
    cl::desc("[<clang-tidy output or --export-fixes YAML> ...] (default and "
             "'-': standard input)"),
    cl::sub(SarifSubcommand), cl::cat(SarifCategory));
cl::opt<std::string> BaseDir(
    "base-dir",
    cl::desc("Write paths below this directory relative to it, against the "
             "base id SRCROOT (what code-scanning services expect: the "
             "checkout's top directory)"),
    cl::value_desc("dir"), cl::sub(SarifSubcommand), cl::cat(SarifCategory));
cl::opt<std::string> DocsUrl(
    "docs-url",
    cl::desc("Where itdd's documentation is published (e.g. a repository's "
             "https://.../blob/main): rules link to DOCS-URL/docs/checks/"
             "<check>.md (default: the URL itdd was built with, "
             "ITDD_DOCS_URL; if none, that path, relative)"),
    cl::value_desc("url"), cl::init(ITDD_DOCS_URL), cl::sub(SarifSubcommand),
    cl::cat(SarifCategory));
cl::opt<std::string> InputFormat(
    "input-format",
    cl::desc("auto (default: YAML when the input starts like an "
             "--export-fixes file), text or yaml"),
    cl::init("auto"), cl::sub(SarifSubcommand), cl::cat(SarifCategory));

bool looksLikeExportFixes(StringRef Text) {
  StringRef Start = Text.ltrim();
  return Start.starts_with("---") || Start.starts_with("MainSourceFile:") ||
         Start.starts_with("Diagnostics:");
}

std::optional<std::string> readSource(StringRef Path) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer)
    return std::nullopt;
  return (*Buffer)->getBuffer().str();
}

/// Appends the diagnostics of one input; false after saying why it cannot.
bool readInput(StringRef Name, std::vector<sarif::Diagnostic> &Diags) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer =
      Name == "-" ? MemoryBuffer::getSTDIN() : MemoryBuffer::getFile(Name);
  StringRef Shown = Name == "-" ? "standard input" : Name;
  if (!Buffer) {
    errs() << formatv("itdd sarif: cannot read '{0}': {1}\n", Shown,
                      Buffer.getError().message());
    return false;
  }
  StringRef Text = (*Buffer)->getBuffer();
  bool Yaml = InputFormat == "yaml" ||
              (InputFormat == "auto" && looksLikeExportFixes(Text));
  if (!Yaml) {
    sarif::ClangTidyText Found = sarif::readClangTidyText(Text);
    if (!Found.IsClangTidyOutput) {
      errs() << formatv(
          "itdd sarif: '{0}' holds no clang-tidy diagnostic: expected "
          "clang-tidy's console output ('FILE:LINE:COL: warning: MESSAGE "
          "[CHECK]' lines, 'N warnings generated.'), nothing at all (a clean "
          "run), or an --export-fixes YAML file; give clang-tidy's output, "
          "with its standard error\n",
          Shown);
      return false;
    }
    Diags.insert(Diags.end(), std::make_move_iterator(Found.Diags.begin()),
                 std::make_move_iterator(Found.Diags.end()));
    return true;
  }
  std::vector<std::string> Unreadable;
  Expected<std::vector<sarif::Diagnostic>> Found =
      sarif::parseExportFixes(Text, readSource, Unreadable);
  if (!Found) {
    errs() << formatv("itdd sarif: {0}: {1}\n", Shown,
                      toString(Found.takeError()));
    return false;
  }
  for (const std::string &File : Unreadable)
    errs() << formatv("itdd sarif: warning: {0}: cannot read '{1}' to turn "
                      "offsets into lines; its results have no line\n",
                      Shown, File);
  Diags.insert(Diags.end(), std::make_move_iterator(Found->begin()),
               std::make_move_iterator(Found->end()));
  return true;
}

} // namespace

int runSarif() {
  if (InputFormat != "auto" && InputFormat != "text" && InputFormat != "yaml") {
    errs() << "itdd sarif: unknown --input-format '" << InputFormat
           << "'; use auto, text or yaml\n";
    return 2;
  }
  std::vector<std::string> Names(SarifInputs.begin(), SarifInputs.end());
  if (Names.empty())
    Names.push_back("-");
  std::vector<sarif::Diagnostic> Diags;
  for (const std::string &Name : Names)
    if (!readInput(Name, Diags))
      return 2;
  sarif::SarifOptions Options;
  Options.ToolVersion = ITDD_VERSION;
  Options.DocsUrl = DocsUrl;
  if (!BaseDir.empty()) {
    SmallString<256> Base(BaseDir.getValue());
    if (std::error_code EC = sys::fs::make_absolute(Base)) {
      errs() << formatv("itdd sarif: --base-dir '{0}': {1}\n", BaseDir,
                        EC.message());
      return 2;
    }
    sys::path::remove_dots(Base, /*remove_dot_dot=*/true);
    Options.BaseDir = Base.str().str();
  }
  json::Value Log = sarif::toSarif(sarif::deduplicate(std::move(Diags)),
                                   Options);
  if (Error E = writeFileAtomically(Output, [&](raw_ostream &OS) {
        OS << formatv("{0:2}", Log) << "\n";
      })) {
    errs() << "itdd sarif: " << toString(std::move(E)) << "\n";
    return 2;
  }
  return 0;
}

} // namespace itdd
