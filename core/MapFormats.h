//===--- MapFormats.h - writing a dependency map ---------------*- C++ -*-===//
//
// The output formats of `itdd map`: json (the stable interchange format),
// dot and mermaid (pictures) and markdown (a report per entry point).
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_CORE_MAPFORMATS_H
#define ITDD_CORE_MAPFORMATS_H

#include "core/DependencyMap.h"
#include "llvm/Support/raw_ostream.h"

namespace itdd {

/// Above this many components the dot picture groups classes by namespace
/// instead of drawing them in layers.
constexpr size_t DotClusterAbove = 40;

void writeJson(const DependencyMap &Map, llvm::raw_ostream &OS);
void writeDot(const DependencyMap &Map, llvm::raw_ostream &OS);
void writeMermaid(const DependencyMap &Map, llvm::raw_ostream &OS);
void writeMarkdown(const DependencyMap &Map, llvm::raw_ostream &OS);

} // namespace itdd

#endif // ITDD_CORE_MAPFORMATS_H
