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
import org.samskab.member.Member;

/** A member's place in one network: role and, optionally, the organisation they come from. */
@Entity
class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NetworkRole role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private @Nullable Organisation organisation;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Version
    private long version;

    protected Membership() {
    }

    Membership(Network network, Member member, NetworkRole role, @Nullable Organisation organisation,
            Instant joinedAt) {
        this.network = network;
        this.member = member;
        this.role = role;
        this.organisation = organisation;
        this.joinedAt = joinedAt;
    }

    Long getId() {
        return id;
    }

    Network getNetwork() {
        return network;
    }

    Member getMember() {
        return member;
    }

    NetworkRole getRole() {
        return role;
    }

    void setRole(NetworkRole role) {
        this.role = role;
    }

    @Nullable
    Organisation getOrganisation() {
        return organisation;
    }

    void setOrganisation(@Nullable Organisation organisation) {
        this.organisation = organisation;
    }
}
