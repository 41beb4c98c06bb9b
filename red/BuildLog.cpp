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

/// A file the compiler is given to compile, not one it includes.
bool isSourceFile(llvm::StringRef Path) {
  llvm::StringRef Ext = Path.rsplit('.').second;
  return Ext == "cpp" || Ext == "cc" || Ext == "cxx" || Ext == "c++" ||
         Ext == "C" || Ext == "c";
}

} // namespace

std::vector<BuildError> parseBuildLog(llvm::StringRef Log) {
  static const llvm::Regex Included("^(In file included|[ ]+) from ([^:]+):[0-9]+[:,]$");
  static const llvm::Regex Compile("^([^: ][^:]*):([0-9]+):([0-9]+:)? (fatal )?error: (.*)$");
  static const llvm::Regex InFunction("^(/usr/bin/ld|ld|ld\\.lld|[^ ]*/ld[^ ]*): ([^ ]+\\.o)(\\)|:)? in function");
  static const llvm::Regex Undefined("^([^:]+):(\\(|[0-9]).*(undefined reference to .*)$");
  std::vector<BuildError> Result;
  llvm::StringSet<> Seen;
  // The source file of the include chain the log showed last (its
  // outermost file), for the next error in a header. `make -j` interleaves
  // the compilers' lines, so an error in a source file is that file's own
  // and leaves the chain to the header error it leads to.
  std::string IncludedFrom, LinkObject;
  bool InChain = false;
  llvm::SmallVector<llvm::StringRef, 256> Lines;
  Log.split(Lines, '\n');
  for (llvm::StringRef Line : Lines) {
    Line = Line.rtrim("\r");
    llvm::SmallVector<llvm::StringRef, 6> M;
    if (Included.match(Line, &M)) {
      // GCC names the innermost includer first, the source file last on
      // "   from" lines; Clang writes "In file included from" on each
      // level, the source file first.
      bool ClangLevel = M[1] == "In file included" && InChain;
      if (!ClangLevel)
        IncludedFrom = M[2].str();
      InChain = true;
      continue;
    }
    InChain = false;
    if (Compile.match(Line, &M)) {
      BuildError E;
      E.At = M[1].str();
      M[2].getAsInteger(10, E.Line);
      E.Message = M[5].str();
      if (isSourceFile(E.At) || IncludedFrom.empty()) {
        E.File = E.At;
      } else {
        E.File = IncludedFrom;
        IncludedFrom.clear();
      }
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
      E.File = isSourceFile(M[1]) || LinkObject.empty() ? M[1].str()
                                                         : LinkObject;
      E.At = M[1].str();
      E.Message = M[3].str();
      if (Seen.insert(E.File).second)
        Result.push_back(std::move(E));
      continue;
    }
  }
  return Result;
}

} // namespace itdd::red
