//===--- MissingApi.h - API a test needs that does not exist yet -*- C++ -*-===//
//
// What the analysis of a test file that does not compile found: each use
// of API of the project that does not exist yet (a member, an overload, a
// constructor, a class, a function), with what the test tells of its
// signature and where it is to be declared, and the compile errors that
// are something else (a typo in test code, an error in product code).
// `itdd red` judges from it, `itdd gen stubs` writes from it.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_MISSINGAPI_H
#define ITDD_CORE_MISSINGAPI_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace itdd {

struct MissingApi {
  enum class Kind {
    Member,      ///< A member function the class does not declare.
    Overload,    ///< A member function the class declares, not for these arguments.
    Constructor, ///< A constructor for these arguments.
    Class,       ///< A class of the project's namespace.
    Function,    ///< A free function of the project's namespace.
    Header,      ///< A product header the test includes, not written yet.
  };
  Kind What = Kind::Member;
  /// The class it belongs to ("shop::OrderController"), or for a class or
  /// a function the namespace ("shop").
  std::string Scope;
  /// The member, class or function name.
  std::string Name;
  /// Parameter types, from the arguments the test passes (qualified).
  std::vector<std::string> Params;
  /// What it returns, from how the test uses the result: "void" when the
  /// test ignores it; nothing when the test does not tell.
  std::optional<std::string> Returns;
  /// Called on a const object.
  bool Const = false;

  /// The use: the test ("Suite.Name", empty outside a test body) and where.
  std::string Test;
  std::string File;
  unsigned Line = 0;

  /// Where the declaration goes: the header that defines Scope (absolute)
  /// and the offset of the class's closing brace in it. A class or a
  /// function: the header the test includes that does not exist yet, or
  /// a new one beside Beside (the header of the project's class of that
  /// namespace nearest to the test).
  std::string Header;
  unsigned ClassEnd = 0;
  /// The last access specifier before ClassEnd is not public.
  bool NeedsPublic = false;
  std::string Beside;
  /// What the declaration's types need: "<string>", or the absolute path
  /// of the project header that declares a class or enum.
  std::vector<std::string> Includes;

  /// "OrderController::cancelOrder(OrderId)": the scope's namespace left
  /// out, as the report and the stub's marker name it.
  std::string signature() const;
};

/// An edit of the sources that stubs: Text inserted at Offset of File, or
/// (New) the whole of a file that does not exist yet.
struct SourceEdit {
  std::string File;
  unsigned Offset = 0;
  std::string Text;
  bool New = false;
};

/// The files as the edits make them: File -> its whole text (files that
/// cannot be read are left out).
std::map<std::string, std::string>
applyEdits(llvm::ArrayRef<SourceEdit> Edits);

/// A compile error of a test file that is not API that does not exist yet.
struct CompileError {
  /// The test whose body it is in ("Suite.Name"), or empty.
  std::string Test;
  std::string File;
  unsigned Line = 0;
  std::string Message;
};

/// A test of the file: "Suite.Name" and the line of its macro.
struct TestSpan {
  std::string Name;
  unsigned Line = 0;
};

/// What the analysis of one test file that does not compile found.
struct TestFileApis {
  std::string File;
  std::vector<TestSpan> Tests;
  std::vector<MissingApi> Missing;
  std::vector<CompileError> Errors;
  /// The file could not be parsed at all (no compile command, a directory
  /// gone): nothing is known of its errors.
  std::string Unparsed;
};

/// The comment a stub's declaration and definition carry, and how a
/// declaration's preceding line is recognised as one.
llvm::StringRef stubMarker();
bool isStubMarkerLine(llvm::StringRef Line);

/// "shop::OrderId" -> "OrderId" when Namespace is "shop" (or an enclosing
/// one); other names stay qualified.
std::string withoutNamespace(llvm::StringRef Type, llvm::StringRef Namespace);

/// The namespace of a qualified class name: "shop::OrderController" ->
/// "shop"; "" for the global namespace.
llvm::StringRef namespaceOfScope(const MissingApi &Api);

} // namespace itdd

#endif // ITDD_CORE_MISSINGAPI_H
