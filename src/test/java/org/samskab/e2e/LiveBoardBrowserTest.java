package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samskab.BrowserTest.click;
import static org.samskab.BrowserTest.openChromium;
import static org.samskab.BrowserTest.pageText;
import static org.samskab.BrowserTest.screenshot;
import static org.samskab.BrowserTest.signIn;
import static org.samskab.BrowserTest.waitFor;
import static org.samskab.BrowserTest.waitForText;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samskab.Fixtures;
import org.samskab.network.NetworkRole;

/**
 * Two people, two browsers, one board, and a server restart in the middle ({@link RestartablePortal}).
 */
class LiveBoardBrowserTest {

    private RestartablePortal portal;
    private WebDriver coordinator;
    private WebDriver participant;

    @Test
    void twoMembersSeeEachOthersNotesMovesAndVotesLiveAndARestartLosesNothing() throws Exception {
        portal = new RestartablePortal();
        Fixtures fixtures = portal.bean(Fixtures.class);
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", network.sarpsborg());
        long boardId = fixtures.board(network, false, "Content", "Ways of working");
        String base = portal.base();

        coordinator = openChromium(1280, 900);
        openBoard(coordinator, base, network.coordinator(), boardId);
        participant = openChromium(1280, 900);
        openBoard(participant, base, ingrid, boardId);
        // Both see that two people have the board open, and who.
        waitFor(coordinator).until(d -> presence(d).contains("2 people have this board open")
                && presence(d).contains("Ingrid Bakke"));
        waitFor(participant).until(d -> presence(d).contains("2 people have this board open"));

        // The coordinator adds a note; the participant sees it without reloading, within 2 seconds.
        WebElement content = section(coordinator, "Content");
        content.findElement(By.cssSelector("vaadin-button.open-composer")).click();
        waitFor(coordinator).until(d -> !content.findElements(By.cssSelector("vaadin-text-area textarea")).isEmpty());
        content.findElement(By.cssSelector("vaadin-text-area textarea")).sendKeys("Share cases from practice");
        content.findElement(By.xpath(".//vaadin-button[contains(., 'Add note')]")).click();
        waitForText(coordinator, "Share cases from practice");
        long sent = System.nanoTime();
        new WebDriverWait(participant, Duration.ofSeconds(2))
                .until(d -> pageText(d).contains("Share cases from practice"));
        assertThat((System.nanoTime() - sent) / 1_000_000).as("propagation in ms").isLessThan(2000);
        screenshot(participant, "live-board-participant-sees-note");

        // The participant moves it to the other section with the note's menu; the coordinator sees the move.
        click(participant, By.cssSelector(".note-card .note-actions-button"));
        click(participant,
                By.xpath("//vaadin-button[contains(@class,'note-action')][contains(., 'Move to Ways of working')]"));
        waitFor(coordinator).until(d -> section(d, "Ways of working").getText().contains("Share cases"));
        assertThat(section(coordinator, "Content").getText()).doesNotContain("Share cases");

        // The coordinator starts editing the note: the participant sees who is editing it.
        click(coordinator, By.cssSelector(".note-card .note-actions-button"));
        click(coordinator, By.xpath("//vaadin-button[contains(@class,'note-action')][normalize-space()='Edit']"));
        waitForText(participant, "Coordinator is editing");
        click(coordinator, By.cssSelector("vaadin-button.cancel-edit"));
        waitFor(participant).until(d -> !pageText(d).contains("Coordinator is editing"));

        // A vote with totals visible: both place a dot; both see two dots.
        click(coordinator, By.cssSelector("vaadin-button.start-vote"));
        click(coordinator, By.cssSelector("vaadin-checkbox.totals-visible"));
        click(coordinator, By.cssSelector("vaadin-button.confirm-start-vote"));
        waitForText(participant, "Dot vote open");
        click(coordinator, By.cssSelector("button.place-dot"));
        waitForText(coordinator, "1 dot");
        click(participant, By.cssSelector("button.place-dot"));
        waitForText(coordinator, "2 dots");
        waitForText(participant, "2 dots");
        screenshot(coordinator, "live-board-coordinator-after-vote");

        // The coordinator drags it back to "Content" (native HTML5 drag events, as a mouse makes them).
        ((JavascriptExecutor) coordinator).executeScript("""
                const card = document.querySelector('.note-card');
                const target = [...document.querySelectorAll('section.board-section')]
                    .find(s => s.querySelector('h2').textContent.trim() === 'Content');
                const data = new DataTransfer();
                card.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
                target.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));
                target.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));
                card.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));
                """);
        waitFor(participant).until(d -> section(d, "Content").getText().contains("Share cases"));

        // Restart the server in the middle of the gathering.
        portal.stop();
        portal.start();

        for (var browser : Map.of(coordinator, network.coordinator(), participant, ingrid).entrySet()) {
            openBoard(browser.getKey(), base, browser.getValue(), boardId);
            waitFor(browser.getKey()).until(d -> section(d, "Content").getText().contains("Share cases"));
            assertThat(section(browser.getKey(), "Ways of working").getText()).doesNotContain("Share cases");
            assertThat(pageText(browser.getKey())).contains("2 dots").contains("you have 2 of 3 dots left");
        }
        screenshot(participant, "live-board-after-restart");
    }

    private static void openBoard(WebDriver browser, String base, String email, long boardId) {
        signIn(browser, base, email, Fixtures.PASSWORD);
        waitFor(browser).until(d -> !d.getCurrentUrl().contains("/login"));
        browser.get(base + "boards/" + boardId);
        waitForText(browser, "Ways of working");
    }

    private static WebElement section(WebDriver driver, String title) {
        return driver.findElement(By.xpath("//section[contains(@class,'board-section')][.//h2[normalize-space()='"
                + title + "']]"));
    }

    @AfterEach
    void stopEverything() {
        if (coordinator != null) {
            coordinator.quit();
        }
        if (participant != null) {
            participant.quit();
        }
        if (portal != null) {
            portal.close();
        }
    }

    private static String presence(WebDriver driver) {
        var found = driver.findElements(By.cssSelector(".board-presence"));
        return found.isEmpty() ? "" : String.valueOf(found.getFirst().getAttribute("aria-label"));
    }
}
