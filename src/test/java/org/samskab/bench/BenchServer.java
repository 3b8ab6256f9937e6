package org.samskab.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A production jar running in its own JVM, started with {@code java -jar} and the same JVM flags for Samskab and
 * the floor app, on a free port; stopped with SIGTERM, or killed as a crash does. Also creates and drops the fresh
 * MariaDB database a Samskab run uses, and reads the server's live heap after a forced full GC with {@code jcmd}.
 */
final class BenchServer implements AutoCloseable {

    /** The same for every jar the harness starts. */
    static final List<String> JVM_FLAGS = List.of("-Xms1g", "-Xmx2g", "-XX:+UseG1GC");

    static final String DB_SERVER = env("SAMSKAB_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/");
    static final String DB_USER = env("SAMSKAB_TEST_DB_USER", "root");
    static final String DB_PASSWORD = env("SAMSKAB_TEST_DB_PASSWORD", "");
    static final String ADMIN_EMAIL = "bench-admin@bench.example";

    private final Process process;
    final int port;
    final Path log;

    private BenchServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /**
     * With {@code -Dbench.pin=true}, holds the running server's threads (and those they start) to one CPU, as
     * {@code taskset} does; without it, nothing. Two servers each on a core of their own are closer to two
     * machines than two servers sharing every core with each other (bench/benchmarks-method.md).
     */
    void pinTo(int cpu) throws IOException, InterruptedException {
        if (!Boolean.getBoolean("bench.pin")) {
            return;
        }
        Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", Integer.toString(cpu),
                Long.toString(process.pid())).redirectErrorStream(true).redirectOutput(
                        ProcessBuilder.Redirect.DISCARD)
                .start();
        if (taskset.waitFor() != 0) {
            throw new IllegalStateException("taskset could not pin the server to CPU " + cpu);
        }
    }

    /** Where the search index of the MariaDB database {@code database} lives, for the seeder and the server. */
    static Path searchIndex(String database) {
        return Path.of("target", "search-index", database).toAbsolutePath();
    }

    /** Starts Samskab's production jar on {@code database}, which {@link BenchSeeder} seeded. */
    static BenchServer samskab(Path jar, String database, List<String> extraArgs, Path log) throws Exception {
        return samskab(jar, DB_SERVER + database, database, extraArgs, log);
    }

    /** {@link #samskab(Path, String, List, Path)} reaching the database at {@code url} (through a proxy, say). */
    static BenchServer samskab(Path jar, String url, String database, List<String> extraArgs, Path log)
            throws Exception {
        return samskab(jar, url, database, extraArgs, log, freePort());
    }

    /** {@link #samskab(Path, String, String, List, Path)} on a given port (the one a crashed server had). */
    static BenchServer samskab(Path jar, String url, String database, List<String> extraArgs, Path log, int port)
            throws Exception {
        ProcessBuilder builder = production(jar, extraArgs, port);
        builder.environment().put("SAMSKAB_DB_URL", url);
        builder.environment().put("SAMSKAB_DB_USER", DB_USER);
        builder.environment().put("SAMSKAB_DB_PASSWORD", DB_PASSWORD);
        // The search index belongs with its database (docs/adr/0193): one per database, kept across restarts.
        builder.environment().put("SAMSKAB_SEARCH_INDEX", searchIndex(database).toString());
        BenchServer server = start(builder, port, log);
        server.awaitReady(Duration.ofMinutes(10));
        return server;
    }

    /**
     * Starts Samskab's production jar on its embedded default, as someone who sets no database does: the H2 file
     * database under {@code workDir/data} (seeded by {@link BenchSeeder#seedEmbedded} before the first start).
     */
    static BenchServer embedded(Path jar, Path workDir, Path log) throws Exception {
        return embedded(jar, workDir, List.of(), log);
    }

    /** {@link #embedded(Path, Path, Path)} with extra Spring arguments. */
    static BenchServer embedded(Path jar, Path workDir, List<String> extraArgs, Path log) throws Exception {
        return embedded(jar, workDir, extraArgs, log, freePort());
    }

    /** {@link #embedded(Path, Path, List, Path)} on a given port (the one a crashed server had). */
    static BenchServer embedded(Path jar, Path workDir, List<String> extraArgs, Path log, int port) throws Exception {
        ProcessBuilder builder = production(jar.toAbsolutePath(), extraArgs, port);
        builder.directory(workDir.toFile());
        List.of("SAMSKAB_DB_URL", "SAMSKAB_DB_USER", "SAMSKAB_DB_PASSWORD").forEach(builder.environment()::remove);
        BenchServer server = start(builder, port, log);
        server.awaitReady(Duration.ofMinutes(5));
        return server;
    }

    /**
     * The jar with the environment a production install sets (the administrator exists already: the seed). With
     * {@code -Dbench.extracted=true}, the jar extracted as Spring Boot's {@code jarmode=tools extract} lays it
     * out (its classes and libraries as plain jars, no nested-jar loader), to compare how a crowd arriving at once
     * fares without the nested-jar loader's lock.
     */
    private static ProcessBuilder production(Path jar, List<String> extraArgs, int port) {
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of("-jar", (Boolean.getBoolean("bench.extracted") ? extracted(jar) : jar).toString()));
        // A benchmark's writer is one member who writes far faster than a hand (the JIT warm-up's 500 notes), on
        // boards it fills: the pace and the cap are lifted; checking them still costs what it costs (ADR 0205).
        command.addAll(List.of("--samskab.board.action-burst=100000000", "--samskab.board.note-limit=100000000"));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SAMSKAB_ADMIN_EMAIL", ADMIN_EMAIL);
        builder.environment().put("SAMSKAB_ADMIN_PASSWORD", "bench-admin-" + UUID.randomUUID());
        builder.environment().put("PORT", Integer.toString(port));
        return builder;
    }

    private static synchronized Path extracted(Path jar) {
        Path dir = Path.of("target", "bench", "extracted").toAbsolutePath();
        Path launcher = dir.resolve(jar.getFileName());
        if (!Files.exists(launcher)) {
            try {
                Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
                        dir.toString()).inheritIO().start();
                if (extract.waitFor() != 0) {
                    throw new IllegalStateException("Could not extract " + jar);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return launcher;
    }

    /** Starts the floor app's production jar, with extra Spring arguments (e.g. its Atmosphere setting). */
    static BenchServer floor(Path jar, List<String> extraArgs, Path log) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        command.addAll(extraArgs);
        BenchServer server = start(new ProcessBuilder(command), port, log);
        server.awaitReady(Duration.ofMinutes(2));
        return server;
    }

    private static List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        // Extra JVM flags for an experiment (e.g. -Dbench.jvm.flags="-XX:TieredStopAtLevel=1"), space-separated.
        String extra = System.getProperty("bench.jvm.flags", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        return command;
    }

    private static BenchServer start(ProcessBuilder builder, int port, Path log) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new BenchServer(builder.start(), port, log);
    }

    private void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The server stopped during start-up; see " + log);
                }
                try {
                    http.send(HttpRequest.newBuilder(base()).timeout(Duration.ofSeconds(5)).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
                    return;
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
        }
        close();
        throw new IllegalStateException("The server did not become ready within " + timeout + "; see " + log);
    }

    /**
     * Live heap in bytes: the objects {@code jcmd GC.class_histogram} counts after the full GC it forces (twice,
     * so what the first one finalised is gone too), without the JVM's filler objects. G1's full GC leaves parts of
     * regions it does not compact as fillers, and {@code GC.heap_info}'s "used" counted hundreds of MB of them:
     * dead space, not sessions.
     */
    long liveHeapAfterFullGc() throws Exception {
        jcmd("GC.run");
        long total = 0;
        for (String line : jcmd("GC.class_histogram").lines().toList()) {
            Matcher row = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)").matcher(line);
            if (row.find() && !row.group(2).startsWith("[Ljdk.internal.vm.Filler")
                    && !row.group(2).startsWith("jdk.internal.vm.Filler")) {
                total += Long.parseLong(row.group(1));
            }
        }
        if (total == 0) {
            throw new IllegalStateException("Unexpected GC.class_histogram output");
        }
        return total;
    }

    /** The live objects by class (top of {@code jcmd GC.class_histogram}), to see what a session costs. */
    String classHistogram(int lines) throws Exception {
        return jcmd("GC.class_histogram").lines().limit(lines + 3L)
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    String jcmd(String command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }

    /**
     * Starts a JFR recording of the server into {@code file} (profiling a slow step). {@code -Dbench.jfr.options}
     * adds settings, e.g. {@code "method-profiling=max jdk.CPUTimeSample#enabled=true"} to sample every
     * millisecond when one short request is the question.
     */
    void startRecording(Path file) throws Exception {
        jcmd("JFR.start name=bench settings=profile filename=" + file.toAbsolutePath() + " "
                + System.getProperty("bench.jfr.options", ""));
    }

    void stopRecording() throws Exception {
        jcmd("JFR.stop name=bench");
    }

    /** Kills the server as a crash does (SIGKILL on Linux): no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The server did not die within 30 s of SIGKILL");
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    // ---------------------------------------------------------------- databases

    /** Creates a fresh, empty database for one benchmark run and returns its name. */
    static String createDatabase() throws SQLException {
        String name = "samskab_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        sql("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_danish_ci");
        return name;
    }

    static void dropDatabase(String name) {
        try {
            sql("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException e) {
            System.err.println("Could not drop " + name + ": " + e.getMessage());
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DB_SERVER, DB_USER, DB_PASSWORD)) {
            connection.createStatement().execute(statement);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
