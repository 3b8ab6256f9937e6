package org.samskab.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.samskab.Fixtures;
import org.samskab.IntegrationTest;
import org.samskab.base.ItemNotFoundException;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A burst of changes on one board waits for its turn outside the connection pool: while 24 members add notes to one
 * board at once, the pool's connections stay free for everyone else (docs/adr/0162). Without the queue each waiting
 * change holds a connection until the board's row lock is free, and the pool's ten run out.
 */
@IntegrationTest
class BoardQueueTest {

    private static final int WRITERS = 24;

    @Autowired
    Fixtures fixtures;
    @Autowired
    NoteService noteService;
    @Autowired
    BoardReader boardReader;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    private static void awaitStart(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void writersOnOneBoardHoldAtMostOneConnectionEachInTurn() throws Exception {
        burst(NONE_REFUSED);
    }

    @Test
    void aChangeRefusedInATurnIsRefusedAloneAndTheOthersStand() throws Exception {
        burst(13);
    }

    private static final int NONE_REFUSED = -1;

    /**
     * 24 notes at once, two members taking turns; the one at {@code refused} writes to a missing section, and six
     * before it someone from another network writes.
     */
    private void burst(int refused) throws Exception {
        Room room = Room.create(fixtures, boardReader, false, "Ideas");
        // A member of another network, whose role the turn finds missing: refused as "not found", alone.
        String outsider = fixtures.member(fixtures.network(), NetworkRole.PARTICIPANT, "Olga Outsider", null);
        int outsiderAt = refused == NONE_REFUSED ? NONE_REFUSED : refused - 6;
        var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        AtomicInteger mostActive = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread watcher = Thread.ofPlatform().start(() -> {
            while (writing.get()) {
                int active = pool.getActiveConnections();
                mostActive.accumulateAndGet(active, Math::max);
                Thread.onSpinWait();
            }
        });
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch ready = new CountDownLatch(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int i = 0; i < WRITERS; i++) {
                String text = "Burst " + i;
                String who = i == outsiderAt ? outsider : i % 2 == 0 ? room.pia() : room.per();
                // One of them writes to a section that is not there: refused alone, the others' notes stand.
                long section = i == refused ? Long.MAX_VALUE : room.first();
                // Signed in (which reads the member) before the start: the burst is only the changes.
                done.add(threads.submit(() -> fixtures.as(who, () -> {
                    ready.countDown();
                    awaitStart(start);
                    return noteService.addNote(room.boardId(), section, text, null, false);
                })));
            }
            assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
            // Signing in reads the member from the database; only what follows the start is the burst.
            mostActive.set(0);
            start.countDown();
            for (int i = 0; i < WRITERS; i++) {
                Future<?> future = done.get(i);
                if (i == refused || i == outsiderAt) {
                    assertThatThrownBy(() -> future.get(60, TimeUnit.SECONDS))
                            .hasCauseInstanceOf(ItemNotFoundException.class);
                } else {
                    future.get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            writing.set(false);
            watcher.join();
            threads.shutdownNow();
        }

        assertThat(jdbc.queryForObject("select count(*) from note where board_id = ?", Long.class, room.boardId()))
                .isEqualTo(refused == NONE_REFUSED ? WRITERS : WRITERS - 2);
        // Changes that waited together ran in one turn on one thread, each as its own member.
        long pia = jdbc.queryForObject("select id from member where email = ?", Long.class, room.pia());
        long per = jdbc.queryForObject("select id from member where email = ?", Long.class, room.per());
        for (var row : jdbc.queryForList("select text, author_id from note where board_id = ?", room.boardId())) {
            int writer = Integer.parseInt(((String) row.get("text")).substring("Burst ".length()));
            assertThat(((Number) row.get("author_id")).longValue()).isEqualTo(writer % 2 == 0 ? pia : per);
        }
        // Every stored change has its own revision, in the order of the log.
        assertThat(jdbc.queryForObject("select count(distinct revision) from board_change where board_id = ?",
                Long.class, room.boardId())).isEqualTo(jdbc.queryForObject(
                        "select count(*) from board_change where board_id = ?", Long.class, room.boardId()));
        // One change at a time holds a connection; the others wait for their turn without one. Without the queue
        // the burst takes every connection of the pool. The pool is the whole test context's, so what earlier tests
        // left running may hold a few meanwhile (up to 5 were seen in full runs): a pool never near dry is what
        // tells the queue worked. (Hikari's count of threads awaiting a connection is no sign: a borrower can wait
        // a moment for a connection being handed back while others are idle.)
        int poolSize = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        assertThat(mostActive.get()).isBetween(1, poolSize - 2);
    }
}
