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
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
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
 * holds as many documents as the tables hold rows, only rows changed since the index's last write are indexed
 * again (a few, in seconds), and the small tables that keep no time of change (boards, sections) whole; otherwise
 * everything is. Every entity any feature maps is covered (notes, titles, actions). It runs as the server finishes
 * starting, once it already answers: searches made during a rebuild see part of the index (the boards themselves
 * are unaffected).
 */
@Component
class SearchIndexRepair implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRepair.class);
    /** A crash loses at most the commit interval's changes (a second); this covers it with room to spare. */
    private static final Duration MARGIN = Duration.ofMinutes(1);
    /** The attribute that says when a row last changed, where an entity has one. */
    private static final String CHANGED = "updatedAt";

    private final EntityManagerFactory entityManagerFactory;
    private final Environment environment;

    SearchIndexRepair(EntityManagerFactory entityManagerFactory, Environment environment) {
        this.entityManagerFactory = entityManagerFactory;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        List<SearchIndexedEntity<?>> indexed = List.copyOf(mapping.allIndexedEntities());
        if (!level(indexed)) {
            long started = System.nanoTime();
            mapping.scope(Object.class).massIndexer().purgeAllOnStart(true).startAndWait();
            log.info("Search index built again from the database in {} ms",
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return;
        }
        for (SearchIndexedEntity<?> entity : indexed) {
            Instant lastWrite = lastWrite(entity);
            if (lastWrite == null) {
                return; // the index is not on disk (kept in memory in tests): nothing can have been lost
            }
            MassIndexer indexer = mapping.scope(entity.javaClass()).massIndexer().purgeAllOnStart(false);
            if (hasTimeOfChange(entity.javaClass())) {
                indexer.type(entity.javaClass()).reindexOnly("e." + CHANGED + " >= :since").param("since",
                        lastWrite.minus(MARGIN));
            }
            indexer.startAndWait();
        }
    }

    /** Whether the index holds one document for every row of each indexed table. */
    private boolean level(List<SearchIndexedEntity<?>> indexed) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            for (SearchIndexedEntity<?> entity : indexed) {
                long documents = session.search(entity.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
                long rows = entityManager.createQuery("select count(e) from " + entity.jpaName() + " e",
                        Long.class).getSingleResult();
                if (documents != rows) {
                    log.info("Search index holds {} {} documents for {} rows: building it again", documents,
                            entity.jpaName(), rows);
                    return false;
                }
            }
            return true;
        }
    }

    private boolean hasTimeOfChange(Class<?> type) {
        return entityManagerFactory.getMetamodel().entity(type).getAttributes().stream()
                .anyMatch(attribute -> attribute.getName().equals(CHANGED));
    }

    /** When an entity's index on disk was last written, or null when the index is not on disk (tests). */
    private @Nullable Instant lastWrite(SearchIndexedEntity<?> entity) {
        String root = environment.getProperty("spring.jpa.properties.hibernate.search.backend.directory.root");
        String type = environment.getProperty("spring.jpa.properties.hibernate.search.backend.directory.type",
                "local-filesystem");
        if (root == null || !type.equals("local-filesystem")) {
            return null;
        }
        try (Stream<Path> files = Files.list(Path.of(root, entity.indexManager().descriptor().hibernateSearchName()))) {
            return files.map(SearchIndexRepair::modified).max(Instant::compareTo).orElse(Instant.EPOCH);
        } catch (IOException unreadable) {
            return Instant.EPOCH;
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
