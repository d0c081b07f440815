#!/usr/bin/env bash
# End-to-end test of the extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3),
# driven like a user through headless Chromium (playwright-core):
#   install tools (idempotent) -> build the .vsix (Maven + npm) -> fresh code-server profile ->
#   `code-server --install-extension nianbao-<version>.vsix` -> open a copy of examples/ ->
#   drive.js (the server's JVM flags; its class data sharing archive written by a first server and
#   mapped by the next after a restart; a java that refuses the archive: the server starts without it;
#   no problems; an edit that breaks a total gives balance.* in Problems at its line; completion at
#   the start of a row lists the missing rows and their groups, bygk offers 不予公开 and then its
#   rows, an accepted row comes with its cells; the inlay hint 应为 N; the preview shows the table,
#   marks the blamed cells, follows the cursor; a crash of the server; export HTML and JSON asking
#   first (errors named, unsaved said), 打开 shows the page; check the folder; the formatted table 三
#   measured on screen, column by column; last year's report changed on disk re-checks; the preview
#   back after a reload) -> a second session without Java (where to get it; the setting opened) ->
#   stop every process started here. Exit code = result.
#
# Env: NIANBAO_E2E_WORK (default /tmp/nianbao-e2e) tools and scratch files, outside the repository
#      NIANBAO_E2E_OUT   (default $NIANBAO_E2E_WORK/out) screenshots and logs of this run
#      PORT (8765)       code-server's port on 127.0.0.1
#      SKIP_INSTALL=1, SKIP_BUILD=1  reuse installed tools / the built .vsix
#      NIANBAO_E2E_VSIX=FILE  install this .vsix (e.g. the one in the release zip) instead of building one
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
CLIENT="$(cd "$HERE/.." && pwd)"
ROOT="$(cd "$CLIENT/.." && pwd)"
WORK="${NIANBAO_E2E_WORK:-/tmp/nianbao-e2e}"
OUT="${NIANBAO_E2E_OUT:-$WORK/out}"
PORT="${PORT:-8765}"
CS="$WORK/cs/node_modules/.bin/code-server"   # code-server 4.100.3, installed by install-tools.sh
export NIANBAO_E2E_WORK="$WORK"
t0=$(date +%s)
step() { echo "[e2e $(( $(date +%s) - t0 ))s] $*"; }

if [ "${SKIP_INSTALL:-0}" != 1 ]; then
  step "install tools"
  "$HERE/install-tools.sh" || { echo "e2e: tool install failed"; exit 1; }
fi
if [ "${SKIP_BUILD:-0}" != 1 ] && [ -z "${NIANBAO_E2E_VSIX:-}" ]; then
  step "build the extension"
  "$CLIENT/build.sh" || { echo "e2e: build failed"; exit 1; }
fi
VERSION="$(node -p "require('$CLIENT/package.json').version")"
VSIX="${NIANBAO_E2E_VSIX:-$CLIENT/nianbao-$VERSION.vsix}"
[ -f "$VSIX" ] || { echo "e2e: missing $VSIX"; exit 1; }

if curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; then
  echo "e2e: port $PORT is already in use; set PORT"; exit 1
fi

# Fresh profile, extensions folder and workspace for every run. The workspace is a copy of
# examples/ so that the test's edits (never saved) and the exported HTML stay out of the repo.
RUN="$WORK/run"
rm -rf "$RUN" "$OUT"
mkdir -p "$RUN/data/User" "$RUN/ext" "$RUN/xdg" "$OUT"
cp -r "$ROOT/examples" "$RUN/examples"
# a second report, never opened in an editor, for "check the whole folder": 上年结转 2 breaks its totals
mkdir -p "$RUN/examples/more"
sed 's/^上年结转\( *\)-/上年结转\12/' "$ROOT/examples/guanghua-2021.nianbao" > "$RUN/examples/more/unopened.nianbao"
grep -q '^上年结转 *2 ' "$RUN/examples/more/unopened.nianbao" || { echo "e2e: could not make the second report"; exit 1; }
cat > "$RUN/config.yaml" <<YAML
bind-addr: 127.0.0.1:$PORT
auth: none
cert: false
YAML
cat > "$RUN/data/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "git.enabled": false,
  "editor.quickSuggestions": { "other": false, "comments": false, "strings": false },
  "editor.wordBasedSuggestions": "off",
  "editor.snippetSuggestions": "none",
  "files.autoSave": "off",
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "window.commandCenter": false,
  "nianbao.server.vmargs": "-Dnianbao.e2e=vmargs"
}
JSON
# The server's java is a wrapper of the real one that refuses to start with a class data sharing
# archive while $RUN/refuse-archive exists (a stand-in for an archive the JVM cannot use): the
# extension must then drop the archive and start the server without one.
mkdir -p "$RUN/jdk/bin"
cat > "$RUN/jdk/bin/java" <<SH
#!/bin/sh
if [ -e "$RUN/refuse-archive" ]; then
  for a in "\$@"; do case "\$a" in -XX:SharedArchiveFile=*) echo "e2e: refusing \$a" >&2; exit 1;; esac; done
fi
exec "$(readlink -f "$(command -v java)")" "\$@"
SH
chmod +x "$RUN/jdk/bin/java"
python3 - "$RUN/data/User/settings.json" "$RUN/jdk" <<'PY'
import json, sys
p = sys.argv[1]; s = json.load(open(p)); s["nianbao.java.home"] = sys.argv[2]; json.dump(s, open(p, "w"), indent=2)
PY
# no marketplace (code-server's default gallery is on the internet); keep ~/.config etc. untouched
export EXTENSIONS_GALLERY='{"serviceUrl":"http://127.0.0.1:9/none","itemUrl":"http://127.0.0.1:9/none"}'
export XDG_CONFIG_HOME="$RUN/xdg/config" XDG_DATA_HOME="$RUN/xdg/data" XDG_CACHE_HOME="$RUN/xdg/cache"
COMMON=(--config "$RUN/config.yaml" --user-data-dir "$RUN/data" --extensions-dir "$RUN/ext")

step "install $VSIX"
"$CS" "${COMMON[@]}" --install-extension "$VSIX" || { echo "e2e: --install-extension failed"; exit 1; }
"$CS" "${COMMON[@]}" --list-extensions --show-versions | tee "$OUT/extensions.txt"
grep -q "^nianbao.nianbao@$VERSION" "$OUT/extensions.txt" || { echo "e2e: extension not listed"; exit 1; }

# start_cs [ENV...]: code-server in the background (setsid: code-server, its extension host and
# the Java language server share one process group, which stop_cs ends)
CS_PID=
start_cs() {
  step "start code-server on 127.0.0.1:$PORT $*"
  env "$@" "$(command -v setsid)" "$CS" "${COMMON[@]}" --disable-telemetry --disable-update-check --disable-workspace-trust \
    --disable-getting-started-override >> "$OUT/code-server.log" 2>&1 < /dev/null &
  CS_PID=$!
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && return 0
    kill -0 "$CS_PID" 2>/dev/null || { echo "e2e: code-server exited"; tail -20 "$OUT/code-server.log"; return 1; }
    sleep 0.5
  done
  echo "e2e: code-server did not answer"; return 1
}
stop_cs() {
  [ -n "$CS_PID" ] || return 0
  kill -TERM -- "-$CS_PID" 2>/dev/null
  for _ in $(seq 1 20); do kill -0 "$CS_PID" 2>/dev/null || break; sleep 0.25; done
  kill -KILL -- "-$CS_PID" 2>/dev/null
  # a language server that left the group would still hold the extension's jar: end it by id
  for pid in $(pgrep -f "$RUN/ext/" 2>/dev/null); do kill "$pid" 2>/dev/null; done
  wait "$CS_PID" 2>/dev/null
  CS_PID=
}
trap stop_cs EXIT
start_cs || exit 1

step "drive VS Code"
SERVER_MATCH="$RUN/ext/" ARCHIVE_DIR="$RUN/data/User/globalStorage/nianbao.nianbao/class-data-sharing" USER_VMARG=-Dnianbao.e2e=vmargs \
  REFUSE_ARCHIVE="$RUN/refuse-archive" \
  CS_URL="http://127.0.0.1:$PORT" WORKSPACE="$RUN/examples" FILE=guanghua-2021.nianbao OUT="$OUT" \
  PW_MODULE="$WORK/pw/node_modules/playwright-core" node "$HERE/drive.js" 2>&1 | tee "$OUT/drive.log"
rc=${PIPESTATUS[0]}
stop_cs

# No Java 17 anywhere (PATH without java, no JAVA_HOME, a setting that points nowhere): the user
# must get a notification that says what to do. PATH keeps only node for code-server itself.
step "drive VS Code without Java"
mkdir -p "$RUN/nojava-bin" && ln -sf "$(command -v node)" "$RUN/nojava-bin/node"
python3 - "$RUN/data/User/settings.json" <<'PY'
import json, sys
p = sys.argv[1]; s = json.load(open(p)); s["nianbao.java.home"] = "/nonexistent/jdk"; json.dump(s, open(p, "w"), indent=2)
PY
# (VSCODE_CLI=1: the server keeps this environment instead of reading a login shell's)
if start_cs -u JAVA_HOME PATH="$RUN/nojava-bin" VSCODE_CLI=1; then
  MODE=nojava CS_URL="http://127.0.0.1:$PORT" WORKSPACE="$RUN/examples" FILE=guanghua-2021.nianbao OUT="$OUT" \
    PW_MODULE="$WORK/pw/node_modules/playwright-core" node "$HERE/drive.js" 2>&1 | tee -a "$OUT/drive.log"
  rc2=${PIPESTATUS[0]}
else
  rc2=1
fi
stop_cs
[ "$rc" = 0 ] && rc=$rc2

# what the extension host and the language server said (kept with the screenshots)
cp "$RUN"/data/logs/*/exthost*/remoteexthost.log "$OUT/" 2>/dev/null
find "$RUN/data/logs" -name '*年报*' -exec cp {} "$OUT/language-server.log" \; 2>/dev/null
if [ "$rc" != 0 ]; then
  echo "--- extension host log (tail)"; tail -20 "$OUT/remoteexthost.log" 2>/dev/null
  echo "--- language server output (tail)"; tail -30 "$OUT/language-server.log" 2>/dev/null
fi
passed=$(grep -c '\] PASS ' "$OUT/drive.log"); failed=$(grep -c '\] FAIL ' "$OUT/drive.log")
[ "$failed" = 0 ] && [ "$passed" -gt 0 ] || rc=1
step "done: $( [ "$rc" = 0 ] && echo PASSED || echo FAILED ); screenshots and logs in $OUT"
echo "e2e: $passed passed, $failed failed"
exit "$rc"
