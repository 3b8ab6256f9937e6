package org.samskab.board;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.samskab.base.InvalidInputException;
import org.samskab.base.ItemNotFoundException;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.ChangePipeline.Change;
import org.samskab.network.NetworkAccess;
import org.springframework.stereotype.Service;

/**
 * How facilitators run the room on a board: the section everyone is on now, timed steps and the shared countdown,
 * the lock that holds participants, the spotlight, and the group that works on a case clinic. Phases are
 * {@link PhaseService}'s.
 */
@Service
public class FacilitationService {

    /** A step or countdown lasts at most two hours. */
    public static final int MAX_TIMER_MINUTES = 120;

    private final SectionRepository sections;
    private final NoteRepository notes;
    private final BoardRepository boards;
    private final VoteRepository votes;
    private final org.samskab.network.NetworkService networks;
    private final GroupMemberRepository groupMembers;
    private final ChangePipeline pipeline;
    private final BoardStates states;
    private final NetworkAccess access;
    private final PhaseService phases;

    FacilitationService(SectionRepository sections, NoteRepository notes, GroupMemberRepository groupMembers,
            ChangePipeline pipeline, BoardStates states, NetworkAccess access, PhaseService phases,
            BoardRepository boards, VoteRepository votes, org.samskab.network.NetworkService networks) {
        this.phases = phases;
        this.boards = boards;
        this.votes = votes;
        this.networks = networks;
        this.sections = sections;
        this.notes = notes;
        this.groupMembers = groupMembers;
        this.pipeline = pipeline;
        this.states = states;
        this.access = access;
    }

    /** Marks the section the group is on now (null: none); every screen highlights it. Facilitators only. */
    public BoardState setFocus(long boardId, @Nullable Long sectionId) {
        return pipeline.onBoard(boardId, ChangeAction.FOCUS_SET, change -> {
            change.require(change.board().rules().facilitate(change.actor()));
            if (sectionId != null) {
                change.activeSection(sectionId);
            }
            return changeBoard(change, sectionId, board -> board.focus(sectionId));
        });
    }

    /** Starts a step: the group's focus moves to it and its countdown starts (none for an untimed step). */
    public BoardState startStep(long sectionId) {
        return pipeline.onSection(sectionId, ChangeAction.STEP_STARTED, (change, step) -> {
            change.require(change.board().rules().facilitate(change.actor()));
            return startStep(change, step);
        });
    }

    /** Starts the step after the current one (the first when none is current). */
    public BoardState nextStep(long boardId) {
        return pipeline.onBoard(boardId, ChangeAction.STEP_STARTED, change -> {
            Board board = change.board();
            change.require(board.rules().facilitate(change.actor()));
            List<BoardSection> steps = sections.findActive(boardId);
            int current = -1;
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).getId().equals(board.getFocusSectionId())) {
                    current = i;
                }
            }
            if (current + 1 >= steps.size()) {
                throw new InvalidInputException("board.no-next-step");
            }
            return startStep(change, steps.get(current + 1));
        });
    }

    /**
     * A step that is one of the board's planned stages starts as that phase (docs/adr/0183), so the step and the
     * phase every screen shows are the same; otherwise the step is focused and timed on its own.
     */
    private BoardState startStep(Change change, BoardSection step) {
        int stage = phases.indexOfStage(change.board(), step.getId());
        if (stage >= 0) {
            return phases.run(change, stage);
        }
        return changeBoard(change, step.getId(), board -> {
            board.focus(step.getId());
            board.startTimer(step.getDurationSeconds(), change.now());
        });
    }

    /** Starts the board's shared countdown from {@code minutes}, on any kind of board (a running one restarts). */
    public BoardState startTimer(long boardId, int minutes) {
        return startTimer(boardId, minutes, false);
    }

    /**
     * Starts the shared countdown; with {@code stopsInput}, participants' input stops when it runs out, until a
     * facilitator gives it more time or stops it.
     */
    public BoardState startTimer(long boardId, int minutes, boolean stopsInput) {
        return pipeline.onBoard(boardId, ChangeAction.TIMER_STARTED, change -> {
            change.require(change.board().rules().facilitate(change.actor()));
            if (minutes < 1 || minutes > MAX_TIMER_MINUTES) {
                throw new InvalidInputException("board.minutes-range", 1, MAX_TIMER_MINUTES);
            }
            return changeBoard(change, null, board -> {
                board.startTimer(minutes * 60, change.now());
                board.setTimeUpStopsInput(stopsInput);
            });
        });
    }

    /** Stops and clears the countdown. */
    public BoardState stopTimer(long boardId) {
        return pipeline.onBoard(boardId, ChangeAction.TIMER_STOPPED, change -> {
            change.require(change.board().rules().facilitate(change.actor()));
            if (!change.board().hasTimer()) {
                return change.unchanged(states.board(change.board()));
            }
            return changeBoard(change, null, board -> {
                board.startTimer(null, change.now());
                board.setTimeUpStopsInput(false);
            });
        });
    }

    public BoardState pauseTimer(long boardId) {
        return pipeline.onBoard(boardId, ChangeAction.TIMER_PAUSED, change -> {
            change.require(change.board().rules().facilitate(change.actor()));
            return changeBoard(change, null, board -> board.pauseTimer(change.now()));
        });
    }

    public BoardState resumeTimer(long boardId) {
        return pipeline.onBoard(boardId, ChangeAction.TIMER_RESUMED, change -> {
            change.require(change.board().rules().facilitate(change.actor()));
            return changeBoard(change, null, board -> board.resumeTimer(change.now()));
        });
    }

    /** Gives the running or paused countdown {@code minutes} more. */
    public BoardState extendTimer(long boardId, int minutes) {
        return pipeline.onBoard(boardId, ChangeAction.TIMER_EXTENDED, change -> {
            Board board = change.board();
            change.require(board.rules().facilitate(change.actor()));
            if (minutes < 1 || minutes > MAX_TIMER_MINUTES) {
                throw new InvalidInputException("board.minutes-range", 1, MAX_TIMER_MINUTES);
            }
            return changeBoard(change, null, b -> b.extendTimer(minutes * 60, change.now()));
        });
    }

    /** Makes the board read-only for participants, or writable again; facilitators still write while it is locked. */
    public BoardState setLocked(long boardId, boolean locked) {
        return pipeline.onBoard(boardId, locked ? ChangeAction.BOARD_LOCKED : ChangeAction.BOARD_UNLOCKED, change -> {
            Board board = change.board();
            change.require(board.rules().facilitate(change.actor()));
            if (board.isLocked() == locked) {
                return change.unchanged(states.board(board));
            }
            return changeBoard(change, null, b -> b.setLocked(locked));
        });
    }

    /**
     * Puts one note in the spotlight on every screen (null: none). Only a note everyone sees: a private or hidden
     * post answers as a missing one does.
     */
    public BoardState spotlight(long boardId, @Nullable Long noteId) {
        return pipeline.onBoard(boardId, ChangeAction.SPOTLIGHT_SET, change -> {
            Board board = change.board();
            change.require(board.rules().facilitate(change.actor()));
            if (noteId != null) {
                notes.findById(noteId).filter(n -> n.getBoardId() == board.getId() && !n.isDeleted()
                        && !n.isHidden() && !n.isPrivatePost()).orElseThrow(ItemNotFoundException::new);
            }
            return changeBoard(change, null, b -> b.spotlight(noteId));
        });
    }

    /**
     * The room at a glance for a board's facilitators: {@code present} are the members the live layer sees on the
     * board now. Counts only (docs/adr/0183).
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public BoardViews.RoomGlance glance(long boardId, java.util.Set<Long> present, java.util.Locale locale) {
        Board board = boards.findActive(boardId).orElseThrow(ItemNotFoundException::new);
        BoardRules.Actor actor = pipeline.actor(boardId);
        board.rules().require(board.rules().readFacilitatorsView(actor));
        java.util.Map<String, Integer> byOrganisation = new java.util.LinkedHashMap<>();
        int without = 0;
        int counted = 0;
        for (var group : networks.membersByOrganisation(board.getNetworkId(), locale)) {
            int here = (int) group.members().stream().filter(m -> present.contains(m.memberId())).count();
            counted += here;
            if (group.organisationName() == null) {
                without += here;
            } else if (here > 0) {
                byOrganisation.put(group.organisationName(), here);
            }
        }
        java.time.Instant since = board.getPhaseStartedAt();
        int posted = (int) notes.findActive(boardId).stream()
                .filter(n -> since == null || !n.getCreatedAt().isBefore(since)).map(Note::getAuthorId).distinct()
                .count();
        int voted = board.getVoteState() == VoteState.NONE ? 0
                : (int) votes.countVoters(boardId, board.getVoteRound());
        return new BoardViews.RoomGlance(counted, byOrganisation, without, posted, voted, since != null);
    }

    /** Applies a checked board-wide change, logging the board's state before and after. */
    private BoardState changeBoard(Change change, @Nullable Long sectionId, Consumer<Board> apply) {
        Board board = change.board();
        BoardState before = states.board(board);
        apply.accept(board);
        change.revision();
        BoardState after = states.board(board);
        change.log(null, sectionId, before, after).announceBoard(after);
        return after;
    }

    /**
     * Sets who works on a case clinic board: four or five members of the network, exactly one of them the case
     * giver. Only they (and facilitators) write on the board. Facilitators only.
     */
    public BoardState setGroup(long boardId, Map<Long, GroupRole> group) {
        return pipeline.onBoard(boardId, ChangeAction.GROUP_SET, change -> {
            Board board = change.board();
            change.require(board.rules().setGroup(change.actor()));
            if (group == null || group.size() < KindDefaults.GROUP_MIN || group.size() > KindDefaults.GROUP_MAX) {
                throw new InvalidInputException("board.group-size", KindDefaults.GROUP_MIN, KindDefaults.GROUP_MAX);
            }
            if (group.values().stream().anyMatch(Objects::isNull)
                    || group.values().stream().filter(r -> r == GroupRole.CASE_GIVER).count() != 1) {
                throw new InvalidInputException("board.group-one-case-giver");
            }
            for (Long memberId : group.keySet()) {
                if (memberId == null || !access.isInNetwork(board.getNetworkId(), memberId)) {
                    throw new InvalidInputException("board.group-not-in-network");
                }
            }
            BoardState before = states.board(board);
            groupMembers.deleteByBoardId(board.getId());
            groupMembers.flush();
            group.forEach((memberId, role) -> groupMembers.save(new BoardGroupMember(board.getId(), memberId, role)));
            groupMembers.flush();
            change.revision();
            BoardState after = states.board(board);
            // Every note's author role may have changed.
            change.log(null, null, before, after).announceBoard(after)
                    .announceNotes(states.allShared(board, change.revision()));
            return after;
        });
    }
}
