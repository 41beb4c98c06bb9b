//===--- DataTypeCollector.h - data types from the AST ---------*- C++ -*-===//
//
// Describes the data types a translation unit's types reach (through
// optional, expected-likes, smart pointers, references and containers):
// public fields, the widest public constructor or, for a class without
// either, the values its setters fill (analysis/map/Setters), enumerators, and
// what stops a builder from making one. Feeds `itdd gen builders`.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_ANALYSIS_MAP_DATATYPECOLLECTOR_H
#define ITDD_ANALYSIS_MAP_DATATYPECOLLECTOR_H

#include "analysis/map/SourceNames.h"
#include "core/DataTypes.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <vector>

namespace itdd {

class DataTypeCollector {
public:
  explicit DataTypeCollector(const SourceNames &Names) : Names(Names) {}

  /// What a value of type T is; records nothing.
  ValueShape shapeOf(clang::QualType T) const;
  /// Records the data types T reaches, and those their fields reach.
  void collect(clang::QualType T);
  /// Records one class (and what its fields reach).
  void addRecord(const clang::CXXRecordDecl *RD);
  /// What was recorded, in the order met.
  std::vector<DataType> take() { return std::move(Found); }

private:
  void addEnum(const clang::EnumDecl *ED);
  void describeFields(const clang::CXXRecordDecl *RD, DataType &T);
  void describeConstructor(const clang::CXXConstructorDecl *Ctor, DataType &T);
  void describeAccessors(const clang::CXXRecordDecl *RD, DataType &T);

  const SourceNames &Names;
  llvm::SmallPtrSet<const clang::Decl *, 32> Seen;
  std::vector<DataType> Found;
};

} // namespace itdd

#endif // ITDD_ANALYSIS_MAP_DATATYPECOLLECTOR_H
