//===--- MissingApi.cpp - API a test needs that does not exist yet --------===//

#include "core/MissingApi.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include <algorithm>

namespace itdd {

llvm::StringRef stubMarker() {
  return "itdd-stub: written by 'itdd gen stubs'; implement it";
}

bool isStubMarkerLine(llvm::StringRef Line) {
  return Line.trim().starts_with("// itdd-stub:");
}

std::string withoutNamespace(llvm::StringRef Type, llvm::StringRef Namespace) {
  // "a::b::" and "a::", the longest first.
  std::vector<std::string> Prefixes;
  for (llvm::StringRef Ns = Namespace; !Ns.empty();) {
    Prefixes.push_back((Ns + "::").str());
    size_t Colons = Ns.rfind("::");
    Ns = Colons == llvm::StringRef::npos ? "" : Ns.take_front(Colons);
  }
  std::string Result;
  for (size_t I = 0; I < Type.size();) {
    bool AtName = I == 0 || !(llvm::isAlnum(Type[I - 1]) ||
                              Type[I - 1] == '_' || Type[I - 1] == ':');
    const std::string *Skip = nullptr;
    for (const std::string &P : Prefixes)
      if (AtName && Type.substr(I).starts_with(P)) {
        Skip = &P;
        break;
      }
    if (Skip) {
      I += Skip->size();
      continue;
    }
    Result += Type[I++];
  }
  return Result;
}

llvm::StringRef namespaceOfScope(const MissingApi &Api) {
  if (Api.What == MissingApi::Kind::Class ||
      Api.What == MissingApi::Kind::Function)
    return Api.Scope;
  llvm::StringRef Scope = Api.Scope;
  size_t Colons = Scope.rfind("::");
  return Colons == llvm::StringRef::npos ? "" : Scope.take_front(Colons);
}

std::string MissingApi::signature() const {
  llvm::StringRef Ns = namespaceOfScope(*this);
  std::vector<std::string> Shown;
  Shown.reserve(Params.size());
  for (const std::string &P : Params)
    Shown.push_back(withoutNamespace(P, Ns));
  std::string Args = "(" + llvm::join(Shown, ", ") + ")";
  std::string Class = withoutNamespace(Scope, Ns);
  switch (What) {
  case Kind::Member:
  case Kind::Overload:
    return Class + "::" + Name + Args + (Const ? " const" : "");
  case Kind::Constructor:
    return Class + "::" + Name + Args;
  case Kind::Class:
    return "class " + Name;
  case Kind::Function:
    return Name + Args;
  case Kind::Header:
    return Header;
  }
  return Name;
}

std::map<std::string, std::string> applyEdits(llvm::ArrayRef<SourceEdit> Edits) {
  std::map<std::string, std::vector<const SourceEdit *>> ByFile;
  for (const SourceEdit &E : Edits)
    ByFile[E.File].push_back(&E);
  std::map<std::string, std::string> Result;
  for (auto &[File, FileEdits] : ByFile) {
    std::string Text;
    if (!FileEdits.front()->New) {
      auto Buffer = llvm::MemoryBuffer::getFile(File);
      if (!Buffer)
        continue;
      Text = (*Buffer)->getBuffer().str();
    }
    // From the end, so that each offset still means the file as it was;
    // edits at one offset keep their order.
    std::stable_sort(FileEdits.begin(), FileEdits.end(),
                     [](const SourceEdit *A, const SourceEdit *B) {
                       return A->Offset < B->Offset;
                     });
    for (const SourceEdit *E : llvm::reverse(FileEdits)) {
      if (E->New)
        Text += E->Text;
      else
        Text.insert(std::min<size_t>(E->Offset, Text.size()), E->Text);
    }
    Result[File] = std::move(Text);
  }
  return Result;
}

} // namespace itdd
