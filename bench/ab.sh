#!/usr/bin/env bash
# Interleaved A/B timing of two whole commands: runs A, then B, N times, and prints the median
# and minimum wall time of each. Taking turns puts a busy machine's noise on both sides alike.
# Usage: bench/ab.sh N "command A" "command B"
#   e.g. bench/ab.sh 30 "java -jar old/nianbao.jar check examples/guanghua-2021.nianbao" \
#                       "java -jar cli/target/nianbao.jar check examples/guanghua-2021.nianbao"
set -euo pipefail
if (($# != 3)); then
  sed -n '2,6p' "$0" >&2
  exit 2
fi
n=$1 a=$2 b=$3
for ((i = 0; i < n; i++)); do
  for side in A B; do
    cmd=$a
    [[ $side == B ]] && cmd=$b
    start=$(date +%s%N)
    bash -c "$cmd" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo "$side $(((end - start) / 1000))"
  done
done | sort -k1,1 -k2,2n | awk '
  { t[$1, ++n[$1]] = $2 / 1000 }
  END {
    for (s = 0; s < 2; s++) {
      side = s == 0 ? "A" : "B"; k = n[side]
      m = k % 2 ? t[side, (k + 1) / 2] : (t[side, k / 2] + t[side, k / 2 + 1]) / 2
      printf "%s median %.1f ms, min %.1f ms (%d runs)\n", side, m, t[side, 1], k
    }
  }'
