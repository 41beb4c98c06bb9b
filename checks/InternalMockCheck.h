//===--- InternalMockCheck.h - clang-tidy -----------------------*- C++ -*-===//
//
// The itdd-internal-mock check.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CHECKS_INTERNALMOCKCHECK_H
#define ITDD_CHECKS_INTERNALMOCKCHECK_H

#include "ItddCheck.h"

namespace clang::tidy::itdd {

/// Flags GoogleMock mocks of the application's own components (internal,
/// entry-point or UI classes) created by an integration test or its fixture.
///
/// Where it lives: the rule (which mocks replace the application's own code)
/// is in InternalMockCheck.cpp; where mocks are created, and what a mock
/// handed to a class template replaces, is collected by
/// analysis/walk/MockCreations.cpp; roles come from
/// analysis/ComponentClassifier.cpp (its header names each decision's home).
///
/// For the user-facing documentation see docs/checks/itdd-internal-mock.md.
class InternalMockCheck : public ItddCheck {
public:
  static constexpr llvm::StringLiteral Name = "itdd-internal-mock";
  using ItddCheck::ItddCheck;
protected:
  void checkFile(::itdd::TestFileAnalysis &Analysis, ASTContext &Ctx) override;
};

} // namespace clang::tidy::itdd

#endif // ITDD_CHECKS_INTERNALMOCKCHECK_H
