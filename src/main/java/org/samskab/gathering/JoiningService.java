package org.samskab.gathering;

import org.jspecify.annotations.Nullable;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.Language;
import org.samskab.board.BoardViews.GuestAdmission;
import org.samskab.board.BoardViews.JoinTarget;
import org.samskab.board.RoomService;
import org.samskab.network.NetworkAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining a live gathering by its code or its QR code (issue 15, docs/adr/0186). The code is the room's (board
 * engine); this says what it leads to for whoever holds it: a member of the network goes to the board the room is
 * on, anyone else learns only the gathering's title and is asked to sign in, or to join as a guest where the
 * facilitators let guests in (docs/adr/0187).
 */
@Service
public class JoiningService {

    /**
     * Where a code leads: the gathering, its title, whether the visitor is signed in, whether it is already in (a
     * member of the network, or a guest of this gathering), and then the board the room is on ({@code boardId}
     * null: the gathering's page, nobody has been brought anywhere yet); and whether guests may join.
     */
    public record Arrival(long gatheringId, String gatheringTitle, boolean signedIn, boolean member,
            @Nullable Long boardId, boolean guestsAllowed) {
    }

    private final RoomService rooms;
    private final GatheringRepository gatherings;
    private final NetworkAccess access;

    JoiningService(RoomService rooms, GatheringRepository gatherings, NetworkAccess access) {
        this.rooms = rooms;
        this.gatherings = gatherings;
        this.access = access;
    }

    /**
     * Where {@code code} leads, typed by someone at {@code address}. An unknown, renewed or closed code answers as
     * missing; too many wrong codes from one address, or joining closed, give a message that says so.
     */
    @Transactional(readOnly = true)
    public Arrival arrive(@Nullable String code, String address) {
        JoinTarget target = rooms.joinTarget(code, address);
        Gathering gathering = gathering(target);
        boolean member = access.isCurrentMemberIn(target.networkId());
        boolean guestHere = access.isGuestSignedIn() && rooms.mayStay(target.gatheringId());
        Long board = member ? target.currentBoardId() : guestHere ? target.guestLanding() : null;
        return new Arrival(gathering.getId(), gathering.getTitle(), access.isSignedIn(), member || guestHere, board,
                target.guestsAllowed());
    }

    /**
     * Lets someone in as a guest of the gathering whose code it typed, under the name it gave (docs/adr/0187): the
     * caller signs the new guest in and takes it to the board the admission names.
     */
    @Transactional
    public GuestAdmission joinAsGuest(@Nullable String code, @Nullable String displayName, Language language,
            String address) {
        return rooms.admitGuest(code, displayName, language, address);
    }

    private Gathering gathering(JoinTarget target) {
        return gatherings.findById(target.gatheringId()).filter(g -> g.getNetworkId() == target.networkId())
                .orElseThrow(ItemNotFoundException::new);
    }
}
