//===--- Mocks.cpp - GoogleMock classes from the map ----------------------===//

#include "generators/Mocks.h"
#include "generators/Builders.h"
#include "generators/DefaultValues.h"
#include "generators/MapLookup.h"
#include "generators/Names.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include <fmt/format.h>
#include <set>

namespace itdd {

namespace {

/// MOCK_METHOD takes its return and parameter types as macro arguments: a
/// type with a top-level comma must be wrapped in parentheses.
std::string macroArgument(llvm::StringRef Type) {
  if (Type.contains(','))
    return "(" + Type.str() + ")";
  return Type.str();
}

void writeMethod(const Method &M, llvm::raw_ostream &OS) {
  bool Defaults = llvm::any_of(
      M.Params, [](const MethodParam &P) { return P.HasDefault; });
  if (Defaults)
    OS << "  // Default arguments of " << M.Name
       << " apply when it is called through the interface.\n";
  OS << "  MOCK_METHOD(" << macroArgument(M.ReturnType) << ", " << M.Name
     << ", (";
  for (size_t I = 0; I < M.Params.size(); ++I) {
    const MethodParam &P = M.Params[I];
    if (I)
      OS << ", ";
    // A parenthesized type cannot carry its parameter name.
    OS << macroArgument(P.Type);
    if (!P.Name.empty() && !llvm::StringRef(P.Type).contains(','))
      OS << " " << P.Name;
  }
  OS << "), (";
  std::vector<std::string> Specs;
  if (M.Const)
    Specs.push_back("const");
  if (!M.RefQualifier.empty())
    Specs.push_back("ref(" + M.RefQualifier + ")");
  if (M.Noexcept)
    Specs.push_back("noexcept");
  Specs.push_back("override");
  OS << llvm::join(Specs, ", ") << "));\n";
}

std::string signature(const Method &M) {
  std::string S = M.ReturnType + " " + M.Name + "(";
  for (size_t I = 0; I < M.Params.size(); ++I)
    S += (I ? ", " : "") + M.Params[I].Type;
  S += ")";
  if (M.Const)
    S += " const";
  if (!M.RefQualifier.empty())
    S += " " + M.RefQualifier;
  return S;
}

/// ON_CALL lines for the calls whose value-initialised answer would make
/// the boundary look broken.
std::vector<std::string> answerLines(const DependencyMap &Map,
                                     const Component &C,
                                     const MockAnswers &Answers) {
  std::vector<std::string> Lines;
  if (!Answers.Enabled)
    return Lines;
  auto Builder = [&](llvm::StringRef Type) -> std::string {
    if (!whyNoBuilder(Map, Type).empty())
      return "";
    return Answers.BuilderQualifier + builderFunctionName(Map, Type) +
           "().build()";
  };
  auto ParamTypes = [](const Method &M) {
    std::string Key = M.Name + "(";
    for (const MethodParam &P : M.Params)
      Key += P.Type + ",";
    return Key;
  };
  llvm::StringMap<unsigned> Overloads, SameParams;
  for (const Method &M : C.Methods)
    if (M.NotMockable.empty()) {
      ++Overloads[M.Name];
      ++SameParams[ParamTypes(M)];
    }
  for (const Method &M : C.Methods) {
    // ON_CALL cannot name an rvalue-qualified function on *this.
    if (!M.NotMockable.empty() || !M.RefQualifier.empty())
      continue;
    std::optional<std::string> Action = defaultAnswer(Map, M, Builder);
    if (!Action)
      continue;
    // An overloaded name needs the parameter types to pick one.
    std::string Call = M.Name;
    if (Overloads[M.Name] > 1) {
      std::vector<std::string> Matchers;
      Matchers.reserve(M.Params.size());
      for (const MethodParam &P : M.Params)
        Matchers.push_back("::testing::An<" + P.Type + ">()");
      Call += "(";
      Call += llvm::join(Matchers, ", ");
      Call += ")";
    }
    // The const one of a const and non-const pair is called on a const
    // object.
    std::string Object =
        SameParams[ParamTypes(M)] > 1 && M.Const
            ? "static_cast<const " + mockClassName(Map, C.Name) + " &>(*this)"
            : "*this";
    Lines.push_back(fmt::format("    ON_CALL({0}, {1}).WillByDefault({2});\n",
                                Object, Call, *Action));
  }
  return Lines;
}

} // namespace

std::string mockClassName(const DependencyMap &Map, llvm::StringRef ClassName) {
  llvm::StringRef Short = unqualifiedName(ClassName);
  std::vector<llvm::StringRef> Others;
  for (const Component &C : Map.Components)
    if (C.Kind == Role::ExternalBoundary && C.Name != ClassName &&
        unqualifiedName(C.Name) == Short)
      Others.push_back(C.Name);
  return "Mock" + distinctShortName(ClassName, Others);
}

void writeMockClass(const DependencyMap &Map, const Component &C,
                    const MockAnswers &Answers, llvm::raw_ostream &OS) {
  std::string Name = mockClassName(Map, C.Name);
  OS << "/// GoogleMock class of " << C.Name;
  if (!C.File.empty())
    OS << " (" << C.File << ":" << C.Line << ")";
  OS << ".\nclass " << Name << " : public " << C.Name << " {\npublic:\n";
  std::vector<std::string> Answered = answerLines(Map, C, Answers);
  if (!Answered.empty()) {
    // The constructors of the interface, each setting the answers.
    if (C.UserConstructors)
      OS << "  template <typename... Args>\n  explicit " << Name
         << "(Args &&...Values) : " << C.Name
         << "(std::forward<Args>(Values)...) {\n";
    else
      OS << "  " << Name << "() {\n";
    OS << "    // A healthy third party's answers; a test overrides what its "
          "scenario is about with ON_CALL or EXPECT_CALL.\n"
       << llvm::join(Answered, "") << "  }\n\n";
  } else if (C.UserConstructors) {
    OS << "  using " << C.Name << "::" << unqualifiedName(C.Name) << ";\n\n";
  }
  llvm::StringSet<> Mocked;
  for (const Method &M : C.Methods)
    if (M.NotMockable.empty())
      Mocked.insert(M.Name);
  llvm::StringSet<> Unhidden;
  bool Any = false;
  for (const Method &M : C.Methods) {
    if (!M.NotMockable.empty()) {
      OS << "\n  // Not mocked: " << signature(M) << ": " << M.NotMockable
         << ".\n";
      // Declaring a mocked overload hides the base's other overloads.
      if (Mocked.contains(M.Name) && Unhidden.insert(M.Name).second)
        OS << "  using " << (M.DeclaredIn.empty() ? C.Name : M.DeclaredIn)
           << "::" << M.Name << ";\n";
      continue;
    }
    if (!M.DeclaredIn.empty())
      OS << "  // Declared in " << M.DeclaredIn << ".\n";
    writeMethod(M, OS);
    Any = true;
  }
  if (!Any)
    OS << "  // " << C.Name
       << " has no virtual functions: GoogleMock can only override virtual "
          "functions. Put an interface in front of it, or make it a template "
          "parameter of its users.\n";
  OS << "};\n";
}

std::vector<std::string> includesFor(const DependencyMap &Map,
                                     llvm::ArrayRef<std::string> Classes) {
  std::set<std::string> Lines;
  for (const std::string &Name : Classes)
    if (const Component *C = Map.find(Name); C && !C->Header.empty())
      Lines.insert(C->HeaderAngled ? "#include <" + C->Header + ">"
                                   : "#include \"" + C->Header + "\"");
  return {Lines.begin(), Lines.end()};
}

std::vector<std::string>
mockIncludesFor(const DependencyMap &Map,
                llvm::ArrayRef<std::string> Classes) {
  std::vector<std::string> Lines = includesFor(Map, Classes);
  std::vector<std::string> Used;
  for (const std::string &Name : Classes) {
    const Component *C = Map.find(Name);
    if (!C)
      continue;
    for (const UsedType &T : C->MethodTypes) {
      if (!T.Include.empty()) {
        Lines.push_back("#include " + T.Include);
        continue;
      }
      // Only declared where the interface is: the map may know where.
      Used.push_back(T.Name);
    }
  }
  std::vector<std::string> Found = includesFor(Map, Used);
  Lines.insert(Lines.end(), Found.begin(), Found.end());
  llvm::sort(Lines);
  Lines.erase(std::unique(Lines.begin(), Lines.end()), Lines.end());
  return Lines;
}

std::vector<std::string> defaultMockSet(const DependencyMap &Map) {
  std::vector<std::string> Names;
  for (const Component &C : Map.Components) {
    if (C.Kind != Role::ExternalBoundary || C.Header.empty())
      continue;
    bool Mockable = llvm::any_of(C.Methods, [](const Method &M) {
      return M.Virtual && M.NotMockable.empty();
    });
    // An implementation of a boundary interface is replaced through its
    // interface.
    bool ImplementsBoundary = llvm::any_of(C.Implements, [&](const std::string &I) {
      const Component *Base = Map.find(I);
      return Base && Base->Kind == Role::ExternalBoundary;
    });
    if (Mockable && !ImplementsBoundary)
      Names.push_back(C.Name);
  }
  return Names;
}

std::vector<std::string> answeredDataTypes(const DependencyMap &Map,
                                           llvm::ArrayRef<std::string> Classes,
                                           const MockAnswers &Answers) {
  if (!Answers.Enabled)
    return {};
  return boundaryDataTypes(Map, Classes);
}

llvm::Expected<std::string> generateMocks(const DependencyMap &Map,
                                          llvm::ArrayRef<std::string> Classes,
                                          llvm::StringRef Namespace,
                                          const MockAnswers &Answers,
                                          llvm::StringRef BuildersHeader) {
  std::vector<std::string> Names(Classes.begin(), Classes.end());
  if (Names.empty())
    Names = defaultMockSet(Map);
  if (Names.empty())
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "the map has no external boundaries to mock; name classes with "
        "--class, or map the files that declare the boundaries");
  for (const std::string &Name : Names) {
    const Component *C = Map.find(Name);
    if (!C)
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          "no class named '%s' in the map%s; give its fully qualified name, "
          "and map a source file that includes its header",
          Name.c_str(), didYouMean(Map, Name).c_str());
    if (C->Header.empty())
      return llvm::createStringError(
          llvm::inconvertibleErrorCode(),
          "%s is declared in a source file (%s); a mock needs it declared "
          "in a header",
          Name.c_str(), C->File.c_str());
  }
  std::vector<std::string> Data = BuildersHeader.empty()
                                      ? answeredDataTypes(Map, Names, Answers)
                                      : std::vector<std::string>();
  std::vector<std::string> Lines = mockIncludesFor(Map, Names);
  for (std::string &Line : builderIncludes(Map, Data))
    Lines.push_back(std::move(Line));
  if (!BuildersHeader.empty())
    Lines.push_back("#include \"" + BuildersHeader.str() + "\"");
  llvm::sort(Lines);
  Lines.erase(std::unique(Lines.begin(), Lines.end()), Lines.end());
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << "#pragma once\n\n";
  for (const std::string &Line : Lines)
    OS << Line << "\n";
  OS << "\n#include <gmock/gmock.h>\n";
  for (const std::string &Line : builderStdIncludes(Map, Data))
    OS << Line << "\n";
  OS << "\nnamespace " << Namespace << " {\n\n";
  writeBuilders(Map, Data, OS);
  for (size_t I = 0; I < Names.size(); ++I) {
    if (I)
      OS << "\n";
    writeMockClass(Map, *Map.find(Names[I]), Answers, OS);
  }
  OS << "\n} // namespace " << Namespace << "\n";
  return Text;
}

} // namespace itdd
