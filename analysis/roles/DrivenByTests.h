//===--- DrivenByTests.h - classes the project's tests build ----*- C++ -*-===//
//
// The structural entry-point decision for a class named like a boundary:
// the project's own tests construct a real object of it (not a mock, not a
// subclass) and drive it as its users do, as a client library's own
// `Client` is driven. Looked at only when a name would make such a class a
// boundary, since it walks the test code of the translation unit.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_ROLES_DRIVENBYTESTS_H
#define ITDD_ANALYSIS_ROLES_DRIVENBYTESTS_H

#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseSet.h"

namespace itdd {

class ProjectFiles;

class TestConstructions {
public:
  /// Collects the classes test code of Ctx constructs: variables and fields
  /// held by value, temporaries, `new` and `make_unique`-style factories.
  TestConstructions(clang::ASTContext &Ctx, ProjectFiles &Files);

  /// Test code constructs a real object of RD.
  bool isDrivenByTests(const clang::CXXRecordDecl *RD) const;

private:
  llvm::DenseSet<const clang::CXXRecordDecl *> Constructed;
};

} // namespace itdd

#endif // ITDD_ANALYSIS_ROLES_DRIVENBYTESTS_H
