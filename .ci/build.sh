#!/usr/bin/env bash
# Builds the WebAssembly core and the one-file embed the demo page loads (always) and, with `all`,
# the native and sanitizer builds used by the C++ tests.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's Emscripten runs its JS optimizer with acorn from Debian's node modules.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
jobs=$(nproc)

configure_and_build() { # DIR CMAKE_ARGS...
  local dir=$1
  shift
  [[ -f $dir/CMakeCache.txt ]] || "$@" -B "$dir" -S . >/dev/null
  cmake --build "$dir" -j "$jobs"
}

configure_and_build build/wasm emcmake cmake -DCMAKE_BUILD_TYPE=Release
node .ci/catalogue-types.js # web/generated/catalogue.d.ts: ids and parameter names for the types
node .ci/package.js web # web/generated/activation-plot.js and embed-page.js, with esbuild
if [[ "${1:-}" == all ]]; then
  configure_and_build build/native cmake -DCMAKE_BUILD_TYPE=Release
  configure_and_build build/sanitize cmake -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
fi
