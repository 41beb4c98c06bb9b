//===--- TestOnlyAccessCheck.h - clang-tidy ---------------------*- C++ -*-===//
//
// The itdd-test-only-access check.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CHECKS_TESTONLYACCESSCHECK_H
#define ITDD_CHECKS_TESTONLYACCESSCHECK_H

#include "ItddCheck.h"
#include <string>
#include <utility>
#include <vector>

namespace clang::tidy::itdd {

/// Flags test code that breaks into internals: subclasses of application
/// classes that reach protected members, test classes that use a
/// friendship the product grants them to read its private members, and
/// `#define private public`.
///
/// Where it lives: the rule (#define private public, subclasses that reach
/// protected members, in plain classes and class templates, befriended
/// test classes) is all in TestOnlyAccessCheck.cpp.
///
/// For the user-facing documentation see docs/checks/itdd-test-only-access.md.
class TestOnlyAccessCheck : public ItddCheck {
public:
  static constexpr llvm::StringLiteral Name = "itdd-test-only-access";
  using ItddCheck::ItddCheck;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  /// `#define Macro public` at Loc in the main file, reported with the
  /// file's other findings (none when the file does not compile).
  void noteAccessDefine(SourceLocation Loc, StringRef Macro) {
    AccessDefines.emplace_back(Loc, Macro.str());
  }

protected:
  void checkFile(::itdd::TestFileAnalysis &Analysis, ASTContext &Ctx) override;

private:
  void checkFriendAccess(const CXXRecordDecl *RD,
                         ::itdd::TestFileAnalysis &Analysis, ASTContext &Ctx);
  std::vector<std::pair<SourceLocation, std::string>> AccessDefines;
};

} // namespace clang::tidy::itdd

#endif // ITDD_CHECKS_TESTONLYACCESSCHECK_H
