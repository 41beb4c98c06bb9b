//===--- SetupAssertions.h - assertions that only check assembly -*- C++ -*-===//
//
// What counts as an assertion that the system was set up (non-null,
// no-throw, "is ready") rather than one on the business outcome: the rule
// itdd-missing-business-assertion and `itdd red` share.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_SETUPASSERTIONS_H
#define ITDD_ANALYSIS_SETUPASSERTIONS_H

#include "analysis/walk/TestFacts.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace itdd {

/// The assertion Macro over Operands only checks that the system was
/// assembled. GuardsAction: the statement it guards is an action of a real
/// component, so a no-throw there checks an outcome.
bool isSetupAssertion(llvm::StringRef Macro,
                      llvm::ArrayRef<const clang::Expr *> Operands,
                      bool GuardsAction);

/// A reached assertion that checks only the set-up: in the fixture's
/// lifecycle, or set-up by its shape (isSetupAssertion).
bool checksOnlySetup(const ReachedAssertion &A);

} // namespace itdd

#endif // ITDD_ANALYSIS_SETUPASSERTIONS_H
