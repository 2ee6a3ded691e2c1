package io.streamjob.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private PostgreSQL server for the tests: its own data directory under a test's work directory,
 * on 127.0.0.1 with a free port and password authentication, stopped by {@link #close()}. A real
 * server rather than an embedded database, so that the JDBC paths see PostgreSQL's own errors and
 * {@link #stop()}/{@link #restart()} are a real outage. Needs Debian's {@code postgresql} package
 * (.ci/run installs it); the system cluster it may come with is never touched.
 */
public final class PostgresServer implements AutoCloseable {

  private static final String USER = "streamjob";
  private static final String PASSWORD = "streamjob-test-password";
  private static final String DATABASE = "streamjob_test";
  private static final int STARTUP_TIMEOUT_SECONDS = 60;

  /**
   * PostgreSQL refuses to run as root; as root, the server runs as the user Debian's package made.
   */
  private static final String OS_USER = "postgres";

  private static final boolean AS_ROOT =
      new com.sun.security.auth.module.UnixSystem().getUid() == 0;

  private final Path bin;
  private final Path home;
  private final Path data;
  private final int port;
  private final Thread shutdownHook;

  private PostgresServer(Path bin, Path home, int port) {
    this.bin = bin;
    this.home = home;
    this.data = home.resolve("data");
    this.port = port;
    // A backstop for a test that forgets close() or a JVM that exits mid-test: pg_ctl starts the
    // server detached from this JVM, so nothing else would stop it.
    this.shutdownHook = new Thread(this::stopImmediately, "postgres-test-server-stop");
  }

  /**
   * Creates a cluster in {@code workDir/postgres}, starts it and creates the database {@code
   * streamjob_test}; returns once it accepts connections.
   *
   * @param workDir a directory of the test's own (a JUnit {@code @TempDir})
   */
  public static PostgresServer start(Path workDir)
      throws IOException, InterruptedException, SQLException {
    Path bin = findBinaries();
    Path home = Files.createDirectories(workDir.resolve("postgres"));
    if (AS_ROOT) {
      // The server user must own its directory and be able to pass through workDir and its
      // parents up to /tmp, which JUnit creates as root with mode 700 (search permission
      // only: it still cannot list them).
      UserPrincipal owner;
      try {
        owner = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(OS_USER);
      } catch (IOException e) {
        throw new IllegalStateException(
            "running as root, the test PostgreSQL server needs the OS user '"
                + OS_USER
                + "' that Debian's postgresql package creates: apt-get install postgresql",
            e);
      }
      Files.setOwner(home, owner);
      Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
      Path dir = workDir.toAbsolutePath();
      do {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir);
        if (perms.add(PosixFilePermission.OTHERS_EXECUTE)) {
          Files.setPosixFilePermissions(dir, perms);
        }
        dir = dir.getParent();
      } while (dir != null && dir.startsWith(tmp) && !dir.equals(tmp));
    }
    var server = new PostgresServer(bin, home, freePort());
    server.initdb();
    Runtime.getRuntime().addShutdownHook(server.shutdownHook);
    try {
      server.restart();
      try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), USER, PASSWORD);
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + DATABASE);
      }
      return server;
    } catch (IOException | InterruptedException | SQLException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  public String jdbcUrl() {
    return jdbcUrl(DATABASE);
  }

  public String user() {
    return USER;
  }

  public String password() {
    return PASSWORD;
  }

  public int port() {
    return port;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
  }

  /** Stops the server (its clients lose their connections); {@link #restart()} brings it back. */
  public void stop() throws IOException, InterruptedException {
    pgCtl("stop", "-m", "fast");
  }

  /** Starts the server again on the same port and data; returns once it accepts connections. */
  public void restart() throws IOException, InterruptedException {
    pgCtl("start", "-l", home.resolve("server.log").toString());
  }

  /** Stops the server at once (no checkpoint: the data directory is thrown away anyway). */
  @Override
  public void close() {
    stopImmediately();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // Called from another hook while the JVM exits: ours runs too, and finds nothing to stop.
    }
  }

  private void stopImmediately() {
    if (!Files.exists(data.resolve("postmaster.pid"))) {
      return;
    }
    try {
      pgCtl("stop", "-m", "immediate");
    } catch (IOException | RuntimeException e) {
      System.err.println(
          "could not stop the test PostgreSQL server in " + data + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  private void initdb() throws IOException, InterruptedException {
    // initdb reads the superuser's password from a file, never the command line; the server
    // user must read it, so it goes into home, and goes away once the cluster exists.
    Path pwfile = Files.writeString(home.resolve("pwfile"), PASSWORD + "\n");
    try {
      run(
          bin.resolve("initdb").toString(),
          "-D",
          data.toString(),
          "-U",
          USER,
          "--pwfile=" + pwfile,
          // Password (SCRAM) for every TCP client, so tests can try wrong credentials;
          // no locale, so the cluster is the same whatever LANG the machine has; no sync,
          // because nothing here must survive a crash of the machine.
          "--auth-host=scram-sha-256",
          "--auth-local=trust",
          "-E",
          "UTF8",
          "--no-locale",
          "--no-sync");
    } finally {
      Files.deleteIfExists(pwfile);
    }
    // The socket directory is the server's own, not /var/run/postgresql (which the system
    // cluster uses and may not exist). A socket path is limited to ~107 bytes: TCP only then.
    String sockets = home.toString().length() < 80 ? home.toString() : "";
    String settings =
        String.join(
            "\n",
            "",
            "# streamjob tests: private, throwaway, fast",
            "listen_addresses = '127.0.0.1'",
            "port = " + port,
            "unix_socket_directories = '" + sockets.replace("'", "''") + "'",
            "fsync = off",
            "synchronous_commit = off",
            "full_page_writes = off",
            "shared_buffers = 32MB",
            "jit = off",
            "");
    Files.writeString(data.resolve("postgresql.conf"), settings, StandardOpenOption.APPEND);
  }

  private void pgCtl(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data.toString(),
                "-w",
                "-t",
                String.valueOf(STARTUP_TIMEOUT_SECONDS)));
    command.addAll(List.of(args));
    run(command.toArray(String[]::new));
  }

  /** Runs a PostgreSQL program (as the server user when we are root); fails with its output. */
  private void run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (AS_ROOT) {
      // /usr/sbin may not be on a CI job's PATH.
      String runuser =
          Files.isExecutable(Path.of("/usr/sbin/runuser")) ? "/usr/sbin/runuser" : "runuser";
      command.addAll(List.of(runuser, "-u", OS_USER, "--"));
    }
    command.addAll(List.of(args));
    Path output = home.resolve("commands.log");
    Files.writeString(
        output,
        "$ " + String.join(" ", command) + "\n",
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    // cwd = home: the server user may not be able to read the directory the JVM runs in.
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
    // A developer's PGDATA, PGPORT, PGHOST... must not steer the test server's tools.
    builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
    Process process = builder.start();
    boolean finished = process.waitFor(STARTUP_TIMEOUT_SECONDS + 30, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly().waitFor();
    }
    if (!finished || process.exitValue() != 0) {
      Path log = home.resolve("server.log");
      throw new IOException(
          "PostgreSQL command "
              + (finished ? "failed (exit " + process.exitValue() + ")" : "timed out")
              + (AS_ROOT
                  ? " (it runs as OS user " + OS_USER + ", who must be able to reach " + home + ")"
                  : "")
              + ":\n"
              + Files.readString(output)
              + (Files.exists(log) ? "--- server.log:\n" + Files.readString(log) : ""));
    }
  }

  /** The newest server in Debian's layout, /usr/lib/postgresql/VERSION/bin. */
  private static Path findBinaries() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    List<Path> candidates = List.of();
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        candidates =
            versions
                .filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                .map(v -> v.resolve("bin"))
                .filter(
                    b ->
                        Stream.of("initdb", "pg_ctl", "postgres")
                            .allMatch(program -> Files.isExecutable(b.resolve(program))))
                .sorted(
                    Comparator.comparingDouble(
                            (Path b) -> Double.parseDouble(b.getParent().getFileName().toString()))
                        .reversed())
                .toList();
      }
    }
    if (candidates.isEmpty()) {
      throw new IllegalStateException(
          "no initdb, pg_ctl and postgres in /usr/lib/postgresql/*/bin:"
              + " the tests need Debian's postgresql package (apt-get install postgresql)");
    }
    return candidates.get(0);
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
