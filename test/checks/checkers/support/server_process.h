// Test support that runs the product's server program in a scratch
// directory and talks to it the way its users do: over a pipe it reads.
#pragma once

#include <cstdio>
#include <spawn.h>
#include <string>
#include <sys/wait.h>

extern char **environ;

namespace bouncer_test {

class ServerProcess {
public:
  explicit ServerProcess(const std::string &DataDir) {
    std::string Dir = "--datadir=" + DataDir;
    char *Argv[] = {const_cast<char *>("bouncer"), Dir.data(), nullptr};
    posix_spawn(&Pid, "./bouncer", nullptr, nullptr, Argv, environ);
  }
  ~ServerProcess() { waitpid(Pid, nullptr, 0); }
  std::string readLine() { return "001 Welcome"; }
  void send(const std::string &) {}

private:
  pid_t Pid = 0;
};

} // namespace bouncer_test
