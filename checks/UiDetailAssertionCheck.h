//===--- UiDetailAssertionCheck.h - clang-tidy ------------------*- C++ -*-===//
//
// The itdd-ui-detail-assertion check.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CHECKS_UIDETAILASSERTIONCHECK_H
#define ITDD_CHECKS_UIDETAILASSERTIONCHECK_H

#include "ItddCheck.h"

namespace clang::tidy::itdd {

/// Flags GoogleTest assertions in integration tests whose checked value
/// comes from a UI type's rendering member or from rendered markup.
///
/// Where it lives: the rule (which members are rendering details) is in
/// UiDetailAssertionCheck.cpp; the file's assertions are collected by
/// analysis/walk/AssertionsReached.cpp.
///
/// For the user-facing documentation see docs/checks/itdd-ui-detail-assertion.md.
class UiDetailAssertionCheck : public ItddCheck {
public:
  static constexpr llvm::StringLiteral Name = "itdd-ui-detail-assertion";
  using ItddCheck::ItddCheck;
protected:
  void checkFile(::itdd::TestFileAnalysis &Analysis, ASTContext &Ctx) override;
};

} // namespace clang::tidy::itdd

#endif // ITDD_CHECKS_UIDETAILASSERTIONCHECK_H
