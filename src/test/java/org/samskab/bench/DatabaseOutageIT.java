package org.samskab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samskab.Axe;
import org.samskab.BrowserTest;

/**
 * Issue 17's database outage (docs/adr/0208): the production jar on MariaDB, reaching it through a proxy that the
 * test switches off for 30 s, which closes every connection and refuses new ones, as a stopped MariaDB does. A
 * member on a phone (Chromium, 375 px) and a scripted member who writes a note every half second work through
 * it. The phone must show "saving paused" within seconds of its first failed note and lose it again by itself
 * once the database is back; the scripted member's notes are counted: sent, acknowledged (the answer showed the
 * card), refused as not saved, and found in the database afterwards. Every acknowledged note must be found, no
 * note refused as not saved may be, and nothing is stored but whole notes.
 */
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /** How soon a screen must show the pause after a write failed, and lose it after the database returned. */
    private static final Duration TOLD_WITHIN = Duration.ofSeconds(15);

    @Test
    void savingPausesWhileTheDatabaseIsGoneAndResumesByItselfWithNothingAcknowledgedLost() throws Exception {
        String database = BenchServer.createDatabase();
        Path work = Files.createDirectories(Path.of("target", "outage").toAbsolutePath());
        WebDriver phone = null;
        WebDriver laptop = null;
        ExecutorService callbacks = Executors.newFixedThreadPool(2);
        HttpClient http = VaadinClient.newHttpClient(callbacks);
        try (SwitchableProxy proxy = new SwitchableProxy("127.0.0.1", 3306)) {
            Seed seed = BenchSeeder.seedMariaDb(database, new BenchSeeder.Plan("outage-password", 2, 1, 0, 0, 0));
            long board = seed.boards().getFirst();
            String url = "jdbc:mariadb://127.0.0.1:" + proxy.port() + "/" + database;
            try (BenchServer server = BenchServer.samskab(BenchmarkSmokeIT.JAR, url, database, List.of(),
                    work.resolve("server.log"))) {
                phone = BrowserTest.openChromium(375, 812);
                BrowserTest.signIn(phone, server.base().toString(), seed.members().get(0), seed.password());
                phone.get(server.base() + "boards/" + board);
                BrowserTest.waitFor(phone).until(d -> !d.findElements(By.cssSelector("section.board-section"))
                        .isEmpty());
                TwoServersIT.add(phone, "Written before the outage");
                BrowserTest.waitForText(phone, "Written before the outage");
                // A laptop on the board too, that will load its page again during the outage.
                laptop = BrowserTest.openChromium(1280, 900);
                BrowserTest.signIn(laptop, server.base().toString(), seed.members().get(0), seed.password());
                laptop.get(server.base() + "boards/" + board);
                BrowserTest.waitForText(laptop, "Written before the outage");

                Target target = Target.samskab(server.base(), board, seed.members(), seed.password());
                VaadinClient client = new VaadinClient(http, target.base());
                target.openAs(client, 1);
                ScriptedWriter writer = new ScriptedWriter(new Writer(client, target), client);
                Thread writing = Thread.ofVirtual().start(writer);
                Thread.sleep(2000);

                proxy.switchOff();
                long cut = System.nanoTime();
                System.out.println("Database switched off");
                TwoServersIT.add(phone, "Written during the outage");
                new WebDriverWait(phone, TOLD_WITHIN).until(d -> !d.findElements(By.cssSelector(".saving-paused"))
                        .isEmpty());
                long toldPaused = (System.nanoTime() - cut) / 1_000_000;
                assertThat(BrowserTest.pageText(phone)).contains("Saving is paused");
                assertThat(cardTexts(phone)).as("cards during the outage").noneMatch(
                        card -> card.contains("Written during the outage"));
                BrowserTest.screenshot(phone, "saving-paused-phone");
                Axe.assertAccessible(phone, "saving paused (phone)");
                // The band on a screen of a projector's size too (1920×1080), then the laptop's own size again.
                BrowserTest.waitFor(laptop).until(d -> !d.findElements(By.cssSelector(".saving-paused")).isEmpty());
                laptop.manage().window().setSize(new org.openqa.selenium.Dimension(1920, 1080));
                BrowserTest.screenshot(laptop, "saving-paused-projector");
                laptop.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
                // A page loaded now cannot open the board: it says why, in the member's words, and waits.
                laptop.navigate().refresh();
                new WebDriverWait(laptop, TOLD_WITHIN.multipliedBy(2)).until(d -> !d.findElements(By.cssSelector(
                        ".database-gone-view")).isEmpty());
                assertThat(BrowserTest.pageText(laptop)).contains("This page cannot be opened while the portal"
                        + " cannot reach its database");
                BrowserTest.screenshot(laptop, "database-gone-laptop");
                Axe.assertAccessible(laptop, "database gone (laptop)");

                Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - cut) / 1_000_000));
                proxy.switchOn();
                long back = System.nanoTime();
                System.out.println("Database switched on again");
                new WebDriverWait(phone, TOLD_WITHIN).until(d -> d.findElements(By.cssSelector(".saving-paused"))
                        .isEmpty());
                long toldResumed = (System.nanoTime() - back) / 1_000_000;
                BrowserTest.waitForText(phone, "Saving works again");
                BrowserTest.screenshot(phone, "saving-resumed-phone");
                TwoServersIT.add(phone, "Written after the outage");
                BrowserTest.waitForText(phone, "Written after the outage");
                // The laptop's page opens the board by itself once the database is back.
                new WebDriverWait(laptop, TOLD_WITHIN.multipliedBy(2)).until(d -> BrowserTest.pageText(d)
                        .contains("Written after the outage")
                        && d.findElements(By.cssSelector(
                                ".database-gone-view")).isEmpty());
                BrowserTest.screenshot(laptop, "database-back-laptop");
                Thread.sleep(3000);
                writer.stop();
                writing.join(Duration.ofSeconds(30));

                phone.navigate().refresh();
                BrowserTest.waitForText(phone, "Written after the outage");
                assertThat(cardTexts(phone)).as("cards after a reload")
                        .anyMatch(card -> card.contains("Written before the outage"))
                        .anyMatch(card -> card.contains("Written after the outage"))
                        .noneMatch(card -> card.contains("Written during the outage"));

                Set<String> found = notesIn(database, board);
                long acknowledgedFound = writer.acknowledged.stream().filter(found::contains).count();
                long notSavedFound = writer.notSaved.stream().filter(found::contains).count();
                System.out.printf("Outage of %d s: the phone showed \"saving paused\" %d ms after the database went"
                        + " and lost it %d ms after it came back. The scripted member sent %d notes: %d acknowledged"
                        + " (%d of them found), %d refused as not saved (%d of them found), %d as perhaps not saved"
                        + " (%d found), %d unanswered; %d of its notes in the database%n", OUTAGE.toSeconds(),
                        toldPaused, toldResumed, writer.sent, writer.acknowledged.size(), acknowledgedFound,
                        writer.notSaved.size(), notSavedFound, writer.perhapsNotSaved.size(),
                        writer.perhapsNotSaved.stream().filter(found::contains).count(), writer.unanswered,
                        writer.allSent.stream().filter(found::contains).count());
                assertThat(writer.notSaved).as("notes refused as not saved during the outage").isNotEmpty();
                assertThat(writer.acknowledged).as("notes acknowledged after the outage")
                        .anyMatch(text -> text.startsWith("Scripted note") && writer.afterOutage(text));
                assertThat(acknowledgedFound).as("acknowledged notes found").isEqualTo(writer.acknowledged.size());
                assertThat(notSavedFound).as("notes refused as not saved, found").isZero();
                assertThat(found).as("every note in the database was sent whole")
                        .allMatch(text -> writer.allSent.contains(text) || text.startsWith("Written "));
                assertThat(found).contains("Written before the outage", "Written after the outage")
                        .doesNotContain("Written during the outage");
                String log = Files.readString(server.log);
                assertThat(log).as("one line when saving paused, one when it resumed")
                        .containsOnlyOnce("Saving paused").containsOnlyOnce("Saving resumed");
            }
        } finally {
            for (WebDriver browser : java.util.Arrays.asList(phone, laptop)) {
                if (browser != null) {
                    browser.quit();
                }
            }
            http.shutdownNow();
            callbacks.shutdownNow();
            BenchServer.dropDatabase(database);
        }
    }

    /** A member who writes a note every half second through the UI protocol, and counts what became of each. */
    private static final class ScriptedWriter implements Runnable {
        private final Writer writer;
        private final VaadinClient client;
        private final AtomicBoolean running = new AtomicBoolean(true);
        final List<String> allSent = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<String> notSaved = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<String> perhapsNotSaved = java.util.Collections.synchronizedList(new ArrayList<>());
        private final Set<String> sentAfterOutage = java.util.Collections.synchronizedSet(new HashSet<>());
        volatile int sent;
        volatile int unanswered;

        ScriptedWriter(Writer writer, VaadinClient client) {
            this.writer = writer;
            this.client = client;
        }

        void stop() {
            running.set(false);
        }

        boolean afterOutage(String text) {
            return sentAfterOutage.contains(text);
        }

        @Override
        public void run() {
            boolean sawPause = false;
            for (int i = 1; running.get(); i++) {
                String text = String.format("Scripted note %03d", i);
                allSent.add(text);
                sent++;
                try {
                    String answer = writer.write(text).body();
                    if (client.noteIdWithText(">" + text + "<") != null) {
                        acknowledged.add(text);
                        if (sawPause) {
                            sentAfterOutage.add(text);
                        }
                    } else if (answer.contains("Not saved")) {
                        notSaved.add(text);
                        sawPause = true;
                    } else if (answer.contains("Perhaps not saved")) {
                        // Its commit was under way when the connection broke: stored or not, both are right.
                        perhapsNotSaved.add(text);
                        sawPause = true;
                    }
                    Thread.sleep(500);
                } catch (java.io.IOException e) {
                    unanswered++;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static List<String> cardTexts(WebDriver browser) {
        return browser.findElements(By.cssSelector(".note-card")).stream().map(WebElement::getText).toList();
    }

    /** The texts of the board's notes, read straight from MariaDB. */
    private static Set<String> notesIn(String database, long board) throws Exception {
        Set<String> texts = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(BenchServer.DB_SERVER + database,
                BenchServer.DB_USER, BenchServer.DB_PASSWORD);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT text FROM note WHERE board_id = ? AND deleted_at IS NULL")) {
            query.setLong(1, board);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    texts.add(rows.getString(1));
                }
            }
        }
        return texts;
    }
}
