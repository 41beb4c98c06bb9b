//===--- SingleComponentCheck.h - clang-tidy --------------------*- C++ -*-===//
//
// The itdd-single-component check.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CHECKS_SINGLECOMPONENTCHECK_H
#define ITDD_CHECKS_SINGLECOMPONENTCHECK_H

#include "ItddCheck.h"

namespace clang::tidy::itdd {

/// Flags integration tests that build fewer than two real application
/// components, everything else mocked or absent.
///
/// Where it lives: the rule is in SingleComponentCheck.cpp; which real
/// components a test builds (through fixtures, factories, owned members and
/// pimpl parts) is counted by analysis/walk/ComponentsBuilt.cpp; data or
/// component is analysis/roles/DataTypes.cpp.
///
/// For the user-facing documentation see docs/checks/itdd-single-component.md.
class SingleComponentCheck : public ItddCheck {
public:
  static constexpr llvm::StringLiteral Name = "itdd-single-component";
  using ItddCheck::ItddCheck;
protected:
  void checkFile(::itdd::TestFileAnalysis &Analysis, ASTContext &Ctx) override;
};

} // namespace clang::tidy::itdd

#endif // ITDD_CHECKS_SINGLECOMPONENTCHECK_H
