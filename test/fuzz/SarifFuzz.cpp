//===--- SarifFuzz.cpp - clang-tidy's output read back for itdd sarif -----===//
//
// The input, up to a NUL byte, is read both as clang-tidy's console output
// and as an --export-fixes YAML file; what follows the NUL is the text of
// every source file the YAML names (except those named "missing...", which
// cannot be read). The diagnostics found are written as SARIF.
//
//===----------------------------------------------------------------------===//
#include "FuzzInput.h"
#include "sarif/Diagnostics.h"
#include "sarif/Sarif.h"
#include "llvm/Support/Path.h"
#include <algorithm>

using namespace itdd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  auto [Report, Source] = fuzz::splitAtNul(fuzz::textOf(Data, Size));
  std::vector<sarif::Diagnostic> FromText = sarif::parseClangTidyText(Report);
  std::vector<std::string> Unreadable;
  auto Read = [Source = Source](llvm::StringRef Path) -> std::optional<std::string> {
    if (llvm::sys::path::filename(Path).starts_with("missing"))
      return std::nullopt;
    return Source.str();
  };
  llvm::Expected<std::vector<sarif::Diagnostic>> FromYaml =
      sarif::parseExportFixes(Report, Read, Unreadable);
  if (!FromYaml) {
    llvm::consumeError(FromYaml.takeError());
    FromYaml = std::vector<sarif::Diagnostic>();
  }
  fuzz::require(std::is_sorted(Unreadable.begin(), Unreadable.end()) &&
                    std::adjacent_find(Unreadable.begin(), Unreadable.end()) ==
                        Unreadable.end(),
                "the unreadable files are sorted and unique");
  for (std::vector<sarif::Diagnostic> *Diags : {&FromText, &*FromYaml}) {
    std::vector<sarif::Diagnostic> Unique = sarif::deduplicate(*Diags);
    fuzz::require(Unique.size() <= Diags->size(),
                  "deduplication never adds a diagnostic");
    sarif::SarifOptions Options;
    Options.ToolVersion = "0.0.0";
    Options.BaseDir = "/src";
    std::string Log;
    llvm::raw_string_ostream(Log) << sarif::toSarif(Unique, Options);
  }
  return 0;
}
