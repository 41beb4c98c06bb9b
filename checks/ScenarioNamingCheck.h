//===--- ScenarioNamingCheck.h - clang-tidy ---------------------*- C++ -*-===//
//
// The itdd-scenario-naming check.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CHECKS_SCENARIONAMINGCHECK_H
#define ITDD_CHECKS_SCENARIONAMINGCHECK_H

#include "ItddCheck.h"

namespace clang::tidy::itdd {

/// Flags integration tests named after a class or member function instead
/// of the user outcome they check.
///
/// Where it lives: the classes a test uses are collected by
/// analysis/walk/ComponentsBuilt.cpp and split into code units in
/// ScenarioNamingCheck.cpp; the naming rule itself is core/Naming.cpp
/// (findCodeUnitName), unit-tested without Clang.
///
/// For the user-facing documentation see docs/checks/itdd-scenario-naming.md.
class ScenarioNamingCheck : public ItddCheck {
public:
  static constexpr llvm::StringLiteral Name = "itdd-scenario-naming";
  using ItddCheck::ItddCheck;
protected:
  void checkFile(::itdd::TestFileAnalysis &Analysis, ASTContext &Ctx) override;
};

} // namespace clang::tidy::itdd

#endif // ITDD_CHECKS_SCENARIONAMINGCHECK_H
