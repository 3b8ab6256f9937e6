package org.samskab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samskab.BrowserTest;

/**
 * Issue 17's two servers (docs/adr/0207): two production jars on loopback ports with one MariaDB, their Hazelcast
 * members on loopback too. A member in Chromium on each server opens the same board: both see two people
 * present; a note written on either server reaches the other's screen within 2 s; then one server is killed and
 * the other carries on, with every note either server acknowledged on its board.
 */
class TwoServersIT {

    private static final Duration WITHIN = Duration.ofSeconds(2);

    @Test
    void aNoteOnEitherServerReachesTheOtherAndTheSurvivorCarriesOnWithNothingLost() throws Exception {
        String database = BenchServer.createDatabase();
        WebDriver first = null;
        WebDriver second = null;
        try {
            Seed seed = BenchSeeder.seedMariaDb(database, new BenchSeeder.Plan("two-servers-password", 2, 1, 0, 0, 0));
            int memberOne = BenchServer.freePort();
            int memberTwo = BenchServer.freePort();
            String members = "127.0.0.1:" + memberOne + ",127.0.0.1:" + memberTwo;
            Path work = Path.of("target", "two-servers").toAbsolutePath();
            long board = seed.boards().getFirst();
            // Both start at once, as a compose file or an orchestrator starts them: their members must still meet.
            ExecutorService starting = Executors.newSingleThreadExecutor();
            Future<BenchServer> startingTwo = starting.submit(() -> BenchServer.samskab(BenchmarkSmokeIT.JAR,
                    database, cluster(members, memberTwo, work.resolve("index-two")), work.resolve("server-two.log")));
            starting.shutdown();
            BenchServer started;
            try {
                started = BenchServer.samskab(BenchmarkSmokeIT.JAR, database,
                        cluster(members, memberOne, work.resolve("index-one")), work.resolve("server-one.log"));
            } catch (Exception failed) {
                closeOnceStarted(startingTwo);
                throw failed;
            }
            try (BenchServer one = started; BenchServer two = startingTwo.get()) {
                first = open(one, seed, 0, board, 1280, 900);
                second = open(two, seed, 1, board, 375, 812);
                for (WebDriver browser : List.of(first, second)) {
                    BrowserTest.waitFor(browser).until(d -> presence(d).contains("2 people have this board open"));
                }

                long oneToTwo = addAndTime(first, second, "Written on server one");
                long twoToOne = addAndTime(second, first, "Written on server two");
                BrowserTest.screenshot(first, "two-servers-laptop-on-one");
                BrowserTest.screenshot(second, "two-servers-phone-on-two");
                System.out.printf("Two servers: a note took %d ms from server one's screen to server two's, %d ms"
                        + " back%n", oneToTwo, twoToOne);

                // Each server's search index is its own: what the other server wrote is indexed here too.
                long foundOnOne = searchFinds(first, one, seed, "two", "Written on server two");
                long foundOnTwo = searchFinds(second, two, seed, "one", "Written on server one");
                System.out.printf("Two servers: search on server one found server two's note after %d ms, search"
                        + " on server two found server one's after %d ms%n", foundOnOne, foundOnTwo);
                BrowserTest.screenshot(second, "two-servers-search-on-two");
                // Both back on the board, so that server one's screen is present when its server dies.
                first.get(one.base() + "boards/" + board);
                second.get(two.base() + "boards/" + board);
                for (WebDriver browser : List.of(first, second)) {
                    BrowserTest.waitFor(browser).until(d -> presence(d).contains("2 people have this board open"));
                }

                one.kill();
                add(second, "Written after server one stopped");
                BrowserTest.waitForText(second, "Written after server one stopped");
                second.navigate().refresh();
                for (String text : List.of("Written on server one", "Written on server two",
                        "Written after server one stopped")) {
                    BrowserTest.waitForText(second, text);
                }
                // The dead server's screen leaves the presence when its entry expires, unrenewed: only this member is left.
                new WebDriverWait(second, Duration.ofSeconds(30)).until(d -> presence(d)
                        .startsWith("1 person has this board open") && !presence(d).contains("Bench Member 0"));
                BrowserTest.screenshot(second, "two-servers-survivor");
            }
        } finally {
            if (first != null) {
                first.quit();
            }
            if (second != null) {
                second.quit();
            }
            BenchServer.dropDatabase(database);
        }
    }

    private static void closeOnceStarted(Future<BenchServer> starting) {
        try {
            starting.get().close();
        } catch (Exception didNotStart) {
            // nothing to close
        }
    }

    /** Each server's Hazelcast member on its own loopback port, each with a search index of its own. */
    private static List<String> cluster(String members, int port, Path index) {
        return List.of("--samskab.cluster.members=" + members, "--samskab.cluster.port=" + port,
                "--samskab.cluster.interface=127.0.0.1",
                // The dead server's screens leave the presence in 6 s rather than 30 s, to keep the build short.
                "--samskab.cluster.presence-expires-after=6s",
                "--spring.jpa.properties.hibernate.search.backend.directory.root=" + index);
    }

    private static WebDriver open(BenchServer server, Seed seed, int member, long board, int width, int height) {
        WebDriver browser = BrowserTest.openChromium(width, height);
        String base = server.base().toString();
        BrowserTest.signIn(browser, base, seed.members().get(member), seed.password());
        BrowserTest.waitFor(browser).until(d -> !d.getCurrentUrl().contains("/login"));
        browser.get(base + "boards/" + board);
        BrowserTest.waitFor(browser).until(d -> !d.findElements(By.cssSelector("section.board-section")).isEmpty());
        return browser;
    }

    /** Writes a note on one screen and answers how long it took to show on the other (at most 2 s). */
    private static long addAndTime(WebDriver writer, WebDriver reader, String text) {
        add(writer, text);
        BrowserTest.waitForText(writer, text);
        long shown = System.nanoTime();
        new WebDriverWait(reader, WITHIN).until(d -> BrowserTest.pageText(d).contains(text));
        long millis = (System.nanoTime() - shown) / 1_000_000;
        assertThat(millis).as("from one server's screen to the other's, in ms").isLessThan(WITHIN.toMillis());
        return millis;
    }

    static void add(WebDriver browser, String text) {
        String first = "(//section[contains(@class,'board-section')])[1]";
        // The form stays open after a note, for the next one.
        if (browser.findElements(By.xpath(first + "//vaadin-text-area//textarea")).stream()
                .noneMatch(WebElement::isDisplayed)) {
            BrowserTest.click(browser, By.xpath(first + "//vaadin-button[contains(@class,'open-composer')]"));
        }
        BrowserTest.waitFor(browser).until(d -> d.findElements(By.xpath(first + "//vaadin-text-area//textarea"))
                .stream().anyMatch(WebElement::isDisplayed));
        WebElement field = browser.findElement(By.xpath(first + "//vaadin-text-area//textarea"));
        // What a failed note left in the field goes first, as a person would select it and type over it.
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.DELETE);
        field.sendKeys(text);
        BrowserTest.click(browser, By.xpath(first + "//vaadin-button[contains(., 'Add note')]"));
    }

    /** Searches the network on this server until the text is found (at most 15 s); answers how long it took. */
    private static long searchFinds(WebDriver browser, BenchServer server, Seed seed, String words, String text)
            throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(15).toNanos();
        while (true) {
            browser.get(server.base() + "networks/" + seed.networkId() + "/search?q=" + words);
            BrowserTest.waitFor(browser).until(d -> BrowserTest.pageText(d).contains("Search"));
            Thread.sleep(500);
            if (BrowserTest.pageText(browser).contains(text)) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            assertThat(System.nanoTime()).as("search on " + server.base() + " finds '" + text + "'")
                    .isLessThan(deadline);
        }
    }

    private static String presence(WebDriver browser) {
        var found = browser.findElements(By.cssSelector(".board-presence"));
        return found.isEmpty() ? "" : String.valueOf(found.getFirst().getAttribute("aria-label"));
    }
}
