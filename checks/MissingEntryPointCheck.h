//===--- MissingEntryPointCheck.h - clang-tidy ------------------*- C++ -*-===//
//
// The itdd-missing-entry-point check.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CHECKS_MISSINGENTRYPOINTCHECK_H
#define ITDD_CHECKS_MISSINGENTRYPOINTCHECK_H

#include "ItddCheck.h"

namespace clang::tidy::itdd {

/// Flags integration tests that never call an entry point, following the
/// fixture and the test file's own helpers.
///
/// Where it lives: the rule, and the single remark when the default names fit
/// nothing, is in MissingEntryPointCheck.cpp; whether a test reaches one is
/// collected by analysis/walk/EntryPointsReached.cpp; whether a call reaches
/// an entry point is isEntryPointFunction (analysis/roles/EntryPoints.cpp).
///
/// For the user-facing documentation see docs/checks/itdd-missing-entry-point.md.
class MissingEntryPointCheck : public ItddCheck {
public:
  static constexpr llvm::StringLiteral Name = "itdd-missing-entry-point";
  using ItddCheck::ItddCheck;
protected:
  void checkFile(::itdd::TestFileAnalysis &Analysis, ASTContext &Ctx) override;
};

} // namespace clang::tidy::itdd

#endif // ITDD_CHECKS_MISSINGENTRYPOINTCHECK_H
