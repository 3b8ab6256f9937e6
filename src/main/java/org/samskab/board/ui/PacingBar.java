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

    /** Drawn once, then changed in place: every open screen redraws the bar when the room's pace changes. */
    private final Button tools = new Button();
    private final OrderedList steps = new OrderedList();
    private final Div controls = new Div();
    /** What the steps, the status and the controls show now; each is built again only when its own look changes. */
    private @Nullable Object stepsPlan;
    private @Nullable Object statusLook;
    private @Nullable Object controlsLook;

    {
        tools.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        tools.addClassName("pacing-tools");
        tools.addClickListener(e -> {
            toolsOpen = !toolsOpen;
            render(lastNow);
            tools.focus();
        });
        steps.addClassName("phase-steps");
        controls.addClassName("pacing-controls");
        getElement().setAttribute("aria-label", getTranslation("phase.bar-label"));
    }

    void render(java.time.Instant now) {
        lastNow = now;
        BoardState board = model.board();
        List<PlannedPhase> phases = board.phases();
        Integer running = board.phaseIndex();
        boolean paces = model.pacesTheRoom();
        boolean timed = board.timerEndsAt() != null || board.timerPausedSeconds() != null;
        boolean active = running != null || board.locked() || board.spotlightNoteId() != null || timed;
        Shown.set(this, paces || active);
        getClassNames().set("pacing-folded", paces && !active && !toolsOpen);
        List<com.vaadin.flow.component.Component> shown = new java.util.ArrayList<>();
        boolean folded = paces && !active;
        if (folded) {
            // Nothing runs: one button, so a board nobody paces keeps its space (as Miro's facilitation menu).
            tools.setText(getTranslation(toolsOpen ? "phase.tools-hide" : "phase.tools"));
            tools.setIcon((toolsOpen ? VaadinIcon.ANGLE_UP : VaadinIcon.SLIDERS).create());
            tools.getElement().setAttribute("aria-expanded", Boolean.toString(toolsOpen));
            shown.add(tools);
        }
        if (!folded || toolsOpen) {
            if (!phases.isEmpty() && (paces || running != null)) {
                showSteps(phases, running, paces);
                shown.add(steps);
            }
            showStatus(board, phases, running, paces);
            shown.add(status);
            timer.render(board, now, paces);
            shown.add(timer);
            if (paces) {
                showControls(phases, running, board.locked());
                shown.add(controls);
                glance.setText("");
                shown.add(glance);
            }
        }
        if (!getChildren().toList().equals(shown)) {
            removeAll();
            shown.forEach(this::add);
        }
    }

    /** The plan's steps, built when the plan changes; a new running phase only moves the marks. */
    private void showSteps(List<PlannedPhase> phases, @Nullable Integer running, boolean paces) {
        List<String> names = phases.stream().map(this::name).toList();
        Object plan = List.of(names, paces);
        if (!plan.equals(stepsPlan)) {
            stepsPlan = plan;
            steps.removeAll();
            for (int i = 0; i < names.size(); i++) {
                steps.add(step(i, names.get(i), paces));
            }
        }
        List<com.vaadin.flow.component.Component> items = steps.getChildren().toList();
        for (int i = 0; i < items.size(); i++) {
            ListItem item = (ListItem) items.get(i);
            boolean current = running != null && running == i;
            var marked = paces ? item.getChildren().findFirst().orElseThrow().getElement() : item.getElement();
            if (current) {
                marked.setAttribute("aria-current", "step");
            } else {
                marked.removeAttribute("aria-current");
            }
            item.getClassNames().set("current", current);
            item.getClassNames().set("done", running != null && i < running);
        }
    }

    private ListItem step(int index, String name, boolean paces) {
        ListItem item = new ListItem();
        if (paces) {
            Button jump = new Button(name, e -> calls.startPhase(index));
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            jump.addClassName("phase-jump-" + index);
            jump.setAriaLabel(getTranslation("phase.jump", index + 1, name));
            item.add(jump);
        } else {
            item.add(new Span(name));
        }
        return item;
    }

    /** The phase and what to do now, the lock, the spotlight: read out, so built again only when they change. */
    private void showStatus(BoardState board, List<PlannedPhase> phases, @Nullable Integer running, boolean paces) {
        List<List<String>> parts = new java.util.ArrayList<>(); // [class, text]
        if (running != null && running < phases.size()) {
            Phase phase = phases.get(running).phase();
            parts.add(List.of("phase-now",
                    getTranslation("phase.now", running + 1, phases.size(), name(phases.get(running)))));
            parts.add(List.of("", " " + getTranslation(phase.instructionKey())));
        } else if (paces && !phases.isEmpty()) {
            parts.add(List.of("", getTranslation("phase.none-running")));
        }
        if (model.inputStoppedByTime()) {
            parts.add(List.of("locked-badge", getTranslation("board.input-stopped")));
        }
        if (board.locked()) {
            parts.add(List.of("locked-badge",
                    getTranslation(paces ? "board.locked-for-participants" : "board.locked-banner")));
        }
        Long spotlightId = board.spotlightNoteId();
        NoteState spotlit = spotlightId == null ? null : model.note(spotlightId);
        if (spotlit != null) {
            parts.add(List.of("spotlight-status", getTranslation("board.in-spotlight", shortText(spotlit.text()))));
        }
        if (parts.equals(statusLook)) {
            return;
        }
        statusLook = parts;
        // The spans already there take the new words (a phase's status is the same two spans from phase to
        // phase): on every screen in the room, changing a text costs far less than building a component.
        List<com.vaadin.flow.component.Component> shown = status.getChildren().toList();
        for (int i = 0; i < parts.size(); i++) {
            List<String> part = parts.get(i);
            Span span = i < shown.size() ? (Span) shown.get(i) : new Span();
            span.setText(part.get(1));
            span.setClassName(part.get(0).isEmpty() ? null : part.get(0));
            if (i >= shown.size()) {
                status.add(span);
            }
        }
        for (int i = parts.size(); i < shown.size(); i++) {
            status.remove(shown.get(i));
        }
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

    private void showControls(List<PlannedPhase> phases, @Nullable Integer running, boolean locked) {
        Object shown = List.of(phases.stream().map(this::name).toList(), running == null ? -1 : running, locked);
        if (shown.equals(controlsLook)) {
            return;
        }
        controlsLook = shown;
        controls.removeAll();
        if (running == null) {
            Button plan = new Button(getTranslation("phase.plan"), VaadinIcon.LIST_OL.create(),
                    e -> new PhasePlanDialog(model.board().phases(), model.board().kind(), model.sections(),
                            calls::planPhases, calls::useDefaultPhases).open());
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
    }

    private String name(PlannedPhase planned) {
        return PhaseTexts.name(this, planned, model.sections());
    }

    private static String shortText(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }
}
