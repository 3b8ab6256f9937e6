package org.samskab.board;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A phase of the work on a board, as a facilitator paces the room (Parabol's reflect, group, vote, discuss; a
 * wall's private writing and reveal; a canvas stage by stage). While a phase runs, participants may do only its
 * {@link Step}s; facilitators may do everything. With no phase running the board is open to everything its kind
 * and state allow, as before phases existed.
 */
public enum Phase {
    /** Everyone writes, edits their own notes, arranges and links them. */
    WRITE(Step.ADD, Step.EDIT, Step.MOVE, Step.LINK, Step.SHAPE_SECTIONS),
    /** Affinity grouping: notes are moved, linked and sections shaped; nothing new is written. */
    GROUP(Step.MOVE, Step.LINK, Step.SHAPE_SECTIONS),
    /** Dot voting; entering the phase opens a vote, leaving it ends the vote and shows the totals. */
    VOTE(Step.DOT),
    /** The room talks; the board is read. */
    DISCUSS,
    /** A wall's private writing: posts stay their authors' until the reveal, which leaving the phase does. */
    PRIVATE_WRITING(Step.ADD, Step.EDIT, Step.MOVE),
    /** Everyone reads what was revealed. */
    REVEAL,
    /** Members say which posts resonate with them. */
    REACT(Step.RESONATE),
    /** One built-in stage or step: writing there only; entering it focuses the stage and starts its timer. */
    STAGE(Step.ADD, Step.EDIT, Step.MOVE, Step.LINK);

    /** What a participant does on a board, as far as phases are concerned. */
    public enum Step {
        ADD, EDIT, MOVE, LINK, SHAPE_SECTIONS, DOT, RESONATE
    }

    private final Set<Step> steps;

    Phase(Step... steps) {
        this.steps = steps.length == 0 ? EnumSet.noneOf(Step.class) : EnumSet.of(steps[0], steps);
    }

    /** Whether participants may take this step during the phase. */
    public boolean allows(Step step) {
        return steps.contains(step);
    }

    /** Whether a board of this kind can run this phase. */
    public boolean fits(BoardKind kind) {
        return switch (this) {
            case WRITE, DISCUSS -> true;
            case GROUP -> !kind.postsBelongToAuthors();
            case VOTE -> kind.votes();
            case PRIVATE_WRITING, REVEAL -> kind.writesPrivately();
            case REACT -> kind.resonates();
            case STAGE -> kind.hasBuiltInSections();
        };
    }

    /** Whether the phase is one stage's, and names it. */
    public boolean needsSection() {
        return this == STAGE;
    }

    public String translationKey() {
        return "phase." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What participants are asked to do now, shown under the phase's name. */
    public String instructionKey() {
        return translationKey() + ".instruction";
    }
}
