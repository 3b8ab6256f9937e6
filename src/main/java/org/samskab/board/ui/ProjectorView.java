package org.samskab.board.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.samskab.base.ItemNotFoundException;
import org.samskab.board.BoardLiveListener;
import org.samskab.board.BoardViews.BoardSnapshot;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.BreakoutOverview;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.BoardViews.RoomState;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.BreakoutService;
import org.samskab.board.LiveBoardChannel;
import org.samskab.board.LiveBoardConnection;
import org.samskab.board.LiveRoomChannel;
import org.samskab.board.RoomService;
import org.samskab.ui.JoinLinks;
import org.samskab.ui.QrCode;

/**
 * The room's screen (docs/adr/0184): a read-only page for the projector, opened through the gathering's secret
 * link without signing in. It shows the board the facilitators brought everyone to, in large type, with the phase
 * and what to do now, the timer, the spotlight enlarged, and how to join; it follows the room on its own. It shows
 * what every participant sees and nothing more: the room's own read of the board has no member.
 */
@Route(value = "room/:secret", autoLayout = false)
@AnonymousAllowed
class ProjectorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RoomService rooms;
    private final BreakoutService breakouts;
    private final LiveRoomChannel liveRooms;
    private final LiveBoardChannel liveBoards;
    private final Clock clock;
    private final JoinLinks joinLinks;
    private String secret = "";
    /** The portal's own address, read from the request that opened the page (a live update has none). */
    private @Nullable BoardState board;
    private List<SectionState> sections = List.of();
    private final Map<Long, NoteState> notes = new LinkedHashMap<>();
    private @Nullable LiveBoardConnection boardConnection;
    private @Nullable Registration roomRegistration;
    private long roomRevision;
    private boolean dark;

    /**
     * Fits the board to the screen without scrolling: the notes' type shrinks in steps while the page is taller
     * than the window, but never below what the back of a room can read (18 px on a 1080-line screen).
     */
    private static final String FIT = """
            const board = this;
            const fit = () => {
              board.style.fontSize = '';
              const floor = window.innerHeight >= 900 ? 18 : 14;
              const cardPx = () => Math.min(...[...board.querySelectorAll('.projector-card p')]
                  .map(p => parseFloat(getComputedStyle(p).fontSize)), 1000);
              let scale = 1;
              while (document.scrollingElement.scrollHeight > window.innerHeight && scale > 0.4) {
                const next = scale - 0.05;
                board.style.fontSize = next + 'em';
                if (cardPx() < floor) { board.style.fontSize = scale + 'em'; break; }
                scale = next;
              }
            };
            if (!board.__fit) {
              board.__fit = fit;
              window.addEventListener('resize', () => board.__fit());
            }
            requestAnimationFrame(fit);
            """;

    private final Div header = new Div();
    private final StepTimer timer = new StepTimer();
    private final Div spotlight = new Div();
    private final Div canvas = new Div();
    private final Div joinBox = new Div();

    ProjectorView(RoomService rooms, LiveRoomChannel liveRooms, LiveBoardChannel liveBoards, Clock clock,
            JoinLinks joinLinks, BreakoutService breakouts) {
        this.breakouts = breakouts;
        this.joinLinks = joinLinks;
        this.rooms = rooms;
        this.liveRooms = liveRooms;
        this.liveBoards = liveBoards;
        this.clock = clock;
        addClassNames("projector", "projector-light");
        header.addClassName("projector-header");
        spotlight.addClassName("projector-spotlight");
        canvas.addClassName("projector-board");
        joinBox.addClassName("projector-join-box");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        secret = event.getRouteParameters().get("secret").orElse("");
        showRoom();
    }

    /** Reads the room and its board again: on arrival, and when the facilitators bring everyone elsewhere. */
    private void showRoom() {
        RoomState room;
        BoardSnapshot snapshot;
        try {
            room = rooms.projectorRoom(secret);
            snapshot = rooms.projectorBoard(secret);
        } catch (ItemNotFoundException e) {
            showEnded();
            return;
        }
        roomRevision = room.revision();
        closeBoard();
        removeAll();
        BreakoutOverview groups = room.breakout() == null ? null : breakouts.projectorOverview(secret);
        if (groups != null) {
            // The room is in breakout groups, or back from them: their boards side by side (docs/adr/0188).
            board = null;
            H1 title = new H1(getTranslation("breakout.overview.title", groups.sourceTitle()));
            title.addClassName("projector-overview-title");
            add(title, new BreakoutOverviewGrid(groups), joinBox);
            drawJoinBox(room);
            return;
        }
        if (snapshot == null) {
            board = null;
            H1 waiting = new H1(getTranslation("projector.waiting"));
            waiting.addClassName("projector-waiting");
            add(waiting, joinBox);
        } else {
            board = snapshot.board();
            sections = snapshot.sections();
            notes.clear();
            snapshot.notes().forEach(n -> notes.put(n.id(), n));
            add(header, spotlight, canvas, joinBox);
            drawHeader();
            drawBoard();
            if (isAttached()) {
                connectBoard(snapshot.revision());
            }
        }
        drawJoinBox(room);
    }

    private void showEnded() {
        closeBoard();
        removeAll();
        board = null;
        H1 ended = new H1(getTranslation("projector.ended"));
        ended.addClassName("projector-waiting");
        add(ended);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        BoardState shown = board;
        if (shown != null) {
            connectBoard(shown.revision());
        }
        followRoom();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        closeBoard();
        if (roomRegistration != null) {
            roomRegistration.remove();
            roomRegistration = null;
        }
    }

    private void followRoom() {
        RoomState room;
        try {
            room = rooms.projectorRoom(secret);
        } catch (ItemNotFoundException e) {
            return;
        }
        roomRegistration = liveRooms.follow(this, room.gatheringId(), roomRevision, state -> {
            // Brought elsewhere, a new link, the link revoked: read the room again (it may have ended).
            roomRevision = Math.max(roomRevision, state.revision());
            showRoom();
        });
    }

    private void connectBoard(long revision) {
        BoardState shown = board;
        if (shown == null) {
            return;
        }
        closeBoard();
        boardConnection = liveBoards.connect(this, shown.id(), revision, 0, "", new BoardLiveListener() {
            @Override
            public void noteChanged(NoteState note) {
                notes.put(note.id(), note);
                drawBoard();
            }

            @Override
            public void noteRemoved(long noteId, long changedAt) {
                notes.remove(noteId);
                drawBoard();
            }

            @Override
            public void sectionsChanged(List<SectionState> changed, long changedAt) {
                sections = changed;
                drawBoard();
            }

            @Override
            public void boardChanged(BoardState changed) {
                board = changed;
                drawHeader();
                drawBoard();
            }

            @Override
            public void editingChanged(long noteId, boolean editing, @Nullable String editorName) {
            }
        });
    }

    private void closeBoard() {
        if (boardConnection != null) {
            boardConnection.close();
            boardConnection = null;
        }
    }

    private void drawHeader() {
        BoardState shown = board;
        header.removeAll();
        if (shown == null) {
            return;
        }
        H1 title = new H1(shown.title());
        title.addClassName("projector-title");
        Div phase = new Div();
        phase.addClassName("projector-phase");
        String now = PhaseTexts.now(this, shown, sections);
        if (now != null) {
            Span name = new Span(now);
            name.addClassName("phase-now");
            phase.add(name, new Span(" " + PhaseTexts.instruction(this, shown)));
        } else if (shown.instructions() != null) {
            phase.add(new Span(shown.instructions()));
        }
        if (shown.locked()) {
            Span locked = new Span(getTranslation("projector.locked"));
            locked.addClassName("projector-locked");
            phase.add(locked);
        }
        timer.show(shown, Instant.now(clock));
        Button scheme = new Button(getTranslation(dark ? "projector.light" : "projector.dark"), e -> {
            dark = !dark;
            getClassNames().set("projector-dark", dark);
            getClassNames().set("projector-light", !dark);
            drawHeader();
        });
        scheme.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        scheme.addClassName("projector-scheme");
        // How to join sits in the header's free corner, so the board keeps the screen's height.
        header.add(new Div(title, phase), timer, joinBox, scheme);
    }

    private void drawBoard() {
        canvas.removeAll();
        spotlight.removeAll();
        BoardState shown = board;
        if (shown == null) {
            return;
        }
        int count = notes.size();
        // Denser type as the board fills, so that a gathering's board fits the screen without scrolling.
        canvas.getClassNames().set("projector-dense", count > 30);
        canvas.getClassNames().set("projector-denser", count > 80);
        for (SectionState section : sections) {
            H2 heading = new H2(SectionTexts.title(this, section));
            UnorderedList list = new UnorderedList();
            list.addClassName("projector-notes");
            List<NoteState> inSection = new ArrayList<>(notes.values().stream()
                    .filter(n -> n.sectionId() == section.id() && !n.privatePost()).toList());
            inSection.sort(java.util.Comparator.comparingDouble(NoteState::position));
            inSection.forEach(note -> list.add(card(note, shown)));
            Div column = new Div(heading, list);
            column.addClassName("projector-section");
            column.getClassNames().set("focused", section.id() == (shown.focusSectionId() == null ? -1
                    : shown.focusSectionId()));
            canvas.add(column);
        }
        Long lit = shown.spotlightNoteId();
        NoteState spotlit = lit == null ? null : notes.get(lit);
        spotlight.setVisible(spotlit != null);
        if (spotlit != null) {
            Div big = new Div(new Paragraph(spotlit.text()));
            big.addClassNames("projector-card", "projector-card-spotlit", spotlit.colour().cssClass());
            spotlight.add(big);
        }
        canvas.getElement().executeJs(FIT);
    }

    private ListItem card(NoteState note, BoardState shown) {
        ListItem item = new ListItem(new Paragraph(note.text()));
        item.addClassNames("projector-card", note.colour().cssClass());
        item.getClassNames().set("spotlit", Long.valueOf(note.id()).equals(shown.spotlightNoteId()));
        if (note.votes() != null && note.votes() > 0) {
            Span votes = new Span(getTranslation("projector.dots", note.votes()));
            votes.addClassName("projector-votes");
            item.add(votes);
        }
        return item;
    }

    /** How to join (docs/adr/0186): the code to type at the join page, and a QR code that joins at once. */
    private void drawJoinBox(RoomState room) {
        joinBox.removeAll();
        String code = room.shownJoinCode();
        String joinCode = room.joinCode();
        if (code == null || joinCode == null) {
            return; // joining is closed: nothing to read out
        }
        String link = joinLinks.link(joinCode);
        Div words = new Div();
        words.addClassName("projector-join");
        Span how = new Span(getTranslation("projector.join-at", joinLinks.joinPage()));
        Span shown = new Span(code);
        shown.addClassName("projector-join-code");
        words.add(how, shown);
        joinBox.add(new QrCode(link, getTranslation("projector.join-qr-alt", link)), words);
    }

    @Override
    public String getPageTitle() {
        BoardState shown = board;
        return (shown == null ? getTranslation("projector.title") : shown.title()) + " · Samskab";
    }
}
