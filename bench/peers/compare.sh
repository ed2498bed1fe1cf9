#!/usr/bin/env bash
# Speed against Microsoft Recognizers-Text (JavaScript, from the npm registry) on the same articles,
# in one run so the ratio holds on a shared, noisy machine.
#
#   bench/peers/compare.sh [ZGCFACTS_BINARY] [CORPUS_DIR]
#
# Installs @microsoft/recognizers-text-number and -number-with-unit into build/peer-bench (once),
# then times, on the corpus articles concatenated: their Number model alone, their seven
# number-related models together, and `zgcfacts extract` (whole pipeline: clean, scan, attribute,
# JSON out). Needs node and npm.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
binary=${1:-$root/build/zgcfacts}
corpus=${2:-$root/../shared/corpus}
work=$root/build/peer-bench
mkdir -p "$work"
if [[ ! -d $work/node_modules/@microsoft/recognizers-text-number-with-unit ]]; then
  (cd "$work" && npm install --silent --no-audit --no-fund \
     @microsoft/recognizers-text-number@1.3.1 @microsoft/recognizers-text-number-with-unit@1.3.1 >/dev/null)
fi
cat "$corpus"/*.txt > "$work/corpus.txt"
NODE_PATH=$work/node_modules node "$here/compare.js" "$work/corpus.txt" "$binary"
