#!/usr/bin/env python3
"""streamjob's benchmark suite, run by hand (not by CI): bench/run.py [ROUNDS] [RECORDS] [PART...]
(parts: stateless, stateful, startup; default all).

Starts a local Kafka broker (bin/kafka-local), loads RECORDS JSON orders (~185 bytes) into a
2-partition topic, then runs, interleaved, ROUNDS times each:
  raw        Kafka's own consumer performance tool: the ceiling
  hand-*     bench/java/HandWrittenJob.java: the Spark program a user would write (Spark defaults)
  streamjob-*  bin/streamjob with its defaults (and, to measure each of its defaults, with Spark's
               own shuffle partitions for the stateful job and Spark's UI for start-up)
for stateless JSON decoding to noop and to parquet, and a windowed aggregation with a watermark;
and start-up (wall time of a one-batch job). Prints a Markdown report with medians, ratios and
peak RSS. Needs a built jar (./mvnw -q package -DskipTests) and python3.
"""
import json, os, shutil, sys, time

from harness import HOME, WORK, BENCH_CLASSES, bench_java, compile_bench_classes, fat_jar, median, run, \
    spark_flags, start_broker, stop_broker

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
RECORDS = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000_000
PARTS = sys.argv[3:] or ["stateless", "stateful", "startup"]
SCHEMA = "id BIGINT, user STRING, amount DOUBLE, ts TIMESTAMP, country STRING, note STRING"
SPARK_PARTITIONS = ["--conf", "spark.sql.shuffle.partitions=200"]
SPARK_UI = ["--conf", "spark.ui.enabled=true"]
STATEFUL_SQL = ("SELECT user, window(ts, '1 minute') AS w, count(*) AS orders, sum(amount) AS total "
                "FROM events GROUP BY user, window(ts, '1 minute')")


def rate_from_progress(progresses):
    """Rows per second over the batches' own time (trigger execution), start-up excluded."""
    rows = sum(p["rows"] for p in progresses)
    ms = sum(p["ms"] for p in progresses)
    return rows / (ms / 1000.0), rows


def hand_written(kind, sink):
    name = "hand-%s-%d" % (kind, time.monotonic_ns())
    cmd = ["java"] + spark_flags() + ["-cp", fat_jar() + ":" + BENCH_CLASSES, "HandWrittenJob", kind,
           BOOTSTRAP, TOPIC, sink, os.path.join(WORK, name, "out"), os.path.join(WORK, name, "ck")]
    seconds, stdout, _, rss = run(cmd, {"SPARK_LOCAL_IP": "127.0.0.1"})
    progress = [json.loads(l[len("PROGRESS "):]) for l in stdout.splitlines() if l.startswith("PROGRESS ")]
    batches = [{"rows": p["numInputRows"], "ms": p["durationMs"].get("triggerExecution", 0)}
               for p in progress if p["numInputRows"] > 0]
    return seconds, batches, rss


def streamjob(kind, sink, extra=(), env=None, decode=True, kafka_columns=False, home=HOME):
    """bin/streamjob on TOPIC with its defaults plus extra flags and environment, decoding the
    values as JSON unless told not to, and writing the decoded fields only, as the hand-written job
    does, unless told to keep Kafka's columns too; home: another build's checkout to run instead;
    returns (wall s, batches, peak RSS)."""
    name = "streamjob-%s-%d" % (kind, time.monotonic_ns())
    cmd = [os.path.join(home, "bin/streamjob"), "--source", "kafka", "--bootstrap-servers", BOOTSTRAP,
           "--topic", TOPIC, "--starting-offsets", "earliest"]
    if decode:
        cmd += ["--value-format", "json", "--schema", SCHEMA]
    cmd += ["--sink", sink, "--checkpoint", os.path.join(WORK, name, "ck"),
           "--trigger", "available-now", "--log-format", "json"]
    if sink == "parquet":
        cmd += ["--sink-option", "path=" + os.path.join(WORK, name, "out")]
    if kind == "stateless" and decode and not kafka_columns:
        cmd += [a for field in SCHEMA.split(", ") for a in ("--select", field.split()[0])]
    cmd += list(extra)
    if kind == "stateful":
        cmd += ["--watermark", "ts=10 seconds", "--sql", STATEFUL_SQL, "--output-mode", "update"]
    seconds, _, stderr, rss = run(cmd, {"STREAMJOB_LAUNCHER": "embedded", **(env or {})})
    batches = []
    for line in stderr.splitlines():
        if line.startswith("{") and '"io.streamjob.progress"' in line:
            kv = {}
            for item in json.loads(line).get("kvpList", []):
                kv.update(item)
            if int(kv.get("input_rows", 0)) > 0:
                batches.append({"rows": int(kv["input_rows"]), "ms": int(kv["duration_ms"])})
    return seconds, batches, rss


def raw_consumer():
    classpath = open(os.path.join(HOME, "target/kafka-local.classpath")).read().strip()
    cmd = ["java", "-Xmx1g", "-Dlogback.configurationFile=" + os.path.join(HOME, "conf/logback.xml"),
           "-cp", classpath, "org.apache.kafka.tools.ConsumerPerformance",
           "--bootstrap-server", BOOTSTRAP, "--topic", TOPIC, "--messages", str(RECORDS),
           "--timeout", "60000", "--group", "perf-%d" % time.monotonic_ns()]
    seconds, stdout, _, rss = run(cmd)
    lines = stdout.splitlines()
    at = next(i for i, l in enumerate(lines) if "nMsg.sec" in l)
    header, values = lines[at], lines[at + 1]
    row = dict(zip([h.strip() for h in header.split(",")], [v.strip() for v in values.split(",")]))
    return seconds, float(row["nMsg.sec"]), rss


def main():
    global BOOTSTRAP, TOPIC
    compile_bench_classes()
    broker, BOOTSTRAP = start_broker()
    try:
        TOPIC = "orders"
        bench_java("LoadOrders", BOOTSTRAP, TOPIC, 2, RECORDS)
        small = "orders-small"
        bench_java("LoadOrders", BOOTSTRAP, small, 2, 1000)
        results = {}

        def add(key, value):
            results.setdefault(key, []).append(value)

        for r in range(ROUNDS):
            print("round %d/%d" % (r + 1, ROUNDS), file=sys.stderr)
            TOPIC = "orders"
            if "stateless" in PARTS:
                seconds, rate, rss = raw_consumer()
                add(("raw", "noop"), (rate, seconds, rss))
                for sink in ("noop", "parquet"):
                    for name, fn in (("hand", hand_written), ("streamjob", streamjob),
                                     ("streamjob-kafka", lambda k, s: streamjob(k, s, kafka_columns=True))):
                        seconds, batches, rss = fn("stateless", sink)
                        rate, rows = rate_from_progress(batches)
                        assert rows == RECORDS, (name, sink, rows)
                        add((name, sink), (rate, seconds, rss))
            if "stateful" in PARTS:
                for name, fn in (("hand", hand_written), ("streamjob", streamjob),
                                 ("streamjob-200", lambda k, s: streamjob(k, s, SPARK_PARTITIONS))):
                    seconds, batches, rss = fn("stateful", "noop")
                    rate, rows = rate_from_progress(batches)
                    add((name, "stateful"), (rate, seconds, rss))
            TOPIC = small
            if "startup" in PARTS:
                for name, fn in (("hand", hand_written), ("streamjob", streamjob),
                                 ("streamjob-ui", lambda k, s: streamjob(k, s, SPARK_UI))):
                    seconds, _, rss = fn("stateless", "noop")
                    add((name, "startup"), (0, seconds, rss))
        report(results)
    finally:
        stop_broker(broker)
        shutil.rmtree(WORK, ignore_errors=True)


def report(results):
    m = {k: (median([x[0] for x in v]), median([x[1] for x in v]), max(x[2] for x in v)) for k, v in results.items()}
    print("| job | sink | rows/s (median) | wall s (median) | peak RSS MiB |")
    print("|---|---|---|---|---|")
    labels = {"raw": "raw Kafka consumer", "hand": "hand-written Spark job", "streamjob": "streamjob",
              "streamjob-200": "streamjob, Spark's 200 shuffle partitions", "streamjob-ui": "streamjob, Spark's UI on",
              "streamjob-kafka": "streamjob, Kafka's columns written too"}
    for (name, sink), (rate, seconds, rss) in sorted(m.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        shown = "-" if sink == "startup" else "{:,.0f}".format(rate)
        print("| %s | %s | %s | %.1f | %.0f |" % (labels[name], sink, shown, seconds, rss))
    print()
    if "stateless" in PARTS:
        raw = m[("raw", "noop")][0]
        for sink in ("noop", "parquet"):
            print("- %s: streamjob / hand-written = %.2f; streamjob / raw consumer = %.2f; writing Kafka's columns"
                  " too / the decoded fields only = %.2f" % (
                      sink, m[("streamjob", sink)][0] / m[("hand", sink)][0], m[("streamjob", sink)][0] / raw,
                      m[("streamjob-kafka", sink)][0] / m[("streamjob", sink)][0]))
    if "stateful" in PARTS:
        print("- stateful: streamjob / hand-written = %.2f; streamjob with one shuffle partition per core / with"
              " Spark's 200 = %.2f" % (m[("streamjob", "stateful")][0] / m[("hand", "stateful")][0],
                                       m[("streamjob", "stateful")][0] / m[("streamjob-200", "stateful")][0]))
    if "startup" in PARTS:
        print("- start-up (wall time of a one-batch job): streamjob / hand-written = %.2f; streamjob with the UI"
              " off / on = %.2f" % (m[("streamjob", "startup")][1] / m[("hand", "startup")][1],
                                    m[("streamjob", "startup")][1] / m[("streamjob-ui", "startup")][1]))
    print("\n%d rounds, %d records, interleaved; command: bench/run.py %d %d %s"
          % (ROUNDS, RECORDS, ROUNDS, RECORDS, " ".join(sys.argv[3:])))


if __name__ == "__main__":
    main()
