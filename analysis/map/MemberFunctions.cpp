//===--- MemberFunctions.cpp - what a mock of a class overrides -----------===//

#include "analysis/map/MemberFunctions.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;

namespace itdd {

namespace {

class Collector {
public:
  Collector(const SourceNames &Names, const DataTypeCollector &Data)
      : Names(Names), Data(Data) {}

  std::vector<const CXXMethodDecl *> run(const CXXRecordDecl *RD,
                                         Component &C) {
    llvm::SmallPtrSet<const CXXMethodDecl *, 16> Overridden;
    llvm::StringSet<> Seen;
    collectMethods(RD, RD, Overridden, Seen, C.Methods);
    llvm::SmallPtrSet<const CXXRecordDecl *, 16> Named;
    for (const CXXMethodDecl *M : MockedDecls) {
      collectRecords(M->getReturnType(), Named);
      for (const ParmVarDecl *P : M->parameters())
        collectRecords(P->getType(), Named);
    }
    for (const CXXRecordDecl *Used : Named)
      if (Used->getCanonicalDecl() != RD->getCanonicalDecl())
        C.MethodTypes.push_back(usedType(Used));
    llvm::sort(C.MethodTypes);
    return std::move(MockedDecls);
  }

private:
  /// The classes a signature names outside the standard library, through
  /// pointers, references, template and function-type arguments.
  void collectRecords(QualType T,
                      llvm::SmallPtrSetImpl<const CXXRecordDecl *> &Out) const {
    if (T.isNull())
      return;
    T = T.getCanonicalType();
    while (T->isPointerType() || T->isReferenceType() || T->isArrayType())
      T = T->isArrayType() ? QualType(T->getPointeeOrArrayElementType(), 0)
                           : T->getPointeeType();
    if (const auto *FT = T->getAs<FunctionProtoType>()) {
      collectRecords(FT->getReturnType(), Out);
      for (QualType P : FT->getParamTypes())
        collectRecords(P, Out);
      return;
    }
    const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
    if (!RD)
      return;
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
      for (const TemplateArgument &A : Spec->getTemplateArgs().asArray())
        if (A.getKind() == TemplateArgument::Type)
          collectRecords(A.getAsType(), Out);
    if (!RD->isInStdNamespace() && !RD->isInAnonymousNamespace() &&
        RD->getIdentifier())
      Out.insert(RD->getCanonicalDecl());
  }

  /// A class with the include line of the header that defines it, when
  /// this translation unit saw its definition in a header.
  UsedType usedType(const CXXRecordDecl *RD) const {
    UsedType U;
    U.Name = Names.spell(Names.typeOf(RD));
    const CXXRecordDecl *Def = RD->getDefinition();
    // A standard class has its standard header even where this unit never
    // instantiated it (a time_point only named in a signature).
    if (!Def && !standardLibraryHeader(RD))
      return U;
    if (!Def)
      Def = RD;
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Def))
      if (const ClassTemplateDecl *T = Spec->getSpecializedTemplate())
        Def = T->getTemplatedDecl();
    bool Angled = false;
    std::string Header = Names.header(Def, Angled);
    if (Header.empty())
      return U;
    U.Include = Angled ? "<" + Header + ">" : "\"" + Header + "\"";
    return U;
  }

  /// Member functions of RD and its bases a mock would override, the most
  /// derived declaration of each. Public non-virtual ones and member
  /// templates are listed with the reason they cannot be mocked.
  void collectMethods(const CXXRecordDecl *Top, const CXXRecordDecl *RD,
                      llvm::SmallPtrSetImpl<const CXXMethodDecl *> &Overridden,
                      llvm::StringSet<> &Seen, std::vector<Method> &Out) {
    for (const Decl *D : RD->decls()) {
      if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D)) {
        const auto *M = dyn_cast<CXXMethodDecl>(FT->getTemplatedDecl());
        if (M && M->getAccess() == AS_public && !M->isStatic() &&
            !isa<CXXConstructorDecl>(M)) {
          Method Out1 = describe(Top, M);
          Out1.NotMockable = "a member template: GoogleMock mocks only "
                             "non-template functions";
          addMethod(std::move(Out1), Seen, Out);
        }
        continue;
      }
      const auto *M = dyn_cast<CXXMethodDecl>(D);
      if (!M || M->isImplicit() || M->isStatic() ||
          isa<CXXConstructorDecl, CXXDestructorDecl, CXXConversionDecl>(M))
        continue;
      for (const CXXMethodDecl *O : M->overridden_methods())
        Overridden.insert(O);
      if (Overridden.count(M) || M->isDeleted())
        continue;
      if (!M->isVirtual() && M->getAccess() != AS_public)
        continue;
      if (M->isCopyAssignmentOperator() || M->isMoveAssignmentOperator())
        continue;
      Method Out1 = describe(Top, M);
      if (M->isVirtual())
        MockedDecls.push_back(M);
      if (!M->isVirtual())
        Out1.NotMockable = "not virtual: a mock cannot override it";
      else if (M->isOverloadedOperator())
        Out1.NotMockable = "an operator: MOCK_METHOD needs a named function";
      else if (M->isVariadic())
        Out1.NotMockable = "variadic (...): MOCK_METHOD cannot declare it";
      else if (M->getMethodQualifiers().hasVolatile())
        Out1.NotMockable = "volatile: MOCK_METHOD cannot declare it";
      addMethod(std::move(Out1), Seen, Out);
    }
    for (const CXXBaseSpecifier &B : RD->bases())
      if (const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl())
        if (Base->hasDefinition())
          collectMethods(Top, Base->getDefinition(), Overridden, Seen, Out);
  }

  static void addMethod(Method M, llvm::StringSet<> &Seen,
                        std::vector<Method> &Out) {
    std::string Key = M.Name + "(";
    for (const MethodParam &P : M.Params)
      Key += P.Type + ",";
    Key += ")" + std::string(M.Const ? "c" : "") + M.RefQualifier;
    if (Seen.insert(Key).second)
      Out.push_back(std::move(M));
  }

  Method describe(const CXXRecordDecl *Top, const CXXMethodDecl *M) const {
    Method Out;
    Out.Name = M->getNameAsString();
    Out.ReturnType = Names.spell(M->getReturnType());
    Out.Returns = Data.shapeOf(M->getReturnType());
    for (const ParmVarDecl *P : M->parameters())
      Out.Params.push_back({Names.spell(P->getType()), P->getNameAsString(),
                            P->hasDefaultArg()});
    Out.Const = M->isConst();
    if (const auto *FPT = M->getType()->getAs<FunctionProtoType>())
      Out.Noexcept = FPT->isNothrow();
    switch (M->getRefQualifier()) {
    case RQ_LValue:
      Out.RefQualifier = "&";
      break;
    case RQ_RValue:
      Out.RefQualifier = "&&";
      break;
    case RQ_None:
      break;
    }
    Out.Virtual = M->isVirtual();
    if (M->getParent() != Top)
      Out.DeclaredIn = M->getParent()->getQualifiedNameAsString();
    return Out;
  }

  const SourceNames &Names;
  const DataTypeCollector &Data;
  /// The virtual functions collectMethods met.
  std::vector<const CXXMethodDecl *> MockedDecls;
};

} // namespace

std::vector<const CXXMethodDecl *>
describeMemberFunctions(const CXXRecordDecl *RD, const SourceNames &Names,
                        const DataTypeCollector &Data, Component &C) {
  return Collector(Names, Data).run(RD, C);
}

} // namespace itdd
