//===--- MockProbes.cpp - itdd red's re-runs under gdb --------------------===//

#include "tools/red/MockProbes.h"
#include "analysis/ProjectConfig.h"
#include "red/CallStacks.h"
#include "support/Paths.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

namespace itdd {

namespace {

/// "ns::Table<int>::Controller" -> "ns::Table::Controller": the
/// configuration names classes without their template arguments.
std::string withoutTemplateArguments(llvm::StringRef Name) {
  std::string Result;
  int Depth = 0;
  for (char C : Name) {
    if (C == '<')
      ++Depth;
    else if (C == '>' && Depth > 0)
      --Depth;
    else if (Depth == 0)
      Result += C;
  }
  return Result;
}

} // namespace

MockProbes::MockProbes(llvm::StringRef Binary,
                       llvm::ArrayRef<std::string> Args,
                       unsigned TimeoutSeconds, bool Enabled,
                       llvm::function_ref<std::string(llvm::StringRef)> Shown)
    : Binary(Binary.str()), Args(Args.begin(), Args.end()),
      TimeoutSeconds(TimeoutSeconds), Enabled(Enabled), Shown(Shown) {}

MockProbes::~MockProbes() {
  // Best effort, as for the runs' reports.
  if (WorkDir.empty())
    return;
  if (std::error_code EC = llvm::sys::fs::remove_directories(WorkDir))
    llvm::errs() << "itdd red: could not remove " << WorkDir << ": "
                 << EC.message() << "\n";
}

void MockProbes::probe(red::TestOutcome &T) {
  if (!Enabled) {
    T.TraceNote = "--no-probe kept the test from a re-run under gdb";
    return;
  }
  if (!Gdb) {
    llvm::ErrorOr<std::string> Found = llvm::sys::findProgramByName("gdb");
    Gdb = Found ? *Found : "";
  }
  if (Gdb->empty()) {
    T.TraceNote = "gdb is not on PATH to re-run the test";
    return;
  }
  if (WorkDir.empty()) {
    llvm::SmallString<256> Dir;
    if (llvm::sys::fs::createUniqueDirectory("itdd-probe", Dir)) {
      T.TraceNote = "no temporary directory for the re-run under gdb";
      return;
    }
    WorkDir = std::string(Dir);
  }
  // The entry points the configuration of the test's directory names, as
  // the analysis reads them.
  std::string Dir =
      llvm::sys::path::parent_path(absolutePath(T.File)).str();
  // A test with no place, or whose source is not where the binary says
  // (built elsewhere): the configuration of here.
  if (T.File.empty() || !llvm::sys::fs::is_directory(Dir))
    Dir = ".";
  std::shared_ptr<const Config> Cfg = loadProjectConfig(Dir).Cfg;
  auto IsEntryPoint = [&](llvm::StringRef Function) {
    std::string Name = withoutTemplateArguments(Function);
    llvm::StringRef Class = llvm::StringRef(Name).rsplit("::").first;
    return Cfg->isEntryPointName(Name) ||
           (Class != Name && Cfg->isEntryPointName(Class));
  };
  red::ProbeRequest Request;
  Request.Gdb = *Gdb;
  Request.Binary = Binary;
  Request.Args = Args;
  // gdb reads the binary's debug information before the test starts.
  Request.TimeoutSeconds = TimeoutSeconds + 60;
  Request.WorkDir = WorkDir;
  red::probeMockCalls(T, Request, IsEntryPoint);
  ++Runs;
  for (red::MockCallTrace &Trace : T.Traces) {
    if (Trace.From.empty())
      continue;
    auto [File, Line] = llvm::StringRef(Trace.From).rsplit(':');
    Trace.From = Shown(File) + ":" + Line.str();
  }
}

} // namespace itdd
