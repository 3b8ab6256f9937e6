package org.samskab.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.jspecify.annotations.Nullable;

/**
 * The capacity knee: participants join a board in steps; each one, about every 10 s, adds a note and votes (places
 * a dot on it, or next time takes back the dot placed before, so dots never run out), all through the UI
 * protocol. Each step is measured for {@link #STEP} after its participants joined: the round trip of every
 * request, and errors (a failed request, a refusal shown to the user, a closed push socket). The knee is the
 * first step whose p95 passes 300 ms or whose errors pass 0.1 %.
 */
final class Capacity {

    static final Duration STEP = Duration.ofSeconds(Long.getLong("bench.capacity.step", 40));
    static final Duration PERIOD = Duration.ofSeconds(10);

    /**
     * One step: {@code participants} is how many were meant to be on the board, {@code joinFailures} how many of
     * them could not join (they count as errors), {@code failedRequests} the requests that got no answer (timed
     * until they failed, so they are in the percentiles too). Percentiles are NaN when nothing was answered.
     */
    record Step(int participants, int joinFailures, double joinSeconds, long actions, long errors,
            long failedRequests, double p50,
            double p95, double p99, double serverCores, double loadGeneratorCores) {
    }

    record Result(List<Step> steps, Integer knee) {
    }

    private Capacity() {
    }

    /** How many participants act, unmeasured, before a ramp (see {@link #warmUp}). */
    static final int WARM_UP_PARTICIPANTS = Integer.getInteger("bench.capacity.warm-up", 100);

    /**
     * Before a Samskab ramp, on a board of its own: {@link #WARM_UP_PARTICIPANTS} participants join and act for
     * one step, unmeasured, then leave. A ramp on a cold server spends its first steps compiling (the JIT), and two
     * servers compile twice, which once counted as a cost per action (bench/benchmarks-analysis.md, "Two servers").
     */
    static void warmUp(Target target, String facilitator, List<ProcessHandle> servers, PrintStream log,
            java.util.function.IntFunction<Target> participantTarget) throws Exception {
        if (WARM_UP_PARTICIPANTS <= 0) {
            return;
        }
        long started = System.nanoTime();
        Result result = run(target, facilitator, List.of(WARM_UP_PARTICIPANTS), 6, servers,
                new PrintStream(java.io.OutputStream.nullOutputStream()), participantTarget);
        // The ramp's own first errors and refusals are the ones to print.
        SHOWN_ERRORS.set(0);
        SHOWN_REFUSALS.set(0);
        Step step = result.steps().isEmpty() ? null : result.steps().getFirst();
        log.printf(java.util.Locale.ROOT, "  capacity warm-up: %d participants for %d s (%s), %.0f s in all%n",
                WARM_UP_PARTICIPANTS, STEP.toSeconds(), step == null ? "no step"
                        : step.actions() + " actions, " + step.errors() + " errors, server "
                                + String.format(java.util.Locale.ROOT, "%.2f", step.serverCores()) + " cores",
                (System.nanoTime() - started) / 1e9);
    }

    /** The ramp: participants join six at a time, step by step. */
    static Result run(Target target, String facilitator, List<Integer> steps, ProcessHandle server, PrintStream log)
            throws Exception {
        return run(target, facilitator, steps, 6, server, log);
    }

    /**
     * The direct step: {@code participants} people sign in and open the board all at once on a fresh server,
     * then write and vote; it passes when that step stays under the knee's limits.
     */
    static Result directStep(Target target, String facilitator, int participants, ProcessHandle server,
            PrintStream log) throws Exception {
        return run(target, facilitator, List.of(participants), participants, server, log);
    }

    /**
     * The floor (one view, no accounts, no board): the same people and rhythm, each cycle's note and dot being two
     * texts every open screen shows. What the stack alone does with the ramp's fan-out on this machine.
     */
    private static boolean isFloor(Target target) {
        return target.email() == null;
    }

    /** Whether a step stays under the knee's limits: p95 at most 300 ms, errors at most 0.1 % of the actions. */
    private static Duration cpu(List<ProcessHandle> servers) {
        return servers.stream().map(Propagation::cpu).reduce(Duration.ZERO, Duration::plus);
    }

    static boolean passes(Step step) {
        return step.p95() <= 300 && step.errors() <= step.actions() * 0.001;
    }

    /**
     * The ramp with each participant on a target of its own choosing (two servers: by turns); the server cores of
     * each step are the sum over {@code servers}.
     */
    static Result run(Target target, String facilitator, List<Integer> steps, List<ProcessHandle> servers,
            PrintStream log, java.util.function.IntFunction<Target> participantTarget) throws Exception {
        return run(target, facilitator, steps, 6, servers, log, participantTarget);
    }

    private static Result run(Target target, String facilitator, List<Integer> steps, int joinParallelism,
            ProcessHandle server, PrintStream log) throws Exception {
        return run(target, facilitator, steps, joinParallelism, List.of(server), log, user -> target);
    }

    private static Result run(Target target, String facilitator, List<Integer> steps, int joinParallelism,
            List<ProcessHandle> servers, PrintStream log, java.util.function.IntFunction<Target> participantTarget)
            throws Exception {
        ExecutorService callbacks = Executors.newFixedThreadPool(4);
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clients.add(VaadinClient.newHttpClient(callbacks));
        }
        Recorder roundTrips = new Recorder(120_000_000L, 3);
        LongAdder actions = new LongAdder();
        LongAdder errors = new LongAdder();
        LongAdder failedRequests = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        List<VaadinClient> participants = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Step> results = new ArrayList<>();
        Integer knee = null;
        ExecutorService people = Executors.newVirtualThreadPerTaskExecutor();
        try {
            if (!isFloor(target)) {
                startVote(new VaadinClient(clients.getFirst(), target.base()), target, facilitator);
            }
            AtomicInteger nextUser = new AtomicInteger();
            for (int count : steps) {
                // Join (six at a time on the ramp, everyone at once in a direct step), then act.
                long joinStarted = System.nanoTime();
                ExecutorService joining = Executors.newFixedThreadPool(joinParallelism,
                        Thread.ofVirtual().name("join-", 0).factory());
                List<java.util.concurrent.Future<?>> joins = new ArrayList<>();
                while (nextUser.get() < count) {
                    int user = nextUser.getAndIncrement();
                    joins.add(joining.submit(() -> {
                        Target joined = participantTarget.apply(user);
                        VaadinClient client = new VaadinClient(clients.get(user % clients.size()), joined.base());
                        joined.openAs(client, user);
                        // Only its own notes' cards matter to a participant (it votes on them).
                        if (!isFloor(target)) {
                            client.followPushedCardsWith(Propagation.MARK + "c" + user + "x");
                        }
                        client.connectPush(message -> {});
                        participants.add(client);
                        people.submit(() -> act(client, joined, user, running, roundTrips, actions, errors,
                                failedRequests));
                        return null;
                    }));
                }
                int joinFailures = 0;
                for (var join : joins) {
                    try {
                        join.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        if (++joinFailures <= 3) {
                            log.println("  join failed: " + causes(e.getCause()));
                        }
                    }
                }
                joining.shutdown();
                double joinSeconds = (System.nanoTime() - joinStarted) / 1e9;
                Thread.sleep(PERIOD.toMillis()); // everyone has acted at least once before measuring
                roundTrips.getIntervalHistogram();
                long actionsBefore = actions.sum();
                long errorsBefore = errors.sum();
                long failedBefore = failedRequests.sum();
                long closedBefore = participants.stream().filter(VaadinClient::pushClosedByServer).count();
                Duration serverCpu = cpu(servers);
                Duration ownCpu = Propagation.cpu(ProcessHandle.current());
                long started = System.nanoTime();
                Thread.sleep(STEP.toMillis());
                double seconds = (System.nanoTime() - started) / 1e9;
                Histogram h = roundTrips.getIntervalHistogram();
                printTimeline(log, started);
                long closed = participants.stream().filter(VaadinClient::pushClosedByServer).count() - closedBefore;
                long stepActions = actions.sum() - actionsBefore;
                long stepErrors = errors.sum() - errorsBefore + closed + joinFailures;
                if (closed > 0) {
                    log.printf("  %d push sockets closed by the server during the step%n", closed);
                }
                String kinds = kindsSoFar();
                if (!kinds.isEmpty()) {
                    log.println("  errors so far by kind: " + kinds);
                }
                Step step = new Step(count, joinFailures, joinSeconds, stepActions, stepErrors,
                        failedRequests.sum() - failedBefore, percentile(h, 50), percentile(h, 95),
                        percentile(h, 99),
                        cpu(servers).minus(serverCpu).toNanos() / 1e9 / seconds,
                        Propagation.cpu(ProcessHandle.current()).minus(ownCpu).toNanos() / 1e9 / seconds);
                results.add(step);
                log.printf(java.util.Locale.ROOT, "  capacity %d participants (%d could not join, joining took "
                        + "%.0f s): %d actions, "
                        + "%d errors (%d requests unanswered), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                        + "server %.2f cores, load generator %.2f cores%n", step.participants(),
                        step.joinFailures(), step.joinSeconds(), step.actions(), step.errors(), step.failedRequests(),
                        step.p50(),
                        step.p95(), step.p99(), step.serverCores(), step.loadGeneratorCores());
                // Nothing answered at all (NaN) is past the knee too.
                if (!passes(step)) {
                    knee = step.participants();
                    break;
                }
            }
        } finally {
            running.set(false);
            people.shutdown();
            people.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
            ExecutorService closing = Executors.newFixedThreadPool(8);
            participants.forEach(client -> closing.submit(client::close));
            closing.shutdown();
            closing.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
            // Not close(): it waits for every WebSocket the client still counts as open, and one the server left
            // half-closed kept the full run waiting for a quarter of an hour after the floor's ramp.
            clients.forEach(HttpClient::shutdownNow);
            callbacks.shutdownNow();
        }
        return new Result(results, knee);
    }

    /** A failure and its causes on one line: the JDK's handshake exceptions say what was wrong only in a cause. */
    private static String causes(Throwable failure) {
        StringBuilder line = new StringBuilder(String.valueOf(failure));
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause();
                cause = cause.getCause()) {
            line.append(" <- ").append(cause);
        }
        return line.toString();
    }

    private static double percentile(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
    }

    /** The facilitator opens a vote (3 dots each, totals hidden) with the board's own dialog. */
    static void startVote(VaadinClient facilitator, Target target, String email) throws Exception {
        facilitator.signIn(email, target.password());
        facilitator.open(target.route());
        int start = facilitator.findNode("vaadin-button", "start-vote");
        facilitator.rpc(List.of(VaadinClient.click(start)));
        int confirm = facilitator.findNode("vaadin-button", "confirm-start-vote");
        if (start < 0 || confirm < 0) {
            throw new IllegalStateException("No start-vote dialog on the board");
        }
        VaadinClient.RpcResult answer = facilitator.rpc(List.of(VaadinClient.click(confirm)));
        // The vote bar is redrawn when the committed change comes back through the live layer, which may be
        // after this answer; a browser gets it over push, this client (no push) asks again.
        for (int attempt = 0; !answer.body().contains("end-vote"); attempt++) {
            if (attempt == 50) {
                throw new IllegalStateException("The vote did not start: " + answer.body());
            }
            Thread.sleep(100);
            answer = facilitator.rpc(List.of());
        }
    }

    /** One participant: every ~10 s a note, then a vote on it or taking back the previous dot. */
    private static void act(VaadinClient client, Target target, int user, AtomicBoolean running, Recorder roundTrips,
            LongAdder actions, LongAdder errors, LongAdder failedRequests) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(PERIOD.toMillis()));
            Writer writer = new Writer(client, target);
            NoteTexts texts = new NoteTexts(user);
            String voted = null;
            for (int cycle = 0; running.get(); cycle++) {
                long cycleStart = System.nanoTime();
                String nonce = "c" + user + "x" + cycle;
                long requestStart = cycleStart;
                try {
                    timed(roundTrips, actions, errors, writer.write(texts.next(NoteTexts.MAX - 30)
                            + " " + Propagation.MARK + nonce), true);
                    requestStart = System.nanoTime();
                    if (isFloor(target)) {
                        // The floor has no dots: its second change of the cycle is one more text for everyone.
                        timed(roundTrips, actions, errors, writer.write(texts.next(NoteTexts.MAX - 30) + " " + nonce),
                                false);
                    } else {
                        voted = voteOrTakeBack(client, voted, nonce, roundTrips, actions, errors);
                    }
                } catch (java.io.IOException e) {
                    // No answer (a time-out, a refused connection): an error, and as slow as it took to fail.
                    error(errors, "no answer: " + e);
                    actions.increment();
                    failedRequests.increment();
                    roundTrips.recordValue(Math.min(120_000_000L, (System.nanoTime() - requestStart) / 1000));
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
            error(errors, "participant stopped: " + e);
        }
    }

    /** A dot on the cycle's new note, or taking back the one placed a cycle ago; returns the note now voted on. */
    private static @Nullable String voteOrTakeBack(VaadinClient client, @Nullable String voted, String nonce,
            Recorder roundTrips, LongAdder actions, LongAdder errors) throws java.io.IOException, InterruptedException {
        String action = voted == null ? "place-dot" : "remove-dot";
        String noteId = client.noteIdWithText(Propagation.MARK + (voted == null ? nonce : voted) + "<");
        int canvas = client.findNode("div", "board-canvas");
        if (noteId == null || canvas < 0) {
            error(errors, "no card or canvas to vote on (note " + noteId + ", canvas " + canvas + ")");
        } else {
            VaadinClient.RpcResult answer = client.rpc(List.of(VaadinClient.cardButtonClick(canvas, noteId, action)));
            timed(roundTrips, actions, errors, answer, false);
            if (!answer.body().contains("note-actions-" + noteId)) {
                // the card was not redrawn: the click did not count
                error(errors, action + " redrew no card on " + noteId);
            }
        }
        return voted == null ? nonce : null;
    }

    /** Errors by kind (their text up to the first digit or colon), for the step's summary line. */
    private static final java.util.Map<String, LongAdder> KINDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static void countKind(String what) {
        String kind = what.split("[0-9:]", 2)[0].strip();
        KINDS.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    /** The errors of the run so far by kind, most first, and starts counting again. */
    private static String kindsSoFar() {
        String line = KINDS.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, LongAdder>comparingByValue(
                        java.util.Comparator.comparingLong(LongAdder::sum)).reversed())
                .map(e -> e.getValue().sum() + " × " + e.getKey()).collect(java.util.stream.Collectors.joining("; "));
        KINDS.clear();
        return line;
    }

    /** Counts an error, and says what it was for the first few (whoever reads the run's output can look). */
    private static void error(LongAdder errors, String what) {
        errors.increment();
        countKind(what);
        if (SHOWN_ERRORS.getAndIncrement() < 5) {
            System.out.println("  error: " + what);
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger SHOWN_ERRORS =
            new java.util.concurrent.atomic.AtomicInteger();

    private static final java.util.concurrent.atomic.AtomicInteger SHOWN_REFUSALS =
            new java.util.concurrent.atomic.AtomicInteger();

    /** Every answered action of the run: when it was answered, its round trip (µs), and whether it was a note. */
    private record Answered(long atNanos, long micros, boolean note) {
    }

    private static final java.util.concurrent.ConcurrentLinkedQueue<Answered> ANSWERED =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    /**
     * The step's round trips by five seconds, notes and dots apart: whether a slow step was slow throughout or
     * caught up after a backlog (the direct step's first seconds, while a fresh server's JIT compiles).
     */
    private static void printTimeline(PrintStream log, long stepStarted) {
        java.util.Map<Long, List<Answered>> byFive = new java.util.TreeMap<>();
        for (Answered a : ANSWERED) {
            if (a.atNanos() >= stepStarted) {
                byFive.computeIfAbsent((a.atNanos() - stepStarted) / 5_000_000_000L, k -> new ArrayList<>()).add(a);
            }
        }
        ANSWERED.clear();
        byFive.forEach((five, answered) -> log.printf("  %2d-%2d s: notes %s; dots %s%n", five * 5, five * 5 + 5,
                summary(answered.stream().filter(Answered::note).toList()),
                summary(answered.stream().filter(a -> !a.note()).toList())));
    }

    private static String summary(List<Answered> answered) {
        long[] ms = answered.stream().mapToLong(a -> a.micros() / 1000).sorted().toArray();
        return ms.length == 0 ? "none"
                : ms.length + ", p50 " + ms[ms.length / 2] + " ms, max " + ms[ms.length - 1] + " ms";
    }

    private static void timed(Recorder roundTrips, LongAdder actions, LongAdder errors, VaadinClient.RpcResult answer,
            boolean note) {
        ANSWERED.add(new Answered(System.nanoTime(), answer.nanos() / 1000, note));
        actions.increment();
        roundTrips.recordValue(Math.min(120_000_000L, answer.nanos() / 1000));
        if (answer.body().contains("vaadin-notification")) {
            errors.increment(); // a refusal or an error shown to the user
            String kind = "shown \"" + java.util.Objects.requireNonNull(VaadinClient.shownMessage(answer.body()))
                    .replaceAll("[0-9]+", "#") + "\"";
            KINDS.computeIfAbsent(kind, k -> new LongAdder()).increment();
            if (SHOWN_REFUSALS.getAndIncrement() < 3) {
                // What was refused, for whoever reads the run's output: the texts the answer sets.
                java.util.regex.Matcher texts = VaadinClient.SHOWN_TEXT.matcher(answer.body());
                StringBuilder shown = new StringBuilder();
                while (texts.find() && shown.length() < 400) {
                    shown.append(texts.group(1)).append(" | ");
                }
                if (shown.isEmpty()) {
                    // No text property: show where the notification is, so whoever reads the run can look.
                    int at = answer.body().indexOf("vaadin-notification");
                    shown.append(answer.body(), Math.max(0, at - 300), Math.min(answer.body().length(), at + 900));
                }
                System.out.println("  refusal shown to a participant: " + shown);
            }
        }
    }
}
