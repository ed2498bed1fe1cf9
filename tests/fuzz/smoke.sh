#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a short while: the CI fuzz smoke.
#
#   tests/fuzz/smoke.sh [SECONDS]          each fuzzer runs SECONDS (default 20)
#
# Environment: BUILD_DIR (default build-fuzz beside the checkout), JOBS (default 1),
# FUZZERS (default "clean scan parse ingest"), FUZZ_SEED (default 1). With a fixed seed the run is
# the same sequence of inputs on every machine, cut off by time: a slower CI machine runs a prefix of
# what a longer local run with the same seed has already passed, so the smoke is not a lottery.
# Findings are written to $BUILD_DIR/fuzz-findings/;
# the script exits non-zero when any fuzzer finds a crash, a leak, a timeout or runs out of memory.
# New inputs go to a scratch corpus per run; the generated seeds are only read.
set -euo pipefail

seconds="${1:-20}"
source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build_dir="${BUILD_DIR:-$source_dir/../build-fuzz}"
jobs="${JOBS:-1}"
fuzzers="${FUZZERS:-clean scan parse ingest}"
seed="${FUZZ_SEED:-1}"

CXX="${CXX:-clang++}" cmake -S "$source_dir" -B "$build_dir" -G Ninja \
  -DZGCFACTS_FUZZ=ON -DZGCFACTS_TESTS=OFF -DZGCFACTS_BENCH=OFF -DZGCFACTS_EXAMPLES=OFF >/dev/null
cmake --build "$build_dir" -j "$jobs"

findings="$build_dir/fuzz-findings"
mkdir -p "$findings"
seeds="$build_dir/tests/fuzz/seeds"
status=0
for name in $fuzzers; do
  corpus="$(mktemp -d)"
  seed_set="$seeds/text"
  [[ "$name" == parse ]] && seed_set="$seeds/expr"
  echo "== fuzz_$name for ${seconds}s"
  # -timeout: one input taking 10 s is a hang; -rss_limit_mb: a 2 GB input-driven allocation is a bug.
  if ! "$build_dir/tests/fuzz/fuzz_$name" -seed="$seed" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -dict="$seeds/zgcfacts.dict" -artifact_prefix="$findings/${name}-" -print_final_stats=1 \
       "$corpus" "$seed_set" 2>"$findings/$name.log"; then
    echo "fuzz_$name FAILED; log: $findings/$name.log"
    tail -n 40 "$findings/$name.log"
    status=1
  else
    grep -E '^stat::number_of_executed_units|^stat::average_exec_per_sec|^Done' "$findings/$name.log" || true
  fi
  rm -rf "$corpus"
done
exit "$status"
