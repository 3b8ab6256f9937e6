package org.samskab.live;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationMap;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.samskab.board.BoardViews.RoomState;
import org.samskab.board.LiveRoomChannel;
import org.samskab.board.RoomChanged;
import org.samskab.board.RoomGuestsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Gathering rooms on Collaboration Engine (docs/adr/0184): one topic per gathering holding the room's newest
 * state. Written after commit by one system connection per room, read by every screen that follows the room.
 */
@org.springframework.stereotype.Component
public class LiveRooms implements VaadinServiceInitListener, LiveRoomChannel {

    private static final Logger log = LoggerFactory.getLogger(LiveRooms.class);
    private static final String ROOM = "room";
    private static final String STATE = "state";
    private static final String GUESTS = "guests";

    private final AtomicReference<VaadinService> vaadinService = new AtomicReference<>();
    private final Map<Long, RoomWriter> writers = new ConcurrentHashMap<>();
    private final Map<Long, GuestsWriter> guestWriters = new ConcurrentHashMap<>();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (vaadinService.getAndSet(event.getSource()) != null) {
            writers.clear(); // a new Vaadin service has its own Collaboration Engine
            guestWriters.clear();
        }
    }

    static String topic(long gatheringId) {
        return "room/" + gatheringId;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void publish(RoomChanged change) {
        VaadinService service = vaadinService.get();
        if (service == null) {
            return;
        }
        try {
            writers.computeIfAbsent(change.room().gatheringId(), id -> new RoomWriter(service, id))
                    .write(change.room());
        } catch (RuntimeException e) {
            // Committed: a screen that misses it reads the room again when it opens a board.
            log.warn("Could not publish room {} revision {}: {}", change.room().gatheringId(),
                    change.room().revision(), e.toString());
        }
    }

    static String guestsTopic(long gatheringId) {
        return "room-guests/" + gatheringId;
    }

    /** A counter per gathering that every console following its guests hears change. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void guestsChanged(RoomGuestsChanged change) {
        VaadinService service = vaadinService.get();
        if (service == null) {
            return;
        }
        try {
            guestWriters.computeIfAbsent(change.gatheringId(), id -> new GuestsWriter(service, id)).changed();
        } catch (RuntimeException e) {
            // Committed: a console reads the guests again when it opens.
            log.warn("Could not tell the consoles of gathering {} about its guests: {}", change.gatheringId(),
                    e.toString());
        }
    }

    @Override
    public Registration followGuests(Component owner, long gatheringId, Runnable listener) {
        return CollaborationEngine.getInstance().openTopicConnection(owner, guestsTopic(gatheringId),
                new UserInfo("guests-follower-" + java.util.UUID.randomUUID()), connection -> {
                    // Heard once at once for the count as it is (a read of the list more, when the console opens).
                    var registration = connection.getNamedMap(ROOM).subscribe(event -> listener.run());
                    return registration::remove;
                });
    }

    @Override
    public Registration follow(Component owner, long gatheringId, long revision, Consumer<RoomState> listener) {
        return CollaborationEngine.getInstance().openTopicConnection(owner, topic(gatheringId),
                new UserInfo("room-follower-" + java.util.UUID.randomUUID()), connection -> {
                    CollaborationMap room = connection.getNamedMap(ROOM);
                    var registration = room.subscribe(event -> {
                        RoomState state = event.getValue(RoomState.class);
                        if (STATE.equals(event.getKey()) && state != null && state.revision() > revision) {
                            listener.accept(state);
                        }
                    });
                    return registration::remove;
                });
    }

    /** A room's system connection; states that come before it activates are kept, the newest only. */
    private static final class RoomWriter {

        private @Nullable CollaborationMap room;
        private final ArrayDeque<RoomState> pending = new ArrayDeque<>();

        RoomWriter(VaadinService service, long gatheringId) {
            CollaborationEngine engine = CollaborationEngine.getInstance(service);
            engine.openTopicConnection(engine.getSystemContext(), topic(gatheringId),
                    new UserInfo("samskab-system"), connection -> {
                        activate(connection.getNamedMap(ROOM));
                        return this::deactivate;
                    });
        }

        private synchronized void activate(CollaborationMap map) {
            room = map;
            while (!pending.isEmpty()) {
                put(map, pending.poll());
            }
        }

        private synchronized void deactivate() {
            room = null;
        }

        synchronized void write(RoomState state) {
            CollaborationMap map = room;
            if (map == null) {
                pending.clear();
                pending.add(state);
                return;
            }
            put(map, state);
        }

        /** After-commit events may race; the newest revision wins. */
        private static void put(CollaborationMap map, RoomState state) {
            RoomState current = map.get(STATE, RoomState.class);
            if (current == null || current.revision() < state.revision()) {
                map.put(STATE, state);
            }
        }
    }

    /** A gathering's guests counter, on a system connection of its own; counts while it is not active yet. */
    private static final class GuestsWriter {

        private @Nullable CollaborationMap guests;
        private int pending;

        GuestsWriter(VaadinService service, long gatheringId) {
            CollaborationEngine engine = CollaborationEngine.getInstance(service);
            engine.openTopicConnection(engine.getSystemContext(), guestsTopic(gatheringId),
                    new UserInfo("samskab-system"), connection -> {
                        activate(connection.getNamedMap(ROOM));
                        return this::deactivate;
                    });
        }

        private synchronized void activate(CollaborationMap map) {
            guests = map;
            if (pending > 0) {
                pending = 0;
                bump(map);
            }
        }

        private synchronized void deactivate() {
            guests = null;
        }

        synchronized void changed() {
            CollaborationMap map = guests;
            if (map == null) {
                pending++;
                return;
            }
            bump(map);
        }

        private static void bump(CollaborationMap map) {
            Long count = map.get(GUESTS, Long.class);
            map.put(GUESTS, count == null ? 1L : count + 1);
        }
    }
}
