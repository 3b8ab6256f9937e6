package org.samskab.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.GroupRole;
import org.samskab.board.NoteColour;

/**
 * One note: its text, who wrote it, its dots, chips to linked notes, and a menu with every action (edit, colour,
 * move to a section, up, down, link, delete), so nothing needs a mouse. On a wide screen it can also be dragged.
 * <p>
 * Every open screen holds every card of its board in server memory, receives every card in its first render and
 * draws every live change, so a card is not a component: it is its note and its markup, which {@link NoteMarkup}
 * builds and escapes (colour, id and buttons included) and its section's {@link NoteList} hands to the browser.
 * Their clicks reach {@link #act} through one listener for the whole board (see {@link BoardCanvas}), the way a
 * grid renders its rows; the actions popover (attached to the board) and the edit dialog exist only while open.
 */
final class NoteCard {

    /** What the card's buttons ask for (their {@code data-note-action}). */
    static final String ACTIONS = "actions";
    static final String PLACE_DOT = "place-dot";
    static final String REMOVE_DOT = "remove-dot";
    static final String RESONATE = "resonate";
    /** A link chip: go to the other note. */
    static final String GO_TO = "go-to";

    private final BoardScreenState state;
    private final BoardActions actions;
    private final HasComponents popovers;
    /** Where the card's words come from (its board's canvas, in the member's language). */
    private final Component screen;
    private NoteState note;
    private @Nullable NoteList shownIn;
    private String shownMarkup = "";
    /** The look {@link #shownMarkup} was drawn from (null: drawn without one, as a linked note). */
    private @Nullable Look shownLook;
    private @Nullable Popover actionsPopover;
    private @Nullable EditNoteDialog editDialog;

    NoteCard(BoardScreenState state, BoardActions actions, HasComponents popovers, Component screen, NoteState note) {
        this.state = state;
        this.actions = actions;
        this.popovers = popovers;
        this.screen = screen;
        this.note = note;
        refresh();
    }

    long noteId() {
        return note.id();
    }

    NoteState note() {
        return note;
    }

    void update(NoteState newState) {
        this.note = newState;
        refresh();
    }

    /**
     * Everything besides the note that decides how its card looks to one screen. Screens that agree on it (most
     * screens of a room, for a new note) share the card's markup, which is then worded and built once per change
     * instead of once per screen: in a room of 300 that wording was a fifth of the server's work (JFR,
     * bench/benchmarks-analysis.md). Cards with links are left out: their chips show other notes' texts.
     */
    private record Look(NoteState note, java.util.Locale locale, org.samskab.board.BoardKind kind, boolean readOnly,
            boolean votesNow, int myDots, boolean mayPlaceDot, boolean mayResonate, boolean resonates,
            BoardScreenState.@Nullable Editor editor, boolean mayMove) {
    }

    /** Recent looks and their markup, shared by every screen; started again when full, as NoteMarkup's cache. */
    private static final java.util.Map<Look, String> LOOKS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int LOOKS_KEPT = 4_000;

    /** The board-wide rights the card was last drawn with by {@link #refreshFor} (null: since drawn otherwise). */
    private BoardScreenState.@Nullable CardRights drawnWith;

    /**
     * Redraws after the board's rights changed, unless the card was drawn with these: on a change of pace, 500
     * screens of 200 cards each ask one comparison per card instead of a card's every rule (docs/adr/0200).
     */
    void refreshFor(BoardScreenState.CardRights rights) {
        if (rights.equals(drawnWith)) {
            return;
        }
        refresh();
        drawnWith = rights;
    }

    /** Redraws from the note's state and the board's (vote, sections, rights, links, who edits it). */
    void refresh() {
        drawnWith = null;
        String markup = markupNow();
        // A vote or a marker changes a few cards; the rest are not sent again.
        if (!markup.equals(shownMarkup)) {
            shownMarkup = markup;
            if (shownIn != null) {
                shownIn.redraw(this);
            }
        }
    }

    private String markupNow() {
        if (!note.linksTo().isEmpty() || !state.linkedFrom(note.id()).isEmpty()) {
            shownLook = null;
            return NoteMarkup.render(card());
        }
        boolean votesNow = state.votesNow();
        Look look = new Look(note, wordedIn(), state.kind(), state.readOnly(), votesNow,
                votesNow ? state.myDotsOn(note.id()) : 0, votesNow && state.mayPlaceDot(), state.mayResonate(note),
                state.resonates(note.id()), state.editor(note.id()), state.mayMove(note));
        if (look.equals(shownLook)) {
            return shownMarkup; // as shown: most cards, when the room's pace changes
        }
        shownLook = look;
        String known = LOOKS.get(look);
        if (known != null) {
            return known;
        }
        // Shared further: everyone who sees a card the same way holds one copy of its markup (see NoteMarkup).
        String markup = NoteMarkup.render(card());
        if (LOOKS.size() >= LOOKS_KEPT) {
            LOOKS.clear();
        }
        LOOKS.put(look, markup);
        return markup;
    }

    /** The language the card's words come in: the UI's, as {@code getTranslation} takes it. */
    private static java.util.Locale wordedIn() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.ROOT : ui.getLocale();
    }

    /** The list the card is shown in now (null: none yet, or it left): set by the list. */
    void shownIn(@Nullable NoteList list) {
        this.shownIn = list;
    }

    @Nullable
    NoteList list() {
        return shownIn;
    }

    /** The card as the markup shows it, worded in the member's language. */
    private NoteMarkup.Card card() {
        // A note that is not anonymous always carries its author's name.
        String author = note.anonymous() ? screen.getTranslation("board.anonymous")
                : Objects.requireNonNull(note.authorName());
        String votes = note.votes() == null ? null : screen.getTranslation("board.dot-count", note.votes());
        if (state.kind().resonates() && note.resonates() > 0) {
            votes = screen.getTranslation("wall.resonates-count", note.resonates());
        }
        String notice = note.privatePost() ? screen.getTranslation("wall.private-badge")
                : note.roomOnly() ? screen.getTranslation("board.room-only-badge") : null;
        // Reflection walls: "resonates", on others' posts; pressed when the member resonates with it.
        NoteMarkup.Toggle resonate = state.mayResonate(note)
                ? new NoteMarkup.Toggle(screen.getTranslation("wall.resonate"),
                        screen.getTranslation("wall.resonate-label", shortText()), state.resonates(note.id()))
                : null;
        // Case clinics: how a coach's mirror begins, and the author's part in the group.
        String mirror = note.mirror() == null ? null
                : screen.getTranslation("board.mirror-opening", screen.getTranslation(note.mirror().translationKey()));
        String role = note.authorRole() == null ? null : screen.getTranslation(note.authorRole().translationKey());
        NoteMarkup.Dots dots = null;
        if (state.votesNow()) {
            int mine = state.myDotsOn(note.id());
            dots = new NoteMarkup.Dots(screen.getTranslation("board.my-dots", mine),
                    screen.getTranslation("board.place-dot", shortText()), state.mayPlaceDot(),
                    screen.getTranslation("board.remove-dot", shortText()), mine > 0);
        }
        String style = note.colour().cssClass()
                + (note.authorRole() == GroupRole.CASE_GIVER ? " by-case-giver" : "");
        // Dragging is handled once for the whole board (BoardCanvas), not per note.
        return new NoteMarkup.Card(note.id(), note.text(), author, votes, editorMarker(), dots,
                state.readOnly() ? null : screen.getTranslation("board.note-actions", shortText()), notice, resonate,
                mirror,
                role, links(), style, state.mayMove(note));
    }

    /** "Ingrid is editing", "Someone is editing", or null when nobody else is. */
    private @Nullable String editorMarker() {
        BoardScreenState.Editor editor = state.editor(note.id());
        return editor == null ? null
                : editor.name() == null ? screen.getTranslation("board.someone-editing-anonymous")
                : screen.getTranslation("board.someone-editing", editor.name());
    }

    /** Where this note leads ("→ leads to: …") and what led to it ("← from: …"): canvases only. */
    private java.util.List<NoteMarkup.Link> links() {
        java.util.List<Long> sources = state.linkedFrom(note.id());
        if (note.linksTo().isEmpty() && sources.isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<NoteMarkup.Link> links = new java.util.ArrayList<>();
        for (Long target : note.linksTo()) {
            links.add(new NoteMarkup.Link(screen.getTranslation("board.leads-to", shortTextOf(target)), target, true));
        }
        for (Long source : sources) {
            links.add(new NoteMarkup.Link(screen.getTranslation("board.comes-from", shortTextOf(source)), source,
                    false));
        }
        return links;
    }

    /** The card's markup as drawn last. */
    String markup() {
        return shownMarkup;
    }

    /**
     * A click on one of the card's buttons (the board checks the note is on it; the service checks the rest).
     * {@code target} is a link chip's other note, else null.
     */
    void act(String action, @Nullable String target) {
        switch (action) {
            case ACTIONS -> {
                if (!state.readOnly()) {
                    openActions();
                }
            }
            case GO_TO -> {
                // Only to a note this card shows a chip for: anything else is a hand-made event.
                Long other = parseId(target);
                if (other != null && (note.linksTo().contains(other) || state.linkedFrom(note.id()).contains(other))) {
                    actions.focusNote(other);
                }
            }
            case PLACE_DOT -> actions.placeDot(note.id());
            case REMOVE_DOT -> actions.removeDot(note.id());
            case RESONATE -> {
                if (state.mayResonate(note)) {
                    actions.setResonates(note.id(), !state.resonates(note.id()));
                }
            }
            default -> {
                // An action this card does not offer: a stale or hand-made event; nothing to do.
            }
        }
    }

    private static @Nullable Long parseId(@Nullable String id) {
        try {
            return id == null ? null : Long.valueOf(id);
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    /**
     * The note's actions, in a popover built on demand and attached to the board (the card's own content is its
     * markup): every drag action has a keyboard path here.
     */
    private void openActions() {
        closeActions();
        actionsPopover = new Popover();
        actionsPopover.setFor(NoteMarkup.actionsButtonId(note.id()));
        actionsPopover.setOpenOnClick(false);
        actionsPopover.setAriaLabel(screen.getTranslation("board.note-actions", shortText()));
        actionsPopover.setPosition(PopoverPosition.BOTTOM_END);
        actionsPopover.setAutofocus(true);
        actionsPopover.addClassName("note-actions-popover");
        Div content = new Div();
        content.addClassName("note-actions-content");
        boolean mayChange = state.mayChange(note);
        if (mayChange) {
            content.add(action(screen.getTranslation("board.edit"), VaadinIcon.EDIT, this::startEditing));
        }
        if (state.mayRecolour(note)) {
            Div colours = new Div();
            colours.addClassName("note-colour-choices");
            colours.getElement().setAttribute("role", "group");
            colours.getElement().setAttribute("aria-label", screen.getTranslation("board.colour"));
            for (NoteColour colour : NoteColour.values()) {
                Button swatch = new Button("", e -> {
                    closeActions();
                    actions.recolour(note.id(), colour);
                });
                swatch.addClassNames("colour-swatch", colour.cssClass());
                swatch.setAriaLabel(screen.getTranslation(colour.translationKey()));
                swatch.setTooltipText(screen.getTranslation(colour.translationKey()));
                colours.add(swatch);
            }
            content.add(colours);
        }
        for (SectionState section : state.sections()) {
            if (section.id() != note.sectionId() && state.mayMove(note) && state.mayPutIn(section)) {
                content.add(action(screen.getTranslation("board.move-to-section", SectionTexts.title(screen, section)),
                        VaadinIcon.ARROW_RIGHT,
                        () -> {
                            actions.move(note.id(), section.id(), null);
                            actions.keepFocusOn(note.id());
                        }));
            }
        }
        if (state.mayLinkFrom(note)) {
            content.add(action(screen.getTranslation("board.link"), VaadinIcon.CONNECT, () -> new LinkNoteDialog(
                    shortText(), state.laterNotes(note), this::describe,
                    target -> actions.link(note.id(), target.id())).open()));
        }
        if (state.mayUnlink()) {
            for (Long target : note.linksTo()) {
                content.add(action(screen.getTranslation("board.unlink", shortTextOf(target)), VaadinIcon.UNLINK,
                        () -> actions.unlink(note.id(), target)));
            }
        }
        if (state.mayKeepForTheRoom(note)) {
            Button keep = action(screen.getTranslation(note.roomOnly() ? "board.room-only-off" : "board.room-only-on"),
                    note.roomOnly() ? VaadinIcon.ARCHIVE : VaadinIcon.HOME_O,
                    () -> actions.keepForTheRoom(note.id(), !note.roomOnly()));
            keep.addClassName("keep-for-the-room");
            content.add(keep);
        }
        if (state.mayMakeAction(note)) {
            Button makeAction = action(screen.getTranslation("board.make-action"), VaadinIcon.CHECK_SQUARE_O,
                    () -> actions.makeAction(note.id()));
            makeAction.addClassName("make-action");
            content.add(makeAction);
        }
        if (state.mayMove(note)) {
            content.add(
                    action(screen.getTranslation("board.move-up"), VaadinIcon.ARROW_UP, () -> moveWithinSection(-1)));
            content.add(action(screen.getTranslation("board.move-down"), VaadinIcon.ARROW_DOWN,
                    () -> moveWithinSection(1)));
        }
        if (mayChange) {
            Button delete = action(screen.getTranslation("board.delete"), VaadinIcon.TRASH, this::delete);
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            content.add(delete);
        }
        if (state.maySpotlight(note)) {
            boolean lit = Long.valueOf(note.id()).equals(state.board().spotlightNoteId());
            Button spotlight = action(screen.getTranslation(lit ? "board.spotlight-off" : "board.spotlight"),
                    VaadinIcon.LIGHTBULB, () -> actions.spotlight(lit ? null : note.id()));
            spotlight.addClassName("spotlight-note");
            content.add(spotlight);
        }
        if (state.mayBringEveryone() && !note.privatePost()) {
            Button bring = action(screen.getTranslation("room.bring-everyone-to-note"), VaadinIcon.USERS,
                    () -> actions.bringEveryone(null, note.id()));
            bring.addClassName("bring-everyone-to-note");
            content.add(bring);
        }
        if (state.mayHide(note)) {
            Button hide = action(screen.getTranslation("wall.hide"), VaadinIcon.EYE_SLASH,
                    () -> new HideDialog(shortText(), reason -> actions.hide(note.id(), reason)).open());
            hide.addClassName("hide-post");
            content.add(hide);
        }
        actionsPopover.add(content);
        actionsPopover.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                closeActions();
            }
        });
        popovers.add(actionsPopover);
        actionsPopover.open();
    }

    private void moveWithinSection(int steps) {
        actions.moveWithinSection(note.id(), steps);
        actions.keepFocusOn(note.id());
    }

    /**
     * Deletes the note; when someone else is editing it, asks first (they would lose what they are writing). On an
     * anonymous wall, or an anonymous note, the editor is not named.
     */
    private void delete() {
        BoardScreenState.Editor editor = state.editor(note.id());
        if (editor == null) {
            actions.delete(note.id());
        } else {
            DeleteWhileEditingDialog.ask(state.board().postsAnonymous() ? null : editor.name(),
                    () -> actions.delete(note.id()));
        }
    }

    /** "Stage: short text", for choosing a note. */
    private String describe(NoteState other) {
        String section = state.sections().stream().filter(s -> s.id() == other.sectionId()).findFirst()
                .map(s -> SectionTexts.title(screen, s)).orElse(null);
        return screen.getTranslation("board.note-in-section", section, shortText(other.text()));
    }

    private String shortTextOf(long noteId) {
        NoteState other = state.note(noteId);
        return other == null ? "…" : shortText(other.text());
    }

    private Button action(String text, VaadinIcon icon, Runnable run) {
        Button button = new Button(text, icon.create(), e -> {
            closeActions();
            run.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("note-action");
        return button;
    }

    /** Closes the actions popover, if open (also when the card leaves the board). */
    void closeActions() {
        if (actionsPopover != null) {
            Popover closing = actionsPopover;
            actionsPopover = null;
            closing.close();
            closing.removeFromParent();
        }
    }

    /** The note left the board (deleted, hidden): an open edit dialog says so and keeps the member's words. */
    void removedFromBoard() {
        closeActions();
        if (editDialog != null) {
            editDialog.noteRemoved();
        }
    }

    /** Opens the note's text in a dialog; others see that someone is editing it until it closes. */
    void startEditing() {
        if (editDialog != null) {
            return;
        }
        editDialog = new EditNoteDialog(note, actions::saveEdit, () -> {
            editDialog = null;
            actions.editingStopped(note.id());
        });
        editDialog.open();
        actions.editingStarted(note.id());
    }

    String shortText() {
        return shortText(note.text());
    }

    static String shortText(String t) {
        return t.codePointCount(0, t.length()) > 40 ? t.substring(0, t.offsetByCodePoints(0, 40)) + "…" : t;
    }
}
