#!/usr/bin/env bash
# make bench: builds release binaries and prints ratios against the stock lua5.4 interpreter, measured side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/opt/swift/usr/bin"
swift build -c release --product tovholder >&2
swift build -c release --product TovholderBench >&2
bin=$(swift build -c release --show-bin-path)
"$bin/TovholderBench" --tovholder "$bin/tovholder" --lua lua5.4 --folder Benchmarks "$@"
