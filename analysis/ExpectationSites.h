//===--- ExpectationSites.h - the EXPECT_CALL a failure points at -*- C++ -*-===//
//
// For `itdd red -p BUILD`: what an EXPECT_CALL on a failing line stands
// for (the mock, the class it replaces and that class's role) and, from
// where the test body sets it and calls the entry point, who calls the
// mock once it is set. GoogleMock reports its failures at the expectation:
// its line says where the expectation was set, never when the call came.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_EXPECTATIONSITES_H
#define ITDD_ANALYSIS_EXPECTATIONSITES_H

#include "core/FailureSite.h"
#include "clang/AST/ASTContext.h"
#include <optional>

namespace itdd {

class ComponentClassifier;

/// The EXPECT_CALL that starts on Line of Holder's body, or nullopt.
/// InTestBody: Holder is a test's body, so the statements after the line
/// are what runs once the expectation is set. EntryPointInTest: whether
/// the test calls an entry point at all, when known.
std::optional<ExpectationFacts>
describeExpectation(clang::ASTContext &Ctx, ComponentClassifier &Classifier,
                    const clang::FunctionDecl *Holder, unsigned Line,
                    bool InTestBody, std::optional<bool> EntryPointInTest);

} // namespace itdd

#endif // ITDD_ANALYSIS_EXPECTATIONSITES_H
