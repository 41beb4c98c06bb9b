# The two commands of the README, over the install script, CMake and ctest.
#   make demo   install what is missing, build, run itdd on examples/shop
#   make test   install what is missing, build, run the whole test suite
#   make fuzz   build the libFuzzer targets with clang-$(LLVM) in $(FUZZ_BUILD),
#               run each for FUZZ_SECONDS (docs/RELIABILITY.md)
#   make sanitize  build everything with ASan+UBSan in $(SANITIZE_BUILD),
#               run the end-to-end tests there (docs/RELIABILITY.md)
# LLVM=N builds against LLVM/Clang N (default 19; Debian 12 also has 22), in
# its own build directory (build-llvmN) unless BUILD says otherwise.
LLVM ?= 19
ifeq ($(LLVM),19)
BUILD ?= build
else
BUILD ?= build-llvm$(LLVM)
endif
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
# A compiler warning in itdd's own code fails the build (WERROR=OFF to
# build with a compiler that warns about more).
WERROR ?= ON
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
SANITIZE_BUILD ?= build-sanitize
SANITIZE ?= address,undefined
# What `make sanitize` runs: everything but the lint (clang-tidy over the
# sources, no itdd code) and the install/package tests.
SANITIZE_TESTS ?= ^(core|gherkin|generators|red|sarif|checks|map|gen|tool|examples|shop|fuzz)\.

.PHONY: all deps configure build test demo clean fuzz sanitize

all: build

deps:
	@./scripts/install-deps $(LLVM)

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DITDD_LLVM_MAJOR=$(LLVM) -DITDD_WERROR=$(WERROR) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The install and build output go to $(BUILD)/demo-build.log; the demo
# says what it does and how long it took.
demo:
	@start=$$(date +%s); mkdir -p $(BUILD); log=$(BUILD)/demo-build.log; \
	echo "itdd demo: installing what is missing and building itdd (output in $$log)"; \
	if ! $(MAKE) --no-print-directory build >$$log 2>&1; then \
	  tail -n 30 $$log; echo "itdd demo: the install or build failed; the whole output is in $$log" >&2; exit 1; fi; \
	echo "itdd demo: built in $$(( $$(date +%s) - start )) s"; echo; \
	./scripts/demo $(BUILD); \
	echo; echo "itdd demo: done in $$(( $$(date +%s) - start )) s"

fuzz: deps
	@cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DCMAKE_CXX_COMPILER=clang++-$(LLVM) -DITDD_LLVM_MAJOR=$(LLVM) -DITDD_FUZZ=ON >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS) --target itdd_fuzz
	@./scripts/fuzz $(FUZZ_BUILD) $(FUZZ_SECONDS)

sanitize: deps
	@cmake -S . -B $(SANITIZE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DCMAKE_CXX_COMPILER=clang++-$(LLVM) -DITDD_LLVM_MAJOR=$(LLVM) -DITDD_SANITIZE=$(SANITIZE) >/dev/null
	@cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	@cd $(SANITIZE_BUILD) && ctest --output-on-failure -j $(JOBS) -R '$(SANITIZE_TESTS)'

clean:
	rm -rf $(BUILD) $(FUZZ_BUILD) $(SANITIZE_BUILD)
