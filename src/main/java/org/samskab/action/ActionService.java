package org.samskab.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.samskab.action.ActionViews.ActionView;
import org.samskab.base.InvalidInputException;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.PermissionDeniedException;
import org.samskab.base.TextRules;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardReader.NoteSource;
import org.samskab.board.BoardService;
import org.samskab.board.RoomService;
import org.samskab.gathering.GatheringService;
import org.samskab.gathering.GatheringStatus;
import org.samskab.gathering.GatheringViews.GatheringDetail;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkAccess;
import org.samskab.network.NetworkRole;
import org.samskab.network.NetworkService;
import org.samskab.network.NetworkViews.NetworkSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions between gatherings (issue 16, docs/adr/0196): recording one, a member's own across networks, a
 * gathering's, marking how one went, and carrying a network's open actions onto a reflection wall at the next
 * gathering. Every call checks the member's place in the action's network; another network's action answers as a
 * missing one does.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
public class ActionService {

    public static final int TEXT_MAX = 500;
    public static final int OUTCOME_MAX = 1000;

    private final ActionRepository actions;
    private final NetworkAccess access;
    private final NetworkService networks;
    private final MemberService members;
    private final GatheringService gatherings;
    private final BoardReader boardReader;
    private final BoardService boards;
    private final RoomService rooms;
    private final Clock clock;

    ActionService(ActionRepository actions, NetworkAccess access, NetworkService networks, MemberService members,
            GatheringService gatherings, BoardReader boardReader, BoardService boards, RoomService rooms,
            Clock clock) {
        this.actions = actions;
        this.access = access;
        this.networks = networks;
        this.members = members;
        this.gatherings = gatherings;
        this.boardReader = boardReader;
        this.boards = boards;
        this.rooms = rooms;
        this.clock = clock;
    }

    /**
     * Records what someone will try before next time. {@code ownerId} null: the member themselves; else another
     * member of the network. From a note, the action belongs to that note's gathering.
     */
    public ActionView record(long networkId, @Nullable Long gatheringId, @Nullable Long sourceNoteId, String text,
            @Nullable Long ownerId, @Nullable LocalDate dueOn) {
        access.roleIn(networkId);
        long me = access.currentMemberId();
        String what = TextRules.requiredMultilineText(text, TEXT_MAX, "field.action");
        long owner = ownerId == null ? me : ownerId;
        if (!access.isInNetwork(networkId, owner)) {
            throw new InvalidInputException("action.owner-not-member");
        }
        Long gathering = gatheringId;
        if (sourceNoteId != null) {
            NoteSource source = boardReader.source(sourceNoteId);
            if (source.networkId() != networkId) {
                throw new ItemNotFoundException();
            }
            gathering = source.gatheringId();
        }
        if (gathering != null && gatherings.detail(gathering).networkId() != networkId) {
            throw new ItemNotFoundException();
        }
        requireNotPast(dueOn);
        ActionItem saved = actions.saveAndFlush(new ActionItem(networkId, gathering, sourceNoteId, what, owner, me,
                dueOn, clock.instant()));
        return views(List.of(saved)).getFirst();
    }

    /** The member's own actions in every network they are in: open first, by due date, then how they went. */
    @Transactional(readOnly = true)
    public List<ActionView> mine() {
        Set<Long> myNetworks = networks.myNetworks().stream().map(NetworkSummary::id).collect(Collectors.toSet());
        List<ActionItem> own = actions.findByOwnerId(access.currentMemberId()).stream()
                .filter(a -> myNetworks.contains(a.getNetworkId())).toList();
        return views(own).stream().sorted(Comparator.comparing((ActionView a) -> !a.open())
                .thenComparing(ActionView::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ActionView::id)).toList();
    }

    /** The actions agreed at a gathering, for any member who may read its boards (the publish gate). */
    @Transactional(readOnly = true)
    public List<ActionView> ofGathering(long gatheringId) {
        GatheringDetail gathering = gatherings.detail(gatheringId);
        if (!mayReadGathering(gathering.networkId(), gatheringId, access.currentMemberId())) {
            return List.of();
        }
        return views(actions.findByGatheringIdOrderByCreatedAtAscIdAsc(gatheringId));
    }

    /** The network's open actions, for facilitators choosing what to follow up. */
    @Transactional(readOnly = true)
    public List<ActionView> openIn(long networkId) {
        access.roleIn(networkId);
        Map<Long, Boolean> readable = new HashMap<>();
        return views(actions.findByNetworkIdAndStatusOrderByCreatedAtAscIdAsc(networkId, ActionStatus.OPEN).stream()
                .filter(a -> mayRead(a, readable)).toList());
    }

    /**
     * Says how an action went (done, changed, dropped, or open again), with what happened. Its owner, whoever
     * recorded it, or a facilitator of its network.
     */
    public ActionView conclude(long actionId, ActionStatus status, @Nullable String outcome) {
        ActionItem action = load(actionId);
        if (!mayConclude(action)) {
            throw new PermissionDeniedException();
        }
        if (status == null) {
            throw new InvalidInputException("validation.required",
                    new TextRules.TranslatedArgument("field.action-status"));
        }
        action.conclude(status, TextRules.optionalMultilineText(outcome, OUTCOME_MAX, "field.action-outcome"),
                clock.instant());
        return views(List.of(actions.saveAndFlush(action))).getFirst();
    }

    /** Changes what, whose and when; as {@link #conclude}, its owner, whoever recorded it, or a facilitator. */
    public ActionView change(long actionId, String text, long ownerId, @Nullable LocalDate dueOn) {
        ActionItem action = load(actionId);
        if (!mayConclude(action)) {
            throw new PermissionDeniedException();
        }
        String what = TextRules.requiredMultilineText(text, TEXT_MAX, "field.action");
        if (!access.isInNetwork(action.getNetworkId(), ownerId)) {
            throw new InvalidInputException("action.owner-not-member");
        }
        if (!Objects.equals(dueOn, action.getDueOn())) {
            requireNotPast(dueOn);
        }
        action.change(what, ownerId, dueOn, clock.instant());
        return views(List.of(actions.saveAndFlush(action))).getFirst();
    }

    /**
     * Puts the network's open actions on a new reflection wall at a live or planned gathering, one prompt per action
     * in one step, and links each action to its prompt; {@code title} and {@code instructions} ("what did you try,
     * what happened?") come in the facilitator's language. Facilitators and coordinators. Returns the wall's id.
     */
    public long carryToWall(long gatheringId, String title, String instructions) {
        GatheringDetail gathering = gatherings.detail(gatheringId);
        access.requireRoleIn(gathering.networkId(), NetworkRole.FACILITATOR, NetworkRole.COORDINATOR);
        if (gathering.status() == GatheringStatus.CLOSED) {
            throw new InvalidInputException("board.read-only");
        }
        // Not the actions of a gathering still withheld from the network (the publish gate): the wall is everyone's.
        Map<Long, Boolean> published = new HashMap<>();
        List<ActionItem> open = actions.findByNetworkIdAndStatusOrderByCreatedAtAscIdAsc(gathering.networkId(),
                ActionStatus.OPEN).stream().filter(a -> !Objects.equals(a.getGatheringId(), gatheringId))
                .filter(a -> a.getGatheringId() == null || published.computeIfAbsent(a.getGatheringId(),
                        id -> !gatherings.detail(id).withheld()))
                .toList();
        if (open.isEmpty()) {
            throw new InvalidInputException("action.none-open");
        }
        Map<Long, String> names = members.displayNames(open.stream().map(ActionItem::getOwnerId).toList());
        List<String> prompts = open.stream().map(a -> prompt(names.get(a.getOwnerId()), a.getText())).toList();
        long wallId = gatherings.addBoard(gatheringId, BoardKind.REFLECTION_WALL, title, instructions, false, false,
                prompts).id();
        var sections = boardReader.open(wallId).sections();
        for (int i = 0; i < open.size() && i < sections.size(); i++) {
            open.get(i).followedUpOn(wallId, sections.get(i).id(), clock.instant());
        }
        actions.saveAll(open);
        return wallId;
    }

    /** The actions the member owns or recorded, for their own data download (docs/adr/0197). */
    @Transactional(readOnly = true)
    public List<ActionView> myData() {
        long me = access.currentMemberId();
        Map<Long, ActionItem> all = new java.util.LinkedHashMap<>();
        actions.findByOwnerId(me).forEach(a -> all.put(a.getId(), a));
        actions.findByCreatedBy(me).forEach(a -> all.put(a.getId(), a));
        return views(all.values());
    }

    /**
     * As the member deletes their account (docs/adr/0197): each open action they own goes to whoever recorded it,
     * when that is someone else still in the network, and is dropped otherwise. Concluded ones stay as they ended.
     */
    public void handOverMine() {
        long me = access.currentMemberId();
        for (ActionItem action : actions.findByOwnerId(me)) {
            if (action.getStatus() != ActionStatus.OPEN) {
                continue;
            }
            if (action.getCreatedBy() != me && access.isInNetwork(action.getNetworkId(), action.getCreatedBy())) {
                action.handOver(action.getCreatedBy(), clock.instant());
            } else {
                action.conclude(ActionStatus.DROPPED, action.getOutcome(), clock.instant());
            }
            actions.save(action);
        }
        actions.flush();
    }

    /** "Ingrid Bakke: Try mentoring pairs…", within a section title's length. */
    private static String prompt(@Nullable String owner, String text) {
        String line = (owner == null ? "" : owner + ": ") + text.strip().replaceAll("\\s+", " ");
        return line.length() <= TextRules.TITLE_MAX ? line : line.substring(0, TextRules.TITLE_MAX - 1) + "…";
    }

    private void requireNotPast(@Nullable LocalDate dueOn) {
        if (dueOn != null && dueOn.isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("action.due-in-past");
        }
    }

    private ActionItem load(long actionId) {
        ActionItem action = actions.findById(actionId).orElseThrow(ItemNotFoundException::new);
        if (!access.isCurrentMemberIn(action.getNetworkId())) {
            throw new ItemNotFoundException(); // another network's action answers as a missing one
        }
        return action;
    }

    private boolean mayConclude(ActionItem action) {
        long me = access.currentMemberId();
        return action.getOwnerId() == me || action.getCreatedBy() == me
                || access.findRoleIn(action.getNetworkId()).map(NetworkRole::canFacilitate).orElse(false);
    }

    /** A gathering's title, or "" where the member may no longer see it (a network they left). */
    private String titleOrNone(long gatheringId) {
        try {
            return gatherings.detail(gatheringId).title();
        } catch (ItemNotFoundException gone) {
            return "";
        }
    }

    /**
     * Whether the member may see an action of the network: always their own (owned or recorded), else when they may
     * read the gathering that agreed it (the publish gate); true without a gathering.
     */
    boolean mayRead(ActionItem action, Map<Long, Boolean> known) {
        Long gathering = action.getGatheringId();
        long me = access.currentMemberId();
        return gathering == null || action.getOwnerId() == me || action.getCreatedBy() == me
                || known.computeIfAbsent(gathering, id -> mayReadGathering(action.getNetworkId(), id, me));
    }

    /**
     * The publish gate for a gathering: its boards' (withheld until published), and the gathering's own state for
     * one without boards, whose actions would otherwise show before it is published.
     */
    private boolean mayReadGathering(long networkId, long gatheringId, long me) {
        if (!boards.mayReadAgenda(networkId, gatheringId)) {
            return false;
        }
        GatheringDetail gathering = gatherings.detail(gatheringId);
        return !gathering.withheld() || access.roleIn(networkId).canFacilitate()
                || rooms.whoTookPart(gatheringId).contains(me);
    }

    List<ActionView> views(Collection<ActionItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = members.displayNames(items.stream().map(ActionItem::getOwnerId)
                .collect(Collectors.toSet()));
        Map<Long, String> networkNames = networks.myNetworks().stream()
                .collect(Collectors.toMap(NetworkSummary::id, NetworkSummary::name));
        Map<Long, BoardReader.KeptNote> sources = boardReader.keptNotes(items.stream()
                .map(ActionItem::getSourceNoteId).filter(Objects::nonNull).collect(Collectors.toSet()));
        long me = access.currentMemberId();
        Map<Long, String> gatheringTitles = new HashMap<>();
        List<ActionView> views = new ArrayList<>();
        for (ActionItem action : items) {
            Long gathering = action.getGatheringId();
            String gatheringTitle = gathering == null ? null
                    : gatheringTitles.computeIfAbsent(gathering, this::titleOrNone);
            BoardReader.KeptNote source = action.getSourceNoteId() == null ? null
                    : sources.get(action.getSourceNoteId());
            // An anonymous source is shown to whoever chose it only: beside the owner's name it could say who
            // wrote it (docs/adr/0196).
            String sourceText = source == null || (source.anonymous() && action.getCreatedBy() != me) ? null
                    : source.text();
            views.add(new ActionView(action.getId(), action.getNetworkId(),
                    networkNames.getOrDefault(action.getNetworkId(), ""), gathering, gatheringTitle, action.getText(),
                    action.getOwnerId(), names.getOrDefault(action.getOwnerId(), ""), action.getDueOn(),
                    action.getStatus(), action.getOutcome(), sourceText, action.getFollowUpBoardId(),
                    mayConclude(action)));
        }
        return views;
    }
}
