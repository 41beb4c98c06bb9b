//===--- AstHelpersTest.cpp - analysis/ast --------------------------------===//

#include "ParsedCode.h"
#include "analysis/ast/Decls.h"
#include "analysis/ast/Types.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include <gtest/gtest.h>

using namespace clang;

namespace itdd::testing {
namespace {

constexpr const char *Code = R"cpp(
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>
namespace app {
class Widget { public: void draw(); };
class Failure : public std::runtime_error { using runtime_error::runtime_error; };
template <class T> class Fixture {};
template <class T> using Suite = Fixture<T>;
template <class T> class Typed : public Suite<T> {};
struct Holder {
  std::unique_ptr<Widget> Owned;
  std::shared_ptr<Widget> Shared;
  std::optional<Widget> Maybe;
  Widget *Raw = nullptr;
  Widget Array[2];
  std::vector<Widget> Many;
};
inline auto make() { return std::make_unique<Widget>(); }
class Gadget {};
} // namespace app
namespace lib {
template <class T, class... A> std::unique_ptr<T> make_unique(A &&...a) {
  return std::unique_ptr<T>(new T(static_cast<A &&>(a)...));
}
template <class T> std::unique_ptr<T> wrap(T *Raw) { return std::unique_ptr<T>(Raw); }
} // namespace lib
namespace app {
inline void makeMore() {
  auto G = lib::make_unique<Gadget>();
  auto W = lib::wrap(new Widget);
}
} // namespace app
)cpp";

const FieldDecl *field(const CXXRecordDecl *RD, llvm::StringRef Name) {
  for (const FieldDecl *F : RD->fields())
    if (F->getName() == Name)
      return F;
  ADD_FAILURE() << "no field " << Name.str();
  return nullptr;
}

TEST(AstHelpersTest, ExceptionsAreTheClassesDerivedFromStdException) {
  ParsedCode Parsed(Code);
  EXPECT_TRUE(isException(Parsed.record("app::Failure")));
  EXPECT_TRUE(isException(Parsed.record("std::exception")));
  EXPECT_FALSE(isException(Parsed.record("app::Widget")));
  EXPECT_TRUE(inTopLevelNamespace(Parsed.record("std::runtime_error"), "std"));
  EXPECT_FALSE(inTopLevelNamespace(Parsed.record("app::Widget"), "std"));
}

TEST(AstHelpersTest, RecordOfSeesThroughPointersAndOwners) {
  ParsedCode Parsed(Code);
  const CXXRecordDecl *Holder = Parsed.record("app::Holder");
  const CXXRecordDecl *Widget = canonicalRecord(Parsed.record("app::Widget"));
  for (const char *Name : {"Owned", "Shared", "Maybe", "Raw", "Array"})
    EXPECT_EQ(canonicalRecord(recordOf(field(Holder, Name)->getType())), Widget)
        << Name;
  EXPECT_NE(canonicalRecord(recordOf(field(Holder, "Many")->getType())), Widget);
  EXPECT_NE(canonicalRecord(recordOf(field(Holder, "Owned")->getType(),
                                     /*ThroughPointers=*/false)),
            Widget);
  EXPECT_TRUE(isOwningSmartPointer(field(Holder, "Owned")->getType()));
  EXPECT_TRUE(isOwningSmartPointer(field(Holder, "Shared")->getType()));
  EXPECT_FALSE(isOwningSmartPointer(field(Holder, "Maybe")->getType()));
}

TEST(AstHelpersTest, ADependentBaseIsSeenThroughAliasTemplates) {
  ParsedCode Parsed(Code);
  const CXXRecordDecl *Typed = Parsed.record("app::Typed");
  ASSERT_EQ(Typed->getNumBases(), 1u);
  EXPECT_EQ(canonicalRecord(baseClassOf(*Typed->bases_begin())),
            canonicalRecord(Parsed.record("app::Fixture")));
}

/// What madeByFactoryTemplate says of each call in a function.
std::vector<std::string> madeIn(ParsedCode &Parsed, const char *Function) {
  struct Calls : RecursiveASTVisitor<Calls> {
    bool VisitCallExpr(CallExpr *CE) {
      if (const CXXRecordDecl *Made = madeByFactoryTemplate(CE))
        Names.push_back(qualifiedName(Made));
      return true;
    }
    std::vector<std::string> Names;
  } Found;
  Found.TraverseDecl(const_cast<FunctionDecl *>(Parsed.function(Function)));
  return Found.Names;
}

TEST(AstHelpersTest, StdFactoriesNameWhatTheyMake) {
  ParsedCode Parsed(Code);
  EXPECT_EQ(madeIn(Parsed, "app::make"), std::vector<std::string>{"app::Widget"});
}

TEST(AstHelpersTest, AnyFactoryTemplateGivenTheTypeMakesIt) {
  ParsedCode Parsed(Code);
  // A library's make_unique creates the class it is given; a template that
  // deduces the type from what it wraps creates nothing.
  EXPECT_EQ(madeIn(Parsed, "app::makeMore"),
            std::vector<std::string>{"app::Gadget"});
}

} // namespace
} // namespace itdd::testing
