//===--- SourceText.cpp - C++ source read as plain text -------------------===//

#include "core/SourceText.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Regex.h"

namespace itdd {

std::string codeOnly(llvm::StringRef Source) {
  std::string Code(Source);
  for (size_t I = 0; I < Code.size(); ++I) {
    if (Code.compare(I, 2, "//") == 0) {
      while (I < Code.size() && Code[I] != '\n')
        Code[I++] = ' ';
    } else if (Code.compare(I, 2, "/*") == 0) {
      size_t End = Code.find("*/", I + 2);
      End = End == std::string::npos ? Code.size() : End + 2;
      for (; I < End; ++I)
        if (Code[I] != '\n')
          Code[I] = ' ';
      --I;
    } else if (Code[I] == '"' || Code[I] == '\'') {
      char Quote = Code[I];
      for (++I; I < Code.size() && Code[I] != Quote && Code[I] != '\n'; ++I) {
        if (Code[I] == '\\' && I + 1 < Code.size())
          Code[I++] = ' ';
        Code[I] = ' ';
      }
    }
  }
  return Code;
}

namespace {

/// Where the text before an opening brace starts: after the last `;`, `{`
/// or `}` outside parentheses (the `;` of `for (init; cond; step)` belongs
/// to the header).
size_t headerStart(llvm::StringRef Code, size_t Brace) {
  int Depth = 0;
  for (size_t I = Brace; I-- > 0;) {
    char C = Code[I];
    if (C == ')')
      ++Depth;
    else if (C == '(' && Depth > 0)
      --Depth;
    else if ((C == ';' && Depth == 0) || C == '{' || C == '}')
      return I + 1;
  }
  return 0;
}

/// The text before an opening brace: from the last statement or block
/// boundary, preprocessor lines and access labels left out.
std::string headerBefore(llvm::StringRef Code, size_t Brace) {
  size_t Start = headerStart(Code, Brace);
  llvm::SmallVector<llvm::StringRef, 8> Lines;
  Code.slice(Start, Brace).split(Lines, '\n');
  std::string Header;
  for (llvm::StringRef Line : Lines) {
    Line = Line.trim();
    if (Line.starts_with("#"))
      continue;
    for (llvm::StringRef Label : {"public:", "protected:", "private:"})
      if (Line.consume_front(Label))
        Line = Line.ltrim();
    for (llvm::StringRef Word : llvm::split(Line, ' '))
      if (!Word.empty())
        Header += (Header.empty() ? "" : " ") + Word.str();
  }
  return Header;
}

/// A function or TEST body rather than a class, namespace, initializer,
/// lambda or control statement.
bool isFunctionHeader(llvm::StringRef Header) {
  static const llvm::Regex Control(
      "^(if|for|while|switch|catch|do|else|return)([^A-Za-z0-9_]|$)");
  if (Header.empty() || Control.match(Header) || Header.contains("]("))
    return false;
  static const llvm::Regex Function(
      "\\)( *(const|override|final|noexcept|volatile|&|&&|mutable))*( *->.*)?$");
  return Function.match(Header);
}

} // namespace

std::vector<EnclosingBlock> functionBlocks(llvm::StringRef Source) {
  return functionBlocksOfCode(codeOnly(Source));
}

std::vector<EnclosingBlock> functionBlocksOfCode(llvm::StringRef Code) {
  struct Open {
    size_t Offset;
    unsigned Line;
  };
  llvm::SmallVector<Open, 16> Stack;
  std::vector<EnclosingBlock> Result;
  unsigned Current = 1;
  for (size_t I = 0; I < Code.size(); ++I) {
    char C = Code[I];
    if (C == '\n') {
      ++Current;
    } else if (C == '{') {
      Stack.push_back({I, Current});
    } else if (C == '}' && !Stack.empty()) {
      Open O = Stack.pop_back_val();
      std::string Header = headerBefore(Code, O.Offset);
      if (isFunctionHeader(Header))
        Result.push_back({std::move(Header), O.Line, Current});
    }
  }
  return Result;
}

std::optional<EnclosingBlock>
enclosingBlock(const std::vector<EnclosingBlock> &Blocks, unsigned Line) {
  // Blocks close inner first: the first that holds the line is innermost.
  for (const EnclosingBlock &B : Blocks)
    if (B.FirstLine <= Line && Line <= B.LastLine)
      return B;
  return std::nullopt;
}

std::vector<std::string> testNamesIn(llvm::StringRef Source) {
  static const llvm::Regex Test(
      "(^|[^A-Za-z0-9_])(TEST|TEST_F|TEST_P|TYPED_TEST|TYPED_TEST_P)[ \t\n]*"
      "\\([ \t\n]*([A-Za-z_][A-Za-z0-9_]*)[ \t\n]*,[ \t\n]*"
      "([A-Za-z_][A-Za-z0-9_]*)[ \t\n]*\\)");
  std::string Code = codeOnly(Source);
  std::vector<std::string> Names;
  llvm::StringRef Rest = Code;
  llvm::SmallVector<llvm::StringRef, 5> M;
  while (Test.match(Rest, &M)) {
    Names.push_back((M[3] + "." + M[4]).str());
    Rest = Rest.drop_front(M[0].data() - Rest.data() + M[0].size());
  }
  return Names;
}

std::string writtenTestName(llvm::StringRef FullName) {
  auto [Left, Right] = FullName.split('.');
  llvm::SmallVector<llvm::StringRef, 3> Parts;
  Left.split(Parts, '/');
  llvm::StringRef Suite = Left;
  for (llvm::StringRef Part : Parts)
    if (!Part.empty() && !llvm::all_of(Part, llvm::isDigit))
      Suite = Part;
  return (Suite + "." + Right.split('/').first).str();
}

} // namespace itdd
