//===--- TestOnlyAccessCheck.h - clang-tidy ---------------------*- C++ -*-===//
//
// The itdd-test-only-access check.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CHECKS_TESTONLYACCESSCHECK_H
#define ITDD_CHECKS_TESTONLYACCESSCHECK_H

#include "ItddCheck.h"

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
  using ItddCheck::ItddCheck;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  /// Whether `#define Macro public` at Loc is a new finding.
  bool isNewDefine(const SourceManager &SM, SourceLocation Loc,
                   StringRef Macro) {
    return isNew(SM, Loc, nullptr, {Macro.str()});
  }

protected:
  void checkFile(::itdd::TestFileAnalysis &Analysis, ASTContext &Ctx) override;

private:
  void checkFriendAccess(const CXXRecordDecl *RD,
                         ::itdd::TestFileAnalysis &Analysis, ASTContext &Ctx);
};

} // namespace clang::tidy::itdd

#endif // ITDD_CHECKS_TESTONLYACCESSCHECK_H
