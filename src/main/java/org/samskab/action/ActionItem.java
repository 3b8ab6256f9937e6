package org.samskab.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One action: what, whose, when, where it came from, and how it went. */
@Entity
@Table(name = "action_item")
class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "network_id", nullable = false)
    private long networkId;

    @Column(name = "gathering_id")
    private @Nullable Long gatheringId;

    @Column(name = "source_note_id")
    private @Nullable Long sourceNoteId;

    @Column(nullable = false)
    private String text;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "due_on")
    private @Nullable LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status = ActionStatus.OPEN;

    private @Nullable String outcome;

    /** The reflection wall and section where the network followed it up (docs/adr/0196). */
    @Column(name = "follow_up_board_id")
    private @Nullable Long followUpBoardId;

    @Column(name = "follow_up_section_id")
    private @Nullable Long followUpSectionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ActionItem() {
    }

    ActionItem(long networkId, @Nullable Long gatheringId, @Nullable Long sourceNoteId, String text, long ownerId,
            long createdBy, @Nullable LocalDate dueOn, Instant now) {
        this.networkId = networkId;
        this.gatheringId = gatheringId;
        this.sourceNoteId = sourceNoteId;
        this.text = text;
        this.ownerId = ownerId;
        this.createdBy = createdBy;
        this.dueOn = dueOn;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getNetworkId() {
        return networkId;
    }

    @Nullable
    Long getGatheringId() {
        return gatheringId;
    }

    @Nullable
    Long getSourceNoteId() {
        return sourceNoteId;
    }

    String getText() {
        return text;
    }

    long getOwnerId() {
        return ownerId;
    }

    long getCreatedBy() {
        return createdBy;
    }

    @Nullable
    LocalDate getDueOn() {
        return dueOn;
    }

    ActionStatus getStatus() {
        return status;
    }

    @Nullable
    String getOutcome() {
        return outcome;
    }

    @Nullable
    Long getFollowUpBoardId() {
        return followUpBoardId;
    }

    @Nullable
    Long getFollowUpSectionId() {
        return followUpSectionId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void conclude(ActionStatus status, @Nullable String outcome, Instant now) {
        this.status = status;
        this.outcome = outcome;
        this.updatedAt = now;
    }

    void change(String text, long ownerId, @Nullable LocalDate dueOn, Instant now) {
        this.text = text;
        this.ownerId = ownerId;
        this.dueOn = dueOn;
        this.updatedAt = now;
    }

    void followedUpOn(long boardId, long sectionId, Instant now) {
        this.followUpBoardId = boardId;
        this.followUpSectionId = sectionId;
        this.updatedAt = now;
    }

    /** The owner left: someone else of the network takes it over, or it is dropped. */
    void handOver(long newOwnerId, Instant now) {
        this.ownerId = newOwnerId;
        this.updatedAt = now;
    }
}
