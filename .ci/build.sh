#!/usr/bin/env bash
# Builds the WebAssembly core and the one-file embed the demo page loads (always) and, with `all`,
# the native and sanitizer builds used by the C++ tests and the fuzzer.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's Emscripten runs its JS optimizer with acorn from Debian's node modules.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
jobs=$(nproc)

root=$(pwd -P)

# The value of VARIABLE in a CMakeCache.txt, or nothing.
cached() { # CACHE VARIABLE
  sed -n "s/^$2:[A-Z]*=//p" "$1"
}

# A build directory copied from another checkout (or left by a moved one) still builds that
# checkout's sources into that checkout's outputs, and CMake only prints an error and goes on:
# such a directory is removed, to be configured afresh.
forget_foreign_build() { # DIR
  local cache=$1/CMakeCache.txt
  [[ -f $cache ]] || return 0
  local source
  source=$(cached "$cache" CMAKE_HOME_DIRECTORY)
  if [[ $source != "$root" || $(cached "$cache" CMAKE_CACHEFILE_DIR) != "$root/$1" ]]; then
    echo "build.sh: $1 was configured for $source, not $root; configuring it afresh" >&2
    rm -rf "$1"
  fi
}

configure_and_build() { # DIR CMAKE_ARGS...
  local dir=$1
  shift
  forget_foreign_build "$dir"
  [[ -f $dir/CMakeCache.txt ]] || "$@" -B "$dir" -S . >/dev/null
  cmake --build "$dir" -j "$jobs"
}

# The module must be written where the pages and tests load it from.
forget_foreign_build build/wasm
if [[ -f build/wasm/CMakeCache.txt ]]; then
  wasm_output=$(cached build/wasm/CMakeCache.txt WASM_OUTPUT_DIR)
  if [[ $wasm_output != "$root/web/generated" ]]; then
    echo "build.sh: build/wasm writes the module to $wasm_output, not web/generated, so the" \
      "tests would load a stale one: remove build/wasm, or make scratch builds elsewhere" >&2
    exit 1
  fi
fi
configure_and_build build/wasm emcmake cmake -DCMAKE_BUILD_TYPE=Release \
  "-DWASM_OUTPUT_DIR=$root/web/generated"
node .ci/catalogue-types.js # web/generated/catalogue.d.ts: ids and parameter names for the types
node .ci/package.js web # web/generated/activation-plot.js and embed-page.js, with esbuild
if [[ "${1:-}" == all ]]; then
  configure_and_build build/native cmake -DCMAKE_BUILD_TYPE=Release
  configure_and_build build/sanitize cmake -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
  configure_and_build build/fuzz cmake -DCMAKE_BUILD_TYPE=RelWithDebInfo -DACTIVATION_FUZZ=ON \
    -DCMAKE_CXX_COMPILER=clang++ \
    "-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
fi
