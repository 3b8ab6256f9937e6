package org.samskab.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A column or named cluster of a board. */
@Entity
@Table(name = "board_section")
class BoardSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "board_id", nullable = false)
    private long boardId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private double position;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BoardSection() {
    }

    BoardSection(long boardId, String title, double position, Instant createdAt) {
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

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
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
}
