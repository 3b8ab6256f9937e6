package org.samskab.action;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Actions as views show them: plain values, names resolved, the source shown only while it may be. */
public final class ActionViews {

    private ActionViews() {
    }

    /**
     * One action. {@code sourceText} is the note it came from, while the member may read it and the network keeps
     * it; {@code mayConclude} says whether the member may mark how it went (its owner, whoever recorded it, or a
     * facilitator of its network).
     */
    public record ActionView(long id, long networkId, String networkName, @Nullable Long gatheringId,
            @Nullable String gatheringTitle, String text, long ownerId, String ownerName, @Nullable LocalDate dueOn,
            ActionStatus status, @Nullable String outcome, @Nullable String sourceText,
            @Nullable Long followUpBoardId, boolean mayConclude) {

        public boolean open() {
            return status == ActionStatus.OPEN;
        }
    }
}
