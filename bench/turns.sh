#!/usr/bin/env bash
# Interleaved timing of any number of whole commands: runs each once in turn, N times over, and
# prints the median and minimum wall time of each (bench/ab.sh is the two-command form).
# Usage: bench/turns.sh N "command 0" "command 1" ...
#   e.g. bench/turns.sh 40 "java -jar bench/target/nianbao-bench-0.2.0-hello.jar" \
#                          "./nianbao check examples/guanghua-2021.nianbao"
set -euo pipefail
if (($# < 2)); then
  sed -n '2,6p' "$0" >&2
  exit 2
fi
n=$1
shift
commands=("$@")
for ((i = 0; i < n; i++)); do
  for ((k = 0; k < ${#commands[@]}; k++)); do
    start=$(date +%s%N)
    bash -c "${commands[$k]}" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo "$k $(((end - start) / 1000))"
  done
done | sort -k1,1n -k2,2n | awk '
  { t[$1, ++c[$1]] = $2 / 1000 }
  END {
    for (k = 0; k in c; k++) {
      m = c[k]
      med = m % 2 ? t[k, (m + 1) / 2] : (t[k, m / 2] + t[k, m / 2 + 1]) / 2
      printf "%d median %.1f ms, min %.1f ms (%d runs)\n", k, med, t[k, 1], m
    }
  }'
