//===--- ConstructorChoice.cpp - which constructor builds a class ---------===//

#include "generators/ConstructorChoice.h"
#include "llvm/ADT/StringExtras.h"

namespace itdd {

namespace {

llvm::Error fail(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 Message.str().c_str());
}

/// Splits "A<B, C>, D" at its top-level commas.
std::vector<std::string> splitTypes(llvm::StringRef Text) {
  std::vector<std::string> Result;
  int Depth = 0;
  std::string Current;
  for (char C : Text) {
    if (C == '<' || C == '(')
      ++Depth;
    else if (C == '>' || C == ')')
      --Depth;
    if (C == ',' && Depth == 0) {
      Result.push_back(llvm::StringRef(Current).trim().str());
      Current.clear();
      continue;
    }
    Current += C;
  }
  if (!llvm::StringRef(Current).trim().empty())
    Result.push_back(llvm::StringRef(Current).trim().str());
  return Result;
}

std::string withoutSpaces(llvm::StringRef S) {
  std::string Result;
  for (char C : S)
    if (C != ' ')
      Result += C;
  return Result;
}

/// "\n  1: app::Clock(int Hz)" for each public constructor of C.
std::string listConstructors(const Component &C) {
  std::string Text;
  for (size_t I = 0; I < C.Constructors.size(); ++I)
    Text += "\n  " + std::to_string(I + 1) + ": " + C.Name +
            describeParameters(C.Constructors[I]);
  return Text;
}

/// The constructors whose first parameters' types contain the types
/// Selector lists ("std::vector" picks the one whose first parameter is a
/// vector), by number; one whose parameters are exactly those wins.
std::vector<unsigned> byLeadingTypes(const Component &C,
                                     llvm::StringRef Selector) {
  const std::vector<std::vector<CtorParam>> &All = C.Constructors;
  std::vector<std::string> Wanted = splitTypes(Selector);
  std::vector<unsigned> Matches;
  for (size_t I = 0; I < All.size(); ++I) {
    if (All[I].size() < Wanted.size())
      continue;
    bool Match = true;
    for (size_t J = 0; J < Wanted.size() && Match; ++J)
      Match = llvm::StringRef(withoutSpaces(All[I][J].Type))
                  .contains(withoutSpaces(Wanted[J]));
    if (Match)
      Matches.push_back(static_cast<unsigned>(I + 1));
  }
  for (unsigned M : Matches)
    if (All[M - 1].size() == Wanted.size())
      Matches = {M};
  return Matches;
}

} // namespace

std::string describeParameters(const std::vector<CtorParam> &Params) {
  std::vector<std::string> Parts;
  Parts.reserve(Params.size());
  for (const CtorParam &P : Params)
    Parts.push_back(P.Type + (P.Name.empty() ? "" : " " + P.Name) +
                    (P.Default.empty() ? "" : " = " + P.Default));
  return "(" + llvm::join(Parts, ", ") + ")";
}

llvm::Expected<std::vector<CtorParam>>
chooseConstructor(const Component &C,
                  const std::optional<std::string> &Selector,
                  llvm::StringRef Flag, ConstructorChoice &Choice) {
  const std::vector<std::vector<CtorParam>> &All = C.Constructors;
  auto Count = static_cast<unsigned>(All.size());
  if (!Selector) {
    if (All.size() > 1)
      for (size_t I = 0; I < All.size(); ++I)
        if (All[I] == C.Constructor)
          Choice = {static_cast<unsigned>(I + 1), Count, ""};
    return C.Constructor;
  }
  if (All.size() < 2) {
    if (*Selector == "1")
      return C.Constructor;
    return fail(Flag + ": " + C.Name + " has one public constructor " +
                describeParameters(C.Constructor));
  }
  unsigned Index = 0;
  if (!llvm::StringRef(*Selector).getAsInteger(10, Index)) {
    if (Index < 1 || Index > All.size())
      return fail(Flag + ": " + C.Name + " has " + std::to_string(All.size()) +
                  " public constructors:" + listConstructors(C));
  } else {
    std::vector<unsigned> Matches = byLeadingTypes(C, *Selector);
    if (Matches.empty())
      return fail(
          Flag + ": no constructor of " + C.Name +
          " takes these types; its public constructors:" + listConstructors(C));
    if (Matches.size() > 1)
      return fail(Flag + ": several constructors of " + C.Name +
                  " start with these types; name one by its number:" +
                  listConstructors(C));
    Index = Matches.front();
  }
  Choice = {Index, Count, Flag.str()};
  return All[Index - 1];
}

} // namespace itdd
