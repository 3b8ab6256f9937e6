package org.samskab.board;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who took part in a gathering (docs/adr/0191): the room records a member or guest the first time they open one
 * of its boards while it is live. A gathering's harvest counts them; the publish gate asks it.
 */
@Component
class RoomAttendees {

    /** A board opened again costs no write: who this server has recorded, forgotten all at once when full. */
    private static final int REMEMBERED = 100_000;

    private record Attendee(long gatheringId, long memberId) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Set<Attendee> recorded = ConcurrentHashMap.newKeySet();

    RoomAttendees(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records that the member took part, in the caller's transaction, unless it is known already. */
    void seen(long gatheringId, long memberId) {
        Attendee attendee = new Attendee(gatheringId, memberId);
        if (recorded.contains(attendee)) {
            return;
        }
        // IGNORE: another tab, or another server, may record the same person at the same moment.
        jdbc.update("INSERT IGNORE INTO room_attendee (gathering_id, member_id, first_seen_at) VALUES (?, ?, ?)",
                gatheringId, memberId, Timestamp.from(clock.instant()));
        if (recorded.size() >= REMEMBERED) {
            recorded.clear();
        }
        recorded.add(attendee);
    }

    /**
     * Whether the member took part: the room recorded them, or they wrote on one of the gathering's boards (a
     * change made before attendance was recorded, or from a board opened without the room).
     */
    boolean tookPart(long gatheringId, long memberId) {
        Boolean found = jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM room_attendee WHERE gathering_id = ? AND member_id = ?)
                    OR EXISTS (SELECT 1 FROM board_change c JOIN board b ON b.id = c.board_id
                               WHERE b.gathering_id = ? AND c.member_id = ?)""", Boolean.class, gatheringId,
                memberId, gatheringId, memberId);
        return Boolean.TRUE.equals(found);
    }

    /** Everyone who took part, as {@link #tookPart} counts them. */
    java.util.Set<Long> all(long gatheringId) {
        return new java.util.HashSet<>(jdbc.queryForList("""
                SELECT member_id FROM room_attendee WHERE gathering_id = ?
                UNION SELECT c.member_id FROM board_change c JOIN board b ON b.id = c.board_id
                      WHERE b.gathering_id = ?""", Long.class, gatheringId, gatheringId));
    }

    /** How many took part. */
    int count(long gatheringId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM room_attendee WHERE gathering_id = ?",
                Integer.class, gatheringId);
        return count == null ? 0 : count;
    }
}
