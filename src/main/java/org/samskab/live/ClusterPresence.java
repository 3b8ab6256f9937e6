package org.samskab.live;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryExpiredListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import com.hazelcast.query.Predicates;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Presence across servers (docs/adr/0207): each server puts its screens on each board into a Hazelcast map,
 * with entries that expire unless renewed, and hears the others' come and go. A server that stops without a word
 * (a crash) leaves entries that expire within {@code samskab.cluster.presence-expires-after} (30 s), renewed
 * every third of that.
 */
@Component
@ConditionalOnCluster
class ClusterPresence implements PresenceShare, EntryAddedListener<String, ClusterPresence.Shared>,
        EntryUpdatedListener<String, ClusterPresence.Shared>, EntryRemovedListener<String, ClusterPresence.Shared>,
        EntryExpiredListener<String, ClusterPresence.Shared> {

    /** One screen's presence, as the cluster keeps it; a record, so Hazelcast stores it without configuration. */
    record Shared(long boardId, String key, long memberId, String name, String server) {
    }

    private final HazelcastInstance hazelcast;
    private final LiveBoards boards;
    private final String server;
    private final long expiresAfterMillis;
    /** This server's own entries, renewed before they expire. */
    private final Map<String, Shared> mine = new ConcurrentHashMap<>();
    private final ScheduledExecutorService renewing = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("samskab-cluster-presence").factory());
    private @Nullable IMap<String, Shared> shared;
    private @Nullable UUID listening;

    ClusterPresence(HazelcastInstance hazelcast, LiveBoards boards,
            @Value("${samskab.cluster.presence-expires-after:30s}") Duration expiresAfter) {
        this.hazelcast = hazelcast;
        this.boards = boards;
        this.expiresAfterMillis = expiresAfter.toMillis();
        this.server = hazelcast.getCluster().getLocalMember().getUuid().toString();
    }

    @PostConstruct
    void start() {
        IMap<String, Shared> map = hazelcast.getMap(ClusterConfiguration.PRESENCE);
        shared = map;
        listening = map.addEntryListener(this, true);
        boards.share(this);
        long renewEvery = Math.max(100, expiresAfterMillis / 3);
        renewing.scheduleAtFixedRate(this::renew, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        renewing.shutdownNow();
        boards.share(PresenceShare.ALONE);
        IMap<String, Shared> map = shared;
        if (map == null) {
            return;
        }
        try {
            mine.keySet().forEach(map::remove); // gone at once, rather than when they expire
            UUID registration = listening;
            if (registration != null) {
                map.removeEntryListener(registration);
            }
        } catch (RuntimeException stopping) {
            // The member is shutting down already: the entries expire.
        }
    }

    @Override
    public void local(long boardId, String key, PresenceRoom.@Nullable PresentEntry entry) {
        IMap<String, Shared> map = shared;
        if (map == null) {
            return;
        }
        if (entry == null) {
            if (mine.remove(key) != null) {
                map.removeAsync(key); // remove, not delete: a delete tells the listeners nothing of what went
            }
            return;
        }
        Shared screen = new Shared(boardId, key, entry.memberId(), entry.name(), server);
        mine.put(key, screen);
        map.putAsync(key, screen, expiresAfterMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void localCleared(long boardId) {
        mine.values().removeIf(screen -> {
            if (screen.boardId() != boardId) {
                return false;
            }
            IMap<String, Shared> map = shared;
            if (map != null) {
                map.removeAsync(screen.key());
            }
            return true;
        });
    }

    @Override
    public void others(long boardId, BiConsumer<String, PresenceRoom.PresentEntry> into) {
        IMap<String, Shared> map = shared;
        if (map == null) {
            return;
        }
        for (Shared screen : map.values(Predicates.equal("boardId", boardId))) {
            if (!server.equals(screen.server())) {
                into.accept(screen.key(), new PresenceRoom.PresentEntry(screen.memberId(), screen.name()));
            }
        }
    }

    private void renew() {
        IMap<String, Shared> map = shared;
        if (map != null) {
            mine.values().forEach(screen -> map.putAsync(screen.key(), screen, expiresAfterMillis,
                    TimeUnit.MILLISECONDS));
        }
    }

    // ---------------------------------------------------------------- the other servers' screens

    @Override
    public void entryAdded(EntryEvent<String, Shared> event) {
        arrived(event.getValue());
    }

    @Override
    public void entryUpdated(EntryEvent<String, Shared> event) {
        // Renewing an entry updates it unchanged: only a new name is news.
        if (!java.util.Objects.equals(event.getOldValue(), event.getValue())) {
            arrived(event.getValue());
        }
    }

    @Override
    public void entryRemoved(EntryEvent<String, Shared> event) {
        left(event.getOldValue());
    }

    @Override
    public void entryExpired(EntryEvent<String, Shared> event) {
        left(event.getOldValue());
    }

    private void arrived(@Nullable Shared screen) {
        if (screen != null && !server.equals(screen.server())) {
            boards.otherServersScreen(screen.boardId(), screen.key(),
                    new PresenceRoom.PresentEntry(screen.memberId(), screen.name()));
        }
    }

    private void left(@Nullable Shared screen) {
        if (screen != null && !server.equals(screen.server())) {
            boards.otherServersScreen(screen.boardId(), screen.key(), null);
        }
    }
}
