#!/usr/bin/env bash
# Every test: C++ (native, then under AddressSanitizer + UndefinedBehaviorSanitizer, then a
# libFuzzer run under both), then Jest.
set -euo pipefail
cd "$(dirname "$0")/.."

ctest --test-dir build/native --output-on-failure -j "$(nproc)"
ctest --test-dir build/sanitize --output-on-failure -j "$(nproc)"

# A bounded fuzzing run from the seed corpus, growing build/fuzz/corpus from one run to the next; a
# crash, hang or broken invariant fails the run. The closing statistics show in the log.
mkdir -p build/fuzz/corpus build/fuzz/artifacts
build/fuzz/core_fuzzer -max_total_time="${FUZZ_SECONDS:-60}" -timeout=10 -print_final_stats=1 \
  -artifact_prefix=build/fuzz/artifacts/ build/fuzz/corpus tests/fuzz/corpus 2>build/fuzz/log ||
  {
    tail -n 60 build/fuzz/log >&2
    exit 1
  }
grep -E '^#[0-9]+[[:space:]]+DONE|^stat::' build/fuzz/log
NODE_OPTIONS=--experimental-vm-modules npx jest --ci
