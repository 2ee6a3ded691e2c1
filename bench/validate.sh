#!/usr/bin/env bash
# Wall time of `streamjob validate` on an example job file, interleaved with `streamjob --version`
# (the floor: starting the JVM on the jar) so both see the same machine load. Prints medians and
# their ratio as Markdown. Usage: bench/validate.sh [RUNS] (default 21). Needs a built jar.
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-21}"
job="$home/conf/examples/kafka-orders-to-parquet.yaml"

millis() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

"$home/bin/streamjob" validate -c "$job" >/dev/null # warm the file cache
validate=() version=()
for ((i = 0; i < runs; i++)); do
  validate+=("$(millis "$home/bin/streamjob" validate -c "$job")")
  version+=("$(millis "$home/bin/streamjob" --version)")
done
v=$(printf '%s\n' "${validate[@]}" | median)
f=$(printf '%s\n' "${version[@]}" | median)
echo "| command | median wall time (ms), $runs runs interleaved |"
echo "|---|---|"
echo "| \`streamjob validate -c conf/examples/kafka-orders-to-parquet.yaml\` | $v |"
echo "| \`streamjob --version\` (JVM start on the jar) | $f |"
echo "| ratio validate / --version | $(awk -v a="$v" -v b="$f" 'BEGIN {printf "%.2f", a / b}') |"
