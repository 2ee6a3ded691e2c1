#!/usr/bin/env bash
# Orders and revenue per user per minute of event time, with a 30-second watermark for late
# records; updated rows printed after each batch.
here="$(cd "$(dirname "$0")/../.." && pwd)"
exec "$here/bin/streamjob" \
  --source json --source-option "path=$here/conf/samples/orders" --source-option maxFilesPerTrigger=1 \
  --schema "@$here/conf/samples/orders.ddl" \
  --watermark 'ts=30 seconds' --where 'amount > 0' \
  --sql "SELECT user, window(ts, '1 minute').start AS minute, count(*) AS orders, round(sum(amount), 2) AS revenue
         FROM events GROUP BY user, window(ts, '1 minute')" \
  --output-mode update --sink console --sink-option numRows=50 --trigger available-now "$@"
