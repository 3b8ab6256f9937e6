package org.samskab.gathering;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a facilitator fills in to plan or change a gathering. The service checks every value; {@code place},
 * {@code onlineLink} and {@code purpose} may be empty, and {@code facilitatorIds} are member ids of the network's
 * facilitators and coordinators.
 */
public record GatheringForm(String title, @Nullable GatheringKind kind, @Nullable Instant startsAt,
        @Nullable Instant endsAt,
        @Nullable String place, @Nullable String onlineLink, @Nullable String purpose, Set<Long> facilitatorIds) {

    public GatheringForm {
        facilitatorIds = facilitatorIds == null ? Set.of() : Set.copyOf(facilitatorIds);
    }
}
