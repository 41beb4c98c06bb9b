//===--- UnifiedDiff.cpp - the stubs as a unified diff --------------------===//
//
// `itdd gen stubs` without --apply: the edits as `diff -u` shows them,
// against the files as they are; a new file against /dev/null.
//
//===----------------------------------------------------------------------===//

#include "generators/Stubs.h"
#include "llvm/Support/MemoryBuffer.h"
#include <map>

namespace itdd {

namespace {

std::string readFile(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  return Buffer ? (*Buffer)->getBuffer().str() : "";
}

struct Line {
  char Op; // ' ', '-', '+'
  std::string Text;
};

llvm::SmallVector<llvm::StringRef, 64> linesOf(llvm::StringRef Text) {
  llvm::SmallVector<llvm::StringRef, 64> Lines;
  Text.split(Lines, '\n');
  if (!Lines.empty() && Lines.back().empty())
    Lines.pop_back();
  return Lines;
}

/// The file's lines with the edits' lines among them: an edit at the start
/// of a line that ends in a newline adds whole lines before it; any other
/// replaces the line it falls in.
std::vector<Line> editedLines(llvm::StringRef Old,
                              std::vector<const SourceEdit *> FileEdits) {
  std::stable_sort(FileEdits.begin(), FileEdits.end(),
                   [](const SourceEdit *A, const SourceEdit *B) {
                     return A->Offset < B->Offset;
                   });
  std::vector<Line> Out;
  auto AddLines = [&](llvm::StringRef Text) {
    for (llvm::StringRef L : linesOf(Text))
      Out.push_back({'+', L.str()});
  };
  size_t Next = 0, Pos = 0;
  while (Pos < Old.size() || Next < FileEdits.size()) {
    size_t End = Old.find('\n', Pos);
    if (End == llvm::StringRef::npos)
      End = Old.size();
    // Whole lines inserted before this one.
    while (Next < FileEdits.size() && FileEdits[Next]->Offset <= Pos &&
           llvm::StringRef(FileEdits[Next]->Text).ends_with("\n"))
      AddLines(FileEdits[Next++]->Text);
    if (Pos >= Old.size()) {
      // Past the end: what is left goes at the end.
      while (Next < FileEdits.size())
        AddLines(FileEdits[Next++]->Text);
      break;
    }
    llvm::StringRef OldLine = Old.substr(Pos, End - Pos);
    std::string NewLine = OldLine.str();
    size_t Shift = 0;
    bool Changed = false;
    while (Next < FileEdits.size() && FileEdits[Next]->Offset <= End) {
      size_t Column = std::max<size_t>(FileEdits[Next]->Offset, Pos) - Pos;
      NewLine.insert(Column + Shift, FileEdits[Next]->Text);
      Shift += FileEdits[Next]->Text.size();
      Changed = true;
      ++Next;
    }
    if (Changed) {
      Out.push_back({'-', OldLine.str()});
      AddLines(NewLine);
    } else {
      Out.push_back({' ', OldLine.str()});
    }
    Pos = End + 1;
  }
  return Out;
}

std::string shownPath(llvm::StringRef Path, llvm::StringRef RelativeTo) {
  if (!RelativeTo.empty() && Path.starts_with(RelativeTo) &&
      Path.size() > RelativeTo.size() && Path[RelativeTo.size()] == '/')
    return Path.substr(RelativeTo.size() + 1).str();
  return Path.str();
}

std::string hunks(const std::vector<Line> &Lines) {
  const size_t Context = 3;
  std::string Out;
  size_t N = Lines.size();
  size_t K = 0;
  while (K < N) {
    while (K < N && Lines[K].Op == ' ')
      ++K;
    if (K == N)
      break;
    size_t Begin = K >= Context ? K - Context : 0;
    size_t End = K;
    // Extend while changes are within 2*Context of each other.
    size_t Quiet = 0;
    for (size_t L = K; L < N; ++L) {
      if (Lines[L].Op == ' ') {
        if (++Quiet > 2 * Context)
          break;
      } else {
        Quiet = 0;
        End = L;
      }
    }
    size_t Last = std::min(N, End + 1 + Context);
    unsigned OldStart = 1, NewStart = 1;
    for (size_t L = 0; L < Begin; ++L) {
      OldStart += Lines[L].Op != '+';
      NewStart += Lines[L].Op != '-';
    }
    unsigned OldCount = 0, NewCount = 0;
    std::string Body;
    for (size_t L = Begin; L < Last; ++L) {
      OldCount += Lines[L].Op != '+';
      NewCount += Lines[L].Op != '-';
      Body += Lines[L].Op + Lines[L].Text + "\n";
    }
    Out += "@@ -" + std::to_string(OldCount ? OldStart : OldStart - 1) + "," +
           std::to_string(OldCount) + " +" + std::to_string(NewStart) + "," +
           std::to_string(NewCount) + " @@\n" + Body;
    K = Last;
  }
  return Out;
}

} // namespace

std::string unifiedDiff(llvm::ArrayRef<SourceEdit> Edits,
                        llvm::StringRef RelativeTo) {
  std::map<std::string, std::vector<const SourceEdit *>> ByFile;
  for (const SourceEdit &E : Edits)
    ByFile[E.File].push_back(&E);
  std::string Out;
  for (const auto &[File, FileEdits] : ByFile) {
    std::string Shown = shownPath(File, RelativeTo);
    bool New = FileEdits.front()->New;
    Out += "--- " + (New ? std::string("/dev/null") : "a/" + Shown) + "\n";
    Out += "+++ b/" + Shown + "\n";
    Out += hunks(editedLines(New ? "" : readFile(File), FileEdits));
  }
  return Out;
}

} // namespace itdd
