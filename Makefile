# storylens — `make serve` to see it, `make test` to check everything. Each target installs what
# it needs that is missing (wasm target, the wasm-bindgen CLI pinned to Cargo.lock, npm tools,
# Chromium), so a fresh machine needs nothing by hand.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PORT ?= 8080
WASM_TARGET := wasm32-unknown-unknown
# The wasm-bindgen CLI must be the same version as the crate in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/"/, "", $$3); print $$3}' Cargo.lock)
WASM_OUT := target/$(WASM_TARGET)/wasm/storylens.wasm
PKG := www/pkg

.PHONY: all setup setup-rust setup-node setup-browser build build-cli build-wasm dist serve test check test-native test-wasm test-e2e clean check-size test-fuzz fuzz bench

all: build

## set-up ---------------------------------------------------------------------------------------

setup: setup-rust setup-node

setup-rust:
	@rustup target list --installed | grep -qx $(WASM_TARGET) || rustup target add $(WASM_TARGET)
	@if ! wasm-bindgen --version 2>/dev/null | grep -qF "$(WASM_BINDGEN_VERSION)"; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (a few minutes, once)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --locked \
	    || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi

setup-node: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

setup-browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; }

## build ----------------------------------------------------------------------------------------

build: build-cli build-wasm

build-cli:
	cargo build --release --bin storylens

# wasm-opt -Os without its inlining of every function that has one caller: V8 runs the smaller
# functions ~5% faster, and the module is 0.8 KB gzipped smaller (README, "Performance and limits").
# -Os rather than -O3 since 2026-12-02: 0.7 KB gzipped smaller, ~1.5% slower side by side.
# --low-memory-unused folds `p + constant` into a load's offset, which only differs when the sum
# wraps past 4 GB into the low 1 KB — no Rust pointer does that, even a stack grown that deep;
# --converge repeats the passes until nothing shrinks. Together −2 KB gzipped at the same speed.
# The producers and target-features sections name the compilers and the features they used;
# no browser reads them (−0.2 KB gzipped).
build-wasm: setup
	cargo build --lib --profile wasm --target $(WASM_TARGET)
	wasm-bindgen --target web --out-dir $(PKG) $(WASM_OUT)
	node_modules/.bin/wasm-opt -Os --one-caller-inline-max-function-size 0 --low-memory-unused \
	  --converge --strip-producers --strip-target-features --enable-bulk-memory \
	  --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
	  --enable-reference-types --enable-multivalue \
	  $(PKG)/storylens_bg.wasm -o $(PKG)/storylens_bg.wasm
	@node tools/sizes.mjs $(PKG)/storylens_bg.wasm $(PKG)/storylens.js

# dist/storylens.js (one classic script, wasm inlined) and dist/npm/ (the npm package).
dist: build-wasm
	node tools/dist.mjs
	@node tools/sizes.mjs dist/storylens.js dist/npm/pkg/storylens_bg.wasm

## run ------------------------------------------------------------------------------------------

serve: build-wasm
	@echo "storylens: http://127.0.0.1:$(PORT)/"
	node tools/serve.mjs --port $(PORT) --root www

## checks ---------------------------------------------------------------------------------------

test: setup setup-browser check test-native test-fuzz test-wasm test-e2e check-size

check:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --target $(WASM_TARGET) -- -D warnings

test-native:
	cargo test

test-wasm: setup
	cargo test --target $(WASM_TARGET) --no-default-features --test wasm

# (The debug CLI: tests/e2e/unpack.test.mjs checks the page's hand-over against its JSON.)
test-e2e: build-wasm dist setup-browser
	cargo build --bin storylens
	node --test tests/e2e/

## speed, size and fuzzing ----------------------------------------------------------------------

# The size budget: `make test` fails when the wasm is larger than this, gzipped.
MAX_WASM_GZIP_KB := 400
BENCH := target/bench
FUZZ_SECONDS ?= 600

check-size: build-wasm
	node tools/sizes.mjs --max-gzip $(MAX_WASM_GZIP_KB) --sections $(PKG)/storylens_bg.wasm $(PKG)/storylens.js

# A bounded fuzz run on stable Rust (well under a minute): generated articles through the
# format's invariants, and random mutations of the fuzz seeds. `make fuzz` runs libFuzzer.
test-fuzz:
	PROPTEST_CASES=10000 cargo test --test properties
	FUZZ_ITERS=4000 cargo test --test fuzz_replay

# The coverage-guided fuzzer (needs a nightly toolchain and `cargo install cargo-fuzz`); a crash
# lands in fuzz/artifacts/analyze/: copy it to fuzz/regressions/ and fix it.
fuzz:
	mkdir -p fuzz/corpus/analyze && cp -n fuzz/seeds/* fuzz/corpus/analyze/
	cd fuzz && cargo +nightly fuzz run analyze corpus/analyze -- -dict=analyze.dict \
	  -max_len=8192 -timeout=10 -max_total_time=$(FUZZ_SECONDS)

# Speed and memory, printed (never asserted): wasm vs compromise side by side in one Node
# process, native per-stage figures and hostile-input scaling, and a 5 MB document.
bench: build-wasm build-cli setup-node
	node tools/articles.mjs --out $(BENCH)/articles --big $(BENCH)/big.txt --big-mb 5
	cargo run --release --example bench -- --articles $(BENCH)/articles --big-mb 5
	node tools/bench.mjs --rounds 5 --big-mb 5
	@/usr/bin/time -f "%e %U %M" -o $(BENCH)/cli-time target/release/storylens analyze $(BENCH)/big.txt > /dev/null
	@read wall user rss < $(BENCH)/cli-time; size=$$(stat -c %s $(BENCH)/big.txt); \
	  echo "CLI on the 5 MB document: $$wall s wall, $$user s user, peak RSS $$((rss / 1024)) MB = $$(awk "BEGIN {printf \"%.1f\", $$rss * 1024 / $$size}")× input"

clean:
	cargo clean
	rm -rf $(PKG) node_modules dist
