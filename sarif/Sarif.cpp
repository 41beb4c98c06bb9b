//===--- Sarif.cpp - diagnostics as SARIF 2.1.0 ---------------------------===//

#include "sarif/Sarif.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/Path.h"

namespace itdd::sarif {

namespace {

constexpr llvm::StringLiteral SchemaUri =
    "https://json.schemastore.org/sarif-2.1.0.json";
constexpr llvm::StringLiteral BaseId = "SRCROOT";

/// What each of itdd's checks flags, in a line.
llvm::StringRef itddSummary(llvm::StringRef Check) {
  return llvm::StringSwitch<llvm::StringRef>(Check)
      .Case("itdd-internal-mock",
            "An integration test mocks one of the application's own "
            "components")
      .Case("itdd-ui-detail-assertion",
            "An assertion checks a UI rendering detail instead of an outcome")
      .Case("itdd-missing-entry-point",
            "An integration test never goes through an entry point")
      .Case("itdd-single-component",
            "An integration test makes fewer than two real components work "
            "together")
      .Case("itdd-test-only-access",
            "Test code breaks into internals instead of using the interface")
      .Case("itdd-missing-business-assertion",
            "An integration test asserts nothing about the business outcome")
      .Case("itdd-scenario-naming",
            "An integration test is named after a code unit, not a user "
            "outcome")
      .Default("");
}

std::string summaryOf(llvm::StringRef Check) {
  llvm::StringRef Known = itddSummary(Check);
  if (!Known.empty())
    return Known.str();
  if (Check.starts_with("clang-diagnostic-"))
    return ("Compiler diagnostic " + Check).str();
  return ("clang-tidy check " + Check).str();
}

const char *levelName(Level L) {
  switch (L) {
  case Level::Note:
    return "note";
  case Level::Warning:
    return "warning";
  case Level::Error:
    return "error";
  }
  return "warning";
}

bool isUnreserved(char C) {
  return llvm::isAlnum(C) || C == '-' || C == '.' || C == '_' || C == '~' ||
         C == '/';
}

std::string percentEncode(llvm::StringRef Path) {
  std::string Out;
  Out.reserve(Path.size());
  for (char C : Path) {
    if (isUnreserved(C) || C == ':' || C == '+' || C == '@' || C == ',') {
      Out += C;
      continue;
    }
    Out += '%';
    Out += llvm::hexdigit(static_cast<unsigned char>(C) >> 4);
    Out += llvm::hexdigit(static_cast<unsigned char>(C) & 15);
  }
  return Out;
}

llvm::json::Object physicalLocation(const Place &At,
                                    const SarifOptions &Options) {
  bool Relative = false;
  llvm::json::Object Artifact{{"uri", uriOf(At.File, Options.BaseDir,
                                            Relative)}};
  if (Relative)
    Artifact["uriBaseId"] = BaseId;
  llvm::json::Object Physical{{"artifactLocation", std::move(Artifact)}};
  if (At.Line) {
    llvm::json::Object Region{{"startLine", At.Line}};
    if (At.Column)
      Region["startColumn"] = At.Column;
    Physical["region"] = std::move(Region);
  }
  return Physical;
}

} // namespace

std::string helpUriOf(llvm::StringRef Check, llvm::StringRef DocsUrl) {
  if (Check.starts_with("itdd-")) {
    std::string Page = ("docs/checks/" + Check + ".md").str();
    if (DocsUrl.empty())
      return Page;
    return (DocsUrl.rtrim('/') + "/" + Page).str();
  }
  if (Check.starts_with("clang-diagnostic-"))
    return "https://clang.llvm.org/docs/DiagnosticsReference.html";
  // clang-analyzer-core.NullDereference: the group is clang-analyzer.
  llvm::StringRef Group, Rest;
  if (Check.starts_with("clang-analyzer-")) {
    Group = "clang-analyzer";
    Rest = Check.drop_front(Group.size() + 1);
  } else {
    std::tie(Group, Rest) = Check.split('-');
  }
  if (Rest.empty())
    return "https://clang.llvm.org/extra/clang-tidy/checks/list.html";
  return ("https://clang.llvm.org/extra/clang-tidy/checks/" + Group + "/" +
          Rest + ".html")
      .str();
}

std::string uriOf(llvm::StringRef Path, llvm::StringRef BaseDir,
                  bool &Relative) {
  Relative = false;
  llvm::SmallString<256> NativePath(Path);
  llvm::sys::path::native(NativePath, llvm::sys::path::Style::posix);
  llvm::StringRef Native = NativePath;
  if (!BaseDir.empty()) {
    llvm::SmallString<256> Base(BaseDir);
    llvm::sys::path::native(Base, llvm::sys::path::Style::posix);
    llvm::sys::path::remove_dots(Base, true, llvm::sys::path::Style::posix);
    llvm::StringRef Prefix = llvm::StringRef(Base).rtrim('/');
    llvm::StringRef P = Native;
    if (P.consume_front(Prefix) && P.consume_front("/")) {
      Relative = true;
      return percentEncode(P);
    }
  }
  if (llvm::sys::path::is_absolute(Native, llvm::sys::path::Style::posix))
    return "file://" + percentEncode(Native);
  // A Windows drive path (C:/...).
  if (Native.size() > 2 && llvm::isAlpha(Native[0]) && Native[1] == ':')
    return "file:///" + percentEncode(Native);
  return percentEncode(Native);
}

llvm::json::Value toSarif(llvm::ArrayRef<Diagnostic> Diags,
                          const SarifOptions &Options) {
  llvm::StringMap<unsigned> RuleIndex;
  llvm::json::Array Rules;
  llvm::json::Array Results;
  Results.reserve(Diags.size());
  for (const Diagnostic &D : Diags) {
    auto [It, New] = RuleIndex.try_emplace(D.Check, Rules.size());
    if (New)
      Rules.push_back(llvm::json::Object{
          {"id", D.Check},
          {"shortDescription",
           llvm::json::Object{{"text", summaryOf(D.Check)}}},
          {"helpUri", helpUriOf(D.Check, Options.DocsUrl)},
      });
    llvm::json::Object Result{
        {"ruleId", D.Check},
        {"ruleIndex", It->second},
        {"level", levelName(D.Severity)},
        {"message", llvm::json::Object{{"text", D.Message}}},
    };
    if (!D.At.File.empty())
      Result["locations"] = llvm::json::Array{
          llvm::json::Object{{"physicalLocation",
                              physicalLocation(D.At, Options)}}};
    if (!D.Notes.empty()) {
      llvm::json::Array Related;
      Related.reserve(D.Notes.size());
      for (const Note &N : D.Notes) {
        llvm::json::Object Location{
            {"id", static_cast<int64_t>(Related.size())},
            {"message", llvm::json::Object{{"text", N.Message}}}};
        if (!N.At.File.empty())
          Location["physicalLocation"] = physicalLocation(N.At, Options);
        Related.push_back(std::move(Location));
      }
      Result["relatedLocations"] = std::move(Related);
    }
    Results.push_back(std::move(Result));
  }
  llvm::json::Object Driver{
      {"name", "itdd"},
      {"version", Options.ToolVersion},
      {"rules", std::move(Rules)},
  };
  // SARIF asks for an absolute URI here: without one, none.
  if (!Options.DocsUrl.empty())
    Driver["informationUri"] =
        (llvm::StringRef(Options.DocsUrl).rtrim('/') + "/docs/itdd-sarif.md")
            .str();
  llvm::json::Object Run{
      {"tool", llvm::json::Object{{"driver", std::move(Driver)}}},
      {"results", std::move(Results)},
  };
  if (!Options.BaseDir.empty()) {
    llvm::SmallString<256> Base(Options.BaseDir);
    llvm::sys::path::native(Base, llvm::sys::path::Style::posix);
    bool Ignored = false;
    std::string Uri = uriOf(Base, "", Ignored);
    if (!llvm::StringRef(Uri).ends_with("/"))
      Uri += '/';
    Run["originalUriBaseIds"] = llvm::json::Object{
        {BaseId, llvm::json::Object{{"uri", Uri}}}};
  }
  return llvm::json::Object{
      {"$schema", SchemaUri},
      {"version", "2.1.0"},
      {"runs", llvm::json::Array{std::move(Run)}},
  };
}

} // namespace itdd::sarif
