#!/usr/bin/env python3
"""End-to-end latency of a stateless Kafka -> Kafka streamjob job, run by hand (not by CI):
bench/latency.py [ROUNDS] [RATE] [SECONDS].

Starts a local Kafka broker, then ROUNDS times, interleaved, for each variant (the real-time
trigger; micro-batches back to back, with and without asynchronous progress tracking): new input
and output topics, streamjob started on them (JSON decode, a projection, JSON encode), and
bench/java/LatencyProbe sending RATE records/s for 10 s of warm-up and SECONDS s measured.
Latency is the output record's broker append time minus the input record's send time. Prints a
Markdown report: medians over the rounds of each run's p50, p99 and p99.9, records lost, and
peak RSS. Needs a built jar (./mvnw -q package -DskipTests) and python3.
"""
import json, os, shutil, signal, subprocess, sys, time

from harness import HOME, WORK, bench_java, compile_bench_classes, median, start_broker, stop_broker

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
RATE = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
SECONDS = int(sys.argv[3]) if len(sys.argv) > 3 else 30
WARMUP = 10
SCHEMA = "id BIGINT, user STRING, amount DOUBLE, country STRING, note STRING"
VARIANTS = {
    "real-time": ["--trigger", "real-time"],
    "processing-time=0": ["--trigger", "processing-time=0"],
    "processing-time=0, async progress tracking": ["--trigger", "processing-time=0",
                                                   "--sink-option", "asyncProgressTrackingEnabled=true"],
}


def start_job(bootstrap, topic_in, topic_out, variant):
    """Starts streamjob on the topics; returns the process once its query has started."""
    name = "latency-%d" % time.monotonic_ns()
    cmd = [os.path.join(HOME, "bin/streamjob"), "--source", "kafka", "--bootstrap-servers", bootstrap,
           "--topic", topic_in, "--starting-offsets", "latest", "--value-format", "json", "--schema", SCHEMA,
           "--select", "id", "--select", "user", "--select", "amount",
           "--select", "unix_millis(timestamp) AS in_ms",
           "--sink", "kafka", "--output-topic", topic_out, "--output-mode", "update",
           "--checkpoint", os.path.join(WORK, name, "ck")] + VARIANTS[variant]
    log = open(os.path.join(WORK, name + ".log"), "w+")
    job = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log, cwd=WORK,
                           env={**os.environ, "STREAMJOB_LAUNCHER": "embedded"})
    for _ in range(240):
        log.seek(0)
        if "started" in log.read():
            return job, log
        if job.poll() is not None:
            break
        time.sleep(0.5)
    log.seek(0)
    sys.exit("streamjob did not start:\n" + log.read()[-3000:])


def stop_job(job, log):
    """SIGTERM, as an orchestrator would; returns the peak RSS in MiB."""
    job.send_signal(signal.SIGTERM)
    _, status, usage = os.wait4(job.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        log.seek(0)
        sys.exit("streamjob failed:\n" + log.read()[-3000:])
    return usage.ru_maxrss / 1024


def main():
    compile_bench_classes()
    broker, bootstrap = start_broker()
    results = {}
    try:
        for r in range(ROUNDS):
            print("round %d/%d" % (r + 1, ROUNDS), file=sys.stderr)
            for variant in VARIANTS:
                suffix = "%d-%d" % (r, time.monotonic_ns())
                topic_in, topic_out = "lat-in-" + suffix, "lat-out-" + suffix
                bench_java("LatencyProbe", "topics", bootstrap, topic_in, topic_out)
                job, log = start_job(bootstrap, topic_in, topic_out, variant)
                out = bench_java("LatencyProbe", "measure", bootstrap, topic_in, topic_out, RATE, WARMUP, SECONDS)
                measured = json.loads(out.strip().splitlines()[-1])
                measured["rss"] = stop_job(job, log)
                print("  %s: %s" % (variant, measured), file=sys.stderr)
                results.setdefault(variant, []).append(measured)
        report(results)
    finally:
        stop_broker(broker)
        shutil.rmtree(WORK, ignore_errors=True)


def report(results):
    print("| job | p50 ms | p99 ms | p99.9 ms | max ms | records lost | peak RSS MiB |")
    print("|---|---|---|---|---|---|---|")
    for variant, runs in results.items():
        print("| %s | %.0f | %.0f | %.0f | %.0f | %d | %.0f |" % (
            variant, median([x["p50"] for x in runs]), median([x["p99"] for x in runs]),
            median([x["p999"] for x in runs]), median([x["max"] for x in runs]),
            sum(x["lost"] for x in runs), max(x["rss"] for x in runs)))
    print("\nmedians of %d rounds, interleaved; %d records/s, %d s measured after %d s warm-up per run; "
          "command: bench/latency.py %d %d %d" % (ROUNDS, RATE, SECONDS, WARMUP, ROUNDS, RATE, SECONDS))


if __name__ == "__main__":
    main()
