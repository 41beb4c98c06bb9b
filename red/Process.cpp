//===--- Process.cpp - running a test binary under a watch ----------------===//

#include "red/Process.h"
#include "llvm/ADT/StringRef.h"
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

namespace itdd::red {

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

} // namespace

void killRunningProcesses() {
  for (std::atomic<pid_t> &Slot : Running)
    if (pid_t Pid = Slot.load())
      kill(-Pid, SIGKILL);
}

std::string signalDescription(int Signal) {
  const char *Name = sigabbrev_np(Signal);
  std::string Result = Name ? "SIG" + std::string(Name) : "signal " + std::to_string(Signal);
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

  std::vector<std::string> EnvStrings;
  for (char **E = environ; *E; ++E)
    EnvStrings.emplace_back(*E);
  for (const auto &[Key, Value] : Request.Env) {
    std::string Entry = Key;
    Entry += '=';
    Entry += Value;
    EnvStrings.push_back(std::move(Entry));
  }
  std::vector<char *> Envp, Argv;
  Envp.reserve(EnvStrings.size() + 1);
  for (std::string &S : EnvStrings)
    Envp.push_back(S.data());
  Envp.push_back(nullptr);
  std::vector<std::string> Args = Request.Argv;
  Argv.reserve(Args.size() + 1);
  for (std::string &S : Args)
    Argv.push_back(S.data());
  Argv.push_back(nullptr);

  posix_spawn_file_actions_t Actions;
  posix_spawn_file_actions_init(&Actions);
  posix_spawn_file_actions_adddup2(&Actions, Out.Write, 1);
  posix_spawn_file_actions_adddup2(&Actions, Out.Write, 2);
  posix_spawn_file_actions_addopen(&Actions, 0, "/dev/null", O_RDONLY, 0);
  if (!Request.Directory.empty())
    posix_spawn_file_actions_addchdir_np(&Actions, Request.Directory.c_str());
  posix_spawnattr_t Attr;
  posix_spawnattr_init(&Attr);
  // Its own process group: a timeout kills what the tests started too.
  posix_spawnattr_setflags(&Attr, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&Attr, 0);
  pid_t Pid = 0;
  int Rc = posix_spawn(&Pid, Argv[0], &Actions, &Attr, Argv.data(), Envp.data());
  posix_spawn_file_actions_destroy(&Actions);
  posix_spawnattr_destroy(&Attr);
  if (Rc != 0) {
    Result.StartError = std::strerror(Rc);
    return Result;
  }
  Result.Started = true;
  track(Pid);
  close(Out.Write);
  Out.Write = -1;

  Clock::time_point LastProgress = Clock::now();
  std::string Partial;
  char Buffer[65536];
  bool Open = true;
  while (Open) {
    pollfd P{Out.Read, POLLIN, 0};
    int Ready = poll(&P, 1, 100);
    if (Ready < 0 && errno != EINTR)
      break;
    if (Ready > 0) {
      ssize_t N = read(Out.Read, Buffer, sizeof(Buffer));
      if (N < 0 && errno == EINTR)
        continue;
      if (N <= 0) {
        Open = false;
        continue;
      }
      Result.Output.append(Buffer, static_cast<size_t>(N));
      Partial.append(Buffer, static_cast<size_t>(N));
      size_t Newline;
      while ((Newline = Partial.find('\n')) != std::string::npos) {
        if (isProgressLine(llvm::StringRef(Partial).take_front(Newline)))
          LastProgress = Clock::now();
        Partial.erase(0, Newline + 1);
      }
      continue;
    }
    if (Request.TimeoutSeconds &&
        Clock::now() - LastProgress > std::chrono::seconds(Request.TimeoutSeconds)) {
      kill(-Pid, SIGKILL);
      Result.TimedOut = true;
      break;
    }
    // The binary exited but something it started still holds the pipe.
    int Status = 0;
    if (waitpid(Pid, &Status, WNOHANG) == Pid) {
      kill(-Pid, SIGKILL);
      untrack(Pid);
      Result.ExitCode = WIFEXITED(Status) ? WEXITSTATUS(Status) : 0;
      Result.Signal = WIFSIGNALED(Status) ? WTERMSIG(Status) : 0;
      return Result;
    }
  }
  int Status = 0;
  while (waitpid(Pid, &Status, 0) < 0 && errno == EINTR) {
  }
  untrack(Pid);
  if (WIFEXITED(Status))
    Result.ExitCode = WEXITSTATUS(Status);
  else if (WIFSIGNALED(Status) && !Result.TimedOut)
    Result.Signal = WTERMSIG(Status);
  return Result;
}

} // namespace itdd::red
