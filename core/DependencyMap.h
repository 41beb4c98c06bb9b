//===--- DependencyMap.h - the application's dependency map ----*- C++ -*-===//
//
// The plain representation `itdd map` builds: components with roles,
// constructor dependencies and implemented interfaces. No Clang types, so
// shards can be merged and formats written without parsing anything.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_DEPENDENCYMAP_H
#define ITDD_CORE_DEPENDENCYMAP_H

#include "core/DataTypes.h"
#include "core/Roles.h"
#include "core/TestSupport.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace itdd {

/// How a constructor takes what it needs. A smart pointer counts as one
/// whatever its reference (`std::unique_ptr<T> &&`, `const
/// std::shared_ptr<T> &`) and whichever library defines it (a project's own
/// `nostd::shared_ptr<T>`).
enum class Passing { Value, Reference, Pointer, UniquePtr, SharedPtr };

/// "value", "reference", "pointer", "unique_ptr", "shared_ptr": the JSON
/// spelling.
llvm::StringRef passingName(Passing P);
std::optional<Passing> passingFromName(llvm::StringRef Name);

/// One parameter of a constructor, as the factory generator needs it.
struct CtorParam {
  std::string Name;
  std::string Type; ///< Spelled fully qualified.
  /// How the class it names (or the value) is passed.
  Passing Pass = Passing::Value;
  /// A container of them (`std::vector<std::unique_ptr<T>>`): Pass says
  /// how each element holds the class.
  bool Many = false;
  /// The project class it names, if any (empty for plain values).
  std::string Class;
  /// The type a value for it is kept in: the parameter's type without
  /// reference and top-level const, spelled fully qualified.
  std::string ValueType;
  /// ValueType can be value-initialised (`T{}`).
  bool DefaultConstructible = true;
  /// The type it refers to is abstract: only a reference or pointer to an
  /// object of a derived class can be passed.
  bool Abstract = false;
  /// The default argument as written; empty when there is none.
  std::string Default;

  bool operator==(const CtorParam &O) const {
    return Name == O.Name && Type == O.Type && Pass == O.Pass &&
           Many == O.Many && Class == O.Class && ValueType == O.ValueType &&
           DefaultConstructible == O.DefaultConstructible &&
           Abstract == O.Abstract && Default == O.Default;
  }
};

/// A class a member function's signature names, and the include line of
/// the header that defines it (empty when the translation unit saw only a
/// declaration: the generator looks the class up in the map).
struct UsedType {
  std::string Name;
  std::string Include; ///< `<a/b.h>` or `"a/b.h"`.
  bool operator<(const UsedType &O) const {
    return std::tie(Name, Include) < std::tie(O.Name, O.Include);
  }
  bool operator==(const UsedType &O) const {
    return Name == O.Name && Include == O.Include;
  }
};

struct MethodParam {
  std::string Type; ///< Spelled fully qualified.
  std::string Name;
  bool HasDefault = false;
};

/// A member function of a class, as a GoogleMock class needs it.
struct Method {
  std::string Name;
  std::string ReturnType; ///< Spelled fully qualified.
  std::vector<MethodParam> Params;
  bool Const = false;
  bool Noexcept = false;
  std::string RefQualifier; ///< "", "&" or "&&".
  bool Virtual = false;
  /// The class that declares it, when it is inherited from a base.
  std::string DeclaredIn;
  /// Why it cannot be mocked (not virtual, a template, variadic, ...);
  /// empty when it can.
  std::string NotMockable;
  /// What it returns, for the default answer of a mock.
  ValueShape Returns;
};

/// A public static member function that builds its class (`static
/// std::unique_ptr<X> X::create(...)`): how a class without a public
/// constructor is built.
struct FactoryFunction {
  std::string Name; ///< Unqualified: "create".
  /// What it hands back: the object itself (Value), a pointer the caller
  /// owns (Pointer), a UniquePtr or a SharedPtr.
  Passing Returns = Passing::Value;
  /// The type it returns, spelled fully qualified.
  std::string ReturnType;
  std::vector<CtorParam> Params;
  bool operator==(const FactoryFunction &O) const {
    return Name == O.Name && Returns == O.Returns &&
           ReturnType == O.ReturnType && Params == O.Params;
  }
};

struct Component {
  std::string Name; ///< Fully qualified, e.g. shop::OrderService.
  Role Kind = Role::Internal; ///< Its role; roleName() spells it in JSON.
  bool EntryPoint = false;
  bool Ui = false;
  bool Abstract = false;
  /// Its role comes from the project's tests driving it directly (see
  /// ClassFacts::DrivenByTests); wins over units that did not see them.
  bool DrivenByTests = false;
  /// Abstract, and some translation unit saw a class of the project derive
  /// from it, possibly one the map does not list (a file's private
  /// implementation): not an interface only users implement.
  bool ImplementedInProject = false;
  std::string File;
  unsigned Line = 0;
  /// How a source file includes the declaring header, as the translation
  /// unit's include paths spell it ("shop/services.h"); empty when the
  /// class is declared in a source file.
  std::string Header;
  bool HeaderAngled = false;
  /// Project components the constructors take (sorted, unique).
  std::vector<std::string> Dependencies;
  /// Project interfaces and bases it derives from (sorted, unique).
  std::vector<std::string> Implements;
  /// The parameters of its widest public constructor; of its widest
  /// protected one when it has no public one (what a class derived from
  /// it, a mock, passes on).
  std::vector<CtorParam> Constructor;
  /// Every public constructor (copy and move aside) in declaration order,
  /// when there are several: what `itdd gen factory --ctor` chooses from.
  std::vector<std::vector<CtorParam>> Constructors;
  /// Declares a constructor of its own (a mock of it inherits them).
  bool UserConstructors = false;
  /// Others can build it: it has a public constructor (declared or
  /// implicit). A class only its friends or factory functions build is
  /// not.
  bool Constructible = true;
  /// When it is not Constructible, or Abstract: the static member function
  /// that builds it (the widest, when there are several).
  std::optional<FactoryFunction> Factory;
  /// Member functions, its bases' included, for classes with virtual
  /// functions and external boundaries: what `itdd gen mocks` emits.
  std::vector<Method> Methods;
  /// Project classes the signatures of Methods name, with the header that
  /// defines each: a mock needs them complete.
  std::vector<UsedType> MethodTypes;
};

struct DependencyMap {
  std::vector<Component> Components; ///< Sorted by name.
  /// The project's plain data types and the data types that external
  /// boundaries' member functions take or return, with the types they
  /// contain (sorted by name). Not components: they have no role.
  std::vector<DataType> DataTypes;
  /// The C++ standard the project compiles at (11, 14, 17, 20, 23), the
  /// lowest of the translation units mapped: what code generated for it
  /// may use. 0 when unknown (a map written by an older itdd).
  unsigned Standard = 0;
  /// What each function of test support the project defines does, for
  /// the checks to follow a test into another file (sorted by key).
  std::vector<SupportFunction> TestSupport;

  /// Adds a translation unit's standard: the lowest known one is kept.
  void addStandard(unsigned Unit);
  /// Sorts and deduplicates; for a class seen in several translation units
  /// the first (by file, line) definition wins and edges are united.
  void normalize();
  /// Adds every component of Other (then normalizes).
  void merge(const DependencyMap &Other);
  const Component *find(llvm::StringRef Name) const;
  const DataType *findData(llvm::StringRef Name) const;
  /// Implementations of an interface, sorted.
  std::vector<std::string> implementationsOf(llvm::StringRef Name) const;
  /// The part one entry point reaches through constructor dependencies and
  /// interface implementations.
  DependencyMap reachableFrom(llvm::StringRef Entry) const;
};

llvm::json::Value toJSON(const DependencyMap &Map);
llvm::Expected<DependencyMap> dependencyMapFromJSON(const llvm::json::Value &V);

/// The JSON value of a file's text, or an error that reads
/// "File:line:column: not valid JSON: what is wrong".
llvm::Expected<llvm::json::Value> parseJsonText(llvm::StringRef Text,
                                               llvm::StringRef File);

} // namespace itdd

#endif // ITDD_CORE_DEPENDENCYMAP_H
