# The two commands of the README, over the install script, CMake and ctest.
#   make demo   install what is missing, build, run itdd on examples/shop
#   make test   install what is missing, build, run the whole test suite
# LLVM=N builds against LLVM/Clang N (default 19; Debian 12 also has 22), in
# its own build directory (build-llvmN) unless BUILD says otherwise.
LLVM ?= 19
ifeq ($(LLVM),19)
BUILD ?= build
else
BUILD ?= build-llvm$(LLVM)
endif
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps configure build test demo clean

all: build

deps:
	@./scripts/install-deps $(LLVM)

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DITDD_LLVM_MAJOR=$(LLVM) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

demo: build
	@./scripts/demo $(BUILD)

clean:
	rm -rf $(BUILD)
