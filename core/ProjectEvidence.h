//===--- ProjectEvidence.h - what itdd init infers roles from ---*- C++ -*-===//
//
// The structural facts `itdd map` gathers beside the map for `itdd init`:
// what each test source's tests build, use and mock; which files include
// headers from outside the project; which classes own others as fields;
// the project's interfaces implemented outside it; the free functions that
// build the project's classes. Only structure and location, no names
// matched against patterns. Kept in the map's shards, not in the map.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_PROJECTEVIDENCE_H
#define ITDD_CORE_PROJECTEVIDENCE_H

#include "llvm/Support/JSON.h"
#include <optional>
#include <string>
#include <vector>

namespace itdd {

/// One GoogleTest test, as the checks' walk sees it.
struct TestEvidence {
  std::string Name; ///< Suite.Name.
  /// The application components it builds for real, those they own
  /// included (the checks' count), qualified names, sorted.
  std::vector<std::string> Components;
  /// The project classes whose members it calls or that it builds.
  std::vector<std::string> Used;
  /// Keys of the test support defined in other files that it calls.
  std::vector<std::string> SupportCalls;
  /// The project's free functions (qualified names, overloads as one)
  /// that its own code calls: its body, fixture and the test file's
  /// helpers.
  std::vector<std::string> Functions;
};

/// One test source (a translation unit whose main file is a test).
struct TestFileEvidence {
  std::string File; ///< Relative to the project root.
  std::vector<TestEvidence> Tests;
  /// The project classes the GoogleMock classes its test code defines
  /// derive from (or stand in for), sorted.
  std::vector<std::string> Mocked;
};

/// A header from outside the project that a project file includes itself.
struct OutsideInclude {
  std::string Spelled; ///< As written: `<sqlite3.h>`.
  /// Found in the system's C interface directories (the compiler's
  /// extern "C" system directories: the operating system's and installed
  /// libraries' headers), rather than third-party code elsewhere.
  bool System = false;
  bool operator<(const OutsideInclude &O) const { return Spelled < O.Spelled; }
  bool operator==(const OutsideInclude &O) const {
    return Spelled == O.Spelled && System == O.System;
  }
};

/// A file of the project, or vendored into it, that includes headers from
/// outside the project, with the classes it defines or defines members of.
struct FileEvidence {
  std::string File; ///< Relative to the project root when below it.
  std::vector<std::string> Classes;
  std::vector<OutsideInclude> Includes;
};

/// A class outside the project (vendored, third-party) that derives from
/// one of the project's classes.
struct OutsideImplementation {
  std::string Name;
  std::string Interface;
  std::string File;
};

/// A relation between two of the project's classes.
struct ClassLink {
  std::string From, To;
  bool operator<(const ClassLink &O) const {
    return From < O.From || (From == O.From && To < O.To);
  }
  bool operator==(const ClassLink &O) const {
    return From == O.From && To == O.To;
  }
};

struct ProjectEvidence {
  std::vector<TestFileEvidence> TestFiles;
  std::vector<FileEvidence> Files;
  std::vector<OutsideImplementation> OutsideImplementations;
  /// From: a project class; To: a project class it holds as a field, by
  /// value or owning smart pointer (built with it).
  std::vector<ClassLink> Owns;
  /// From: a free function of the project (qualified name), or a static
  /// member function that hands out a new object of its class through an
  /// out-parameter; To: the project class whose new object it returns
  /// (or new objects, in a standard container: `LoadAll`).
  std::vector<ClassLink> FreeFactories;
  /// From: a project class; To: a project class it holds through a
  /// pointer or reference field it does not hand out (it uses one it was
  /// given, such as a store an options struct names).
  std::vector<ClassLink> Holds;
  /// From: a project class; To: another project class one of its public
  /// member functions returns as a new object (by value or owning
  /// pointer): its users get the second from the first.
  std::vector<ClassLink> Makes;
  /// From: a free function of the project; To: a project component its
  /// definition builds or calls a member of.
  std::vector<ClassLink> FunctionDrives;
  /// From: a free function of the project; To: another the first's
  /// definition calls (what it drives, it drives through the first).
  std::vector<ClassLink> FunctionCalls;

  bool empty() const {
    return TestFiles.empty() && Files.empty() &&
           OutsideImplementations.empty() && Owns.empty() &&
           FreeFactories.empty() && Holds.empty() && Makes.empty() &&
           FunctionDrives.empty() && FunctionCalls.empty();
  }
  /// Sorts and merges what several translation units saw of one file.
  void normalize();
  /// Adds Other's facts (normalize() afterwards).
  void append(ProjectEvidence Other);
};

llvm::json::Value toJSON(const ProjectEvidence &E);
/// Nullopt when V is not evidence as toJSON writes it.
std::optional<ProjectEvidence>
projectEvidenceFromJSON(const llvm::json::Value &V);

} // namespace itdd

#endif // ITDD_CORE_PROJECTEVIDENCE_H
