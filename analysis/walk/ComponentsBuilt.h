//===--- ComponentsBuilt.h - which real components a test makes work -*- C++ -*-===//
//
// The application components a test builds for real (variables, fields,
// temporaries, `new`, factories it cannot see into) and, through them,
// the components those own; the project classes it uses (for naming); and
// whether it calls a facade that assembles the system out of its sight.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_WALK_COMPONENTSBUILT_H
#define ITDD_ANALYSIS_WALK_COMPONENTSBUILT_H

#include "analysis/walk/TestFacts.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"

namespace itdd {

class ComponentClassifier;

/// What one function builds and uses by itself.
struct ComponentFacts {
  llvm::SmallPtrSet<const clang::CXXRecordDecl *, 8> Built;
  llvm::SmallPtrSet<const clang::CXXRecordDecl *, 8> Used;
  /// The names of the functions it calls, whoever declares them (for
  /// naming: "SessionUseCount" is a class and a call, nothing more).
  llvm::StringSet<> Called;
  bool CallsFacade = false;
  /// The first call that starts a program (itdd.ProgramLaunchers), as
  /// "launcher (FILE:LINE)".
  std::string StartsProgram;

  void merge(const ComponentFacts &Other) {
    Built.insert(Other.Built.begin(), Other.Built.end());
    Used.insert(Other.Used.begin(), Other.Used.end());
    for (const auto &Name : Other.Called)
      Called.insert(Name.getKey());
    CallsFacade |= Other.CallsFacade;
    if (StartsProgram.empty())
      StartsProgram = Other.StartsProgram;
  }
};

class ComponentsBuilt {
public:
  explicit ComponentsBuilt(ComponentClassifier &Classifier)
      : Classifier(Classifier) {}

  /// An object of class RD is built (null and lambdas are ignored).
  void onBuilt(const clang::CXXRecordDecl *RD, ComponentFacts &Facts);
  /// A variable: one held by value is built.
  void onVariable(const clang::VarDecl *VD, ComponentFacts &Facts);
  /// A call to Callee. OnMock: on a GoogleMock object. Followed: the walk
  /// follows the callee's body (the test's own code), so what it returns
  /// is seen there.
  void onCall(const clang::FunctionDecl *Callee, bool OnMock, bool Followed,
              ComponentFacts &Facts);
  /// A call at Loc of a function declared outside the project that starts
  /// a program.
  void onProgramStart(const clang::FunctionDecl *Callee,
                      clang::SourceLocation Loc, ComponentFacts &Facts);

  /// The components the test makes work: those built and those they own,
  /// sorted by name; the classes it uses; whether it calls a facade.
  void finish(const ComponentFacts &Total, IntegrationTest &T);

private:
  bool namesCodeUnits(const clang::CXXRecordDecl *RD);
  bool returnsProjectObject(clang::QualType T);
  bool returnsHiddenImplementation(clang::QualType T);
  void collectOwned(const clang::CXXRecordDecl *RD, unsigned Depth,
                    llvm::SmallPtrSet<const clang::CXXRecordDecl *, 16> &Opened,
                    llvm::SmallPtrSet<const clang::CXXRecordDecl *, 16> &Found);

  ComponentClassifier &Classifier;
};

} // namespace itdd

#endif // ITDD_ANALYSIS_WALK_COMPONENTSBUILT_H
