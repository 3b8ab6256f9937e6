package org.samskab.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.BoardSummary;
import org.samskab.board.BoardViews.GroupMemberState;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.member.MemberService;
import org.springframework.stereotype.Component;

/**
 * Turns the board's rows into the plain states the engine hands out and announces: what every member may see of a
 * note, a section, the board. Reads what a note's state needs besides the note (names, visible totals, links,
 * group roles, resonances) in as few round trips as the change allows.
 */
@Component
class BoardStates {

    private final NoteRepository notes;
    private final SectionRepository sections;
    private final VoteRepository votes;
    private final NoteLinkRepository links;
    private final GroupMemberRepository groupMembers;
    private final ReactionRepository reactions;
    private final MemberService members;

    BoardStates(NoteRepository notes, SectionRepository sections, VoteRepository votes, NoteLinkRepository links,
            GroupMemberRepository groupMembers, ReactionRepository reactions, MemberService members) {
        this.notes = notes;
        this.sections = sections;
        this.votes = votes;
        this.links = links;
        this.groupMembers = groupMembers;
        this.reactions = reactions;
        this.members = members;
    }

    /** What a note's shared state needs besides the note: names, visible totals, links, group roles. */
    record NoteContext(Map<Long, String> names, @Nullable Map<Long, Integer> totals, Map<Long, List<Long>> links,
            Map<Long, GroupRole> roles, Map<Long, Integer> resonates) {
    }

    NoteContext context(Board board, List<Note> list) {
        Map<Long, List<Long>> linked = new HashMap<>();
        if (!list.isEmpty() && board.getKind().linksNotes()) {
            // A few notes: their own links; many (opening a board): the board's, without a long IN list.
            for (NoteLink link : list.size() > 50 ? links.findByBoardId(board.getId())
                    : links.findFrom(list.stream().map(Note::getId).toList())) {
                linked.computeIfAbsent(link.getFromNoteId(), k -> new ArrayList<>()).add(link.getToNoteId());
            }
        }
        if (!linked.isEmpty()) {
            // A link to a hidden or private note is not shown: it would point at what others may not see.
            Set<Long> targets = linked.values().stream().flatMap(List::stream).collect(Collectors.toSet());
            Set<Long> shown = notes.findAllById(targets).stream()
                    .filter(n -> !n.isDeleted() && !n.isHidden() && !n.isPrivatePost()).map(Note::getId)
                    .collect(Collectors.toSet());
            linked.values().forEach(to -> to.retainAll(shown));
        }
        Map<Long, Integer> resonates = board.getKind().resonates() ? resonates(board) : Map.of();
        return new NoteContext(authorNames(list), board.totalsVisible() ? totals(board) : null, linked,
                groupRoles(board), resonates);
    }

    /**
     * A note just written has no dots, links or resonances yet: its author's name (read before the board's lock)
     * and part in the board's group (known from who acts) are all it needs. Adding a note is what a live board does most, and every query here is a round trip before
     * anyone sees the note.
     */
    static NoteContext newNoteContext(Board board, Note note, @Nullable String authorName,
            @Nullable GroupRole authorRole) {
        long author = note.getAuthorId();
        return new NoteContext(note.isAnonymous() || authorName == null ? Map.of() : Map.of(author, authorName),
                board.totalsVisible() ? Map.of() : null, Map.of(),
                note.isAnonymous() || authorRole == null ? Map.of() : Map.of(author, authorRole), Map.of());
    }

    private Map<Long, GroupRole> groupRoles(Board board) {
        Map<Long, GroupRole> roles = new HashMap<>();
        if (board.getKind().hasGroup()) {
            groupMembers.findByBoardId(board.getId()).forEach(m -> roles.put(m.getMemberId(), m.getRole()));
        }
        return roles;
    }

    private Map<Long, String> authorNames(List<Note> list) {
        return members.displayNames(list.stream().filter(n -> !n.isAnonymous()).map(Note::getAuthorId)
                .collect(Collectors.toCollection(HashSet::new)));
    }

    Map<Long, Integer> totals(Board board) {
        Map<Long, Integer> totals = new HashMap<>();
        for (Object[] row : votes.totals(board.getId(), board.getVoteRound())) {
            totals.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return totals;
    }

    private Map<Long, Integer> resonates(Board board) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : reactions.counts(board.getId())) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    NoteState note(Board board, Note note, long revision) {
        return notes(board, List.of(note), revision).getFirst();
    }

    List<NoteState> notes(Board board, List<Note> list, long revision) {
        NoteContext context = context(board, list);
        return list.stream().map(n -> note(n, context, revision)).toList();
    }

    /** The states of the given notes that every member may see (hidden and private ones left out). */
    List<NoteState> shared(Board board, List<Note> list, long revision) {
        return notes(board, shared(list), revision);
    }

    /** Every note all members may see (for announcing a board-wide change). */
    List<NoteState> allShared(Board board, long revision) {
        return shared(board, notes.findActive(board.getId()), revision);
    }

    /** The notes that every member may see: not hidden, not private. Only these go to the live layer. */
    static List<Note> shared(List<Note> list) {
        return list.stream().filter(n -> !n.isDeleted() && !n.isHidden() && !n.isPrivatePost()).toList();
    }

    static NoteState note(Note note, NoteContext context, long revision) {
        Map<Long, Integer> totals = context.totals();
        return new NoteState(note.getId(), note.getSectionId(), note.getText(), note.getColour(),
                note.isAnonymous() ? null : context.names().get(note.getAuthorId()), note.isAnonymous(),
                note.getPosition(), note.getTextVersion(),
                totals == null ? null : totals.getOrDefault(note.getId(), 0), revision, note.isPrivatePost(),
                context.resonates().getOrDefault(note.getId(), 0), note.getMirror(),
                note.isAnonymous() ? null : context.roles().get(note.getAuthorId()),
                context.links().getOrDefault(note.getId(), List.of()).stream().sorted().toList(), note.isRoomOnly());
    }

    List<SectionState> sections(long boardId) {
        return sections.findActive(boardId).stream().map(BoardStates::section).toList();
    }

    static SectionState section(BoardSection section) {
        return new SectionState(section.getId(), section.getTitle(), section.getPosition(), section.getStageKey(),
                section.getGuidance(), section.getDurationSeconds());
    }

    BoardState board(Board board) {
        return new BoardState(board.getId(), board.getTitle(), board.getInstructions(), board.getKind(),
                board.isAllowAnonymous(), board.getVoteState(), board.getVoteRound(), board.getVoteDots(),
                board.isVoteTotalsVisible(), board.getRevision(), board.isPostsAnonymous(),
                board.isPrivateWriting(), board.getFocusSectionId(), board.getTimerEndsAt(),
                board.getTimerPausedSeconds(), group(board), board.isReadOnly(), phases(board),
                board.getPhaseIndex(), board.getPhase(), board.getPhaseSectionId(), board.isLocked(),
                board.getSpotlightNoteId(), board.isTimeUpStopsInput());
    }

    /** The board's plan of phases: the facilitators', or its kind's default (docs/adr/0183). */
    List<PlannedPhase> phases(Board board) {
        String plan = board.getPhasePlan();
        if (plan != null) {
            return PlannedPhase.parse(plan);
        }
        List<Long> stages = board.getKind().hasBuiltInSections()
                ? sections.findActive(board.getId()).stream().filter(s -> s.getStageKey() != null)
                        .map(BoardSection::getId).toList()
                : List.of();
        return KindDefaults.phases(board.getKind(), stages);
    }

    /** The board's group, case giver first, then by name. */
    private List<GroupMemberState> group(Board board) {
        if (!board.getKind().hasGroup()) {
            return List.of();
        }
        List<BoardGroupMember> group = groupMembers.findByBoardId(board.getId());
        Map<Long, String> names = members.displayNames(group.stream().map(BoardGroupMember::getMemberId).toList());
        return group.stream().map(m -> new GroupMemberState(m.getMemberId(), names.get(m.getMemberId()), m.getRole()))
                .sorted(Comparator.comparing((GroupMemberState m) -> m.role() != GroupRole.CASE_GIVER)
                        .thenComparing(GroupMemberState::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    static BoardSummary summary(Board board) {
        return new BoardSummary(board.getId(), board.getNetworkId(), board.getGatheringId(), board.getKind(),
                board.getTitle(), board.getInstructions(), board.getPosition(), board.isAllowAnonymous(),
                board.isPostsAnonymous());
    }
}
