#!/usr/bin/env bash
# The Word output (`nianbao compile --to docx`) opened by another word processor: LibreOffice,
# headless, converts each .docx to PDF, which must succeed; the PDF must be A4 portrait and hold the
# report's title and figures (pdftotext); the first page and the page of table 三 are rendered
# to PNG (pdftoppm). Reports: the examples and the demo township reports (non-zero figures).
# Needs libreoffice (Debian: libreoffice-writer-nogui) and poppler-utils; .ci/run installs them.
# Exit code = result; the .docx, PDFs and PNGs in $NIANBAO_DOCX_OUT.
#
# Env: NIANBAO_DOCX_OUT (default /tmp/nianbao-docx)
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../../.." && pwd)"
OUT="${NIANBAO_DOCX_OUT:-/tmp/nianbao-docx}"
rm -rf "$OUT"
mkdir -p "$OUT/profile"
failures=0
check() { if [ "$2" = 0 ]; then echo "PASS $1"; else echo "FAIL $1${3:+: $3}"; failures=$((failures + 1)); fi; }

cd "$ROOT"
reports=(examples/guanghua-2021.nianbao examples/yunxi-2020.nianbao examples/yunxi-2021.nianbao docs/demo/石桥镇-2024.nianbao docs/demo/白沙乡-2024.nianbao)
./nianbao compile "${reports[@]}" --to docx -o "$OUT/" >/dev/null 2>&1
check "compile --to docx of ${#reports[@]} reports" $?

for r in "${reports[@]}"; do
  name="$(basename "$r" .nianbao)"
  # A profile of its own: no user settings, no first-start dialogs, no clash with a running office.
  timeout 180 libreoffice -env:UserInstallation="file://$OUT/profile" --headless --norestore \
    --convert-to pdf --outdir "$OUT" "$OUT/$name.docx" >"$OUT/$name.log" 2>&1
  [ -s "$OUT/$name.pdf" ]
  check "$name: LibreOffice opens and converts it" $? "$(tail -2 "$OUT/$name.log")"
  size="$(pdfinfo "$OUT/$name.pdf" 2>/dev/null | sed -n 's/^Page size: *\([0-9.]*\) x \([0-9.]*\) pts.*/\1x\2/p')"
  case "$size" in 595*x841*|595*x842*) ok=0 ;; *) ok=1 ;; esac
  check "$name: A4 portrait" $ok "page size $size"
  text="$(pdftotext -layout "$OUT/$name.pdf" - 2>/dev/null)"
  title="$(sed -n 's/^标题：//p' "$r" | head -1)"
  # pdftotext puts a space between Chinese and digits (石桥镇 2024 年): compare without spaces.
  # (no pipe from tr into grep -q: grep stops at the first match, and tr's next write would then
  # die of SIGPIPE, which pipefail reports as a failure whenever the text is over tr's 8 KB buffer)
  grep -qF "$title" <<<"${text// /}"
  check "$name: the title is in the PDF" $?
  # Every figure of the applications table's 总计 column is printed somewhere in the PDF.
  missing=0
  for v in $(awk '/^\[申请处理\]/{t=1;next} /^$/{t=0} t && $1!="其余"{print $NF}' "$r" | grep -E '^[0-9]+$' | sort -u); do
    grep -qw -- "$v" <<<"$text" || missing=$((missing + 1))
  done
  check "$name: the figures of table 三 are in the PDF" "$missing" "$missing not found"
  grep -qE '— *1 *—' <<<"$text"
  check "$name: page numbers in the footer" $?
  page="$(pdftotext -layout "$OUT/$name.pdf" - | awk 'BEGIN{RS="\f"} /收到和处理政府信息公开申请情况/{print NR; exit}')"
  pdftoppm -r 80 -png -f 1 -l 1 "$OUT/$name.pdf" "$OUT/$name-first"
  [ -n "$page" ] && pdftoppm -r 80 -png -f "$page" -l "$page" "$OUT/$name.pdf" "$OUT/$name-table"
done
echo "docx: $( [ "$failures" = 0 ] && echo PASSED || echo FAILED ); files in $OUT"
[ "$failures" = 0 ]
