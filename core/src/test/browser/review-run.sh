#!/usr/bin/env bash
# Browser test of the review site (`nianbao review`): builds the site of the demo township reports
# (docs/demo, one with real errors) and the examples with the real CLI, then review.js opens it in
# headless Chromium with JavaScript off and follows every link. Reuses the tools of the other
# browser test (editor-client/e2e/install-tools.sh --browser) under $NIANBAO_E2E_WORK.
# Exit code = result; the site and a screenshot of its index in $NIANBAO_REVIEW_OUT.
#
# Env: NIANBAO_E2E_WORK   (default /tmp/nianbao-e2e) tools, outside the repository
#      NIANBAO_REVIEW_OUT (default $NIANBAO_E2E_WORK/review) the site and review-index.png
#      SKIP_INSTALL=1     reuse the installed tools
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../../.." && pwd)"
WORK="${NIANBAO_E2E_WORK:-/tmp/nianbao-e2e}"
OUT="${NIANBAO_REVIEW_OUT:-$WORK/review}"
export NIANBAO_E2E_WORK="$WORK"

if [ "${SKIP_INSTALL:-0}" != 1 ]; then
  "$ROOT/editor-client/e2e/install-tools.sh" --browser >/dev/null || { echo "review: tool install failed"; exit 1; }
fi
rm -rf "$OUT"
mkdir -p "$OUT/reports"
cp "$ROOT"/docs/demo/*.nianbao "$ROOT"/examples/*.nianbao "$ROOT"/examples/*.nbt "$OUT/reports/"
cd "$ROOT"
./nianbao review "$OUT/reports" -o "$OUT/site" --expected docs/demo/expected.txt --agency 青山县 >/dev/null 2>&1 \
  || { echo "review: nianbao review failed"; exit 1; }
rows=$(ls "$OUT"/reports/*.nianbao | wc -l)
# The reports with errors, as check reports them (one line per file with an error).
errors=$(./nianbao check "$OUT/reports"/*.nianbao 2>/dev/null | grep ': error: ' | cut -d: -f1 | sort -u | wc -l)
PW_MODULE="$WORK/pw/node_modules/playwright-core" node "$HERE/review.js" "$OUT/site" "$rows" "$errors" "$OUT/review-index.png"
