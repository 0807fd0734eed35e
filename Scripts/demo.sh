#!/usr/bin/env bash
# make demo: shows what Tovholder does, in a minute, on the built binary.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/opt/swift/usr/bin"
bin="$(swift build --show-bin-path)/tovholder"
demo=Examples/demo

step() { printf '\n\033[1m== %s\033[0m\n$ %s\n' "$1" "$2"; }

"$bin" --version

step "A municipality's Lua script scores an AUDIT screening (module from its own folder)" \
  "tovholder script run $demo/audit.lua --now 2026-11-23"
"$bin" script run "$demo/audit.lua" --now 2026-11-23

step "The same result as JSON, for other systems" "tovholder script run $demo/audit.lua --json"
"$bin" script run "$demo/audit.lua" --json --now 2026-11-23 2>/dev/null

step "The sandbox: no files, no processes, no bytecode" "tovholder script run $demo/escape.lua"
"$bin" script run "$demo/escape.lua"

step "A runaway script is stopped by the time limit, even inside pcall" \
  "tovholder script run $demo/runaway.lua --timeout-ms 300"
"$bin" script run "$demo/runaway.lua" --timeout-ms 300
echo "(exit status $?)"
