#!/usr/bin/env python3
"""Tuning attempts on streamjob's Kafka -> JSON decode -> noop path, run by hand (not by CI):
bench/attempts.py [ROUNDS] [RECORDS] [ATTEMPT...].

Loads RECORDS JSON orders into a 2-partition topic of a local broker (as bench/run.py does), then
runs, interleaved, ROUNDS times: the raw Kafka consumer, streamjob with its defaults, and
streamjob with each attempt's extra flags or JVM options (all attempts, or the named ones).
With BASELINE_HOME set to a built checkout of another commit, that build runs as one more
attempt. Prints a Markdown table: median rows/s, the median of each round's ratio to the defaults of the
same round, and the share of the raw consumer's rate.
"""
import os, shutil, sys

import run as throughput
from harness import WORK, bench_java, compile_bench_classes, median, start_broker, stop_broker


def kafka(option):
    return ["--source-option", "kafka." + option]


def variant_get(field, type):
    return "variant_get(v, '$.%s', '%s') AS %s" % (field, type, field)


VARIANT_SQL = ("SELECT " + ", ".join(variant_get(f, t) for f, t in (
    ("id", "bigint"), ("user", "string"), ("amount", "double"), ("ts", "timestamp"), ("country", "string"),
    ("note", "string"))) + " FROM (SELECT parse_json(CAST(value AS STRING)) AS v FROM events)")

# name -> (streamjob flags, STREAMJOB_JAVA_OPTS, decode with --value-format json)
ATTEMPTS = {
    "defaults": ([], "", True),
    "fetch: 2 MiB socket buffer, 8 MiB per partition": (
        kafka("receive.buffer.bytes=2097152") + kafka("max.partition.fetch.bytes=8388608")
        + kafka("fetch.max.bytes=16777216"), "", True),
    "minPartitions=4": (["--source-option", "minPartitions=4"], "", True),
    "maxOffsetsPerTrigger=250000 (8 batches)": (["--max-offsets-per-trigger", "250000"], "", True),
    "Parallel GC": ([], "-XX:+UseParallelGC", True),
    # References, not candidates: what a different decoder, or none, would cost.
    "parse_json + variant_get instead of from_json": (["--sql", VARIANT_SQL], "", False),
    "no decoding (value cast to string only)": (["--sql", "SELECT CAST(value AS STRING) AS s FROM events"], "", False),
}


def main():
    if os.environ.get("BASELINE_HOME"):
        # Another build (a checkout of an earlier commit, built) against this one's defaults.
        ATTEMPTS["the build in $BASELINE_HOME"] = ([], "", True)
    chosen = sys.argv[3:] or list(ATTEMPTS)
    unknown = [a for a in chosen if a not in ATTEMPTS]
    if unknown:
        sys.exit("unknown attempt(s): %s; known: %s" % (unknown, list(ATTEMPTS)))
    if "defaults" not in chosen:
        chosen.insert(0, "defaults")
    compile_bench_classes()
    broker, throughput.BOOTSTRAP = start_broker()
    rates, raw = {}, []
    try:
        throughput.TOPIC = "orders"
        bench_java("LoadOrders", throughput.BOOTSTRAP, throughput.TOPIC, 2, throughput.RECORDS)
        for r in range(throughput.ROUNDS):
            print("round %d/%d" % (r + 1, throughput.ROUNDS), file=sys.stderr)
            raw.append(throughput.raw_consumer()[1])
            for name in chosen:
                flags, java_opts, decode = ATTEMPTS[name]
                home = os.environ["BASELINE_HOME"] if name.startswith("the build in") else throughput.HOME
                _, batches, _ = throughput.streamjob("stateless", "noop", flags, {"STREAMJOB_JAVA_OPTS": java_opts},
                                                     decode, home=home)
                rate, rows = throughput.rate_from_progress(batches)
                assert rows == throughput.RECORDS, (name, rows)
                rates.setdefault(name, []).append(rate)
                print("  %s: %.0f rows/s" % (name, rate), file=sys.stderr)
    finally:
        stop_broker(broker)
        shutil.rmtree(WORK, ignore_errors=True)
    print("| attempt | rows/s (median) | / defaults (median of per-round ratios) | / raw consumer |")
    print("|---|---|---|---|")
    for name in chosen:
        ratios = [a / b for a, b in zip(rates[name], rates["defaults"])]
        print("| %s | %s | %.2f | %.2f |" % (name, "{:,.0f}".format(median(rates[name])), median(ratios),
                                             median(rates[name]) / median(raw)))
    print("\nraw consumer: %s records/s (median); %d rounds, %d records, interleaved; command: bench/attempts.py %s"
          % ("{:,.0f}".format(median(raw)), throughput.ROUNDS, throughput.RECORDS, " ".join(sys.argv[1:])))


if __name__ == "__main__":
    main()
