package org.samskab.gathering;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Read models the gathering service hands to views: plain values, no entities, no lazy loading. */
public final class GatheringViews {

    private GatheringViews() {
    }

    /**
     * A gathering in a network's list; {@code publishedAt} is when a facilitator published it, closed, to the whole
     * network (null until then).
     */
    public record GatheringSummary(long id, long networkId, String title, GatheringKind kind, Instant startsAt,
            Instant endsAt, @Nullable String place, @Nullable String onlineLink, GatheringStatus status,
            @Nullable Instant publishedAt) {

        /** Closed and not yet published: only those who took part and the facilitators see its boards. */
        public boolean withheld() {
            return status == GatheringStatus.CLOSED && publishedAt == null;
        }
    }

    /**
     * A network's gatherings by status as well as date: live ones ({@code now}, whatever their planned time),
     * planned ones not yet over (soonest first), and those closed or over (most recent first).
     */
    public record GatheringList(List<GatheringSummary> now, List<GatheringSummary> upcoming,
            List<GatheringSummary> past) {

        public boolean isEmpty() {
            return now.isEmpty() && upcoming.isEmpty() && past.isEmpty();
        }
    }

    public record Facilitator(long memberId, String displayName) {
    }

    /**
     * One gathering as a member of its network sees it; {@code canFacilitate} says whether they may run it, and
     * {@code publishedAt} when it was published to the whole network.
     */
    public record GatheringDetail(long id, long networkId, String networkName, String title, GatheringKind kind,
            Instant startsAt, Instant endsAt, @Nullable String place, @Nullable String onlineLink,
            @Nullable String purpose,
            GatheringStatus status, List<Facilitator> facilitators, boolean canFacilitate,
            @Nullable Instant publishedAt) {

        /** Closed and not yet published: only those who took part and the facilitators see its boards. */
        public boolean withheld() {
            return status == GatheringStatus.CLOSED && publishedAt == null;
        }

        /** The gathering as a form, to change it. */
        public GatheringForm form() {
            Set<Long> ids = facilitators.stream().map(Facilitator::memberId).collect(Collectors.toSet());
            return new GatheringForm(title, kind, startsAt, endsAt, place, onlineLink, purpose, ids);
        }
    }
}
