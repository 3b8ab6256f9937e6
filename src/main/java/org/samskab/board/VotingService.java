package org.samskab.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.samskab.base.InvalidInputException;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.ChangePipeline.Change;
import org.springframework.stereotype.Service;

/**
 * Dot voting: a facilitator opens a round with a number of dots each, members place and take back their dots,
 * totals are shown during the round or only at its end, and the notes can then be sorted by them.
 */
@Service
public class VotingService {

    public static final int MAX_DOTS = 20;

    private final NoteRepository notes;
    private final VoteRepository votes;
    private final ChangePipeline pipeline;
    private final BoardStates states;

    VotingService(NoteRepository notes, VoteRepository votes, ChangePipeline pipeline, BoardStates states) {
        this.notes = notes;
        this.votes = votes;
        this.pipeline = pipeline;
        this.states = states;
    }

    /** A facilitator opens a vote: each member gets {@code dots} dots; totals shown now or only at the end. */
    public BoardState startVote(long boardId, int dots, boolean totalsVisibleDuringVote) {
        return pipeline.onBoard(boardId, ChangeAction.VOTE_STARTED, change -> {
            Board board = change.board();
            change.require(board.rules().startVote(change.actor()));
            if (dots < 1 || dots > MAX_DOTS) {
                throw new InvalidInputException("board.dots-range", 1, MAX_DOTS);
            }
            BoardState before = states.board(board);
            board.startVote(dots, totalsVisibleDuringVote);
            change.revision();
            BoardState after = states.board(board);
            change.log(null, null, before, after).announceBoard(after);
            if (totalsVisibleDuringVote) {
                change.announceNotes(states.allShared(board, change.revision()));
            }
            return after;
        });
    }

    /** Ends the vote and reveals the totals to everyone. */
    public BoardState endVote(long boardId) {
        return pipeline.onBoard(boardId, ChangeAction.VOTE_ENDED, change -> {
            Board board = change.board();
            change.require(board.rules().endVote(change.actor()));
            BoardState before = states.board(board);
            board.endVote();
            change.revision();
            BoardState after = states.board(board);
            change.log(null, null, before, Map.of("state", after, "totals", states.totals(board)))
                    .announceBoard(after).announceNotes(states.allShared(board, change.revision()));
            return after;
        });
    }

    /**
     * Places one of the member's dots on a note; refuses when the vote is not open or no dots are left. Returns
     * how many dots the member has placed in this vote.
     */
    public int placeDot(long noteId) {
        return pipeline.onNote(noteId, ChangeAction.DOT_PLACED, (change, note) -> {
            Board board = change.board();
            change.require(board.rules().removeDot(change.actor()));
            long used = votes.countByBoardIdAndRoundAndMemberId(board.getId(), board.getVoteRound(),
                    change.memberId());
            change.require(board.rules().placeDot(change.actor(), used));
            votes.saveAndFlush(new Vote(board.getId(), noteId, change.memberId(), board.getVoteRound(),
                    change.now()));
            return afterVoteChange(change, note, (int) used + 1);
        });
    }

    /** Takes back one of the member's dots from a note; returns how many the member has placed now. */
    public int removeDot(long noteId) {
        return pipeline.onNote(noteId, ChangeAction.DOT_REMOVED, (change, note) -> {
            Board board = change.board();
            change.require(board.rules().removeDot(change.actor()));
            List<Vote> mine = votes.findByNoteIdAndRoundAndMemberIdOrderByIdDesc(noteId, board.getVoteRound(),
                    change.memberId());
            if (mine.isEmpty()) {
                throw new InvalidInputException("board.no-dot-here");
            }
            votes.delete(mine.getFirst());
            votes.flush();
            int used = (int) votes.countByBoardIdAndRoundAndMemberId(board.getId(), board.getVoteRound(),
                    change.memberId());
            return afterVoteChange(change, note, used);
        });
    }

    /**
     * The log keeps who placed the dot (replay needs it), not running totals: while totals are hidden, the history
     * must not reveal them either. The live update carries totals only when members may see them.
     */
    private int afterVoteChange(Change change, Note note, int used) {
        Board board = change.board();
        change.log(note.getId(), note.getSectionId(), null, null);
        if (board.totalsVisible()) {
            change.announceNotes(List.of(states.note(board, note, change.revision())));
        }
        return used;
    }

    /** Orders the notes in every section by the latest vote's totals, most dots first. Facilitators only. */
    public void sortByVotes(long boardId) {
        pipeline.onBoard(boardId, ChangeAction.SORTED_BY_VOTES, change -> {
            Board board = change.board();
            change.require(board.rules().sortByVotes(change.actor()));
            Map<Long, Integer> totals = states.totals(board);
            Map<Long, List<Note>> bySection = notes.findActive(boardId).stream()
                    .collect(Collectors.groupingBy(Note::getSectionId, LinkedHashMap::new, Collectors.toList()));
            List<Note> all = new ArrayList<>();
            for (List<Note> inSection : bySection.values()) {
                List<Note> sorted = inSection.stream()
                        .sorted(Comparator.comparingInt((Note n) -> -totals.getOrDefault(n.getId(), 0))
                                .thenComparingDouble(Note::getPosition))
                        .toList();
                for (int i = 0; i < sorted.size(); i++) {
                    sorted.get(i).place(sorted.get(i).getSectionId(), i + 1, change.now());
                }
                all.addAll(sorted);
            }
            notes.flush();
            change.log(null, null, null, totals).announceNotes(states.shared(board, all, change.revision()));
            return board;
        });
    }
}
