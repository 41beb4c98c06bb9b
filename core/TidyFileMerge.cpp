//===--- TidyFileMerge.cpp - a proposal merged into a .clang-tidy ---------===//

#include "core/TidyFileMerge.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FormatVariadic.h"
#include <algorithm>
#include <cstring>

using namespace llvm;

namespace itdd {

namespace {

std::vector<std::string> linesOf(StringRef Text) {
  SmallVector<StringRef> Parts;
  Text.split(Parts, '\n');
  if (!Parts.empty() && Parts.back().empty())
    Parts.pop_back();
  return std::vector<std::string>(Parts.begin(), Parts.end());
}

bool isIndented(StringRef Line) {
  return Line.starts_with(" ") || Line.starts_with("\t");
}

bool isBlankOrComment(StringRef Line) {
  StringRef T = Line.trim();
  return T.empty() || T.starts_with("#");
}

/// The lines of one key as a list entry: `- key: K` / `  value: 'V'`
/// (a key with a value).
std::string listEntry(const ProposedKey &K, StringRef Indent) {
  if (!K.Value)
    return "";
  std::string Out;
  for (const std::string &Line : K.Evidence)
    Out += Indent.str() + "# " + Line + "\n";
  Out += Indent.str() + "- key: " + K.Key + "\n";
  Out += Indent.str() + "  value: " + yamlQuoted(*K.Value) + "\n";
  return Out;
}

} // namespace

TidyFileMerge
mergeIntoTidyFile(StringRef Existing,
                  const std::map<std::string, std::string> &UserOptions,
                  const ConfigProposal &P) {
  TidyFileMerge M;
  M.Text = Existing.str();
  std::vector<const ProposedKey *> ToAdd;
  for (const ProposedKey &K : P.Keys) {
    if (!K.Value)
      continue;
    auto It = UserOptions.find(K.Key);
    if (It == UserOptions.end())
      ToAdd.push_back(&K);
    else if (It->second != *K.Value)
      M.Kept.push_back({K.Key, It->second, *K.Value});
  }
  if (ToAdd.empty())
    return M;
  std::vector<std::string> Lines = linesOf(Existing);
  size_t Options = Lines.size();
  for (size_t I = 0; I < Lines.size(); ++I)
    if (!isIndented(Lines[I]) &&
        StringRef(Lines[I]).starts_with("CheckOptions:"))
      Options = I;
  std::string Insert;
  size_t At = Lines.size();
  if (Options == Lines.size()) {
    Insert = "CheckOptions:\n";
    for (const ProposedKey *K : ToAdd)
      Insert += renderKey(*K, "  ");
  } else {
    StringRef Rest =
        StringRef(Lines[Options]).drop_front(strlen("CheckOptions:")).trim();
    if (!Rest.empty() && !Rest.starts_with("#")) {
      M.Problem = "its CheckOptions are written on one line (" + Rest.str() +
                  "); write them as one key per line to merge";
      return M;
    }
    // The block: indented lines (and blank or comment lines) below it;
    // new keys go after its last indented line, in its style.
    At = Options + 1;
    std::string Indent = "  ";
    bool List = false, SeenEntry = false;
    for (size_t I = Options + 1; I < Lines.size(); ++I) {
      StringRef L = Lines[I];
      if (isBlankOrComment(L))
        continue;
      if (!isIndented(L))
        break;
      if (!SeenEntry) {
        StringRef Body = L.ltrim(" \t");
        Indent = L.take_front(L.size() - Body.size()).str();
        List = Body.starts_with("- ");
        SeenEntry = true;
      }
      At = I + 1;
    }
    for (const ProposedKey *K : ToAdd)
      Insert += List ? listEntry(*K, Indent) : renderKey(*K, Indent);
  }
  std::string Out;
  for (size_t I = 0; I < At; ++I)
    Out += Lines[I] + "\n";
  Out += Insert;
  for (size_t I = At; I < Lines.size(); ++I)
    Out += Lines[I] + "\n";
  M.Text = std::move(Out);
  for (const ProposedKey *K : ToAdd)
    M.Added.push_back(K->Key);
  return M;
}

std::string unifiedDiff(StringRef Old, StringRef New, StringRef OldName,
                        StringRef NewName) {
  std::vector<std::string> A = linesOf(Old), B = linesOf(New);
  size_t N = A.size(), M = B.size();
  // Longest common subsequence, from the ends: Common[i][j] for A[i..],
  // B[j..]. Configuration files are small.
  std::vector<std::vector<unsigned>> Common(N + 1,
                                            std::vector<unsigned>(M + 1, 0));
  for (size_t I = N; I-- > 0;)
    for (size_t J = M; J-- > 0;)
      Common[I][J] = A[I] == B[J]
                         ? Common[I + 1][J + 1] + 1
                         : std::max(Common[I + 1][J], Common[I][J + 1]);
  // Each line of the edit script: ' ', '-' or '+', and its text.
  std::vector<std::pair<char, std::string>> Script;
  size_t I = 0, J = 0;
  while (I < N || J < M) {
    if (I < N && J < M && A[I] == B[J]) {
      Script.push_back({' ', A[I]});
      ++I, ++J;
    } else if (J < M && (I == N || Common[I][J + 1] >= Common[I + 1][J])) {
      Script.push_back({'+', B[J++]});
    } else {
      Script.push_back({'-', A[I++]});
    }
  }
  constexpr size_t Context = 3;
  std::string Out;
  size_t K = 0;
  while (K < Script.size()) {
    if (Script[K].first == ' ') {
      ++K;
      continue;
    }
    // A hunk: from Context lines before this change to Context lines after
    // the last change less than 2 * Context lines from the previous one.
    size_t Start = K > Context ? K - Context : 0, End = K;
    for (size_t L = K; L < Script.size(); ++L)
      if (Script[L].first != ' ') {
        if (L > End + 2 * Context)
          break;
        End = L;
      }
    End = std::min(Script.size(), End + Context + 1);
    size_t OldStart = 0, NewStart = 0;
    for (size_t L = 0; L < Start; ++L) {
      OldStart += Script[L].first != '+';
      NewStart += Script[L].first != '-';
    }
    size_t OldCount = 0, NewCount = 0;
    for (size_t L = Start; L < End; ++L) {
      OldCount += Script[L].first != '+';
      NewCount += Script[L].first != '-';
    }
    if (Out.empty())
      Out = formatv("--- {0}\n+++ {1}\n", OldName, NewName).str();
    Out += formatv("@@ -{0},{1} +{2},{3} @@\n", OldStart + (OldCount ? 1 : 0),
                   OldCount, NewStart + (NewCount ? 1 : 0), NewCount);
    for (size_t L = Start; L < End; ++L)
      Out += Script[L].first + Script[L].second + "\n";
    K = End;
  }
  return Out;
}

} // namespace itdd
