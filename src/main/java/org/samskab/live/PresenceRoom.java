package org.samskab.live;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Who is on one board, as this server sees the board's topic: every screen puts a connection-scoped entry into
 * the topic's presence map (so it leaves when the screen does, on any node), and one system subscription per
 * board and server keeps the list here. Screens on this server listen for the summary. Changes are announced at
 * most every {@link #ANNOUNCE_EVERY_MS} ms: when a room of 300 fills up, screens get a few updates, not 300. In a
 * bigger room the pause grows with it ({@link #pause}), so that announcing costs this server about the same
 * number of screen updates a second however full the room is (issue 15's join storm: 500 arriving in a minute).
 */
final class PresenceRoom {

    static final long ANNOUNCE_EVERY_MS = 500;
    /** Screen updates a second that announcing may cost one board on this server, at most (beyond the first 125). */
    static final int UPDATES_PER_SECOND = 250;

    private final ScheduledExecutorService scheduler;
    /** Present screens by their topic key, in arrival order. */
    private final Map<String, PresentEntry> screens = new LinkedHashMap<>();
    private final List<Consumer<PresenceSummary>> listeners = new CopyOnWriteArrayList<>();
    private PresenceSummary summary = PresenceSummary.NOBODY;
    private boolean announcing;

    PresenceRoom(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** A screen came (entry) or went (null). */
    synchronized void changed(String key, @Nullable PresentEntry entry) {
        if (entry == null) {
            screens.remove(key);
        } else {
            screens.put(key, entry);
        }
        summary = summarise();
        if (!announcing && !scheduler.isShutdown()) {
            announcing = true;
            try {
                scheduler.schedule(this::announce, pause(listeners.size()), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // The server is shutting down and its screens are leaving: nobody is left to tell.
            }
        }
    }

    /**
     * How long to wait before announcing to {@code screens} screens: half a second, or longer where the room holds
     * more screens than {@link #UPDATES_PER_SECOND} allows at that pace (two seconds for 500).
     */
    static long pause(int screens) {
        return Math.max(ANNOUNCE_EVERY_MS, screens * 1000L / UPDATES_PER_SECOND);
    }

    /** The topic connection went away (no screen left, or a restart): everyone has left. */
    synchronized void cleared() {
        screens.clear();
        changed("", null);
    }

    /** Everyone present, by member id (the room at a glance counts them by organisation). */
    synchronized java.util.Set<Long> memberIds() {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        screens.values().forEach(entry -> ids.add(entry.memberId()));
        return ids;
    }

    synchronized PresenceSummary summary() {
        return summary;
    }

    Registration listen(Consumer<PresenceSummary> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void announce() {
        PresenceSummary current;
        synchronized (this) {
            announcing = false;
            current = summary;
        }
        for (Consumer<PresenceSummary> listener : listeners) {
            listener.accept(current);
        }
    }

    /** Members count once, however many tabs they have open. */
    private PresenceSummary summarise() {
        Map<Long, String> members = new LinkedHashMap<>();
        for (PresentEntry entry : screens.values()) {
            members.putIfAbsent(entry.memberId(), entry.name());
        }
        List<PresenceSummary.PresentMember> first = new ArrayList<>();
        for (Map.Entry<Long, String> member : members.entrySet()) {
            if (first.size() == PresenceSummary.NAMED) {
                break;
            }
            first.add(new PresenceSummary.PresentMember(member.getKey(), member.getValue()));
        }
        return new PresenceSummary(members.size(), List.copyOf(first));
    }

    /** One screen's presence entry in the topic. */
    record PresentEntry(long memberId, String name) {
    }
}
