//===--- Baseline.cpp - findings a team has accepted for now --------------===//

#include "core/Baseline.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include <algorithm>

namespace itdd {

namespace {

constexpr int FormatVersion = 1;
/// More occurrences of one finding than any test file holds.
constexpr int64_t MaxCount = 1000000;

llvm::json::Array namesArray(const std::vector<std::string> &Names) {
  llvm::json::Array Result;
  for (const std::string &N : Names)
    Result.push_back(N);
  return Result;
}

/// The key fields of one JSON object; the error says which field is wrong.
llvm::Expected<BaselineKey> keyOf(const llvm::json::Object &O) {
  BaselineKey Key;
  std::optional<llvm::StringRef> Check = O.getString("check");
  std::optional<llvm::StringRef> File = O.getString("file");
  if (!Check || Check->empty())
    return llvm::createStringError("a finding without a \"check\"");
  if (!File || File->empty())
    return llvm::createStringError("a finding without a \"file\"");
  Key.Check = Check->str();
  Key.File = File->str();
  if (std::optional<llvm::StringRef> Test = O.getString("test"))
    Key.Test = Test->str();
  if (const llvm::json::Value *Names = O.get("names")) {
    const llvm::json::Array *List = Names->getAsArray();
    if (!List)
      return llvm::createStringError("\"names\" is not a list");
    for (const llvm::json::Value &N : *List) {
      std::optional<llvm::StringRef> Name = N.getAsString();
      if (!Name)
        return llvm::createStringError("\"names\" holds a non-string");
      Key.Names.push_back(Name->str());
    }
  }
  return Key;
}

llvm::json::Object objectOf(const BaselineKey &Key) {
  return llvm::json::Object{{"check", Key.Check},
                            {"file", Key.File},
                            {"test", Key.Test},
                            {"names", namesArray(Key.Names)}};
}

} // namespace

llvm::Expected<Baseline> Baseline::parse(llvm::StringRef Text) {
  llvm::Expected<llvm::json::Value> Root = llvm::json::parse(Text);
  if (!Root)
    return llvm::createStringError("not JSON: " +
                                   llvm::toString(Root.takeError()));
  const llvm::json::Object *Top = Root->getAsObject();
  if (!Top || !Top->getArray("findings"))
    return llvm::createStringError(
        "not an itdd baseline: expected an object with a \"findings\" list");
  std::optional<int64_t> Version = Top->getInteger("version");
  if (!Version || *Version != FormatVersion)
    return llvm::createStringError(llvm::formatv(
        "baseline version {0} is not one this itdd reads ({1}); record it "
        "again with 'itdd baseline'",
        Version ? std::to_string(*Version) : "missing", FormatVersion));
  Baseline Result;
  unsigned Index = 0;
  for (const llvm::json::Value &V : *Top->getArray("findings")) {
    ++Index;
    const llvm::json::Object *O = V.getAsObject();
    if (!O)
      return llvm::createStringError(
          llvm::formatv("finding {0} is not an object", Index));
    llvm::Expected<BaselineKey> Key = keyOf(*O);
    if (!Key)
      return llvm::createStringError(llvm::formatv(
          "finding {0}: {1}", Index, llvm::toString(Key.takeError())));
    std::optional<int64_t> Count = O->getInteger("count");
    if (Count && (*Count < 1 || *Count > MaxCount))
      return llvm::createStringError(
          llvm::formatv("finding {0}: \"count\" must be at least 1", Index));
    Entry &E = Result.Entries[std::move(*Key)];
    // Repeats of one key add up, to no more than one entry may hold.
    E.Count = static_cast<unsigned>(std::min<int64_t>(
        int64_t(E.Count) + (Count ? *Count : 1), MaxCount));
    if (const llvm::json::Array *Lines = O->getArray("lines"))
      for (const llvm::json::Value &L : *Lines)
        if (std::optional<int64_t> Line = L.getAsInteger(); Line && *Line > 0)
          E.Lines.push_back(static_cast<unsigned>(*Line));
  }
  return Result;
}

Baseline Baseline::fromFindings(const std::vector<RecordedFinding> &Findings) {
  Baseline Result;
  for (const RecordedFinding &F : Findings) {
    Entry &E = Result.Entries[F.Key];
    ++E.Count;
    if (F.Line)
      E.Lines.push_back(F.Line);
  }
  for (auto &[Key, E] : Result.Entries)
    llvm::sort(E.Lines);
  return Result;
}

std::string Baseline::toJson() const {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << "{\n  \"version\": " << FormatVersion << ",\n  \"findings\": [";
  bool First = true;
  for (const auto &[Key, E] : Entries) {
    llvm::json::Object O = objectOf(Key);
    O["count"] = E.Count;
    llvm::json::Array Lines;
    for (unsigned L : E.Lines)
      Lines.push_back(L);
    O["lines"] = std::move(Lines);
    OS << (First ? "\n    " : ",\n    ") << llvm::json::Value(std::move(O));
    First = false;
  }
  OS << (First ? "]\n}\n" : "\n  ]\n}\n");
  return Out;
}

bool Baseline::consume(const BaselineKey &Key) {
  auto It = Entries.find(Key);
  if (It == Entries.end() || It->second.Count == 0)
    return false;
  --It->second.Count;
  return true;
}

size_t Baseline::size() const {
  size_t N = 0;
  for (const auto &[Key, E] : Entries)
    N += E.Count;
  return N;
}

std::vector<RecordedFinding>
parseRecordedFindings(llvm::StringRef Text, llvm::StringRef Root,
                      std::vector<std::string> *Errors) {
  std::vector<RecordedFinding> Result;
  llvm::SmallVector<llvm::StringRef> Lines;
  Text.split(Lines, '\n');
  unsigned Number = 0;
  for (llvm::StringRef Line : Lines) {
    ++Number;
    if (Line.trim().empty())
      continue;
    auto Fail = [&](const std::string &Why) {
      if (Errors)
        Errors->push_back(llvm::formatv("line {0}: {1}", Number, Why));
    };
    llvm::Expected<llvm::json::Value> V = llvm::json::parse(Line);
    if (!V) {
      Fail(llvm::toString(V.takeError()));
      continue;
    }
    const llvm::json::Object *O = V->getAsObject();
    if (!O) {
      Fail("not a JSON object");
      continue;
    }
    llvm::Expected<BaselineKey> Key = keyOf(*O);
    if (!Key) {
      Fail(llvm::toString(Key.takeError()));
      continue;
    }
    Key->File = baselineRelativePath(Key->File, Root);
    RecordedFinding F{std::move(*Key), 0};
    if (std::optional<int64_t> L = O->getInteger("line"); L && *L > 0)
      F.Line = static_cast<unsigned>(*L);
    Result.push_back(std::move(F));
  }
  return Result;
}

std::string recordedFindingLine(const BaselineKey &Key, unsigned Line) {
  llvm::json::Object O = objectOf(Key);
  O["line"] = Line;
  std::string Out;
  llvm::raw_string_ostream(Out) << llvm::json::Value(std::move(O)) << "\n";
  return Out;
}

std::string baselineRelativePath(llvm::StringRef Path, llvm::StringRef Root) {
  llvm::SmallString<256> P(Path), R(Root);
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  llvm::sys::path::remove_dots(R, /*remove_dot_dot=*/true);
  std::string Result = P.str().str();
  if (!R.empty() && llvm::sys::path::replace_path_prefix(P, R, "")) {
    llvm::StringRef Rest = P.str();
    // The prefix must end at a directory boundary.
    if (Rest.empty() || llvm::sys::path::is_separator(Rest.front()) ||
        llvm::sys::path::is_separator(R.back()))
      Result = Rest.ltrim("/\\").str();
  }
  std::replace(Result.begin(), Result.end(), '\\', '/');
  return Result;
}

} // namespace itdd
