#!/usr/bin/env bash
# Orders from the Kafka topic "orders" (JSON values) into Parquet, exactly once; run it again
# later and it reads only what arrived since. KAFKA (default 127.0.0.1:9092) names the brokers,
# OUT (default /tmp/streamjob-kafka-orders) the output and checkpoint directory.
# Try it with a local broker:  bin/kafka-local start   (then, in another shell)
#   bin/kafka-local topic orders 2 && cat conf/samples/orders/*.json | bin/kafka-local produce orders
here="$(cd "$(dirname "$0")/../.." && pwd)"
out="${OUT:-/tmp/streamjob-kafka-orders}"
exec "$here/bin/streamjob" \
  --source kafka --bootstrap-servers "${KAFKA:-127.0.0.1:9092}" --topic orders \
  --starting-offsets earliest --max-offsets-per-trigger 100000 \
  --value-format json --schema "@$here/conf/samples/orders.ddl" \
  --select id --select user --select amount --select ts \
  --select partition --select offset \
  --sink parquet --sink-option "path=$out/data" \
  --checkpoint "$out/checkpoint" --query-name kafka-orders-to-parquet --trigger available-now "$@"
