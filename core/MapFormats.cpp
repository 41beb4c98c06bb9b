//===--- MapFormats.cpp - writing a dependency map ------------------------===//

#include "core/MapFormats.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include <map>
#include <set>

namespace itdd {

void writeJson(const DependencyMap &Map, llvm::raw_ostream &OS) {
  OS << llvm::formatv("{0:2}", toJSON(Map)) << "\n";
}

namespace {

struct NodeStyle {
  const char *DotShape;
  const char *Fill;
  const char *MermaidOpen;
  const char *MermaidClose;
};

NodeStyle styleOf(const Component &C) {
  if (C.Kind == Role::EntryPoint)
    return {"house", "#c6e2ff", "[/", "/]"};
  if (C.Kind == Role::Ui)
    return {"tab", "#e6ccff", "[[", "]]"};
  if (C.Kind == Role::Infrastructure)
    return {"cylinder", "#ffe4b5", "[(", ")]"};
  if (C.Kind == Role::ExternalBoundary)
    return {"doubleoctagon", "#ffc0c0", "{{", "}}"};
  return {"box", "#d9f2d9", "[", "]"};
}

std::string nodeId(llvm::StringRef Name) {
  std::string Id = "n_";
  for (char C : Name)
    Id += llvm::isAlnum(C) ? C : '_';
  return Id;
}

/// Layers of the picture, from where users come in to the boundaries.
int rank(const Component &C) {
  if (C.Kind == Role::EntryPoint || C.Kind == Role::Ui)
    return 0;
  if (C.Kind == Role::Internal)
    return 1;
  if (C.Kind == Role::Infrastructure)
    return 2;
  return 3;
}

} // namespace

namespace {

/// What one class has to do with another; a class that implements an
/// interface and also takes one (a decorator) gets one edge, not two:
/// parallel edges between the same nodes break Graphviz's router.
struct EdgeKinds {
  bool Takes = false;
  bool Implements = false;
};

std::map<std::pair<std::string, std::string>, EdgeKinds>
edgesOf(const DependencyMap &Map) {
  std::map<std::pair<std::string, std::string>, EdgeKinds> Edges;
  for (const Component &C : Map.Components) {
    for (const std::string &Dep : C.Dependencies)
      if (Map.find(Dep))
        Edges[{C.Name, Dep}].Takes = true;
    for (const std::string &Base : C.Implements)
      if (Map.find(Base))
        Edges[{C.Name, Base}].Implements = true;
  }
  return Edges;
}

std::string namespaceOf(llvm::StringRef Name) {
  size_t Colon = Name.rfind("::");
  return Colon == llvm::StringRef::npos ? "" : Name.take_front(Colon).str();
}

void writeDotNode(const Component &C, llvm::raw_ostream &OS) {
  NodeStyle S = styleOf(C);
  OS << "    " << nodeId(C.Name) << " [label=\"" << C.Name << "\\n(" << roleName(C.Kind)
     << ")\", shape=" << S.DotShape << ", fillcolor=\"" << S.Fill << "\""
     << (C.Abstract ? ", style=\"filled,dashed\"" : "") << "];\n";
}

} // namespace

void writeDot(const DependencyMap &Map, llvm::raw_ostream &OS) {
  OS << "digraph itdd {\n"
        "  rankdir=LR;\n"
        "  node [style=filled, fontname=\"Helvetica\", fontsize=11];\n"
        "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  if (Map.Components.size() > DotClusterAbove) {
    // Layers of hundreds of classes make one column nobody reads: group
    // the classes by namespace and let the edges decide the layout.
    std::map<std::string, std::vector<const Component *>> Spaces;
    for (const Component &C : Map.Components)
      Spaces[namespaceOf(C.Name)].push_back(&C);
    unsigned Cluster = 0;
    for (auto &[Space, Nodes] : Spaces) {
      OS << "  subgraph cluster_" << Cluster++ << " {\n    label=\""
         << (Space.empty() ? "(global namespace)" : Space)
         << "\";\n    style=rounded;\n";
      for (const Component *C : Nodes)
        writeDotNode(*C, OS);
      OS << "  }\n";
    }
  } else {
    std::map<int, std::vector<const Component *>> Ranks;
    for (const Component &C : Map.Components)
      Ranks[rank(C)].push_back(&C);
    for (auto &[Rank, Nodes] : Ranks) {
      OS << "  { rank=same;\n";
      for (const Component *C : Nodes)
        writeDotNode(*C, OS);
      OS << "  }\n";
    }
  }
  for (const auto &[Ends, Kinds] : edgesOf(Map)) {
    OS << "  " << nodeId(Ends.first) << " -> " << nodeId(Ends.second);
    if (Kinds.Implements && Kinds.Takes)
      OS << " [style=bold, arrowhead=empty, tooltip=\"implements and takes "
            "one\"]";
    else if (Kinds.Implements)
      OS << " [style=dashed, arrowhead=empty, tooltip=\"implements\"]";
    OS << ";\n";
  }
  OS << "}\n";
}

void writeMermaid(const DependencyMap &Map, llvm::raw_ostream &OS) {
  OS << "flowchart LR\n";
  for (const Component &C : Map.Components) {
    NodeStyle S = styleOf(C);
    OS << "  " << nodeId(C.Name) << S.MermaidOpen << "\"" << C.Name << "<br/>("
       << roleName(C.Kind) << ")\"" << S.MermaidClose << "\n";
  }
  for (const auto &[Ends, Kinds] : edgesOf(Map)) {
    OS << "  " << nodeId(Ends.first)
       << (Kinds.Implements && Kinds.Takes ? " -. implements and takes .-> "
           : Kinds.Implements              ? " -. implements .-> "
                                           : " --> ")
       << nodeId(Ends.second) << "\n";
  }
  for (const Component &C : Map.Components)
    OS << "  style " << nodeId(C.Name) << " fill:" << styleOf(C).Fill << "\n";
}

void writeMarkdown(const DependencyMap &Map, llvm::raw_ostream &OS) {
  OS << "# Dependency map\n\n"
     << Map.Components.size() << " components.\n";
  for (const Component &Entry : Map.Components) {
    if (!Entry.EntryPoint)
      continue;
    OS << "\n## Entry point `" << Entry.Name << "`\n\n"
       << "Declared at `" << Entry.File << ":" << Entry.Line << "`.\n\n"
       << "| layer | component | role | in an integration test |\n"
       << "|---|---|---|---|\n";
    // Breadth first: the order in which a journey meets the components.
    std::set<std::string> Seen = {Entry.Name};
    std::vector<std::string> Layer = {Entry.Name};
    for (unsigned Depth = 0; !Layer.empty(); ++Depth) {
      std::vector<std::string> Next;
      for (const std::string &Name : Layer) {
        const Component *C = Map.find(Name);
        if (!C)
          continue;
        bool ImplementsBoundary = llvm::any_of(C->Implements, [&](const std::string &I) {
          const Component *Base = Map.find(I);
          return Base && Base->Kind == Role::ExternalBoundary;
        });
        const char *Treatment =
            C->Kind == Role::ExternalBoundary
                ? (ImplementsBoundary ? "not built: its interface is mocked"
                                      : "mock (GoogleMock)")
            : C->Kind == Role::Infrastructure
                ? "real, isolated instance (in-memory, temporary)"
                : "real";
        OS << "| " << Depth << " | `" << C->Name << "` | " << roleName(C->Kind) << " | "
           << Treatment << " |\n";
        for (const std::string &Dep : C->Dependencies) {
          std::vector<std::string> Candidates = {Dep};
          for (const std::string &Impl : Map.implementationsOf(Dep))
            Candidates.push_back(Impl);
          for (const std::string &Cand : Candidates)
            if (Seen.insert(Cand).second)
              Next.push_back(Cand);
        }
      }
      Layer = std::move(Next);
    }
  }
}

} // namespace itdd
