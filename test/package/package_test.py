#!/usr/bin/env python3
"""Tests of the installed itdd: the CMake package in a consumer's build and
the pre-commit hook in a git repository, with the real clang-tidy of the
major itdd was built for and the real plugin.

  package_test.py install BUILD PREFIX LLVM_MAJOR
  package_test.py deb BUILD DIR LLVM_MAJOR
  package_test.py consumer PREFIX CONSUMER_SOURCE GENERATOR [warn|fail|only-naming]
  package_test.py refuses PREFIX CONSUMER_SOURCE GENERATOR TIDY REGEX
  package_test.py optional PREFIX OPTIONAL_SOURCE GENERATOR TIDY LLVM_MAJOR
  package_test.py git-hook PREFIX SOURCE_ROOT
  package_test.py hook-entry PREFIX SOURCE_ROOT
  package_test.py pre-commit-framework PREFIX SOURCE_ROOT
  package_test.py docs SOURCE_ROOT
  package_test.py man-pages PREFIX
  package_test.py readme-links PREFIX
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from itdd_e2e import Failed  # noqa: E402


def run(command, cwd=None, env=None):
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True,
                            text=True)
    return result.returncode, result.stdout + result.stderr


def expect(condition, what, output=""):
    if not condition:
        raise Failed("%s\n--- output ---\n%s" % (what, output))
    print("ok: %s" % what)


def install(build, prefix, major):
    shutil.rmtree(prefix, ignore_errors=True)
    code, out = run(["cmake", "--install", build, "--prefix", prefix])
    expect(code == 0, "cmake --install succeeds", out)
    for path in ["lib/libitdd_tidy.so", "bin/itdd", "bin/itdd-pre-commit",
                 "lib/cmake/itdd/itddConfig.cmake",
                 "lib/cmake/itdd/itddConfigVersion.cmake",
                 "share/doc/itdd/README.md", "share/doc/itdd/integration.md"]:
        expect(os.path.isfile(os.path.join(prefix, path)),
               "installed %s" % path)
    code, out = run([os.path.join(prefix, "bin", "itdd"), "--version"])
    expect(code == 0 and "built against LLVM %s" % major in out,
           "the installed itdd runs", out)


def deb(build, directory, major):
    """The Debian package of the build, made by cpack from what is built,
    unpacked into DIRECTORY/root: the prefix the tests of the installed
    itdd then use is DIRECTORY/root/usr."""
    shutil.rmtree(directory, ignore_errors=True)
    out = os.path.join(directory, "out")
    code, text = run(["cpack", "--config",
                      os.path.join(build, "CPackConfig.cmake"), "-B", out])
    expect(code == 0, "cpack makes the package", text)
    debs = [name for name in os.listdir(out) if name.endswith(".deb")]
    expect(len(debs) == 1 and re.match(r"itdd_[0-9.]+_[a-z0-9]+\.deb$", debs[0]),
           "one package itdd_VERSION_ARCH.deb", " ".join(debs))
    package = os.path.join(out, debs[0])
    code, depends = run(["dpkg-deb", "-f", package, "Depends"])
    names = {re.split(r"[ (]", d.strip())[0] for d in depends.split(",")}
    for name in ["clang-tidy-%s" % major, "libclang-cpp%s" % major]:
        expect(code == 0 and name in names, "the package depends on %s" % name,
               depends)
    root = os.path.join(directory, "root")
    code, text = run(["dpkg-deb", "-x", package, root])
    expect(code == 0, "dpkg-deb -x unpacks it", text)
    for binary in ["bin/itdd", "lib/libitdd_tidy.so"]:
        for library, package_name in linked_packages(
                os.path.join(root, "usr", binary)):
            expect(package_name in names,
                   "/usr/%s links %s, which package %s holds: the package "
                   "depends on it" % (binary, library, package_name), depends)
    for path in ["bin/itdd", "bin/itdd-pre-commit", "lib/libitdd_tidy.so",
                 "lib/cmake/itdd/itddConfig.cmake",
                 "share/doc/itdd/README.md", "share/doc/itdd/itdd-map.md",
                 "share/man/man1/itdd.1", "share/man/man1/itdd-map.1"]:
        expect(os.path.isfile(os.path.join(root, "usr", path)),
               "the package holds /usr/%s" % path)
    code, text = run([os.path.join(root, "usr", "bin", "itdd"), "--version"])
    expect(code == 0 and "built against LLVM %s" % major in text,
           "the packaged itdd runs", text)


def linked_packages(binary):
    """(library, Debian package holding it) for each library the binary
    names as NEEDED."""
    code, dynamic = run(["objdump", "-p", binary])
    expect(code == 0, "objdump reads %s" % binary, dynamic)
    needed = re.findall(r"^\s*NEEDED\s+(\S+)", dynamic, re.M)
    code, resolved = run(["ldd", binary])
    paths = dict(re.findall(r"^\s*(\S+) => (/\S+)", resolved, re.M))
    found = []
    for library in needed:
        expect(library in paths, "%s finds %s" % (binary, library), resolved)
        real = os.path.realpath(paths[library])
        # dpkg knows a file by the path its package ships it at: /lib or
        # /usr/lib on a merged /usr.
        candidates = [real, paths[library]] + [
            re.sub(r"^/usr/", "/", p) if p.startswith("/usr/") else "/usr" + p
            for p in (real, paths[library])]
        owner = None
        for candidate in candidates:
            code, out = run(["dpkg-query", "--search", "--", candidate])
            if code == 0:
                owner = out.split(":")[0].strip()
                break
        expect(owner, "a Debian package holds %s" % real, resolved)
        found.append((library, owner))
    return found


def consumer_copy(source, workdir):
    """The consumer in a repository of its own, as its users have it."""
    project = os.path.join(workdir, "consumer")
    shutil.copytree(source, project, ignore=shutil.ignore_patterns("build"))
    run(["git", "init", "-q", project])
    return project


def configure(prefix, project, generator, extra=()):
    return run(["cmake", "-S", project, "-B", os.path.join(project, "build"),
                "-G", generator, "-DCMAKE_PREFIX_PATH=" + prefix] + list(extra))


def consumer(prefix, source, generator, mode="warn"):
    """mode warn: the findings are warnings and the build succeeds; fail:
    FAIL_ON_FINDINGS makes them errors and the build fails; only-naming:
    CHECKS runs itdd-scenario-naming alone, which the test passes."""
    options = {"warn": [], "fail": ["-DFAIL_ON_FINDINGS=ON"],
               "only-naming": ["-DONLY_NAMING=ON"]}[mode]
    with tempfile.TemporaryDirectory(prefix="itdd-consumer-") as workdir:
        project = consumer_copy(source, workdir)
        code, out = configure(prefix, project, generator, options)
        expect(code == 0, "the consumer configures with find_package(itdd)",
               out)
        code, out = run(["cmake", "--build", os.path.join(project, "build"),
                         "-j1", "--verbose"])
        expect("--load=%s" % os.path.join(prefix, "lib", "libitdd_tidy.so")
               in out, "the build runs clang-tidy with the plugin", out)
        if mode == "only-naming":
            expect(code == 0 and "--checks=-*,itdd-scenario-naming" in out
                   and "[itdd-" not in out,
                   "CHECKS replaces the checks: no itdd-internal-mock", out)
            return
        failing = mode == "fail"
        if failing:
            expect(code != 0, "the build fails on the finding", out)
        else:
            expect(code == 0, "the consumer builds (findings are warnings)",
                   out)
        expect(re.search(r"borrowing_test\.cpp:\d+:\d+: %s: integration "
                         r"test mocks internal component "
                         r"'library::LendingService'.*\[itdd-internal-mock%s"
                         % ("error" if failing else "warning",
                            ",-warnings-as-errors" if failing else "\\]"),
                         out),
               "the build output has the itdd-internal-mock finding", out)


def rechecks(prefix, source, generator):
    """An edit of a .clang-tidy on the tests' path, or of the baseline,
    checks the tests again; nothing else does."""
    with tempfile.TemporaryDirectory(prefix="itdd-consumer-") as workdir:
        project = consumer_copy(source, workdir)
        read = {name: os.path.join(project, name) for name in
                ["test/.clang-tidy", ".itdd-baseline.json"]}
        for path in read.values():
            with open(path, "w") as f:
                f.write("{}\n" if path.endswith(".json") else "Checks: ''\n")
        code, out = configure(prefix, project, generator)
        expect(code == 0, "the consumer configures", out)
        build = ["cmake", "--build", os.path.join(project, "build"), "-j1",
                 "--verbose"]
        code, out = run(build)
        expect(code == 0 and "--load=" in out, "the first build checks", out)
        code, out = run(build)
        expect(code == 0 and "--load=" not in out,
               "a build with nothing changed checks nothing", out)
        for name, path in read.items():
            with open(path, "a") as f:
                f.write("\n")
            code, out = run(build)
            expect(code == 0 and "borrowing_test.cpp" in out and "--load=" in out,
                   "an edit of %s checks the tests again" % name, out)


def refuses(prefix, source, generator, tidy, pattern):
    with tempfile.TemporaryDirectory(prefix="itdd-consumer-") as workdir:
        project = consumer_copy(source, workdir)
        code, out = configure(prefix, project, generator,
                              ["-DITDD_CLANG_TIDY_OVERRIDE=" + tidy])
        expect(code != 0, "configure fails with clang-tidy '%s'" % tidy, out)
        # CMake wraps its messages: compare with the spaces collapsed.
        expect(re.search(pattern, " ".join(out.split())),
               "the message matches '%s'" % pattern, out)


def optional(prefix, source, generator, tidy, major):
    """find_package(itdd CONFIG) without REQUIRED: a clang-tidy of another
    major leaves itdd not found, with the reason, and the configure goes on."""
    with tempfile.TemporaryDirectory(prefix="itdd-optional-") as workdir:
        project = consumer_copy(source, workdir)
        code, out = configure(prefix, project, generator,
                              ["-DITDD_CLANG_TIDY_OVERRIDE=" + tidy])
        flat = " ".join(out.split())
        expect(code == 0, "the configure goes on without itdd", out)
        expect("itdd found: 0" in flat and "itdd_enable_clang_tidy: no" in flat,
               "itdd is not found and defines nothing", out)
        expect(re.search(r"NOT FOUND\. Reason given by package: itdd \S+ was "
                         r"built for clang-tidy %s.*is clang-tidy 17" % major,
                         flat),
               "CMake gives the package's reason", out)


def git(repo, *args, env=None):
    return run(["git", "-C", repo] + list(args), env=env)


def hook_repository(workdir):
    """A git repository with the library, a good and a bad integration test,
    and build/compile_commands.json for them."""
    repo = os.path.join(workdir, "repo")
    consumer_src = os.path.join(HERE, "consumer")
    shutil.copytree(os.path.join(consumer_src, "src"),
                    os.path.join(repo, "src"))
    tests = os.path.join(repo, "test", "integration")
    os.makedirs(tests)
    shutil.copy(os.path.join(HERE, "hook", "good_borrowing_test.cpp"), tests)
    shutil.copy(os.path.join(consumer_src, "test", "integration",
                             "borrowing_test.cpp"),
                os.path.join(tests, "mocked_borrowing_test.cpp"))
    os.makedirs(os.path.join(repo, "build"))
    # The good test is compiled with every warning on: clang-tidy counts
    # the compiler's warnings it does not show ("N warnings generated."),
    # which is no finding.
    entries = [{"directory": repo, "file": path,
                "command": "c++ -std=c++17 -Isrc %s-c %s -o /dev/null" % (
                    "-Weverything " if "good" in path else "", path)}
               for path in ["src/Library.cpp",
                            "test/integration/good_borrowing_test.cpp",
                            "test/integration/mocked_borrowing_test.cpp"]]
    with open(os.path.join(repo, "build", "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    with open(os.path.join(repo, ".gitignore"), "w") as f:
        f.write("build/\n")
    run(["git", "init", "-q", repo])
    git(repo, "config", "user.email", "dev@example.com")
    git(repo, "config", "user.name", "Dev")
    return repo


def commits(repo):
    code, out = git(repo, "rev-list", "--count", "--all")
    return int(out.strip()) if code == 0 else 0


def git_hook(prefix, source_root):
    with tempfile.TemporaryDirectory(prefix="itdd-hook-") as workdir:
        repo = hook_repository(workdir)
        # As docs/integration.md says: link the installed script as the hook.
        os.symlink(os.path.join(prefix, "bin", "itdd-pre-commit"),
                   os.path.join(repo, ".git", "hooks", "pre-commit"))

        git(repo, "add", ".gitignore", "src",
            "test/integration/good_borrowing_test.cpp")
        code, out = git(repo, "commit", "-q", "-m", "a good journey")
        expect(code == 0 and commits(repo) == 1,
               "the hook lets a good integration test through", out)
        expect("checking 1 integration test file(s) of 2 C++ file(s)" in out,
               "the hook checks the integration test, not the library", out)
        expect("generated." not in out,
               "the hook leaves out the count of warnings it does not show", out)

        git(repo, "add", "test/integration/mocked_borrowing_test.cpp")
        code, out = git(repo, "commit", "-q", "-m", "a mocked journey")
        expect(code != 0 and commits(repo) == 1,
               "the hook blocks a commit of a bad integration test", out)
        expect(re.search(r"mocked_borrowing_test\.cpp:\d+:\d+: error: "
                         r"integration test mocks internal component "
                         r"'library::LendingService'.*\[itdd-internal-mock",
                         out),
               "the hook prints the finding", out)

        # Only staged files are checked: with the bad test unstaged, a
        # change to the good one commits.
        git(repo, "reset", "-q", "test/integration/mocked_borrowing_test.cpp")
        with open(os.path.join(repo, "src", "Library.cpp"), "a") as f:
            f.write("// The desk opens at nine.\n")
        git(repo, "add", "src/Library.cpp")
        code, out = git(repo, "commit", "-q", "-m", "a note")
        expect(code == 0 and commits(repo) == 2,
               "the hook checks only the staged files", out)

        # The database of an IDE's build directory serves as well.
        os.rename(os.path.join(repo, "build"),
                  os.path.join(repo, "cmake-build-debug"))
        git(repo, "add", "test/integration/mocked_borrowing_test.cpp")
        code, out = git(repo, "commit", "-q", "-m", "a mocked journey")
        expect(code != 0 and "-p cmake-build-debug" in out
               and "[itdd-internal-mock" in out and commits(repo) == 2,
               "the hook finds cmake-build-debug/compile_commands.json", out)

        # Without a compile database the hook says what is missing.
        os.rename(os.path.join(repo, "cmake-build-debug"),
                  os.path.join(repo, "gone"))
        code, out = git(repo, "commit", "-q", "-m", "no database")
        expect(code != 0 and "no compile_commands.json" in out,
               "the hook explains a missing compile database", out)


def hook_entry(prefix, source_root):
    """Runs the hook the way the pre-commit framework does: the entry of
    .pre-commit-hooks.yaml from the hook repository, with the args of the
    user's .pre-commit-config.yaml and the staged files that match `files`."""
    import yaml
    with open(os.path.join(source_root, ".pre-commit-hooks.yaml")) as f:
        hooks = yaml.safe_load(f)
    hook = next((h for h in hooks if h.get("id") == "itdd-checks"), None)
    expect(hook is not None and hook["language"] == "script",
           ".pre-commit-hooks.yaml has the script hook itdd-checks")
    entry = os.path.join(source_root, hook["entry"])
    expect(os.access(entry, os.X_OK), "its entry is an executable script")
    files = re.compile(hook["files"])
    plugin = os.path.join(prefix, "lib", "libitdd_tidy.so")
    args = ["--plugin=" + plugin, "-p", "build"]
    with tempfile.TemporaryDirectory(prefix="itdd-hook-") as workdir:
        repo = hook_repository(workdir)
        staged = ["src/Library.h", "src/Library.cpp",
                  "test/integration/good_borrowing_test.cpp"]
        code, out = run([entry] + args + [p for p in staged if files.search(p)],
                        cwd=repo)
        expect(code == 0 and "generated." not in out,
               "the framework's hook passes good files, with no count of "
               "warnings it does not show", out)
        staged.append("test/integration/mocked_borrowing_test.cpp")
        code, out = run([entry] + args + [p for p in staged if files.search(p)],
                        cwd=repo)
        expect(code == 1 and "[itdd-internal-mock" in out,
               "the framework's hook fails on a bad integration test", out)

        # The project says its integration tests live elsewhere: the hook
        # follows its .clang-tidy and passes over test/integration/.
        with open(os.path.join(repo, ".clang-tidy"), "w") as f:
            f.write("CheckOptions:\n"
                    "  itdd.IntegrationTestFiles: '(^|/)journeys/'\n")
        code, out = run([entry] + args + [p for p in staged if files.search(p)],
                        cwd=repo)
        expect(code == 0 and "none of the 3 C++ file(s) is an integration "
               "test" in out,
               "the hook follows the project's itdd.IntegrationTestFiles", out)


def docs_configs(source_root):
    """The .pre-commit-config.yaml blocks of docs/integration.md."""
    import yaml
    with open(os.path.join(source_root, "docs", "integration.md")) as f:
        text = f.read()
    return [yaml.safe_load(block)
            for block in re.findall(r"```yaml\n(.*?)```", text, re.S)]


def pre_commit_framework(prefix, source_root):
    """The real pre-commit framework, installed as the git hook, with the
    configurations docs/integration.md gives: the hook repository (a clone
    of this one's hook files at a commit) and a local hook that runs the
    installed itdd-pre-commit."""
    import yaml
    plugin = os.path.join(prefix, "lib", "libitdd_tidy.so")
    code, out = run(["pre-commit", "validate-manifest",
                     os.path.join(source_root, ".pre-commit-hooks.yaml")])
    expect(code == 0, "pre-commit accepts .pre-commit-hooks.yaml", out)
    with tempfile.TemporaryDirectory(prefix="itdd-framework-") as workdir:
        env = dict(os.environ,
                   PRE_COMMIT_HOME=os.path.join(workdir, "cache"),
                   PATH=os.path.join(prefix, "bin") + os.pathsep
                   + os.environ.get("PATH", ""))
        hooks = os.path.join(workdir, "itdd")
        os.makedirs(os.path.join(hooks, "scripts"))
        for path in [".pre-commit-hooks.yaml", "scripts/itdd-pre-commit"]:
            shutil.copy(os.path.join(source_root, path),
                        os.path.join(hooks, path))
        run(["git", "init", "-q", hooks])
        git(hooks, "add", ".")
        git(hooks, "-c", "user.name=Dev", "-c", "user.email=dev@example.com",
            "commit", "-q", "-m", "hooks")
        rev = git(hooks, "rev-parse", "HEAD")[1].strip()

        remote, local = docs_configs(source_root)
        remote["repos"][0]["repo"] = hooks
        remote["repos"][0]["rev"] = rev
        remote["repos"][0]["hooks"][0]["args"] = [
            "--plugin=" + plugin if arg.startswith("--plugin=") else arg
            for arg in remote["repos"][0]["hooks"][0]["args"]]
        for name, config in [("remote", remote), ("local", local)]:
            repo = hook_repository(os.path.join(workdir, name))
            config_path = os.path.join(repo, ".pre-commit-config.yaml")
            with open(config_path, "w") as f:
                yaml.safe_dump(config, f)
            code, out = run(["pre-commit", "validate-config", config_path])
            expect(code == 0, "%s: pre-commit accepts the configuration"
                   % name, out)
            code, out = run(["pre-commit", "install"], cwd=repo, env=env)
            expect(code == 0, "%s: pre-commit install" % name, out)
            git(repo, "add", ".gitignore", ".pre-commit-config.yaml", "src",
                "test/integration/good_borrowing_test.cpp")
            code, out = git(repo, "commit", "-q", "-m", "good", env=env)
            expect(code == 0 and commits(repo) == 1 and "Passed" in out,
                   "%s: the framework lets a good integration test through"
                   % name, out)
            git(repo, "add", "test/integration/mocked_borrowing_test.cpp")
            code, out = git(repo, "commit", "-q", "-m", "bad", env=env)
            expect(code != 0 and commits(repo) == 1
                   and "[itdd-internal-mock" in out,
                   "%s: the framework blocks a bad integration test" % name,
                   out)
        # The project says its integration tests live elsewhere: the hook
        # follows its .clang-tidy and passes over test/integration/.
        with open(os.path.join(repo, ".clang-tidy"), "w") as f:
            f.write("CheckOptions:\n"
                    "  itdd.IntegrationTestFiles: '(^|/)journeys/'\n")
        git(repo, "add", ".clang-tidy")
        code, out = git(repo, "commit", "-q", "-m", "journeys", env=env)
        expect(code == 0 and commits(repo) == 2,
               "the hook follows the project's itdd.IntegrationTestFiles", out)


def docs(source_root):
    """The CMake lines docs/integration.md and the README show are the
    consumer's, and its pre-commit configurations name the hook that
    .pre-commit-hooks.yaml defines with the arguments the tests give it."""
    import yaml
    with open(os.path.join(HERE, "consumer", "CMakeLists.txt")) as f:
        consumer_lines = {line.strip() for line in f}
    for page in ["docs/integration.md", "README.md"]:
        with open(os.path.join(source_root, page)) as f:
            text = f.read()
        for block in re.findall(r"```cmake\n(.*?)```", text, re.S):
            for line in filter(None, map(str.strip, block.splitlines())):
                expect(line in consumer_lines,
                       "%s: '%s' is in the consumer's CMakeLists.txt"
                       % (page, line))
    with open(os.path.join(source_root, "docs", "integration.md")) as f:
        text = f.read()
    configs = re.findall(r"```yaml\n(.*?)```", text, re.S)
    expect(len(configs) == 2, "docs/integration.md has two pre-commit configs")
    for config in configs:
        hook = yaml.safe_load(config)["repos"][0]["hooks"][0]
        expect(hook["id"] == "itdd-checks" and "-p" in hook["args"],
               "the config runs itdd-checks with -p")


def commands(itdd):
    code, out = run([itdd, "--help"])
    expect(code == 0 and "SUBCOMMANDS:" in out, "itdd --help lists the commands",
           out)
    return re.findall(r"^  ([a-z]+)\s+- ", out.split("SUBCOMMANDS:")[1], re.M)


def man_pages(prefix):
    """Every command has a manual page; each renders without a warning and
    lists every option the command's --help lists."""
    itdd = os.path.join(prefix, "bin", "itdd")
    man1 = os.path.join(prefix, "share", "man", "man1")
    names = commands(itdd)
    expect(len(names) >= 5, "itdd has its commands", " ".join(names))
    for page, command in [("itdd", None)] + [("itdd-" + c, c) for c in names]:
        path = os.path.join(man1, page + ".1")
        expect(os.path.isfile(path), "installed share/man/man1/%s.1" % page)
        result = subprocess.run(["groff", "-man", "-Tutf8", "-ww", path],
                                capture_output=True, text=True)
        expect(result.returncode == 0 and not result.stderr,
               "groff renders %s.1 without a warning" % page, result.stderr)
        text = re.sub(r".\x08", "", result.stdout)
        expect("NAME" in text and "SYNOPSIS" in text and "SEE ALSO" in text,
               "%s.1 has NAME, SYNOPSIS and SEE ALSO" % page, text)
        if command is None:
            for name in names:
                expect("itdd-%s(1)" % name in text,
                       "itdd.1 names itdd-%s(1)" % name, text)
            continue
        code, out = run([itdd, command, "--help"])
        options = re.findall(r"^  (-[^\s=]+)", out.split(
            "itdd %s options:" % command)[1].split("options of every command:")[0],
            re.M)
        expect(options, "itdd %s --help lists its options" % command, out)
        flat = text.replace("\u2010", "-")
        for option in options:
            expect(re.search(r"^\s+%s\b" % re.escape(option), flat, re.M),
                   "%s.1 describes %s" % (page, option), text)
        expect("EXIT STATUS" in text and "itdd-%s.md" % command in text,
               "%s.1 has the exit codes and names the installed docs page"
               % page, text)


def readme_links(prefix):
    """The installed README's links lead to the installed docs."""
    docdir = os.path.join(prefix, "share", "doc", "itdd")
    with open(os.path.join(docdir, "README.md")) as f:
        links = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", f.read())
    local = [link for link in links if "://" not in link]
    expect(len(local) > 5, "the README links to the docs", " ".join(links))
    for link in local:
        expect(os.path.exists(os.path.join(docdir, link)),
               "the installed README's link %s leads to an installed file"
               % link)


def main():
    command, args = sys.argv[1], sys.argv[2:]
    try:
        {"install": install, "deb": deb, "consumer": consumer, "refuses": refuses,
         "rechecks": rechecks,
         "optional": optional,
         "git-hook": git_hook,
         "hook-entry": hook_entry,
         "pre-commit-framework": pre_commit_framework, "docs": docs,
         "man-pages": man_pages, "readme-links": readme_links}[command](*args)
    except Failed as failure:
        print("FAILED: %s" % failure)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
