package org.samskab.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.samskab.base.InvalidInputException;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.ChangePipeline.Change;
import org.springframework.stereotype.Service;

/**
 * Phases: facilitators plan a board's phases and step the room through them (docs/adr/0183). While a phase runs,
 * {@link BoardRules} lets participants take only its steps. Entering and leaving a phase does what a facilitator
 * would otherwise do by hand in the same moment: the vote phase opens a vote and ends it, private writing starts
 * and is revealed, a stage is focused and its step's timer starts. Facilitators only, like everything here.
 */
@Service
public class PhaseService {

    /** More phases than a gathering's board ever runs; a plan is one short line. */
    public static final int MAX_PHASES = 20;

    private final SectionRepository sections;
    private final ChangePipeline pipeline;
    private final BoardStates states;
    private final WallService walls;

    PhaseService(SectionRepository sections, ChangePipeline pipeline, BoardStates states, WallService walls) {
        this.sections = sections;
        this.pipeline = pipeline;
        this.states = states;
        this.walls = walls;
    }

    /**
     * Sets the board's plan of phases, in order. Each must fit the board's kind; a stage names one of the board's
     * built-in stages. Not while a phase runs: the running one would change meaning under the room.
     */
    public BoardState planPhases(long boardId, List<PlannedPhase> plan) {
        return pipeline.onBoard(boardId, ChangeAction.PHASES_PLANNED, change -> {
            Board board = change.board();
            change.require(board.rules().facilitate(change.actor()));
            if (board.getPhaseIndex() != null) {
                throw new InvalidInputException("phase.plan-while-running");
            }
            if (plan.size() > MAX_PHASES) {
                throw new InvalidInputException("phase.too-many", MAX_PHASES);
            }
            List<Long> stages = sections.findActive(boardId).stream().filter(s -> s.getStageKey() != null)
                    .map(BoardSection::getId).toList();
            for (PlannedPhase planned : plan) {
                Long section = planned.sectionId();
                boolean stageOk = planned.phase().needsSection() ? section != null && stages.contains(section)
                        : section == null;
                if (!planned.phase().fits(board.getKind()) || !stageOk) {
                    throw new InvalidInputException("phase.not-on-this-board");
                }
            }
            BoardState before = states.board(board);
            board.planPhases(plan);
            change.revision();
            BoardState after = states.board(board);
            change.log(null, null, before, after).announceBoard(after);
            return after;
        });
    }

    /** Goes back to the kind's default plan (the board's stages, for a canvas or a case clinic). */
    public BoardState useDefaultPhases(long boardId) {
        return pipeline.onBoard(boardId, ChangeAction.PHASES_PLANNED, change -> {
            Board board = change.board();
            change.require(board.rules().facilitate(change.actor()));
            if (board.getPhaseIndex() != null) {
                throw new InvalidInputException("phase.plan-while-running");
            }
            BoardState before = states.board(board);
            board.useDefaultPhases();
            change.revision();
            BoardState after = states.board(board);
            change.log(null, null, before, after).announceBoard(after);
            return after;
        });
    }

    /** Starts phase {@code index} of the plan (0-based), leaving the running one. */
    public BoardState startPhase(long boardId, int index) {
        return pipeline.onBoard(boardId, ChangeAction.PHASE_STARTED, change -> {
            change.require(change.board().rules().facilitate(change.actor()));
            return run(change, index);
        });
    }

    /** Starts the phase after the running one (the first when none runs). */
    public BoardState nextPhase(long boardId) {
        return pipeline.onBoard(boardId, ChangeAction.PHASE_STARTED, change -> {
            Board board = change.board();
            change.require(board.rules().facilitate(change.actor()));
            Integer current = board.getPhaseIndex();
            return run(change, current == null ? 0 : current + 1);
        });
    }

    /** Goes back to the phase before the running one. */
    public BoardState previousPhase(long boardId) {
        return pipeline.onBoard(boardId, ChangeAction.PHASE_STARTED, change -> {
            Board board = change.board();
            change.require(board.rules().facilitate(change.actor()));
            Integer current = board.getPhaseIndex();
            if (current == null || current == 0) {
                throw new InvalidInputException("phase.no-previous");
            }
            return run(change, current - 1);
        });
    }

    /** Leaves the running phase; the board is open to everything its kind allows again. */
    public BoardState endPhases(long boardId) {
        return pipeline.onBoard(boardId, ChangeAction.PHASES_ENDED, change -> {
            Board board = change.board();
            change.require(board.rules().facilitate(change.actor()));
            if (board.getPhaseIndex() == null) {
                return change.unchanged(states.board(board));
            }
            return run(change, null);
        });
    }

    /** Where the board's plan runs this stage as a phase, or -1. */
    int indexOfStage(Board board, long sectionId) {
        List<PlannedPhase> plan = states.phases(board);
        for (int i = 0; i < plan.size(); i++) {
            Long stage = plan.get(i).sectionId();
            if (plan.get(i).phase() == Phase.STAGE && stage != null && stage == sectionId) {
                return i;
            }
        }
        return -1;
    }

    /** Leaves the running phase and enters phase {@code index} of the plan, or none for null, in one change. */
    BoardState run(Change change, @Nullable Integer index) {
        Board board = change.board();
        List<PlannedPhase> plan = states.phases(board);
        if (index != null && (index < 0 || index >= plan.size())) {
            throw new InvalidInputException(plan.isEmpty() ? "phase.none-planned" : "phase.no-next");
        }
        PlannedPhase next = index == null ? null : plan.get(index);
        Phase leaving = board.getPhase();
        Phase entering = next == null ? null : next.phase();
        BoardState before = states.board(board);
        List<Note> revealed = new ArrayList<>();
        boolean totalsChanged = false;
        if (leaving == Phase.VOTE && entering != Phase.VOTE && board.getVoteState() == VoteState.OPEN) {
            board.endVote();
            totalsChanged = true;
        }
        if (leaving == Phase.PRIVATE_WRITING && entering != Phase.PRIVATE_WRITING && board.isPrivateWriting()) {
            revealed.addAll(walls.reveal(board, change.now()));
        }
        board.runPhase(index, next, change.now());
        if (entering == Phase.VOTE && board.getVoteState() != VoteState.OPEN) {
            board.startVote(board.getVoteDots(), false);
            totalsChanged = true;
        }
        if (entering == Phase.PRIVATE_WRITING) {
            board.setPrivateWriting(true);
        }
        Long stage = next == null ? null : next.sectionId();
        if (entering == Phase.STAGE && stage != null) {
            BoardSection section = change.activeSection(stage);
            board.focus(section.getId());
            if (section.getDurationSeconds() != null) {
                board.startTimer(section.getDurationSeconds(), change.now());
            }
        }
        change.revision();
        BoardState after = states.board(board);
        change.log(null, stage, before, after).announceBoard(after);
        if (totalsChanged) {
            // Totals appear when the vote ends and hide when a new one starts.
            change.announceNotes(states.allShared(board, change.revision()));
        } else if (!revealed.isEmpty()) {
            change.announceNotes(states.shared(board, revealed, change.revision()));
        }
        return Objects.requireNonNull(after);
    }
}
