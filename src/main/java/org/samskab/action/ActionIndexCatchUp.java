package org.samskab.action;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
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
 * With several servers, each keeps its own search index (docs/adr/0211), and actions are not board changes, so no
 * relayed message names them: every {@link #EVERY} this server indexes again the actions any server changed since
 * its last round (with a minute's margin for the servers' clocks). Actions are few (dozens a year per network),
 * so a round costs one small query. Only when a cluster is configured; one server alone indexes what it writes.
 */
@Component
@ConditionalOnExpression("!'${samskab.cluster.members:}'.isBlank()")
class ActionIndexCatchUp implements SmartLifecycle {

    static final Duration EVERY = Duration.ofSeconds(10);
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(ActionIndexCatchUp.class);

    private final EntityManagerFactory entityManagerFactory;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private Instant since;
    private @Nullable ScheduledExecutorService rounds;

    ActionIndexCatchUp(EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactions,
            Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        // What changed before this server started was indexed by its start-up repair (SearchIndexRepair).
        this.since = clock.instant();
    }

    /** One round: the actions changed since the last one, indexed here. */
    void round() {
        Instant started = clock.instant();
        try {
            Integer indexed = transaction.execute(status -> {
                EntityManager entityManager = EntityManagerFactoryUtils
                        .getTransactionalEntityManager(entityManagerFactory);
                if (entityManager == null) {
                    throw new IllegalStateException("No entity manager in the transaction");
                }
                SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
                var changed = entityManager.createQuery("select a from ActionItem a where a.updatedAt >= :since",
                        ActionItem.class).setParameter("since", since.minus(CLOCK_MARGIN)).getResultList();
                changed.forEach(plan::addOrUpdate);
                return changed.size();
            });
            since = started;
            log.debug("Indexed {} actions changed since the last round", indexed);
        } catch (RuntimeException e) {
            log.warn("Could not index the actions other servers changed: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        rounds = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("action-index")
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
