#!/usr/bin/env bash
# Runs every benchmark of issue 6 and prints one table (Markdown):
#   JMH benchmarks of core (parse, check, format, completion, HTML, JSON at 1x, 10x, 100x),
#   the LSP latency harness against the real server jar, and the CLI benchmark.
# Usage: bench/run.sh [--quick]
#   --quick   fewer iterations (a smoke run; the figures in BENCHMARKS.md come from a full run)
# Environment: SERVER_JAVA_OPTS, CLI_JAVA_OPTS (JVM flags of the measured processes; default:
# the flags the launcher ./nianbao and the editor use, see bench/jvm-flags.sh);
# SERVER_JAR, CLI_JAR (measure other jars, e.g. an older build; default: this tree's).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

quick=0
[[ ${1:-} == --quick ]] && quick=1

echo "building (mvn -Pbench package) ..." >&2
mvn -B -q -Pbench -DskipTests package -pl server,cli,bench -am >&2

bench_jar="$root/bench/target/nianbao-bench.jar"
hello_jar="$(ls "$root"/bench/target/nianbao-bench-*-hello.jar)"
parse_only_jar="$root/bench/target/nianbao-bench-parse-only.jar"
server_jar="${SERVER_JAR:-$root/server/target/nianbao-server.jar}"
cli_jar="${CLI_JAR:-$root/cli/target/nianbao.jar}"
source "$root/bench/jvm-flags.sh"
server_opts="${SERVER_JAVA_OPTS-$(nianbao_server_flags "$server_jar")}"
cli_opts="${CLI_JAVA_OPTS-$(nianbao_cli_flags "$cli_jar")}"

out="$(mktemp -d "${TMPDIR:-/tmp}/nianbao-bench.XXXXXX")"
results="$out/results.tsv"
: > "$results"

if ((quick)); then
  jmh_args=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
  lsp_args=(--warmup 5 --iterations 10 --starts 3)
  cli_args=(--runs 5 --reports 1000 --batch-runs 1)
else
  jmh_args=(-f 1 -wi 3 -w 2s -i 5 -r 2s)
  lsp_args=(--warmup 20 --iterations 50 --starts 50)
  cli_args=(--runs 50 --reports 1000 --batch-runs 5)
fi

echo "JMH (core) ..." >&2
java -jar "$bench_jar" "${jmh_args[@]}" -rf csv -rff "$out/jmh.csv" CoreBenchmarks > "$out/jmh.log" 2>&1 \
  || { cat "$out/jmh.log" >&2; exit 1; }

echo "LSP latency (server: java $server_opts -jar $server_jar) ..." >&2
java -cp "$bench_jar" nianbao.bench.LspLatency --server "$server_jar" --java-opts "$server_opts" "${lsp_args[@]}" \
  | tee -a "$results" >&2

echo "CLI (java $cli_opts -jar $cli_jar) ..." >&2
java -cp "$bench_jar" nianbao.bench.CliBench --cli "$cli_jar" --hello "$hello_jar" --parse-only "$parse_only_jar" --phases "$bench_jar" --java-opts "$cli_opts" "${cli_args[@]}" \
  | tee -a "$results" >&2

echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); nproc $(nproc); $(free -m | awk '/^Mem:/ {print $2 " MB memory"}'); load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$(java -version 2>&1 | head -1)"
echo "server: java $server_opts -jar $(basename "$server_jar")"
echo "cli:    java $cli_opts -jar $(basename "$cli_jar")"
echo
java -cp "$bench_jar" nianbao.bench.Table "$results" "$out/jmh.csv"
echo
echo "(raw results in $out)" >&2
