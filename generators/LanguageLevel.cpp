//===--- LanguageLevel.cpp - what generated code may use ------------------===//

#include "generators/LanguageLevel.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

namespace itdd {

LanguageLevel languageLevel(const DependencyMap &Map) {
  LanguageLevel Level;
  if (Map.Standard)
    Level.Standard = Map.Standard;
  return Level;
}

std::string makeUniqueExpression(LanguageLevel Level, llvm::StringRef Type,
                                 llvm::StringRef Args) {
  if (Level.hasMakeUnique())
    return "std::make_unique<" + Type.str() + ">(" + Args.str() + ")";
  return "std::unique_ptr<" + Type.str() + ">(new " + Type.str() + "(" +
         Args.str() + "))";
}

/// The namespaces to open one by one: Namespace itself from C++17.
static llvm::SmallVector<llvm::StringRef, 4>
namespaceParts(LanguageLevel Level, llvm::StringRef Namespace) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  if (Level.Standard >= 17)
    Parts.push_back(Namespace);
  else
    Namespace.split(Parts, "::");
  return Parts;
}

std::string namespaceOpening(LanguageLevel Level, llvm::StringRef Namespace) {
  std::string Text;
  for (llvm::StringRef Part : namespaceParts(Level, Namespace))
    Text += (Text.empty() ? "namespace " : "\nnamespace ") + Part.str() + " {";
  return Text;
}

std::string namespaceClosing(LanguageLevel Level, llvm::StringRef Namespace) {
  llvm::SmallVector<llvm::StringRef, 4> Parts =
      namespaceParts(Level, Namespace);
  std::string Text;
  for (llvm::StringRef Part : llvm::reverse(Parts))
    Text +=
        (Text.empty() ? "} // namespace " : "\n} // namespace ") + Part.str();
  return Text;
}

} // namespace itdd
