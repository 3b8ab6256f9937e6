package org.samskab.board.ui;

import com.vaadin.flow.component.Component;

/**
 * Shows or hides a part of a board screen that every open screen in the room shows and hides together (the pacing
 * bar, the countdown), with the browser's {@code hidden} attribute rather than {@link Component#setVisible}
 * (docs/adr/0199). The browser treats both alike (nothing shown, nothing read out), but Vaadin deactivates a hidden
 * component's whole subtree on the server and walks it again when it shows: on 500 screens at once that walk was
 * a tenth of a timer start's cost. The part stays attached and in sync while hidden; it is small.
 */
final class Shown {

    private Shown() {
    }

    static void set(Component component, boolean shown) {
        component.getElement().setAttribute("hidden", !shown);
    }

    /** Whether the part is shown, as the browser will draw it (for tests, too). */
    static boolean is(Component component) {
        return component.isVisible() && !component.getElement().hasAttribute("hidden");
    }
}
