//===--- Names.cpp - identifiers for generated code -----------------------===//

#include "generators/Names.h"
#include "core/Naming.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include <fmt/format.h>

namespace itdd {

llvm::StringRef unqualifiedName(llvm::StringRef QualifiedName) {
  size_t Colon = QualifiedName.rfind("::");
  return Colon == llvm::StringRef::npos ? QualifiedName
                                        : QualifiedName.substr(Colon + 2);
}

std::string distinctShortName(llvm::StringRef QualifiedName,
                              llvm::ArrayRef<llvm::StringRef> Others) {
  auto Tail = [](llvm::StringRef Name, size_t Count) {
    llvm::SmallVector<llvm::StringRef, 8> Split;
    Name.split(Split, "::", -1, /*KeepEmpty=*/false);
    size_t From = Split.size() > Count ? Split.size() - Count : 0;
    return llvm::join(llvm::ArrayRef(Split).drop_front(From), "::");
  };
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  QualifiedName.split(Parts, "::", -1, /*KeepEmpty=*/false);
  size_t Count = 1;
  while (Count < Parts.size() && llvm::any_of(
                                     Others,
                                     [&](llvm::StringRef O) {
                                       return O != QualifiedName &&
                                              Tail(O, Count) ==
                                                  Tail(QualifiedName, Count);
                                     }))
    ++Count;
  std::string Name;
  for (llvm::StringRef Part :
       llvm::ArrayRef(Parts).drop_front(Parts.size() - Count))
    Name += llvm::toUpper(Part.front()) + Part.drop_front().str();
  return Name;
}

bool isCppKeyword(llvm::StringRef Word) {
  static const llvm::StringSet<> Keywords = {
      "alignas",   "alignof",      "and",       "and_eq",      "asm",
      "auto",      "bitand",       "bitor",     "bool",        "break",
      "case",      "catch",        "char",      "char16_t",    "char32_t",
      "char8_t",   "class",        "compl",     "concept",     "const",
      "consteval", "constexpr",    "constinit", "const_cast",  "continue",
      "co_await",  "co_return",    "co_yield",  "decltype",    "default",
      "delete",    "do",           "double",    "dynamic_cast", "else",
      "enum",      "explicit",     "export",    "extern",      "false",
      "float",     "for",          "friend",    "goto",        "if",
      "inline",    "int",          "long",      "mutable",     "namespace",
      "new",       "noexcept",     "not",       "not_eq",      "nullptr",
      "operator",  "or",           "or_eq",     "private",     "protected",
      "public",    "register",     "reinterpret_cast", "requires", "return",
      "short",     "signed",       "sizeof",    "static",      "static_assert",
      "static_cast", "struct",     "switch",    "template",    "this",
      "thread_local", "throw",     "true",      "try",         "typedef",
      "typeid",    "typename",     "union",     "unsigned",    "using",
      "virtual",   "void",         "volatile",  "wchar_t",     "while",
      "xor",       "xor_eq"};
  return Keywords.contains(Word);
}

std::string snakeCaseIdentifier(llvm::StringRef Name) {
  std::vector<std::string> Words = splitIdentifierWords(unqualifiedName(Name));
  std::string Result = llvm::join(Words, "_");
  if (Result.empty())
    Result = "value";
  if (llvm::isDigit(Result.front()))
    Result = "v" + Result;
  if (isCppKeyword(Result))
    Result += "_";
  return Result;
}

std::string camelCaseIdentifier(llvm::StringRef Text) {
  std::string Result;
  bool StartWord = true;
  for (char C : Text) {
    if (!llvm::isAlnum(C)) {
      // Apostrophes join a word ("lamp's" -> "Lamps"); anything else,
      // including non-ASCII bytes, separates words.
      StartWord = StartWord || C != '\'';
      continue;
    }
    Result += StartWord ? llvm::toUpper(C) : C;
    StartWord = false;
  }
  if (!Result.empty() && llvm::isDigit(Result.front()))
    Result = "Scenario" + Result;
  return Result;
}

std::string escapeCppString(llvm::StringRef Text) {
  std::string Result;
  for (char C : Text) {
    switch (C) {
    case '\\':
      Result += "\\\\";
      break;
    case '"':
      Result += "\\\"";
      break;
    case '\n':
      Result += "\\n";
      break;
    case '\t':
      Result += "\\t";
      break;
    default:
      Result += C;
    }
  }
  return Result;
}

std::string includeLine(llvm::StringRef Header, bool Angled) {
  return fmt::format(fmt::runtime(Angled ? "#include <{}>" : "#include \"{}\""),
                     Header.str());
}

} // namespace itdd
