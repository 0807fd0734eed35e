#!/usr/bin/env bash
# Installs the system packages Tovholder needs when they are missing; does nothing (fast) when all are there.
set -euo pipefail

missing=()
pkg-config --exists lua5.4 2>/dev/null || missing+=(liblua5.4-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev)
command -v lua5.4 >/dev/null 2>&1 || missing+=(lua5.4)       # benchmark baseline
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)     # benchmark baseline
command -v luacheck >/dev/null 2>&1 || missing+=(lua-check)  # make lint

if ((${#missing[@]} > 0)); then
  echo "bootstrap: installing ${missing[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1 && [ ! -x /opt/swift/usr/bin/swift ]; then
  echo "bootstrap: Swift 6 is needed (expected on PATH or at /opt/swift/usr/bin)" >&2
  exit 1
fi
