package org.samskab.board;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps this server's search index level with changes other servers committed (docs/adr/0211). Each server's index
 * is its own (Lucene files beside it), and Hibernate Search indexes only what this server writes; the live layer
 * hands every board change it receives from another server here, and the notes, sections and board it names are
 * read from the database and indexed, off the relay's thread. What no board change carries (a new board, actions)
 * or a follow missed is caught up by {@link SearchIndexCatchUp}.
 */
@Component
public class SearchIndexFollower {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexFollower.class);

    private final EntityManagerFactory entityManagerFactory;
    private final TransactionTemplate reading;
    /** For each note indexed for another server's change, a digest of what the index holds of it. */
    private final Map<Long, Integer> indexedNotes = new ConcurrentHashMap<>();
    private static final int NOTES_REMEMBERED = 200_000;
    /** One thread, in arrival order: indexing waits for nobody, and nobody waits for it. */
    private final ExecutorService indexing = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon()
            .name("search-index-follower").factory());

    SearchIndexFollower(EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactions) {
        this.entityManagerFactory = entityManagerFactory;
        // Not marked read-only: Hibernate Search applies an indexing plan as its transaction commits.
        this.reading = new TransactionTemplate(transactions);
    }

    /** Indexes, soon, what a change another server committed touched: its notes, its sections, its board. */
    public void indexChangedElsewhere(BoardChanged change) {
        List<Long> noteIds = notesToIndex(change);
        List<Long> sectionIds = change.sections() == null ? List.of()
                : change.sections().stream().map(BoardViews.SectionState::id).toList();
        boolean board = change.board() != null || change.sections() != null;
        if (noteIds.isEmpty() && sectionIds.isEmpty() && !board) {
            return;
        }
        indexing.execute(() -> index(change.boardId(), noteIds, sectionIds, board));
    }

    /**
     * The notes whose indexed content this change may have changed: every removed one, and every other whose text,
     * text version or search flags differ from what this server last indexed for another server's change. A dot or a
     * move changes none of them, and most changes in a gathering are dots. Whatever this misses (a flag set here and
     * set back there) the catch-up indexes again by its time of change.
     */
    List<Long> notesToIndex(BoardChanged change) {
        if (indexedNotes.size() > NOTES_REMEMBERED) {
            indexedNotes.clear(); // then each note is indexed once more
        }
        List<Long> noteIds = new ArrayList<>(change.removedNoteIds());
        change.removedNoteIds().forEach(indexedNotes::remove);
        for (BoardViews.NoteState note : change.notes()) {
            int indexed = java.util.Objects.hash(note.text(), note.version(), note.privatePost(), note.roomOnly());
            Integer before = indexedNotes.put(note.id(), indexed);
            if (before == null || before != indexed) {
                noteIds.add(note.id());
            }
        }
        return noteIds;
    }

    private void index(long boardId, List<Long> noteIds, List<Long> sectionIds, boolean board) {
        try {
            reading.executeWithoutResult(status -> {
                EntityManager entityManager = org.springframework.orm.jpa.EntityManagerFactoryUtils
                        .getTransactionalEntityManager(entityManagerFactory);
                if (entityManager == null) {
                    throw new IllegalStateException("No entity manager in the transaction");
                }
                SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
                // A row gone from the database (never, today: notes are marked deleted) is taken out of the index.
                for (long id : noteIds) {
                    addOrDelete(plan, entityManager, Note.class, id);
                }
                for (long id : sectionIds) {
                    addOrDelete(plan, entityManager, BoardSection.class, id);
                }
                if (board) {
                    addOrDelete(plan, entityManager, Board.class, boardId);
                }
            });
        } catch (RuntimeException e) {
            // SearchIndexCatchUp's next round indexes these rows again (by their time of change).
            log.warn("Could not index board {}'s change from another server: {}", boardId, e.toString());
        }
    }

    private static <T> void addOrDelete(SearchIndexingPlan plan, EntityManager entityManager, Class<T> type, long id) {
        T entity = entityManager.find(type, id);
        if (entity != null) {
            plan.addOrUpdate(entity);
        } else {
            plan.purge(type, id, null);
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() throws InterruptedException {
        indexing.shutdown();
        indexing.awaitTermination(5, TimeUnit.SECONDS);
    }
}
