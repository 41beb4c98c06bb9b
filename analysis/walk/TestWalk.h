//===--- TestWalk.h - one walk over a test file, feeding collectors -*- C++ -*-===//
//
// The traversal of a test file's main file: every function it defines is
// walked once into a per-function summary, and each test follows its body,
// its fixture's set-up and tear-down and the test's own helpers and
// factories from those summaries. What the walk meets goes to one
// collector per question (TestIdentity, EntryPointsReached,
// ComponentsBuilt, AssertionsReached, MockCreations); the walk itself
// decides only which calls it follows and when it cannot follow a test to
// the end.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_WALK_TESTWALK_H
#define ITDD_ANALYSIS_WALK_TESTWALK_H

#include "analysis/walk/TestFacts.h"
#include "core/TestSupport.h"
#include "clang/AST/ASTContext.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace itdd {

class ComponentClassifier;

/// Everything the walk learnt about one file.
struct TestFileFacts {
  std::vector<IntegrationTest> Tests;
  std::vector<MockCreation> Mocks;
  /// The assertions written in the file (not their instantiations).
  std::vector<const AssertionSite *> FileAssertions;
  /// The class definitions written in the file, nested ones included.
  std::vector<const clang::CXXRecordDecl *> FileClasses;
  /// Owns every site the tests and FileAssertions point to.
  std::vector<std::unique_ptr<AssertionSite>> Sites;
};

/// Test support that other translation units define, as the map
/// describes it (analysis/SupportIndex).
class SupportIndex {
public:
  virtual ~SupportIndex() = default;
  /// What a call to the function with this key (supportKey) does, the
  /// test support it calls in turn followed; nullopt, with Reason saying
  /// why ("not in the map", "changed since..."), when that is not known.
  virtual std::optional<SupportEffects>
  effectsOf(llvm::StringRef Key, std::string &Reason) const = 0;
};

/// Walks the main file of Ctx, with Classifier's roles. Elsewhere, when
/// given, describes the test support other files define: a test that
/// calls it is judged with what it does instead of left unjudged.
TestFileFacts walkTestFile(clang::ASTContext &Ctx,
                           ComponentClassifier &Classifier,
                           const SupportIndex *Elsewhere = nullptr);

/// One function of test support the main file defines, followed as a
/// test's body is.
struct FollowedSupport {
  const clang::FunctionDecl *Function = nullptr;
  /// What a test calling it would reach, build and assert.
  IntegrationTest Facts;
  /// Test support it calls that this translation unit does not define.
  std::vector<const clang::FunctionDecl *> Unseen;
};

struct FollowedSupportFile {
  std::vector<FollowedSupport> Functions;
  /// Owns every site the functions' assertions point to.
  std::vector<std::unique_ptr<AssertionSite>> Sites;
};

/// Follows every function of test support the main file of Ctx defines
/// that other files can call: not a test's body, not a template, not
/// local to the file.
FollowedSupportFile followTestSupport(clang::ASTContext &Ctx,
                                      ComponentClassifier &Classifier);

} // namespace itdd

#endif // ITDD_ANALYSIS_WALK_TESTWALK_H
