package org.samskab.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The breakout room (issue 15): a gathering split into groups, each on a board of its own; every participant has
 * their group's board open with push and writes a note about every {@link #PERIOD} (±1 s), through the UI
 * protocol. For every note, the time from just before the writer's request to the push frame that carries it on
 * each other screen of the group is recorded (or to the answer to that screen's own write, which carries what
 * came while the server answered it, as Vaadin sends it), during {@code measured} after everyone has written at least once.
 * Errors are writes that got no answer or a refusal, and push sockets the server closed; a note that never reached
 * a screen of its group lowers reach.
 */
final class BreakoutRoom {

    static final Duration PERIOD = Duration.ofSeconds(10);
    private static final int JOIN_PARALLELISM = 8;

    record Result(int participants, int groups, long notes, long expected, long received, long errors,
            int joinFailures, int pushClosed, Histogram latency, Histogram writerRoundTrip, double joinSeconds,
            double measureSeconds, double serverCores, double loadGeneratorCores) {

        double reach() {
            return expected == 0 ? 0 : (double) received / expected;
        }

        double p(double percentile) {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1000.0;
        }

        /** Errors over the notes written while measuring (a write is one action). */
        double errorShare() {
            return notes == 0 ? 1 : (double) errors / notes;
        }

        /** The target: propagation p95 at most 150 ms inside each group, errors at most 0.1 %. */
        boolean passes() {
            return p(95) <= 150 && errorShare() <= 0.001;
        }

        String summary() {
            return String.format(java.util.Locale.ROOT,
                    "breakout room: %d participants in %d groups (joined in %.0f s, %d could not), %d notes in "
                            + "%.0f s, reach %d/%d = %.4f, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, "
                            + "writer round trip p95 %.1f ms, %d errors (%.3f %%), push closed %d, server %.2f cores, "
                            + "load generator %.2f cores",
                    participants, groups, joinSeconds, joinFailures, notes, measureSeconds, received, expected,
                    reach(), p(50), p(95), p(99), latency.getMaxValue() / 1000.0,
                    writerRoundTrip.getValueAtPercentile(95) / 1000.0, errors, errorShare() * 100, pushClosed,
                    serverCores, loadGeneratorCores);
        }
    }

    private BreakoutRoom() {
    }

    /**
     * One participant: its client, its group, the notes its screen has shown, and what reads a message from the
     * server for others' notes (with the moment it came).
     */
    private record Participant(int user, int group, VaadinClient client, Set<String> seen,
            java.util.function.BiConsumer<String, Long> reads) {
    }

    /**
     * Runs the room: group {@code g}'s board is {@code groupBoards.get(g)}, its members the users
     * {@code g × groupSize} to {@code g × groupSize + groupSize − 1} of {@code target} (as {@link BenchSeeder}
     * split them).
     */
    static Result run(Target target, List<Long> groupBoards, int groupSize, Duration measured, ProcessHandle server,
            PrintStream log) throws Exception {
        ExecutorService callbacks = Executors.newFixedThreadPool(4);
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clients.add(VaadinClient.newHttpClient(callbacks));
        }
        int participants = groupBoards.size() * groupSize;
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        /** The group a measured note was written in, by nonce: how many screens it should reach. */
        Map<String, Integer> measuredNotes = new ConcurrentHashMap<>();
        int[] connectedInGroup = new int[groupBoards.size()];
        ConcurrentHistogram latency = new ConcurrentHistogram(120_000_000L, 3);
        ConcurrentHistogram roundTrip = new ConcurrentHistogram(120_000_000L, 3);
        LongAdder received = new LongAdder();
        LongAdder errors = new LongAdder();
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Participant> joined = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService people = Executors.newVirtualThreadPerTaskExecutor();
        int joinFailures = 0;
        try {
            long joinStarted = System.nanoTime();
            ExecutorService joining = Executors.newFixedThreadPool(JOIN_PARALLELISM,
                    Thread.ofVirtual().name("join-", 0).factory());
            List<Future<Participant>> joins = new ArrayList<>();
            for (int u = 0; u < participants; u++) {
                int user = u;
                int group = u / groupSize;
                joins.add(joining.submit(() -> {
                    VaadinClient client = new VaadinClient(clients.get(user % clients.size()), target.base());
                    client.signIn(target.email().apply(user), target.password());
                    client.open("boards/" + groupBoards.get(group));
                    // Only its own notes' cards matter to the writer; every frame is read for the others' notes.
                    client.followPushedCardsWith(Propagation.MARK + "b" + user + "x");
                    Set<String> seen = ConcurrentHashMap.newKeySet();
                    String own = "b" + user + "x";
                    java.util.function.BiConsumer<String, Long> reads = (text, arrived) -> {
                        for (int at = text.indexOf(Propagation.MARK); at >= 0;
                                at = text.indexOf(Propagation.MARK, at + 1)) {
                            String nonce = Propagation.nonceAt(text, at + Propagation.MARK.length());
                            Long sent = sentAt.get(nonce);
                            if (sent != null && !nonce.startsWith(own) && measuredNotes.containsKey(nonce)
                                    && seen.add(nonce)) {
                                latency.recordValue(Math.min(latency.getHighestTrackableValue(),
                                        Math.max(0, (arrived - sent) / 1000)));
                                received.increment();
                            }
                        }
                    };
                    client.connectPush(message -> reads.accept(message.text(), message.arrivedNanos()));
                    return new Participant(user, group, client, seen, reads);
                }));
            }
            for (Future<Participant> join : joins) {
                try {
                    Participant p = join.get();
                    joined.add(p);
                    connectedInGroup[p.group()]++;
                } catch (java.util.concurrent.ExecutionException e) {
                    if (++joinFailures <= 3) {
                        log.println("  join failed: " + e.getCause());
                    }
                }
            }
            joining.shutdown();
            double joinSeconds = (System.nanoTime() - joinStarted) / 1e9;
            log.printf("  breakout room: %d of %d joined in %.0f s%n", joined.size(), participants, joinSeconds);
            LongAdder written = new LongAdder();
            for (Participant p : joined) {
                people.submit(() -> write(p, target, running, measuring, sentAt, measuredNotes, roundTrip, written,
                        errors, log));
            }
            // Everyone has written once (the JIT has seen every path) before the clock starts.
            Thread.sleep(PERIOD.toMillis() + 2000);
            long errorsBefore = errors.sum();
            long closedBefore = joined.stream().filter(p -> p.client().pushClosedByServer()).count();
            Duration serverCpu = Propagation.cpu(server);
            Duration ownCpu = Propagation.cpu(ProcessHandle.current());
            ProcessHandle database = Propagation.databaseProcess().orElse(null);
            Duration databaseCpu = Propagation.cpu(database);
            Duration machineBusy = Propagation.machineBusy();
            long started = System.nanoTime();
            measuring.set(true);
            Thread.sleep(measured.toMillis());
            measuring.set(false);
            double measureSeconds = (System.nanoTime() - started) / 1e9;
            double serverCores = Propagation.cpu(server).minus(serverCpu).toNanos() / 1e9 / measureSeconds;
            double ownCores = Propagation.cpu(ProcessHandle.current()).minus(ownCpu).toNanos() / 1e9
                    / measureSeconds;
            // What else shared the two cores (MariaDB's own work, the kernel): the room is measured near the knee.
            log.printf(java.util.Locale.ROOT,
                    "  while measuring: the database %.2f cores, the machine %.2f cores busy%n",
                    Propagation.cpu(database).minus(databaseCpu).toNanos() / 1e9 / measureSeconds,
                    Propagation.machineBusy().minus(machineBusy).toNanos() / 1e9 / measureSeconds);
            long expected = measuredNotes.values().stream().mapToLong(g -> connectedInGroup[g] - 1).sum();
            long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (received.sum() < expected && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            running.set(false);
            if (received.sum() < expected) {
                missed(joined, measuredNotes, log);
            }
            int closed = (int) (joined.stream().filter(p -> p.client().pushClosedByServer()).count() - closedBefore);
            Result result = new Result(participants, groupBoards.size(), measuredNotes.size(), expected,
                    received.sum(), errors.sum() - errorsBefore + closed + joinFailures, joinFailures, closed,
                    latency, roundTrip, joinSeconds, measureSeconds, serverCores, ownCores);
            log.println("  " + result.summary());
            return result;
        } finally {
            running.set(false);
            people.shutdown();
            people.awaitTermination(60, TimeUnit.SECONDS);
            ExecutorService closing = Executors.newFixedThreadPool(8);
            joined.forEach(p -> closing.submit(p.client()::close));
            closing.shutdown();
            closing.awaitTermination(30, TimeUnit.SECONDS);
            clients.forEach(HttpClient::shutdownNow);
            callbacks.shutdownNow();
        }
    }

    /** A participant writing a note every {@link #PERIOD} (±1 s), from a random moment in the first period. */
    private static void write(Participant p, Target target, AtomicBoolean running, AtomicBoolean measuring,
            Map<String, Long> sentAt, Map<String, Integer> measuredNotes, ConcurrentHistogram roundTrip,
            LongAdder written, LongAdder errors, PrintStream log) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(PERIOD.toMillis()));
            Writer writer = new Writer(p.client(), target);
            NoteTexts texts = new NoteTexts(p.user());
            for (int cycle = 0; running.get(); cycle++) {
                long cycleStart = System.nanoTime();
                String nonce = "b" + p.user() + "x" + cycle;
                boolean measured = measuring.get();
                String text = texts.next(Propagation.BODY_MAX) + " " + Propagation.MARK + nonce;
                try {
                    sentAt.put(nonce, System.nanoTime());
                    if (measured) {
                        measuredNotes.put(nonce, p.group());
                    }
                    VaadinClient.RpcResult answer = writer.write(text);
                    // Another's note that came while this screen was writing is in the answer, not pushed.
                    p.reads().accept(answer.body(), System.nanoTime());
                    written.increment();
                    if (measured) {
                        roundTrip.recordValue(Math.min(roundTrip.getHighestTrackableValue(), answer.nanos() / 1000));
                        if (answer.body().contains("vaadin-notification")) {
                            error(errors, log, "a refusal shown to " + p.user());
                        }
                    }
                } catch (java.io.IOException e) {
                    if (measured) {
                        error(errors, log, "no answer: " + e);
                    }
                }
                long jitter = ThreadLocalRandom.current().nextLong(-1000, 1001) * 1_000_000L;
                long left = PERIOD.toNanos() + jitter - (System.nanoTime() - cycleStart);
                if (left > 0) {
                    Thread.sleep(Duration.ofNanos(left));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | java.io.IOException e) {
            error(errors, log, "participant " + p.user() + " stopped: " + e);
        }
    }

    /** Which screens missed which notes, for whoever reads the run's output: a few notes, and by screen. */
    private static void missed(List<Participant> joined, Map<String, Integer> measuredNotes, PrintStream log) {
        Map<Integer, Integer> byScreen = new java.util.TreeMap<>();
        int shown = 0;
        for (var note : measuredNotes.entrySet()) {
            String writer = note.getKey().substring(1, note.getKey().indexOf('x'));
            List<Integer> missing = joined.stream().filter(p -> p.group() == note.getValue())
                    .filter(p -> !Integer.toString(p.user()).equals(writer))
                    .filter(p -> !p.seen().contains(note.getKey())).map(Participant::user).toList();
            missing.forEach(user -> byScreen.merge(user, 1, Integer::sum));
            if (!missing.isEmpty() && shown++ < 5) {
                log.println("  note " + note.getKey() + " (group " + note.getValue() + ") missed by " + missing);
            }
        }
        log.println("  notes missed, by screen: " + byScreen);
    }

    private static void error(LongAdder errors, PrintStream log, String what) {
        errors.increment();
        if (errors.sum() <= 5) {
            log.println("  error: " + what);
        }
    }
}
