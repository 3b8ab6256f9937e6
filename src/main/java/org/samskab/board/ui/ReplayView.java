package org.samskab.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.UserFacingException;
import org.samskab.board.BoardReplay;
import org.samskab.board.BoardTimeline;
import org.samskab.board.BoardTimeline.Frame;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.NoteService;
import org.samskab.security.SignedInMember;
import org.samskab.ui.UserMessages;

/**
 * A board's history to replay (issue 16, docs/adr/0195): a slider over every change, step buttons, and play, which
 * moves the slider in the browser one change at a time. Each position shows the board as it was then, with the
 * rules of today (no hidden posts, anonymous authors unnamed). A facilitator restores a note deleted since.
 */
@Route("boards/:boardId/replay")
@RolesAllowed(SignedInMember.ROLE_MEMBER)
class ReplayView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Milliseconds between two changes while playing. */
    private static final int PLAY_STEP = 700;

    private final BoardReplay replay;
    private final NoteService notes;
    final Input slider = new Input();
    final Button play = new Button();
    final Button back = new Button();
    final Button forward = new Button();
    private final Paragraph moment = new Paragraph();
    private final Div frameHolder = new Div();
    private @Nullable BoardTimeline timeline;
    private long boardId;
    private int shown;
    private boolean playing;

    ReplayView(BoardReplay replay, NoteService notes) {
        this.replay = replay;
        this.notes = notes;
        addClassNames("page", "replay-view");
    }

    static String href(long boardId) {
        return "boards/" + boardId + "/replay";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("replay.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            boardId = Long.parseLong(event.getRouteParameters().get("boardId").orElse(""));
            timeline = replay.timeline(boardId);
        } catch (NumberFormatException | ItemNotFoundException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        BoardTimeline history = java.util.Objects.requireNonNull(timeline);
        Anchor toBoard = new Anchor("boards/" + boardId, getTranslation("replay.back"));
        toBoard.addClassName("back-link");
        add(toBoard);
        if (history.steps().isEmpty()) {
            add(new H1(getTranslation("replay.title")), new Paragraph(getTranslation("replay.empty")));
            return;
        }
        int last = history.steps().size() - 1;
        Frame now = history.at(last);
        String title = now.board() == null ? "" : now.board().title();
        add(new H1(getTranslation("replay.heading", title)));

        slider.setType("range");
        slider.setId("replay-slider");
        slider.getElement().setAttribute("min", "0");
        slider.getElement().setAttribute("max", Integer.toString(last));
        slider.getElement().setAttribute("step", "1");
        slider.addClassName("replay-slider");
        slider.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        slider.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show(parse(e.getValue(), shown));
            }
        });
        NativeLabel label = new NativeLabel(getTranslation("replay.slider"));
        label.setFor(slider);
        back.setIcon(VaadinIcon.STEP_BACKWARD.create());
        back.setAriaLabel(getTranslation("replay.step-back"));
        back.setTooltipText(getTranslation("replay.step-back"));
        back.addClickListener(e -> show(shown - 1));
        forward.setIcon(VaadinIcon.STEP_FORWARD.create());
        forward.setAriaLabel(getTranslation("replay.step-forward"));
        forward.setTooltipText(getTranslation("replay.step-forward"));
        forward.addClickListener(e -> show(shown + 1));
        play.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        play.addClassName("replay-play");
        play.addClickListener(e -> setPlaying(!playing));
        // The browser moves the slider while playing; each move comes back as the member's own would.
        getElement().executeJs("""
                const view = this;
                view.__replay = {
                  start(slider, ms) {
                    clearInterval(view.__replayTimer);
                    if (Number(slider.value) >= Number(slider.max)) { slider.value = 0;
                      slider.dispatchEvent(new Event('input', {bubbles: true})); }
                    view.__replayTimer = setInterval(() => {
                      if (Number(slider.value) >= Number(slider.max)) { clearInterval(view.__replayTimer);
                        view.$server.playEnded(); return; }
                      slider.value = Number(slider.value) + 1;
                      slider.dispatchEvent(new Event('input', {bubbles: true}));
                    }, ms);
                  },
                  stop() { clearInterval(view.__replayTimer); }
                };""");
        Div controls = new Div(back, play, forward);
        controls.addClassName("replay-controls");
        moment.addClassName("replay-moment");
        moment.getElement().setAttribute("role", "status");
        Div timelineBox = new Div(label, slider, controls, moment);
        timelineBox.addClassName("replay-timeline");
        frameHolder.addClassName("replay-frame");
        add(timelineBox, frameHolder);
        setPlaying(false);
        show(last);
    }

    @com.vaadin.flow.component.ClientCallable
    void playEnded() {
        setPlaying(false);
    }

    private void setPlaying(boolean on) {
        playing = on;
        // Read out once where the member stops, not at every change while it plays.
        moment.getElement().setAttribute("aria-live", on ? "off" : "polite");
        play.setText(getTranslation(on ? "replay.pause" : "replay.play"));
        play.setIcon((on ? VaadinIcon.PAUSE : VaadinIcon.PLAY).create());
        if (on) {
            getElement().executeJs("this.__replay.start($0, $1)", slider.getElement(), PLAY_STEP);
        } else {
            getElement().executeJs("this.__replay && this.__replay.stop()");
        }
    }

    private void show(int index) {
        BoardTimeline history = java.util.Objects.requireNonNull(timeline);
        int last = history.steps().size() - 1;
        shown = Math.max(0, Math.min(index, last));
        slider.setValue(Integer.toString(shown));
        back.setEnabled(shown > 0);
        forward.setEnabled(shown < last);
        Frame frame = history.at(shown);
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault()).format(frame.at());
        String what = getTranslation(history.steps().get(shown).action().translationKey());
        String text = getTranslation("replay.moment", when, what, shown + 1, last + 1);
        moment.setText(text);
        slider.getElement().setAttribute("aria-valuetext", text);
        frameHolder.removeAll();
        for (SectionState section : frame.sections()) {
            frameHolder.add(section(frame, section, history));
        }
    }

    private Section section(Frame frame, SectionState section, BoardTimeline history) {
        Section part = new Section();
        part.addClassName("replay-section");
        part.add(new H2(SectionTexts.title(this, section)));
        var inSection = frame.notesIn(section.id());
        if (inSection.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("harvest.section-empty"));
            none.addClassName("replay-empty");
            part.add(none);
            return part;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("replay-notes");
        for (NoteState note : inSection) {
            Span text = new Span(note.text());
            text.addClassName("replay-note-text");
            Span author = new Span(note.anonymous() || note.authorName() == null ? getTranslation("board.anonymous")
                    : note.authorName());
            author.addClassName("replay-note-author");
            ListItem item = new ListItem(text, author);
            item.addClassNames("replay-note", note.colour().cssClass());
            if (history.deletedNow().contains(note.id())) {
                Span deleted = new Span(getTranslation("replay.deleted-since"));
                deleted.addClassName("replay-deleted");
                item.add(deleted);
                if (history.restores()) {
                    Button restore = new Button(getTranslation("replay.restore"), VaadinIcon.ARROW_BACKWARD.create(),
                            e -> restore(note));
                    restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    restore.addClassName("replay-restore");
                    restore.setAriaLabel(getTranslation("replay.restore-named", note.text()));
                    item.add(restore);
                }
            }
            list.add(item);
        }
        part.add(list);
        return part;
    }

    private void restore(NoteState note) {
        try {
            notes.restoreDeleted(note.id());
            UserMessages.showSuccess(this, "replay.restored");
            int at = shown;
            timeline = replay.timeline(boardId);
            render();
            show(Math.min(at, java.util.Objects.requireNonNull(timeline).steps().size() - 1));
        } catch (UserFacingException refusal) {
            UserMessages.showError(this, refusal);
        }
    }

    private static int parse(@Nullable String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }
}
