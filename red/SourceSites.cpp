//===--- SourceSites.cpp - failure sites read from the source text --------===//

#include "red/SourceSites.h"
#include "core/SourceText.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"

namespace itdd::red {

SiteFacts::Place placeOfHeader(llvm::StringRef Header, std::string &Function) {
  static const llvm::Regex Test("(^|[^A-Za-z0-9_])(TEST|TEST_F|TEST_P|TYPED_TEST|"
                                "TYPED_TEST_P) *\\(");
  if (Test.match(Header)) {
    Function = "the test body";
    return SiteFacts::Place::TestBody;
  }
  // The name before the parameter list, and what precedes it.
  llvm::StringRef Before = Header.split('(').first.rtrim();
  size_t Start = Before.find_last_of(" :*&~");
  llvm::StringRef Name =
      Start == llvm::StringRef::npos ? Before : Before.drop_front(Start + 1);
  llvm::StringRef Prefix =
      Start == llvm::StringRef::npos ? "" : Before.take_front(Start + 1).trim();
  Function = Name.str();
  if (Name.starts_with("SetUp"))
    return SiteFacts::Place::SetUp;
  if (Name.starts_with("TearDown") || Prefix.ends_with("~"))
    return SiteFacts::Place::TearDown;
  // A constructor has no return type: nothing but `explicit` or its class
  // (`Fixture::Fixture`) before its name.
  llvm::StringRef Rest = Prefix;
  Rest.consume_front("explicit");
  Rest = Rest.trim();
  if (Rest.empty() || Rest == (Name.str() + "::")) {
    Function = Name.str() + " (constructor)";
    return SiteFacts::Place::SetUp;
  }
  static const llvm::Regex Factory("^(make|build|create|assemble)[A-Za-z0-9_]*System$");
  if (Factory.match(Name))
    return SiteFacts::Place::SetUp;
  return SiteFacts::Place::Helper;
}

bool callsByName(llvm::StringRef Code, llvm::StringRef Name) {
  if (Name.empty())
    return false;
  auto IsIdentifier = [](char C) { return llvm::isAlnum(C) || C == '_'; };
  for (size_t At = Code.find(Name); At != llvm::StringRef::npos;
       At = Code.find(Name, At + 1)) {
    if (At > 0 && IsIdentifier(Code[At - 1]))
      continue;
    if (Code.drop_front(At + Name.size()).ltrim().starts_with("("))
      return true;
  }
  return false;
}

std::string SourceSites::resolve(llvm::StringRef File) const {
  if (llvm::sys::path::is_absolute(File) || llvm::sys::fs::exists(File))
    return File.str();
  for (const std::string &Dir : SearchDirs) {
    llvm::SmallString<256> Path(Dir);
    llvm::sys::path::append(Path, File);
    if (llvm::sys::fs::exists(Path))
      return std::string(Path);
  }
  return File.str();
}

const SourceSites::Source *SourceSites::read(llvm::StringRef File) {
  auto [It, New] = Cache.try_emplace(File);
  std::optional<Source> &Slot = It->second;
  if (New)
    if (auto Buffer = llvm::MemoryBuffer::getFile(resolve(File))) {
      llvm::StringRef Text = (*Buffer)->getBuffer();
      llvm::SmallVector<llvm::StringRef, 256> Split;
      Text.split(Split, '\n');
      Source S;
      S.Lines.reserve(Split.size());
      for (llvm::StringRef Line : Split)
        S.Lines.push_back(Line.trim().str());
      std::string Code = codeOnly(Text);
      S.Blocks = functionBlocksOfCode(Code);
      llvm::SmallVector<llvm::StringRef, 256> CodeLines;
      llvm::StringRef(Code).split(CodeLines, '\n');
      for (const EnclosingBlock &B : S.Blocks) {
        std::string Function;
        if (placeOfHeader(B.Header, Function) != SiteFacts::Place::SetUp ||
            !(llvm::StringRef(Function).ends_with(" (constructor)") ||
              llvm::StringRef(Function).starts_with("SetUp")))
          continue;
        for (unsigned L = B.FirstLine; L <= B.LastLine && L <= CodeLines.size();
             ++L)
          S.SetUpCode += CodeLines[L - 1].str() + "\n";
      }
      Slot = std::move(S);
    }
  return Slot ? &*Slot : nullptr;
}

std::optional<SiteFacts> SourceSites::site(const TestOutcome &T,
                                           const Failure &F) {
  const Source *Src = read(F.File);
  if (!Src)
    return std::nullopt;
  SiteFacts S;
  if (F.Line >= 1 && F.Line <= Src->Lines.size())
    S.LineText = Src->Lines[F.Line - 1];
  if (std::optional<EnclosingBlock> B = enclosingBlock(Src->Blocks, F.Line))
    S.Where = placeOfHeader(B->Header, S.Function);
  S.CalledBySetUp = S.Where == SiteFacts::Place::Helper &&
                    callsByName(Src->SetUpCode, S.Function);
  return S;
}

} // namespace itdd::red
