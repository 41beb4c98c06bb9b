//===--- Mocks.cpp - GoogleMock classes from the map ----------------------===//

#include "generators/Mocks.h"
#include "generators/Builders.h"
#include "generators/DefaultValues.h"
#include "generators/LanguageLevel.h"
#include "generators/MapLookup.h"
#include "generators/Names.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include <fmt/format.h>
#include <set>

namespace itdd {

namespace {

/// Each line followed by a line break.
std::string joinLines(llvm::ArrayRef<std::string> Lines) {
  std::string Text;
  for (const std::string &Line : Lines)
    Text += Line + "\n";
  return Text;
}

/// MOCK_METHOD takes its return and parameter types as macro arguments: a
/// type with a top-level comma must be wrapped in parentheses.
std::string macroArgument(llvm::StringRef Type) {
  if (Type.contains(','))
    return fmt::format("({})", Type.str());
  return Type.str();
}

/// M's MOCK_METHOD, after a note on its default arguments if it has any.
std::string mockMethod(const Method &M) {
  std::string Text;
  bool Defaults = llvm::any_of(
      M.Params, [](const MethodParam &P) { return P.HasDefault; });
  if (Defaults)
    Text = fmt::format("  // Default arguments of {} apply when it is called "
                       "through the interface.\n",
                       M.Name);
  std::vector<std::string> Params;
  for (const MethodParam &P : M.Params) {
    // A parenthesized type cannot carry its parameter name.
    bool Named = !P.Name.empty() && !llvm::StringRef(P.Type).contains(',');
    Params.push_back(macroArgument(P.Type) + (Named ? " " + P.Name : ""));
  }
  std::vector<std::string> Specs;
  if (M.Const)
    Specs.push_back("const");
  if (!M.RefQualifier.empty())
    Specs.push_back(fmt::format("ref({})", M.RefQualifier));
  if (M.Noexcept)
    Specs.push_back("noexcept");
  Specs.push_back("override");
  return Text + fmt::format("  MOCK_METHOD({ret}, {name}, ({params}), "
                            "({specs}));\n",
                            fmt::arg("ret", macroArgument(M.ReturnType)),
                            fmt::arg("name", M.Name),
                            fmt::arg("params", llvm::join(Params, ", ")),
                            fmt::arg("specs", llvm::join(Specs, ", ")));
}

std::string signature(const Method &M) {
  std::vector<std::string> Types;
  Types.reserve(M.Params.size());
  for (const MethodParam &P : M.Params)
    Types.push_back(P.Type);
  return fmt::format("{ret} {name}({params}){cv}{space}{ref}",
                     fmt::arg("ret", M.ReturnType), fmt::arg("name", M.Name),
                     fmt::arg("params", llvm::join(Types, ", ")),
                     fmt::arg("cv", M.Const ? " const" : ""),
                     fmt::arg("space", M.RefQualifier.empty() ? "" : " "),
                     fmt::arg("ref", M.RefQualifier));
}

/// What a mock answers by default: ON_CALL lines for the calls whose
/// value-initialised answer would make the boundary look broken, and for
/// every reference it returns (GoogleMock has no answer for those: the
/// call aborts), the member the answer refers to.
struct DefaultAnswers {
  std::vector<std::string> Lines;
  std::string Members;
};

DefaultAnswers defaultAnswers(const DependencyMap &Map, const Component &C,
                              const MockAnswers &Answers) {
  DefaultAnswers Result;
  std::vector<std::string> &Lines = Result.Lines;
  llvm::StringSet<> MemberNames;
  auto Builder = [&](llvm::StringRef Type) -> std::string {
    if (!whyNoBuilder(Map, Type).empty())
      return "";
    return fmt::format("{0}{1}().build()", Answers.BuilderQualifier,
                       builderFunctionName(Map, Type));
  };
  // A reference answer refers to a member of the mock.
  auto ReferenceAnswer = [&](const Method &M) -> std::optional<std::string> {
    std::optional<ReferredMember> Referred =
        referredMember(Map, M, Builder, Answers.Enabled);
    if (!Referred)
      return std::nullopt;
    std::string Base = snakeCaseIdentifier(M.Name) + "_answer";
    std::string Member = Base;
    for (unsigned Suffix = 2; !MemberNames.insert(Member).second; ++Suffix)
      Member = Base + std::to_string(Suffix);
    Result.Members += fmt::format(
        "\n  /// What {name}() refers to until a test says otherwise.\n"
        "  {type} {member}{init};\n",
        fmt::arg("name", M.Name), fmt::arg("type", Referred->Type),
        fmt::arg("member", Member), fmt::arg("init", Referred->Init));
    return fmt::format("::testing::ReturnRef({})", Member);
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
    std::optional<std::string> Action;
    if (M.Returns.Wrap == ValueWrap::Reference)
      Action = ReferenceAnswer(M);
    else if (Answers.Enabled)
      Action = defaultAnswer(Map, M, Builder);
    if (!Action)
      continue;
    // An overloaded name needs the parameter types to pick one.
    std::string Call = M.Name;
    if (Overloads[M.Name] > 1) {
      std::vector<std::string> Matchers;
      Matchers.reserve(M.Params.size());
      for (const MethodParam &P : M.Params)
        Matchers.push_back(fmt::format("::testing::An<{}>()", P.Type));
      Call = fmt::format("{0}({1})", M.Name, llvm::join(Matchers, ", "));
    }
    // The const one of a const and non-const pair is called on a const
    // object.
    std::string Object = SameParams[ParamTypes(M)] > 1 && M.Const
                             ? fmt::format("static_cast<const {} &>(*this)",
                                           mockClassName(Map, C.Name))
                             : "*this";
    Lines.push_back(fmt::format("    ON_CALL({0}, {1}).WillByDefault({2});\n",
                                Object, Call, *Action));
  }
  return Result;
}

/// The mock's constructors: those of the class it derives from, public
/// even where the class's are protected, setting the default answers when
/// there are any.
std::string mockConstructors(const Component &C,
                             const std::vector<std::string> &Answered,
                             const std::string &Mock, bool Healthy) {
  // Inherited constructors keep their access: a protected one would leave
  // the mock unbuildable.
  if (Answered.empty() && C.UserConstructors && C.Constructible)
    return fmt::format("  using {0}::{1};\n\n", C.Name,
                       unqualifiedName(C.Name).str());
  if (Answered.empty() && C.UserConstructors)
    return fmt::format("  template <typename... Args>\n  explicit "
                       "{mock}(Args &&...Values) : "
                       "{cls}(std::forward<Args>(Values)...) {{}}\n\n",
                       fmt::arg("mock", Mock), fmt::arg("cls", C.Name));
  if (Answered.empty())
    return "";
  const char *Head = C.UserConstructors
                         ? "  template <typename... Args>\n  explicit "
                           "{mock}(Args &&...Values) : "
                           "{cls}(std::forward<Args>(Values)...) {{\n"
                         : "  {mock}() {{\n";
  return fmt::format(fmt::runtime(Head), fmt::arg("mock", Mock),
                     fmt::arg("cls", C.Name)) +
         fmt::format("    // {why}; a test overrides what its scenario is "
                     "about with ON_CALL or EXPECT_CALL.\n{answers}  }}\n\n",
                     fmt::arg("why", Healthy ? "A healthy third party's answers"
                                             : "GoogleMock has no answer for "
                                               "a reference: these refer to "
                                               "members of the mock"),
                     fmt::arg("answers", llvm::join(Answered, "")));
}

/// The MOCK_METHODs, and a comment for each function that cannot be mocked.
std::string mockMethods(const Component &C) {
  llvm::StringSet<> Mocked;
  for (const Method &M : C.Methods)
    if (M.NotMockable.empty())
      Mocked.insert(M.Name);
  llvm::StringSet<> Unhidden;
  std::string Text;
  bool Any = false;
  for (const Method &M : C.Methods) {
    if (!M.NotMockable.empty()) {
      Text += fmt::format("\n  // Not mocked: {0}: {1}.\n", signature(M),
                          M.NotMockable);
      // Declaring a mocked overload hides the base's other overloads.
      if (Mocked.contains(M.Name) && Unhidden.insert(M.Name).second)
        Text +=
            fmt::format("  using {0}::{1};\n",
                        M.DeclaredIn.empty() ? C.Name : M.DeclaredIn, M.Name);
      continue;
    }
    if (!M.DeclaredIn.empty())
      Text += fmt::format("  // Declared in {}.\n", M.DeclaredIn);
    Text += mockMethod(M);
    Any = true;
  }
  if (!Any)
    Text += fmt::format("  // {} has no virtual functions: GoogleMock can only "
                        "override virtual functions. Put an interface in "
                        "front of it, or make it a template parameter of its "
                        "users.\n",
                        C.Name);
  return Text;
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

std::string mockClassDefinition(const DependencyMap &Map, const Component &C,
                                const MockAnswers &Answers) {
  std::string Mock = mockClassName(Map, C.Name);
  DefaultAnswers Answered = defaultAnswers(Map, C, Answers);
  return fmt::format(
      "/// GoogleMock class of {cls}{where}.\nclass {mock} : public {cls} "
      "{{\npublic:\n{ctors}{methods}{members}}};\n",
      fmt::arg("cls", C.Name),
      fmt::arg("where",
               C.File.empty() ? "" : fmt::format(" ({0}:{1})", C.File, C.Line)),
      fmt::arg("mock", Mock),
      fmt::arg("ctors",
               mockConstructors(C, Answered.Lines, Mock, Answers.Enabled)),
      fmt::arg("methods", mockMethods(C)),
      fmt::arg("members", Answered.Members));
}

std::vector<std::string> includesFor(const DependencyMap &Map,
                                     llvm::ArrayRef<std::string> Classes) {
  std::set<std::string> Lines;
  for (const std::string &Name : Classes)
    if (const Component *C = Map.find(Name); C && !C->Header.empty())
      Lines.insert(includeLine(C->Header, C->HeaderAngled));
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
        Lines.push_back(fmt::format("#include {}", T.Include));
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
    Lines.push_back(includeLine(BuildersHeader, /*Angled=*/false));
  llvm::sort(Lines);
  Lines.erase(std::unique(Lines.begin(), Lines.end()), Lines.end());
  std::vector<std::string> Mocks;
  Mocks.reserve(Names.size());
  for (const std::string &Name : Names)
    Mocks.push_back(mockClassDefinition(Map, *Map.find(Name), Answers));
  std::vector<std::string> Std = builderStdIncludes(Map, Data);
  std::string Text = fmt::format(
      "#pragma once\n\n{includes}\n#include <gmock/gmock.h>\n{std}\n"
      "{open}\n\n{builders}{mocks}\n{close}\n",
      fmt::arg("includes", joinLines(Lines)), fmt::arg("std", joinLines(Std)),
      fmt::arg("open", namespaceOpening(languageLevel(Map), Namespace)),
      fmt::arg("close", namespaceClosing(languageLevel(Map), Namespace)),
      fmt::arg("builders", builderDefinitions(Map, Data)),
      fmt::arg("mocks", llvm::join(Mocks, "\n")));
  return Text;
}

} // namespace itdd
