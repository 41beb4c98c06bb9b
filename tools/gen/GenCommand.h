//===--- GenCommand.h - what itdd gen's generators share -------*- C++ -*-===//
//
// The option and helpers `itdd gen`'s generators share: the system's
// --name, the wording of a usage error, and writing a generated file.
//
//===----------------------------------------------------------------------===//

#ifndef ITDD_TOOLS_GEN_GENCOMMAND_H
#define ITDD_TOOLS_GEN_GENCOMMAND_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/CommandLine.h"
#include <string>

namespace itdd {
namespace gen {

/// --name: "Checkout" names CheckoutSystem and makeCheckoutSystem.
extern llvm::cl::opt<std::string> Name;

/// Prints "itdd gen: Message" and returns 2, the exit code of bad usage.
int usage(const llvm::Twine &Message);

/// Writes Body to -o as a generated file; the exit code.
int write(llvm::StringRef Body);

/// FROM's directory to TO, for an #include in FROM.
std::string includePath(llvm::StringRef From, llvm::StringRef To);

/// `itdd gen tests`; TestFiles are the test files --check reads.
int runTests(llvm::ArrayRef<std::string> TestFiles);

/// `itdd gen stubs`; Rest are the arguments after "stubs".
int runStubs(llvm::ArrayRef<std::string> Rest);

/// `itdd gen tests --check` writes nothing.
bool testsCheckOnly();

} // namespace gen
} // namespace itdd

#endif // ITDD_TOOLS_GEN_GENCOMMAND_H
