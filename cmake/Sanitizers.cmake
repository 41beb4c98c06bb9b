# Sanitizer and fuzzing builds (docs/RELIABILITY.md). Both need Clang:
#   -DITDD_SANITIZE=address,undefined  everything built with AddressSanitizer
#       and UndefinedBehaviorSanitizer, undefined behaviour fatal; the tests
#       then run the sanitized plugin in the unsanitized clang-tidy-19
#       through a wrapper that preloads the sanitizer runtime.
#   -DITDD_FUZZ=ON  the Clang-free libraries instrumented for libFuzzer (and
#       ASan+UBSan); the target itdd_fuzz builds one fuzzer per reader.
set(ITDD_SANITIZE "" CACHE STRING
  "Sanitizers to build everything with, e.g. address,undefined (Clang only)")
option(ITDD_FUZZ "Build the libFuzzer targets (Clang only)" OFF)

if((ITDD_SANITIZE OR ITDD_FUZZ) AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "ITDD_SANITIZE and ITDD_FUZZ need Clang: configure "
    "with -DCMAKE_CXX_COMPILER=clang++-19 in a separate build directory")
endif()

set(ITDD_SANITIZERS "${ITDD_SANITIZE}")
if(ITDD_FUZZ AND NOT ITDD_SANITIZERS)
  set(ITDD_SANITIZERS address,undefined)
endif()

if(ITDD_SANITIZERS)
  # Line tables only: symbolized reports without full debug information of
  # Clang's headers in every object.
  set(ITDD_SANITIZER_FLAGS -fsanitize=${ITDD_SANITIZERS}
    -fno-sanitize-recover=undefined -fno-omit-frame-pointer -gline-tables-only)
  add_compile_options(${ITDD_SANITIZER_FLAGS})
  add_link_options(-fsanitize=${ITDD_SANITIZERS})
  if(ITDD_FUZZ)
    add_compile_options(-fsanitize=fuzzer-no-link)
  endif()

  # A sanitized plugin has undefined references to the sanitizer runtime,
  # which the unsanitized clang-tidy does not carry: the wrapper preloads
  # it, and the tests run the wrapper.
  if(ITDD_SANITIZERS MATCHES "address")
    set(ITDD_SANITIZER_RUNTIME_NAME libclang_rt.asan-${CMAKE_SYSTEM_PROCESSOR}.so)
  else()
    set(ITDD_SANITIZER_RUNTIME_NAME
      libclang_rt.ubsan_standalone-${CMAKE_SYSTEM_PROCESSOR}.so)
  endif()
  execute_process(
    COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${ITDD_SANITIZER_RUNTIME_NAME}
    OUTPUT_VARIABLE ITDD_SANITIZER_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT EXISTS "${ITDD_SANITIZER_RUNTIME}")
    message(FATAL_ERROR "${ITDD_SANITIZER_RUNTIME_NAME} not found: install "
      "libclang-rt-19-dev (scripts/install-deps)")
  endif()
  set(ITDD_UNSANITIZED_CLANG_TIDY ${CLANG_TIDY})
  configure_file(${CMAKE_CURRENT_LIST_DIR}/clang-tidy-sanitized.in
    ${CMAKE_BINARY_DIR}/bin/clang-tidy-sanitized @ONLY
    FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
      GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
  set(CLANG_TIDY ${CMAKE_BINARY_DIR}/bin/clang-tidy-sanitized)
endif()

# Programs that are test inputs (deliberate crashes a sanitizer would turn
# into its own report) stay unsanitized.
function(itdd_unsanitized target)
  if(ITDD_SANITIZERS)
    target_compile_options(${target} PRIVATE -fno-sanitize=all)
    target_link_options(${target} PRIVATE -fno-sanitize=all)
  endif()
endfunction()
