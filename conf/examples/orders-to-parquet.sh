#!/usr/bin/env bash
# The sample orders into Parquet partitioned by user, exactly once. Run it again after adding a
# file to conf/samples/orders: only the new file is read. Output and checkpoint go to $OUT
# (default /tmp/streamjob-orders).
here="$(cd "$(dirname "$0")/../.." && pwd)"
out="${OUT:-/tmp/streamjob-orders}"
exec "$here/bin/streamjob" \
  --source json --source-option "path=$here/conf/samples/orders" \
  --schema "@$here/conf/samples/orders.ddl" \
  --dedup id \
  --sink parquet --sink-option "path=$out/data" --sink-option partitionBy=user \
  --checkpoint "$out/checkpoint" --query-name orders-to-parquet --trigger available-now "$@"
