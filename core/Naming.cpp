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

/// A third-person verb right after a class name ("SchedulerRejects...",
/// "OrderServiceSends..."): the name reads as a statement about the unit.
static bool isVerbAfterUnit(llvm::StringRef Word) {
  if (isUnitVerb(Word))
    return true;
  return Word.size() > 3 && Word.ends_with("s") && !Word.ends_with("ss") &&
         !Word.ends_with("us") && !Word.ends_with("is");
}

/// From Words[From] on, a verb followed by three or more words: an outcome
/// sentence ("...SetsRandomTraceFlagForRootSpan"), not a unit test's short
/// "<unit><verb><object>" ("...ReturnsId", "...RejectsClosedDays").
static bool readsAsSentence(const std::vector<std::string> &Words,
                            size_t From) {
  for (size_t I = From; I < Words.size(); ++I)
    if (isVerbAfterUnit(Words[I]))
      return Words.size() - (I + 1) >= 3;
  return false;
}

static bool startsWith(const std::vector<std::string> &Hay,
                       const std::vector<std::string> &Needle, size_t At) {
  return !Needle.empty() && At + Needle.size() <= Hay.size() &&
         std::equal(Needle.begin(), Needle.end(), Hay.begin() + At);
}

std::optional<CodeUnit> findCodeUnitName(llvm::StringRef TestName,
                                         llvm::ArrayRef<CodeUnit> Units) {
  std::vector<std::vector<std::string>> Split(Units.size());
  auto WordsOf = [&](const CodeUnit &U) -> const std::vector<std::string> & {
    if (!U.Words.empty())
      return U.Words;
    std::vector<std::string> &Cached = Split[&U - Units.data()];
    if (Cached.empty())
      Cached = splitIdentifierWords(U.Name);
    return Cached;
  };
  std::vector<std::string> Words = splitIdentifierWords(TestName);
  if (Words.empty())
    return std::nullopt;
  auto MemberOf = [](const CodeUnit &Method, const CodeUnit &Class) {
    llvm::StringRef Q = Method.QualifiedName;
    return Q.consume_front(Class.QualifiedName) && Q.consume_front("::") &&
           !Q.contains("::");
  };

  // 1. The name opens with a class name, followed by nothing, one of the
  //    class's member functions, or a verb about it.
  const CodeUnit *Opening = nullptr;
  size_t OpeningEnd = 0;
  for (const CodeUnit &U : Units) {
    if (U.IsMethod)
      continue;
    const std::vector<std::string> &Needle = WordsOf(U);
    if (!startsWith(Words, Needle, 0) || Needle.size() <= OpeningEnd)
      continue;
    Opening = &U;
    OpeningEnd = Needle.size();
  }
  if (Opening) {
    if (OpeningEnd == Words.size())
      return *Opening;
    for (const CodeUnit &M : Units) {
      if (!M.IsMethod || !startsWith(Words, WordsOf(M), OpeningEnd))
        continue;
      // Its own member, or the whole name is a class and a function the
      // test calls ("NodeCreate" over NodeBuilder::create, "SessionUseCount"
      // over shared_ptr::use_count): two code units and not one word about
      // the user.
      if ((!M.CalledOnly && MemberOf(M, *Opening)) ||
          OpeningEnd + WordsOf(M).size() == Words.size())
        return *Opening;
    }
    bool MultiWordUnit =
        OpeningEnd >= 2 && isUnitSuffix(Words[OpeningEnd - 1]);
    if (MultiWordUnit ||
        (!Opening->EntryPoint && isVerbAfterUnit(Words[OpeningEnd]) &&
         !readsAsSentence(Words, OpeningEnd)))
      return *Opening;
  }

  // 2. The name is built from a member function: it opens with one, or one
  //    follows the opening class. Inside a sentence one is just a word.
  for (const CodeUnit &U : Units) {
    if (!U.IsMethod || U.CalledOnly)
      continue;
    const std::vector<std::string> &Needle = WordsOf(U);
    if (Needle.size() < 2)
      continue;
    for (size_t At = 0; At + Needle.size() <= Words.size(); ++At) {
      if (!startsWith(Words, Needle, At))
        continue;
      size_t End = At + Needle.size();
      if ((At == 0 && !readsAsSentence(Words, End)) ||
          (Opening && At == OpeningEnd))
        return U;
    }
  }
  return std::nullopt;
}

} // namespace itdd
