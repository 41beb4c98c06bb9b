//===--- Process.cpp - running a program under a watch --------------------===//

#include "support/Process.h"
#include "llvm/ADT/StringRef.h"
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

namespace itdd {

namespace {

using Clock = std::chrono::steady_clock;

/// A test started or ended: the line begins a "[ RUN ]", "[ OK ]",
/// "[ FAILED ]" or "[ SKIPPED ]" marker, or a suite's "[----------]".
bool isProgressLine(llvm::StringRef Line) {
  return Line.starts_with("[ RUN ") || Line.starts_with("[       OK ]") ||
         Line.starts_with("[  FAILED  ]") || Line.starts_with("[  SKIPPED ]") ||
         Line.starts_with("[----------]") || Line.starts_with("[==========]");
}

/// The process groups running now. Lock-free slots, so a signal handler
/// may read them; more binaries than slots at once are not killed on
/// interrupt, which only happens beyond --jobs 64.
constexpr size_t MaxRunning = 64;
std::atomic<pid_t> Running[MaxRunning];

void track(pid_t Pid) {
  for (std::atomic<pid_t> &Slot : Running) {
    pid_t Empty = 0;
    if (Slot.compare_exchange_strong(Empty, Pid))
      return;
  }
}

void untrack(pid_t Pid) {
  for (std::atomic<pid_t> &Slot : Running) {
    pid_t Expected = Pid;
    if (Slot.compare_exchange_strong(Expected, 0))
      return;
  }
}

struct Pipe {
  int Read = -1, Write = -1;
  ~Pipe() {
    if (Read >= 0)
      close(Read);
    if (Write >= 0)
      close(Write);
  }
};

/// "KEY=VALUE" strings: this process's environment and Extra after it.
std::vector<std::string>
environmentWith(const std::vector<std::pair<std::string, std::string>> &Extra) {
  std::vector<std::string> Result;
  for (char **E = environ; *E; ++E)
    Result.emplace_back(*E);
  for (const auto &[Key, Value] : Extra) {
    std::string Entry = Key;
    Entry += '=';
    Entry += Value;
    Result.push_back(std::move(Entry));
  }
  return Result;
}

/// Null-terminated pointers into Strings, as posix_spawn takes them.
std::vector<char *> pointersInto(std::vector<std::string> &Strings) {
  std::vector<char *> Result;
  Result.reserve(Strings.size() + 1);
  for (std::string &S : Strings)
    Result.push_back(S.data());
  Result.push_back(nullptr);
  return Result;
}

/// Starts the program in its own process group (a timeout then kills what
/// the tests started too), Output its standard output and error; 0 or
/// the error number.
int spawn(const ProcessRequest &Request, int Output, pid_t &Pid) {
  std::vector<std::string> EnvStrings = environmentWith(Request.Env);
  std::vector<std::string> Args = Request.Argv;
  std::vector<char *> Envp = pointersInto(EnvStrings);
  std::vector<char *> Argv = pointersInto(Args);
  posix_spawn_file_actions_t Actions;
  posix_spawn_file_actions_init(&Actions);
  posix_spawn_file_actions_adddup2(&Actions, Output, 1);
  posix_spawn_file_actions_adddup2(&Actions, Output, 2);
  posix_spawn_file_actions_addopen(&Actions, 0, "/dev/null", O_RDONLY, 0);
  if (!Request.Directory.empty())
    posix_spawn_file_actions_addchdir_np(&Actions, Request.Directory.c_str());
  posix_spawnattr_t Attr;
  posix_spawnattr_init(&Attr);
  posix_spawnattr_setflags(&Attr, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&Attr, 0);
  int Rc = posix_spawn(&Pid, Argv[0], &Actions, &Attr, Argv.data(),
                       Envp.data());
  posix_spawn_file_actions_destroy(&Actions);
  posix_spawnattr_destroy(&Attr);
  return Rc;
}

/// Reads the program's output into Result, each line to Request.OnLine as
/// it comes, until it closes it, or kills the group when the program goes
/// quiet past Request.TimeoutSeconds. The exit
/// status when the program was reaped here: it exited while something it
/// started still held the pipe, and that is killed.
std::optional<int> watch(pid_t Pid, int Input, const ProcessRequest &Request,
                         ProcessResult &Result) {
  unsigned TimeoutSeconds = Request.TimeoutSeconds;
  Clock::time_point LastProgress = Clock::now();
  std::string Partial;
  char Buffer[65536];
  while (true) {
    pollfd P{Input, POLLIN, 0};
    int Ready = poll(&P, 1, 100);
    if (Ready < 0 && errno != EINTR)
      return std::nullopt;
    if (Ready > 0) {
      ssize_t N = read(Input, Buffer, sizeof(Buffer));
      if (N < 0 && errno == EINTR)
        continue;
      if (N <= 0)
        return std::nullopt;
      Result.Output.append(Buffer, static_cast<size_t>(N));
      Partial.append(Buffer, static_cast<size_t>(N));
      size_t Newline;
      while ((Newline = Partial.find('\n')) != std::string::npos) {
        llvm::StringRef Line = llvm::StringRef(Partial).take_front(Newline);
        if (isProgressLine(Line))
          LastProgress = Clock::now();
        if (Request.OnLine)
          Request.OnLine(Line);
        Partial.erase(0, Newline + 1);
      }
      continue;
    }
    if (TimeoutSeconds &&
        Clock::now() - LastProgress > std::chrono::seconds(TimeoutSeconds)) {
      kill(-Pid, SIGKILL);
      Result.TimedOut = true;
      return std::nullopt;
    }
    int Status = 0;
    if (waitpid(Pid, &Status, WNOHANG) == Pid) {
      kill(-Pid, SIGKILL);
      return Status;
    }
  }
}

} // namespace

void killRunningProcesses() {
  for (std::atomic<pid_t> &Slot : Running)
    if (pid_t Pid = Slot.load())
      kill(-Pid, SIGKILL);
}

std::string signalDescription(int Signal) {
  const char *Name = sigabbrev_np(Signal);
  std::string Result =
      Name ? "SIG" + std::string(Name) : "signal " + std::to_string(Signal);
  if (const char *Text = strsignal(Signal))
    Result += " (" + llvm::StringRef(Text).lower() + ")";
  return Result;
}

ProcessResult runProcess(const ProcessRequest &Request) {
  ProcessResult Result;
  Pipe Out;
  int Fds[2];
  if (pipe2(Fds, O_CLOEXEC) != 0) {
    Result.StartError = std::strerror(errno);
    return Result;
  }
  Out.Read = Fds[0];
  Out.Write = Fds[1];
  pid_t Pid = 0;
  if (int Rc = spawn(Request, Out.Write, Pid)) {
    Result.StartError = std::strerror(Rc);
    return Result;
  }
  Result.Started = true;
  track(Pid);
  close(Out.Write);
  Out.Write = -1;
  int Status = 0;
  if (std::optional<int> Reaped =
          watch(Pid, Out.Read, Request, Result))
    Status = *Reaped;
  else
    while (waitpid(Pid, &Status, 0) < 0 && errno == EINTR) {
    }
  untrack(Pid);
  if (WIFEXITED(Status))
    Result.ExitCode = WEXITSTATUS(Status);
  else if (WIFSIGNALED(Status) && !Result.TimedOut)
    Result.Signal = WTERMSIG(Status);
  return Result;
}

} // namespace itdd
