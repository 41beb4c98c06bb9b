//===--- CallStacks.cpp - who made a failing mock call --------------------===//

#include "red/CallStacks.h"
#include "red/MockFailure.h"
#include "support/Process.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"

namespace itdd::red {

namespace {

constexpr llvm::StringLiteral Begin = "@@itdd-failure";
constexpr llvm::StringLiteral End = "@@itdd-end";
constexpr llvm::StringLiteral Anonymous = "(anonymous namespace)";
constexpr llvm::StringLiteral AnonymousMark = "{anonymous}";

/// Where the parenthesised group that ends Text opens, or npos.
size_t openingOfLastGroup(llvm::StringRef Text) {
  if (!Text.ends_with(")"))
    return llvm::StringRef::npos;
  int Depth = 0;
  for (size_t I = Text.size(); I-- > 0;) {
    if (Text[I] == ')')
      ++Depth;
    else if (Text[I] == '(' && --Depth == 0)
      return I;
  }
  return llvm::StringRef::npos;
}

/// GoogleTest's, GoogleMock's and the standard library's own frames.
bool isLibraryFrame(const Frame &F) {
  llvm::StringRef Name = F.Function;
  return Name.starts_with("testing::") || Name.starts_with("std::") ||
         Name.starts_with("__");
}

/// GoogleMock's own machinery behind a mocked method, invoking it (not
/// verifying it as the mock goes).
bool isMockInvocation(const Frame &F) {
  llvm::StringRef Name = F.Function;
  return Name.starts_with("testing::internal::FunctionMocker<") &&
         (Name.ends_with("::Invoke") || Name.ends_with("::InvokeWith"));
}

/// Where a failure raised inside a mock call left GoogleMock for the
/// mock's own frame: the first frame past the library's, when GoogleMock's
/// FunctionMocker is among them (an assertion inside an action has the
/// test's own frames first).
std::optional<size_t> mockFrame(llvm::ArrayRef<Frame> Stack) {
  bool InMocker = false;
  for (size_t I = 0; I < Stack.size(); ++I) {
    if (!isLibraryFrame(Stack[I]))
      return InMocker ? std::optional<size_t>(I) : std::nullopt;
    InMocker |= isMockInvocation(Stack[I]);
  }
  return std::nullopt;
}

MockCallTrace traceOf(llvm::ArrayRef<Frame> Stack, size_t Mock,
                      EntryPointTest IsEntryPoint) {
  MockCallTrace T;
  // Without debug information the mock's method may be inlined into its
  // caller, whose frame would then pass for it.
  T.Complete = !Stack[Mock].File.empty();
  if (T.Complete)
    T.MockMethod = Stack[Mock].Function;
  // From the mock out to GoogleTest's runner: the system's frames, then
  // the test's own. Without debug information the mock's frame may be its
  // inlined caller's, an entry point's too.
  size_t I = Mock;
  for (; I < Stack.size() && !llvm::StringRef(Stack[I].Function)
                                  .starts_with("testing::");
       ++I) {
    const Frame &F = Stack[I];
    if (I == Mock && T.Complete)
      continue;
    T.Complete &= !F.File.empty() || isLibraryFrame(F);
    if (!isLibraryFrame(F) && IsEntryPoint(F.Function))
      T.EntryPoint = F.Function;
  }
  T.FromTest = I < Stack.size();
  const Frame &Outermost = Stack[I - 1];
  if (T.FromTest && !Outermost.File.empty())
    T.From = Outermost.File + ":" + std::to_string(Outermost.Line);
  return T;
}

} // namespace

std::string gdbScript() {
  return "set pagination off\n"
         "set confirm off\n"
         "set width 0\n"
         "set height 0\n"
         "set print frame-arguments none\n"
         "set print entry-values no\n"
         "set print address off\n"
         "set startup-with-shell off\n"
         "break testing::UnitTest::AddTestPartResult\n"
         "commands\n"
         "silent\n"
         "echo \\n" +
         Begin.str() +
         "\\n\n"
         "bt\n"
         "echo " +
         End.str() +
         "\\n\n"
         "continue\n"
         "end\n"
         "run\n";
}

std::string functionOfFrame(llvm::StringRef Text) {
  static const llvm::Regex Place(" at ([^ ]+):([0-9]+)$");
  Text = Text.trim();
  if (size_t From = Text.rfind(" from "); From != llvm::StringRef::npos)
    Text = Text.take_front(From);
  std::string Name = Place.sub("", Text);
  for (size_t At; (At = Name.find(Anonymous.str())) != std::string::npos;)
    Name.replace(At, Anonymous.size(), AnonymousMark.str());
  llvm::StringRef N = llvm::StringRef(Name).rtrim();
  // The arguments gdb printed ("(this=...)", "()").
  if (size_t Open = openingOfLastGroup(N); Open != llvm::StringRef::npos)
    N = N.take_front(Open).rtrim();
  // The parameters of a symbol without debug information, and a return
  // type before the name.
  int Depth = 0;
  size_t Cut = N.size(), NameStart = 0;
  for (size_t I = 0; I < N.size(); ++I) {
    char C = N[I];
    if (C == '(' && Depth == 0) {
      if (N.take_front(I).ends_with("operator") &&
          N.drop_front(I).starts_with("()")) {
        ++I;
        continue;
      }
      Cut = I;
      break;
    }
    if (C == '<' || C == '{' || C == '[' || C == '(')
      ++Depth;
    else if ((C == '>' || C == '}' || C == ']' || C == ')') && Depth > 0)
      --Depth;
    else if (C == ' ' && Depth == 0)
      NameStart = I + 1;
  }
  std::string Result = N.slice(NameStart, Cut).str();
  for (size_t At; (At = Result.find(AnonymousMark.str())) != std::string::npos;)
    Result.replace(At, AnonymousMark.size(), Anonymous.str());
  return Result;
}

GdbRun parseGdbRun(llvm::StringRef Output) {
  static const llvm::Regex FrameLine("^#[0-9]+ +(.*)$");
  static const llvm::Regex Place(" at ([^ ]+):([0-9]+)$");
  GdbRun Run;
  llvm::SmallVector<llvm::StringRef, 256> Lines;
  Output.split(Lines, '\n');
  bool In = false;
  for (llvm::StringRef Line : Lines) {
    Line = Line.rtrim("\r");
    if (Line == Begin) {
      Run.Stopped = In = true;
      Run.Stacks.emplace_back();
      continue;
    }
    if (Line == End) {
      In = false;
      continue;
    }
    llvm::SmallVector<llvm::StringRef, 3> M;
    if (!In || !FrameLine.match(Line, &M))
      continue;
    Frame F;
    F.Function = functionOfFrame(M[1]);
    llvm::SmallVector<llvm::StringRef, 3> P;
    if (Place.match(M[1], &P)) {
      F.File = P[1].str();
      P[2].getAsInteger(10, F.Line);
    }
    Run.Stacks.back().push_back(std::move(F));
  }
  return Run;
}

std::vector<MockCallTrace> tracesOf(const TestOutcome &T, const GdbRun &Run,
                                    EntryPointTest IsEntryPoint,
                                    std::string &Note) {
  std::vector<size_t> Calls;
  for (size_t I = 0; I < T.Failures.size(); ++I)
    if (std::optional<MockFailure> M = readMockFailure(T.Failures[I].Message))
      if (M->atCallTime())
        Calls.push_back(I);
  std::vector<MockCallTrace> Result;
  size_t Next = 0;
  for (const std::vector<Frame> &Stack : Run.Stacks) {
    std::optional<size_t> Mock = mockFrame(Stack);
    if (!Mock)
      continue;
    if (Next == Calls.size()) {
      Next = Calls.size() + 1;
      break;
    }
    MockCallTrace Trace = traceOf(Stack, *Mock, IsEntryPoint);
    Trace.Failure = Calls[Next++];
    Result.push_back(std::move(Trace));
  }
  if (Next != Calls.size()) {
    Note = "the re-run under gdb did not fail at the same mock calls";
    Result.clear();
  }
  return Result;
}

namespace {

/// "a::Fixture::Fixture", "a::Fixture<int>::Fixture": a constructor.
bool isConstructorName(llvm::StringRef Name) {
  auto [Scope, Last] = Name.rsplit("::");
  if (Scope == Name)
    return false;
  llvm::StringRef Class = Scope.rsplit("::").second;
  if (Class.empty())
    Class = Scope;
  return Class.split('<').first == Last;
}

PhaseTrace::Phase phaseOfFrame(llvm::StringRef Name) {
  llvm::StringRef Last = Name.rsplit("::").second;
  if (Last.empty())
    Last = Name;
  if (Last == "TestBody")
    return PhaseTrace::Phase::Body;
  if (Last.starts_with("SetUp") || isConstructorName(Name))
    return PhaseTrace::Phase::SetUp;
  if (Last.starts_with("TearDown") || Last.starts_with("~"))
    return PhaseTrace::Phase::TearDown;
  return PhaseTrace::Phase::Unknown;
}

bool sameFile(llvm::StringRef A, llvm::StringRef B) {
  return llvm::sys::path::filename(A) == llvm::sys::path::filename(B);
}

} // namespace

std::vector<PhaseTrace> phasesOf(const TestOutcome &T, const GdbRun &Run) {
  std::vector<PhaseTrace> Result;
  size_t NextStack = 0;
  for (size_t I = 0; I < T.Failures.size(); ++I) {
    const Failure &F = T.Failures[I];
    if (F.File.empty() || readMockFailure(F.Message))
      continue;
    // Failures come in the order GoogleTest recorded them, as the stacks.
    for (size_t S = NextStack; S < Run.Stacks.size(); ++S) {
      llvm::ArrayRef<Frame> Stack = Run.Stacks[S];
      auto At = llvm::find_if(Stack, [&](const Frame &Fr) {
        return Fr.Line == F.Line && sameFile(Fr.File, F.File);
      });
      if (At == Stack.end())
        continue;
      // The test's own frames, from the failure out to GoogleTest's runner:
      // the outermost tells the part of the test; the set-up or body
      // function named is the innermost of the chain of that part
      // ("Fixture::Fixture" rather than the TEST class's constructor).
      llvm::SmallVector<const Frame *, 8> Own;
      for (auto Fr = At; Fr != Stack.end() &&
                         !llvm::StringRef(Fr->Function).starts_with("testing::");
           ++Fr)
        if (!isLibraryFrame(*Fr))
          Own.push_back(&*Fr);
      PhaseTrace P;
      P.Failure = I;
      if (!Own.empty()) {
        P.In = phaseOfFrame(Own.back()->Function);
        P.Through = Own.back()->Function;
        if (P.In != PhaseTrace::Phase::Unknown)
          for (size_t J = Own.size() - 1; J > 0; --J) {
            if (phaseOfFrame(Own[J - 1]->Function) != P.In)
              break;
            P.Through = Own[J - 1]->Function;
          }
      }
      Result.push_back(std::move(P));
      NextStack = S + 1;
      break;
    }
  }
  return Result;
}

void probeMockCalls(TestOutcome &T, const ProbeRequest &Request,
                    EntryPointTest IsEntryPoint) {
  llvm::SmallString<256> Script;
  int FD = -1;
  if (llvm::sys::fs::createUniqueFile(Request.WorkDir + "/probe-%%%%%%.gdb", FD,
                                      Script)) {
    T.TraceNote = "no room for the gdb script of the re-run";
    return;
  }
  {
    llvm::raw_fd_ostream Out(FD, /*shouldClose=*/true);
    Out << gdbScript();
  }
  ProcessRequest Run;
  Run.Argv = {Request.Gdb,  "-nx", "-batch", "-iex",
              "set debuginfod enabled off", "-x", std::string(Script),
              "--args",     Request.Binary};
  Run.Argv.insert(Run.Argv.end(), Request.Args.begin(), Request.Args.end());
  Run.Argv.push_back("--gtest_filter=" + T.fullName());
  Run.Argv.push_back("--gtest_color=no");
  Run.Env = {{"DEBUGINFOD_URLS", ""}};
  Run.TimeoutSeconds = Request.TimeoutSeconds;
  ProcessResult Result = runProcess(Run);
  if (!Result.Started) {
    T.TraceNote = "gdb did not start to re-run the test: " + Result.StartError;
    return;
  }
  GdbRun Stacks = parseGdbRun(Result.Output);
  if (!Stacks.Stopped) {
    llvm::StringRef Out = Result.Output;
    T.TraceNote =
        Result.TimedOut ? "the re-run under gdb timed out"
        : Out.contains("ptrace")
            ? "gdb may not trace the test here (ptrace is not permitted)"
            : "gdb found no 'testing::UnitTest::AddTestPartResult' to stop "
              "at in the binary (stripped?)";
    return;
  }
  std::string Note;
  T.Traces = tracesOf(T, Stacks, IsEntryPoint, Note);
  T.Phases = phasesOf(T, Stacks);
  T.TraceNote = Note;
}

} // namespace itdd::red
