#!/usr/bin/env bash
# The sample orders with a positive amount over 100, printed as a table; ends when all files are read.
here="$(cd "$(dirname "$0")/../.." && pwd)"
exec "$here/bin/streamjob" \
  --source json --source-option "path=$here/conf/samples/orders" \
  --schema "@$here/conf/samples/orders.ddl" \
  --where 'amount > 100' --select id --select user --select amount \
  --sink console --sink-option numRows=100 --trigger available-now "$@"
