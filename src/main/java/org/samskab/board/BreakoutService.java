package org.samskab.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.samskab.base.InvalidInputException;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.TextRules;
import org.samskab.base.Translations;
import org.samskab.board.BoardRules.Actor;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.BreakoutMethod;
import org.samskab.board.BoardViews.BreakoutOverview;
import org.samskab.board.BoardViews.BreakoutPlan;
import org.samskab.board.BoardViews.GroupBoard;
import org.samskab.board.BoardViews.RoomState;
import org.samskab.board.Grouping.Person;
import org.samskab.member.GuestProfile;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkAccess;
import org.samskab.network.NetworkAccess.Place;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Breakout groups (issue 15, docs/adr/0188): a facilitator splits the people present on the room's board into
 * groups, each on a board of its own made like a blueprint, and their screens go there; sends a message and a timer
 * to all groups; rotates a learning café (hosts stay, the others move on); and brings everyone back, where the
 * groups' boards are shown side by side. Facilitators of the gathering's network only, while it is live.
 */
@Service
public class BreakoutService {

    /** The longest timer a facilitator sends to the groups. */
    public static final int TIMER_MINUTES_MAX = 180;
    public static final int MESSAGE_MAX = 500;

    private final RoomRepository rooms;
    private final BoardRepository boards;
    private final BreakoutRepository breakouts;
    private final BreakoutGroupRepository groups;
    private final BreakoutSeatRepository seats;
    private final BoardService boardService;
    private final BoardReader reader;
    private final ChangePipeline pipeline;
    private final RoomStates roomStates;
    private final RoomService roomService;
    private final Attendance attendance;
    private final NetworkAccess access;
    private final MemberService members;
    private final Translations translations;
    private final Clock clock;

    BreakoutService(RoomRepository rooms, BoardRepository boards, BreakoutRepository breakouts,
            BreakoutGroupRepository groups, BreakoutSeatRepository seats, BoardService boardService,
            BoardReader reader, ChangePipeline pipeline, RoomStates roomStates, Attendance attendance,
            NetworkAccess access, MemberService members, Translations translations, Clock clock,
            RoomService roomService) {
        this.roomService = roomService;
        this.rooms = rooms;
        this.boards = boards;
        this.breakouts = breakouts;
        this.groups = groups;
        this.seats = seats;
        this.boardService = boardService;
        this.reader = reader;
        this.pipeline = pipeline;
        this.roomStates = roomStates;
        this.attendance = attendance;
        this.access = access;
        this.members = members;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * Splits the people present on a live gathering's board into groups, as the plan says; each group gets a board
     * made like the plan's blueprint (by default this board) and everyone who follows the room goes to their group's.
     * Who is present is what the screen saw; facilitators stay out (they look in), and anyone who is neither in the
     * network nor a guest of the gathering is left out.
     */
    @Transactional
    public RoomState split(long boardId, Collection<Long> present, BreakoutPlan plan) {
        Board source = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        Actor actor = pipeline.actor(boardId);
        source.rules().require(source.rules().facilitate(actor));
        Long gatheringId = source.getGatheringId();
        if (gatheringId == null) {
            throw new InvalidInputException("room.not-in-a-gathering");
        }
        GatheringRoom room = liveRoom(gatheringId);
        if (running(room) != null) {
            throw new InvalidInputException("breakout.running");
        }
        if (plan == null || plan.method() == null) {
            throw new InvalidInputException("breakout.size-or-count");
        }
        List<Person> people = people(source.getNetworkId(), gatheringId, present);
        List<List<Long>> split = plan.method() == BreakoutMethod.BY_HAND ? byHand(people, plan.byHand())
                : Grouping.split(people, Grouping.groupCount(people.size(), plan.size(), plan.count()),
                        plan.method() == BreakoutMethod.MIX_ORGANISATIONS ? Grouping.Method.MIX_ORGANISATIONS
                                : Grouping.Method.RANDOM,
                        new SplittableRandom());
        BoardBlueprint blueprint = boardService.blueprint(plan.blueprintBoardId() != null ? plan.blueprintBoardId()
                : boardId);
        Instant now = Instant.now(clock);
        Breakout breakout = breakouts.saveAndFlush(new Breakout(gatheringId, source.getNetworkId(), boardId,
                plan.method(), plan.cafe(), now));
        var language = members.profile(actor.memberId()).language();
        for (int i = 0; i < split.size(); i++) {
            List<Long> seated = split.get(i);
            String title = groupTitle(translations.translate(language, "breakout.group", i + 1), blueprint.title());
            long groupBoard = boardService.createBoard(source.getNetworkId(), gatheringId,
                    new BoardBlueprint(blueprint.kind(), title, blueprint.instructions(), blueprint.allowAnonymous(),
                            blueprint.postsAnonymous(), blueprint.sections(), blueprint.focusIndex()))
                    .id();
            // A café's table is hosted by the first person dealt to it.
            BreakoutGroup group = groups.saveAndFlush(new BreakoutGroup(breakout.getId(), i + 1, groupBoard,
                    plan.cafe() && !seated.isEmpty() ? seated.getFirst() : null));
            for (Long member : seated) {
                seats.save(new BreakoutSeat(breakout.getId(), 1, member, group.getId()));
            }
        }
        seats.flush();
        room.setBreakoutId(breakout.getId());
        return roomStates.publish(room);
    }

    /**
     * Who of the people present on a live gathering's board would go into groups, with their names, for a facilitator
     * splitting the room by hand: participants of the network and the gathering's guests (marked), by name.
     */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(long boardId, Collection<Long> present) {
        Board source = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        source.rules().require(source.rules().facilitate(pipeline.actor(boardId)));
        Long gatheringId = source.getGatheringId();
        if (gatheringId == null) {
            throw new InvalidInputException("room.not-in-a-gathering");
        }
        List<Person> people;
        try {
            people = people(source.getNetworkId(), gatheringId, present);
        } catch (InvalidInputException nobody) {
            return List.of();
        }
        Set<Long> guests = new HashSet<>();
        members.guestsOf(gatheringId).forEach(guest -> guests.add(guest.id()));
        Map<Long, String> names = members.displayNames(people.stream().map(Person::memberId).toList());
        return people.stream()
                .map(p -> new Candidate(p.memberId(), names.getOrDefault(p.memberId(), ""),
                        guests.contains(p.memberId())))
                .sorted(java.util.Comparator.comparing(Candidate::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Someone a facilitator may put in a group by hand. */
    public record Candidate(long memberId, String displayName, boolean guest) {
    }

    /**
     * A learning café's next round: each table's host stays, everyone else moves to the next table, whose board
     * keeps what earlier rounds wrote. Screens follow to their new table.
     */
    @Transactional
    public RoomState rotate(long gatheringId) {
        GatheringRoom room = facilitatedLiveRoom(gatheringId);
        Breakout breakout = requireRunning(room);
        if (!breakout.isCafe()) {
            throw new InvalidInputException("breakout.not-a-cafe");
        }
        List<BreakoutGroup> tables = groups.findByBreakout(breakout.getId());
        Map<Long, Integer> indexOfGroup = new HashMap<>();
        Map<Integer, Long> hosts = new HashMap<>();
        List<List<Long>> seated = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            indexOfGroup.put(tables.get(i).getId(), i);
            Long host = tables.get(i).getHostId();
            if (host != null) {
                hosts.put(i, host);
            }
            seated.add(new ArrayList<>());
        }
        for (BreakoutSeat seat : seats.findRound(breakout.getId(), breakout.getRound())) {
            Integer index = indexOfGroup.get(seat.getGroupId());
            if (index != null) {
                seated.get(index).add(seat.getMemberId());
            }
        }
        List<List<Long>> next = Grouping.rotate(seated, hosts);
        breakout.nextRound();
        for (int i = 0; i < next.size(); i++) {
            for (Long member : next.get(i)) {
                seats.save(new BreakoutSeat(breakout.getId(), breakout.getRound(), member, tables.get(i).getId()));
            }
        }
        seats.flush();
        room.touch();
        return roomStates.publish(room);
    }

    /**
     * A message and a timer to every group at once, shown on every group's screens; both may be left empty (a
     * message alone, or clearing the last one).
     */
    @Transactional
    public RoomState announce(long gatheringId, @Nullable String message, @Nullable Integer minutes) {
        GatheringRoom room = facilitatedLiveRoom(gatheringId);
        Breakout breakout = requireRunning(room);
        String text = TextRules.optionalMultilineText(message, MESSAGE_MAX, "field.message");
        if (minutes != null && (minutes < 1 || minutes > TIMER_MINUTES_MAX)) {
            throw new InvalidInputException("breakout.timer-range", 1, TIMER_MINUTES_MAX);
        }
        Instant now = Instant.now(clock);
        breakout.announce(text, minutes == null ? null : now.plus(Duration.ofMinutes(minutes)), now);
        room.touch();
        return roomStates.publish(room);
    }

    /**
     * Brings everyone back to the board the room split from; the groups' boards are shown side by side there (and
     * on the room's screen) until everyone is brought somewhere else.
     */
    @Transactional
    public RoomState end(long gatheringId) {
        GatheringRoom room = facilitatedLiveRoom(gatheringId);
        Breakout breakout = requireRunning(room);
        breakout.end(Instant.now(clock));
        room.bringEveryone(breakout.getSourceBoardId(), null, null);
        return roomStates.publish(room);
    }

    /**
     * The groups' boards of a breakout side by side, for anyone in the gathering's room (members of its network, its
     * guests): each board's notes as its reader may see them there. Another gathering's breakout answers as missing.
     */
    @Transactional(readOnly = true)
    public BreakoutOverview overview(long breakoutId) {
        Breakout breakout = breakouts.findById(breakoutId).orElseThrow(ItemNotFoundException::new);
        attendance.roleOn(breakout.getNetworkId(), breakout.getGatheringId());
        List<GroupBoard> shown = new ArrayList<>();
        for (BreakoutGroup group : groups.findByBreakout(breakoutId)) {
            if (boards.findActive(group.getBoardId()).isEmpty()) {
                continue; // taken off the agenda since (asked first: a refusal inside would spoil the transaction)
            }
            BoardSnapshot snapshot = reader.open(group.getBoardId());
            shown.add(new GroupBoard(group.getNumber(), group.getBoardId(), snapshot.board().title(),
                    snapshot.notes()));
        }
        String sourceTitle = boards.findActive(breakout.getSourceBoardId()).map(Board::getTitle).orElse("");
        return new BreakoutOverview(breakoutId, breakout.getGatheringId(), breakout.getSourceBoardId(), sourceTitle,
                shown);
    }

    /**
     * The groups' boards of the room's breakout, for the room's screen (no sign-in: the projector's secret decides,
     * and a wrong one answers as missing), every note as everyone sees it; null when the room shows no breakout.
     */
    @Transactional(readOnly = true)
    public @Nullable BreakoutOverview projectorOverview(String secret) {
        RoomState room = roomService.projectorRoom(secret);
        BoardViews.BreakoutState shown = room.breakout();
        if (shown == null) {
            return null;
        }
        Breakout breakout = breakouts.findById(shown.id()).filter(b -> b.getGatheringId() == room.gatheringId())
                .orElse(null);
        if (breakout == null) {
            return null;
        }
        List<GroupBoard> groupBoards = new ArrayList<>();
        for (BreakoutGroup group : groups.findByBreakout(breakout.getId())) {
            boards.findActive(group.getBoardId()).map(reader::openForTheRoom).ifPresent(snapshot -> groupBoards.add(
                    new GroupBoard(group.getNumber(), group.getBoardId(), snapshot.board().title(),
                            snapshot.notes())));
        }
        String sourceTitle = boards.findActive(breakout.getSourceBoardId()).map(Board::getTitle).orElse("");
        return new BreakoutOverview(breakout.getId(), breakout.getGatheringId(), breakout.getSourceBoardId(),
                sourceTitle, groupBoards);
    }

    /** The people present who go into groups: participants of the network and the gathering's guests. */
    private List<Person> people(long networkId, long gatheringId, Collection<Long> present) {
        Set<Long> ids = new LinkedHashSet<>(present == null ? List.of() : present);
        ids.remove(null);
        Map<Long, Place> places = access.placesIn(networkId, ids);
        Set<Long> guests = new HashSet<>();
        for (GuestProfile guest : members.guestsOf(gatheringId)) {
            guests.add(guest.id());
        }
        List<Person> people = new ArrayList<>();
        for (Long id : ids) {
            Place place = places.get(id);
            if (place != null && !place.role().canFacilitate()) {
                people.add(new Person(id, place.organisationId()));
            } else if (place == null && guests.contains(id)) {
                people.add(new Person(id, null));
            }
        }
        if (people.isEmpty()) {
            throw new InvalidInputException("breakout.nobody");
        }
        return people;
    }

    /** A facilitator's own split: member to group number (from 1); people given no group stay in the plenary. */
    private static List<List<Long>> byHand(List<Person> people, Map<Long, Integer> chosen) {
        int count = 0;
        for (Person person : people) {
            Integer number = chosen.get(person.memberId());
            if (number != null) {
                if (number < 1 || number > Grouping.GROUPS_MAX) {
                    throw new InvalidInputException("breakout.size-or-count");
                }
                count = Math.max(count, number);
            }
        }
        if (count == 0) {
            throw new InvalidInputException("breakout.nobody");
        }
        List<List<Long>> split = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            split.add(new ArrayList<>());
        }
        for (Person person : people) {
            Integer number = chosen.get(person.memberId());
            if (number != null) {
                split.get(number - 1).add(person.memberId());
            }
        }
        split.removeIf(List::isEmpty);
        return split;
    }

    /** "Group 3 · What should we pilot?", shortened with an ellipsis to the longest title a board takes. */
    static String groupTitle(String group, String title) {
        String full = group + " · " + title;
        if (full.length() <= TextRules.TITLE_MAX) {
            return full;
        }
        int end = TextRules.TITLE_MAX - 1;
        if (Character.isLowSurrogate(full.charAt(end))) {
            end--; // never half an emoji
        }
        return full.substring(0, end) + "…";
    }

    private GatheringRoom liveRoom(long gatheringId) {
        GatheringRoom room = rooms.findForUpdate(gatheringId)
                .orElseThrow(() -> new InvalidInputException("room.not-live"));
        if (room.getJoinCode() == null) {
            throw new InvalidInputException("room.not-live");
        }
        return room;
    }

    /** The live room of a gathering, for a facilitator of its network; "not found" for anyone outside it. */
    private GatheringRoom facilitatedLiveRoom(long gatheringId) {
        GatheringRoom room = rooms.findForUpdate(gatheringId).orElseThrow(ItemNotFoundException::new);
        access.requireRoleIn(room.getNetworkId(), org.samskab.network.NetworkRole.FACILITATOR,
                org.samskab.network.NetworkRole.COORDINATOR);
        if (room.getJoinCode() == null) {
            throw new InvalidInputException("room.not-live");
        }
        return room;
    }

    private @Nullable Breakout running(GatheringRoom room) {
        Long breakoutId = room.getBreakoutId();
        return breakoutId == null ? null : breakouts.findById(breakoutId).filter(Breakout::isRunning).orElse(null);
    }

    private Breakout requireRunning(GatheringRoom room) {
        Breakout breakout = running(room);
        if (breakout == null) {
            throw new InvalidInputException("breakout.none");
        }
        return breakout;
    }
}
