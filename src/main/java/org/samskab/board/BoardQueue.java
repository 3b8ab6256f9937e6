package org.samskab.board;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.samskab.base.TooBusyException;

/**
 * Changes to one board wait their turn here, in arrival order, before they take a database connection, and the
 * changes that waited together run together: the thread whose turn it is takes every change waiting for the board
 * (up to {@link #MOST_TOGETHER}) and hands them to the {@link Runner}, which runs them in one transaction under one
 * row lock and one commit (docs/adr/0162, docs/adr/0181). The board's row lock still serialises changes across
 * servers; this queue keeps the waiting out of the connection pool and pays a transaction's fixed costs once per
 * turn instead of once per change.
 * <p>
 * Waiting threads sleep until their change is done; none of them needs the turn just to learn that. When a turn
 * ends, the thread of the next waiting change takes the following one, so no thread works for others for long.
 * Striped: boards share a lane only when their ids fall on the same stripe, which at worst makes two busy boards
 * take turns. A change that waited {@link #LONGEST_WAIT} for its turn is refused ({@code board.busy}, ADR 0209): past
 * the server's capacity, a member is told within seconds rather than left waiting into a time-out.
 */
final class BoardQueue {

    /** The most changes one turn runs together: a turn holds the board's row lock for all of them. */
    static final int MOST_TOGETHER = 32;
    private static final int STRIPES = 1024;
    /** The longest a change waits for its turn before it is refused. */
    static final java.time.Duration LONGEST_WAIT = java.time.Duration.ofSeconds(5);
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BoardQueue.class);

    /** Runs the changes of one turn and settles each ({@link Waiting#succeed} or {@link Waiting#fail}). */
    interface Runner {
        void runTogether(List<Waiting<?>> turn);
    }

    private final Lane[] lanes = new Lane[STRIPES];
    private final Runner runner;
    private final long longestWaitNanos;

    BoardQueue(Runner runner) {
        this(runner, LONGEST_WAIT.toNanos());
    }

    BoardQueue(Runner runner, long longestWaitNanos) {
        this.runner = runner;
        this.longestWaitNanos = longestWaitNanos;
        for (int i = 0; i < STRIPES; i++) {
            lanes[i] = new Lane();
        }
    }

    private static final class Lane {
        final ConcurrentLinkedQueue<Waiting<?>> waiting = new ConcurrentLinkedQueue<>();
        /** Whether some thread holds the turn or has been handed it. */
        final AtomicBoolean busy = new AtomicBoolean();
    }

    private enum State {
        WAITING, LEADING, RUNNING, DONE, GAVE_UP
    }

    /** One change waiting for its board's turn, and then its outcome. */
    static final class Waiting<T> {

        private final Supplier<T> change;
        private State state = State.WAITING;
        private @Nullable T result;
        private @Nullable RuntimeException failure;

        private Waiting(Supplier<T> change) {
            this.change = change;
        }

        /** What was handed to {@link #inTurn}: the runner may read what it says about the change. */
        Supplier<T> change() {
            return change;
        }

        /** Runs the change (on whichever thread holds the turn); the runner settles it afterwards. */
        T attempt() {
            return change.get();
        }

        synchronized void succeed(@Nullable Object value) {
            @SuppressWarnings("unchecked")
            T typed = (T) value;
            result = typed;
            settle();
        }

        synchronized void fail(RuntimeException e) {
            failure = e;
            settle();
        }

        private synchronized void failIfUnsettled() {
            if (state == State.RUNNING) {
                fail(new IllegalStateException("The turn ended before this change was settled"));
            }
        }

        private void settle() {
            state = State.DONE;
            notifyAll();
        }

        /** Moves from one state to another if it is still in the first: the owner and the turn race for it. */
        private synchronized boolean move(State from, State to) {
            if (state != from) {
                return false;
            }
            state = to;
            notifyAll();
            return true;
        }

        /** Sleeps until this change is led, run or done, or the deadline passes; answers the state then. */
        private synchronized State await(long deadline) throws InterruptedException {
            while (state == State.WAITING || state == State.RUNNING) {
                long left = deadline - System.nanoTime();
                if (state == State.WAITING && left <= 0) {
                    return state;
                }
                // Once running, it is waited for however long it takes: it is in a transaction that will end.
                TimeUnit.NANOSECONDS.timedWait(this, state == State.RUNNING ? TimeUnit.SECONDS.toNanos(1) : left);
            }
            return state;
        }

        private synchronized T outcome() {
            if (failure != null) {
                throw failure;
            }
            // Every change answers something (no step returns null); settled means it did.
            return java.util.Objects.requireNonNull(result);
        }
    }

    /** Runs {@code change} in the board's turn, possibly together with others that waited for the same board. */
    <T> T inTurn(long boardId, Supplier<T> change) {
        Lane lane = lanes[Math.floorMod(Long.hashCode(boardId) * 0x9E3779B9, STRIPES)];
        Waiting<T> mine = new Waiting<>(change);
        lane.waiting.add(mine);
        if (lane.busy.compareAndSet(false, true) && !mine.move(State.WAITING, State.LEADING)) {
            handOn(lane); // a turn that just ended already ran this change: the lane is this thread's to pass on
        }
        long deadline = System.nanoTime() + longestWaitNanos;
        boolean interrupted = false;
        try {
            while (true) {
                State state;
                try {
                    state = mine.await(deadline);
                } catch (InterruptedException e) {
                    interrupted = true;
                    continue;
                }
                switch (state) {
                    case DONE -> {
                        return mine.outcome();
                    }
                    case LEADING -> lead(lane, mine);
                    case WAITING -> {
                        if (mine.move(State.WAITING, State.GAVE_UP)) {
                            lane.waiting.remove(mine);
                            throw refused(boardId);
                        }
                    }
                    default -> throw new IllegalStateException("Unexpected " + state);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A change that waited its longest: refused, and logged so that the overload log counts it (one line per kind
     * and window, docs/adr/0209) rather than left out of the record.
     */
    private TooBusyException refused(long boardId) {
        TooBusyException refusal = new TooBusyException("board.busy");
        log.warn("A change to board {} waited {} ms for its turn and was refused", boardId,
                TimeUnit.NANOSECONDS.toMillis(longestWaitNanos), refusal);
        return refusal;
    }

    /** Runs one turn's changes, from the oldest, then hands the turn on. */
    private void lead(Lane lane, Waiting<?> mine) {
        try {
            List<Waiting<?>> together = new ArrayList<>();
            for (Waiting<?> next; together.size() < MOST_TOGETHER && (next = lane.waiting.poll()) != null;) {
                // Its owner may have given up waiting (it is then refused) or be handed the next turn.
                if (next == mine || next.move(State.WAITING, State.RUNNING)) {
                    together.add(next);
                }
            }
            if (!together.isEmpty()) {
                mine.move(State.LEADING, State.RUNNING);
                try {
                    runner.runTogether(together);
                } finally {
                    // A runner that broke off must not leave anyone waiting for a change nobody runs.
                    together.forEach(Waiting::failIfUnsettled);
                }
            }
        } finally {
            // Not run this turn (more were waiting than one turn takes): wait again.
            mine.move(State.LEADING, State.WAITING);
            mine.move(State.RUNNING, State.WAITING);
            handOn(lane);
        }
    }

    /** Gives the turn to the oldest waiting change's thread, or frees the lane when nothing waits. */
    private static void handOn(Lane lane) {
        while (true) {
            Waiting<?> next = lane.waiting.peek();
            if (next != null) {
                if (next.move(State.WAITING, State.LEADING)) {
                    return;
                }
                lane.waiting.remove(next); // its owner gave up waiting: the change was refused
                continue;
            }
            lane.busy.set(false);
            // A change that arrived just now found the lane busy: if nobody else took the turn, give it one.
            if (lane.waiting.isEmpty() || !lane.busy.compareAndSet(false, true)) {
                return;
            }
        }
    }
}
