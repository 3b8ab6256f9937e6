package org.samskab.board.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import org.samskab.board.BoardViews.BoardState;

/**
 * The shared countdown. The server says how much time is left when the timer changes; the browser counts down
 * on its own (no round trip per second per screen) and shows "Time is up" at zero. Computing the end from the
 * time left, not from the server's clock, keeps a browser with a wrong clock right.
 */
@com.vaadin.flow.component.dependency.JavaScript("context://scripts/board.nocache.js")
class StepTimer extends Span {

    /**
     * Starts, changes or stops the browser's countdown ({@code frontend/scripts/board.nocache.js}, fetched once per
     * page): each change sends the element, the time left, the paused seconds and the words at zero, not the script.
     */
    private static final String SCRIPT = "window.samskabBoard.countdown($0, $1, $2, $3)";

    /** The status the browser last got the script for. */
    private String sentStatus = "none";
    private @org.jspecify.annotations.Nullable Object shownLook;
    private @org.jspecify.annotations.Nullable String timeUp;

    StepTimer() {
        addClassName("step-timer");
        getElement().setAttribute("role", "timer");
        getElement().setAttribute("data-status", "none");
        Shown.set(this, false);
        // Named once it is in a page, in the page's language (the name does not change with the countdown).
        addAttachListener(e -> getElement().setAttribute("aria-label", getTranslation("board.timer")));
        // The countdown runs in the browser's element: one built again (attached again) needs the script again.
        addDetachListener(e -> {
            shownLook = null;
            sentStatus = "none";
            timeUp = null;
        });
    }

    /** Shows the board's countdown as of {@code now}: running, paused, up, or none. */
    void show(BoardState state, Instant now) {
        long remainingMs = state.timerEndsAt() == null ? -1
                : Math.max(0, Duration.between(now, state.timerEndsAt()).toMillis());
        int paused = state.timerPausedSeconds() == null ? -1 : state.timerPausedSeconds();
        String status = remainingMs == 0 ? "up" : remainingMs > 0 ? "running" : paused >= 0 ? "paused" : "none";
        // The same countdown as shown: nothing to send (every open screen is redrawn when the room's pace changes).
        Object look = java.util.Arrays.asList(status, state.timerEndsAt(), paused, state.timeUpStopsInput());
        if (look.equals(shownLook)) {
            return;
        }
        shownLook = look;
        getElement().setAttribute("data-status", status);
        getElement().setAttribute("data-remaining-ms", Long.toString(remainingMs));
        getElement().setAttribute("data-paused-seconds", Integer.toString(paused));
        getElement().setAttribute("data-stops-input", Boolean.toString(state.timeUpStopsInput()));
        Shown.set(this, !"none".equals(status));
        // The countdown's script goes to the browser when there is a countdown to run, not with every redraw.
        if (!"none".equals(status) || !"none".equals(sentStatus)) {
            getElement().executeJs(SCRIPT, getElement(), remainingMs, paused, timeUpWords());
        }
        sentStatus = status;
    }

    /**
     * Shows a countdown to {@code endsAt} (null: none) as of {@code now}, not a board's: the facilitators' timer to
     * all breakout groups (docs/adr/0188). It never stops input.
     */
    void showUntil(@org.jspecify.annotations.Nullable Instant endsAt, Instant now) {
        long remainingMs = endsAt == null ? -1 : Math.max(0, Duration.between(now, endsAt).toMillis());
        String status = remainingMs == 0 ? "up" : remainingMs > 0 ? "running" : "none";
        Object look = java.util.Arrays.asList(status, endsAt);
        if (look.equals(shownLook)) {
            return;
        }
        shownLook = look;
        getElement().setAttribute("data-status", status);
        getElement().setAttribute("data-remaining-ms", Long.toString(remainingMs));
        getElement().setAttribute("data-paused-seconds", "-1");
        getElement().setAttribute("data-stops-input", "false");
        Shown.set(this, !"none".equals(status));
        if (!"none".equals(status) || !"none".equals(sentStatus)) {
            getElement().executeJs(SCRIPT, getElement(), remainingMs, -1, timeUpWords());
        }
        sentStatus = status;
    }

    /** The words shown at zero, in the screen's language: looked up once per screen, not on every change. */
    private String timeUpWords() {
        if (timeUp == null) {
            timeUp = getTranslation("board.time-up");
        }
        return timeUp;
    }

    String status() {
        return getElement().getAttribute("data-status");
    }
}
