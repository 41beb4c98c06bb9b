//===--- MissingBusinessAssertionCheck.h - clang-tidy -----------*- C++ -*-===//
//
// The itdd-missing-business-assertion check.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CHECKS_MISSINGBUSINESSASSERTIONCHECK_H
#define ITDD_CHECKS_MISSINGBUSINESSASSERTIONCHECK_H

#include "ItddCheck.h"

namespace clang::tidy::itdd {

/// Flags integration tests that assert nothing, or only that the system was
/// assembled (non-null, no-throw, ready).
///
/// Where it lives: the rule is in MissingBusinessAssertionCheck.cpp; what
/// counts as a set-up assertion is in analysis/SetupAssertions.cpp (shared
/// with `itdd red`); the assertions a test reaches are collected by
/// analysis/walk/AssertionsReached.cpp.
///
/// For the user-facing documentation see docs/checks/itdd-missing-business-assertion.md.
class MissingBusinessAssertionCheck : public ItddCheck {
public:
  static constexpr llvm::StringLiteral Name = "itdd-missing-business-assertion";
  using ItddCheck::ItddCheck;
protected:
  void checkFile(::itdd::TestFileAnalysis &Analysis, ASTContext &Ctx) override;
};

} // namespace clang::tidy::itdd

#endif // ITDD_CHECKS_MISSINGBUSINESSASSERTIONCHECK_H
