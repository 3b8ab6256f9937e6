package org.samskab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.samskab.BrowserTest;

/**
 * A restart loses nothing a user saw, even after a crash, on the embedded default. The production jar (built by
 * {@code package}) runs as someone who sets no database runs it: the H2 file database under {@code ./data} of a
 * fresh working directory, which the harness seeds first (in its own JVM, then closed: H2 lets one process open
 * the file). A member adds notes through the UI protocol; a note counts once the server's answer
 * shows its card. A moment after the last one the server is killed with SIGKILL, and started again on the same
 * directory; there the member opens the board, and every note counted so far must be on it. After the last
 * restart the member also opens the board in a real browser (Debian's headless Chromium), which must show a card
 * for every counted note.
 */
class CrashDurabilityIT {

    static final Path JAR = Path.of(System.getProperty("bench.jar", "target/samskab-0.1.0-SNAPSHOT.jar"));

    /** How long after the last acknowledged note each crash comes (H2's default write delay is 500 ms). */
    private static final long[] KILL_AFTER_MS = {0, 150, 300};
    private static final int NOTES_PER_CRASH = 15;
    private static final String PASSWORD = "crash-test-password";
    /** How long a restarted board may take to show the notes (they come over push just after it opens). */
    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(20);

    @Test
    void everyAcknowledgedNoteIsOnTheBoardAfterAKillAndARestart() throws Exception {
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target", "crash-test")), "run-")
                .toAbsolutePath();
        Seed seed = BenchSeeder.seedEmbedded(work, new BenchSeeder.Plan(PASSWORD, 1, 1, 0, 0, 0));

        List<String> acknowledged = new ArrayList<>();
        int crashes = KILL_AFTER_MS.length;
        long[] expected = new long[crashes];
        long[] shown = new long[crashes];
        for (int start = 0; start <= crashes; start++) {
            ExecutorService callbacks = Executors.newFixedThreadPool(2);
            HttpClient http = VaadinClient.newHttpClient(callbacks);
            try (BenchServer server = BenchServer.embedded(JAR, work, work.resolve("server-" + start + ".log"))) {
                Target target = Target.samskab(server.base(), seed.boards().getFirst(), seed.members(), PASSWORD);
                Screen screen = new Screen(new VaadinClient(http, target.base()), target);
                if (start > 0) {
                    expected[start - 1] = acknowledged.size();
                    shown[start - 1] = screen.awaitShown(acknowledged);
                    System.out.printf("Crash %d, %d ms after the last note: %d of %d acknowledged notes on the board"
                            + " after the restart%n", start, KILL_AFTER_MS[start - 1], shown[start - 1],
                            acknowledged.size());
                }
                if (start == crashes) {
                    checkInChromium(target, acknowledged);
                }
                if (start < crashes) {
                    acknowledged.addAll(screen.addNotes("Crash " + (start + 1)));
                    Thread.sleep(KILL_AFTER_MS[start]);
                    server.kill();
                }
            } finally {
                http.shutdownNow(); // not close(): that waits for the push socket the kill left open
                callbacks.shutdownNow();
            }
        }
        assertThat(acknowledged).as("notes acknowledged").hasSize(NOTES_PER_CRASH * crashes);
        assertThat(shown).as("acknowledged notes on the board after each crash and restart").containsExactly(expected);
    }

    /** The member signs in with Chromium, as a person would, and the board shows exactly the counted notes. */
    private static void checkInChromium(Target target, List<String> acknowledged) {
        String base = target.base().toString();
        WebDriver browser = BrowserTest.openChromium(1280, 900);
        try {
            BrowserTest.signIn(browser, base, target.email().apply(0), target.password());
            browser.get(base + target.route());
            BrowserTest.waitFor(browser)
                    .until(d -> d.findElements(By.cssSelector(".note-card")).size() == acknowledged.size());
            BrowserTest.screenshot(browser, "crash-restart-board");
            long cards = browser.findElements(By.cssSelector(".note-card")).size();
            System.out.printf("After the last restart Chromium shows %d note cards for %d acknowledged notes%n",
                    cards, acknowledged.size());
            String page = BrowserTest.pageText(browser);
            assertThat(acknowledged).as("acknowledged notes in Chromium after the last restart")
                    .allSatisfy(text -> assertThat(page).contains(text));
        } finally {
            browser.quit();
        }
    }

    /** One member's screen on the board: everything the server sent it, as raw text. */
    private static final class Screen {
        private final VaadinClient client;
        private final Target target;
        private final StringBuffer received = new StringBuffer();

        Screen(VaadinClient client, Target target) throws Exception {
            this.client = client;
            this.target = target;
            received.append(target.openAs(client, 0).body());
            client.connectPush(message -> received.append(message.text()));
        }

        /** Waits until every one of {@code texts} is on the board, or a while; returns how many are. */
        long awaitShown(List<String> texts) throws InterruptedException {
            long deadline = System.nanoTime() + SHOWN_WITHIN.toNanos();
            while (shown(texts) < texts.size() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            return shown(texts);
        }

        private long shown(List<String> texts) {
            return texts.stream().filter(text -> received.indexOf(text) >= 0).count();
        }

        /** Adds notes one after the other; returns the texts whose card the server's answer showed. */
        List<String> addNotes(String prefix) throws Exception {
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
    }
}
