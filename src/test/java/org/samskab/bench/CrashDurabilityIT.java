package org.samskab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * A restart loses nothing a user saw, even after a crash, on the embedded default. The production jar (built by
 * {@code package}) runs as someone who sets no database runs it: the H2 file database under {@code ./data} of a
 * fresh working directory. A member adds notes through the UI protocol; a note counts once the server's answer
 * shows its card. Then the server is killed with SIGKILL a moment after the last one, and started again on the
 * same directory. After the last crash and restart, every note that was shown must be in the database.
 */
class CrashDurabilityIT {

    static final Path JAR = Path.of(System.getProperty("bench.jar", "target/samskab-0.1.0-SNAPSHOT.jar"));

    /** How long after the last acknowledged note each crash comes (H2's default write delay is 500 ms). */
    private static final long[] KILL_AFTER_MS = {0, 150, 300};
    private static final int NOTES_PER_CRASH = 15;
    private static final String PASSWORD = "crash-test-password";

    @Test
    void everyAcknowledgedNoteSurvivesAKillOfTheServer() throws Exception {
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "crash-test")), "run-")
                .toAbsolutePath();
        Path seedFile = work.resolve("seed.json");
        Map<String, String> bench = Map.of("password", PASSWORD, "members", "1", "boards", "1", "notes", "0",
                "big-notes", "0", "empty-boards", "0");

        List<List<String>> acknowledged = new ArrayList<>();
        for (int crash = 0; crash < KILL_AFTER_MS.length; crash++) {
            ExecutorService callbacks = Executors.newFixedThreadPool(2);
            HttpClient http = VaadinClient.newHttpClient(callbacks);
            try (BenchServer server = BenchServer.embedded(JAR, work, seedFile, bench,
                    work.resolve("server-" + crash + ".log"))) {
                Seed seed = Seed.read(seedFile);
                Target target = Target.samskab(server.base(), seed.boards().getFirst(), seed.members(), PASSWORD);
                acknowledged.add(addNotes(new VaadinClient(http, target.base()), target, "Crash " + crash));
                Thread.sleep(KILL_AFTER_MS[crash]);
                server.kill();
            } finally {
                http.shutdownNow();
                callbacks.shutdownNow();
            }
        }
        // The server must come up again after the last crash too; it then stops normally, and the test reads its
        // database (H2 lets one process at a time open the file).
        try (BenchServer server = BenchServer.embedded(JAR, work, seedFile, bench, work.resolve("server-last.log"))) {
            assertThat(server.handle().isAlive()).isTrue();
        }

        Set<String> stored = noteTexts(work);
        for (int crash = 0; crash < acknowledged.size(); crash++) {
            List<String> shown = acknowledged.get(crash);
            System.out.printf("Crash %d (%d ms after the last note): %d notes acknowledged, %d of them after the"
                    + " restart%n", crash, KILL_AFTER_MS[crash], shown.size(),
                    shown.stream().filter(stored::contains).count());
        }
        for (int crash = 0; crash < acknowledged.size(); crash++) {
            assertThat(acknowledged.get(crash)).as("notes acknowledged before crash %d", crash)
                    .hasSize(NOTES_PER_CRASH);
            assertThat(stored).as("notes in the database after crash %d and a restart", crash)
                    .containsAll(acknowledged.get(crash));
        }
    }

    /**
     * Adds notes as member 0, one after the other, as a member with the board open in a browser does; returns the
     * texts whose card the server's answer showed.
     */
    private static List<String> addNotes(VaadinClient client, Target target, String prefix) throws Exception {
        target.openAs(client, 0);
        client.connectPush(message -> {
        });
        Writer writer = new Writer(client, target);
        List<String> shown = new ArrayList<>();
        for (int i = 1; i <= NOTES_PER_CRASH; i++) {
            String text = String.format("%s note %02d", prefix, i);
            writer.write(text);
            if (client.noteIdWithText(">" + text + "<") != null) {
                shown.add(text);
            }
        }
        return shown;
    }

    /** The texts of all notes in the embedded database under {@code work/data}, opened as the jar opens it. */
    private static Set<String> noteTexts(Path work) throws Exception {
        String url = "jdbc:h2:file:" + work.resolve("data/samskab") + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE";
        Set<String> texts = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = connection.createStatement().executeQuery("SELECT text FROM note")) {
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
        }
        return texts;
    }
}
