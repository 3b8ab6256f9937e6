package org.samskab.board;

import org.jspecify.annotations.Nullable;
import org.samskab.base.ItemNotFoundException;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkAccess;
import org.samskab.network.NetworkRole;
import org.springframework.stereotype.Component;

/**
 * Who may be on a gathering's boards (docs/adr/0187): the members of its network, with their role there, and the
 * gathering's guests while it lets them in, as participants. Everyone else, a guest of another gathering too,
 * finds the board missing. The board engine asks this wherever it asked for a network role before.
 */
@Component
class Attendance {

    private final NetworkAccess access;
    private final MemberService members;

    Attendance(NetworkAccess access, MemberService members) {
        this.access = access;
        this.members = members;
    }

    /**
     * The signed-in person's role on a board of the network and (when not null) the gathering: a member's role, or
     * a participant's for the gathering's guest; "not found" for anyone else.
     */
    NetworkRole roleOn(long networkId, @Nullable Long gatheringId) {
        var role = access.findRoleIn(networkId);
        if (role.isPresent()) {
            return role.get();
        }
        if (gatheringId != null && members.isGuestIn(access.currentMemberId(), gatheringId)) {
            return NetworkRole.PARTICIPANT;
        }
        throw new ItemNotFoundException();
    }
}
