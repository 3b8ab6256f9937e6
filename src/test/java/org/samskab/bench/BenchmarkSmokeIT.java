package org.samskab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness, small enough for every {@code ./mvnw verify} (so it cannot rot): the production jar
 * (built by {@code package}, before this runs) on a fresh MariaDB database, seeded by {@link BenchSeeder};
 * ten signed-in members with a 50-note board open over push, and one more who adds notes through the UI
 * protocol. Every note must reach every observer (reach 1.0); the facilitator's actions reach every screen;
 * ten people join through a live gathering's code, and two breakout groups of four write to each other; a member
 * searches four past gatherings, finds a new note and downloads a harvest. The full run is {@code bench/run.sh}.
 */
class BenchmarkSmokeIT {

    static final Path JAR = Path.of(System.getProperty("bench.jar", "target/samskab-0.1.0-SNAPSHOT.jar"));

    @Test
    void tenObserversReceiveEveryNoteOverPush() throws Exception {
        String database = BenchServer.createDatabase();
        try {
            Seed seed = BenchSeeder.seedMariaDb(database,
                    new BenchSeeder.Plan("bench-smoke-password", 11, 4, 50, 0, 1, 2, 4,
                            new BenchSeeder.Memory(4, 100, 60)));
            try (BenchServer server = BenchServer.samskab(JAR, database, List.of(),
                    Path.of("target", "bench-smoke", "server.log"))) {
                smokeRun(server, seed);
            }
        } finally {
            BenchServer.dropDatabase(database);
        }
    }

    private static void smokeRun(BenchServer server, Seed seed) throws Exception {
        Target target = Target.samskab(server.base(), seed.boards().getFirst(), seed.members(), seed.password());

        // A short JIT warm-up, so that step of the full run is exercised too.
        var warmUp = new Propagation.JitWarmUp(Target.samskab(server.base(), seed.emptyBoards().getFirst(),
                seed.members(), seed.password()), 20);
        Propagation.Result result = Propagation.run(target, warmUp, 10, 8, server.handle(), System.out);

        assertThat(result.connectFailures()).as("observers that could not connect").isZero();
        assertThat(result.sent()).isEqualTo(8);
        assertThat(result.expected()).isEqualTo(80);
        assertThat(result.received()).as("notes received over push").isEqualTo(result.expected());
        assertThat(result.reach()).isEqualTo(1.0);
        assertThat(result.pushClosed()).as("push sockets the server closed").isZero();
        assertThat(result.outOfOrder()).as("notes an observer received out of order").isZero();
        assertThat(result.p(99)).as("p99 propagation in ms").isLessThan(5000);

        // The facilitator's actions of the full run's facilitation part (issue 14), each on a board of its own.
        facilitated(server, seed, seed.boards().get(1), FacilitatorAction.spotlight(BenchSeeder.COORDINATOR));
        facilitated(server, seed, seed.boards().get(2), new PhaseAction(BenchSeeder.COORDINATOR));
        facilitated(server, seed, seed.boards().get(3), new TimerAction(BenchSeeder.COORDINATOR));
        facilitated(server, seed, seed.liveBoard(), FacilitatorAction.bringEveryone(BenchSeeder.COORDINATOR));

        // Issue 15's parts: members and guests join through the code; two breakout groups write to each other.
        JoinStorm.Result join = JoinStorm.run(target, seed.joining().code(), 10, 0, java.time.Duration.ofSeconds(5),
                server.handle(), System.out);
        assertThat(join.errors()).as("joins that failed").isZero();
        assertThat(join.joinToRender().getTotalCount()).as("joins that drew the board").isEqualTo(10);
        assertThat(join.guests()).isEqualTo(5);
        BreakoutRoom.Result breakout = BreakoutRoom.run(target, seed.groupBoards(), 4,
                java.time.Duration.ofSeconds(10), server.handle(), System.out);
        assertThat(breakout.errors()).as("errors in the breakout room").isZero();
        assertThat(breakout.notes()).as("notes written while measuring").isPositive();
        assertThat(breakout.expected()).isEqualTo(breakout.notes() * 3);
        assertThat(breakout.reach()).as("notes that reached their group").isEqualTo(1.0);

        // Issue 16's part: search over the seeded past gatherings, a new note found, the harvest's three exports.
        MemorySearch.Result memory = MemorySearch.run(Target.samskab(server.base(), seed.emptyBoards().getLast(),
                seed.members(), seed.password()), seed.networkId(), java.util.Objects.requireNonNull(seed.memory()),
                System.out);
        System.out.println(memory.summary());
        assertThat(memory.errors()).as("searches that found nothing, notes never found, exports cut short").isZero();
        assertThat(memory.search().getTotalCount()).isEqualTo(MemorySearch.MEASURED);
        assertThat(memory.searchable().getTotalCount()).isEqualTo(MemorySearch.SEARCHABLE);
        assertThat(memory.export().values()).allMatch(h -> h.getTotalCount() == MemorySearch.EXPORTS);
        assertThat(memory.notes()).isEqualTo(400);
    }

    /** Every screen shows each of four actions: the full run's senders still find their buttons and their signs. */
    private static void facilitated(BenchServer server, Seed seed, long boardId, Propagation.Sender sender)
            throws Exception {
        Target target = Target.samskab(server.base(), boardId, seed.members(), seed.password());
        Propagation.Result result = Propagation.run(target, new Propagation.JitWarmUp(target, 0), 10, 4,
                server.handle(), System.out, Propagation.Around.NOTHING, sender);
        assertThat(result.connectFailures()).as("observers that could not connect").isZero();
        assertThat(result.received()).as(sender.getClass().getSimpleName() + " shown on every screen")
                .isEqualTo(40);
        assertThat(result.reach()).isEqualTo(1.0);
    }
}
