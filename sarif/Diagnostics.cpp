//===--- Diagnostics.cpp - clang-tidy's findings, read back ---------------===//

#include "sarif/Diagnostics.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/YAMLTraits.h"
#include <map>

namespace itdd::sarif {

namespace {

/// One of the words the diagnostic line's pattern accepts.
Level levelOfWord(llvm::StringRef Word) {
  if (Word == "error" || Word == "fatal error")
    return Level::Error;
  if (Word == "note" || Word == "remark")
    return Level::Note;
  return Level::Warning;
}

/// "itdd-internal-mock,-warnings-as-errors" names itdd-internal-mock.
std::string checkOf(llvm::StringRef Bracket, Level Severity) {
  llvm::StringRef Check = Bracket.split(',').first.trim();
  if (!Check.empty())
    return Check.str();
  return Severity == Level::Error ? "clang-diagnostic-error"
                                  : "clang-diagnostic-warning";
}

} // namespace

namespace {

/// A line clang-tidy or run-clang-tidy writes around the diagnostics: the
/// counts, the suppressed warnings, the progress of run-clang-tidy.
bool isSummaryLine(llvm::StringRef L) {
  static const llvm::Regex Summary(
      "^([0-9]+ (warning|error)s?( and [0-9]+ errors?)? generated\\."
      "|[0-9]+ warnings? treated as errors?"
      "|Suppressed [0-9]+ warnings"
      "|Use -header-filter="
      "|Found compiler error\\(s\\)\\."
      "|Running clang-tidy for [0-9]+ files out of [0-9]+ in compilation "
      "database"
      "|\\[ *[0-9]+/[0-9]+\\]\\[[0-9.]+s\\] )");
  return Summary.match(L);
}

/// An error clang-tidy or run-clang-tidy says in words of its own, with no
/// line: "Error while processing FILE.", "Error: ...", "FILE: terminated
/// by signal N".
std::optional<Diagnostic> toolError(llvm::StringRef L) {
  static const llvm::Regex Processing("^Error while processing (.+)\\.$");
  static const llvm::Regex Signal("^(.+): terminated by signal [0-9]+$");
  llvm::SmallVector<llvm::StringRef, 2> M;
  Diagnostic D;
  D.Check = "clang-diagnostic-error";
  D.Severity = Level::Error;
  D.Message = L.str();
  if (Processing.match(L, &M) || Signal.match(L, &M))
    D.At.File = M[1].str();
  else if (!L.starts_with("Error: ") && !L.starts_with("Error while "))
    return std::nullopt;
  return D;
}

/// A diagnostic line, with or without its place; nullopt for any other
/// line and for a note with no place.
std::optional<Diagnostic> diagnosticLine(llvm::StringRef L) {
  // The path may itself hold colons (C:\...): the greedy group backs off to
  // the last `:line:col: level:` of the line.
  static const llvm::Regex Line("^((.+):([0-9]+):([0-9]+): )?"
                                "(warning|error|fatal error|note|remark): "
                                "(.*)$");
  static const llvm::Regex Bracket("^(.*) \\[([^] ]+)\\]$");
  llvm::SmallVector<llvm::StringRef, 7> M;
  if (!Line.match(L, &M))
    return std::nullopt;
  Diagnostic D;
  D.Severity = levelOfWord(M[5]);
  if (M[1].empty() && D.Severity == Level::Note)
    return std::nullopt;
  D.At.File = M[2].str();
  M[3].getAsInteger(10, D.At.Line);
  M[4].getAsInteger(10, D.At.Column);
  llvm::StringRef Message = M[6];
  llvm::SmallVector<llvm::StringRef, 3> B;
  if (Bracket.match(Message, &B)) {
    Message = B[1];
    D.Check = checkOf(B[2], D.Severity);
  } else {
    D.Check = checkOf("", D.Severity);
  }
  D.Message = Message.str();
  return D;
}

} // namespace

ClangTidyText readClangTidyText(llvm::StringRef Text) {
  ClangTidyText Read;
  Read.IsClangTidyOutput = Text.trim().empty();
  std::vector<Diagnostic> &Diags = Read.Diags;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Text.split(Lines, '\n');
  // A note belongs to the diagnostic before it, unless a non-diagnostic
  // line of another kind (a summary) ended that diagnostic. An error of
  // clang-tidy's own that ends in ':' goes on in the lines that follow.
  bool CanAttach = false, Explains = false;
  for (llvm::StringRef Raw : Lines) {
    llvm::StringRef L = Raw.rtrim("\r");
    std::optional<Diagnostic> D = diagnosticLine(L);
    if (D) {
      Read.IsClangTidyOutput = true;
      Explains = false;
      if (D->Severity == Level::Note) {
        if (CanAttach && !Diags.empty())
          Diags.back().Notes.push_back({std::move(D->At), D->Message});
        continue;
      }
      Diags.push_back(std::move(*D));
      CanAttach = true;
      continue;
    }
    if (isSummaryLine(L)) {
      Read.IsClangTidyOutput = true;
      CanAttach = Explains = false;
      continue;
    }
    if (std::optional<Diagnostic> E = toolError(L)) {
      Read.IsClangTidyOutput = true;
      Explains = L.ends_with(":");
      CanAttach = false;
      Diags.push_back(std::move(*E));
      continue;
    }
    if (Explains && !L.trim().empty()) {
      Diags.back().Message += " " + L.trim().str();
      continue;
    }
    Explains = false;
    // Source excerpts and caret lines are indented or start with a
    // gutter; anything else ends the run of notes.
    if (!L.empty() && !llvm::isSpace(L.front()) && !L.contains('|') &&
        !L.starts_with("^"))
      CanAttach = false;
  }
  return Read;
}

Place placeOfOffset(llvm::StringRef Text, size_t Offset) {
  Place P;
  Offset = std::min(Offset, Text.size());
  llvm::StringRef Before = Text.take_front(Offset);
  P.Line = Before.count('\n') + 1;
  size_t LineStart = Before.rfind('\n');
  P.Column = LineStart == llvm::StringRef::npos ? Offset + 1
                                                : Offset - LineStart;
  return P;
}

std::vector<Diagnostic> deduplicate(std::vector<Diagnostic> Diags) {
  std::vector<Diagnostic> Unique;
  Unique.reserve(Diags.size());
  for (Diagnostic &D : Diags)
    if (!llvm::is_contained(Unique, D))
      Unique.push_back(std::move(D));
  return Unique;
}

} // namespace itdd::sarif

// The --export-fixes YAML, as clang-tidy writes it (tooling's
// TranslationUnitDiagnostics); keys the converter does not use
// (Replacements, Ranges, ...) are skipped.
namespace {

struct YamlMessage {
  std::string Message;
  std::string FilePath;
  std::optional<uint64_t> FileOffset;
};

struct YamlDiagnostic {
  std::string DiagnosticName;
  YamlMessage DiagnosticMessage;
  std::vector<YamlMessage> Notes;
  std::string Level;
  std::string BuildDirectory;
};

struct YamlExport {
  std::string MainSourceFile;
  std::vector<YamlDiagnostic> Diagnostics;
};

} // namespace

LLVM_YAML_IS_SEQUENCE_VECTOR(YamlMessage)
LLVM_YAML_IS_SEQUENCE_VECTOR(YamlDiagnostic)
LLVM_YAML_IS_DOCUMENT_LIST_VECTOR(YamlExport)

namespace llvm::yaml {

template <> struct MappingTraits<YamlMessage> {
  static void mapping(IO &Io, YamlMessage &M) {
    Io.mapRequired("Message", M.Message);
    Io.mapOptional("FilePath", M.FilePath);
    Io.mapOptional("FileOffset", M.FileOffset);
  }
};

template <> struct MappingTraits<YamlDiagnostic> {
  static void mapping(IO &Io, YamlDiagnostic &D) {
    Io.mapRequired("DiagnosticName", D.DiagnosticName);
    Io.mapRequired("DiagnosticMessage", D.DiagnosticMessage);
    Io.mapOptional("Notes", D.Notes);
    Io.mapOptional("Level", D.Level);
    Io.mapOptional("BuildDirectory", D.BuildDirectory);
  }
};

template <> struct MappingTraits<YamlExport> {
  static void mapping(IO &Io, YamlExport &E) {
    Io.mapOptional("MainSourceFile", E.MainSourceFile);
    Io.mapRequired("Diagnostics", E.Diagnostics);
  }
};

} // namespace llvm::yaml

namespace itdd::sarif {

namespace {

Level levelOfYaml(llvm::StringRef Word) {
  if (Word.equals_insensitive("error"))
    return Level::Error;
  if (Word.equals_insensitive("remark") || Word.equals_insensitive("note"))
    return Level::Note;
  return Level::Warning;
}

class Locator {
public:
  Locator(FileReader Read, std::vector<std::string> &Unreadable)
      : Read(Read), Unreadable(Unreadable) {}

  Place place(const YamlMessage &M, llvm::StringRef BuildDirectory) {
    Place P;
    if (M.FilePath.empty())
      return P;
    llvm::SmallString<256> Path(M.FilePath);
    if (llvm::sys::path::is_relative(Path) && !BuildDirectory.empty()) {
      llvm::SmallString<256> Absolute(BuildDirectory);
      llvm::sys::path::append(Absolute, Path);
      Path = Absolute;
    }
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    P.File = Path.str().str();
    if (!M.FileOffset)
      return P;
    auto [It, New] = Texts.try_emplace(P.File);
    if (New)
      It->second = Read(P.File);
    const std::optional<std::string> &Text = It->second;
    if (!Text) {
      if (!llvm::is_contained(Unreadable, P.File))
        Unreadable.push_back(P.File);
      return P;
    }
    Place At = placeOfOffset(*Text, *M.FileOffset);
    P.Line = At.Line;
    P.Column = At.Column;
    return P;
  }

private:
  FileReader Read;
  std::vector<std::string> &Unreadable;
  std::map<std::string, std::optional<std::string>> Texts;
};

} // namespace

llvm::Expected<std::vector<Diagnostic>>
parseExportFixes(llvm::StringRef Yaml, FileReader Read,
                 std::vector<std::string> &Unreadable) {
  std::vector<YamlExport> Docs;
  std::string Problems;
  {
    llvm::yaml::Input In(Yaml, nullptr,
                         [](const llvm::SMDiagnostic &Diag, void *Ctx) {
                           auto &Out = *static_cast<std::string *>(Ctx);
                           Out += (llvm::Twine(Diag.getLineNo()) + ":" +
                                   llvm::Twine(Diag.getColumnNo() + 1) + ": " +
                                   Diag.getMessage() + "\n")
                                      .str();
                         },
                         &Problems);
    In.setAllowUnknownKeys(true);
    In >> Docs;
    if (In.error())
      return llvm::createStringError(
          In.error(), "not a clang-tidy --export-fixes file: %s",
          llvm::StringRef(Problems).trim().str().c_str());
  }
  Locator Where(Read, Unreadable);
  std::vector<Diagnostic> Diags;
  for (const YamlExport &Doc : Docs) {
    Diags.reserve(Diags.size() + Doc.Diagnostics.size());
    for (const YamlDiagnostic &Y : Doc.Diagnostics) {
      Diagnostic D;
      D.Check = Y.DiagnosticName;
      D.Severity = levelOfYaml(Y.Level);
      D.Message = Y.DiagnosticMessage.Message;
      D.At = Where.place(Y.DiagnosticMessage, Y.BuildDirectory);
      D.Notes.reserve(Y.Notes.size());
      for (const YamlMessage &N : Y.Notes)
        D.Notes.push_back({Where.place(N, Y.BuildDirectory), N.Message});
      Diags.push_back(std::move(D));
    }
  }
  llvm::sort(Unreadable);
  return Diags;
}

} // namespace itdd::sarif
