#!/usr/bin/env bash
# End-to-end test: Neovim's built-in LSP client against the shaded server jar.
# Usage: server/src/test/e2e/nvim-e2e.sh        (from anywhere; exit 0 = pass)
# Needs: nvim (Debian 12: apt-get install -y neovim, 0.7.2), java 17, and the jar
#        (mvn -B -pl server -am package -DskipTests builds server/target/nianbao-server.jar;
#        this script builds it when it is missing).
# Env:   JAR (default server/target/nianbao-server.jar), TIMEOUT_MS (default 30000),
#        WORK (scratch folder; default a fresh temporary one, removed afterwards)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../../.." && pwd)"
JAR="${JAR:-$ROOT/server/target/nianbao-server.jar}"
command -v nvim >/dev/null || { echo "nvim not found (apt-get install -y neovim)"; exit 2; }
if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && mvn -B -q -pl server -am package -DskipTests)
fi
if [ -z "${WORK:-}" ]; then
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK/report"
# a copy: the test edits the buffer (never saves it), and the example in the repo stays untouched
cp "$ROOT/examples/guanghua-2021.nianbao" "$WORK/report/"
export LSP_CMD="java -jar $JAR"
export TIMEOUT_MS="${TIMEOUT_MS:-30000}"
# keep swap, shada and lsp.log out of $HOME
export XDG_CONFIG_HOME="$WORK/xdg/config" XDG_DATA_HOME="$WORK/xdg/data" \
       XDG_STATE_HOME="$WORK/xdg/state" XDG_CACHE_HOME="$WORK/xdg/cache"
timeout "${E2E_TIMEOUT_S:-120}" nvim --headless --clean -n -u NONE -i NONE \
  -c "luafile $HERE/nvim-e2e.lua" "$WORK/report/guanghua-2021.nianbao"
