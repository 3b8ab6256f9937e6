package org.samskab.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A municipality, county or other body whose people take part in a network. */
@Entity
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    Organisation(Network network, String name, Instant createdAt) {
        this.network = network;
        this.name = name;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Network getNetwork() {
        return network;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }
}
