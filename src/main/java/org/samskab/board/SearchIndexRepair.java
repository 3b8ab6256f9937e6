package org.samskab.board;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Brings the search index level with the database as the server starts (docs/adr/0193). The index is written after
 * each commit and committed to disk about once a second, so a crash may lose the last second of it; and an index
 * may be missing (a first start, a new server, an index directory lost) or belong to other data. When the index
 * holds as many documents as the tables hold rows, only notes changed since the index's last write are indexed
 * again (a few, in seconds); otherwise everything is. It runs as the server finishes starting, once it already
 * answers: searches made during a rebuild see part of the index (the boards themselves are unaffected).
 */
@Component
class SearchIndexRepair implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRepair.class);
    /** A crash loses at most the commit interval's changes (a second); this covers it with room to spare. */
    private static final Duration MARGIN = Duration.ofMinutes(1);
    private static final List<Class<?>> INDEXED = List.of(Note.class, Board.class, BoardSection.class);

    private final EntityManagerFactory entityManagerFactory;
    private final Environment environment;

    SearchIndexRepair(EntityManagerFactory entityManagerFactory, Environment environment) {
        this.entityManagerFactory = entityManagerFactory;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        if (!level()) {
            long started = System.nanoTime();
            mapping.scope(INDEXED).massIndexer().purgeAllOnStart(true).startAndWait();
            log.info("Search index built again from the database in {} ms",
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return;
        }
        Instant lastWrite = lastWrite();
        if (lastWrite != null) {
            MassIndexer indexer = mapping.scope(Note.class).massIndexer().purgeAllOnStart(false);
            indexer.type(Note.class).reindexOnly("e.updatedAt >= :since").param("since", lastWrite.minus(MARGIN));
            indexer.startAndWait();
        }
    }

    /** Whether the index holds one document for every row of each indexed table. */
    private boolean level() {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            for (Class<?> type : INDEXED) {
                long documents = session.search(type).where(f -> f.matchAll()).fetchTotalHitCount();
                long rows = entityManager.createQuery("select count(e) from " + type.getSimpleName() + " e",
                        Long.class).getSingleResult();
                if (documents != rows) {
                    log.info("Search index holds {} {} documents for {} rows: building it again", documents,
                            type.getSimpleName(), rows);
                    return false;
                }
            }
            return true;
        }
    }

    /** When the note index on disk was last written, or null when it is not on disk (kept in memory in tests). */
    private @Nullable Instant lastWrite() {
        String root = environment.getProperty("spring.jpa.properties.hibernate.search.backend.directory.root");
        String type = environment.getProperty("spring.jpa.properties.hibernate.search.backend.directory.type",
                "local-filesystem");
        if (root == null || !type.equals("local-filesystem")) {
            return null;
        }
        try (Stream<Path> files = Files.list(Path.of(root, "note"))) {
            return files.map(SearchIndexRepair::modified).max(Instant::compareTo).orElse(null);
        } catch (IOException unreadable) {
            return null;
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException gone) {
            return Instant.EPOCH;
        }
    }
}
