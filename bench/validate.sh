#!/usr/bin/env bash
# Wall time of `streamjob validate` on an example job file, interleaved with `streamjob --version`
# (the floor: starting the JVM on the jar) and with the same validate on the same JVM flags but
# without bin/streamjob's class-data archive, so all see the same machine load. Prints medians
# and ratios as Markdown. Usage: bench/validate.sh [RUNS] (default 21). Needs a built jar.
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

"$home/bin/streamjob" validate -c "$job" >/dev/null # warm the file cache; make the archive
jar="$(ls "$home"/target/streamjob-*-all.jar)"
validate=() version=() plain=()
for ((i = 0; i < runs; i++)); do
  validate+=("$(millis "$home/bin/streamjob" validate -c "$job")")
  version+=("$(millis "$home/bin/streamjob" --version)")
  plain+=("$(millis java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -jar "$jar" validate -c "$job")")
done
v=$(printf '%s\n' "${validate[@]}" | median)
f=$(printf '%s\n' "${version[@]}" | median)
p=$(printf '%s\n' "${plain[@]}" | median)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "| command | median wall time (ms), $runs runs interleaved |"
echo "|---|---|"
echo "| \`streamjob validate -c conf/examples/kafka-orders-to-parquet.yaml\` | $v |"
echo "| the same validate without the class-data archive | $p |"
echo "| \`streamjob --version\` (JVM start on the jar) | $f |"
echo "| ratio validate / --version | $(ratio "$v" "$f") |"
echo "| ratio validate with / without the archive | $(ratio "$v" "$p") |"
