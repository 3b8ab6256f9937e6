package org.samskab.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.Phase;
import org.samskab.board.PlannedPhase;

/**
 * How the room is paced (docs/adr/0183), above the board on every screen: the plan of phases with the running one
 * marked, what to do now, whether the board is locked and which note is in the spotlight. Facilitators get the
 * controls: start, go back, go on, end, jump to a phase, lock and unlock. Everyone else reads it; what they may do
 * follows from the rules, which the cards and forms ask.
 */
class PacingBar extends Section {

    private final BoardScreenModel model;
    private final BoardServiceCalls calls;
    /** Read out when the phase, the lock or the spotlight changes. */
    private final Paragraph status = new Paragraph();
    final BoardTimer timer;

    /** Who has the board open now (the live layer's), for the room at a glance. */
    private final java.util.function.Supplier<java.util.Set<Long>> present;
    private final Paragraph glance = new Paragraph();

    PacingBar(BoardScreenModel model, BoardServiceCalls calls,
            java.util.function.Supplier<java.util.Set<Long>> present, Runnable timeUp) {
        this.model = model;
        this.calls = calls;
        this.present = present;
        glance.addClassName("room-glance-figures");
        glance.getElement().setAttribute("role", "status");
        this.timer = new BoardTimer(calls, timeUp);
        addClassName("pacing-bar");
        status.addClassName("pacing-status");
        status.getElement().setAttribute("role", "status");
    }

    /** A facilitator opened the tools while nothing runs (they fold away again with "Hide"). */
    private boolean toolsOpen;
    private java.time.Instant lastNow = java.time.Instant.EPOCH;

    void render(java.time.Instant now) {
        lastNow = now;
        removeAll();
        BoardState board = model.board();
        List<PlannedPhase> phases = board.phases();
        Integer running = board.phaseIndex();
        boolean paces = model.pacesTheRoom();
        getElement().setAttribute("aria-label", getTranslation("phase.bar-label"));
        boolean timed = board.timerEndsAt() != null || board.timerPausedSeconds() != null;
        boolean active = running != null || board.locked() || board.spotlightNoteId() != null || timed;
        setVisible(paces || active);
        getClassNames().set("pacing-folded", paces && !active && !toolsOpen);
        if (paces && !active) {
            // Nothing runs: one button, so a board nobody paces keeps its space (as Miro's facilitation menu).
            Button tools = new Button(getTranslation(toolsOpen ? "phase.tools-hide" : "phase.tools"),
                    (toolsOpen ? VaadinIcon.ANGLE_UP : VaadinIcon.SLIDERS).create(), e -> {
                        toolsOpen = !toolsOpen;
                        render(lastNow);
                        findTools().ifPresent(Button::focus);
                    });
            tools.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            tools.addClassName("pacing-tools");
            tools.getElement().setAttribute("aria-expanded", Boolean.toString(toolsOpen));
            add(tools);
            if (!toolsOpen) {
                return;
            }
        }
        if (!phases.isEmpty() && (paces || running != null)) {
            add(steps(phases, running, paces));
        }
        status.removeAll();
        if (running != null && running < phases.size()) {
            Phase phase = phases.get(running).phase();
            Span phaseNow =
                    new Span(getTranslation("phase.now", running + 1, phases.size(), name(phases.get(running))));
            phaseNow.addClassName("phase-now");
            status.add(phaseNow, new Span(" " + getTranslation(phase.instructionKey())));
        } else if (paces && !phases.isEmpty()) {
            status.add(new Span(getTranslation("phase.none-running")));
        }
        if (model.inputStoppedByTime()) {
            Span stopped = new Span(getTranslation("board.input-stopped"));
            stopped.addClassName("locked-badge");
            status.add(stopped);
        }
        if (board.locked()) {
            Span locked = new Span(getTranslation(paces ? "board.locked-for-participants" : "board.locked-banner"));
            locked.addClassName("locked-badge");
            status.add(locked);
        }
        Long spotlightId = board.spotlightNoteId();
        NoteState spotlit = spotlightId == null ? null : model.note(spotlightId);
        if (spotlit != null) {
            Span lit = new Span(getTranslation("board.in-spotlight", shortText(spotlit.text())));
            lit.addClassName("spotlight-status");
            status.add(lit);
        }
        add(status);
        timer.render(board, now, paces);
        add(timer);
        if (paces) {
            add(controls(phases, running, board.locked()));
            glance.setText("");
            add(glance);
        }
    }

    private java.util.Optional<Button> findTools() {
        return getChildren().filter(c -> c instanceof Button b && b.hasClassName("pacing-tools"))
                .map(Button.class::cast).findFirst();
    }

    /** The room at a glance: counts only, never who (docs/adr/0183). */
    private void showGlance() {
        var figures = calls.glance(present.get());
        if (figures == null) {
            return;
        }
        StringBuilder text = new StringBuilder(getTranslation("room.glance-present", figures.present()));
        java.util.List<String> parts = new java.util.ArrayList<>();
        figures.presentByOrganisation().forEach((organisation, count) -> parts.add(organisation + " " + count));
        if (figures.withoutOrganisation() > 0) {
            parts.add(getTranslation("room.glance-without", figures.withoutOrganisation()));
        }
        if (!parts.isEmpty()) {
            text.append(": ").append(String.join(", ", parts));
        }
        text.append(". ").append(getTranslation(figures.sincePhase() ? "room.glance-posted-phase"
                : "room.glance-posted", figures.posted()));
        if (model.board().voteState() != org.samskab.board.VoteState.NONE) {
            text.append(' ').append(getTranslation("room.glance-voted", figures.voted()));
        }
        glance.setText(text.toString());
    }

    private OrderedList steps(List<PlannedPhase> phases, @Nullable Integer running, boolean paces) {
        OrderedList steps = new OrderedList();
        steps.addClassName("phase-steps");
        for (int i = 0; i < phases.size(); i++) {
            int index = i;
            String name = name(phases.get(i));
            ListItem item = new ListItem();
            if (paces) {
                Button jump = new Button(name, e -> calls.startPhase(index));
                jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                jump.addClassName("phase-jump-" + i);
                jump.setAriaLabel(getTranslation("phase.jump", i + 1, name));
                if (running != null && running == i) {
                    jump.getElement().setAttribute("aria-current", "step");
                }
                item.add(jump);
            } else {
                item.add(new Span(name));
                if (running != null && running == i) {
                    item.getElement().setAttribute("aria-current", "step");
                }
            }
            item.getClassNames().set("current", running != null && running == i);
            item.getClassNames().set("done", running != null && i < running);
            steps.add(item);
        }
        return steps;
    }

    private Div controls(List<PlannedPhase> phases, @Nullable Integer running, boolean locked) {
        Div controls = new Div();
        controls.addClassName("pacing-controls");
        if (running == null) {
            BoardState board = model.board();
            Button plan = new Button(getTranslation("phase.plan"), VaadinIcon.LIST_OL.create(),
                    e -> new PhasePlanDialog(board.phases(), board.kind(), model.sections(), calls::planPhases,
                            calls::useDefaultPhases).open());
            plan.addClassName("plan-phases");
            controls.add(plan);
        }
        if (!phases.isEmpty()) {
            if (running == null) {
                Button start = new Button(getTranslation("phase.start", name(phases.getFirst())),
                        VaadinIcon.PLAY.create(), e -> calls.nextPhase());
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                start.addClassName("start-phases");
                controls.add(start);
            } else {
                if (running > 0) {
                    Button previous = new Button(getTranslation("phase.previous"), VaadinIcon.ARROW_LEFT.create(),
                            e -> calls.previousPhase());
                    previous.addClassName("previous-phase");
                    controls.add(previous);
                }
                if (running + 1 < phases.size()) {
                    Button next = new Button(getTranslation("phase.next", name(phases.get(running + 1))),
                            VaadinIcon.ARROW_RIGHT.create(), e -> calls.nextPhase());
                    next.setIconAfterText(true);
                    next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    next.addClassName("next-phase");
                    controls.add(next);
                }
                Button end = new Button(getTranslation("phase.end"), VaadinIcon.STOP.create(), e -> calls.endPhases());
                end.addClassName("end-phases");
                controls.add(end);
            }
        }
        Button look = new Button(getTranslation("room.glance"), VaadinIcon.GROUP.create(), e -> showGlance());
        look.addClassName("room-glance");
        controls.add(look);
        Button lock = new Button(getTranslation(locked ? "board.unlock" : "board.lock"),
                (locked ? VaadinIcon.UNLOCK : VaadinIcon.LOCK).create(), e -> calls.setLocked(!locked));
        lock.getElement().setAttribute("aria-pressed", Boolean.toString(locked));
        lock.addClassName("lock-board");
        controls.add(lock);
        return controls;
    }

    private String name(PlannedPhase planned) {
        return PhaseTexts.name(this, planned, model.sections());
    }

    private static String shortText(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }
}
