package org.samskab.network;

import java.util.Arrays;
import java.util.function.Supplier;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.PermissionDeniedException;
import org.samskab.security.CurrentMember;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether the signed-in member may act in a network. Not a member: "not found",
 * so a guessed id reveals nothing. A member without the role: "permission denied".
 */
@Component
public class NetworkAccess {

    private final CurrentMember currentMember;
    private final MembershipRepository memberships;

    NetworkAccess(CurrentMember currentMember, MembershipRepository memberships) {
        this.currentMember = currentMember;
        this.memberships = memberships;
    }

    Membership requireMember(long networkId) {
        return memberships.findByNetworkIdAndMemberId(networkId, currentMember.id())
                .orElseThrow(ItemNotFoundException::new);
    }

    Membership requireRole(long networkId, NetworkRole... roles) {
        Membership membership = requireMember(networkId);
        if (Arrays.stream(roles).noneMatch(role -> role == membership.getRole())) {
            throw new PermissionDeniedException();
        }
        return membership;
    }

    /** The signed-in member's role in the network, if they are in it (a guest is in none). */
    public java.util.Optional<NetworkRole> findRoleIn(long networkId) {
        return memberships.findRole(networkId, currentMember.id());
    }

    /** The signed-in member's role in the network; "not found" when they are not in it. */
    public NetworkRole roleIn(long networkId) {
        return memberships.findRole(networkId, currentMember.id()).orElseThrow(ItemNotFoundException::new);
    }

    /**
     * The roles of several members in a network, read at once: for a board's turn, which runs several members'
     * changes and asks each one's role (docs/adr/0181). Members not in the network are not in the answer.
     */
    public java.util.Map<Long, NetworkRole> rolesIn(long networkId, java.util.Collection<Long> memberIds) {
        java.util.Map<Long, NetworkRole> roles = new java.util.HashMap<>();
        for (Object[] row : memberships.findRoles(networkId, memberIds)) {
            roles.put((Long) row[0], (NetworkRole) row[1]);
        }
        return roles;
    }

    /** A member's place in a network: role and organisation (null: none given). */
    public record Place(NetworkRole role, @org.jspecify.annotations.Nullable Long organisationId) {
    }

    /**
     * The places of several members in a network, read at once (splitting a room into groups, mixing
     * organisations). Members not in the network are not in the answer. The caller has checked the signed-in
     * member's own role.
     */
    public java.util.Map<Long, Place> placesIn(long networkId, java.util.Collection<Long> memberIds) {
        java.util.Map<Long, Place> places = new java.util.HashMap<>();
        if (memberIds.isEmpty()) {
            return places;
        }
        for (Object[] row : memberships.findPlaces(networkId, memberIds)) {
            places.put((Long) row[0], new Place((NetworkRole) row[1], (Long) row[2]));
        }
        return places;
    }

    /** Refuses unless the signed-in member holds one of the roles in the network. */
    public NetworkRole requireRoleIn(long networkId, NetworkRole... roles) {
        return requireRole(networkId, roles).getRole();
    }

    /** Whether a member is signed in (not a visitor, nor a guest of a gathering). */
    public boolean isSignedIn() {
        return currentMember.find().filter(member -> !member.guest()).isPresent();
    }

    /** Whether a guest of a gathering is signed in (whose gathering may have ended since). */
    public boolean isGuestSignedIn() {
        return currentMember.find().filter(org.samskab.security.SignedInMember::guest).isPresent();
    }

    /** Whether someone is signed in and belongs to the network (false for a visitor who is not signed in). */
    public boolean isCurrentMemberIn(long networkId) {
        return currentMember.find().map(member -> isInNetwork(networkId, member.memberId())).orElse(false);
    }

    /** Whether a member (not necessarily the signed-in one) belongs to the network. */
    public boolean isInNetwork(long networkId, long memberId) {
        return memberships.findByNetworkIdAndMemberId(networkId, memberId).isPresent();
    }

    /**
     * Wraps a task so that it runs as the signed-in member on whichever thread runs it: a board's turn runs the
     * changes of several members (docs/adr/0181).
     */
    public <T> Supplier<T> onBehalfOfCurrentMember(Supplier<T> task) {
        return currentMember.onBehalf(task);
    }

    /** The signed-in member's id. */
    public long currentMemberId() {
        return currentMember.id();
    }

    void requireSiteAdmin() {
        if (!currentMember.isSiteAdmin()) {
            throw new PermissionDeniedException();
        }
    }

    long memberId() {
        return currentMember.id();
    }
}
