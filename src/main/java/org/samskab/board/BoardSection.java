package org.samskab.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A column or named cluster of a board. */
@Entity
@Table(name = "board_section")
class BoardSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "board_id", nullable = false)
    private long boardId;

    /** Null on a built-in section whose title is still the default (translated for each reader). */
    private @Nullable String title;

    @Column(nullable = false)
    private double position;

    @Column(name = "removed_at")
    private @Nullable Instant removedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BoardSection() {
    }

    BoardSection(long boardId, @Nullable String title, double position, Instant createdAt) {
        this.boardId = boardId;
        this.title = title;
        this.position = position;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getBoardId() {
        return boardId;
    }

    @Nullable
    String getTitle() {
        return title;
    }

    void setTitle(@Nullable String title) {
        this.title = title;
    }

    double getPosition() {
        return position;
    }

    void setPosition(double position) {
        this.position = position;
    }

    void remove(Instant now) {
        this.removedAt = now;
    }

    boolean isRemoved() {
        return removedAt != null;
    }

    // ---------------------------------------------------------------- built-in stages and steps

    /** Which built-in stage or step this is (see {@link KindDefaults}); null for sections members made. */
    @Column(name = "stage_key")
    private @Nullable String stageKey;

    /** Guiding questions or a step's instruction; null on a built-in section means its default. */
    private @Nullable String guidance;

    /** How long a timed step runs; null when untimed. */
    @Column(name = "duration_seconds")
    private @Nullable Integer durationSeconds;

    BoardSection(long boardId, String stageKey, @Nullable Integer durationSeconds, double position, Instant createdAt) {
        this(boardId, (String) null, position, createdAt);
        this.stageKey = stageKey;
        this.durationSeconds = durationSeconds;
    }

    @Nullable
    String getStageKey() {
        return stageKey;
    }

    @Nullable
    String getGuidance() {
        return guidance;
    }

    void setGuidance(@Nullable String guidance) {
        this.guidance = guidance;
    }

    @Nullable
    Integer getDurationSeconds() {
        return durationSeconds;
    }

    void setDurationSeconds(@Nullable Integer durationSeconds) {
        this.durationSeconds = durationSeconds;
    }
}
