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
class StepTimer extends Span {

    private static final String SCRIPT = """
            const el = $0;
            if (!el.__clock) {
              // The clock, and a live region that says once, assertively, that time is up (a timer is silent).
              el.textContent = '';
              el.__clock = document.createElement('span');
              el.__announce = document.createElement('span');
              el.__announce.className = 'visually-hidden';
              el.__announce.setAttribute('aria-live', 'assertive');
              el.append(el.__clock, el.__announce);
            }
            el.__end = $1 >= 0 ? Date.now() + $1 : null;
            el.__paused = $2;
            el.__up = $3;
            const two = n => String(n).padStart(2, '0');
            const show = s => Math.floor(s / 60) + ':' + two(s % 60);
            el.__tick = () => {
              if (!el.isConnected) {
                // The screen went away: stop counting.
                clearInterval(el.__interval);
                el.__interval = null;
                return;
              }
              let text = '', up = false;
              if (el.__paused >= 0) {
                text = show(el.__paused);
              } else if (el.__end !== null) {
                const left = Math.ceil((el.__end - Date.now()) / 1000);
                up = left <= 0;
                text = up ? el.__up : show(left);
              }
              if (el.__clock.textContent !== text) { el.__clock.textContent = text; }
              if (up !== !!el.__wasUp) { el.__announce.textContent = up ? el.__up : ''; }
              if (up && el.__wasUp === false && el.dataset.stopsInput === 'true') {
                // The server asks the rules again: participants' input has stopped.
                el.dispatchEvent(new CustomEvent('time-up'));
              }
              if (up && el.__wasUp === false && localStorage.getItem('samskab.timer-sound') === 'on') {
                // A short tone, on the screens that chose it (BoardTimer); only when time runs out while shown.
                try {
                  const ctx = new AudioContext(), tone = ctx.createOscillator(), gain = ctx.createGain();
                  tone.frequency.value = 660;
                  gain.gain.value = 0.2;
                  tone.connect(gain).connect(ctx.destination);
                  tone.start();
                  tone.stop(ctx.currentTime + 0.6);
                } catch (e) { /* no audio here */ }
              }
              el.__wasUp = up;
              el.classList.toggle('time-up', up);
            };
            el.__tick();
            if (!el.__interval) { el.__interval = setInterval(() => el.__tick(), 1000); }
            """;

    /** The status the browser last got the script for. */
    private String sentStatus = "none";
    private @org.jspecify.annotations.Nullable Object shownLook;

    StepTimer() {
        addClassName("step-timer");
        getElement().setAttribute("role", "timer");
        // The countdown runs in the browser's element: one built again (attached again) needs the script again.
        addDetachListener(e -> {
            shownLook = null;
            sentStatus = "none";
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
        getElement().setAttribute("aria-label", getTranslation("board.timer"));
        setVisible(!"none".equals(status));
        // The countdown's script goes to the browser when there is a countdown to run, not with every redraw.
        if (!"none".equals(status) || !"none".equals(sentStatus)) {
            getElement().executeJs(SCRIPT, getElement(), remainingMs, paused, getTranslation("board.time-up"));
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
        getElement().setAttribute("aria-label", getTranslation("board.timer"));
        setVisible(!"none".equals(status));
        if (!"none".equals(status) || !"none".equals(sentStatus)) {
            getElement().executeJs(SCRIPT, getElement(), remainingMs, -1, getTranslation("board.time-up"));
        }
        sentStatus = status;
    }

    String status() {
        return getElement().getAttribute("data-status");
    }
}
