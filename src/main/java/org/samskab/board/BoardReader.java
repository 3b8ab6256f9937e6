package org.samskab.board;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.samskab.base.Interner;
import org.samskab.base.ItemNotFoundException;
import org.samskab.board.BoardRules.Actor;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.ChangeEntry;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.WallStatus;
import org.samskab.member.MemberService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a board as the signed-in member may see it: the whole board when a screen opens it, and its change log
 * for facilitators. Hidden posts are gone for everyone and private ones are their author's until the reveal, here
 * as in every announcement.
 */
@Service
@Transactional(readOnly = true)
public class BoardReader {

    /** Notes as boards were opened, shared between the screens that opened them (see {@link #open}). */
    private static final Interner<NoteState> OPENED_NOTES = new Interner<>();

    private final BoardRepository boards;
    private final NoteRepository notes;
    private final VoteRepository votes;
    private final ReactionRepository reactions;
    private final BoardChangeRepository changes;
    private final ChangePipeline pipeline;
    private final BoardStates states;
    private final MemberService members;
    private final JsonMapper json;
    private final PublishGate gate;
    private final org.samskab.network.NetworkAccess access;

    BoardReader(BoardRepository boards, NoteRepository notes, VoteRepository votes, ReactionRepository reactions,
            BoardChangeRepository changes, ChangePipeline pipeline, BoardStates states, MemberService members,
            JsonMapper json, PublishGate gate, org.samskab.network.NetworkAccess access) {
        this.access = access;
        this.gate = gate;
        this.boards = boards;
        this.notes = notes;
        this.votes = votes;
        this.reactions = reactions;
        this.changes = changes;
        this.pipeline = pipeline;
        this.states = states;
        this.members = members;
        this.json = json;
    }

    /** The board as the signed-in member may see it, from the database. */
    public BoardSnapshot open(long boardId) {
        Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        Actor actor = pipeline.actor(boardId);
        gate.requireMayRead(board, actor);
        long me = actor.memberId();
        List<Note> all = notes.findActive(boardId);
        List<Note> visible = all.stream().filter(n -> n.visibleTo(me)).toList();
        // Shared: everyone who opens the board at this revision holds the same note states.
        List<NoteState> noteStates = states.notes(board,
                visible.stream().sorted(Comparator.comparingLong(Note::getSectionId)
                        .thenComparingDouble(Note::getPosition)).toList(),
                board.getRevision()).stream().map(OPENED_NOTES::intern).toList();
        Set<Long> mine = visible.stream().filter(n -> n.getAuthorId() == me).map(Note::getId)
                .collect(Collectors.toSet());
        Map<Long, Integer> myDots = new HashMap<>();
        if (board.getVoteState() != VoteState.NONE) {
            for (Object[] row : votes.dotsOf(boardId, board.getVoteRound(), me)) {
                myDots.put((Long) row[0], ((Number) row[1]).intValue());
            }
        }
        Set<Long> myResonates = board.getKind().resonates() ? new HashSet<>(reactions.notesOf(boardId, me))
                : Set.of();
        WallStatus wall = board.getKind().writesPrivately() && actor.facilitator() ? WallService.status(board, all)
                : null;
        return new BoardSnapshot(states.board(board), board.getNetworkId(), board.getGatheringId(),
                states.sections(boardId), noteStates, mine, myDots, actor.facilitator(), board.getRevision(),
                myResonates, wall);
    }

    /**
     * The board as the room's screen shows it (the projector, docs/adr/0184): what every participant sees and
     * nothing of anyone's own (no private posts, no dots, no moderation). Callers have checked the room's secret.
     */
    BoardSnapshot openForTheRoom(Board board) {
        List<Note> shared = notes.findActive(board.getId()).stream().filter(n -> n.visibleTo(-1)).toList();
        List<NoteState> noteStates = states.notes(board, shared.stream().sorted(Comparator
                .comparingLong(Note::getSectionId).thenComparingDouble(Note::getPosition)).toList(),
                board.getRevision()).stream().map(OPENED_NOTES::intern).toList();
        return new BoardSnapshot(states.board(board), board.getNetworkId(), board.getGatheringId(),
                states.sections(board.getId()), noteStates, Set.of(), Map.of(), false, board.getRevision(),
                Set.of(), null);
    }

    /** The change log, for facilitators. Who did what is shown, except for anonymous notes. */
    public List<ChangeEntry> history(long boardId) {
        Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        Actor actor = pipeline.actor(boardId);
        gate.requireMayRead(board, actor);
        board.rules().require(board.rules().readFacilitatorsView(actor));
        long me = actor.memberId();
        List<BoardChange> log = changes.findByBoardIdOrderByRevision(boardId);
        List<Note> logged = notes.findAllById(log.stream().map(BoardChange::getNoteId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Set<Long> anonymousNotes = logged.stream().filter(Note::isAnonymous).map(Note::getId)
                .collect(Collectors.toSet());
        // Someone else's private post is not in the history until the reveal: not even that it exists.
        Set<Long> othersPrivate = logged.stream().filter(n -> n.isPrivatePost() && n.getAuthorId() != me)
                .map(Note::getId).collect(Collectors.toSet());
        Map<Long, String> names = members.displayNames(log.stream().map(BoardChange::getMemberId)
                .collect(Collectors.toSet()));
        return log.stream().filter(c -> c.getNoteId() == null || !othersPrivate.contains(c.getNoteId()))
                .map(c -> new ChangeEntry(c.getRevision(), c.getCreatedAt(),
                        c.getNoteId() != null && anonymousNotes.contains(c.getNoteId())
                                && !c.getAction().facilitatorsOnNote() ? null : names.get(c.getMemberId()),
                        c.getAction(), c.getNoteId(), c.getSectionId(), c.getBefore(), c.getAfter(), detail(c)))
                .toList();
    }

    /**
     * A note another feature may point to (an action's source, docs/adr/0196): one the member sees and the network
     * keeps (not private, hidden, deleted or for the room only); "not found" otherwise.
     */
    public NoteSource source(long noteId) {
        Note note = notes.findById(noteId).orElseThrow(ItemNotFoundException::new);
        Board board = boards.findActive(note.getBoardId()).orElseThrow(ItemNotFoundException::new);
        Actor actor = pipeline.actor(board.getId());
        gate.requireMayRead(board, actor);
        if (!kept(note)) {
            throw new ItemNotFoundException();
        }
        return new NoteSource(note.getId(), board.getId(), board.getNetworkId(), board.getGatheringId(),
                note.getText());
    }

    /**
     * The notes the member may read now and the network keeps, by id, as another feature shows them as a source:
     * their text, and whether they are anonymous. The others are left out (an action shows where it came from only
     * while its source may be shown).
     */
    public Map<Long, KeptNote> keptNotes(java.util.Collection<Long> noteIds) {
        if (noteIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Boolean> readable = new HashMap<>();
        Map<Long, KeptNote> kept = new HashMap<>();
        for (Note note : notes.findAllById(noteIds)) {
            boolean mayRead = readable.computeIfAbsent(note.getBoardId(), boardId -> {
                try {
                    Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
                    return gate.mayRead(board, pipeline.actor(boardId));
                } catch (ItemNotFoundException missing) {
                    return false;
                }
            });
            if (mayRead && kept(note)) {
                kept.put(note.getId(), new KeptNote(note.getText(), note.isAnonymous()));
            }
        }
        return kept;
    }

    /** A kept note's text, and whether it is anonymous. */
    public record KeptNote(String text, boolean anonymous) {
    }

    private static boolean kept(Note note) {
        return !note.isDeleted() && !note.isHidden() && !note.isPrivatePost() && !note.isRoomOnly();
    }

    /** The signed-in member's named posts, oldest first, for their own data download (docs/adr/0197). */
    public List<MyPost> myNamedPosts() {
        long me = access.currentMemberId();
        Map<Long, String> titles = new HashMap<>();
        return notes.findNamedBy(me).stream().map(n -> new MyPost(n.getId(), n.getText(),
                titles.computeIfAbsent(n.getBoardId(), id -> boards.findById(id).map(Board::getTitle).orElse("")),
                n.getCreatedAt())).toList();
    }

    /** A post of the member's own, as their data download lists it. */
    public record MyPost(long id, String text, String board, java.time.Instant writtenAt) {
    }

    /** A note as another feature may point to it. */
    public record NoteSource(long noteId, long boardId, long networkId, @Nullable Long gatheringId, String text) {
    }

    /** The reason a post was hidden, read back from the log entry. */
    private @Nullable String detail(BoardChange change) {
        if (change.getAction() != ChangeAction.NOTE_HIDDEN || change.getAfter() == null) {
            return null;
        }
        var reason = json.readTree(change.getAfter()).get("reason");
        return reason == null ? null : reason.asString();
    }
}
