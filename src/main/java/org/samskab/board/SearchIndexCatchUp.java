package org.samskab.board;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With several servers each keeps its own search index (docs/adr/0211). {@link SearchIndexFollower} indexes what
 * relayed board changes name, at once; this catches up what they do not name or what a follow missed: every
 * {@link #EVERY}, the rows of every indexed entity that any server changed (by {@code updatedAt}) or created (by
 * {@code createdAt}, for the entities that keep no time of change: boards, sections) since the last round, with a
 * minute's margin for the servers' clocks. Every feature's indexed entities are covered (notes, titles, actions).
 * Only when a cluster is configured: one server alone indexes what it writes.
 */
@Component
@ConditionalOnExpression("!'${samskab.cluster.members:}'.isBlank()")
class SearchIndexCatchUp implements SmartLifecycle {

    static final Duration EVERY = Duration.ofSeconds(10);
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);
    private static final List<String> TIMES_OF_CHANGE = List.of("updatedAt", "createdAt");
    private static final Logger log = LoggerFactory.getLogger(SearchIndexCatchUp.class);

    private final EntityManagerFactory entityManagerFactory;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** What changed before this server started, its start-up repair indexed ({@link SearchIndexRepair}). */
    private Instant since;
    private @Nullable ScheduledExecutorService rounds;

    SearchIndexCatchUp(EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactions,
            Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.since = clock.instant();
    }

    /** One round: the rows changed since the last one, indexed here. */
    void round() {
        Instant started = clock.instant();
        try {
            transaction.executeWithoutResult(status -> {
                EntityManager entityManager = EntityManagerFactoryUtils
                        .getTransactionalEntityManager(entityManagerFactory);
                if (entityManager == null) {
                    throw new IllegalStateException("No entity manager in the transaction");
                }
                SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
                for (SearchIndexedEntity<?> entity : Search.mapping(entityManagerFactory).allIndexedEntities()) {
                    String changed = timeOfChange(entity.javaClass());
                    if (changed != null) {
                        entityManager.createQuery("select e from " + entity.jpaName() + " e where e." + changed
                                + " >= :since", entity.javaClass()).setParameter("since", since.minus(CLOCK_MARGIN))
                                .getResultList().forEach(plan::addOrUpdate);
                    }
                }
            });
            since = started;
        } catch (RuntimeException e) {
            log.warn("Could not index what other servers changed: {}", e.toString());
        }
    }

    private @Nullable String timeOfChange(Class<?> type) {
        var attributes = entityManagerFactory.getMetamodel().entity(type).getAttributes();
        return TIMES_OF_CHANGE.stream().filter(name -> attributes.stream().anyMatch(a -> a.getName().equals(name)))
                .findFirst().orElse(null);
    }

    @Override
    public synchronized void start() {
        rounds = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("search-catch-up")
                .factory());
        rounds.scheduleWithFixedDelay(this::round, EVERY.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public synchronized void stop() {
        if (rounds != null) {
            rounds.shutdownNow();
            rounds = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return rounds != null;
    }
}
