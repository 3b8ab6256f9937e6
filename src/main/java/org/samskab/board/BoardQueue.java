package org.samskab.board;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Changes to one board wait their turn here, in arrival order, before they take a database connection. The
 * board's row lock still serialises them (across servers too); this queue only keeps the waiting out of the
 * connection pool, so a burst of notes on one board does not hold every connection while it waits for the row
 * lock, and members opening boards or signing in are not starved of connections (docs/adr/0162).
 * <p>
 * Striped: boards share a lock only when their ids fall on the same stripe, which at worst makes two busy boards
 * take turns. A change that waited too long goes ahead without its turn: the row lock keeps it correct.
 */
final class BoardQueue {

    private static final int STRIPES = 1024;
    private static final long LONGEST_WAIT_SECONDS = 30;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    BoardQueue() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    <T> T inTurn(long boardId, Supplier<T> change) {
        ReentrantLock lock = stripes[Math.floorMod(Long.hashCode(boardId) * 0x9E3779B9, STRIPES)];
        boolean turn = false;
        try {
            turn = lock.tryLock(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            return change.get();
        } finally {
            if (turn) {
                lock.unlock();
            }
        }
    }
}
