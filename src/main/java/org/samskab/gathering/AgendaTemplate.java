package org.samskab.gathering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An agenda a network saved to reuse: its name, description and the boards to create, as the board engine's
 * blueprints in JSON. Deleting only marks it removed, so a mistaken delete can be undone in the database.
 */
@Entity
@Table(name = "agenda_template")
class AgendaTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "network_id", nullable = false)
    private long networkId;

    @Column(nullable = false)
    private String name;

    private @Nullable String description;

    /** The boards' blueprints, a JSON array. */
    @Column(nullable = false)
    private String boards;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "removed_at")
    private @Nullable Instant removedAt;

    protected AgendaTemplate() {
    }

    AgendaTemplate(long networkId, String name, @Nullable String description, String boards, long createdBy,
            Instant createdAt) {
        this.networkId = networkId;
        this.name = name;
        this.description = description;
        this.boards = boards;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getNetworkId() {
        return networkId;
    }

    String getName() {
        return name;
    }

    @Nullable
    String getDescription() {
        return description;
    }

    String getBoards() {
        return boards;
    }

    void remove(Instant now) {
        this.removedAt = now;
    }
}
