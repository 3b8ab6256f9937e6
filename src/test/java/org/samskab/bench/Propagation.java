package org.samskab.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * Propagation: {@code observers} users have the target's page open with push; one more user (the writer) types a
 * text with a unique nonce into the page's form and presses its button every 1–2 s, through the UI protocol like
 * a person would. For every observer, the time from the writer's send to the push message that carries the nonce
 * is recorded. Reach is what arrived over what should have (observers × texts); it must be 1.0.
 */
final class Propagation {

    static final String MARK = "nonce=";
    /** Room for the nonce after a note's text. */
    static final int BODY_MAX = NoteTexts.MAX - 30;
    private static final int CONNECT_PARALLELISM = 6;
    /** Texts written and awaited before measuring, so the JIT has compiled the paths a change takes. */
    static final int WARM_UP_TEXTS = Integer.getInteger("bench.warmup", 5);

    /** Everything one propagation run measured. Latencies are in microseconds. */
    record Result(String target, int observers, int sent, long expected, long received, Histogram latency,
            Histogram writerRoundTrip, int connectFailures, int pushClosed, double connectSeconds,
            double measureSeconds, double loadGeneratorCores, double serverCores, long outOfOrder,
            double firstObserverP50, double lastObserverP50, Map<java.net.URI, Histogram> byServer) {

        /** The p-th percentile of the screens on one server (with observers split over servers), in ms. */
        double p(java.net.URI server, double percentile) {
            Histogram h = byServer.get(server);
            return h == null || h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
        }

        double reach() {
            return expected == 0 ? 0 : (double) received / expected;
        }

        double p(double percentile) {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1000.0;
        }

        String summary() {
            return String.format(java.util.Locale.ROOT,
                    "%s N=%d: sent %d, reach %d/%d = %.4f, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, "
                            + "writer round trip p50 %.1f ms, connect failures %d, push closed %d, "
                            + "connect %.1f s, load generator %.2f cores, server %.2f cores, out of order %d, "
                            + "per note: first observer p50 %.1f ms, last observer p50 %.1f ms",
                    target, observers, sent, received, expected, reach(), p(50), p(95), p(99),
                    latency.getMaxValue() / 1000.0, writerRoundTrip.getValueAtPercentile(50) / 1000.0,
                    connectFailures, pushClosed, connectSeconds, loadGeneratorCores, serverCores, outOfOrder,
                    firstObserverP50, lastObserverP50)
                    + (byServer.size() < 2 ? "" : byServer.entrySet().stream()
                            .map(e -> String.format(java.util.Locale.ROOT, "%s p50 %.1f ms, p95 %.1f ms", e.getKey(),
                                    p(e.getKey(), 50), p(e.getKey(), 95)))
                            .collect(java.util.stream.Collectors.joining("; ", "; screens by server: ", "")));
        }
    }

    /**
     * Before a fresh server is measured, one writer sends {@code texts} texts to a few observers of
     * {@code target} (for Samskab another board, so the measured one keeps its size). A single writer calls the
     * write path once per note, so without this a fresh JVM would run it in the interpreter for the whole run,
     * which no server in use does: at N = 10 that alone doubled Samskab's p50 (42 ms against 24) and the floor's.
     */
    record JitWarmUp(Target target, int texts) {
        static final int OBSERVERS = 5;
        static final int DEFAULT_TEXTS = Integer.getInteger("bench.jit-warmup", 500);
    }

    private Propagation() {
    }

    /** Something to do around the measured part only (e.g. a JFR recording of the server). */
    interface Around {
        Around NOTHING = new Around() {
        };

        default void measuring() throws Exception {
        }

        default void measured() throws Exception {
        }
    }

    /**
     * What the measured user does once per nonce, so that every observer's screen shows the nonce: by default a
     * note written into the target's form; {@link FacilitatorAction} puts a note in the spotlight instead.
     */
    interface Sender {
        /** Opens the sender's screen (with push) and readies everything the nonces need, before measuring. */
        VaadinClient open(HttpClient http, Target target, int user, List<String> nonces, PrintStream log)
                throws Exception;

        /** Does it for {@code nonce}; calls {@code clock} just before the request that does it is built. */
        VaadinClient.RpcResult send(String nonce, Runnable clock) throws Exception;

        /**
         * Whether a push frame shows this nonce's change, when the change cannot carry the nonce itself (a phase's
         * name); false when the nonce is in what the screens get. Frames are matched to such changes in the order
         * the changes were made, so the same sign may serve every change.
         */
        default boolean shows(String nonce, String frame) {
            return false;
        }
    }

    /** A writer adding one note per nonce: what the propagation tables measure. */
    static final class NoteSender implements Sender {
        private final NoteTexts texts;
        private @Nullable Writer writer;

        NoteSender(int seed) {
            this.texts = new NoteTexts(seed);
        }

        @Override
        public VaadinClient open(HttpClient http, Target target, int user, List<String> nonces, PrintStream log)
                throws Exception {
            VaadinClient client = new VaadinClient(http, target.base());
            target.openAs(client, user);
            connectPush(client, log);
            writer = new Writer(client, target);
            return client;
        }

        Writer writer() {
            return java.util.Objects.requireNonNull(writer, "open first");
        }

        @Override
        public VaadinClient.RpcResult send(String nonce, Runnable clock) throws Exception {
            // The clock starts before the request is built, let alone sent: the writer's own encoding and
            // everything after it count (docs/adr/0170-propagation-timed-from-before-the-request.md).
            clock.run();
            return writer().write(texts.next(BODY_MAX) + " " + MARK + nonce);
        }
    }

    /** A facilitator's screen of the target's board, signed in and pushing (the facilitators' actions send from it). */
    static VaadinClient openAsFacilitator(HttpClient http, Target target, String email, PrintStream log)
            throws Exception {
        VaadinClient client = new VaadinClient(http, target.base());
        client.signIn(email, target.password());
        client.open(target.route());
        connectPush(client, log);
        return client;
    }

    /** The writer's push socket: seen refused once in many runs (the server logging nothing), so tried thrice. */
    static void connectPush(VaadinClient client, PrintStream log) throws Exception {
        for (int attempt = 1;; attempt++) {
            try {
                client.connectPush(message -> {});
                return;
            } catch (java.io.IOException refused) {
                log.println("  writer's push connection, attempt " + attempt + ": " + refused.getMessage());
                if (attempt == 3) {
                    throw refused;
                }
                Thread.sleep(1000);
            }
        }
    }

    static Result run(Target target, JitWarmUp warmUp, int observers, int texts, ProcessHandle server,
            PrintStream log) throws Exception {
        return run(target, warmUp, observers, texts, server, log, Around.NOTHING);
    }

    static Result run(Target target, JitWarmUp warmUp, int observers, int notes, ProcessHandle server,
            PrintStream log, Around around) throws Exception {
        return run(target, warmUp, observers, notes, server, log, around, new NoteSender(observers));
    }

    static Result run(Target target, JitWarmUp warmUp, int observers, int notes, ProcessHandle server,
            PrintStream log, Around around, Sender sender) throws Exception {
        return run(target, warmUp, observers, notes, server, log, around, sender, user -> target);
    }

    /**
     * {@link #run(Target, JitWarmUp, int, int, ProcessHandle, PrintStream, Around, Sender)} with each observer on
     * a target of its own choosing: with two servers, observers alternate between them while the writer stays on
     * {@code target}'s.
     */
    static Result run(Target target, JitWarmUp warmUp, int observers, int notes, ProcessHandle server,
            PrintStream log, Around around, Sender sender, java.util.function.IntFunction<Target> observerTarget)
            throws Exception {
        ExecutorService callbacks = Executors.newFixedThreadPool(4);
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clients.add(VaadinClient.newHttpClient(callbacks));
        }
        warmUpJit(warmUp, observers, clients, log);
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, LongAdder> warmUpSeen = new ConcurrentHashMap<>();
        // Per text: when the first and the last observer got it, to tell a slow start from a slow fan-out.
        Map<String, long[]> spread = new ConcurrentHashMap<>();
        ConcurrentHistogram latency = new ConcurrentHistogram(120_000_000L, 3);
        // The same latencies by the server each screen is on (two servers: the screens across the relay apart).
        Map<java.net.URI, ConcurrentHistogram> byServer = new java.util.concurrent.ConcurrentSkipListMap<>();
        Histogram writerRoundTrip = new Histogram(120_000_000L, 3);
        LongAdder received = new LongAdder();
        LongAdder outOfOrder = new LongAdder();
        AtomicLong lastPush = new AtomicLong(System.nanoTime());
        // The nonces whose clock has started, in order: a change that cannot carry its nonce is matched by order.
        List<String> clocked = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<VaadinClient> connected = java.util.Collections.synchronizedList(new ArrayList<>());
        List<PushWatchers.Watch> watches = java.util.Collections.synchronizedList(new ArrayList<>());
        PushWatchers watchers = new PushWatchers();
        int failures = 0;
        long connectStarted = System.nanoTime();
        ExecutorService connecting = Executors.newFixedThreadPool(CONNECT_PARALLELISM);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < observers; i++) {
                int user = i;
                futures.add(connecting.submit(() -> {
                    Target observed = observerTarget.apply(user);
                    ConcurrentHistogram onItsServer = byServer.computeIfAbsent(observed.base(),
                            base -> new ConcurrentHistogram(120_000_000L, 3));
                    VaadinClient client = new VaadinClient(clients.get(user % clients.size()), observed.base());
                    observed.openAs(client, user);
                    client.watchOnly();
                    Set<String> seen = ConcurrentHashMap.newKeySet();
                    // Notes are written one after another, so each observer must see them in that order.
                    AtomicLong lastIndex = new AtomicLong(-1);
                    java.util.concurrent.atomic.AtomicInteger nextShown =
                            new java.util.concurrent.atomic.AtomicInteger();
                    java.util.function.BiConsumer<String, Long> arrivedNonce = (nonce, arrived) -> {
                        Long sent = sentAt.get(nonce);
                        if (sent == null && nonce.startsWith("warm") && seen.add(nonce)) {
                            warmUpSeen.computeIfAbsent(nonce, k -> new LongAdder()).increment();
                        }
                        if (sent != null && seen.add(nonce)) {
                            spread.compute(nonce, (k, v) -> v == null ? new long[] {arrived, arrived}
                                    : new long[] {Math.min(v[0], arrived), Math.max(v[1], arrived)});
                            long micros = Math.min(latency.getHighestTrackableValue(),
                                    Math.max(0, (arrived - sent) / 1000));
                            latency.recordValue(micros);
                            onItsServer.recordValue(micros);
                            received.increment();
                            long index = Long.parseLong(nonce.substring(nonce.indexOf('x') + 1));
                            if (lastIndex.getAndAccumulate(index, Math::max) > index) {
                                outOfOrder.increment();
                            }
                        }
                    };
                    watches.add(watchers.watch(client, message -> {
                        lastPush.set(message.arrivedNanos());
                        String text = message.text();
                        for (int at = text.indexOf(MARK); at >= 0; at = text.indexOf(MARK, at + 1)) {
                            arrivedNonce.accept(nonceAt(text, at + MARK.length()), message.arrivedNanos());
                        }
                        // A change that cannot carry the nonce is recognised by what it shows: the first frame that
                        // shows it belongs to the oldest clocked change this screen has not shown yet (a late frame
                        // is not taken for the next change's), skipping one that never showed.
                        synchronized (nextShown) {
                            for (int k = nextShown.get(); k < clocked.size(); k++) {
                                if (sender.shows(clocked.get(k), text)) {
                                    arrivedNonce.accept(clocked.get(k), message.arrivedNanos());
                                    nextShown.set(k + 1);
                                    break;
                                }
                            }
                        }
                    }));
                    connected.add(client);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures++;
                    if (failures <= 3) {
                        log.println("  connect failed: " + e.getCause());
                    }
                }
            }
        } finally {
            connecting.shutdown();
        }
        double connectSeconds = (System.nanoTime() - connectStarted) / 1e9;
        log.printf("  %s: %d observers connected in %.1f s (%d failed)%n", target.name(), connected.size(),
                connectSeconds, failures);

        String run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        List<String> nonces = java.util.stream.IntStream.range(0, notes).mapToObj(i -> run + "x" + i).toList();
        List<String> warmNonces = java.util.stream.IntStream.range(0, WARM_UP_TEXTS)
                .mapToObj(i -> "warm" + run + i).toList();
        List<String> all = new ArrayList<>(warmNonces);
        all.addAll(nonces);
        VaadinClient writerClient = sender.open(clients.getFirst(), target, observers, all, log);

        // Joining shows every newcomer to all others (presence); start when that has quietened down.
        long settleDeadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() - lastPush.get() < Duration.ofSeconds(2).toNanos()
                && System.nanoTime() < settleDeadline) {
            Thread.sleep(200);
        }

        for (String nonce : warmNonces) {
            sender.send(nonce, () -> clocked.add(nonce));
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (warmUpSeen.getOrDefault(nonce, new LongAdder()).sum() < connected.size()
                    && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            Thread.sleep(500);
        }

        around.measuring();
        Duration cpuBefore = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        Duration serverCpuBefore = cpu(server);
        long measureStarted = System.nanoTime();
        int sent = 0;
        for (int i = 0; i < notes; i++) {
            long slotStart = System.nanoTime();
            String nonce = nonces.get(i);
            VaadinClient.RpcResult answer = sender.send(nonce, () -> {
                sentAt.put(nonce, System.nanoTime());
                clocked.add(nonce);
            });
            writerRoundTrip.recordValue(Math.min(writerRoundTrip.getHighestTrackableValue(), answer.nanos() / 1000));
            sent++;
            long gap = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_001L);
            long left = gap - (System.nanoTime() - slotStart);
            if (left > 0 && i < notes - 1) {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            }
        }
        long expected = (long) sent * connected.size();
        long waitUntil = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (received.sum() < expected && System.nanoTime() < waitUntil) {
            Thread.sleep(50);
        }
        double measureSeconds = (System.nanoTime() - measureStarted) / 1e9;
        around.measured();
        double loadCores = (ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO)
                .minus(cpuBefore).toNanos() / 1e9) / measureSeconds;
        double serverCores = (cpu(server).minus(serverCpuBefore).toNanos() / 1e9) / measureSeconds;
        int pushClosed = (int) watches.stream().filter(PushWatchers.Watch::closedByServer).count();

        connected.add(writerClient);
        ExecutorService closing = Executors.newFixedThreadPool(8);
        connected.forEach(client -> closing.submit(client::close));
        closing.shutdown();
        closing.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        watches.forEach(PushWatchers.Watch::close);
        watchers.close();
        clients.forEach(HttpClient::shutdownNow);
        callbacks.shutdownNow();
        Histogram first = new Histogram(120_000_000L, 3);
        Histogram last = new Histogram(120_000_000L, 3);
        spread.forEach((nonce, v) -> {
            first.recordValue(Math.max(0, (v[0] - sentAt.get(nonce)) / 1000));
            last.recordValue(Math.max(0, (v[1] - sentAt.get(nonce)) / 1000));
        });
        Result result = new Result(target.name(), observers, sent, expected, received.sum(), latency,
                writerRoundTrip, failures, pushClosed, connectSeconds, measureSeconds, loadCores, serverCores,
                outOfOrder.sum(), first.getValueAtPercentile(50) / 1000.0, last.getValueAtPercentile(50) / 1000.0,
                java.util.Collections.unmodifiableMap(new java.util.TreeMap<java.net.URI, Histogram>(byServer)));
        log.println("  " + result.summary());
        return result;
    }

    /** Runs {@code warmUp}: the writer is user {@code writerUser}, as in the measured run. */
    private static void warmUpJit(JitWarmUp warmUp, int writerUser, List<HttpClient> clients, PrintStream log)
            throws Exception {
        if (warmUp.texts() <= 0) {
            return;
        }
        long started = System.nanoTime();
        Target target = warmUp.target();
        String lastText = "jitwarm" + (warmUp.texts() - 1) + " ";
        LongAdder sawLast = new LongAdder();
        List<VaadinClient> crowd = new ArrayList<>();
        PushWatchers watchers = new PushWatchers();
        try {
            for (int i = 0; i < JitWarmUp.OBSERVERS; i++) {
                VaadinClient observer = new VaadinClient(clients.get(i % clients.size()), target.base());
                target.openAs(observer, i);
                crowd.add(observer.watchOnly());
                watchers.watch(observer, message -> {
                    if (message.text().contains(lastText)) {
                        sawLast.increment();
                    }
                });
            }
            VaadinClient writerClient = new VaadinClient(clients.getFirst(), target.base());
            target.openAs(writerClient, writerUser);
            crowd.add(writerClient);
            Writer writer = new Writer(writerClient, target);
            NoteTexts texts = new NoteTexts(1);
            for (int i = 0; i < warmUp.texts(); i++) {
                writer.write(texts.next(BODY_MAX) + " jitwarm" + i + " .");
            }
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (sawLast.sum() < JitWarmUp.OBSERVERS && System.nanoTime() < until) {
                Thread.sleep(20);
            }
        } finally {
            crowd.forEach(VaadinClient::close);
            watchers.close();
        }
        log.printf("  JIT warm-up: %d texts to %d observers in %.1f s (%d of them got the last)%n", warmUp.texts(),
                JitWarmUp.OBSERVERS, (System.nanoTime() - started) / 1e9, sawLast.sum());
    }

    /** The nonce that starts at {@code from} (after {@link #MARK}): its letters and digits. */
    static String nonceAt(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    static Duration cpu(ProcessHandle process) {
        return process == null ? Duration.ZERO : process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** The database server's process on this machine (MariaDB), if it runs here: its CPU shares the two cores. */
    static java.util.Optional<ProcessHandle> databaseProcess() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/mariadbd")).orElse(false)).findFirst();
    }

    /** The machine's busy CPU time so far (all processes and the kernel, from /proc/stat), or zero elsewhere. */
    static Duration machineBusy() {
        try {
            String[] cpu = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).getFirst().trim()
                    .split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length; i++) {
                if (i != 4 && i != 5) { // idle and iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return Duration.ofMillis(busy * 10); // USER_HZ, 100 on Linux
        } catch (java.io.IOException | RuntimeException notLinux) {
            return Duration.ZERO;
        }
    }
}
