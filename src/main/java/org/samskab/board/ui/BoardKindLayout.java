package org.samskab.board.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.SectionState;

/**
 * What a kind of board adds to the shared board screen: a header (the current stage, a step's timer), a part of
 * the toolbar (a wall's phases), tools on each section, its words, and how the sections are laid out.
 * {@link BoardView} and its parts keep everything the kinds share; what a member may do is the model's
 * ({@link BoardScreenModel}), never the layout's.
 */
interface BoardKindLayout {

    /** The one place the screen picks by kind: each kind's layout says what it adds. */
    static BoardKindLayout of(BoardView view, BoardScreenModel model, BoardServiceCalls calls,
            BoardSnapshot snapshot) {
        return switch (snapshot.board().kind()) {
            case THEORY_U_CANVAS -> new TheoryUCanvasLayout(view, model, calls);
            case CASE_CLINIC -> new CaseClinicLayout(view, model, calls);
            case REFLECTION_WALL -> new WallLayout(view, model, calls, snapshot.wallStatus());
            case IDEA_BOARD -> new BoardKindLayout() {
            };
        };
    }

    /** Shown under the board's title; null for none. */
    default @Nullable Component header() {
        return null;
    }

    /** Shown in the toolbar after "Add section" (the vote bar's place on kinds that vote); null for none. */
    default @Nullable Component toolbar() {
        return null;
    }

    default KindWords words() {
        return KindWords.BOARD;
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

    /** The board has just been drawn from its snapshot (the sections are there, the notes not yet). */
    default void opened(BoardState state) {
        boardChanged(state);
    }

    default void boardChanged(BoardState state) {
    }

    default void sectionsChanged(List<SectionState> sections) {
    }

    /** A note came, changed or went. */
    default void notesChanged() {
    }
}
