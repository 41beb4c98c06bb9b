//===--- DataTypeCollector.cpp - data types from the AST ------------------===//

#include "analysis/map/DataTypeCollector.h"
#include "analysis/map/Setters.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;

namespace itdd {

namespace {

bool inStd(const Decl *D) {
  for (const DeclContext *DC = D->getDeclContext(); DC; DC = DC->getParent())
    if (DC->isStdNamespace())
      return true;
  return false;
}

const ClassTemplateSpecializationDecl *specialization(QualType T) {
  return dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T->getAsCXXRecordDecl());
}

std::vector<QualType> typeArguments(const ClassTemplateSpecializationDecl *S) {
  std::vector<QualType> Result;
  for (const TemplateArgument &A : S->getTemplateArgs().asArray())
    if (A.getKind() == TemplateArgument::Type)
      Result.push_back(A.getAsType());
  return Result;
}

/// The wrapper a template is (whatever library defines it), and the type
/// it wraps.
ValueWrap wrapperOf(QualType T, QualType &Inner) {
  const ClassTemplateSpecializationDecl *S = specialization(T);
  if (!S)
    return ValueWrap::None;
  std::vector<QualType> Args = typeArguments(S);
  if (Args.empty())
    return ValueWrap::None;
  static const llvm::StringSet<> Expected = {"expected", "Expected", "StatusOr",
                                             "Result",   "result",   "outcome"};
  llvm::StringRef Name = S->getName();
  ValueWrap W = ValueWrap::None;
  if (Name == "optional")
    W = ValueWrap::Optional;
  else if (Expected.contains(Name))
    W = ValueWrap::Expected;
  else if (Name == "unique_ptr")
    W = ValueWrap::UniquePtr;
  else if (Name == "shared_ptr")
    W = ValueWrap::SharedPtr;
  if (W != ValueWrap::None)
    Inner = Args.front();
  return W;
}

/// Whether a copy of a class can be made, as far as its declarations tell.
bool isCopyable(const CXXRecordDecl *RD,
                llvm::SmallPtrSetImpl<const CXXRecordDecl *> &Visiting) {
  RD = RD ? RD->getDefinition() : nullptr;
  if (!RD || !Visiting.insert(RD).second)
    return true;
  auto Holds = [&](QualType T) {
    T = T.getCanonicalType();
    while (T->isArrayType())
      T = QualType(T->getPointeeOrArrayElementType(), 0);
    return isCopyable(T->getAsCXXRecordDecl(), Visiting);
  };
  // A container of move-only elements declares a copy constructor it
  // cannot instantiate.
  if (const auto *S = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    for (QualType Arg : typeArguments(S))
      if (!Holds(Arg))
        return false;
  for (const CXXConstructorDecl *Ctor : RD->ctors())
    if (Ctor->isCopyConstructor() && !Ctor->isImplicit())
      return !Ctor->isDeleted() && Ctor->getAccess() == AS_public;
  if (RD->hasUserDeclaredMoveConstructor() ||
      RD->hasUserDeclaredMoveAssignment())
    return false;
  for (const CXXBaseSpecifier &B : RD->bases())
    if (!Holds(B.getType()))
      return false;
  return llvm::all_of(RD->fields(), [&](const FieldDecl *F) {
    return F->getType()->isReferenceType() || Holds(F->getType());
  });
}

/// Why code outside the class that declares RD (or one of RD's enclosing
/// classes) cannot name it: "a private member of app::Loan: ..."; empty
/// when it can.
std::string hiddenIn(const CXXRecordDecl *RD) {
  for (const Decl *D = RD; D;
       D = dyn_cast<CXXRecordDecl>(D->getDeclContext())) {
    const auto *Outer = dyn_cast<CXXRecordDecl>(D->getDeclContext());
    if (!Outer || D->getAccess() == AS_public)
      continue;
    return std::string("a ") +
           (D->getAccess() == AS_private ? "private" : "protected") +
           " member of " + Outer->getQualifiedNameAsString() +
           ": code outside it cannot name the type; build " +
           Outer->getQualifiedNameAsString() + " instead";
  }
  return "";
}

} // namespace

ValueShape DataTypeCollector::shapeOf(QualType T) const {
  ValueShape S;
  if (T.isNull())
    return S;
  // A C string: a literal is a valid one.
  if (T->isPointerType() && T->getPointeeType()->isCharType() &&
      T->getPointeeType().isConstQualified()) {
    S.Kind = ValueKind::StringView;
    return S;
  }
  if (T->isReferenceType()) {
    S.Wrap = ValueWrap::Reference;
    T = T.getNonReferenceType();
  } else if (T->isPointerType()) {
    S.Wrap = ValueWrap::Pointer;
    T = T->getPointeeType();
  } else {
    QualType Inner;
    S.Wrap = wrapperOf(T, Inner);
    if (S.Wrap != ValueWrap::None)
      T = Inner;
  }
  QualType C = T.getCanonicalType().getUnqualifiedType();
  if (C->isBooleanType()) {
    S.Kind = ValueKind::Bool;
  } else if (const auto *ET = C->getAs<EnumType>()) {
    S.Kind = ValueKind::Enum;
    S.Target = Names.spell(QualType(ET, 0));
  } else if (C->isIntegerType()) {
    S.Kind = ValueKind::Integer;
  } else if (C->isRealFloatingType()) {
    S.Kind = ValueKind::Floating;
  } else if (const CXXRecordDecl *RD = C->getAsCXXRecordDecl()) {
    const ClassTemplateSpecializationDecl *Spec = specialization(C);
    if (Spec && inStd(Spec)) {
      static const llvm::StringSet<> Containers = {"vector",
                                                   "list",
                                                   "deque",
                                                   "forward_list",
                                                   "set",
                                                   "multiset",
                                                   "map",
                                                   "multimap",
                                                   "array",
                                                   "unordered_map",
                                                   "unordered_set",
                                                   "unordered_multimap",
                                                   "unordered_multiset"};
      llvm::StringRef Name = Spec->getName();
      if (Name == "basic_string") {
        S.Kind = ValueKind::String;
      } else if (Name == "basic_string_view") {
        S.Kind = ValueKind::StringView;
      } else if (Name == "time_point") {
        S.Kind = ValueKind::TimePoint;
      } else if (Containers.contains(Name)) {
        S.Kind = ValueKind::Container;
        // The data it holds (a map's mapped type rather than its key).
        for (QualType Arg : typeArguments(Spec)) {
          ValueShape Element = shapeOf(Arg);
          if (Element.Kind == ValueKind::Record ||
              Element.Kind == ValueKind::Enum)
            S.Target = Element.Target;
        }
      }
    } else if (!Spec && !inStd(RD) && RD->getIdentifier()) {
      S.Kind = ValueKind::Record;
      S.Target = Names.spell(Names.typeOf(RD));
    }
  }
  return S;
}

void DataTypeCollector::collect(QualType T) {
  if (T.isNull())
    return;
  T = T.getCanonicalType();
  while (T->isReferenceType() || T->isPointerType() || T->isArrayType())
    T = T->isArrayType() ? QualType(T->getPointeeOrArrayElementType(), 0)
                         : T->getPointeeType();
  if (const auto *ET = T->getAs<EnumType>()) {
    addEnum(ET->getDecl());
    return;
  }
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD)) {
    for (QualType Arg : typeArguments(Spec))
      collect(Arg);
    return;
  }
  if (!inStd(RD))
    addRecord(RD);
}

void DataTypeCollector::addEnum(const EnumDecl *ED) {
  ED = ED->getDefinition();
  if (!ED || !ED->getIdentifier() || inStd(ED) ||
      !Seen.insert(ED->getCanonicalDecl()).second)
    return;
  DataType T;
  T.Name = Names.spell(Names.typeOf(ED));
  T.Enum = true;
  Names.locate(ED, T.File, T.Line);
  T.Header = Names.header(ED, T.HeaderAngled);
  for (const EnumConstantDecl *E : ED->enumerators())
    T.Enumerators.push_back(E->getNameAsString());
  Found.push_back(std::move(T));
}

void DataTypeCollector::addRecord(const CXXRecordDecl *RD) {
  RD = RD->getDefinition();
  // Local classes and anonymous ones cannot be named from a header.
  if (!RD || !RD->getIdentifier() || RD->isLambda() || inStd(RD) ||
      RD->isInAnonymousNamespace() || RD->getDescribedClassTemplate() ||
      RD->getParentFunctionOrMethod() ||
      !Seen.insert(RD->getCanonicalDecl()).second)
    return;
  DataType T;
  T.Name = Names.spell(Names.typeOf(RD));
  Names.locate(RD, T.File, T.Line);
  T.Header = Names.header(RD, T.HeaderAngled);
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Visiting;
  T.Copyable = isCopyable(RD, Visiting);
  if (std::string Hidden = hiddenIn(RD); !Hidden.empty()) {
    T.NotBuildable = Hidden;
  } else if (RD->isUnion()) {
    T.NotBuildable = "a union: which member to fill is the test's choice";
  } else if (RD->isAbstract()) {
    T.NotBuildable = "abstract: only a class derived from it can be built";
  } else {
    const CXXConstructorDecl *Widest = nullptr;
    bool Declared = false;
    // A constructor that takes the type itself (`Variant(const Variant &,
    // embed_t)`) would need a built value to build one: never the widest.
    auto TakesItself = [&](const CXXConstructorDecl *Ctor) {
      return llvm::any_of(Ctor->parameters(), [&](const ParmVarDecl *P) {
        const CXXRecordDecl *Param =
            P->getType().getNonReferenceType()->getAsCXXRecordDecl();
        return Param && Param->getCanonicalDecl() == RD->getCanonicalDecl();
      });
    };
    // One whose parameters are all empty classes takes tags, no values
    // (a generated message's constant-initialising constructor).
    auto TakesTagsOnly = [](const CXXConstructorDecl *Ctor) {
      return Ctor->getNumParams() > 0 &&
             llvm::all_of(Ctor->parameters(), [](const ParmVarDecl *P) {
               const CXXRecordDecl *Param =
                   P->getType().getNonReferenceType()->getAsCXXRecordDecl();
               return Param && Param->hasDefinition() && Param->isEmpty();
             });
    };
    for (const CXXConstructorDecl *Ctor : RD->ctors()) {
      if (Ctor->isImplicit() || Ctor->isDeleted() ||
          Ctor->isCopyOrMoveConstructor() || TakesItself(Ctor) ||
          TakesTagsOnly(Ctor))
        continue;
      Declared = true;
      if (Ctor->getAccess() == AS_public &&
          (!Widest || Ctor->getNumParams() > Widest->getNumParams()))
        Widest = Ctor;
    }
    if (Declared && !Widest)
      T.NotBuildable = "no public constructor: only its friends or factory "
                       "functions build it";
    else if (Widest && Widest->getNumParams() > 0)
      describeConstructor(Widest, T);
    else
      describeFields(RD, T);
    if (T.NotBuildable.empty() && !T.FromConstructor && T.Fields.empty())
      describeAccessors(RD, T);
    if (T.NotBuildable.empty() && !T.FromConstructor && !RD->isAggregate() &&
        !isValueInitializable(Names.typeOf(RD)))
      T.NotBuildable = "no public default constructor";
  }
  Found.push_back(std::move(T));
}

void DataTypeCollector::describeFields(const CXXRecordDecl *RD, DataType &T) {
  for (const CXXBaseSpecifier &B : RD->bases())
    if (const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl())
      if (B.getAccessSpecifier() == AS_public && Base->hasDefinition())
        describeFields(Base->getDefinition(), T);
  for (const FieldDecl *FD : RD->fields()) {
    if (FD->getAccess() != AS_public || !FD->getIdentifier())
      continue;
    QualType FT = FD->getType();
    std::string Name = FD->getNameAsString();
    if (FT->isReferenceType() && T.NotBuildable.empty())
      T.NotBuildable = "its field '" + Name +
                       "' is a reference: a builder has nothing to refer to";
    else if (FT.isConstQualified() && T.NotBuildable.empty())
      T.NotBuildable = "its field '" + Name +
                       "' is const: a builder "
                       "cannot set it";
    DataField F;
    F.Name = Name;
    F.Type = Names.spell(FT.getNonReferenceType().getUnqualifiedType());
    F.Shape = shapeOf(FT);
    if (FD->hasInClassInitializer()) {
      const Expr *Init = FD->getInClassInitializer();
      F.Initializer = Init ? Names.text(Init->getSourceRange()) : "";
      if (F.Initializer.empty())
        F.Initializer = "{}";
    }
    F.DefaultConstructible = isValueInitializable(FT);
    collect(FT);
    T.Fields.push_back(std::move(F));
  }
}

void DataTypeCollector::describeAccessors(const CXXRecordDecl *RD,
                                          DataType &T) {
  for (AccessorPair &A : accessorPairs(RD)) {
    DataField F;
    F.Name = std::move(A.Name);
    F.Type = Names.spell(A.Type);
    F.Shape = shapeOf(A.Type);
    // The object holds its own value until the builder sets one.
    F.DefaultConstructible = true;
    F.Setter = std::move(A.Setter);
    F.SetterReturnsPointer = A.ThroughPointer;
    collect(A.Type);
    T.Fields.push_back(std::move(F));
  }
}

void DataTypeCollector::describeConstructor(const CXXConstructorDecl *Ctor,
                                            DataType &T) {
  T.FromConstructor = true;
  unsigned Index = 0;
  for (const ParmVarDecl *P : Ctor->parameters()) {
    ++Index;
    QualType Value = P->getType().getNonReferenceType().getUnqualifiedType();
    DataField F;
    F.Name = P->getName().empty() ? "arg" + std::to_string(Index)
                                  : P->getNameAsString();
    F.Type = Names.spell(Value);
    F.Shape = shapeOf(Value);
    F.Initializer = Names.defaultArgument(P);
    F.DefaultConstructible = isValueInitializable(Value);
    collect(Value);
    T.Fields.push_back(std::move(F));
  }
}

} // namespace itdd
