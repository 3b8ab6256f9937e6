package org.samskab.board.ui;

import com.vaadin.flow.dom.Element;

/**
 * The board's keyboard model (docs/adr/0141-board-keyboard-navigation.md), done in the browser so no key costs a
 * round trip: the notes are one tab stop for the whole board (a roving tab index, as in a grid). The note in the
 * tab order is the last one focused (at first the board's first note); only its buttons are in the tab order, the
 * other notes' buttons are reached by moving to their note. Up and Down move within a section, Left and Right to
 * the nearest note in the previous or next section that has notes, Home and End to a section's first and last
 * note (with Ctrl, the board's), Enter opens the note's actions. The skip link takes focus to the note in the tab
 * order.
 * <p>
 * One listener for the whole board, like its clicks and drags, in {@code frontend/scripts/board.nocache.js}: the tab
 * order is put right again whenever the server redraws or moves cards.
 */
final class BoardKeyboard {

    static final String CANVAS_ID = "board-canvas";

    private BoardKeyboard() {
    }

    /** Installs the keyboard model on a board's canvas (once; later calls do nothing). */
    static void install(Element canvas, Element skipLink) {
        canvas.executeJs("window.samskabBoard.installKeyboard(this, $0)", skipLink);
    }
}
