#!/usr/bin/env bash
# Installs what the build (and, with --test, the tests) need and is missing: Debian packages, then npm ci.
set -euo pipefail
cd "$(dirname "$0")/.."

needs_test=false
[[ "${1:-}" == "--test" ]] && needs_test=true

missing=()
need() { # need PACKAGE CHECK...: queue PACKAGE when the check fails
  local package=$1
  shift
  "$@" >/dev/null 2>&1 || missing+=("$package")
}
need emscripten command -v em++
need cmake command -v cmake
need g++ command -v g++
need libgtest-dev test -f /usr/include/gtest/gtest.h
if $needs_test; then
  need chromium test -x /usr/bin/chromium
  need jupyter-nbconvert command -v jupyter-nbconvert
  need clang command -v clang++
  need libclang-rt-14-dev compgen -G '/usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a'
fi

install_packages() {
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      echo "activation-plot needs these Debian/Ubuntu packages: ${missing[*]}" >&2
      echo "Install them as root:  apt-get update && apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
  echo "Installing ${missing[*]} ..."
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

if ((${#missing[@]})); then
  if ! command -v apt-get >/dev/null; then
    echo "Missing tools (${missing[*]}) and no apt-get: install Emscripten, CMake, g++, GoogleTest (and for the tests clang with libFuzzer) yourself." >&2
    exit 1
  fi
  install_packages
fi

lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -f node_modules/.lock-hash || $(cat node_modules/.lock-hash) != "$lock_hash" ]]; then
  npm ci --no-audit --no-fund
  echo "$lock_hash" >node_modules/.lock-hash
fi
