package org.samskab.board;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.IntegrationTest;
import org.samskab.action.ActionSearch;
import org.samskab.action.ActionService;
import org.samskab.action.ActionViews.ActionView;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * With several servers (docs/adr/0211), an action another server changed (actions cross servers in no relayed
 * change) is not in this server's index until a catch-up round indexes it. "Another server" is a change written straight into the table, as this server's
 * Hibernate Search never sees it. On MariaDB.
 */
@IntegrationTest
class SearchIndexCatchUpTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ActionService actions;
    @Autowired
    ActionSearch search;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    @Test
    void aRoundIndexesTheActionsAnotherServerChanged() throws InterruptedException {
        TestNetwork network = fixtures.network();
        String mette = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        ActionCatchUpRound round = new ActionCatchUpRound(new SearchIndexCatchUp(entityManagerFactory,
                transactions, clock));
        ActionView action = fixtures.as(mette, () -> actions.record(network.id(), null, null,
                "Try mentoring pairs", null, null));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (found(mette, network, "mentoring") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(found(mette, network, "mentoring")).as("written here, indexed here").isEqualTo(1);
        // In a transaction of its own: the pool's connections do not commit by themselves.
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(
                status -> jdbc.update("UPDATE action_item SET text = ?, updated_at = ? WHERE id = ?",
                        "Try harvest circles with the whole team", Timestamp.from(clock.instant()), action.id()));
        Thread.sleep(1500); // whatever this server was still indexing is written by now
        assertThat(found(mette, network, "circles")).as("before the round: written elsewhere, not indexed here")
                .isZero();

        round.run();
        deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (found(mette, network, "circles") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(found(mette, network, "circles")).as("after the round").isEqualTo(1);
        assertThat(found(mette, network, "mentoring")).as("the old text is gone from the index").isZero();
    }

    private long found(String member, TestNetwork network, String words) {
        return fixtures.as(member, () -> search.search(network.id(), words, 10)).total();
    }

    /** The round, as the scheduler runs it. */
    private record ActionCatchUpRound(SearchIndexCatchUp catchUp) {
        void run() {
            catchUp.round();
        }
    }
}
