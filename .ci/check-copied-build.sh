#!/usr/bin/env bash
# Checks that .ci/build.sh never leaves a stale module in a copied checkout: copies this checkout
# (tracked files, build/ and web/generated/) to a temporary directory, edits a C++ source there and
# runs the copy's build.sh, which must rebuild the copy's module and leave this checkout's alone;
# then a build/wasm that writes elsewhere must make build.sh fail. Needs a built checkout; takes
# one WebAssembly build (about a minute).
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
  echo "check-copied-build: $*" >&2
  exit 1
}
[[ -f build/wasm/CMakeCache.txt && -f web/generated/activation-core.wasm ]] ||
  fail "build this checkout first (bash .ci/build.sh)"

copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
git ls-files -z | xargs -0 cp --parents -t "$copy"
cp -a build "$copy/"
mkdir -p "$copy/web/generated"
cp -a web/generated/. "$copy/web/generated/"
[[ -e node_modules ]] && ln -s "$(readlink -f node_modules)" "$copy/node_modules"
original=$(stat -c %Y.%N web/generated/activation-core.wasm)

sleep 1 # mtimes in whole seconds below
echo "// edited in the copy" >>"$copy/cpp/core/curve.cpp"
bash "$copy/.ci/build.sh" >"$copy/build.log" 2>&1 || {
  cat "$copy/build.log" >&2
  fail "build.sh failed in the copy"
}
[[ $copy/web/generated/activation-core.wasm -nt $copy/cpp/core/curve.cpp ]] ||
  fail "the copy's module is older than the copy's edited source"
[[ $(stat -c %Y.%N web/generated/activation-core.wasm) == "$original" ]] ||
  fail "building the copy rebuilt this checkout's module"
grep -q "configuring it afresh" "$copy/build.log" || fail "build.sh did not notice the copied build/"

sed -i "s|^WASM_OUTPUT_DIR:PATH=.*|WASM_OUTPUT_DIR:PATH=$copy/elsewhere|" \
  "$copy/build/wasm/CMakeCache.txt"
if bash "$copy/.ci/build.sh" >"$copy/build.log" 2>&1; then
  fail "build.sh succeeded with build/wasm writing the module elsewhere"
fi
grep -q "not web/generated" "$copy/build.log" || fail "build.sh failed without saying why"
echo "check-copied-build: ok"
