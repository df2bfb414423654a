#!/usr/bin/env bash
# Every test: C++ (native, then under AddressSanitizer + UndefinedBehaviorSanitizer), then Jest.
set -euo pipefail
cd "$(dirname "$0")/.."

ctest --test-dir build/native --output-on-failure -j "$(nproc)"
ctest --test-dir build/sanitize --output-on-failure -j "$(nproc)"
NODE_OPTIONS=--experimental-vm-modules npx jest --ci
