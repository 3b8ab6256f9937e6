package org.samskab.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PresenceRoomTest {

    @Test
    void screensThatComeTogetherAreAnnouncedOnceWithEveryMemberCountedOnce() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            PresenceRoom room = new PresenceRoom(scheduler);
            List<PresenceSummary> heard = new CopyOnWriteArrayList<>();
            room.listen(heard::add);

            room.changed("screen-1", new PresenceRoom.PresentEntry(1, "Aase"));
            room.changed("screen-2", new PresenceRoom.PresentEntry(2, "Bo"));
            room.changed("screen-3", new PresenceRoom.PresentEntry(1, "Aase")); // a second tab

            // The same single thread runs the announcement first, then this.
            scheduler.schedule(() -> {}, PresenceRoom.ANNOUNCE_EVERY_MS + 100, TimeUnit.MILLISECONDS).get();
            assertThat(heard).hasSize(1);
            assertThat(heard.getFirst().count()).isEqualTo(2);
            assertThat(heard.getFirst().names()).containsExactly("Aase", "Bo");
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void aScreenLeavingWhileTheServerStopsIsNotAnError() {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        PresenceRoom room = new PresenceRoom(scheduler);
        scheduler.shutdownNow();

        assertThatNoException().isThrownBy(() -> room.changed("screen-1", null));
        assertThatNoException().isThrownBy(room::cleared);
        assertThat(room.summary().count()).isZero();
    }

    @Test
    void aFullerRoomIsToldLessOften() {
        assertThat(PresenceRoom.pause(0)).isEqualTo(PresenceRoom.ANNOUNCE_EVERY_MS);
        assertThat(PresenceRoom.pause(100)).isEqualTo(PresenceRoom.ANNOUNCE_EVERY_MS);
        assertThat(PresenceRoom.pause(500)).isEqualTo(2000);
    }
}
