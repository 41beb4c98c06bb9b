//===--- Naming.cpp - test names versus code-unit names -------------------===//

#include "core/Naming.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>

namespace itdd {

std::vector<std::string> splitIdentifierWords(llvm::StringRef Name) {
  std::vector<std::string> Words;
  std::string Current;
  auto Flush = [&] {
    if (!Current.empty())
      Words.push_back(llvm::StringRef(Current).lower());
    Current.clear();
  };
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (!llvm::isAlnum(C)) {
      Flush();
      continue;
    }
    if (!Current.empty()) {
      char Prev = Name[I - 1];
      bool Next = I + 1 < Name.size() && llvm::isLower(Name[I + 1]);
      // "placeOrder" | "HTTPServer" -> HTTP, Server | "Returns404".
      if ((llvm::isUpper(C) && (llvm::isLower(Prev) || llvm::isDigit(Prev))) ||
          (llvm::isUpper(C) && llvm::isUpper(Prev) && Next) ||
          (llvm::isDigit(C) != llvm::isDigit(Prev)))
        Flush();
    }
    Current.push_back(C);
  }
  Flush();
  return Words;
}

static bool isOneOf(llvm::StringRef Word,
                    std::initializer_list<llvm::StringRef> Words) {
  return llvm::is_contained(Words, Word);
}

/// Last words of class names that name a code unit, not a domain concept.
static bool isUnitSuffix(llvm::StringRef Word) {
  return isOneOf(Word, {"service",   "controller", "handler",   "manager",
                        "provider",  "context",    "repository", "repo",
                        "store",     "factory",    "gateway",   "client",
                        "helper",    "impl",       "adapter",   "processor",
                        "validator", "builder",    "engine",    "module",
                        "component", "facade",     "presenter", "viewmodel",
                        "dao",       "router",     "resolver",  "registry",
                        "dispatcher"});
}

/// Verbs unit tests put after the unit they name: "PlaceOrderReturnsId".
static bool isUnitVerb(llvm::StringRef Word) {
  return isOneOf(Word, {"returns",  "throws",    "calls",    "provides",
                        "invokes",  "delegates", "forwards", "emits",
                        "sets",     "gets",      "handles",  "works",
                        "succeeds", "fails",     "should",   "computes",
                        "yields",   "creates",   "updates",  "decrements",
                        "increments"});
}

/// Every position where Needle occurs as consecutive words of Hay.
static std::vector<size_t> occurrences(const std::vector<std::string> &Hay,
                                       const std::vector<std::string> &Needle) {
  std::vector<size_t> Result;
  if (Needle.empty() || Needle.size() > Hay.size())
    return Result;
  for (size_t I = 0; I + Needle.size() <= Hay.size(); ++I)
    if (std::equal(Needle.begin(), Needle.end(), Hay.begin() + I))
      Result.push_back(I);
  return Result;
}

std::optional<CodeUnit> findCodeUnitName(llvm::StringRef TestName,
                                         llvm::ArrayRef<CodeUnit> Units) {
  std::vector<std::string> Words = splitIdentifierWords(TestName);
  auto FollowedByVerb = [&](size_t End) {
    return End < Words.size() && isUnitVerb(Words[End]);
  };

  // Where class names end: a method right after one is its member.
  std::vector<size_t> ClassEnds;
  std::optional<CodeUnit> Found;
  for (const CodeUnit &U : Units) {
    if (U.IsMethod)
      continue;
    std::vector<std::string> Needle = splitIdentifierWords(U.Name);
    if (Needle.size() < 2)
      continue;
    for (size_t At : occurrences(Words, Needle)) {
      size_t End = At + Needle.size();
      ClassEnds.push_back(End);
      if (!Found && (isUnitSuffix(Needle.back()) || FollowedByVerb(End)))
        Found = U;
    }
  }
  if (Found)
    return Found;

  for (const CodeUnit &U : Units) {
    if (!U.IsMethod)
      continue;
    std::vector<std::string> Needle = splitIdentifierWords(U.Name);
    if (Needle.size() < 2)
      continue;
    for (size_t At : occurrences(Words, Needle)) {
      size_t End = At + Needle.size();
      bool AfterClass =
          std::find(ClassEnds.begin(), ClassEnds.end(), At) != ClassEnds.end();
      if (At == 0 || AfterClass || FollowedByVerb(End))
        return U;
    }
  }
  return std::nullopt;
}

} // namespace itdd
