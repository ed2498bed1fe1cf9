#!/bin/sh
# Renders a generated HTML fact sheet in headless chromium and checks that the page loads, its SVG
# charts are laid out with their bars, and the browser reports nothing on the console (the sheet has
# no script, so any console message is a problem: a blocked fetch, a CSP violation, a parse error).
#
#   tests/browser/run.sh path/to/zgcfacts      # exit 0 pass, 1 fail, 77 skipped (no chromium)
#
# CHROMIUM may name the browser binary; otherwise /usr/bin/chromium (Debian's chromium package,
# installed by ZGCFACTS_SETUP_EXTRA=browser scripts/setup).
set -eu

cli=${1:?usage: run.sh path/to/zgcfacts}
here=$(cd "$(dirname "$0")" && pwd)
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "skipped: $chromium not found (ZGCFACTS_SETUP_EXTRA=browser scripts/setup installs it)"
  exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/zgcfacts-browser.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

fail() {
  echo "FAIL: $*"
  exit 1
}

# Two reports of an invented park, so the sheet has a year-over-year series with hedged figures.
printf '%s\n' '示例园区2022年发展报告' '' \
  '2022年，示例园区技术合同成交额约450.5亿元，新增入驻企业1200多家。园区全年受理专利申请近900件。' \
  > "$work/park-2022.txt"
printf '%s\n' '示例园区2023年发展报告' '' \
  '2023年，示例园区技术合同成交额超520亿元。园区新增入驻企业1500余家，举办创新创业活动320场。' \
  '有人在留言中写下<script>alert("x")</script>，称园区年度奖励资金达到3亿元。' \
  > "$work/park-2023.txt"
"$cli" ingest --db "$work/facts.db" --date 2022-12-30 "$work/park-2022.txt" > /dev/null
"$cli" ingest --db "$work/facts.db" --date 2023-12-30 "$work/park-2023.txt" > /dev/null
"$cli" sheet --db "$work/facts.db" --format html --lang en --out "$work/sheet.html"
cp "$here/harness.html" "$work/harness.html"

# Runs chromium on a page: the DOM after load on stdout, the browser's log in $work/$2.log.
browse() {
  timeout 90 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile-$2" \
    --enable-logging=stderr --v=0 --allow-file-access-from-files --virtual-time-budget=5000 \
    --dump-dom "file://$work/$1" 2> "$work/$2.log"
}

# 1. The sheet on its own: it loads, and the browser has nothing to say about it.
browse sheet.html sheet > "$work/sheet.dom" || fail "chromium could not load the sheet (see its log below)"
grep -q '</html>' "$work/sheet.dom" || fail "the dumped DOM is incomplete"
grep -q '<svg xmlns="http://www.w3.org/2000/svg" class="yoy-chart"' "$work/sheet.dom" || fail "no SVG chart in the DOM"
grep -q 'data-qualifier="over"' "$work/sheet.dom" || fail "the 'over' figure is not drawn as such"
grep -q '<script' "$work/sheet.dom" && fail "a <script> element got into the page"
grep -q '&lt;script&gt;alert' "$work/sheet.dom" || fail "the sentence with <script> in it is not shown as text"
if grep 'CONSOLE' "$work/sheet.log" | grep -q 'sheet.html'; then
  grep 'CONSOLE' "$work/sheet.log"
  fail "the browser reported console messages for the sheet"
fi

# 2. Measured in a frame: the charts have a size and their bars were drawn.
browse harness.html harness > "$work/harness.dom" || fail "chromium could not load the harness"
result=$(sed -n '/<pre id="result">/,/<\/pre>/p' "$work/harness.dom")
echo "$result"
echo "$result" | grep -q 'error=' && fail "the harness could not read the sheet"
echo "$result" | grep -q 'charts=[1-9]' || fail "no chart was laid out"
echo "$result" | grep -Eq 'chart0=[1-9][0-9]+x[1-9][0-9]+ bars=2 drawn=[1-9]' || fail "the first chart has no drawn bars"
if grep 'CONSOLE' "$work/harness.log" | grep -q 'sheet.html'; then
  grep 'CONSOLE' "$work/harness.log"
  fail "the browser reported console messages for the sheet inside the frame"
fi

# 3. The console check itself works: a page that does log must be caught.
printf '%s\n' '<!DOCTYPE html><html><body><script>console.error("control")</script></body></html>' > "$work/control.html"
browse control.html control > /dev/null || true
grep 'CONSOLE' "$work/control.log" | grep -q 'control' || fail "console messages are not visible in chromium's log"

echo "PASS: the sheet loads in $("$chromium" --version 2>/dev/null | head -n 1), its charts are drawn, the console is quiet"
