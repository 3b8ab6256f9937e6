package org.samskab.board;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Listens to {@link BoardChanged} the way the live layer does, for the board tests: every publication (and whether
 * a transaction was running, so an after-commit listener is not running on its fallback), and separately what
 * arrived after a commit. A component in the test sources, so every integration test shares one context.
 */
@Component
public class BoardEventRecorder {

    /** One publication, and whether it happened inside a transaction. */
    public record Published(BoardChanged event, boolean inTransaction) {
    }

    private final List<Published> published = new CopyOnWriteArrayList<>();
    private final List<BoardChanged> committed = new CopyOnWriteArrayList<>();

    @EventListener
    void published(BoardChanged event) {
        published.add(new Published(event, TransactionSynchronizationManager.isActualTransactionActive()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(BoardChanged event) {
        committed.add(event);
    }

    private final List<BoardChangedQuietly> quiet = new CopyOnWriteArrayList<>();

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committedQuietly(BoardChangedQuietly event) {
        quiet.add(event);
    }

    /** The revisions committed that told screens nothing. */
    public List<Long> quietRevisions(long boardId) {
        return quiet.stream().filter(e -> e.boardId() == boardId).map(BoardChangedQuietly::revision).toList();
    }

    public List<Published> published(long boardId) {
        return published.stream().filter(p -> p.event().boardId() == boardId).toList();
    }

    public List<BoardChanged> committed(long boardId) {
        return committed.stream().filter(e -> e.boardId() == boardId).toList();
    }
}
