package org.samskab.gathering;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.samskab.base.InvalidInputException;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.TextRules;
import org.samskab.base.TextRules.TranslatedArgument;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardService;
import org.samskab.board.BoardViews.BoardSummary;
import org.samskab.board.RoomService;
import org.samskab.gathering.GatheringViews.Facilitator;
import org.samskab.gathering.GatheringViews.GatheringDetail;
import org.samskab.gathering.GatheringViews.GatheringList;
import org.samskab.gathering.GatheringViews.GatheringSummary;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkAccess;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkService;
import org.samskab.network.NetworkViews.MemberEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A network's gatherings and their agendas, as the signed-in member may see and change them. Any member of the
 * network reads; its facilitators and coordinators plan, change, start and close gatherings and arrange the
 * agenda. An id from another network is "not found". The boards themselves belong to the board engine.
 */
@Service
// READ COMMITTED as in the board engine, which joins these transactions: rows read after a lock are current.
@Transactional(isolation = Isolation.READ_COMMITTED)
public class GatheringService {

    public static final int PLACE_MAX = 200;
    public static final int LINK_MAX = 500;
    public static final int PURPOSE_MAX = 2000;

    private static final NetworkRole[] RUNS_GATHERINGS = {NetworkRole.FACILITATOR, NetworkRole.COORDINATOR};

    private final GatheringRepository gatherings;
    private final NetworkAccess access;
    private final NetworkService networks;
    private final MemberService members;
    private final BoardService boards;
    private final RoomService rooms;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GatheringService(GatheringRepository gatherings, NetworkAccess access, NetworkService networks,
            MemberService members, BoardService boards, RoomService rooms, ApplicationEventPublisher events,
            Clock clock) {
        this.gatherings = gatherings;
        this.access = access;
        this.networks = networks;
        this.members = members;
        this.boards = boards;
        this.rooms = rooms;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- gatherings

    /** Facilitators and coordinators plan a gathering in their network. */
    public GatheringSummary plan(long networkId, GatheringForm form) {
        access.requireRoleIn(networkId, RUNS_GATHERINGS);
        Gathering gathering = new Gathering(networkId, access.currentMemberId(), Instant.now(clock));
        describe(gathering, form);
        Gathering saved = gatherings.saveAndFlush(gathering);
        events.publishEvent(new GatheringPlanned(saved.getId(), networkId, access.currentMemberId()));
        return summary(saved);
    }

    /** Changes what was planned: title, kind, time, place, link, purpose and facilitators. */
    public GatheringSummary update(long gatheringId, GatheringForm form) {
        Gathering gathering = loadForFacilitator(gatheringId);
        describe(gathering, form);
        return summary(gatherings.saveAndFlush(gathering));
    }

    /**
     * Every member of the network sees its gatherings. The status decides before the date: a live gathering is
     * happening now even if it started early or runs late, and a closed one is over even if its planned time
     * lies ahead. Planned gatherings are upcoming until their planned end, then past.
     */
    @Transactional(readOnly = true)
    public GatheringList list(long networkId) {
        access.roleIn(networkId);
        Instant now = Instant.now(clock);
        List<Gathering> all = gatherings.findByNetworkIdOrderByStartsAtAscIdAsc(networkId);
        return new GatheringList(
                summaries(all, g -> g.getStatus() == GatheringStatus.LIVE),
                summaries(all, g -> g.getStatus() == GatheringStatus.PLANNED && !g.getEndsAt().isBefore(now)),
                summaries(all, g -> g.getStatus() == GatheringStatus.CLOSED
                        || g.getStatus() == GatheringStatus.PLANNED && g.getEndsAt().isBefore(now)).reversed());
    }

    private static List<GatheringSummary> summaries(List<Gathering> gatherings, Predicate<Gathering> which) {
        return gatherings.stream().filter(which).map(GatheringService::summary).toList();
    }

    @Transactional(readOnly = true)
    public GatheringDetail detail(long gatheringId) {
        Gathering gathering = gatherings.findById(gatheringId).orElseThrow(ItemNotFoundException::new);
        NetworkRole role = access.roleIn(gathering.getNetworkId());
        Map<Long, String> names = members.displayNames(gathering.getFacilitatorIds());
        List<Facilitator> facilitators = names.entrySet().stream()
                .map(e -> new Facilitator(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(Facilitator::displayName)).toList();
        return new GatheringDetail(gathering.getId(), gathering.getNetworkId(),
                networks.network(gathering.getNetworkId()).name(), gathering.getTitle(), gathering.getKind(),
                gathering.getStartsAt(), gathering.getEndsAt(), gathering.getPlace(), gathering.getOnlineLink(),
                gathering.getPurpose(), gathering.getStatus(), facilitators, role.canFacilitate(),
                gathering.getPublishedAt());
    }

    /** The gathering is live: the network is gathered. Also reopens a closed gathering. */
    public GatheringSummary start(long gatheringId) {
        Gathering gathering = loadForFacilitator(gatheringId);
        if (gathering.getStatus() == GatheringStatus.LIVE) {
            throw new InvalidInputException("gathering.already-live");
        }
        if (gathering.getStatus() == GatheringStatus.CLOSED) {
            boards.closeAgenda(gathering.getNetworkId(), gathering.getId(), false, false);
        }
        gathering.setStatus(GatheringStatus.LIVE);
        gatherings.saveAndFlush(gathering);
        rooms.open(gathering.getNetworkId(), gathering.getId());
        events.publishEvent(new GatheringStarted(gathering.getId(), gathering.getNetworkId(),
                access.currentMemberId()));
        return summary(gathering);
    }

    public GatheringSummary close(long gatheringId) {
        Gathering gathering = loadForFacilitator(gatheringId);
        if (gathering.getStatus() != GatheringStatus.LIVE) {
            throw new InvalidInputException("gathering.not-live");
        }
        gathering.setStatus(GatheringStatus.CLOSED);
        gatherings.saveAndFlush(gathering);
        // Its boards are the record of the day now: read-only until a facilitator reopens the gathering, and
        // withheld from the network until a facilitator publishes it (once published, it stays published).
        boards.closeAgenda(gathering.getNetworkId(), gathering.getId(), true, gathering.getPublishedAt() == null);
        rooms.close(gathering.getId());
        events.publishEvent(new GatheringClosed(gathering.getId(), gathering.getNetworkId(),
                access.currentMemberId()));
        return summary(gathering);
    }

    /**
     * Publishes a closed gathering to its network (the publish gate, docs/adr/0191): until then only those who
     * took part and the network's facilitators see its boards; from now on every member, in the archive and in
     * search too. Facilitators and coordinators; it cannot be taken back.
     */
    public GatheringSummary publish(long gatheringId) {
        Gathering gathering = loadForFacilitator(gatheringId);
        if (gathering.getStatus() != GatheringStatus.CLOSED) {
            throw new InvalidInputException("gathering.publish-not-closed");
        }
        if (gathering.getPublishedAt() != null) {
            throw new InvalidInputException("gathering.already-published");
        }
        gathering.setPublishedAt(Instant.now(clock));
        gatherings.saveAndFlush(gathering);
        boards.publishAgenda(gathering.getNetworkId(), gathering.getId());
        events.publishEvent(new GatheringPublished(gathering.getId(), gathering.getNetworkId(),
                access.currentMemberId()));
        return summary(gathering);
    }

    // ---------------------------------------------------------------- agenda

    /** The boards on the gathering's agenda, in order; any member of the network sees them. */
    @Transactional(readOnly = true)
    public List<BoardSummary> agenda(long gatheringId) {
        Gathering gathering = gatherings.findById(gatheringId).orElseThrow(ItemNotFoundException::new);
        return boards.agenda(gathering.getNetworkId(), gathering.getId());
    }

    /** Puts a new board, with its first sections, at the end of the agenda. */
    public BoardSummary addBoard(long gatheringId, BoardKind kind, String title, String instructions,
            boolean allowAnonymous, List<String> sectionTitles) {
        return addBoard(gatheringId, kind, title, instructions, allowAnonymous, false, sectionTitles);
    }

    /**
     * Like {@link #addBoard(long, BoardKind, String, String, boolean, List)}; with {@code postsAnonymous} every
     * post is anonymous (a reflection wall), and with no section titles the kind's default sections are used.
     */
    public BoardSummary addBoard(long gatheringId, BoardKind kind, String title, String instructions,
            boolean allowAnonymous, boolean postsAnonymous, List<String> sectionTitles) {
        Gathering gathering = loadForFacilitator(gatheringId);
        requireOpen(gathering);
        return boards.createBoard(gathering.getNetworkId(), gathering.getId(), kind, title, instructions,
                allowAnonymous, postsAnonymous, sectionTitles);
    }

    /** Changes a board's title, instructions and whether it takes anonymous notes. */
    public BoardSummary renameBoard(long boardId, String title, String instructions, boolean allowAnonymous) {
        agendaBoard(boardId);
        return boards.updateBoard(boardId, title, instructions, allowAnonymous);
    }

    /** Moves a board to another place on its agenda (0 is first). */
    public void moveBoard(long boardId, int newIndex) {
        agendaBoard(boardId);
        boards.moveOnAgenda(boardId, newIndex);
    }

    /** Takes a board off the agenda; the board engine keeps it, with its history. */
    public void removeBoard(long boardId) {
        agendaBoard(boardId);
        boards.removeBoard(boardId);
    }

    // ---------------------------------------------------------------- internals

    /** A board on some gathering's agenda, for its network's facilitators and coordinators. */
    private Gathering agendaBoard(long boardId) {
        BoardSummary board = boards.summary(boardId);
        if (board.gatheringId() == null) {
            throw new ItemNotFoundException();
        }
        Gathering gathering = loadForFacilitator(board.gatheringId());
        if (gathering.getNetworkId() != board.networkId()) {
            throw new ItemNotFoundException();
        }
        return gathering;
    }

    /** A closed gathering's agenda is as read-only as its boards (see BoardService#closeAgenda). */
    static void requireOpen(Gathering gathering) {
        if (gathering.getStatus() == GatheringStatus.CLOSED) {
            throw new InvalidInputException("board.read-only");
        }
    }

    private Gathering loadForFacilitator(long gatheringId) {
        Gathering gathering = gatherings.findById(gatheringId).orElseThrow(ItemNotFoundException::new);
        access.requireRoleIn(gathering.getNetworkId(), RUNS_GATHERINGS);
        return gathering;
    }

    /** Checks every value of the form before anything is changed, then writes it into the gathering. */
    private void describe(Gathering gathering, GatheringForm form) {
        if (form == null) {
            throw new InvalidInputException("validation.required", new TranslatedArgument("field.title"));
        }
        String title = TextRules.requiredText(form.title(), TextRules.TITLE_MAX, "field.title");
        if (form.kind() == null) {
            throw new InvalidInputException("validation.required", new TranslatedArgument("field.kind"));
        }
        if (form.startsAt() == null) {
            throw new InvalidInputException("validation.required", new TranslatedArgument("field.starts-at"));
        }
        if (form.endsAt() == null) {
            throw new InvalidInputException("validation.required", new TranslatedArgument("field.ends-at"));
        }
        if (!form.endsAt().isAfter(form.startsAt())) {
            throw new InvalidInputException("gathering.ends-before-start");
        }
        String place = TextRules.optionalText(form.place(), PLACE_MAX, "field.place");
        String link = TextRules.optionalWebLink(form.onlineLink(), LINK_MAX, "field.online-link");
        String purpose = TextRules.optionalMultilineText(form.purpose(), PURPOSE_MAX, "field.purpose");
        Set<Long> allowed = networks.facilitators(gathering.getNetworkId(), Locale.ROOT).stream()
                .map(MemberEntry::memberId).collect(Collectors.toSet());
        if (!allowed.containsAll(form.facilitatorIds())) {
            throw new InvalidInputException("gathering.facilitator-not-allowed");
        }
        gathering.describe(title, form.kind(), form.startsAt(), form.endsAt(), place, link, purpose,
                new HashSet<>(form.facilitatorIds()));
    }

    private static GatheringSummary summary(Gathering gathering) {
        return new GatheringSummary(gathering.getId(), gathering.getNetworkId(), gathering.getTitle(),
                gathering.getKind(), gathering.getStartsAt(), gathering.getEndsAt(), gathering.getPlace(),
                gathering.getOnlineLink(), gathering.getStatus(), gathering.getPublishedAt());
    }
}
