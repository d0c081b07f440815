#!/usr/bin/env bash
# End-to-end test: Emacs with eglot, set up exactly as README.md's Emacs snippet says, against
# the repository's launcher (`./nianbao lsp`).
# Usage: server/src/test/e2e/emacs-e2e.sh       (from anywhere; exit 0 = pass)
# Needs: emacs 28+ and eglot (Debian 12: apt-get install -y emacs-nox elpa-eglot, 28.2 and 1.9),
#        java 17; ./nianbao builds the command-line jar when it is missing or stale (Maven).
# Env:   TIMEOUT_MS (per wait, default 30000), E2E_TIMEOUT_S (whole run, default 120),
#        WORK (scratch folder; default a fresh temporary one, removed afterwards)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../../.." && pwd)"
command -v emacs >/dev/null || { echo "emacs not found (apt-get install -y emacs-nox elpa-eglot)"; exit 2; }
# build (if needed) before Emacs starts, so eglot's connect timeout never waits for Maven
"$ROOT/nianbao" --version >/dev/null
if [ -z "${WORK:-}" ]; then
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK/report" "$WORK/home"
# a copy: the test edits the buffer (never saves it), and the example in the repo stays untouched
cp "$ROOT/examples/guanghua-2021.nianbao" "$WORK/report/"
export NIANBAO_ROOT="$ROOT" REPORT="$WORK/report/guanghua-2021.nianbao"
export TIMEOUT_MS="${TIMEOUT_MS:-30000}"
# -q --no-site-file: no user or site configuration (-Q would also take the site-lisp folders,
# where Debian's elpa-eglot lives, out of the package directories); HOME keeps auto-saves and
# eglot's state out of the real one
HOME="$WORK/home" timeout "${E2E_TIMEOUT_S:-120}" emacs --batch -q --no-site-file -l "$HERE/emacs-e2e.el"
