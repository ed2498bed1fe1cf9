#!/bin/sh
# Installs zgcfacts into a temporary prefix and builds a consumer against the installed tree, with
# find_package(zgcfacts CONFIG) and with pkg-config, then runs both.
#
#   tests/install/run.sh                 # static library (the default build)
#   tests/install/run.sh -DBUILD_SHARED_LIBS=ON
#
# Extra arguments go to the configure step of zgcfacts. Nothing outside the temporary directory is
# touched; set KEEP=1 to keep it for inspection. Exit 0 pass, 1 fail.
set -eu

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
consumer=$source_dir/tests/install/consumer
work=$(mktemp -d "${TMPDIR:-/tmp}/zgcfacts-install.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then echo "keeping $work"; else trap 'rm -rf "$work"' EXIT INT TERM; fi
prefix=$work/prefix
jobs=${JOBS:-1}
generator=""
command -v ninja > /dev/null 2>&1 && generator="-G Ninja"

step() { printf '\n== %s\n' "$*"; }

step "build and install zgcfacts into $prefix"
# shellcheck disable=SC2086  # $generator is one option or nothing
cmake -S "$source_dir" -B "$work/build" $generator -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
  -DZGCFACTS_TESTS=OFF -DZGCFACTS_BENCH=OFF -DZGCFACTS_EXAMPLES=OFF "$@" > "$work/configure.log" ||
  { cat "$work/configure.log"; exit 1; }
cmake --build "$work/build" -j "$jobs"
cmake --install "$work/build" > "$work/install.log"

for f in include/zgcfacts/sheet.hpp include/zgcfacts/store.hpp bin/zgcfacts; do
  [ -e "$prefix/$f" ] || { echo "FAIL: $f was not installed"; exit 1; }
done
config=$(find "$prefix" -name zgcfacts-config.cmake | head -n 1)
pc=$(find "$prefix" -name zgcfacts.pc | head -n 1)
[ -n "$config" ] || { echo "FAIL: no zgcfacts-config.cmake installed"; exit 1; }
[ -n "$pc" ] || { echo "FAIL: no zgcfacts.pc installed"; exit 1; }
"$prefix/bin/zgcfacts" --version

step "consumer with find_package(zgcfacts CONFIG REQUIRED)"
# shellcheck disable=SC2086
cmake -S "$consumer" -B "$work/consumer" $generator -DCMAKE_PREFIX_PATH="$prefix" > "$work/consumer.log" ||
  { cat "$work/consumer.log"; exit 1; }
cmake --build "$work/consumer"
LD_LIBRARY_PATH="$prefix/lib:$(dirname "$pc")/..${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$work/consumer/app"

step "consumer with pkg-config"
if command -v pkg-config > /dev/null 2>&1; then
  PKG_CONFIG_PATH="$(dirname "$pc")" make -s -C "$consumer" -f Makefile.pkgconfig OUT="$work/app-pc"
  LD_LIBRARY_PATH="$(dirname "$pc")/..${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$work/app-pc"
else
  echo "skipped: pkg-config is not installed"
fi

printf '\nPASS: installed zgcfacts builds and runs in a consumer project\n'
