//===--- FactoryInfo.cpp - what a factory header says of itself -----------===//

#include "generators/FactoryInfo.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include <fmt/format.h>

namespace itdd {

std::string factoryInfoLine(const FactoryInfo &Info) {
  return fmt::format(
      "// itdd-factory: name={name} namespace={ns} "
      "entry={entry} member={member} mocks={mocks}",
      fmt::arg("name", Info.Name), fmt::arg("ns", Info.Namespace),
      fmt::arg("entry", Info.Entry), fmt::arg("member", Info.EntryMember),
      fmt::arg("mocks", llvm::join(Info.MockMembers, ",")));
}

std::optional<FactoryInfo> parseFactoryInfo(llvm::StringRef Text) {
  size_t At = Text.find("// itdd-factory: ");
  if (At == llvm::StringRef::npos)
    return std::nullopt;
  llvm::StringRef Line = Text.substr(At).split('\n').first;
  Line.consume_front("// itdd-factory: ");
  FactoryInfo Info;
  llvm::SmallVector<llvm::StringRef, 8> Fields;
  Line.trim().split(Fields, ' ', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef F : Fields) {
    auto [Key, Value] = F.split('=');
    if (Key == "name")
      Info.Name = Value.str();
    else if (Key == "namespace")
      Info.Namespace = Value.str();
    else if (Key == "entry")
      Info.Entry = Value.str();
    else if (Key == "member")
      Info.EntryMember = Value.str();
    else if (Key == "mocks")
      for (llvm::StringRef M : llvm::split(Value, ','))
        if (!M.empty())
          Info.MockMembers.push_back(M.str());
  }
  if (Info.Name.empty() || Info.EntryMember.empty())
    return std::nullopt;
  return Info;
}

} // namespace itdd
