# cmake --build BUILD --target package: itdd_<version>_<arch>.deb, what
# cmake --install installs, under /usr. The plugin loads only into the
# clang-tidy of the LLVM major itdd was built against, so the package
# depends on that clang-tidy, and on the libraries the tool links.
set(ITDD_PACKAGE_CONTACT "itdd maintainers <maintainers@itdd.invalid>" CACHE STRING
  "Maintainer of the Debian package, as 'Name <e-mail>'")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME itdd)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${ITDD_PACKAGE_CONTACT}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "keep C++ integration tests honest: clang-tidy checks and the itdd tool")
set(CPACK_PACKAGE_DESCRIPTION
  "A clang-tidy plugin (libitdd_tidy.so) whose checks flag integration tests that mock the application's own components, assert on rendering details or never go through an entry point, and the itdd tool, which maps a project's components and their roles, generates SUT assembly factories, mocks and red tests from Gherkin scenarios, and judges red runs. With the CMake package (find_package(itdd), itdd_enable_clang_tidy) and the pre-commit hook.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
# By Debian's names, from what this build found: the LLVM major's
# libclang-cpp and libLLVM, {fmt}'s library (libfmtN for {fmt} N), the C++
# runtime. package.deb checks that every library the packaged tool and
# plugin link comes from a package named here.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "clang-tidy-${LLVM_VERSION_MAJOR}, libclang-cpp${LLVM_VERSION_MAJOR}, libllvm${LLVM_VERSION_MAJOR}, libfmt${fmt_VERSION_MAJOR}, libstdc++6, libgcc-s1, libc6")
# itdd red re-runs a failing test under gdb to learn who made a mock call.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cmake, git, gdb")
set(CPACK_STRIP_FILES ON)
include(CPack)
