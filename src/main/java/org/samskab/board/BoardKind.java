package org.samskab.board;

/** The kinds of board the engine runs. They differ in layout and rules, not in storage. */
public enum BoardKind {
    IDEA_BOARD,
    REFLECTION_WALL,
    THEORY_U_CANVAS,
    CASE_CLINIC;

    /** Whether notes can lead to notes in later sections (a Theory U canvas's links); the service enforces it. */
    public boolean linksNotes() {
        return this == THEORY_U_CANVAS;
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
