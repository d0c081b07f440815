#!/usr/bin/env bash
# Browser layout test of the published HTML page. It lives beside core's tests because the page is
# core's (output/HtmlOutput, templates under src/main/resources/nianbao/html); it is not a Maven
# test because it needs a real browser, which the VS Code end-to-end test already installs: this
# script reuses that installation (editor-client/e2e/install-tools.sh --browser: Debian's chromium,
# playwright-core, poppler's pdftotext) under $NIANBAO_E2E_WORK.
#   compile the example reports and a hostile one with the real CLI (HTML and JSON) ->
#   html-layout.js: each page at 1280 and 375 px and printed to A4 PDF, layout facts measured.
# Exit code = result; screenshots and PDFs in $NIANBAO_HTML_OUT.
#
# Env: NIANBAO_E2E_WORK (default /tmp/nianbao-e2e) tools, outside the repository
#      NIANBAO_HTML_OUT  (default $NIANBAO_E2E_WORK/html-layout) compiled pages, screenshots, PDFs
#      SKIP_INSTALL=1    reuse the installed tools
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../../.." && pwd)"
WORK="${NIANBAO_E2E_WORK:-/tmp/nianbao-e2e}"
OUT="${NIANBAO_HTML_OUT:-$WORK/html-layout}"
export NIANBAO_E2E_WORK="$WORK"

if [ "${SKIP_INSTALL:-0}" != 1 ]; then
  "$ROOT/editor-client/e2e/install-tools.sh" --browser >/dev/null || { echo "html-layout: tool install failed"; exit 1; }
fi
rm -rf "$OUT"
mkdir -p "$OUT/src"

# A report built to break the page: a very long agency name and a prose line without spaces, markup
# and a script in the prose, 20-digit numbers in a narrow and in a wide table. The numbers exceed
# what the checker accepts (value.too-large), so it is compiled with --force.
long="$(printf 'A%.0s' $(seq 1 400))"
agency="光华镇人民政府$(printf '综合行政执法与政务服务便民中心%.0s' $(seq 1 8))Office${long:0:150}"
sed -e "s/^机关：.*/机关：$agency/" \
    -e "s|^我镇以公正便民.*|<script>window.__x = 1</script><b>粗体</b>\&amp;${long}|" \
    -e 's/^行政许可              0/行政许可              12345678901234567890/' \
    -e 's/^本年新收        -       -/本年新收        12345678901234567890       12345678901234567890/' \
    "$ROOT/examples/guanghua-2021.nianbao" > "$OUT/src/hostile.nianbao"
grep -q '12345678901234567890 ' "$OUT/src/hostile.nianbao" && grep -q '<script>' "$OUT/src/hostile.nianbao" \
  || { echo "html-layout: could not make the hostile report"; exit 1; }

cd "$ROOT"
for to in html json; do
  ./nianbao compile examples/guanghua-2021.nianbao examples/yunxi-2021.nianbao examples/yunxi-2020.nianbao \
    --to "$to" -o "$OUT/" >/dev/null || { echo "html-layout: compiling the examples to $to failed"; exit 1; }
  ./nianbao compile "$OUT/src/hostile.nianbao" --force --to "$to" -o "$OUT/" >/dev/null 2>&1 \
    || { echo "html-layout: compiling the hostile report to $to failed"; exit 1; }
done

PW_MODULE="$WORK/pw/node_modules/playwright-core" node "$HERE/html-layout.js" "$OUT" \
  guanghua-2021:6 yunxi-2021:7 yunxi-2020:6 hostile:6:hostile 2>&1 | tee "$OUT/html-layout.log"
rc=${PIPESTATUS[0]}
echo "html-layout: $( [ "$rc" = 0 ] && echo PASSED || echo FAILED ); screenshots and PDFs in $OUT"
exit "$rc"
