#!/usr/bin/env bash
# make bench: builds release binaries and prints ratios against the stock lua5.4 interpreter, measured side by side.
#
# Sections (all by default; one with --only NAME): host-call, workload, startup, limits, store,
# rescore, packs, workflows (ten rules on one event beside lua5.4 and sqlite3; a dry run of the
# shipped workflows against Examples/packs/dk.aarhus.samarbejdsaftale over 10,000 seeded cases,
# see --workflow-cases, --workflow-database, --candidate), reports (behandlingsgaranti and statistik
# over 100,000 seeded cases, each beside Benchmarks/report_*.sql in the sqlite3 shell on the same
# database, figures compared; see --report-cases, --report-database).
# BENCH_SCRATCH_PATH=dir builds in dir instead of .build.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/opt/swift/usr/bin"
scratch=()
if [ -n "${BENCH_SCRATCH_PATH:-}" ]; then scratch=(--scratch-path "$BENCH_SCRATCH_PATH"); fi
swift build -c release "${scratch[@]}" --product tovholder >&2
swift build -c release "${scratch[@]}" --product TovholderBench >&2
bin=$(swift build -c release "${scratch[@]}" --show-bin-path)
"$bin/TovholderBench" --tovholder "$bin/tovholder" --lua lua5.4 --folder Benchmarks "$@"
