//===--- Stubs.cpp - declarations and definitions of missing API ----------===//

#include "generators/Stubs.h"
#include "support/Paths.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <map>
#include <set>

namespace itdd {

std::string snakeCase(llvm::StringRef Name) {
  std::string Out;
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    if (llvm::isUpper(C)) {
      bool Boundary = I > 0 && (llvm::isLower(Name[I - 1]) ||
                                llvm::isDigit(Name[I - 1]) ||
                                (I + 1 < Name.size() && llvm::isLower(Name[I + 1]) &&
                                 llvm::isUpper(Name[I - 1])));
      if (Boundary)
        Out += '_';
      Out += llvm::toLower(C);
    } else {
      Out += C;
    }
  }
  return Out;
}

namespace {

constexpr llvm::StringLiteral Placeholder =
    "void /* itdd: the test uses what this returns; say its type */";

/// "a::b" -> {"a", "b"}.
llvm::SmallVector<llvm::StringRef, 4> namespaces(llvm::StringRef Ns) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  if (!Ns.empty())
    Ns.split(Parts, "::");
  return Parts;
}

std::string returnType(const MissingApi &A) {
  if (A.What == MissingApi::Kind::Constructor)
    return "";
  return A.Returns ? *A.Returns : Placeholder.str();
}

bool returnsValue(const MissingApi &A) {
  return A.Returns && *A.Returns != "void";
}

/// "(const std::string &, int)" with the parameters unnamed: a stub reads
/// none of them.
std::string parameterList(const MissingApi &A) {
  return "(" + llvm::join(A.Params, ", ") + ")";
}

/// The declaration inside its class, indented.
std::string memberDeclaration(const MissingApi &A) {
  std::string Marker = "  // " + stubMarker().str() + "\n";
  if (A.What == MissingApi::Kind::Constructor)
    return Marker + "  " + std::string(A.Params.size() == 1 ? "explicit " : "") +
           A.Name + parameterList(A) + ";\n";
  return Marker + "  " + returnType(A) + " " + A.Name + parameterList(A) +
         (A.Const ? " const" : "") + ";\n";
}

/// A definition that does no work; Inline in a header.
std::string definition(const MissingApi &A, bool Inline) {
  std::string Out = "// " + stubMarker().str() + "\n";
  if (Inline)
    Out += "inline ";
  std::string Name = A.Scope + "::" + A.Name;
  if (A.What == MissingApi::Kind::Constructor)
    return Out + Name + parameterList(A) + " {}\n";
  Out += returnType(A) + " " + Name + parameterList(A) +
         (A.Const ? " const" : "") + " {\n";
  if (returnsValue(A))
    Out += "  return {};\n";
  return Out + "}\n";
}

std::string includeGuard(llvm::StringRef Header) {
  std::string Guard;
  llvm::StringRef Name = llvm::sys::path::filename(Header);
  llvm::StringRef Dir = llvm::sys::path::filename(llvm::sys::path::parent_path(Header));
  for (char C : (Dir + "_" + Name).str())
    Guard += llvm::isAlnum(C) ? llvm::toUpper(C) : '_';
  return Guard;
}

/// What a file includes a header by: "<string>" stays, a project header is
/// named relative to From's directory.
std::string includeLine(llvm::StringRef Include, llvm::StringRef From) {
  if (Include.starts_with("<"))
    return "#include " + Include.str() + "\n";
  return "#include \"" +
         pathFrom(llvm::sys::path::parent_path(From), Include) + "\"\n";
}

/// The offset after the last #include line of Text, else 0.
unsigned afterLastInclude(llvm::StringRef Text) {
  unsigned Result = 0;
  size_t Pos = 0;
  while (Pos < Text.size()) {
    size_t End = Text.find('\n', Pos);
    if (End == llvm::StringRef::npos)
      End = Text.size();
    if (Text.substr(Pos, End - Pos).ltrim().starts_with("#include"))
      Result = std::min<size_t>(End + 1, Text.size());
    Pos = End + 1;
  }
  return Result;
}

std::string readFile(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  return Buffer ? (*Buffer)->getBuffer().str() : "";
}

/// A class not declared yet: its header, source and the stubs it holds.
struct NewClass {
  std::string Scope, Name, Header, Source;
  std::vector<const MissingApi *> Members;
  std::vector<std::string> Includes;
  /// An existing product header that is to include Header (the test names
  /// none for it).
  std::string IncludedBy;
};

class Planner {
public:
  explicit Planner(const StubRequest &R) : R(R) {}

  std::vector<SourceEdit> plan(llvm::ArrayRef<MissingApi> Needs) {
    // Each API once: the first use that tells what it returns wins.
    std::vector<const MissingApi *> Unique;
    std::map<std::string, size_t> Index;
    for (const MissingApi &A : Needs) {
      std::string Key = A.Scope + "::" + A.signature();
      auto [It, New] = Index.try_emplace(Key, Unique.size());
      if (New)
        Unique.push_back(&A);
      else if (!Unique[It->second]->Returns && A.Returns)
        Unique[It->second] = &A;
    }
    for (const MissingApi *A : Unique)
      if (A->What == MissingApi::Kind::Header)
        newHeader(A->Header, "", "");
    for (const MissingApi *A : Unique)
      if (A->What == MissingApi::Kind::Class)
        newClass(*A);
    for (const MissingApi *A : Unique)
      if (A->What != MissingApi::Kind::Header &&
          A->What != MissingApi::Kind::Class)
        member(*A);
    return finish();
  }

private:
  NewClass &newHeader(const std::string &Header, const std::string &Scope,
                      const std::string &Name) {
    for (NewClass &C : Classes)
      if (C.Header == Header && (C.Name.empty() || C.Name == Name ||
                                 Name.empty())) {
        if (C.Name.empty()) {
          C.Scope = Scope;
          C.Name = Name;
        }
        return C;
      }
    NewClass C;
    C.Header = Header;
    C.Scope = Scope;
    C.Name = Name;
    Classes.push_back(std::move(C));
    return Classes.back();
  }

  void newClass(const MissingApi &A) {
    std::string Header = A.Header;
    std::string IncludedBy;
    if (Header.empty()) {
      llvm::SmallString<256> Dir(R.Dir.empty()
                                     ? llvm::sys::path::parent_path(A.Beside)
                                     : llvm::StringRef(R.Dir));
      llvm::sys::path::append(Dir, snakeCase(A.Name) + ".h");
      Header = std::string(Dir);
      IncludedBy = A.Beside;
    }
    NewClass &C = newHeader(Header, A.Scope, A.Name);
    C.IncludedBy = IncludedBy;
    // Its source beside the source of the nearest class.
    std::string Near = R.SourceFor ? R.SourceFor(A.Beside) : "";
    if (!Near.empty() && R.Definitions) {
      llvm::SmallString<256> Source(llvm::sys::path::parent_path(Near));
      llvm::sys::path::append(Source, snakeCase(A.Name) + ".cpp");
      C.Source = std::string(Source);
    }
  }

  NewClass *classFor(const MissingApi &A) {
    for (NewClass &C : Classes)
      if (!C.Name.empty() && C.Scope + "::" + C.Name == A.Scope)
        return &C;
    return nullptr;
  }

  void member(const MissingApi &A) {
    if (NewClass *C = classFor(A)) {
      C->Members.push_back(&A);
      for (const std::string &I : A.Includes)
        if (!llvm::is_contained(C->Includes, I))
          C->Includes.push_back(I);
      return;
    }
    if (A.What == MissingApi::Kind::Function || A.Header.empty())
      return;
    std::string Text = A.NeedsPublic && !Public.count(A.Header + "@" +
                                                      std::to_string(A.ClassEnd))
                           ? "public:\n"
                           : "";
    Public.insert(A.Header + "@" + std::to_string(A.ClassEnd));
    Edits.push_back({A.Header, A.ClassEnd, Text + memberDeclaration(A), false});
    addIncludes(A.Header, A.Includes);
    if (!R.Definitions)
      return;
    std::string Source = R.SourceFor ? R.SourceFor(A.Header) : "";
    bool Inline = Source.empty();
    std::string Into = Inline ? A.Header : Source;
    size_t End = readFile(Into).size();
    Edits.push_back({Into, static_cast<unsigned>(End),
                     "\n" + definition(A, Inline), false});
  }

  /// The includes a header lacks for the types its stubs name.
  void addIncludes(const std::string &Header,
                   llvm::ArrayRef<std::string> Includes) {
    std::string Text = readFile(Header);
    for (const std::string &I : Includes) {
      if (I == Header)
        continue;
      std::string Line = includeLine(I, Header);
      std::string Name = I.front() == '<'
                             ? I
                             : llvm::sys::path::filename(I).str();
      std::string Key = Header;
      Key += "|";
      Key += Line;
      if (llvm::StringRef(Text).contains(Name) || !Added.insert(Key).second)
        continue;
      Edits.push_back({Header, afterLastInclude(Text), Line, false});
    }
  }

  std::vector<SourceEdit> finish() {
    for (const NewClass &C : Classes)
      writeClass(C);
    return std::move(Edits);
  }

  void writeClass(const NewClass &C) {
    std::string Guard = includeGuard(C.Header);
    std::string H = "// " + stubMarker().str() + "\n#ifndef " + Guard +
                    "\n#define " + Guard + "\n\n";
    for (const std::string &I : C.Includes)
      if (I != C.Header)
        H += includeLine(I, C.Header);
    if (!C.Includes.empty())
      H += "\n";
    llvm::StringRef Ns = C.Scope;
    for (llvm::StringRef Part : namespaces(Ns))
      H += "namespace " + Part.str() + " {\n";
    if (!C.Name.empty()) {
      H += "\n// " + stubMarker().str() + "\nclass " + C.Name + " {\npublic:\n";
      for (const MissingApi *M : C.Members)
        H += memberDeclaration(*M);
      H += "};\n\n";
    }
    for (llvm::StringRef Part : llvm::reverse(namespaces(Ns)))
      H += "} // namespace " + Part.str() + "\n";
    H += "\n#endif // " + Guard + "\n";
    Edits.push_back({C.Header, 0, H, true});
    if (!C.IncludedBy.empty()) {
      std::string Text = readFile(C.IncludedBy);
      Edits.push_back({C.IncludedBy, afterLastInclude(Text),
                       includeLine(C.Header, C.IncludedBy), false});
    }
    if (!R.Definitions || C.Members.empty())
      return;
    bool Inline = C.Source.empty();
    std::string Defs;
    for (const MissingApi *M : C.Members)
      Defs += "\n" + definition(*M, Inline);
    if (Inline) {
      // Before the include guard's #endif.
      std::string &Text = Edits[Edits.size() - (C.IncludedBy.empty() ? 1 : 2)].Text;
      Text.insert(Text.rfind("#endif"), Defs.substr(1) + "\n");
      return;
    }
    Edits.push_back({C.Source, 0,
                     "// " + stubMarker().str() + "\n" +
                         includeLine(C.Header, C.Source) + Defs,
                     true});
  }

  const StubRequest &R;
  std::vector<SourceEdit> Edits;
  std::vector<NewClass> Classes;
  std::set<std::string> Public, Added;
};

} // namespace

std::vector<SourceEdit> stubEdits(llvm::ArrayRef<MissingApi> Needs,
                                  const StubRequest &Request) {
  return Planner(Request).plan(Needs);
}

} // namespace itdd
