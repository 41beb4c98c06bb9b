//===--- ComponentClassifier.cpp - roles of classes in the AST ------------===//

#include "core/ComponentClassifier.h"
#include "core/GTestModel.h"
#include "clang/AST/Attr.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace itdd {

bool isTestPath(llvm::StringRef Path, const Config &Cfg) {
  if (Cfg.isIntegrationTestFile(Path))
    return true;
  llvm::SmallVector<llvm::StringRef, 16> Parts;
  Path.split(Parts, '/');
  if (Parts.size() < 2)
    return false;
  Parts.pop_back(); // The file name itself does not make a directory.
  for (llvm::StringRef Dir : Parts) {
    std::string Lower = Dir.lower();
    llvm::StringRef L(Lower);
    // Plain "test" and "tests" are left out on purpose: projects keep whole
    // applications (fixtures, examples) under them.
    if (L == "testing" || L == "testutil" || L == "testutils" ||
        L == "test_support" || L == "testsupport" || L == "test_helpers" ||
        L == "mocks" || L == "fakes")
      return true;
  }
  return false;
}

bool isTestSourcePath(llvm::StringRef Path, const Config &Cfg) {
  if (isTestPath(Path, Cfg))
    return true;
  llvm::StringRef Stem = llvm::sys::path::stem(Path);
  if (Stem.ends_with("_test") || Stem.ends_with("_tests") ||
      Stem.ends_with("_unittest") || Stem.ends_with("Test") ||
      Stem.ends_with("Tests") || Stem.starts_with("test_"))
    return true;
  llvm::SmallVector<llvm::StringRef, 16> Parts;
  llvm::sys::path::parent_path(Path).split(Parts, '/');
  for (llvm::StringRef Dir : Parts)
    if (Dir == "test" || Dir == "tests" || Dir == "unittests")
      return true;
  return false;
}

bool ComponentClassifier::isTestCodeLocation(SourceLocation Loc) const {
  Loc = SM.getExpansionLoc(Loc);
  if (Loc.isInvalid())
    return false;
  if (MainFileIsTest && SM.isInMainFile(Loc))
    return true;
  llvm::SmallString<256> File(SM.getFilename(Loc));
  llvm::sys::path::remove_dots(File, /*remove_dot_dot=*/true);
  // Headers beside the test (its fixture, its SUT factory) are test code.
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  if (MainFileIsTest && Main) {
    llvm::SmallString<256> Dir(llvm::sys::path::parent_path(Main->getName()));
    llvm::sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
    if (!Dir.empty() && File.str().starts_with(Dir.str()) &&
        File.size() > Dir.size() && File[Dir.size()] == '/')
      return true;
  }
  return isTestPath(File, Cfg);
}

bool ComponentClassifier::isProjectDecl(const Decl *D) const {
  SourceLocation Loc = SM.getExpansionLoc(D->getLocation());
  if (Loc.isInvalid() || SM.isInSystemHeader(Loc))
    return false;
  if (inTopLevelNamespace(D, "std") || inTopLevelNamespace(D, "testing") ||
      inTopLevelNamespace(D, "__gnu_cxx"))
    return false;
  // Generated protocol code (and its gRPC mocks) lives in the build tree and
  // stands for a remote service.
  llvm::StringRef File = SM.getFilename(Loc);
  return !File.ends_with(".pb.h");
}

bool ComponentClassifier::isMock(const CXXRecordDecl *RD) {
  if (!RD)
    return false;
  RD = cast<CXXRecordDecl>(RD->getCanonicalDecl());
  auto [It, Inserted] = Mocks.try_emplace(RD, false);
  if (Inserted)
    It->second = isMockClass(RD);
  return It->second;
}

/// Nothing but public data members and special members: a request, a
/// response, a config struct. A class with hidden state or with behaviour
/// beyond construction is a component even when it has no other methods.
static bool isPlainData(const CXXRecordDecl *RD) {
  if (RD->isPolymorphic() || RD->isLambda())
    return false;
  bool UserConstructor = false;
  for (const CXXMethodDecl *M : RD->methods()) {
    if (M->isImplicit())
      continue;
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(M)) {
      UserConstructor |= !Ctor->isCopyOrMoveConstructor();
      continue;
    }
    if (isa<CXXDestructorDecl>(M) || M->isCopyAssignmentOperator() ||
        M->isMoveAssignmentOperator() || M->isOverloadedOperator())
      continue;
    return false;
  }
  for (const Decl *D : RD->decls())
    if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
      if (!isa<CXXConstructorDecl>(FT->getTemplatedDecl()))
        return false;
  bool HasFields = false;
  for (const FieldDecl *F : RD->fields()) {
    HasFields = true;
    if (F->getAccess() != AS_public)
      return false;
  }
  if (!HasFields && UserConstructor)
    return false;
  for (const CXXBaseSpecifier &B : RD->bases()) {
    const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl();
    if (!Base || !Base->hasDefinition() || !isPlainData(Base->getDefinition()))
      return false;
  }
  return true;
}

ClassFacts ComponentClassifier::factsOf(const CXXRecordDecl *RD) {
  ClassFacts Facts;
  Facts.QualifiedName = RD->getQualifiedNameAsString();
  Facts.InProject = isProjectDecl(RD);
  Facts.TestCode = isMock(RD) || isGTestFixtureOrTest(RD) ||
                   (Facts.InProject && isTestCodeLocation(RD->getLocation()));
  Facts.PlainData = RD->hasDefinition() && isPlainData(RD->getDefinition());
  for (const Decl *Redecl : RD->redecls())
    for (const auto *A : Redecl->specific_attrs<AnnotateAttr>())
      if (auto R = roleFromAnnotation(A->getAnnotation()))
        Facts.Annotated = R;
  if (RD->hasDefinition()) {
    for (const CXXBaseSpecifier &B : RD->getDefinition()->bases()) {
      const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl();
      if (!Base)
        continue;
      Role R = roleOf(Base).Primary;
      auto Rank = [](std::optional<Role> X) {
        if (!X)
          return 0;
        switch (*X) {
        case Role::ExternalBoundary:
          return 4;
        case Role::Infrastructure:
          return 3;
        case Role::EntryPoint:
          return 2;
        case Role::Ui:
          return 1;
        default:
          return 0;
        }
      };
      if (Rank(R) > Rank(Facts.InheritedRole))
        Facts.InheritedRole = R;
    }
  }
  return Facts;
}

ClassRole ComponentClassifier::roleOf(const CXXRecordDecl *RD) {
  if (!RD)
    return {};
  RD = cast<CXXRecordDecl>(RD->getCanonicalDecl());
  auto It = Roles.find(RD);
  if (It != Roles.end())
    return It->second;
  // Seed the cache first: a class hierarchy can only recurse into bases, but
  // a broken TU may still present a cycle.
  Roles[RD] = ClassRole{};
  ClassRole Result;
  if (RD->hasDefinition() && !RD->isLambda())
    Result = classify(factsOf(RD), Cfg);
  Roles[RD] = Result;
  return Result;
}

/// A call that reaches a running system from outside, over the network:
/// libcurl, sockets, cpp-httplib, cpr, Boost.Beast, Poco::Net, gRPC stubs.
/// End-to-end tests drive an in-process server's entry point this way.
bool ComponentClassifier::isNetworkClientCall(const FunctionDecl *FD) const {
  if (!FD || isProjectDecl(FD))
    return false;
  if (FD->getIdentifier() &&
      FD->getDeclContext()->getRedeclContext()->isTranslationUnit() &&
      llvm::is_contained({"curl_easy_perform", "curl_multi_perform", "connect",
                          "send", "sendto", "sendmsg"},
                         FD->getName()))
    return true;
  std::string Name = FD->getQualifiedNameAsString();
  llvm::StringRef N(Name);
  return N.starts_with("httplib::") || N.starts_with("cpr::") ||
         N.starts_with("boost::beast::") || N.starts_with("Poco::Net::") ||
         N.contains("::Stub::") || N.contains("::StubInterface::");
}

bool ComponentClassifier::isEntryPointFunction(const FunctionDecl *FD) {
  if (!FD)
    return false;
  FD = FD->getCanonicalDecl();
  auto [It, Inserted] = EntryFunctions.try_emplace(FD, false);
  if (!Inserted)
    return It->second;
  bool Result = false;
  if (isa<CXXConstructorDecl>(FD) || isa<CXXDestructorDecl>(FD)) {
    Result = false;
  } else if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
    Result = roleOf(MD->getParent()).EntryPoint || isNetworkClientCall(FD);
  } else {
    for (const Decl *Redecl : FD->redecls())
      for (const auto *A : Redecl->specific_attrs<AnnotateAttr>())
        Result |= A->getAnnotation() == "itdd::entry_point";
    if (!Result && isProjectDecl(FD) && !isTestCodeLocation(FD->getLocation()))
      Result = Cfg.isEntryPointName(FD->getQualifiedNameAsString());
    Result = Result || isNetworkClientCall(FD);
  }
  EntryFunctions[FD] = Result;
  return Result;
}

} // namespace itdd
