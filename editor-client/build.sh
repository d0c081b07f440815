#!/usr/bin/env bash
# Builds the language server and the VS Code extension that carries it, in one go:
#   editor-client/build.sh   ->   editor-client/nianbao-<version>.vsix
# Steps: Maven builds server/target/nianbao-server.jar (with grammar and core); the jar is copied
# into the extension; the snippets are generated from the built-in templates; TypeScript is
# type-checked and bundled with esbuild; @vscode/vsce packages the .vsix.
# SKIP_MAVEN=1 reuses an existing server/target/nianbao-server.jar (`mvn -Prelease package` runs
# this script so, after Maven built that jar). NIANBAO_VERSION=V refuses to package unless
# package.json's version is V (the Maven project version: one version for the whole release).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"

for tool in node npm; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "build.sh: '$tool' not found. The VS Code extension (.vsix) is built with Node.js 20 and npm;" \
      "install them, or build without -Prelease (the release zip then has no .vsix)." >&2
    exit 1
  }
done
VERSION="$(node -p "require('$HERE/package.json').version")"
if [ -n "${NIANBAO_VERSION:-}" ] && [ "$VERSION" != "$NIANBAO_VERSION" ]; then
  echo "build.sh: editor-client/package.json says version $VERSION, Maven says $NIANBAO_VERSION;" \
    "set both (and package-lock.json) to the same version (CONTRIBUTING.md, \"Cutting a release\")." >&2
  exit 1
fi

if [ "${SKIP_MAVEN:-0}" != 1 ]; then
  (cd "$ROOT" && mvn -B -q -DskipTests package -pl server -am)
fi
JAR="$ROOT/server/target/nianbao-server.jar"
[ -f "$JAR" ] || { echo "missing $JAR" >&2; exit 1; }
mkdir -p "$HERE/server"
cp "$JAR" "$HERE/server/nianbao-server.jar"

cd "$HERE"
# npm ci only when node_modules is missing or older than the lock file
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
java -cp server/nianbao-server.jar scripts/Snippets.java snippets/nianbao.json
npx tsc -p . --noEmit
node esbuild.mjs --production
# the README inside the .vsix has no picture: its link is relative to the repository
grep -v '^!\[' README.md > dist/README.md
npx vsce package --no-dependencies --allow-missing-repository --skip-license --readme-path dist/README.md \
  -o "nianbao-$VERSION.vsix"
ls -la "$HERE/nianbao-$VERSION.vsix"
