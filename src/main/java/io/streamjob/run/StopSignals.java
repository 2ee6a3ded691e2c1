package io.streamjob.run;

import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Routes SIGTERM and SIGINT to a graceful stop instead of the JVM's default, which would run
 * Spark's shutdown hooks and kill the micro-batch in progress.
 */
public final class StopSignals implements AutoCloseable {
  private static final List<String> SIGNALS = List.of("TERM", "INT");

  private final List<Signal> installed = new ArrayList<>();
  private final List<SignalHandler> previous = new ArrayList<>();

  private StopSignals() {}

  public static StopSignals routeTo(GracefulStop stop) {
    StopSignals signals = new StopSignals();
    for (String name : SIGNALS) {
      Signal signal = new Signal(name);
      signals.previous.add(Signal.handle(signal, s -> stop.request(StopReason.SIGNAL)));
      signals.installed.add(signal);
    }
    return signals;
  }

  /** Gives the signals back to the JVM's handlers once the query is over. */
  @Override
  public void close() {
    for (int i = 0; i < installed.size(); i++) {
      Signal.handle(installed.get(i), previous.get(i));
    }
  }
}
