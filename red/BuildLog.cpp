//===--- BuildLog.cpp - compile and link errors of a build ----------------===//

#include "red/BuildLog.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Regex.h"

namespace itdd::red {

namespace {

/// "CMakeFiles/t.dir/test/x_test.cpp.o" -> "test/x_test.cpp".
std::string sourceOfObject(llvm::StringRef Object) {
  static const llvm::Regex CMake("CMakeFiles/[^/]+\\.dir/(.*)\\.o$");
  llvm::SmallVector<llvm::StringRef, 2> M;
  if (CMake.match(Object, &M))
    return M[1].str();
  Object.consume_back(".o");
  return Object.str();
}

} // namespace

std::vector<BuildError> parseBuildLog(llvm::StringRef Log) {
  static const llvm::Regex Included("^(In file included|[ ]+) from ([^:]+):[0-9]+[:,]$");
  static const llvm::Regex Compile("^([^: ][^:]*):([0-9]+):([0-9]+:)? (fatal )?error: (.*)$");
  static const llvm::Regex InFunction("^(/usr/bin/ld|ld|ld\\.lld|[^ ]*/ld[^ ]*): ([^ ]+\\.o)(\\)|:)? in function");
  static const llvm::Regex Undefined("^([^:]+):(\\(|[0-9]).*(undefined reference to .*)$");
  std::vector<BuildError> Result;
  llvm::StringSet<> Seen;
  std::string IncludedFrom, LinkObject;
  llvm::SmallVector<llvm::StringRef, 256> Lines;
  Log.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    Line = Line.rtrim("\r");
    llvm::SmallVector<llvm::StringRef, 6> M;
    if (Included.match(Line, &M)) {
      IncludedFrom = M[2].str();
      continue;
    }
    if (Compile.match(Line, &M)) {
      BuildError E;
      E.At = M[1].str();
      M[2].getAsInteger(10, E.Line);
      E.Message = M[5].str();
      E.File = IncludedFrom.empty() ? E.At : IncludedFrom;
      IncludedFrom.clear();
      if (Seen.insert(E.File).second)
        Result.push_back(std::move(E));
      continue;
    }
    if (InFunction.match(Line, &M)) {
      LinkObject = sourceOfObject(M[2]);
      continue;
    }
    if (Undefined.match(Line, &M)) {
      BuildError E;
      E.Link = true;
      // The source the undefined reference is in, as the object's debug
      // information or the compiler names it; else the object's source.
      bool Source = llvm::StringRef(M[1]).ends_with(".cpp") ||
                    llvm::StringRef(M[1]).ends_with(".cc") ||
                    llvm::StringRef(M[1]).ends_with(".cxx");
      E.File = Source || LinkObject.empty() ? M[1].str() : LinkObject;
      E.At = M[1].str();
      E.Message = M[3].str();
      if (Seen.insert(E.File).second)
        Result.push_back(std::move(E));
      continue;
    }
    // A new build step: what was included before is over.
    if (Line.starts_with("FAILED:") || Line.starts_with("[") ||
        Line.starts_with("make"))
      IncludedFrom.clear();
  }
  return Result;
}

} // namespace itdd::red
