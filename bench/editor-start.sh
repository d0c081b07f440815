#!/usr/bin/env bash
# Start of the language server as the VS Code extension runs it: LSP start -> first diagnostics
# of the example (bench/LspLatency), with the extension's JVM flags, without and with the class
# data sharing archive the extension makes itself (editor-client/src/classDataSharing.ts), next
# to a bare `java -jar` (what the extension ran before) and the archive Maven builds (bench/run.sh).
# Usage: bench/editor-start.sh        Environment: STARTS (20 per round), ROUNDS (3), SKIP_BUILD=1
# The configurations take turns, round after round, so that a busy machine hurts them alike.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
starts="${STARTS:-20}"
rounds="${ROUNDS:-3}"

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  echo "building (mvn -Pbench package) ..." >&2
  mvn -B -q -Pbench -DskipTests package -pl server,cli,bench -am >&2
fi
bench_jar="$root/bench/target/nianbao-bench.jar"
server_jar="$root/server/target/nianbao-server.jar"

# SERVER_JVM_FLAGS of editor-client/src/classDataSharing.ts
ours="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms8m -Xshare:auto -XX:+DisplayVMOutputToStderr -Xlog:disable -Xlog:all=warning:stderr"
work="$(mktemp -d "${TMPDIR:-/tmp}/nianbao-editor-start.XXXXXX")"
trap 'rm -rf "$work"' EXIT
archive="$work/nianbao-server-editor.jsa"

lsp() { java -cp "$bench_jar" nianbao.bench.LspLatency --server "$server_jar" --scales 1 "$@"; }

# A first editor session, as the extension runs it when it has no archive yet: open the report,
# type and complete a little, stop; the JVM writes the archive as it exits.
echo "making the archive with one editor-like session ..." >&2
lsp --java-opts "$ours -XX:ArchiveClassesAtExit=$work/part -Xlog:cds=off:stderr -Xlog:cds+dynamic=off:stderr" \
  --starts 1 --warmup 5 --iterations 5 > /dev/null
mv "$work/part" "$archive"

declare -A opts=(
  ["java -jar (no flags)"]=""
  ["extension flags, no archive yet"]="$ours"
  ["extension flags + its archive"]="$ours -XX:SharedArchiveFile=$archive"
  ["extension flags + Maven's archive"]="$ours -XX:SharedArchiveFile=${server_jar%.jar}.jsa"
)
order=("java -jar (no flags)" "extension flags, no archive yet" "extension flags + its archive" "extension flags + Maven's archive")
for ((r = 1; r <= rounds; r++)); do
  for name in "${order[@]}"; do
    echo "round $r: $name ..." >&2
    lsp --java-opts "${opts[$name]}" --starts "$starts" --warmup 0 --iterations 1 \
      | awk -F'\t' -v name="$name" -v r="$r" '$2 == "lsp start->diagnostics" { print name "\t" r "\t" $4 "\t" $5 "\t" $6 "\t" $8 }' \
      >> "$work/results.tsv"
  done
done

echo "$(date -u '+%Y-%m-%d %H:%M UTC'); nproc $(nproc); load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
echo
echo "| LSP start -> first diagnostics (1x report) | median ms, per round | p90 ms, per round | starts |"
echo "| --- | --- | --- | --- |"
for name in "${order[@]}"; do
  awk -F'\t' -v name="$name" '$1 == name { m = m (m ? " / " : "") $3; p = p (p ? " / " : "") $4; n += $6 }
    END { print "| " name " | " m " | " p " | " n " |" }' "$work/results.tsv"
done
