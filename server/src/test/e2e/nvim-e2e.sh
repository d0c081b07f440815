#!/usr/bin/env bash
# End-to-end test: Neovim's built-in LSP client, set up exactly as README.md's Neovim 0.7 snippet
# says (read out of README.md, the launcher's path filled in), against `./nianbao lsp`.
# Usage: server/src/test/e2e/nvim-e2e.sh        (from anywhere; exit 0 = pass)
# Needs: nvim (Debian 12: apt-get install -y neovim, 0.7.2), java 17 (./nianbao builds the CLI
#        on first use).
# Env:   TIMEOUT_MS (default 30000), WORK (scratch folder; default a fresh temporary one, removed
#        afterwards)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../../.." && pwd)"
command -v nvim >/dev/null || { echo "nvim not found (apt-get install -y neovim)"; exit 2; }
if [ -z "${WORK:-}" ]; then
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK/report"
# a copy: the test edits the buffer (never saves it), and the example in the repo stays untouched
cp "$ROOT/examples/guanghua-2021.nianbao" "$WORK/report/"
# The README's Neovim 0.7 snippet: the ```lua block after the line that starts "On Neovim 0.7"
awk '/^On Neovim 0\.7/ { after = 1 } after && /^```lua/ { inside = 1; next } inside && /^```/ { exit } inside { print }' \
  "$ROOT/README.md" | sed "s#\"/path/to/nianbao\"#\"$ROOT/nianbao\"#" > "$WORK/readme-snippet.lua"
grep -q 'start_client' "$WORK/readme-snippet.lua" || { echo "FAIL no Neovim 0.7 snippet in README.md"; exit 1; }
grep -q "$ROOT/nianbao" "$WORK/readme-snippet.lua" || { echo "FAIL the snippet does not start /path/to/nianbao"; exit 1; }
echo "README snippet:"; sed 's/^/  /' "$WORK/readme-snippet.lua"
# the launcher builds the CLI when it is missing: do that now, not inside Neovim's time limit
"$ROOT/nianbao" --version >/dev/null
export SNIPPET="$WORK/readme-snippet.lua" REPORT="$WORK/report/guanghua-2021.nianbao"
export TIMEOUT_MS="${TIMEOUT_MS:-30000}"
# keep swap, shada and lsp.log out of $HOME
export XDG_CONFIG_HOME="$WORK/xdg/config" XDG_DATA_HOME="$WORK/xdg/data" \
       XDG_STATE_HOME="$WORK/xdg/state" XDG_CACHE_HOME="$WORK/xdg/cache"
timeout "${E2E_TIMEOUT_S:-120}" nvim --headless --clean -n -u NONE -i NONE \
  -c "luafile $HERE/nvim-e2e.lua"
