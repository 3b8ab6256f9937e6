package org.samskab.live;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationMap;
import com.vaadin.collaborationengine.EntryScope;
import com.vaadin.collaborationengine.MapChangeEvent;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardChanged;
import org.samskab.board.BoardLiveListener;
import org.samskab.board.BoardViews.BoardState;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.LiveBoardChannel;
import org.samskab.board.LiveBoardConnection;
import org.samskab.member.MemberRenamed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Board topics on Collaboration Engine. Committed {@link BoardChanged} events are written into the topic by one
 * long-lived system connection per board; screens subscribe through {@link #connect}.
 */
@org.springframework.stereotype.Component
public class LiveBoards implements VaadinServiceInitListener, LiveBoardChannel {

    private static final Logger log = LoggerFactory.getLogger(LiveBoards.class);
    private static final String NOTES = "notes";
    private static final String BOARD = "board";
    private static final String EDITING = "editing";
    private static final String PRESENT = "present";
    private static final String SECTIONS_KEY = "sections";
    private static final String STATE_KEY = "state";
    /** A topic nobody has open forgets its entries after this; screens read the database when they open. */
    private static final Duration IDLE_EXPIRY = Duration.ofMinutes(30);
    private static final int MAX_PENDING = 10_000;

    private final AtomicReference<VaadinService> vaadinService = new AtomicReference<>();
    private final Map<Long, TopicWriter> writers = new ConcurrentHashMap<>();
    private final Map<Long, PresenceRoom> rooms = new ConcurrentHashMap<>();
    private final Map<Long, SharedDecoding<LiveNote>> decodings = new ConcurrentHashMap<>();
    /** The screens on this server showing a board, by member: they carry the member's name into presence. */
    private final Map<Long, Set<Screen>> screensByMember = new ConcurrentHashMap<>();
    private final java.util.concurrent.ScheduledExecutorService presenceAnnouncer =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                    .name("samskab-presence").factory());

    /** Where this server's presence goes for the other servers (nowhere, alone: docs/adr/0207). */
    private volatile PresenceShare share = PresenceShare.ALONE;

    @jakarta.annotation.PreDestroy
    void stop() {
        presenceAnnouncer.shutdownNow();
    }

    void share(PresenceShare share) {
        this.share = share;
    }

    /** A screen on another server came to a board ({@code entry}) or left it (null). */
    void otherServersScreen(long boardId, String key, PresenceRoom.@Nullable PresentEntry entry) {
        PresenceRoom room = rooms.get(boardId);
        if (room != null) {
            room.changed(key, entry);
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // A new Vaadin service (the servlet started again; every browserless test) has its own Collaboration
        // Engine: writers opened on the old one would write where no screen listens.
        if (vaadinService.getAndSet(event.getSource()) != null) {
            writers.clear();
        }
    }

    static String topic(long boardId) {
        return "board/" + boardId;
    }

    private TopicWriter writer(VaadinService service, long boardId) {
        return writers.computeIfAbsent(boardId, id -> new TopicWriter(service, id, room(id), () -> share,
                presenceAnnouncer));
    }

    private PresenceRoom room(long boardId) {
        return rooms.computeIfAbsent(boardId, id -> new PresenceRoom(presenceAnnouncer));
    }

    /** Fans a committed change out. Runs after commit, so screens never show what the database does not hold. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void publish(BoardChanged change) {
        VaadinService service = vaadinService.get();
        if (service == null) {
            return; // no UI running (a service test, a start-up task): nobody to tell
        }
        try {
            writer(service, change.boardId()).write(change);
        } catch (RuntimeException e) {
            // The change is committed; a screen that misses it catches up when it reopens the board.
            log.warn("Could not publish board {} revision {}: {}", change.boardId(), change.revision(),
                    e.toString());
        }
    }

    /**
     * Subscribes a screen (while {@code owner} is attached) to a board's live changes after {@code revision}.
     * The member is shown among those present, identified by their member id.
     */
    @Override
    public LiveBoardConnection connect(Component owner, long boardId, long revision, long memberId,
            String memberName, BoardLiveListener listener) {
        UserInfo me = userInfo(memberId, memberName);
        Screen screen = new Screen(owner, java.util.UUID.randomUUID().toString(), memberId, memberName);
        VaadinService service = vaadinService.get();
        if (service != null) {
            writer(service, boardId); // its subscription keeps this server's list of who is present
        }
        AtomicReference<CollaborationMap> editing = new AtomicReference<>();
        Map<Long, Long> seen = new ConcurrentHashMap<>();
        var registration = CollaborationEngine.getInstance().openTopicConnection(owner, topic(boardId), me,
                connection -> {
                    // Sections first: a replayed note may belong to a section the screen learns of here.
                    CollaborationMap board = connection.getNamedMap(BOARD);
                    var boardRegistration = board.subscribe(event -> onBoard(event, revision, listener));
                    CollaborationMap notes = connection.getNamedMap(NOTES);
                    notes.setExpirationTimeout(IDLE_EXPIRY);
                    SharedDecoding<LiveNote> decoded = decodings.compute(boardId, (id, known) -> (known == null
                            ? new SharedDecoding<>(LiveNote.class) : known).opened());
                    var notesRegistration = notes.subscribe(event -> onNote(event, decoded, revision, seen, listener));
                    if (memberId > 0) {
                        // The room's screen (no member) reads along without being counted present.
                        screen.present(connection.getNamedMap(PRESENT));
                        screensByMember.computeIfAbsent(memberId, id -> ConcurrentHashMap.newKeySet()).add(screen);
                    }
                    CollaborationMap editors = connection.getNamedMap(EDITING);
                    editing.set(editors);
                    var editingRegistration = editors.subscribe(event -> {
                        EditingEntry entry = event.getValue(EditingEntry.class);
                        if (entry == null || entry.memberId() != memberId) {
                            listener.editingChanged(Long.parseLong(event.getKey()), entry != null,
                                    entry == null ? null : entry.name());
                        }
                    });
                    return () -> {
                        notesRegistration.remove();
                        boardRegistration.remove();
                        editingRegistration.remove();
                        editing.set(null);
                        // The board's last screen here closed: what it decoded is kept no longer.
                        decodings.computeIfPresent(boardId, (id, known) -> known.closed() ? null : known);
                        screensByMember.computeIfPresent(memberId, (id, screens) -> {
                            screens.remove(screen);
                            return screens.isEmpty() ? null : screens;
                        });
                    };
                });
        return new LiveBoardConnection() {
            @Override
            public void startEditing(long noteId, boolean anonymously) {
                CollaborationMap map = editing.get();
                if (map != null) {
                    // Scoped to this connection: if the editor's browser closes, the marker goes with it.
                    map.put(Long.toString(noteId), new EditingEntry(memberId, anonymously ? null : screen.name()),
                            EntryScope.CONNECTION);
                }
            }

            @Override
            public void close() {
                // Without this, Collaboration Engine keeps the registration, and the screen with it.
                registration.remove();
            }

            @Override
            public void stopEditing(long noteId) {
                CollaborationMap map = editing.get();
                if (map != null) {
                    EditingEntry current = map.get(Long.toString(noteId), EditingEntry.class);
                    if (current != null && current.memberId() == memberId) {
                        map.remove(Long.toString(noteId));
                    }
                }
            }
        };
    }

    /**
     * A member renamed themselves: every screen of theirs on this server shows them by the new name from now on
     * (each screen's presence entry carries the name; other servers' screens hear it from the topic).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void renamed(MemberRenamed event) {
        screensByMember.getOrDefault(event.memberId(), Set.of()).forEach(s -> s.rename(event.displayName()));
    }

    @Override
    public Set<Long> presentMembers(long boardId) {
        PresenceRoom room = rooms.get(boardId);
        return room == null ? Set.of() : room.memberIds();
    }

    /** Who has the board open: a few avatars and the count (see {@link BoardPresence}). */
    @Override
    public Component presence(long boardId, long memberId, String memberName) {
        return new BoardPresence(room(boardId));
    }

    private static UserInfo userInfo(long memberId, String name) {
        UserInfo info = new UserInfo("member-" + memberId, name);
        return info;
    }

    private static void onNote(MapChangeEvent event, SharedDecoding<LiveNote> decoding, long openedAt,
            Map<Long, Long> seen, BoardLiveListener listener) {
        LiveNote entry = decoding.decode(event);
        if (entry == null || entry.revision() <= openedAt) {
            return;
        }
        long noteId = Long.parseLong(event.getKey());
        Long last = seen.get(noteId);
        if (last != null && last >= entry.revision()) {
            return; // an older state arriving late
        }
        seen.put(noteId, entry.revision());
        if (entry.removed()) {
            listener.noteRemoved(noteId, entry.revision());
        } else {
            listener.noteChanged(Objects.requireNonNull(entry.state())); // only a removal has no state
        }
    }

    private static void onBoard(MapChangeEvent event, long openedAt, BoardLiveListener listener) {
        if (SECTIONS_KEY.equals(event.getKey())) {
            LiveSections sections = event.getValue(LiveSections.class);
            if (sections != null && sections.revision() > openedAt) {
                listener.sectionsChanged(sections.sections(), sections.revision());
            }
        } else if (STATE_KEY.equals(event.getKey())) {
            BoardState state = event.getValue(BoardState.class);
            if (state != null && state.revision() > openedAt) {
                listener.boardChanged(state);
            }
        }
    }

    /**
     * Turns a topic entry into its Java value once per change instead of once per screen. Collaboration Engine
     * hands every subscriber of a topic the same JSON object for a change, and decoding a note is most of what a
     * screen spends on it before drawing it; with hundreds of screens on a board that is the difference. The last
     * recent decodings are remembered by the identity of their JSON, so nothing is shared that was not the same
     * change. Values are records of immutable parts, safe to share between screens.
     */
    static final class SharedDecoding<T> {

        /**
         * How many recent values are kept. A screen that falls behind under load decodes an event seconds after
         * it was written; with eight kept (as before) the direct step to 300 decoded nearly every event once per
         * screen, 10 % of the server's CPU (bench/benchmarks-analysis.md). At a note or two a kilobyte, a busy
         * board's screens share at most about a megabyte, given back when its last screen here closes.
         */
        static final int REMEMBERED = 512;
        private final Class<T> type;
        /** By identity: every screen's event carries the same JSON node, and comparing by content costs as much. */
        private final java.util.IdentityHashMap<tools.jackson.databind.JsonNode, T> recent =
                new java.util.IdentityHashMap<>();
        private final java.util.ArrayDeque<tools.jackson.databind.JsonNode> order = new java.util.ArrayDeque<>();

        /** How many screens use it: guarded by the decodings map's compute, one board at a time. */
        private int screens;

        SharedDecoding(Class<T> type) {
            this.type = type;
        }

        SharedDecoding<T> opened() {
            screens++;
            return this;
        }

        /** Whether that was the last screen. */
        boolean closed() {
            return --screens <= 0;
        }

        @Nullable
        T decode(MapChangeEvent event) {
            tools.jackson.databind.JsonNode json = event.getValue(tools.jackson.databind.JsonNode.class);
            if (json == null || json.isNull()) {
                return null;
            }
            synchronized (recent) {
                T known = recent.get(json);
                if (known != null) {
                    return known;
                }
            }
            T value = event.getValue(type);
            synchronized (recent) {
                if (value != null && recent.putIfAbsent(json, value) == null) {
                    order.addLast(json);
                    if (order.size() > REMEMBERED) {
                        recent.remove(order.removeFirst());
                    }
                }
                T first = recent.get(json);
                return first != null ? first : value;
            }
        }
    }

    /** Who is editing a note. */
    record EditingEntry(long memberId, @Nullable String name) {
    }

    /** One open screen's part in its board's presence: the member it shows, by their current name. */
    private static final class Screen {

        private final Component owner;
        private final String key;
        private final long memberId;
        private volatile String name;
        private volatile @Nullable CollaborationMap present;

        Screen(Component owner, String key, long memberId, String name) {
            this.owner = owner;
            this.key = key;
            this.memberId = memberId;
            this.name = name;
        }

        String name() {
            return name;
        }

        /** Puts the screen among those present; scoped to its connection, so it leaves with the screen. */
        void present(CollaborationMap presentMap) {
            present = presentMap;
            presentMap.put(key, new PresenceRoom.PresentEntry(memberId, name), EntryScope.CONNECTION);
        }

        /** Through the screen's UI, as its own connection's entry is written from there. */
        void rename(String newName) {
            name = newName;
            owner.getUI().ifPresent(ui -> ui.access(() -> {
                CollaborationMap map = present;
                if (map != null) {
                    present(map);
                }
            }));
        }
    }

    /**
     * One board's system connection, writing changes in revision order. The connection activates
     * asynchronously; changes that come before it are kept and written on activation, so the committing thread
     * never waits for the live layer.
     */
    private static final class TopicWriter {

        private @Nullable CollaborationMap notes;
        private @Nullable CollaborationMap board;
        private final java.util.ArrayDeque<BoardChanged> pending = new java.util.ArrayDeque<>();

        TopicWriter(VaadinService service, long boardId, PresenceRoom room,
                java.util.function.Supplier<PresenceShare> share, java.util.concurrent.Executor announcer) {
            CollaborationEngine engine = CollaborationEngine.getInstance(service);
            engine.openTopicConnection(engine.getSystemContext(), topic(boardId), new UserInfo("samskab-system"),
                    connection -> {
                        CollaborationMap notesMap = connection.getNamedMap(NOTES);
                        notesMap.setExpirationTimeout(IDLE_EXPIRY);
                        activate(notesMap, connection.getNamedMap(BOARD));
                        var presence = connection.getNamedMap(PRESENT).subscribe(event -> {
                            PresenceRoom.PresentEntry entry = event.getValue(PresenceRoom.PresentEntry.class);
                            room.changed(event.getKey(), entry);
                            share.get().local(boardId, event.getKey(), entry);
                        });
                        // A cluster query: off this thread, which may hold a screen's session lock.
                        try {
                            announcer.execute(() -> share.get().others(boardId, room::changed));
                        } catch (java.util.concurrent.RejectedExecutionException stopping) {
                            // The server is stopping.
                        }
                        return () -> {
                            presence.remove();
                            room.cleared();
                            share.get().localCleared(boardId);
                            deactivate();
                        };
                    });
        }

        private synchronized void activate(CollaborationMap notesMap, CollaborationMap boardMap) {
            notes = notesMap;
            board = boardMap;
            while (!pending.isEmpty()) {
                apply(pending.poll(), notesMap, boardMap);
            }
        }

        private synchronized void deactivate() {
            notes = null;
            board = null;
        }

        synchronized void write(BoardChanged change) {
            if (notes == null || board == null) {
                if (pending.size() >= MAX_PENDING) {
                    // Screens that miss these catch up from the database when they reopen the board.
                    pending.poll();
                }
                pending.add(change);
                return;
            }
            apply(change, notes, board);
        }

        private void apply(BoardChanged change, CollaborationMap notesMap, CollaborationMap boardMap) {
            for (NoteState note : change.notes()) {
                putIfNewer(notesMap, note.id(), new LiveNote(change.revision(), note, false));
            }
            for (Long removed : change.removedNoteIds()) {
                putIfNewer(notesMap, removed, new LiveNote(change.revision(), null, true));
            }
            if (change.sections() != null) {
                LiveSections current = boardMap.get(SECTIONS_KEY, LiveSections.class);
                if (current == null || current.revision() < change.revision()) {
                    boardMap.put(SECTIONS_KEY, new LiveSections(change.revision(), change.sections()));
                }
            }
            if (change.board() != null) {
                BoardState current = boardMap.get(STATE_KEY, BoardState.class);
                if (current == null || current.revision() < change.revision()) {
                    boardMap.put(STATE_KEY, change.board());
                }
            }
        }

        /** Commits are ordered by the board lock, but their after-commit events may race; the newest wins. */
        private static void putIfNewer(CollaborationMap map, long noteId, LiveNote entry) {
            LiveNote current = map.get(Long.toString(noteId), LiveNote.class);
            if (current == null || current.revision() < entry.revision()) {
                map.put(Long.toString(noteId), entry);
            }
        }
    }
}
