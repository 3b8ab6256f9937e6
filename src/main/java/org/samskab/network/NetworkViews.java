package org.samskab.network;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Read models the network services hand to views: plain values, no entities, no lazy loading. */
public final class NetworkViews {

    private NetworkViews() {
    }

    /** A network as one member sees it in their list. */
    public record NetworkSummary(long id, String name, @Nullable String description, @Nullable NetworkRole myRole,
            long memberCount) {
    }

    /** A network as the site administrator sees it. */
    public record NetworkListing(long id, String name, long memberCount, long coordinatorCount) {
    }

    public record OrganisationSummary(long id, String name) {
    }

    public record MemberEntry(long membershipId, long memberId, String displayName, String email, NetworkRole role) {
    }

    /** The members of one organisation; {@code organisationId} is null for members without one. */
    public record OrganisationGroup(@Nullable Long organisationId, @Nullable String organisationName,
            List<MemberEntry> members) {
    }

    /** One of the signed-in member's own memberships, for the profile page. */
    public record MyMembership(long networkId, String networkName, NetworkRole role, @Nullable Long organisationId,
            List<OrganisationSummary> organisations) {
    }

    public record PendingInvitation(long id, String email, NetworkRole role, @Nullable String organisationName,
            Instant expiresAt, boolean expired) {
    }

    /**
     * A freshly issued invitation. The link holds the only copy of the token, so it is shown once (or mailed);
     * renewing issues a new link.
     */
    public record IssuedInvitation(long id, String email, NetworkRole role, String link, boolean mailed,
            Instant expiresAt) {
    }

    /** What the invited person sees before accepting. */
    public record InvitationPreview(String networkName, String email, NetworkRole role, boolean accountExists,
            @Nullable Long presetOrganisationId, List<OrganisationSummary> organisations) {
    }

    /** The result of accepting an invitation: where the member now belongs, and the address to sign in with. */
    public record JoinedNetwork(long networkId, String email) {
    }
}
