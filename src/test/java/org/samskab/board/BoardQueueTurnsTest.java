package org.samskab.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The board queue's turns, without a database: every change runs exactly once and answers its own caller, turns on
 * one board never overlap, changes that waited together run in one turn, a failure reaches only its own caller, and
 * a change that waited too long goes ahead alone.
 */
class BoardQueueTurnsTest {

    /** Runs a turn's changes one by one, as the pipeline does inside one transaction, and notes what it saw. */
    private static final class RecordingRunner implements BoardQueue.Runner {
        final List<Integer> turnSizes = new CopyOnWriteArrayList<>();
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger mostInside = new AtomicInteger();
        volatile long pauseMillis;

        @Override
        public void runTogether(List<BoardQueue.Waiting<?>> turn) {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                turnSizes.add(turn.size());
                sleep(pauseMillis);
                for (BoardQueue.Waiting<?> change : turn) {
                    try {
                        change.succeed(change.attempt());
                    } catch (RuntimeException e) {
                        change.fail(e);
                    }
                }
            } finally {
                inside.decrementAndGet();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void everyChangeRunsOnceAnswersItsCallerAndChangesThatWaitedRunTogether() throws Exception {
        RecordingRunner runner = new RecordingRunner();
        runner.pauseMillis = 2;
        BoardQueue queue = new BoardQueue(runner);
        Map<Integer, AtomicInteger> runs = new ConcurrentHashMap<>();
        int callers = 40;
        int each = 25;
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> answers = new ArrayList<>();
        try {
            for (int c = 0; c < callers; c++) {
                int caller = c;
                answers.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        int id = caller * 1000 + i;
                        int answer = queue.inTurn(7, () -> {
                            runs.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                            return id;
                        });
                        if (answer != id) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            start.countDown();
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(runs).hasSize(callers * each);
        assertThat(runs.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(runner.mostInside.get()).as("turns on one board never overlap").isEqualTo(1);
        assertThat(runner.turnSizes.stream().mapToInt(Integer::intValue).max().orElseThrow())
                .as("changes that waited together ran together").isGreaterThan(1)
                .isLessThanOrEqualTo(BoardQueue.MOST_TOGETHER);
        assertThat(runner.turnSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(callers * each);
    }

    @Test
    void aFailedChangeFailsOnlyItsOwnCaller() throws Exception {
        RecordingRunner runner = new RecordingRunner();
        runner.pauseMillis = 20;
        BoardQueue queue = new BoardQueue(runner);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            // The first change holds the turn a moment, so the others wait and run together in the next one.
            Future<String> first = threads.submit(() -> queue.inTurn(3, () -> "first"));
            Thread.sleep(5);
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String name = "change " + i;
                others.add(threads.submit(() -> queue.inTurn(3, () -> {
                    if (name.equals("change 2")) {
                        throw new IllegalArgumentException("refused: " + name);
                    }
                    return name;
                })));
            }
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            for (int i = 0; i < 6; i++) {
                Future<String> answer = others.get(i);
                if (i == 2) {
                    assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS))
                            .hasCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("change 2");
                } else {
                    assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("change " + i);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aChangeThatWaitedTooLongIsRefusedAndTheTurnGoesOn() throws Exception {
        RecordingRunner runner = new RecordingRunner();
        BoardQueue queue = new BoardQueue(runner, TimeUnit.MILLISECONDS.toNanos(100));
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> slow = threads.submit(() -> queue.inTurn(5, () -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "slow";
            }));
            Thread.sleep(20);
            AtomicBoolean ran = new AtomicBoolean();
            Future<String> impatient = threads.submit(() -> queue.inTurn(5, () -> {
                ran.set(true);
                return "impatient";
            }));
            assertThatThrownBy(() -> impatient.get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(org.samskab.base.TooBusyException.class)
                    .satisfies(e -> assertThat(((org.samskab.base.UserFacingException) e.getCause()).messageKey())
                            .isEqualTo("board.busy"));
            assertThat(ran).as("the refused change was not run").isFalse();
            assertThat(slow.isDone()).as("the turn it gave up on is still running").isFalse();
            release.countDown();
            assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo("slow");
            // The lane is free again: a later change gets its turn at once.
            assertThat(queue.inTurn(5, () -> "later")).isEqualTo("later");
        } finally {
            threads.shutdownNow();
        }
    }
}
