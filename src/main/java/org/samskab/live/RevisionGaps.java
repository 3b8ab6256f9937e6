package org.samskab.live;

import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Which of each board's revisions this server has taken in, from its own commits and from the other servers
 * (docs/adr/0207): every revision up to {@code contiguous}, and those seen beyond it. A revision seen beyond a
 * hole is a gap: the changes in the hole were committed on another server and their messages are late or lost.
 * The first revision a server sees of a board is where it starts: a screen that opens a board reads it from the
 * database, so nothing before that is owed to anyone.
 */
final class RevisionGaps {

    /** A hole in one board's revisions: {@code after} is taken in, everything up to {@code upTo} is to be read. */
    record Gap(long boardId, long after, long upTo) {
    }

    private static final class Track {
        long contiguous;
        final TreeSet<Long> ahead = new TreeSet<>();
        long lastSeenNanos;

        Track(long contiguous) {
            this.contiguous = contiguous;
        }
    }

    /** Boards not heard of for this long are forgotten: a screen that opens one again reads the database. */
    private static final long FORGET_AFTER_NANOS = java.time.Duration.ofMinutes(30).toNanos();
    private static final int FORGET_CHECK_EVERY = 1000;

    private final Map<Long, Track> tracks = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private final java.util.concurrent.atomic.AtomicInteger seenSinceForgetting =
            new java.util.concurrent.atomic.AtomicInteger();

    RevisionGaps(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** A revision was taken in; answers whether the board now has a hole below its newest revision. */
    boolean seen(long boardId, long revision) {
        forgetIdleNow();
        Track track = tracks.computeIfAbsent(boardId, id -> new Track(revision - 1));
        synchronized (track) {
            track.lastSeenNanos = nanoTime.getAsLong();
            if (revision > track.contiguous) {
                track.ahead.add(revision);
                while (!track.ahead.isEmpty() && track.ahead.first() == track.contiguous + 1) {
                    track.contiguous = track.ahead.pollFirst();
                }
            }
            return !track.ahead.isEmpty();
        }
    }

    /** The board's hole, if it still has one; null when the late messages have arrived meanwhile. */
    @org.jspecify.annotations.Nullable
    Gap gap(long boardId) {
        Track track = tracks.get(boardId);
        if (track == null) {
            return null;
        }
        synchronized (track) {
            return track.ahead.isEmpty() ? null : new Gap(boardId, track.contiguous, track.ahead.last());
        }
    }

    /** The hole was read from the database: every revision up to {@code upTo} is taken in. */
    void filled(long boardId, long upTo) {
        Track track = tracks.get(boardId);
        if (track == null) {
            return;
        }
        synchronized (track) {
            if (upTo > track.contiguous) {
                track.contiguous = upTo;
            }
            track.ahead.headSet(track.contiguous, true).clear();
            while (!track.ahead.isEmpty() && track.ahead.first() == track.contiguous + 1) {
                track.contiguous = track.ahead.pollFirst();
            }
        }
    }

    /** The boards this server follows, and the revision each has taken in without a hole. */
    Map<Long, Long> followed() {
        Map<Long, Long> followed = new java.util.HashMap<>();
        tracks.forEach((boardId, track) -> {
            synchronized (track) {
                followed.put(boardId, track.contiguous);
            }
        });
        return followed;
    }

    private void forgetIdleNow() {
        if (seenSinceForgetting.incrementAndGet() % FORGET_CHECK_EVERY != 0) {
            return;
        }
        long now = nanoTime.getAsLong();
        tracks.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return now - entry.getValue().lastSeenNanos > FORGET_AFTER_NANOS;
            }
        });
    }
}
