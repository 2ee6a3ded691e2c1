"""What the benchmarks share: the jar, Spark's JVM flags, a local Kafka broker, and running a
process while measuring its wall time and peak RSS. Everything runs in one work directory."""
import os, signal, socket, statistics, subprocess, sys, tempfile, time

HOME = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = tempfile.mkdtemp(prefix="streamjob-bench-")
BENCH_CLASSES = os.path.join(WORK, "classes")


def fat_jar():
    target = os.path.join(HOME, "target")
    return os.path.join(target, next(f for f in os.listdir(target) if f.endswith("-all.jar")))


def spark_flags():
    with open(os.path.join(HOME, "conf/jvm.properties")) as f:
        return next(l for l in f if l.startswith("spark.jvm.flags=")).split("=", 1)[1].split()


def run(cmd, env=None):
    """Runs cmd; returns (seconds, stdout, stderr, peak RSS in MiB)."""
    out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=out, stderr=err, env={**os.environ, **(env or {})}, cwd=WORK)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - start
    out.seek(0); err.seek(0)
    stdout, stderr = out.read().decode(), err.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), stderr[-3000:]))
    return seconds, stdout, stderr, usage.ru_maxrss / 1024


def compile_bench_classes():
    """Compiles bench/java against the fat jar into BENCH_CLASSES."""
    subprocess.run(["javac", "-nowarn", "-cp", fat_jar(), "-d", BENCH_CLASSES]
                   + [os.path.join(HOME, "bench/java", f) for f in os.listdir(os.path.join(HOME, "bench/java"))],
                   check=True)


def bench_java(main_class, *args):
    """Runs one of bench/java's programs; returns its stdout."""
    return run(["java", "-cp", fat_jar() + ":" + BENCH_CLASSES, main_class] + [str(a) for a in args])[1]


def start_broker():
    """Starts bin/kafka-local on a free port; returns (process, bootstrap servers). It also writes
    target/kafka-local.classpath (Kafka's own tools)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "STREAMJOB_KAFKA_DIR": os.path.join(WORK, "kafka")}
    broker = subprocess.Popen([os.path.join(HOME, "bin/kafka-local"), "start", str(port)], env=env,
                              stdout=open(os.path.join(WORK, "kafka.log"), "w"), stderr=subprocess.STDOUT)
    for _ in range(120):
        try:
            socket.create_connection(("127.0.0.1", port), 1).close()
            time.sleep(2)
            return broker, "127.0.0.1:%d" % port
        except OSError:
            time.sleep(1)
    sys.exit("the broker did not start; see " + os.path.join(WORK, "kafka.log"))


def median(xs):
    return statistics.median(xs)



def stop_broker(broker):
    broker.send_signal(signal.SIGTERM)
    broker.wait(30)
