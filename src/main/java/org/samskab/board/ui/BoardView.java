package org.samskab.board.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.samskab.base.ItemNotFoundException;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.LiveBoardChannel;
import org.samskab.board.LiveRoomChannel;
import org.samskab.board.RoomService;
import org.samskab.member.MemberService;
import org.samskab.security.CurrentMember;
import org.samskab.security.SignedInMember;

/**
 * A live board. It is built from the database when opened, then kept current by the live layer, which delivers
 * only what changed. The same semantic structure (sections as headings, notes as list items, every action in a
 * menu) serves as the visual board and, with the list layout, as the accessible outline.
 * <p>
 * This class is the route and the header. The screen's state and every "may I" are the model's
 * ({@link BoardScreenModel}), the service calls {@link BoardServiceCalls}', the live subscription
 * {@link BoardLiveBinding}'s, the sections and cards {@link BoardCanvas}'s, and what a kind adds its
 * {@link BoardKindLayout}'s (docs/adr/0166-board-screen-split.md).
 */
@Route("boards/:boardId")
// A guest takes part on its gathering's boards, and sees no other page (docs/adr/0187).
@RolesAllowed({SignedInMember.ROLE_MEMBER, SignedInMember.ROLE_GUEST})
@com.vaadin.flow.component.dependency.StyleSheet("styles/board-kinds.css")
class BoardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LiveBoardChannel live;
    private final RoomService rooms;
    private final LiveRoomChannel liveRooms;
    /** Following the facilitator, on a board of a gathering; null elsewhere. */
    private @Nullable RoomFollowing following;
    private final SignedInMember me;
    private final MemberService members;
    private final Clock clock;
    /** The member's name as it is now (the sign-in's copy is older if they renamed themselves since). */
    private String myName = "";
    private long openedAtRevision;

    private final BoardScreenModel model;
    private final BoardLiveBinding binding;
    private final BoardServiceCalls calls;
    private final BoardCanvas canvas;
    private final VoteBar voteBar;
    private final PacingBar pacingBar;
    private BoardKindLayout kindLayout = new BoardKindLayout() {
    };
    private boolean opened;

    private final Anchor skipLink = new Anchor();
    private final H1 title = new H1();
    private final Paragraph instructions = new Paragraph();
    /** Shown while the board's gathering is closed. */
    final Div readOnlyBanner = new Div();
    final RadioButtonGroup<String> layout = new RadioButtonGroup<>();
    final Button addSection = new Button();

    BoardView(BoardServiceCalls.Services services, LiveBoardChannel live, CurrentMember currentMember, Clock clock,
            MemberService members, RoomService rooms, LiveRoomChannel liveRooms) {
        this.live = live;
        this.rooms = rooms;
        this.liveRooms = liveRooms;
        this.members = members;
        this.clock = clock;
        this.me = currentMember.require();
        this.model = new BoardScreenModel(me.memberId(), () -> Instant.now(clock));
        model.member(!me.guest());
        this.binding = new BoardLiveBinding(this, model, live);
        this.calls = new BoardServiceCalls(services, this, model, binding);
        this.canvas = new BoardCanvas(model, calls, this);
        this.voteBar = new VoteBar(model, calls);
        this.pacingBar = new PacingBar(model, calls, () -> live.presentMembers(model.boardId()), () -> {
            model.timeUp();
            pacingChanged();
        });
        addClassNames("board-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        BoardSnapshot snapshot;
        try {
            long id = Long.parseLong(event.getRouteParameters().get("boardId").orElse(""));
            snapshot = calls.open(id);
            myName = members.myProfile().displayName();
        } catch (NumberFormatException | ItemNotFoundException e) {
            Long guestOf = me.guestOf();
            if (guestOf != null && !rooms.mayStay(guestOf)) {
                // A guest whose gathering closed, or who was removed: say so, rather than "not found".
                event.forwardTo(RoomFollowing.GUEST_ENDED);
                return;
            }
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        render(snapshot);
        bringInto(event.getLocation().getQueryParameters());
        if (isAttached()) {
            binding.connect(me.memberId(), myName, openedAtRevision); // another board in the same view
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (opened) {
            binding.connect(me.memberId(), myName, openedAtRevision);
            canvas.installDragAndDrop();
            NoteDrafts.restore(this, model.boardId(), this::restoreDraft);
            BoardKeyboard.install(canvas.getElement(), skipLink.getElement());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        binding.close();
        if (following != null) {
            following.stop();
            following = null;
        }
    }

    /** A note this tab was writing when the page went (a server restart): its form opens again, holding it. */
    private void restoreDraft(long sectionId, String text) {
        SectionColumn column = canvas.column(sectionId);
        if (column != null && model.mayWrite()) {
            NoteComposer composer = column.composer();
            if (composer.newNote.isEmpty()) {
                composer.newNote.setValue(text);
            }
        }
    }

    /**
     * Draws the board again as it is now, after a refusal that says this screen is behind it (a tab left open
     * while others deleted, locked, moved on or closed; docs/adr/0206). A board the member may no longer see is
     * left as a missing one is: the page loads again and says so.
     */
    void showAsItIsNow() {
        BoardSnapshot snapshot;
        try {
            snapshot = calls.open(model.boardId());
        } catch (ItemNotFoundException gone) {
            getUI().ifPresent(ui -> ui.getPage().reload());
            return;
        }
        render(snapshot);
        if (isAttached()) {
            binding.connect(me.memberId(), myName, openedAtRevision);
        }
    }

    private void render(BoardSnapshot snapshot) {
        removeAll();
        model.open(snapshot);
        openedAtRevision = snapshot.revision();
        opened = true;
        kindLayout = BoardKindLayout.of(this, model, calls, snapshot);
        KindWords words = kindLayout.words();
        BoardState state = model.board();

        Div header = new Div();
        header.addClassName("board-header");
        if (model.gatheringId() != null && !me.guest()) {
            Anchor back = new Anchor("gatherings/" + model.gatheringId(), getTranslation("board.back"));
            back.addClassName("back-link");
            header.add(back);
        }
        Div titleRow = new Div(title, live.presence(state.id(), me.memberId(), myName));
        titleRow.addClassName("board-title-row");
        header.add(titleRow);
        instructions.addClassName("board-instructions");
        header.add(instructions);
        readOnlyBanner.addClassName("board-read-only");
        readOnlyBanner.getElement().setAttribute("role", "status");
        header.add(readOnlyBanner, pacingBar);
        if (following != null) {
            following.stop();
            following = null;
        }
        Long gatheringId = snapshot.gatheringId();
        model.inRoom(false);
        if (gatheringId != null && !snapshot.board().readOnly()) {
            RoomFollowing room = new RoomFollowing(rooms, liveRooms, state.id(), gatheringId, me.memberId(),
                    model.facilitator(), me.guest(), canvas::bringHere, this::now);
            if (room.start()) {
                following = room;
                header.addComponentAtIndex(header.indexOf(pacingBar), room);
            }
        }
        // Before the sections are drawn below: they and the cards offer "bring everyone here" in a room.
        model.inRoom(following != null);
        if (kindLayout.header() != null) {
            header.add(kindLayout.header());
        }
        showTitle();

        layout.setLabel(getTranslation("board.layout"));
        layout.setItems("board", "list");
        layout.setItemLabelGenerator(v -> getTranslation("board.layout." + v));
        layout.setValue("board");
        layout.addValueChangeListener(e -> applyLayout());
        layout.addClassName("board-layout-choice");
        // In the toolbar, which wraps, not at the end of the sections: there it sat in a row that scrolls
        // sideways and was cut at the screen's edge once the labels were long (Norwegian at 1440 px).
        Div toolbar = new Div(layout, addSection);
        if (state.kind().votes()) {
            toolbar.add(voteBar);
        }
        if (kindLayout.toolbar() != null) {
            toolbar.add(kindLayout.toolbar());
        }
        toolbar.addClassName("board-toolbar");
        if (!me.guest()) {
            // Replay is for members; a guest's access ends with the gathering (docs/adr/0187).
            Anchor replay = new Anchor(ReplayView.href(model.boardId()), getTranslation("replay.open"));
            replay.addClassName("replay-link");
            toolbar.add(replay);
        }
        if (model.readsFacilitatorsView()) {
            Button history = new Button(getTranslation("board.history"), VaadinIcon.CLOCK.create(), e -> {
                var entries = calls.history();
                if (entries != null) {
                    new HistoryDialog(entries).open();
                }
            });
            history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            toolbar.add(history);
        }
        header.add(toolbar);

        // First in the page's main content: past the header and toolbar to the note in the tab order.
        skipLink.setHref("#" + BoardKeyboard.CANVAS_ID);
        skipLink.setText(getTranslation("board.skip-to-board"));
        skipLink.addClassName("skip-link");
        skipLink.getElement().setAttribute("router-ignore", true);
        // The keyboard model, told where keyboard users arrive (screen readers read it with the link).
        Span keyboardHint = new Span(getTranslation("board.keyboard-hint"));
        keyboardHint.setId("board-keyboard-hint");
        keyboardHint.addClassName("visually-hidden");
        skipLink.getElement().setAttribute("aria-describedby", "board-keyboard-hint");
        String addSectionText = getTranslation(words.addSection());
        addSection.setText(addSectionText);
        addSection.setIcon(VaadinIcon.PLUS.create());
        addSection.addClassName("add-section");
        addSection.addClickListener(e -> new SectionNameDialog(addSectionText, state.kind().sectionFieldKey(),
                calls::addSection).open());
        canvas.reset(kindLayout, getTranslation(words.sectionsLabel(), state.title()));
        sectionsChanged();
        showReadOnly();
        canvas.layoutSections(null);
        add(skipLink, keyboardHint, header, canvas);
        applyLayout();
        voteBar.render();
        pacingBar.render(now());
        canvas.spotlight(state.spotlightNoteId());
        kindLayout.opened(state);
        binding.showFocus();
        binding.showAfterThisResponse(snapshot.notes());
    }

    /**
     * Arriving because a facilitator brought everyone to a note or a section, or from a search hit: it is where the
     * reader lands.
     */
    private void bringInto(com.vaadin.flow.router.QueryParameters parameters) {
        Long note = number(parameters.getSingleParameter("note").orElse(null));
        Long section = number(parameters.getSingleParameter("section").orElse(null));
        if (note != null) {
            // Marked for a moment as well as focused: a search hit lands here too (issue 16).
            org.samskab.ui.AfterResponse.run(com.vaadin.flow.component.UI.getCurrent(),
                    () -> canvas.bringHere(note, null));
        } else if (section != null && canvas.column(section) != null) {
            canvas.getElement().executeJs("const h = this.querySelector('#section-' + $0);"
                    + "if (h) { h.setAttribute('tabindex', '-1'); h.scrollIntoView({block: 'start'}); h.focus(); }",
                    section);
        }
    }

    private static @Nullable Long number(@Nullable String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void applyLayout() {
        canvas.getClassNames().set("board-layout-list", "list".equals(layout.getValue()));
        canvas.getClassNames().set("board-layout-columns", !"list".equals(layout.getValue()));
    }

    // ---------------------------------------------------------------- what the binding redraws

    BoardCanvas canvas() {
        return canvas;
    }

    BoardKindLayout kindLayout() {
        return kindLayout;
    }

    /** The live subscription (tests hand it changes as the live layer would). */
    BoardLiveBinding live() {
        return binding;
    }

    Instant now() {
        return Instant.now(clock);
    }

    /** The member's language here (Component#getLocale is not visible to the screen's other classes). */
    java.util.Locale locale() {
        return getLocale();
    }

    /** Every change of the board's state asks; the words are set only when they changed. */
    void showTitle() {
        BoardState state = model.board();
        String instructionsText = state.instructions() == null ? "" : state.instructions();
        if (!state.title().equals(title.getText())) {
            title.setText(state.title());
        }
        if (!instructionsText.equals(instructions.getText())) {
            instructions.setText(instructionsText);
        }
        instructions.setVisible(state.instructions() != null);
    }

    /** The sections changed: whether more may be added follows. */
    void sectionsChanged() {
        addSection.setVisible(model.mayAddSection());
        pacingBar.render(now()); // a stage's phase is named after its section
    }

    private void showReadOnly() {
        readOnlyBanner.removeAll();
        readOnlyBanner.setVisible(model.readOnly());
        if (model.readOnly()) {
            readOnlyBanner.add(new Span(getTranslation("board.read-only-banner")));
            if (model.facilitator()) {
                readOnlyBanner.add(new Span(" " + getTranslation("board.read-only-reopen")));
            }
        }
    }

    /** The gathering closed or reopened while the board was open: every control follows. */
    void readOnlyChanged() {
        showReadOnly();
        sectionsChanged();
        voteBar.render();
        canvas.readOnlyChanged();
    }

    /** The note in the spotlight was edited: the bar quotes it. */
    void spotlitNoteChanged() {
        pacingBar.render(now());
    }

    /**
     * A phase started or ended, or the board was locked or unlocked: what participants may do changed, so every
     * control that asks the rules follows, as when the gathering closes.
     */
    void pacingChanged() {
        pacingBar.render(now()); // once: sectionsChanged() would draw it again
        addSection.setVisible(model.mayAddSection());
        voteBar.render();
        canvas.readOnlyChanged();
    }

    /** The countdown started, paused, resumed, got more time or stopped. */
    void timerChanged() {
        pacingBar.render(now());
    }

    /** Another note, or none, is in the spotlight. */
    void spotlightChanged() {
        pacingBar.render(now());
        canvas.spotlight(model.board().spotlightNoteId());
    }

    /** A vote started, ended or changed rounds, or the member's dots came back: every card's dots follow. */
    void votesChanged() {
        canvas.refreshCards(note -> true);
        voteBar.render();
    }

    void voteBarChanged() {
        voteBar.render();
    }

    @Override
    public String getPageTitle() {
        return (opened ? model.board().title() + " · " : "") + "Samskab";
    }
}
