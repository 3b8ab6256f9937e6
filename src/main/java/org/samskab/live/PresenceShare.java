package org.samskab.live;

import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * How a board's presence reaches the other servers (docs/adr/0207). One server alone shares nothing; in a cluster
 * {@link ClusterPresence} puts this server's screens where the others read them.
 */
interface PresenceShare {

    PresenceShare ALONE = new PresenceShare() {
    };

    /** A screen on this server came to a board ({@code entry}) or left it (null). */
    default void local(long boardId, String key, PresenceRoom.@Nullable PresentEntry entry) {
    }

    /** Every screen of this server left the board. */
    default void localCleared(long boardId) {
    }

    /** The board's first screen on this server: the other servers' screens on it, as they are now. */
    default void others(long boardId, BiConsumer<String, PresenceRoom.PresentEntry> into) {
    }
}
