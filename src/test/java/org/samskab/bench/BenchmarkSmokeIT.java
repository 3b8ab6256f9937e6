package org.samskab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness, small enough for every {@code ./mvnw verify} (so it cannot rot): the production jar
 * (built by {@code package}, before this runs) on a fresh MariaDB database, seeded by {@link BenchSeeder};
 * ten signed-in members with a 200-note board open over push, and one more who adds notes through the UI
 * protocol. Every note must reach every observer (reach 1.0). The full run is {@code bench/run.sh}.
 */
class BenchmarkSmokeIT {

    static final Path JAR = Path.of(System.getProperty("bench.jar", "target/samskab-0.1.0-SNAPSHOT.jar"));

    @Test
    void tenObserversReceiveEveryNoteOverPush() throws Exception {
        String database = BenchServer.createDatabase();
        try {
            Seed seed = BenchSeeder.seedMariaDb(database,
                    new BenchSeeder.Plan("bench-smoke-password", 11, 1, 200, 0, 1));
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
        Propagation.Result result = Propagation.run(target, warmUp, 10, 12, server.handle(), System.out);

        assertThat(result.connectFailures()).as("observers that could not connect").isZero();
        assertThat(result.sent()).isEqualTo(12);
        assertThat(result.expected()).isEqualTo(120);
        assertThat(result.received()).as("notes received over push").isEqualTo(result.expected());
        assertThat(result.reach()).isEqualTo(1.0);
        assertThat(result.pushClosed()).as("push sockets the server closed").isZero();
        assertThat(result.outOfOrder()).as("notes an observer received out of order").isZero();
        assertThat(result.p(99)).as("p99 propagation in ms").isLessThan(5000);
    }
}
