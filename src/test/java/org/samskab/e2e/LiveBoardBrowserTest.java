package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.network.NetworkRole;

/** Two people, two browsers, one board. */
class LiveBoardBrowserTest extends BrowserTest {

    @Test
    void twoMembersSeeEachOthersNotesMovesAndVotesLive() {
        var network = fixtures.network();
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", network.sarpsborg());
        long boardId = fixtures.board(network, false, "Content", "Ways of working");

        WebDriver coordinator = newBrowser(1280, 900);
        signIn(coordinator, network.coordinator(), Fixtures.PASSWORD);
        waitForText(coordinator, network.name());
        coordinator.get(url("boards/" + boardId));
        waitForText(coordinator, "Ways of working");

        WebDriver participant = newBrowser(1280, 900);
        signIn(participant, ingrid, Fixtures.PASSWORD);
        waitForText(participant, network.name());
        participant.get(url("boards/" + boardId));
        waitForText(participant, "Ways of working");

        // The coordinator adds a note; the participant sees it without reloading, within 2 seconds.
        WebElement content = section(coordinator, "Content");
        content.findElement(By.cssSelector("vaadin-text-area textarea")).sendKeys("Share cases from practice");
        content.findElement(By.xpath(".//vaadin-button[contains(., 'Add note')]")).click();
        waitForText(coordinator, "Share cases from practice");
        long sent = System.nanoTime();
        new WebDriverWait(participant, Duration.ofSeconds(2))
                .until(d -> pageText(d).contains("Share cases from practice"));
        long millis = (System.nanoTime() - sent) / 1_000_000;
        assertThat(millis).as("propagation in ms").isLessThan(2000);
        screenshot(participant, "live-board-participant-sees-note");

        // The participant moves it to the other section with the note's menu; the coordinator sees the move.
        moveFirstNoteTo(participant, "Ways of working");
        waitFor(coordinator).until(d -> section(d, "Ways of working").getText().contains("Share cases"));
        assertThat(section(coordinator, "Content").getText()).doesNotContain("Share cases");

        // A vote: the coordinator opens it with totals visible; both place a dot; both see 2 dots.
        click(coordinator, By.cssSelector("vaadin-button.start-vote"));
        click(coordinator, By.cssSelector("vaadin-checkbox.totals-visible"));
        click(coordinator, By.cssSelector("vaadin-button.confirm-start-vote"));
        waitForText(participant, "Dot vote open");
        click(coordinator, By.cssSelector("vaadin-button.place-dot"));
        waitForText(coordinator, "1 dot");
        click(participant, By.cssSelector("vaadin-button.place-dot"));
        waitForText(coordinator, "2 dots");
        waitForText(participant, "2 dots");
        screenshot(coordinator, "live-board-coordinator-after-vote");
    }

    private static WebElement section(WebDriver driver, String title) {
        return driver.findElement(By.xpath("//section[contains(@class,'board-section')][.//h2[normalize-space()='"
                + title + "']]"));
    }

    private static void moveFirstNoteTo(WebDriver driver, String sectionTitle) {
        click(driver, By.cssSelector(".note-card vaadin-menu-bar-button"));
        click(driver, By.xpath("//vaadin-menu-bar-item[contains(., 'Move to')]"));
        click(driver, By.xpath("//vaadin-menu-bar-item[contains(., '" + sectionTitle + "')]"));
    }
}
