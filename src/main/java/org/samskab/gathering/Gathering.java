package org.samskab.gathering;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A gathering of one network. Its facilitators are member ids; the network decides who may facilitate. */
@Entity
class Gathering {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "network_id", nullable = false)
    private long networkId;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GatheringKind kind;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    private @Nullable String place;

    @Column(name = "online_link")
    private @Nullable String onlineLink;

    private @Nullable String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GatheringStatus status = GatheringStatus.PLANNED;

    /** When a facilitator published it, closed, to the whole network (docs/adr/0191); null until then. */
    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "gathering_facilitator", joinColumns = @JoinColumn(name = "gathering_id"))
    @Column(name = "member_id", nullable = false)
    private Set<Long> facilitatorIds = new HashSet<>();

    @Version
    private long version;

    protected Gathering() {
    }

    @SuppressWarnings("NullAway.Init") // the service describes it (title, kind, times) before saving it
    Gathering(long networkId, long createdBy, Instant createdAt) {
        this.networkId = networkId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Sets everything a facilitator fills in; the service has checked every value. */
    void describe(String title, GatheringKind kind, Instant startsAt, Instant endsAt, @Nullable String place,
            @Nullable String onlineLink, @Nullable String purpose, Set<Long> facilitatorIds) {
        this.title = title;
        this.kind = kind;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.onlineLink = onlineLink;
        this.purpose = purpose;
        this.facilitatorIds.clear();
        this.facilitatorIds.addAll(facilitatorIds);
    }

    Long getId() {
        return id;
    }

    long getNetworkId() {
        return networkId;
    }

    String getTitle() {
        return title;
    }

    GatheringKind getKind() {
        return kind;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    @Nullable
    String getPlace() {
        return place;
    }

    @Nullable
    String getOnlineLink() {
        return onlineLink;
    }

    @Nullable
    String getPurpose() {
        return purpose;
    }

    GatheringStatus getStatus() {
        return status;
    }

    void setStatus(GatheringStatus status) {
        this.status = status;
    }

    @Nullable
    Instant getPublishedAt() {
        return publishedAt;
    }

    void setPublishedAt(@Nullable Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    Set<Long> getFacilitatorIds() {
        return facilitatorIds;
    }
}
