package org.samskab.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The join storm (issue 15): everyone scans the room's QR code within a minute. {@code people} arrive at random
 * moments spread over {@code window} (the same moments every run); every other one is a member who signs in, the
 * others join as guests. Each does what a phone does, through the UI protocol: opens the code's page
 * ({@code j/<code>}); a guest types a name and presses "Join" (the server signs it in and the same page goes on
 * to the room's board); a member signs in with the page's own form and is sent back to
 * {@code j/<code>/member}, which opens the room's board. Join-to-first-render is from the first
 * request until the board's cards have come (over push, just after the answer that draws the board's frame, as in
 * {@link FirstRender}), without the time a person takes to type: the server's share of joining. Then the screen stays, with push, as a phone in the room does, so later arrivals join a fuller room.
 * An error is a join that failed, an answer without the board, or a push socket the server closed.
 */
final class JoinStorm {

    /** The push message that draws the board's cards, after the answer that drew its frame (as FirstRender). */
    private static final String CARDS_DRAWN = "data-notes-shown";
    /** In the answer that draws a board's frame. */
    private static final String BOARD_FRAME = "board-canvas";
    private static final long ARRIVALS_SEED = 15;

    record Result(int people, int guests, double windowSeconds, double joinedSeconds, int errors,
            Histogram joinToRender,
            Histogram guestJoinToRender, Histogram memberJoinToRender, int pushClosed, double serverCores,
            double loadGeneratorCores) {

        double p(double percentile) {
            return percentile(joinToRender, percentile);
        }

        static double percentile(Histogram h, double percentile) {
            return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
        }

        /** The target: p95 at most 1.5 s and no errors. */
        boolean passes() {
            return errors == 0 && joinToRender.getTotalCount() == people && p(95) <= 1500;
        }

        String summary() {
            return String.format(java.util.Locale.ROOT,
                    "join storm: %d people (%d guests) in %.0f s, all joined after %.1f s, %d errors, "
                            + "join-to-first-render p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms "
                            + "(guests p95 %.0f ms, members p95 %.0f ms), push closed %d, server %.2f cores, "
                            + "load generator %.2f cores",
                    people, guests, windowSeconds, joinedSeconds, errors, p(50), p(95), p(99),
                    joinToRender.getMaxValue() / 1000.0, percentile(guestJoinToRender, 95),
                    percentile(memberJoinToRender, 95), pushClosed, serverCores, loadGeneratorCores);
        }
    }

    private JoinStorm() {
    }

    /**
     * {@code people} join the gathering whose code is {@code code} within {@code window}: members (accounts of
     * {@code target}, from user {@code firstMember} on) and guests alternately.
     */
    static Result run(Target target, String code, int people, int firstMember, Duration window,
            ProcessHandle server, PrintStream log) throws Exception {
        ExecutorService callbacks = Executors.newFixedThreadPool(4);
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clients.add(VaadinClient.newHttpClient(callbacks));
        }
        SplittableRandom random = new SplittableRandom(ARRIVALS_SEED);
        long[] arrivals = random.longs(people, 0, window.toNanos()).sorted().toArray();
        ConcurrentHistogram all = new ConcurrentHistogram(120_000_000L, 3);
        ConcurrentHistogram guests = new ConcurrentHistogram(120_000_000L, 3);
        ConcurrentHistogram members = new ConcurrentHistogram(120_000_000L, 3);
        LongAdder errors = new LongAdder();
        List<VaadinClient> joined = java.util.Collections.synchronizedList(new ArrayList<>());
        List<PushWatchers.Watch> watches = java.util.Collections.synchronizedList(new ArrayList<>());
        PushWatchers watchers = new PushWatchers();
        ExecutorService phones = Executors.newVirtualThreadPerTaskExecutor();
        Duration serverCpu = Propagation.cpu(server);
        Duration ownCpu = Propagation.cpu(ProcessHandle.current());
        long started = System.nanoTime();
        int guestCount = 0;
        try {
            List<Future<?>> joins = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                long wait = started + arrivals[i] - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                boolean guest = i % 2 == 1;
                guestCount += guest ? 1 : 0;
                int person = i;
                int member = firstMember + i / 2;
                HttpClient http = clients.get(i % clients.size());
                joins.add(phones.submit(() -> {
                    try {
                        VaadinClient phone = new VaadinClient(http, target.base());
                        long scanned = System.nanoTime();
                        String board = guest ? joinAsGuest(phone, code, person)
                                : joinAsMember(phone, code, target.email().apply(member), target.password());
                        // The answer drew the board's frame; its cards come over push just after (ADR 0173).
                        java.util.concurrent.CompletableFuture<Long> drawn =
                                new java.util.concurrent.CompletableFuture<>();
                        phone.watchOnly();
                        watches.add(watchers.watch(phone, message -> {
                            if (!drawn.isDone() && message.text().contains(CARDS_DRAWN)) {
                                drawn.complete(message.arrivedNanos());
                            }
                        }));
                        joined.add(phone);
                        long rendered;
                        try {
                            rendered = drawn.get(60, TimeUnit.SECONDS);
                        } catch (java.util.concurrent.TimeoutException e) {
                            throw new IllegalStateException("the board's cards never came after an answer of "
                                    + board.length() + " characters" + (board.contains(BOARD_FRAME) ? ""
                                            : ", not a board"));
                        }
                        long micros = (rendered - scanned) / 1000;
                        all.recordValue(Math.min(all.getHighestTrackableValue(), micros));
                        (guest ? guests : members).recordValue(Math.min(all.getHighestTrackableValue(), micros));
                    } catch (Exception e) {
                        errors.increment();
                        if (errors.sum() <= 5) {
                            log.println("  join failed (" + (guest ? "guest" : "member") + " " + person + "): " + e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> join : joins) {
                join.get(5, TimeUnit.MINUTES);
            }
            double joinedSeconds = (System.nanoTime() - started) / 1e9;
            // The room full: a few seconds for a socket the server would close on the last arrivals.
            Thread.sleep(3000);
            double seconds = (System.nanoTime() - started) / 1e9;
            int closed = (int) watches.stream().filter(PushWatchers.Watch::closedByServer).count();
            Result result = new Result(people, guestCount, window.toNanos() / 1e9, joinedSeconds,
                    (int) errors.sum() + closed, all, guests, members, closed,
                    Propagation.cpu(server).minus(serverCpu).toNanos() / 1e9 / seconds,
                    Propagation.cpu(ProcessHandle.current()).minus(ownCpu).toNanos() / 1e9 / seconds);
            log.println("  " + result.summary());
            return result;
        } finally {
            phones.shutdownNow();
            ExecutorService closing = Executors.newFixedThreadPool(8);
            joined.forEach(phone -> closing.submit(phone::close));
            closing.shutdown();
            closing.awaitTermination(30, TimeUnit.SECONDS);
            watches.forEach(PushWatchers.Watch::close);
            watchers.close();
            clients.forEach(HttpClient::shutdownNow);
            callbacks.shutdownNow();
        }
    }

    /**
     * A guest: the code's page, a name and "Join"; the answer to "Join" draws the room's board in the same page
     * (docs/adr/0190).
     */
    private static String joinAsGuest(VaadinClient phone, String code, int person) throws IOException,
            InterruptedException {
        phone.open("j/" + code);
        int name = phone.findNode("vaadin-text-field", "join-guest-name");
        int go = phone.findNode("vaadin-button", "join-guest-go");
        if (name < 0 || go < 0) {
            throw new IllegalStateException("no guest form on the code's page");
        }
        List<tools.jackson.databind.node.ObjectNode> rpc = new ArrayList<>(VaadinClient.typeInto(name,
                "Guest " + person));
        rpc.add(VaadinClient.click(go));
        String answer = phone.rpc(rpc).body();
        if (!answer.contains(BOARD_FRAME)) {
            throw new IllegalStateException("joining as a guest drew no board: "
                    + answer.substring(0, Math.min(300, answer.length())));
        }
        return answer;
    }

    /**
     * A member: the code's page, its sign-in form (docs/adr/0190), which sends the browser back to
     * {@code j/<code>/member}, and that page, which opens the room's board.
     */
    private static String joinAsMember(VaadinClient phone, String code, String email, String password)
            throws IOException, InterruptedException {
        phone.open("j/" + code);
        if (phone.findNode("vaadin-login-form", "join-sign-in-form") < 0) {
            throw new IllegalStateException("no sign-in form on the code's page");
        }
        String back = "j/" + code + "/member";
        String location = phone.signInOnThisPage(email, password);
        if (!location.contains(back)) {
            throw new IllegalStateException("signing in led to " + location + ", not back to the code");
        }
        return phone.open(back).body();
    }
}
