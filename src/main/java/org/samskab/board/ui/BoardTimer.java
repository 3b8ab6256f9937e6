package org.samskab.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.util.List;
import org.samskab.board.BoardViews.BoardState;

/**
 * The board's shared countdown, on every kind of board: the clock every screen counts down on its own
 * ({@link StepTimer}), a per-screen choice of a sound at time-up (the room's screen usually has the speakers), and
 * for facilitators start (with minutes), pause, resume, one more minute and stop.
 */
@com.vaadin.flow.component.dependency.JavaScript("context://scripts/board.nocache.js")
class BoardTimer extends Div {

    /** The lengths a facilitator picks from; a case clinic's steps bring their own. */
    private static final List<Integer> MINUTES = List.of(1, 2, 3, 5, 10, 15, 20, 30, 45, 60);

    final StepTimer clock = new StepTimer();
    final Div controls = new Div();
    private final BoardServiceCalls calls;
    private int chosenMinutes = 5;
    private boolean chosenStop;
    private final Span stopsInput = new Span();
    /**
     * Kept while the board has no countdown, hidden: starting one on a participant's screen then only shows it,
     * instead of sending a new button to every screen in the room (issue 14).
     */
    private final Button sound = new Button();

    BoardTimer(BoardServiceCalls calls, Runnable timeUp) {
        this.calls = calls;
        addClassName("board-timer");
        controls.addClassName("timer-controls");
        stopsInput.addClassName("timer-stops-input");
        Shown.set(stopsInput, false);
        // Each screen counts down on its own; when input stops at zero, it asks the rules again then.
        clock.getElement().addEventListener("time-up", e -> timeUp.run());
        sound.setText(getTranslation("board.timer-sound"));
        sound.setIcon(VaadinIcon.BELL.create());
        sound.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        sound.addClassName("timer-sound");
        // The choice is this screen's (it never reaches the server): the browser remembers it. Sent on every
        // attach, as the element may be built again.
        sound.addAttachListener(e -> sound.getElement().executeJs("window.samskabBoard.timerSound(this)"));
        Shown.set(sound, false);
        add(clock, stopsInput, sound, controls);
    }

    private @org.jspecify.annotations.Nullable Object controlsLook;

    void render(BoardState state, Instant now, boolean facilitates) {
        clock.show(state, now);
        boolean hasTimer = state.timerEndsAt() != null || state.timerPausedSeconds() != null;
        boolean stops = hasTimer && state.timeUpStopsInput();
        if (stops != Shown.is(stopsInput)) {
            stopsInput.setText(stops ? getTranslation("board.timer-stops-input") : "");
            Shown.set(stopsInput, stops);
        }
        Shown.set(this, hasTimer || facilitates);
        Shown.set(sound, hasTimer);
        if (!facilitates) {
            return;
        }
        // Built again only when the buttons change: every open screen is redrawn when the room's pace changes.
        Object look = java.util.List.of(hasTimer, state.timerEndsAt() != null);
        if (look.equals(controlsLook)) {
            return;
        }
        controlsLook = look;
        controls.removeAll();
        if (state.timerEndsAt() != null) {
            controls.add(button("board.pause-timer", VaadinIcon.PAUSE, "pause-timer", calls::pauseTimer));
        } else if (state.timerPausedSeconds() != null) {
            controls.add(button("board.resume-timer", VaadinIcon.PLAY, "resume-timer", calls::resumeTimer));
        }
        if (hasTimer) {
            controls.add(button("board.extend-timer", VaadinIcon.PLUS, "extend-timer", calls::extendTimer));
            controls.add(button("board.stop-timer", VaadinIcon.STOP, "stop-timer", calls::stopTimer));
        } else {
            Select<Integer> minutes = new Select<>();
            minutes.setLabel(getTranslation("board.timer-minutes"));
            minutes.setItems(MINUTES);
            minutes.setValue(chosenMinutes);
            minutes.addValueChangeListener(e -> chosenMinutes = e.getValue() == null ? 5 : e.getValue());
            minutes.addClassName("timer-minutes");
            minutes.setWidth("7em");
            Checkbox stop = new Checkbox(getTranslation("board.timer-stop-input"), chosenStop);
            stop.addValueChangeListener(e -> chosenStop = e.getValue());
            stop.addClassName("timer-stop-input");
            controls.add(minutes, stop, button("board.start-timer", VaadinIcon.TIMER, "start-timer",
                    () -> calls.startTimer(chosenMinutes, chosenStop)));
        }
    }

    private Button button(String key, VaadinIcon icon, String className, Runnable action) {
        Button button = new Button(getTranslation(key), icon.create(), e -> action.run());
        button.addClassName(className);
        return button;
    }
}
