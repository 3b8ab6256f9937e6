package org.samskab.board;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of board the engine runs. They share storage and the change pipeline and differ only by the
 * capabilities below, which {@link BoardRules} and the screens ask instead of testing the kind.
 */
public enum BoardKind {
    IDEA_BOARD,
    REFLECTION_WALL,
    THEORY_U_CANVAS,
    CASE_CLINIC;

    /** Notes can lead to notes in later sections (a Theory U canvas's links). */
    public boolean linksNotes() {
        return this == THEORY_U_CANVAS;
    }

    /**
     * A post is its author's alone: nobody else edits, recolours, deletes or (except facilitators, tidying)
     * moves it. Facilitators hide a post instead of rewriting it. A reflection wall's posts.
     */
    public boolean postsBelongToAuthors() {
        return this == REFLECTION_WALL;
    }

    /** Facilitators may hide a post that breaks the room's agreements, and restore it. */
    public boolean hidesPosts() {
        return this == REFLECTION_WALL;
    }

    /** Facilitators may start private writing: posts stay their authors' until the reveal. */
    public boolean writesPrivately() {
        return this == REFLECTION_WALL;
    }

    /** Members say a post resonates with them (instead of voting on it). */
    public boolean resonates() {
        return this == REFLECTION_WALL;
    }

    /** Facilitators may run dot votes. Reflections are not ranked. */
    public boolean votes() {
        return this != REFLECTION_WALL;
    }

    /** Whether a note can have a colour chosen by its author (a wall's posts all look alike). */
    public boolean colouredNotes() {
        return this != REFLECTION_WALL;
    }

    /** Members may choose to post anonymously when the board allows it (a wall decides for everyone instead). */
    public boolean offersAnonymousChoice() {
        return this != REFLECTION_WALL;
    }

    /** The sections (a wall's prompts) are the facilitators' to add, rename and move. */
    public boolean sectionsAreFacilitators() {
        return this == REFLECTION_WALL;
    }

    /** The board comes with built-in stages or steps, in a fixed order, that nobody adds or removes. */
    public boolean hasBuiltInSections() {
        return !KindDefaults.sections(this).isEmpty();
    }

    /** One group with roles works on the board; only the group and facilitators write (a case clinic). */
    public boolean hasGroup() {
        return this == CASE_CLINIC;
    }

    /** The built-in step whose notes may open with a coach's mirror (I see / I sense / I feel); null for none. */
    public @Nullable String mirrorStageKey() {
        return this == CASE_CLINIC ? KindDefaults.MIRRORING : null;
    }

    /**
     * What members call a section of this kind (a wall's prompt, a canvas's stage, a case clinic's step, an idea
     * board's cluster): the label of its name field, and what a refused name is called.
     */
    public String sectionFieldKey() {
        return switch (this) {
            case REFLECTION_WALL -> "field.prompt";
            case THEORY_U_CANVAS -> "field.stage-name";
            case CASE_CLINIC -> "field.step-name";
            case IDEA_BOARD -> "field.section";
        };
    }

    public String translationKey() {
        return "board.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
