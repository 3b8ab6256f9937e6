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

    public String translationKey() {
        return "board.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
