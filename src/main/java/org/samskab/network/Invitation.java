package org.samskab.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An invitation to join a network with a role. It works once, until it expires or is revoked. */
@Entity
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    @Column(nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NetworkRole role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private @Nullable Organisation organisation;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "invited_by")
    private @Nullable Long invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;

    @Column(name = "accepted_by")
    private @Nullable Long acceptedBy;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Version
    private long version;

    protected Invitation() {
    }

    Invitation(Network network, String email, NetworkRole role, @Nullable Organisation organisation,
            String tokenHash, @Nullable Long invitedBy, Instant createdAt, Instant expiresAt) {
        this.network = network;
        this.email = email;
        this.role = role;
        this.organisation = organisation;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isPending(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    void accept(long memberId, Instant now) {
        this.acceptedAt = now;
        this.acceptedBy = memberId;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    Long getId() {
        return id;
    }

    Network getNetwork() {
        return network;
    }

    String getEmail() {
        return email;
    }

    NetworkRole getRole() {
        return role;
    }

    @Nullable
    Organisation getOrganisation() {
        return organisation;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    @Nullable
    Instant getAcceptedAt() {
        return acceptedAt;
    }

    @Nullable
    Instant getRevokedAt() {
        return revokedAt;
    }
}
