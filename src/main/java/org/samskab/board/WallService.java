package org.samskab.board;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.TextRules;
import org.samskab.board.BoardRules.Actor;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.HiddenPost;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.WallStatus;
import org.samskab.member.MemberService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reflection wall adds to a board: private writing and the reveal, saying a post resonates, and hiding a
 * post that breaks the room's agreements (and restoring it). Which kinds may do each is asked of the board's
 * {@link BoardKind} capabilities through {@link BoardRules}.
 */
@Service
public class WallService {

    /** How long a facilitator's reason for hiding a post may be. */
    public static final int HIDE_REASON_MAX = 200;
    /** Below this many people posting, anonymity on a wall is weak. */
    public static final int ANONYMITY_MIN_POSTERS = 5;

    private final BoardRepository boards;
    private final SectionRepository sections;
    private final NoteRepository notes;
    private final ReactionRepository reactions;
    private final ChangePipeline pipeline;
    private final BoardStates states;
    private final MemberService members;

    WallService(BoardRepository boards, SectionRepository sections, NoteRepository notes,
            ReactionRepository reactions, ChangePipeline pipeline, BoardStates states, MemberService members) {
        this.boards = boards;
        this.sections = sections;
        this.notes = notes;
        this.reactions = reactions;
        this.pipeline = pipeline;
        this.states = states;
        this.members = members;
    }

    /** A facilitator starts private writing: posts written from now on are seen only by their authors. */
    public BoardState startPrivateWriting(long boardId) {
        return pipeline.onBoard(boardId, ChangeAction.PRIVATE_WRITING_STARTED, change -> {
            Board board = change.board();
            change.require(board.rules().privateWriting(change.actor()));
            if (board.isPrivateWriting()) {
                return change.unchanged(states.board(board));
            }
            BoardState before = states.board(board);
            board.setPrivateWriting(true);
            change.revision();
            BoardState after = states.board(board);
            change.log(null, null, before, after).announceBoard(after);
            return after;
        });
    }

    /**
     * A facilitator reveals every private post on the wall at once, in one change, and ends private writing:
     * everyone sees them all from this revision on.
     */
    public BoardState revealPrivatePosts(long boardId) {
        return pipeline.onBoard(boardId, ChangeAction.POSTS_REVEALED, change -> {
            Board board = change.board();
            change.require(board.rules().privateWriting(change.actor()));
            BoardState before = states.board(board);
            List<Note> revealed = reveal(board, change.now());
            change.revision();
            BoardState after = states.board(board);
            change.log(null, null, before, Map.of("board", after, "revealed", revealed.size()))
                    .announceNotes(states.shared(board, revealed, change.revision())).announceBoard(after);
            return after;
        });
    }

    /** Shares every private post on the wall and ends private writing; returns the posts now shared. */
    List<Note> reveal(Board board, java.time.Instant now) {
        List<Note> revealed = notes.findActive(board.getId()).stream().filter(Note::isPrivatePost).toList();
        revealed.forEach(n -> n.reveal(now));
        notes.flush();
        board.setPrivateWriting(false);
        return revealed;
    }

    /**
     * Says whether the member resonates with a post (one per member and post; not on one's own post, whose
     * author could otherwise count themselves). Returns the post with its new count. The log keeps who reacted
     * (the history names them, except on anonymous posts) and not the count.
     */
    public NoteState setResonates(long noteId, boolean resonates) {
        ChangeAction action = resonates ? ChangeAction.RESONATED : ChangeAction.RESONANCE_WITHDRAWN;
        return pipeline.onNote(noteId, action, (change, note) -> {
            Board board = change.board();
            change.require(board.rules().resonate(change.actor(), note.getAuthorId()));
            long me = change.memberId();
            if (reactions.existsByNoteIdAndMemberId(noteId, me) == resonates) {
                return change.unchanged(states.note(board, note, board.getRevision()));
            }
            if (resonates) {
                reactions.saveAndFlush(new Reaction(board.getId(), noteId, me, change.now()));
            } else {
                reactions.deleteByNoteIdAndMemberId(noteId, me);
                reactions.flush();
            }
            NoteState after = states.note(board, note, change.revision());
            change.log(noteId, note.getSectionId(), null, null).announceShared(List.of(note), List.of());
            return after;
        });
    }

    /**
     * A facilitator hides a post that breaks the room's agreements: it is gone for everyone, and the history
     * keeps who hid it and why.
     */
    public void hidePost(long noteId, String reason) {
        pipeline.onNote(noteId, ChangeAction.NOTE_HIDDEN, (change, note) -> {
            Board board = change.board();
            change.require(board.rules().hide(change.actor(), note.isPrivatePost()));
            String cleanReason = TextRules.requiredText(reason, HIDE_REASON_MAX, "field.hide-reason");
            NoteState before = states.note(board, note, board.getRevision());
            note.hide(change.memberId(), cleanReason, change.now());
            notes.saveAndFlush(note);
            change.log(noteId, note.getSectionId(), before, Map.of("reason", cleanReason))
                    .announceRemoved(List.of(noteId));
            return note;
        });
    }

    /** A facilitator brings a hidden post back, where it was (or in the first prompt, if its own is gone). */
    public NoteState restorePost(long noteId) {
        long boardId = pipeline.boardOfNote(noteId);
        return pipeline.onBoard(boardId, ChangeAction.NOTE_RESTORED, change -> {
            Board board = change.board();
            change.require(board.rules().facilitate(change.actor()));
            // A hidden post is not visible to anyone: read it directly, not as a member sees notes.
            Note note = notes.findById(noteId).orElseThrow(ItemNotFoundException::new);
            if (note.isDeleted() || !note.isHidden()) {
                throw new ItemNotFoundException();
            }
            List<BoardSection> prompts = sections.findActive(boardId);
            if (prompts.stream().noneMatch(s -> s.getId() == note.getSectionId())) {
                BoardSection first = prompts.getFirst();
                note.place(first.getId(), notes.maxPosition(first.getId()) + 1, change.now());
            }
            Map<String, Object> before = Map.of("reason", String.valueOf(note.getHiddenReason()));
            note.restore(change.now());
            notes.saveAndFlush(note);
            NoteState after = states.note(board, note, change.revision());
            change.log(noteId, note.getSectionId(), before, after).announceShared(List.of(note), List.of());
            return after;
        });
    }

    /** The posts facilitators have hidden on a board, newest first, for restoring. */
    @Transactional(readOnly = true)
    public List<HiddenPost> hiddenPosts(long boardId) {
        Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        board.rules().require(board.rules().readFacilitatorsView(pipeline.actor(boardId)));
        List<Note> hidden = notes.findHidden(boardId);
        Map<Long, String> names = members.displayNames(hidden.stream().map(Note::getHiddenBy)
                .collect(Collectors.toSet()));
        return hidden.stream().map(n -> new HiddenPost(n.getId(), n.getSectionId(), n.getText(),
                names.get(n.getHiddenBy()), n.getHiddenReason())).toList();
    }

    /** A wall's facilitator view (counts only), for a facilitator's screen to refresh as posts come in. */
    @Transactional(readOnly = true)
    public WallStatus wallStatus(long boardId) {
        Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        Actor actor = pipeline.actor(boardId);
        board.rules().require(board.rules().readFacilitatorsView(actor));
        if (!board.getKind().writesPrivately()) {
            board.rules().require(BoardRules.Refusal.ONLY_ON_WALLS);
        }
        return status(board, notes.findActive(boardId));
    }

    static WallStatus status(Board board, List<Note> active) {
        Map<Long, Integer> privateCounts = new HashMap<>();
        Set<Long> posters = new HashSet<>();
        for (Note note : active) {
            posters.add(note.getAuthorId());
            if (note.isPrivatePost()) {
                privateCounts.merge(note.getSectionId(), 1, Integer::sum);
            }
        }
        boolean weak = board.isPostsAnonymous() && !posters.isEmpty() && posters.size() < ANONYMITY_MIN_POSTERS;
        return new WallStatus(privateCounts, posters.size(), weak);
    }
}
