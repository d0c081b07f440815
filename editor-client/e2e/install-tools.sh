#!/usr/bin/env bash
# Installs what the editor end-to-end test needs, under $NIANBAO_E2E_WORK (default /tmp/nianbao-e2e),
# never inside the repository. Idempotent: a second run only checks and prints versions.
#   Debian: chromium (driven headless by playwright-core), ripgrep, headers for code-server's native modules
#   npm:    playwright-core 1.65.1, code-server 4.100.3 (VS Code 1.100.3, the last one that runs on node 20)
# --browser: only chromium, playwright-core and poppler-utils (pdftotext), for the HTML layout test
#   (core/src/test/browser/run.sh).
set -euo pipefail
BROWSER_ONLY=0
[ "${1:-}" = --browser ] && BROWSER_ONLY=1
WORK="${NIANBAO_E2E_WORK:-/tmp/nianbao-e2e}"
CS_VERSION="${CS_VERSION:-4.100.3}"
PW_VERSION="${PW_VERSION:-1.65.1}"
mkdir -p "$WORK"

apt_install() {
  if [ "$(id -u)" = 0 ]; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
  else
    sudo apt-get update -q
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
  fi
}

# 1) Debian packages. kerberos (a code-server dependency) compiles against gssapi.h; ripgrep replaces
#    the rg binary that @vscode/ripgrep would download from GitHub.
if [ "$BROWSER_ONLY" = 1 ]; then
  command -v chromium >/dev/null && command -v pdftotext >/dev/null || apt_install chromium poppler-utils
fi
if [ "$BROWSER_ONLY" = 0 ] && { ! command -v chromium >/dev/null || ! command -v rg >/dev/null || ! command -v curl >/dev/null \
   || ! command -v pdftotext >/dev/null || [ ! -e /usr/include/gssapi/gssapi.h ] || ! command -v make >/dev/null; }; then
  apt_install chromium ripgrep build-essential pkg-config python3 libkrb5-dev libxkbfile-dev \
    libsecret-1-dev libx11-dev curl poppler-utils
fi
# Noto Sans Mono CJK SC: one of the fonts the extension's [nianbao] font chain names (CJK glyphs
# exactly two digits wide); the e2e measures that formatted tables line up with it
if [ "$BROWSER_ONLY" = 0 ] && ! fc-list 2>/dev/null | grep -q 'Noto Sans Mono CJK SC'; then
  apt_install fonts-noto-cjk
fi

# 2) playwright-core only: the browser is Debian's chromium.
if [ ! -f "$WORK/pw/node_modules/playwright-core/package.json" ]; then
  mkdir -p "$WORK/pw"
  (cd "$WORK/pw" && { [ -f package.json ] || npm init -y >/dev/null; } &&
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund "playwright-core@$PW_VERSION")
fi

if [ "$BROWSER_ONLY" = 1 ]; then
  chromium --version 2>/dev/null || true
  exit 0
fi

# 3) code-server. Its postinstall runs `npm install` in lib/vscode, which on this kind of machine
#    - refuses to run as root unless npm_config_unsafe_perm=true;
#    - runs `npx node-gyp` (node-pty), which needs npm_config_yes=true where npmrc says yes=false;
#    - has @vscode/ripgrep download rg from GitHub: we seed its download cache with Debian's rg.
if [ ! -x "$WORK/cs/node_modules/.bin/code-server" ]; then
  RG_PKG_VERSION=1.15.11; RG_TAG=v13.0.0-10   # from lib/vscode/npm-shrinkwrap.json of code-server 4.100.3
  cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RG_PKG_VERSION"
  mkdir -p "$cache" "$WORK/rgtar"
  cp "$(command -v rg)" "$WORK/rgtar/rg"
  tar czf "$cache/ripgrep-$RG_TAG-x86_64-unknown-linux-musl.tar.gz" -C "$WORK/rgtar" rg
  mkdir -p "$WORK/cs"
  (cd "$WORK/cs" && { [ -f package.json ] || npm init -y >/dev/null; } &&
    npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund "code-server@$CS_VERSION")
fi

# XDG_* so that even --version writes nothing under ~/.config
XDG_CONFIG_HOME="$WORK/xdg/config" XDG_DATA_HOME="$WORK/xdg/data" XDG_CACHE_HOME="$WORK/xdg/cache" \
  "$WORK/cs/node_modules/.bin/code-server" --version 2>/dev/null | tail -1
chromium --version 2>/dev/null || true
