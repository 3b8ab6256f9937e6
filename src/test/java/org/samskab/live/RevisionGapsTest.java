package org.samskab.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** How a server follows each board's revisions from its own commits and the other servers' (docs/adr/0207). */
class RevisionGapsTest {

    private final AtomicLong now = new AtomicLong();
    private final RevisionGaps gaps = new RevisionGaps(now::get);

    @Test
    void theFirstRevisionSeenIsWhereTheServerStartsAndRevisionsInOrderLeaveNoHole() {
        assertThat(gaps.seen(7, 40)).isFalse();
        assertThat(gaps.seen(7, 41)).isFalse();
        assertThat(gaps.seen(7, 42)).isFalse();
        assertThat(gaps.gap(7)).isNull();
        assertThat(gaps.followed()).containsEntry(7L, 42L);
    }

    @Test
    void aRevisionAboveAHoleIsAGapUntilTheLateOnesArriveOrTheDatabaseFillsIt() {
        gaps.seen(7, 10);
        assertThat(gaps.seen(7, 13)).as("11 and 12 are missing").isTrue();
        assertThat(gaps.gap(7)).isEqualTo(new RevisionGaps.Gap(7, 10, 13));
        assertThat(gaps.seen(7, 11)).isTrue();
        assertThat(gaps.gap(7)).isEqualTo(new RevisionGaps.Gap(7, 11, 13));
        assertThat(gaps.seen(7, 12)).as("the late message arrived").isFalse();
        assertThat(gaps.gap(7)).isNull();
        assertThat(gaps.followed()).containsEntry(7L, 13L);

        gaps.seen(7, 16);
        gaps.filled(7, 16);
        assertThat(gaps.gap(7)).isNull();
        assertThat(gaps.seen(7, 15)).as("an old revision arriving late changes nothing").isFalse();
        assertThat(gaps.followed()).containsEntry(7L, 16L);
    }

    @Test
    void boardsAreFollowedEachOnTheirOwn() {
        gaps.seen(1, 5);
        gaps.seen(2, 100);
        assertThat(gaps.seen(1, 7)).isTrue();
        assertThat(gaps.gap(2)).isNull();
        assertThat(gaps.gap(1)).isEqualTo(new RevisionGaps.Gap(1, 5, 7));
    }
}
