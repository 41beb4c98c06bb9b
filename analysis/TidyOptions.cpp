//===--- TidyOptions.cpp - the itdd keys of clang-tidy's options ----------===//

#include "analysis/TidyOptions.h"
#include "llvm/Support/MemoryBuffer.h"
#include <algorithm>

namespace itdd {

ItddOptions
itddOptions(const clang::tidy::ClangTidyOptions::OptionMap &CheckOptions) {
  ItddOptions Result;
  for (const auto &Entry : CheckOptions) {
    llvm::StringRef Key = Entry.getKey();
    if (Key.starts_with("itdd."))
      Result.Values[Key.str()] = Entry.getValue().Value;
    else if (Key.contains(".itdd."))
      Result.IgnoredLocalKeys.push_back(Key.str());
  }
  // StringMap iterates in hash order; messages come out sorted.
  std::sort(Result.IgnoredLocalKeys.begin(), Result.IgnoredLocalKeys.end());
  return Result;
}

std::string ignoredLocalKeyMessage(llvm::StringRef LocalKey) {
  llvm::StringRef Global = LocalKey.substr(LocalKey.find(".itdd.") + 1);
  return "option '" + LocalKey.str() +
         "' is not read: every itdd check and the itdd tool share one set "
         "of itdd options, so that they give each class the same role; set '" +
         Global.str() + "' instead";
}

std::string optionOrigin(
    llvm::ArrayRef<clang::tidy::ClangTidyOptionsProvider::OptionsSource>
        Sources,
    llvm::StringRef Key, llvm::StringRef Value) {
  for (auto It = Sources.rbegin(); It != Sources.rend(); ++It) {
    auto Found = It->first.CheckOptions.find(Key);
    if (Found != It->first.CheckOptions.end() &&
        Found->getValue().Value == Value)
      return It->second;
  }
  return "";
}

std::map<std::string, std::string>
keyLocations(llvm::StringRef Path, llvm::ArrayRef<std::string> Keys) {
  std::map<std::string, std::string> Found;
  for (const std::string &Key : Keys)
    Found[Key] = Path.str();
  auto Text = llvm::MemoryBuffer::getFile(Path);
  if (!Text)
    return Found;
  llvm::SmallVector<llvm::StringRef, 64> Lines;
  (*Text)->getBuffer().split(Lines, '\n');
  for (size_t I = 0; I < Lines.size(); ++I) {
    llvm::StringRef Line = Lines[I].ltrim(" \t-{,");
    bool Quoted = Line.consume_front("'") || Line.consume_front("\"");
    size_t End = Line.find_first_of(Quoted ? "'\"" : ":");
    llvm::StringRef Key = Line.take_front(End).rtrim();
    llvm::StringRef Rest = Line.drop_front(End);
    if (Quoted)
      Rest = Rest.drop_front();
    auto Wanted = Found.find(Key.str());
    if (Wanted != Found.end() && Rest.ltrim().starts_with(":"))
      Wanted->second = Path.str() + ":" + std::to_string(I + 1);
  }
  return Found;
}

std::string fingerprintOf(const std::map<std::string, std::string> &Values) {
  std::string Result = "config";
  for (const auto &[Key, Value] : Values)
    Result.append("\n").append(Key).append("=").append(Value);
  return Result;
}

} // namespace itdd
