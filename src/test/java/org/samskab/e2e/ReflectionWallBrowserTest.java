package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Private writing on an anonymous reflection wall, in three browsers: a participant writes privately, the other
 * participant and the facilitator do not see it (the facilitator sees a count), the facilitator reveals, and
 * everyone sees the post at once, without reloading.
 */
class ReflectionWallBrowserTest extends BrowserTest {

    private static final String POST = "I did not dare to say it in the plenary";

    @Autowired
    BoardService boards;

    @Test
    void privateWritingThenRevealSeenByEveryoneLive() throws InterruptedException {
        var network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        String anna = fixtures.member(network, NetworkRole.PARTICIPANT, "Anna Andersen", null);
        String bo = fixtures.member(network, NetworkRole.PARTICIPANT, "Bo Berg", null);
        long wallId = fixtures.as(frida, () -> boards.createBoard(network.id(), null, BoardKind.REFLECTION_WALL,
                "After the pilot", "One reflection per post.", false, true, null).id());

        WebDriver author = open(anna, wallId);
        WebDriver other = open(bo, wallId);
        WebDriver facilitator = open(frida, wallId);

        click(facilitator, By.cssSelector("vaadin-button.start-private-writing"));
        waitForText(author, "Private writing:");
        waitForText(other, "Private writing:");

        WebElement prompt = prompt(author, "What happened?");
        prompt.findElement(By.cssSelector("vaadin-button.open-composer")).click();
        waitFor(author).until(d -> !prompt.findElements(By.cssSelector("vaadin-text-area textarea")).isEmpty());
        prompt.findElement(By.cssSelector("vaadin-text-area textarea")).sendKeys(POST);
        prompt.findElement(By.xpath(".//vaadin-button[contains(., 'Post')]")).click();
        waitForText(author, POST);
        assertThat(pageText(author)).contains("Only you can see this until the reveal");
        // The facilitator learns that there is a private post, not what it says.
        waitForText(facilitator, "1 private post so far");
        screenshot(author, "wall-private-writing-author");
        screenshot(facilitator, "wall-private-writing-facilitator");
        Thread.sleep(1500); // time enough for a live update to have arrived, had one been sent
        assertThat(pageText(other)).doesNotContain(POST);
        assertThat(pageText(facilitator)).doesNotContain(POST);

        click(facilitator, By.cssSelector("vaadin-button.reveal-posts"));
        for (WebDriver browser : new WebDriver[] {other, facilitator, author}) {
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> pageText(d).contains(POST));
        }
        waitFor(author).until(d -> !pageText(d).contains("Only you can see this"));
        assertThat(pageText(other)).doesNotContain("Private writing:");
        // (Presence names who has the wall open, as avatars do; the post itself names no one.)
        assertThat(cardText(other)).contains("Anonymous").doesNotContain("Anna Andersen");
        screenshot(other, "wall-after-reveal-participant");
    }

    private WebDriver open(String email, long wallId) {
        WebDriver browser = newBrowser(1280, 900);
        signIn(browser, email, Fixtures.PASSWORD);
        waitFor(browser).until(d -> !d.getCurrentUrl().contains("/login"));
        browser.get(url("boards/" + wallId));
        waitForText(browser, "So what?");
        return browser;
    }

    private static WebElement prompt(WebDriver driver, String title) {
        return driver.findElement(By.xpath("//section[contains(@class,'board-section')][.//h2[normalize-space()='"
                + title + "']]"));
    }

    private static String cardText(WebDriver driver) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.querySelector('.note-card').innerText"));
    }
}
