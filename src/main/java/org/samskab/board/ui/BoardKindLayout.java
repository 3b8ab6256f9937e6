package org.samskab.board.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.SectionState;

/**
 * What a kind of board adds to the shared board screen: a header (the current stage, a step's timer), tools on
 * each section, and how the sections are laid out. {@link BoardView} keeps everything the kinds share.
 */
interface BoardKindLayout {

    static BoardKindLayout of(BoardView view, BoardKind kind) {
        return switch (kind) {
            case THEORY_U_CANVAS -> new TheoryUCanvasLayout(view);
            case CASE_CLINIC -> new CaseClinicLayout(view);
            default -> new BoardKindLayout() {
            };
        };
    }

    /** Shown under the board's title; null for none. */
    default @Nullable Component header() {
        return null;
    }

    /** A class for the canvas, which the theme lays out per kind; null for the plain columns. */
    default @Nullable String canvasClass() {
        return null;
    }

    /** Adds this kind's tools to a section column (called whenever the column redraws its tools). */
    default void decorate(SectionColumn column) {
    }

    /** What the focused section's badge says ("Current stage"). */
    default String focusLabel() {
        return "";
    }

    /** Whether notes in this section may start with "I see / I sense / I feel". */
    default boolean offersMirror(SectionState section) {
        return false;
    }

    /** Whether every member writes here; false where only the board's group (and facilitators) do. */
    default boolean everyoneWrites() {
        return true;
    }

    default void boardChanged(BoardState state) {
    }

    default void sectionsChanged(List<SectionState> sections) {
    }
}
