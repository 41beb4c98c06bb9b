//===--- TestIdentity.h - which test a TEST macro wrote ---------*- C++ -*-===//
//
// A test's identity as its author wrote it: the macro, suite and name read
// from the macro call's tokens, and what kind of test it is (compile-time
// only, a pending skeleton, the generated health check).
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_WALK_TESTIDENTITY_H
#define ITDD_ANALYSIS_WALK_TESTIDENTITY_H

#include "analysis/walk/TestFacts.h"

namespace clang {
class LangOptions;
class SourceManager;
} // namespace clang

namespace itdd {

/// Fills T's identity (Class, Loc, Macro, Suite, Name, CompileTimeOnly,
/// PendingSkeleton, HealthCheck) from the class GoogleTest generated.
void identifyTest(const clang::CXXRecordDecl *TestClass,
                  const clang::SourceManager &SM, const clang::LangOptions &LO,
                  IntegrationTest &T);

} // namespace itdd

#endif // ITDD_ANALYSIS_WALK_TESTIDENTITY_H
