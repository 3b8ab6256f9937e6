package org.samskab.live;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import com.hazelcast.topic.ReliableMessageListener;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.samskab.board.AnnouncedChanges;
import org.samskab.board.BoardChanged;
import org.samskab.board.BoardChangedQuietly;
import org.samskab.board.RoomChanged;
import org.samskab.board.RoomGuestsChanged;
import org.samskab.board.SearchIndexFollower;
import org.samskab.member.MemberRenamed;
import org.samskab.member.PasswordChanged;
import org.samskab.member.PasswordChangedElsewhere;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries what one server commits to the others (docs/adr/0207). Every change this server's features announce
 * after commit (a board's, a room's, a rename, a new password) goes onto the cluster's reliable topic; what the
 * other servers put there is announced here again, as if committed here, so this server's live layer shows it to
 * its own screens. Boards are followed by revision ({@link RevisionGaps}): a revision that arrives before the
 * ones below it, or a message the topic lost, is read back from the database's change log.
 */
@Component
@ConditionalOnCluster
class ClusterRelay implements ReliableMessageListener<String> {

    private static final Logger log = LoggerFactory.getLogger(ClusterRelay.class);
    /** How long a hole may stay open before it is read from the database: another server's message may be late. */
    private static final Duration GAP_GRACE = Duration.ofMillis(500);
    /** Set while a change from another server is announced here, so that it is not sent back. */
    private static final ThreadLocal<Boolean> FROM_ANOTHER_SERVER = new ThreadLocal<>();
    private static final Map<String, Class<?>> KINDS = Map.of("board", BoardChanged.class, "room",
            RoomChanged.class, "guests", RoomGuestsChanged.class, "renamed", MemberRenamed.class, "password",
            PasswordChangedElsewhere.class);

    /** One message: what kind of change, and the change as JSON. */
    record Envelope(String kind, String change) {
    }

    private final HazelcastInstance hazelcast;
    private final SearchIndexFollower searchIndex;
    private final ApplicationEventPublisher events;
    private final AnnouncedChanges announced;
    private final JsonMapper json;
    private final RevisionGaps gaps = new RevisionGaps(System::nanoTime);
    private final java.util.Set<Long> catchUpsPending = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService catchingUp = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("samskab-cluster-catch-up").factory());
    private @Nullable ITopic<String> topic;
    private @Nullable UUID listening;
    private long lastSequence = -1;

    ClusterRelay(HazelcastInstance hazelcast, ApplicationEventPublisher events, AnnouncedChanges announced,
            JsonMapper json, SearchIndexFollower searchIndex) {
        this.searchIndex = searchIndex;
        this.hazelcast = hazelcast;
        this.events = events;
        this.announced = announced;
        this.json = json;
    }

    @PostConstruct
    void start() {
        ITopic<String> changes = hazelcast.getReliableTopic(ClusterConfiguration.CHANGES);
        topic = changes;
        listening = changes.addMessageListener(this);
        log.info("Cluster: member {} of {} joined; servers now: {}", hazelcast.getCluster().getLocalMember(),
                hazelcast.getConfig().getClusterName(), hazelcast.getCluster().getMembers().size());
    }

    @PreDestroy
    void stop() {
        ITopic<String> changes = topic;
        UUID registration = listening;
        if (changes != null && registration != null) {
            try {
                changes.removeMessageListener(registration);
            } catch (RuntimeException stopping) {
                // The member is shutting down already.
            }
        }
        catchingUp.shutdownNow();
    }

    // ---------------------------------------------------------------- this server's commits, to the others

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void board(BoardChanged change) {
        if (!fromAnotherServer()) {
            if (gaps.seen(change.boardId(), change.revision())) {
                scheduleCatchUp(change.boardId());
            }
            send("board", change);
        }
    }

    /**
     * A revision that tells screens nothing goes to the other servers as an empty change, so that their following
     * of the board's revisions has no hole there (which they would read from the database, in vain).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void quietly(BoardChangedQuietly change) {
        board(new BoardChanged(change.boardId(), change.revision(), List.of(), List.of(), null, null));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void room(RoomChanged change) {
        send("room", change);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void guests(RoomGuestsChanged change) {
        send("guests", change);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void renamed(MemberRenamed change) {
        send("renamed", change);
    }

    /**
     * Sent as {@link PasswordChangedElsewhere}: another server only ends the member's sessions it holds; the
     * remembered sign-ins, shared in the database, were forgotten (and this browser's remembered again) here.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void password(PasswordChanged change) {
        send("password", new PasswordChangedElsewhere(change.memberId()));
    }

    private static boolean fromAnotherServer() {
        return Boolean.TRUE.equals(FROM_ANOTHER_SERVER.get());
    }

    private void send(String kind, Object change) {
        ITopic<String> changes = topic;
        if (changes == null || fromAnotherServer()) {
            return;
        }
        try {
            changes.publishAsync(json.writeValueAsString(new Envelope(kind, json.writeValueAsString(change))))
                    .whenComplete((sent, failed) -> {
                        if (failed != null) {
                            log.warn("Cluster: could not send a {} change: {}", kind, failed.toString());
                        }
                    });
        } catch (RuntimeException e) {
            // Committed here; the other servers read it from the database at their next revision of the board,
            // and their screens when they open it.
            log.warn("Cluster: could not send a {} change: {}", kind, e.toString());
        }
    }

    // ---------------------------------------------------------------- the other servers' commits, here

    @Override
    public void onMessage(Message<String> message) {
        Member from = message.getPublishingMember();
        if (from != null && from.localMember()) {
            return; // this server's own, shown here already
        }
        Object change;
        try {
            Envelope envelope = json.readValue(message.getMessageObject(), Envelope.class);
            Class<?> type = KINDS.get(envelope.kind());
            if (type == null) {
                return; // a newer server's kind of change: it is in the database, screens read it on opening
            }
            change = json.readValue(envelope.change(), type);
        } catch (RuntimeException unreadable) {
            log.warn("Cluster: an unreadable message from {}: {}", from, unreadable.toString());
            return;
        }
        announceHere(change);
        if (change instanceof BoardChanged board && gaps.seen(board.boardId(), board.revision())) {
            scheduleCatchUp(board.boardId());
        }
    }

    /**
     * Announces another server's change here, as this server's own commits are (after commit, outside one), and has
     * what a board change touched indexed here for search (each server's index is its own, docs/adr/0211).
     */
    private void announceHere(Object change) {
        if (change instanceof BoardChanged board) {
            if (board.notes().isEmpty() && board.removedNoteIds().isEmpty() && board.sections() == null
                    && board.board() == null) {
                return; // a quiet revision: followed, nothing to show
            }
            searchIndex.indexChangedElsewhere(board);
        }
        FROM_ANOTHER_SERVER.set(true);
        try {
            events.publishEvent(change);
        } catch (RuntimeException e) {
            log.warn("Cluster: could not show another server's change here: {}", e.toString());
        } finally {
            FROM_ANOTHER_SERVER.remove();
        }
    }

    /** Once per board at a time: a busy board's hole is read once, not once per message above it. */
    private void scheduleCatchUp(long boardId) {
        if (!catchUpsPending.add(boardId)) {
            return;
        }
        try {
            catchingUp.schedule(() -> catchUp(boardId), GAP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            catchUpsPending.remove(boardId); // the server is stopping: its screens are leaving
        }
    }

    /** Reads a board's hole from the database's change log and announces what was in it. */
    private void catchUp(long boardId) {
        catchUpsPending.remove(boardId);
        RevisionGaps.Gap gap = gaps.gap(boardId);
        if (gap == null) {
            return; // the late messages came meanwhile
        }
        try {
            List<BoardChanged> missed = announced.between(boardId, gap.after(), gap.upTo());
            missed.forEach(this::announceHere);
            gaps.filled(boardId, gap.upTo());
            log.info("Cluster: board {} read revisions {} to {} from the database ({} changes)", boardId,
                    gap.after() + 1, gap.upTo(), missed.size());
        } catch (RuntimeException e) {
            log.warn("Cluster: board {} could not catch up from the database: {}", boardId, e.toString());
        }
    }

    /**
     * Messages the topic dropped before this server read them (it fell that far behind): every board it follows
     * is read up to its newest revision from the database.
     */
    private void catchUpEverything() {
        for (Map.Entry<Long, Long> board : gaps.followed().entrySet()) {
            try {
                long latest = announced.latestRevision(board.getKey());
                if (latest > board.getValue()) {
                    announced.between(board.getKey(), board.getValue(), latest).forEach(this::announceHere);
                    gaps.filled(board.getKey(), latest);
                }
            } catch (RuntimeException e) {
                log.warn("Cluster: board {} could not catch up from the database: {}", board.getKey(), e.toString());
            }
        }
    }

    // ---------------------------------------------------------------- the reliable listener's settings

    /** From now on: what was sent before this server joined is in the database, where screens read it. */
    @Override
    public long retrieveInitialSequence() {
        return -1;
    }

    @Override
    public void storeSequence(long sequence) {
        if (lastSequence >= 0 && sequence > lastSequence + 1) {
            log.warn("Cluster: {} messages were dropped before this server read them; reading from the database",
                    sequence - lastSequence - 1);
            try {
                catchingUp.execute(this::catchUpEverything);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // The server is stopping.
            }
        }
        lastSequence = sequence;
    }

    /** A server that fell behind goes on (and reads the database), rather than stop listening. */
    @Override
    public boolean isLossTolerant() {
        return true;
    }

    @Override
    public boolean isTerminal(Throwable failure) {
        log.warn("Cluster: a message failed here: {}", failure.toString());
        return false;
    }
}
