package org.samskab.board.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.samskab.base.ItemNotFoundException;
import org.samskab.base.UserFacingException;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardLiveListener;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.BoardViews.WallStatus;
import org.samskab.board.EditConflictException;
import org.samskab.board.FacilitationService;
import org.samskab.board.GroupRole;
import org.samskab.board.LiveBoardChannel;
import org.samskab.board.LiveBoardConnection;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteMirror;
import org.samskab.board.NoteService;
import org.samskab.board.SectionService;
import org.samskab.board.VoteState;
import org.samskab.board.VotingService;
import org.samskab.board.WallService;
import org.samskab.member.MemberService;
import org.samskab.network.NetworkService;
import org.samskab.network.NetworkViews.MemberEntry;
import org.samskab.security.CurrentMember;
import org.samskab.security.SignedInMember;
import org.samskab.ui.AfterResponse;
import org.samskab.ui.UserMessages;

/**
 * A live board. It is built from the database when opened, then kept current by the live layer, which delivers
 * only what changed. The same semantic structure (sections as headings, notes as list items, every action in a
 * menu) serves as the visual board and, with the list layout, as the accessible outline.
 */
@Route("boards/:boardId")
@PermitAll
@com.vaadin.flow.component.dependency.StyleSheet("styles/board-kinds.css")
class BoardView extends Main implements BeforeEnterObserver, HasDynamicTitle, BoardLiveListener {

    private final BoardReader boardReader;
    private final NoteService noteService;
    private final SectionService sectionService;
    private final VotingService votingService;
    private final WallService wallService;
    private final FacilitationService facilitationService;
    private final LiveBoardChannel live;
    private final SignedInMember me;
    private final MemberService members;
    /** The member's name as it is now (the sign-in's copy is older if they renamed themselves since). */
    @SuppressWarnings("NullAway.Init") // these three are set on navigation (beforeEnter), before anything shows
    private String myName;

    @SuppressWarnings("NullAway.Init")
    private BoardSnapshot snapshot;
    @SuppressWarnings("NullAway.Init")
    private BoardState state;
    private final Map<Long, SectionColumn> columns = new LinkedHashMap<>();
    private final Map<Long, NoteCard> cards = new HashMap<>();
    /** Notes removed live (hidden, deleted), by the revision that removed them. */
    private final Map<Long, Long> removedNotes = new HashMap<>();
    private boolean wallStatusScheduled;
    /** Who else is editing which note, as the live layer reported them (a null name: not to be named). */
    private final Map<Long, Editor> editors = new HashMap<>();
    private final Set<Long> myNotes = new HashSet<>();
    private final Map<Long, NoteState> waitingForSection = new HashMap<>();
    private final Map<Long, Integer> myDots = new HashMap<>();
    private List<SectionState> sections = List.of();
    private @Nullable LiveBoardConnection liveConnection;
    // Reflection walls
    private final Set<Long> myResonates = new HashSet<>();
    private @Nullable WallPanel wallPanel;
    // Theory U canvas and case clinic
    private final NetworkService networks;
    private final Clock clock;
    private BoardKindLayout kindLayout = BoardKindLayout.of(this, org.samskab.board.BoardKind.IDEA_BOARD);
    /** For each note, the notes that lead to it (the reverse of NoteState.linksTo). */
    private final Map<Long, Set<Long>> linkedFrom = new HashMap<>();

    private final Div canvas = new Div();
    private final Anchor skipLink = new Anchor();
    private final H1 title = new H1();
    private final Paragraph instructions = new Paragraph();
    /** Shown while the board's gathering is closed. */
    final Div readOnlyBanner = new Div();
    private final Div voteBar = new Div();
    final RadioButtonGroup<String> layout = new RadioButtonGroup<>();
    final Button addSection = new Button();

    BoardView(BoardReader boardReader, NoteService noteService, SectionService sectionService,
            VotingService votingService, WallService wallService, FacilitationService facilitationService,
            LiveBoardChannel live, CurrentMember currentMember, NetworkService networks,
            Clock clock, MemberService members) {
        this.boardReader = boardReader;
        this.noteService = noteService;
        this.sectionService = sectionService;
        this.votingService = votingService;
        this.wallService = wallService;
        this.facilitationService = facilitationService;
        this.members = members;
        this.networks = networks;
        this.clock = clock;
        this.live = live;
        this.me = currentMember.require();
        addClassNames("board-view");
        listenToCardButtons();
    }

    static final String CLICKED_ACTION = "event.target.closest('[data-note-action]').dataset.noteAction";
    static final String CLICKED_NOTE = "event.target.closest('.note-card')?.dataset.noteId";
    static final String CLICKED_CARD_BUTTON = "event.target.closest('[data-note-action]') !== null";
    static final String CLICKED_TARGET = "event.target.closest('[data-note-action]').dataset.targetNote || ''";

    /**
     * One click listener for every card's buttons (their markup comes from {@link NoteMarkup}). The browser
     * reports only the button's action and the card's note id, both from attributes the server wrote; a note that
     * is not on this board is ignored, and the service checks the member's rights as for any other request.
     */
    private void listenToCardButtons() {
        canvas.getElement().addEventListener("click", event -> {
            tools.jackson.databind.JsonNode data = event.getEventData();
            tools.jackson.databind.JsonNode action = data.get(CLICKED_ACTION);
            tools.jackson.databind.JsonNode noteId = data.get(CLICKED_NOTE);
            if (action == null || noteId == null || !action.isString() || !noteId.isString()) {
                return;
            }
            tools.jackson.databind.JsonNode target = data.get(CLICKED_TARGET);
            cardButtonClicked(noteId.asString(), action.asString(),
                    target == null || !target.isString() || target.asString().isEmpty() ? null : target.asString());
        }).addEventData(CLICKED_ACTION).addEventData(CLICKED_NOTE).addEventData(CLICKED_TARGET)
                .setFilter(CLICKED_CARD_BUTTON);
    }

    private void cardButtonClicked(String noteId, String action, @Nullable String target) {
        try {
            NoteCard card = cards.get(Long.parseLong(noteId));
            if (card != null) {
                card.act(action, target);
            }
        } catch (NumberFormatException notANote) {
            // Not one of ours: nothing to do.
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("boardId").orElse(""));
            snapshot = boardReader.open(id);
            myName = members.profile(me.memberId()).displayName();
        } catch (NumberFormatException | ItemNotFoundException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        render();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (snapshot != null && liveConnection == null) {
            liveConnection = live.connect(this, snapshot.board().id(), snapshot.revision(), me.memberId(), myName,
                    this);
        }
        if (snapshot != null) {
            installDragAndDrop();
            NoteDrafts.restore(this, state.id(), this::restoreDraft);
            BoardKeyboard.install(canvas.getElement(), skipLink.getElement());
        }
    }

    /** A note this tab was writing when the page went (a server restart): its form opens again, holding it. */
    private void restoreDraft(long sectionId, String text) {
        SectionColumn column = columns.get(sectionId);
        if (column != null && mayWrite()) {
            NoteComposer composer = column.composer();
            if (composer.newNote.isEmpty()) {
                composer.newNote.setValue(text);
            }
        }
    }

    long boardId() {
        return state.id();
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        if (liveConnection != null) {
            liveConnection.close();
            liveConnection = null;
        }
    }

    /**
     * One set of native drag-and-drop listeners for the whole board, instead of a Vaadin drag source and drop
     * target per note: a thousand notes cost nothing extra. The browser only reports ids (read from data
     * attributes, never user text) to {@link #dropNote}, where the service checks them like any other move.
     */
    private void installDragAndDrop() {
        canvas.getElement().executeJs("""
                const canvas = $0, view = $1;
                if (canvas.__samskabDnd) { return; }
                canvas.__samskabDnd = true;
                let dragged = null;
                const clear = () => canvas.querySelectorAll('.dragging, .drop-before, .drag-over')
                    .forEach(el => el.classList.remove('dragging', 'drop-before', 'drag-over'));
                canvas.addEventListener('dragstart', e => {
                  const card = e.target.closest && e.target.closest('.note-card');
                  if (!card) { return; }
                  dragged = card.dataset.noteId;
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', dragged);
                  card.classList.add('dragging');
                });
                canvas.addEventListener('dragend', () => { clear(); dragged = null; });
                canvas.addEventListener('dragover', e => {
                  const section = dragged && e.target.closest('.board-section');
                  if (!section) { return; }
                  e.preventDefault();
                  e.dataTransfer.dropEffect = 'move';
                  clear();
                  canvas.querySelector('[data-note-id="' + dragged + '"]')?.classList.add('dragging');
                  section.classList.add('drag-over');
                  const card = e.target.closest('.note-card');
                  if (card && card.dataset.noteId !== dragged) { card.classList.add('drop-before'); }
                });
                canvas.addEventListener('drop', e => {
                  const section = dragged && e.target.closest('.board-section');
                  if (!section) { return; }
                  e.preventDefault();
                  const card = e.target.closest('.note-card');
                  const before = card && card.dataset.noteId !== dragged ? Number(card.dataset.noteId) : -1;
                  view.$server.dropNote(Number(dragged), Number(section.dataset.sectionId), before);
                  clear();
                  dragged = null;
                });
                """, canvas.getElement(), getElement());
    }

    /** A note dropped in a section, before another note or (beforeNoteId &lt; 0) at the end. */
    @ClientCallable
    void dropNote(long noteId, long sectionId, long beforeNoteId) {
        move(noteId, sectionId, beforeNoteId < 0 ? null : beforeNoteId);
    }

    private void render() {
        removeAll();
        columns.clear();
        cards.clear();
        state = snapshot.board();
        sections = snapshot.sections();
        myNotes.addAll(snapshot.myNoteIds());
        myDots.putAll(snapshot.myDots());
        myResonates.addAll(snapshot.myResonates());
        kindLayout = BoardKindLayout.of(this, state.kind());

        Div header = new Div();
        header.addClassName("board-header");
        if (snapshot.gatheringId() != null) {
            Anchor back = new Anchor("gatherings/" + snapshot.gatheringId(), getTranslation("board.back"));
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
        header.add(readOnlyBanner);
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
        if (isWall()) {
            wallPanel = new WallPanel(this, state, snapshot.wallStatus());
            toolbar.add(wallPanel);
        } else {
            toolbar.add(voteBar);
        }
        toolbar.addClassName("board-toolbar");
        if (snapshot.canModerate()) {
            Button history = new Button(getTranslation("board.history"), VaadinIcon.CLOCK.create(),
                    e -> new HistoryDialog(boardReader.history(state.id())).open());
            history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            toolbar.add(history);
        }
        header.add(toolbar);

        canvas.removeAll();
        canvas.addClassName("board-canvas");
        canvas.setId(BoardKeyboard.CANVAS_ID);
        canvas.getElement().setAttribute("tabindex", "-1");
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
        if (kindLayout.canvasClass() != null) {
            canvas.addClassName(kindLayout.canvasClass());
        }
        canvas.getElement().setAttribute("aria-label", getTranslation("board.sections-label", state.title()));
        String addSectionText = getTranslation(isWall() ? "wall.add-prompt" : "board.add-section");
        addSection.setText(addSectionText);
        addSection.setIcon(VaadinIcon.PLUS.create());
        addSection.addClassName("add-section");
        addSection.addClickListener(e -> new SectionNameDialog(addSectionText, state.kind().sectionFieldKey(),
                name -> call(() -> sectionService.addSection(state.id(), name))).open());
        if (isWall()) {
            canvas.addClassName("wall-canvas");
            canvas.getElement().setAttribute("aria-label", getTranslation("wall.prompts-label", state.title()));
        }
        for (SectionState section : sections) {
            columns.put(section.id(), new SectionColumn(this, section));
        }
        for (NoteState note : snapshot.notes()) {
            note.linksTo().forEach(target -> linkedFrom.computeIfAbsent(target, k -> new HashSet<>()).add(note.id()));
        }
        showAddSection();
        showReadOnly();
        layoutSections();
        add(skipLink, keyboardHint, header, canvas);
        applyLayout();
        renderVoteBar();
        showPrivateCounts(snapshot.wallStatus());
        showFocus();
        kindLayout.boardChanged(state);
        showCardsAfterThisResponse(snapshot.notes());
    }

    /**
     * The cards go out just after the answer that opens the board, over push (see {@link AfterResponse}): the
     * answer Vaadin keeps for each screen is then the board's frame, not all its notes.
     */
    private void showCardsAfterThisResponse(List<NoteState> notes) {
        AfterResponse.run(UI.getCurrent(), () -> {
            for (NoteState note : notes) {
                // A live change may have brought a newer state of a note first, or removed it meanwhile.
                if (removedNotes.getOrDefault(note.id(), -1L) < note.revision()) {
                    cards.computeIfAbsent(note.id(), id -> new NoteCard(this, note));
                }
            }
            // Cards made before the notes they link to show those now.
            cards.values().stream().filter(c -> !c.note().linksTo().isEmpty() || linkedFrom.containsKey(c.noteId()))
                    .forEach(NoteCard::refresh);
            layoutSections();
            canvas.getElement().setAttribute("data-notes-shown", Integer.toString(notes.size()));
        });
    }

    private void applyLayout() {
        canvas.getClassNames().set("board-layout-list", "list".equals(layout.getValue()));
        canvas.getClassNames().set("board-layout-columns", !"list".equals(layout.getValue()));
    }

    /** Places section columns in order, and every card in its section, in order. */
    private void layoutSections() {
        layoutSections(null);
    }

    /** Like {@link #layoutSections()}, but only re-sorts the given sections' cards (null: all). */
    private void layoutSections(@Nullable Set<Long> onlySections) {
        List<Component> wanted = new ArrayList<>();
        for (SectionState section : sections) {
            wanted.add(columns.get(section.id()));
        }
        if (!canvas.getChildren().toList().equals(wanted)) {
            canvas.removeAll();
            wanted.forEach(canvas::add);
        }
        Map<Long, List<NoteCard>> bySection = new HashMap<>();
        cards.values().stream()
                .filter(card -> onlySections == null || onlySections.contains(card.note().sectionId()))
                .sorted(Comparator.comparingDouble((NoteCard c) -> c.note().position()))
                .forEach(card -> bySection.computeIfAbsent(card.note().sectionId(), k -> new ArrayList<>())
                        .add(card));
        for (SectionColumn column : columns.values()) {
            if (onlySections == null || onlySections.contains(column.section().id())) {
                column.showCards(bySection.getOrDefault(column.section().id(), List.of()));
            }
        }
    }

    private void renderVoteBar() {
        voteBar.removeAll();
        voteBar.addClassName("vote-bar");
        Span status = new Span();
        status.addClassName("vote-status");
        status.getElement().setAttribute("aria-live", "polite");
        switch (state.voteState()) {
            case NONE -> status.setText("");
            case OPEN -> status.setText(getTranslation("board.vote-open", dotsLeft(), state.voteDots()));
            case CLOSED -> status.setText(getTranslation("board.vote-closed"));
        }
        voteBar.add(status);
        if (canModerate()) {
            if (state.voteState() == VoteState.OPEN) {
                Button end = new Button(getTranslation("board.end-vote"),
                        e -> call(() -> votingService.endVote(state.id())));
                end.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                end.addClassName("end-vote");
                voteBar.add(end);
            } else {
                Button start = new Button(getTranslation("board.start-vote"), VaadinIcon.CIRCLE.create(),
                        e -> new StartVoteDialog((dots, visible) -> call(
                                () -> votingService.startVote(state.id(), dots, visible))).open());
                start.addClassName("start-vote");
                voteBar.add(start);
            }
            if (state.voteState() == VoteState.CLOSED) {
                Button sort = new Button(getTranslation("board.sort-by-votes"), VaadinIcon.SORT.create(),
                        e -> call(() -> votingService.sortByVotes(state.id())));
                sort.addClassName("sort-by-votes");
                voteBar.add(sort);
            }
        }
    }

    // ---------------------------------------------------------------- what cards and columns ask for

    /** Whether this member moderates the board now: never while it is read-only. */
    boolean canModerate() {
        return snapshot.canModerate() && !readOnly();
    }

    /** Its gathering is closed: the screen offers no change (the service refuses every one). */
    boolean readOnly() {
        return state.readOnly();
    }

    /** A wall's prompts are its facilitators'; built-in stages and steps are fixed. */
    private void showAddSection() {
        addSection.setVisible(!readOnly() && (!isWall() || canModerate())
                && sections.stream().allMatch(s -> s.stageKey() == null));
    }

    private void showReadOnly() {
        readOnlyBanner.removeAll();
        readOnlyBanner.setVisible(readOnly());
        if (readOnly()) {
            readOnlyBanner.add(new Span(getTranslation("board.read-only-banner")));
            if (snapshot.canModerate()) {
                readOnlyBanner.add(new Span(" " + getTranslation("board.read-only-reopen")));
            }
        }
    }

    /** The gathering closed or reopened while the board was open: every control follows. */
    private void readOnlyChanged() {
        showReadOnly();
        showAddSection();
        renderVoteBar();
        cards.values().forEach(card -> {
            card.closeActions();
            card.refresh();
        });
        columns.values().forEach(column -> column.update(column.section()));
    }

    boolean allowsAnonymous() {
        return state.allowAnonymous();
    }

    VoteState voteState() {
        return state.voteState();
    }

    List<SectionState> sections() {
        return sections;
    }

    int myDotsOn(long noteId) {
        return myDots.getOrDefault(noteId, 0);
    }

    int dotsLeft() {
        return state.voteState() == VoteState.OPEN
                ? state.voteDots() - myDots.values().stream().mapToInt(Integer::intValue).sum()
                : 0;
    }

    boolean mayChange(NoteState note) {
        // A reflection is its author's alone; on an idea board, moderators may change any note.
        return !readOnly() && (myNotes.contains(note.id()) || (canModerate() && !isWall()));
    }

    // ---------------------------------------------------------------- reflection walls (the service decides)

    boolean isWall() {
        return state.kind() == BoardKind.REFLECTION_WALL;
    }

    boolean mayMove(NoteState note) {
        return !readOnly() && (!isWall() || canModerate() || myNotes.contains(note.id()));
    }

    boolean mayHide(NoteState note) {
        return canModerate() && isWall() && !note.privatePost();
    }

    boolean mayResonate(NoteState note) {
        return !readOnly() && !myNotes.contains(note.id()) && !note.privatePost();
    }

    boolean resonates(long noteId) {
        return myResonates.contains(noteId);
    }

    void setResonates(long noteId, boolean resonates) {
        call(() -> {
            NoteState changed = wallService.setResonates(noteId, resonates);
            if (resonates) {
                myResonates.add(noteId);
            } else {
                myResonates.remove(noteId);
            }
            NoteCard card = cards.get(noteId);
            if (card != null) {
                card.update(changed);
            }
        });
    }

    /** @return the refusal's text, or null when the post is hidden */
    @Nullable
    String hide(long noteId, String reason) {
        try {
            wallService.hidePost(noteId, reason);
            noteRemoved(noteId, Long.MAX_VALUE);
            return null;
        } catch (UserFacingException refusal) {
            return UserMessages.text(this, refusal);
        }
    }

    void openHiddenPosts() {
        new HiddenPostsDialog(() -> wallService.hiddenPosts(state.id()),
                noteId -> call(() -> noteChanged(wallService.restorePost(noteId)))).open();
    }

    void startPrivateWriting() {
        call(() -> boardChanged(wallService.startPrivateWriting(state.id())));
    }

    void revealPrivatePosts() {
        call(() -> boardChanged(wallService.revealPrivatePosts(state.id())));
    }

    void moveSection(long sectionId, int steps) {
        call(() -> sectionsChanged(sectionService.moveSection(sectionId, steps), Long.MAX_VALUE));
    }

    /** A facilitator's wall view is counted by the server; it is read again when the wall changes. */
    /** Once per answer to the browser, however many posts came in meanwhile (it reads the whole wall). */
    private void refreshWallStatus() {
        if (wallPanel == null || !canModerate() || wallStatusScheduled) {
            return;
        }
        wallStatusScheduled = true;
        getUI().ifPresentOrElse(ui -> ui.beforeClientResponse(this, context -> {
            wallStatusScheduled = false;
            showWallStatus();
        }), () -> wallStatusScheduled = false);
    }

    private void showWallStatus() {
        if (wallPanel != null && canModerate()) {
            WallStatus status = wallService.wallStatus(state.id());
            wallPanel.update(state, status);
            showPrivateCounts(status);
        }
    }

    private void showPrivateCounts(@Nullable WallStatus status) {
        if (status == null) {
            return;
        }
        for (SectionColumn column : columns.values()) {
            column.showPrivateCount(state.privateWriting() || status.privatePosts() > 0
                    ? status.privatePostsBySection().getOrDefault(column.section().id(), 0) : null);
        }
    }

    boolean addNote(long sectionId, String text, NoteColour colour, boolean anonymous,
            @Nullable NoteMirror mirror) {
        try {
            NoteState added = noteService.addNote(state.id(), sectionId, text, colour, anonymous, mirror);
            myNotes.add(added.id());
            noteChanged(added);
            return true;
        } catch (UserFacingException refusal) {
            UserMessages.showError(this, refusal);
            return false;
        }
    }

    /**
     * Saves an edited text; returns null when saved, else the refusal for the editor to show (an
     * {@link EditConflictException} when someone else saved first).
     */
    @Nullable
    UserFacingException saveEdit(long noteId, long expectedVersion, String text) {
        try {
            noteChanged(noteService.editNote(noteId, expectedVersion, text));
            return null;
        } catch (UserFacingException refusal) {
            return refusal;
        }
    }

    void recolour(long noteId, NoteColour colour) {
        call(() -> noteChanged(noteService.recolourNote(noteId, colour)));
    }

    void move(long noteId, long sectionId, @Nullable Long beforeNoteId) {
        call(() -> noteChanged(noteService.moveNote(noteId, sectionId, beforeNoteId)));
    }

    void moveWithinSection(long noteId, int steps) {
        call(() -> noteChanged(noteService.moveNoteWithinSection(noteId, steps)));
    }

    /**
     * After a move chosen in the note's actions, focus stays on the note in its new place instead of falling to the
     * page when the actions close.
     */
    void keepFocusOn(long noteId) {
        NoteCard card = cards.get(noteId);
        if (card != null) {
            BoardKeyboard.focus(card.getElement());
        }
    }

    /**
     * Deletes a note; when someone else is editing it, asks first (they would lose what they are writing). On an
     * anonymous wall, or an anonymous note, the editor is not named.
     */
    void delete(long noteId) {
        Editor editor = editors.get(noteId);
        if (editor == null) {
            deleteNow(noteId);
            return;
        }
        String name = state.postsAnonymous() ? null : editor.name();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("board.delete-while-editing.title"));
        confirm.setText(name == null ? getTranslation("board.delete-while-editing.someone")
                : getTranslation("board.delete-while-editing.named", name));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("board.delete-while-editing.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> deleteNow(noteId));
        confirm.open();
    }

    private void deleteNow(long noteId) {
        call(() -> {
            noteService.deleteNote(noteId);
            noteRemoved(noteId, Long.MAX_VALUE);
        });
    }

    void placeDot(long noteId) {
        call(() -> {
            votingService.placeDot(noteId);
            myDots.merge(noteId, 1, Integer::sum);
            afterOwnDot(noteId);
        });
    }

    void removeDot(long noteId) {
        call(() -> {
            votingService.removeDot(noteId);
            myDots.computeIfPresent(noteId, (k, v) -> v > 1 ? v - 1 : null);
            afterOwnDot(noteId);
        });
    }

    /** Only this note changes, unless the last dot was used or the first one came back (every "+" changes). */
    private void afterOwnDot(long noteId) {
        int left = dotsLeft();
        if (left == 0 || left == 1) {
            refreshVotes();
        } else {
            NoteCard card = cards.get(noteId);
            if (card != null) {
                card.refresh();
            }
            renderVoteBar();
        }
    }

    void renameSection(long sectionId, String title) {
        call(() -> sectionService.renameSection(sectionId, title));
    }

    void removeSection(long sectionId) {
        call(() -> sectionService.removeSection(sectionId));
    }

    void editingStarted(long noteId) {
        NoteCard card = cards.get(noteId);
        // A private post is nobody else's business, not even that someone is editing it.
        if (liveConnection != null && card != null && !card.note().privatePost()) {
            liveConnection.startEditing(noteId, card.note().anonymous());
        }
    }

    void editingStopped(long noteId) {
        if (liveConnection != null) {
            liveConnection.stopEditing(noteId);
        }
    }

    private void refreshVotes() {
        cards.values().forEach(NoteCard::refresh);
        renderVoteBar();
    }

    private void call(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException refusal) {
            UserMessages.showError(this, refusal);
        }
    }

    // ---------------------------------------------------------------- stages, steps, links (Theory U, case clinic)

    /** Highlights the section the group is on now, on this screen. */
    private void showFocus() {
        Long focus = state.focusSectionId();
        String label = kindLayout.focusLabel();
        columns.values().forEach(c -> c.showFocus(focus != null && c.section().id() == focus, label));
    }

    void decorate(SectionColumn column) {
        kindLayout.decorate(column);
    }

    boolean offersMirror(SectionState section) {
        return kindLayout.offersMirror(section);
    }

    /** Whether this member writes on the board (the service decides; this only hides what it would refuse). */
    boolean mayWrite() {
        return canModerate() || !readOnly() && (kindLayout.everyoneWrites()
                || state.group().stream().anyMatch(m -> m.memberId() == me.memberId()));
    }

    long myMemberId() {
        return me.memberId();
    }

    BoardState state() {
        return state;
    }

    BoardKindLayout kindLayout() {
        return kindLayout;
    }

    Instant now() {
        return Instant.now(clock);
    }

    /** The section's title as this screen shows it; null when there is no such section. */
    @Nullable
    String sectionTitle(@Nullable Long sectionId) {
        return sectionId == null ? null : sections.stream().filter(s -> s.id() == sectionId).findFirst()
                .map(s -> SectionTexts.title(this, s)).orElse(null);
    }

    boolean updateGuidance(long sectionId, String guidance, @Nullable Integer minutes) {
        try {
            SectionState saved = sectionService.updateGuidance(sectionId, guidance, minutes);
            sectionsChanged(sections.stream().map(s -> s.id() == saved.id() ? saved : s).toList(), 0);
            return true;
        } catch (UserFacingException refusal) {
            UserMessages.showError(this, refusal);
            return false;
        }
    }

    void setFocus(long sectionId) {
        call(() -> boardChanged(facilitationService.setFocus(state.id(), sectionId)));
    }

    void startStep(long sectionId) {
        call(() -> boardChanged(facilitationService.startStep(sectionId)));
    }

    void nextStep() {
        call(() -> boardChanged(facilitationService.nextStep(state.id())));
    }

    void pauseTimer() {
        call(() -> boardChanged(facilitationService.pauseTimer(state.id())));
    }

    void resumeTimer() {
        call(() -> boardChanged(facilitationService.resumeTimer(state.id())));
    }

    void extendTimer() {
        call(() -> boardChanged(facilitationService.extendTimer(state.id(), 1)));
    }

    boolean setGroup(Map<Long, GroupRole> group) {
        try {
            boardChanged(facilitationService.setGroup(state.id(), group));
            return true;
        } catch (UserFacingException refusal) {
            UserMessages.showError(this, refusal);
            return false;
        }
    }

    List<MemberEntry> networkMembers() {
        return networks.membersByOrganisation(snapshot.networkId(), getLocale()).stream()
                .flatMap(g -> g.members().stream()).sorted(Comparator.comparing(MemberEntry::displayName)).toList();
    }

    private double sectionPosition(long sectionId) {
        return sections.stream().filter(s -> s.id() == sectionId).findFirst().map(SectionState::position)
                .orElse(Double.NaN);
    }

    boolean hasLaterSections(NoteState note) {
        if (!state.kind().linksNotes() || note.privatePost()) {
            return false; // only a canvas links notes, and never a private post
        }
        double position = sectionPosition(note.sectionId());
        return sections.stream().anyMatch(s -> s.position() > position);
    }

    /** The notes a note may lead to: those in later sections, in board order, not yet linked. */
    List<NoteState> laterNotes(NoteState note) {
        double position = sectionPosition(note.sectionId());
        return cards.values().stream().map(NoteCard::note)
                .filter(n -> sectionPosition(n.sectionId()) > position && !note.linksTo().contains(n.id()))
                .sorted(Comparator.comparingDouble((NoteState n) -> sectionPosition(n.sectionId()))
                        .thenComparingDouble(NoteState::position))
                .toList();
    }

    /** "Stage: short text", for choosing a note. */
    String describe(NoteState note) {
        return getTranslation("board.note-in-section", sectionTitle(note.sectionId()), NoteCard.shortText(note.text()));
    }

    String shortTextOf(long noteId) {
        NoteCard card = cards.get(noteId);
        return card == null ? "…" : card.shortText();
    }

    List<Long> linkedFrom(long noteId) {
        return linkedFrom.getOrDefault(noteId, Set.of()).stream().filter(cards::containsKey).sorted().toList();
    }

    void link(long fromNoteId, long toNoteId) {
        call(() -> noteChanged(noteService.linkNotes(fromNoteId, toNoteId)));
    }

    void unlink(long fromNoteId, long toNoteId) {
        call(() -> noteChanged(noteService.unlinkNotes(fromNoteId, toNoteId)));
    }

    /** Takes the reader (and keyboard focus) to a note. */
    void focusNote(long noteId) {
        NoteCard card = cards.get(noteId);
        if (card != null) {
            // Focusable by script even before the board's keyboard model has seen the card (BoardKeyboard).
            card.getElement().setAttribute("tabindex", "-1");
            card.getElement().executeJs("this.scrollIntoView({block: 'center', behavior: 'smooth'}); this.focus();");
        }
    }

    private static NoteState withoutLinks(NoteState note) {
        return new NoteState(note.id(), note.sectionId(), note.text(), note.colour(), note.authorName(),
                note.anonymous(), note.position(), note.version(), note.votes(), note.revision(), note.privatePost(),
                note.resonates(), note.mirror(), note.authorRole(), List.of());
    }

    // ---------------------------------------------------------------- live changes (own ones arrive here too)

    @Override
    public void noteChanged(NoteState note) {
        NoteCard card = cards.get(note.id());
        if (card != null && card.note().revision() > note.revision()) {
            return; // already newer
        }
        if (!columns.containsKey(note.sectionId())) {
            // A section this screen does not know yet: keep the note until the section update arrives.
            waitingForSection.put(note.id(), note);
            return;
        }
        waitingForSection.remove(note.id());
        Set<Long> linkedCards = relinked(card == null ? List.of() : card.note().linksTo(), note);
        // Every open screen does this for every change, so the common cases cost the same on a big board: a new
        // note is put in its place in its section (notes written at once may arrive out of order), a note that
        // stays where it was is not laid out again, and otherwise only the sections it left and entered are
        // re-sorted.
        if (card == null) {
            card = new NoteCard(this, note);
            cards.put(note.id(), card);
            card.showEditor(marker(editors.get(note.id())));
            columns.get(note.sectionId()).insertInOrder(card);
        } else {
            NoteState previous = card.note();
            card.update(note);
            if (previous.sectionId() != note.sectionId() || previous.position() != note.position()) {
                // Set.copyOf, not Set.of: a move within a section names the same section twice.
                layoutSections(Set.copyOf(List.of(previous.sectionId(), note.sectionId())));
            }
        }
        refreshWallStatus();
        refreshLinks(linkedCards);
    }

    /**
     * Updates which notes lead to which after a note changed; returns the other notes whose link chips must be
     * redrawn (its old and new targets, and the notes leading to it, which show its text).
     */
    private Set<Long> relinked(List<Long> oldTargets, NoteState note) {
        Set<Long> affected = new HashSet<>(oldTargets);
        affected.addAll(note.linksTo());
        oldTargets.forEach(t -> linkedFrom.getOrDefault(t, new HashSet<>()).remove(note.id()));
        note.linksTo().forEach(t -> linkedFrom.computeIfAbsent(t, k -> new HashSet<>()).add(note.id()));
        affected.addAll(linkedFrom.getOrDefault(note.id(), Set.of()));
        return affected;
    }

    private void refreshLinks(Set<Long> noteIds) {
        for (Long id : noteIds) {
            NoteCard other = cards.get(id);
            if (other != null) {
                other.refresh();
            }
        }
    }

    @Override
    public void noteRemoved(long noteId, long revision) {
        // Remembered, so cards still to be made from the opening snapshot do not bring it back.
        removedNotes.merge(noteId, revision, Math::max);
        NoteCard card = cards.remove(noteId);
        if (card != null) {
            card.removedFromBoard();
            card.getElement().removeFromParent();
            Set<Long> linkedCards = relinked(card.note().linksTo(), withoutLinks(card.note()));
            linkedFrom.remove(noteId);
            refreshLinks(linkedCards);
        }
        waitingForSection.remove(noteId);
        if (myDots.remove(noteId) != null) {
            refreshVotes(); // the dots came back
        }
        refreshWallStatus();
    }

    @Override
    public void sectionsChanged(List<SectionState> newSections, long revision) {
        sections = newSections;
        Set<Long> ids = new HashSet<>();
        for (SectionState section : newSections) {
            ids.add(section.id());
            SectionColumn column = columns.get(section.id());
            if (column == null) {
                columns.put(section.id(), new SectionColumn(this, section));
            } else {
                column.update(section);
            }
        }
        columns.keySet().removeIf(id -> !ids.contains(id));
        // Sections changed order or number: keep the map in board order.
        Map<Long, SectionColumn> ordered = new LinkedHashMap<>();
        newSections.forEach(s -> ordered.put(s.id(), columns.get(s.id())));
        columns.clear();
        columns.putAll(ordered);
        layoutSections();
        new ArrayList<>(waitingForSection.values()).forEach(this::noteChanged);
        refreshWallStatus();
        showAddSection();
        showFocus();
        kindLayout.sectionsChanged(newSections);
    }

    private void showTitle() {
        title.setText(state.title());
        instructions.setText(state.instructions() == null ? "" : state.instructions());
        instructions.setVisible(state.instructions() != null);
    }

    @Override
    public void boardChanged(BoardState board) {
        if (board.revision() < state.revision()) {
            return; // this screen applied its own newer change already
        }
        boolean votesChanged = board.voteRound() != state.voteRound() || board.voteState() != state.voteState()
                || board.voteTotalsVisible() != state.voteTotalsVisible();
        if (board.voteRound() != state.voteRound()) {
            myDots.clear(); // a new round: a full budget
        }
        boolean privacyChanged = board.privateWriting() != state.privateWriting();
        boolean groupChanged = !board.group().equals(state.group());
        boolean readOnlyChanged = board.readOnly() != state.readOnly();
        state = board;
        showTitle();
        if (votesChanged) {
            refreshVotes();
        }
        if (wallPanel != null) {
            wallPanel.update(state, null);
            refreshWallStatus();
        }
        if (privacyChanged) {
            // Own posts' "private" marks change with the phase, and so do the cards' buttons.
            cards.values().forEach(NoteCard::refresh);
        }
        if (groupChanged) {
            columns.values().forEach(SectionColumn::refreshRights);
        }
        if (readOnlyChanged) {
            readOnlyChanged();
        }
        showFocus();
        kindLayout.boardChanged(board);
    }

    @Override
    public void editingChanged(long noteId, boolean editing, @Nullable String editorName) {
        if (editing) {
            editors.put(noteId, new Editor(editorName));
        } else {
            editors.remove(noteId);
        }
        NoteCard card = cards.get(noteId);
        if (card != null) {
            card.showEditor(marker(editors.get(noteId)));
        }
    }

    /** Someone else editing a note; {@code name} is null when they are not to be named. */
    private record Editor(@Nullable String name) {
    }

    /** "Ingrid is editing", "Someone is editing", or null when nobody is. */
    private @Nullable String marker(@Nullable Editor editor) {
        return editor == null ? null
                : editor.name() == null ? getTranslation("board.someone-editing-anonymous")
                : getTranslation("board.someone-editing", editor.name());
    }

    @Override
    public String getPageTitle() {
        return (state == null ? "" : state.title() + " · ") + "Samskab";
    }

}
