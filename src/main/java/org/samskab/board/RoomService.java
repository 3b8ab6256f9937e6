package org.samskab.board;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.samskab.base.InvalidInputException;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.Language;
import org.samskab.board.BoardRules.Actor;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.GuestAdmission;
import org.samskab.board.BoardViews.JoinTarget;
import org.samskab.board.BoardViews.RoomGuest;
import org.samskab.board.BoardViews.RoomState;
import org.samskab.member.MemberProfile;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkAccess;
import org.samskab.network.NetworkRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The room of a live gathering (docs/adr/0184): facilitators bring everyone to a board, a section or a note, and
 * open the projector through a secret link. The gathering feature opens the room when the gathering starts and
 * closes it when it closes; from then on the room knows its network, and every call checks the member against it.
 */
@Service
public class RoomService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final NetworkRole[] RUNS_GATHERINGS = {NetworkRole.FACILITATOR, NetworkRole.COORDINATOR};

    private final RoomRepository rooms;
    private final BoardRepository boards;
    private final SectionRepository sections;
    private final NoteRepository notes;
    private final ChangePipeline pipeline;
    private final BoardReader reader;
    private final NetworkAccess access;
    private final ApplicationEventPublisher events;
    private final JoinAttempts attempts;
    private final Attendance attendance;
    private final MemberService members;
    private final RoomStates roomStates;
    private final RoomAttendees attendees;

    RoomService(RoomRepository rooms, BoardRepository boards, SectionRepository sections, NoteRepository notes,
            ChangePipeline pipeline, BoardReader reader, NetworkAccess access, ApplicationEventPublisher events,
            JoinAttempts attempts, Attendance attendance, MemberService members, RoomStates roomStates,
            RoomAttendees attendees) {
        this.roomStates = roomStates;
        this.attendees = attendees;
        this.attempts = attempts;
        this.attendance = attendance;
        this.members = members;
        this.rooms = rooms;
        this.boards = boards;
        this.sections = sections;
        this.notes = notes;
        this.pipeline = pipeline;
        this.reader = reader;
        this.access = access;
        this.events = events;
    }

    /**
     * Opens the room of a gathering that starts (again); the gathering feature has checked that the gathering is
     * the network's. Only those who run the network's gatherings.
     */
    @org.samskab.base.NotForScreens
    @Transactional
    public void open(long networkId, long gatheringId) {
        access.requireRoleIn(networkId, RUNS_GATHERINGS);
        GatheringRoom room = rooms.findForUpdate(gatheringId)
                .orElseGet(() -> rooms.saveAndFlush(new GatheringRoom(gatheringId, networkId)));
        // A gathering that starts again gets a new code: the one read out last time stays dead.
        room.setJoinCode(newJoinCode());
        room.setJoiningOpen(true);
        rooms.flush();
        publish(room);
    }

    /**
     * Closes the room of a gathering that closes: its projector link and its join code stop working, and its guests'
     * sign-ins end (their posts stay).
     */
    @org.samskab.base.NotForScreens
    @Transactional
    public void close(long gatheringId) {
        rooms.findForUpdate(gatheringId).ifPresent(room -> {
            access.requireRoleIn(room.getNetworkId(), RUNS_GATHERINGS);
            room.setProjectorTokenHash(null);
            room.setJoinCode(null);
            roomStates.closeBreakout(room);
            if (members.endGuestsOf(gatheringId) > 0) {
                events.publishEvent(new RoomGuestsChanged(gatheringId));
            }
            publish(room);
        });
    }

    /** Lets guests join by the code (docs/adr/0187), or no more; guests already in stay. Facilitators only. */
    @Transactional
    public RoomState setGuestsAllowed(long gatheringId, boolean allowed) {
        GatheringRoom room = liveRoom(gatheringId);
        room.setGuestsAllowed(allowed);
        return publish(room);
    }

    /**
     * Lets a guest into the live gathering whose code it typed, under the name it gave, if the gathering lets guests
     * in (docs/adr/0187). The code is checked as for anyone (wrong codes count against the address). The new
     * account is in no network: it is let onto this gathering's boards only, until the gathering closes or a
     * facilitator removes it.
     */
    @Transactional
    public GuestAdmission admitGuest(@Nullable String typedCode, @Nullable String displayName, Language language,
            String address) {
        JoinTarget target = joinTarget(typedCode, address);
        if (!target.guestsAllowed()) {
            throw new InvalidInputException("join.no-guests");
        }
        MemberProfile guest = members.createGuest(displayName, language, target.gatheringId());
        events.publishEvent(new RoomGuestsChanged(target.gatheringId()));
        return new GuestAdmission(guest.id(), guest.email(), target.guestLanding());
    }

    /** The guests in the live gathering, in the order they came. Facilitators only. */
    @Transactional(readOnly = true)
    public List<RoomGuest> guests(long gatheringId) {
        GatheringRoom room = rooms.findById(gatheringId).orElseThrow(ItemNotFoundException::new);
        access.requireRoleIn(room.getNetworkId(), RUNS_GATHERINGS);
        return members.guestsOf(gatheringId).stream()
                .map(g -> new RoomGuest(g.id(), g.displayName(), g.joinedAt())).toList();
    }

    /**
     * Removes a guest from the gathering: it is let in nowhere from now on, and its open screens, which look again
     * at every change of the room, close. Its posts stay. Facilitators only; "not found" for anyone who is not a
     * guest there.
     */
    @Transactional
    public RoomState removeGuest(long gatheringId, long guestId) {
        GatheringRoom room = facilitatedRoom(gatheringId);
        members.endGuest(guestId, gatheringId);
        events.publishEvent(new RoomGuestsChanged(gatheringId));
        room.touch();
        return publish(room);
    }

    /**
     * Whether the signed-in person may still be in the gathering's room: a member of its network, or a guest of it
     * who has not been removed while the gathering is live. A guest's screen asks at every change of the room.
     */
    @Transactional(readOnly = true)
    public boolean mayStay(long gatheringId) {
        GatheringRoom room = rooms.findById(gatheringId).orElse(null);
        if (room == null) {
            return false;
        }
        try {
            attendance.roleOn(room.getNetworkId(), gatheringId);
            return true;
        } catch (ItemNotFoundException | org.samskab.base.PermissionDeniedException gone) {
            return false; // not (or no longer) let in, or not signed in at all
        }
    }

    /** A new join code for the live gathering; the old one stops working at once. Facilitators only. */
    @Transactional
    public RoomState renewJoinCode(long gatheringId) {
        GatheringRoom room = liveRoom(gatheringId);
        room.setJoinCode(newJoinCode());
        rooms.flush();
        return publish(room);
    }

    /** Closes joining (the code lets nobody in) or opens it again with the same code. Facilitators only. */
    @Transactional
    public RoomState setJoiningOpen(long gatheringId, boolean open) {
        GatheringRoom room = liveRoom(gatheringId);
        room.setJoiningOpen(open);
        return publish(room);
    }

    /**
     * Where a join code leads, for anyone who has it (signed in or not); what they may do there is decided when
     * they get there. A code that is unknown, renewed or of a closed gathering answers as missing; after too many
     * wrong codes from one address, every code is refused for a while (docs/adr/0186).
     */
    @Transactional(readOnly = true)
    public JoinTarget joinTarget(@Nullable String typed, String address) {
        if (!attempts.allowed(address)) {
            throw new InvalidInputException("join.too-many-attempts", JoinAttempts.WINDOW.toMinutes());
        }
        String code = JoinCodes.normalise(typed);
        GatheringRoom room = code == null ? null : rooms.findByJoinCode(code).orElse(null);
        if (room == null) {
            attempts.failed(address);
            throw new ItemNotFoundException();
        }
        if (!room.isJoiningOpen()) {
            throw new InvalidInputException("join.closed");
        }
        Long first = boards.findAgenda(room.getGatheringId()).stream().map(Board::getId).findFirst().orElse(null);
        return new JoinTarget(room.getGatheringId(), room.getNetworkId(), state(room).currentBoardId(), first,
                room.isGuestsAllowed());
    }

    private String newJoinCode() {
        String code = JoinCodes.generate();
        while (rooms.existsByJoinCode(code)) {
            code = JoinCodes.generate(); // one in hundreds of billions: live gatherings are few
        }
        return code;
    }

    /**
     * Where everyone is now, for any member of the gathering's network and its guests. Every screen of the live
     * gathering asks as it opens, so this is where the room records who took part (docs/adr/0191).
     */
    @Transactional
    public RoomState room(long gatheringId) {
        GatheringRoom room = roomFor(gatheringId);
        if (room == null) {
            return RoomState.empty(gatheringId);
        }
        RoomState state = state(room);
        if (state.live()) {
            attendees.seen(gatheringId, access.currentMemberId());
        }
        return state;
    }

    /**
     * How many took part in the gathering: members and guests who had one of its boards open while it was live.
     * Any member of its network may know (a count names nobody).
     */
    @Transactional(readOnly = true)
    public int tookPart(long gatheringId) {
        return roomFor(gatheringId) == null ? 0 : attendees.count(gatheringId);
    }

    /**
     * Who took part in the gathering (the room's record and everyone who changed one of its boards), for a
     * harvest's counts: ids never leave the server. Any member of its network may ask.
     */
    @Transactional(readOnly = true)
    public java.util.Set<Long> whoTookPart(long gatheringId) {
        // Never live, or not one's network's: nobody (as far as the caller may know) took part.
        return roomFor(gatheringId) == null ? java.util.Set.of() : attendees.all(gatheringId);
    }

    /**
     * The gathering's room for someone who may be in it (a member of its network, or a guest of it); else null,
     * exactly as for a gathering that never had a room, so that another network's ids tell nothing.
     */
    private @Nullable GatheringRoom roomFor(long gatheringId) {
        GatheringRoom room = rooms.findById(gatheringId).orElse(null);
        if (room == null) {
            return null;
        }
        try {
            attendance.roleOn(room.getNetworkId(), gatheringId);
            return room;
        } catch (ItemNotFoundException | org.samskab.base.PermissionDeniedException outsider) {
            return null;
        }
    }

    /**
     * Brings every following screen of the gathering to a board on its agenda, and to a section or a note on it
     * (both null: the board itself). Facilitators only, while the gathering is live. A note must be one everyone
     * sees: a private or hidden post answers as a missing one does.
     */
    @Transactional
    public RoomState bringEveryoneHere(long boardId, @Nullable Long sectionId, @Nullable Long noteId) {
        Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        Actor actor = pipeline.actor(boardId);
        board.rules().require(board.rules().facilitate(actor));
        Long gatheringId = board.getGatheringId();
        if (gatheringId == null) {
            throw new InvalidInputException("room.not-in-a-gathering");
        }
        GatheringRoom room = rooms.findForUpdate(gatheringId)
                .orElseThrow(() -> new InvalidInputException("room.not-live"));
        if (sectionId != null) {
            sections.findById(sectionId).filter(s -> s.getBoardId() == boardId && !s.isRemoved())
                    .orElseThrow(ItemNotFoundException::new);
        }
        if (noteId != null) {
            notes.findById(noteId).filter(n -> n.getBoardId() == boardId && n.visibleTo(-1))
                    .orElseThrow(ItemNotFoundException::new);
        }
        roomStates.leaveEndedBreakout(room);
        room.bringEveryone(boardId, sectionId, noteId);
        rooms.flush();
        return publish(room);
    }

    /**
     * A new secret link for the room's screen; an older one stops working. It shows only this gathering's room
     * and needs no sign-in. The secret is returned once and kept only as a hash.
     */
    @Transactional
    public String newProjectorSecret(long gatheringId) {
        GatheringRoom room = facilitatedRoom(gatheringId);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        room.setProjectorTokenHash(hash(token));
        publish(room);
        return token;
    }

    /** The projector link stops working (the room's screen shows that it has ended). */
    @Transactional
    public void revokeProjectorSecret(long gatheringId) {
        GatheringRoom room = facilitatedRoom(gatheringId);
        room.setProjectorTokenHash(null);
        publish(room);
    }

    /** The room a projector secret opens; "not found" for any other text, a revoked secret or a closed room. */
    @Transactional(readOnly = true)
    public RoomState projectorRoom(String secret) {
        return state(roomOf(secret));
    }

    /**
     * The board the room is on, as every participant sees it, for the projector; null while nobody has been
     * brought anywhere yet.
     */
    @Transactional(readOnly = true)
    public @Nullable BoardSnapshot projectorBoard(String secret) {
        GatheringRoom room = roomOf(secret);
        Long current = room.getCurrentBoardId();
        if (current == null) {
            return null;
        }
        return boards.findActive(current).filter(b -> b.getNetworkId() == room.getNetworkId())
                .map(reader::openForTheRoom).orElse(null);
    }

    private GatheringRoom roomOf(@Nullable String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            throw new ItemNotFoundException();
        }
        return rooms.findByProjectorTokenHash(hash(secret)).orElseThrow(ItemNotFoundException::new);
    }

    private GatheringRoom facilitatedRoom(long gatheringId) {
        GatheringRoom room = rooms.findForUpdate(gatheringId).orElseThrow(ItemNotFoundException::new);
        access.requireRoleIn(room.getNetworkId(), RUNS_GATHERINGS);
        return room;
    }

    /** The room of a live gathering, for its facilitators. */
    private GatheringRoom liveRoom(long gatheringId) {
        GatheringRoom room = facilitatedRoom(gatheringId);
        if (room.getJoinCode() == null) {
            throw new InvalidInputException("room.not-live");
        }
        return room;
    }

    private RoomState state(GatheringRoom room) {
        return roomStates.state(room);
    }

    private RoomState publish(GatheringRoom room) {
        return roomStates.publish(room);
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
