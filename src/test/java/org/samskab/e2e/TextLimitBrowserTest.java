package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardService;
import org.samskab.gathering.GatheringService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pasting more than a field holds: the browser keeps what fits, the field says the paste was cut and counts, and
 * what is saved is what the message says. The paste is a real Ctrl+V from Chromium's clipboard.
 */
class TextLimitBrowserTest extends BrowserTest {

    @Autowired
    GatheringService gatherings;
    @Autowired
    BoardService boards;
    @Autowired
    BoardReader boardReader;

    @Test
    void aLongPasteIntoANoteOrABoardTitleIsCutAndSaysSo() {
        TestNetwork network = fixtures.network();
        String mette = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", network.fredrikstad());
        long gathering = fixtures.gathering(network, "Pilot gathering 1", Instant.now().plus(Duration.ofDays(14)),
                Duration.ofHours(6));
        long boardId = fixtures.as(mette, () -> gatherings.addBoard(gathering, BoardKind.IDEA_BOARD,
                "What should our network give us?", null, false, List.of("Ideas")).id());
        // 5,000 characters, numbered so the kept part shows where it was cut.
        StringBuilder longText = new StringBuilder();
        for (int i = 0; longText.length() < 5000; i++) {
            longText.append("word").append(i).append(' ');
        }
        String pasted = longText.substring(0, 5000);

        WebDriver browser = newBrowser(1280, 900);
        signIn(browser, mette, Fixtures.PASSWORD);
        waitForText(browser, network.name());
        browser.get(url("boards/" + boardId));
        click(browser, By.cssSelector("vaadin-button.open-composer"));
        WebElement note = waitFor(browser).until(d -> d.findElement(By.cssSelector(".new-note-form vaadin-text-area")));
        assertThat(helperText(browser, note)).contains("0 / 500");

        paste(browser, note.findElement(By.tagName("textarea")), pasted);
        waitFor(browser).until(d -> helperText(d, note)
                .contains("The pasted text was too long and was cut to 500 characters."));
        assertThat(helperText(browser, note)).contains("500 / 500");
        screenshot(browser, "text-limit-note-pasted");
        click(browser, By.cssSelector("vaadin-button.add-note"));
        waitFor(browser).until(d -> fixtures.as(mette, () -> boardReader.open(boardId)).notes().size() == 1);
        assertThat(fixtures.as(mette, () -> boardReader.open(boardId)).notes().getFirst().text())
                .isEqualTo(pasted.substring(0, 500).strip());
        // The form stays open for the next note, emptied: the count starts again and the message is gone.
        waitFor(browser).until(d -> helperText(d, note).equals("0 / 500"));

        browser.get(url("gatherings/" + gathering));
        click(browser, By.cssSelector("vaadin-button.edit-board"));
        WebElement title =
                waitFor(browser).until(d -> d.findElement(By.cssSelector(".board-dialog vaadin-text-field")));
        paste(browser, title.findElement(By.tagName("input")), pasted);
        waitFor(browser).until(d -> helperText(d, title)
                .contains("The pasted text was too long and was cut to 120 characters."));
        assertThat(helperText(browser, title)).contains("120 / 120");
        screenshot(browser, "text-limit-title-pasted");
        click(browser, By.cssSelector(".board-dialog vaadin-button[theme~='primary']"));
        waitFor(browser).until(d -> fixtures.as(mette, () -> gatherings.agenda(gathering)).getFirst().title()
                .length() > 40);
        assertThat(fixtures.as(mette, () -> gatherings.agenda(gathering)).getFirst().title())
                .isEqualTo(pasted.substring(0, 120).strip());
    }

    /** Puts the text on Chromium's clipboard (a real copy) and pastes it over the element's text with Ctrl+V. */
    private static void paste(WebDriver browser, WebElement into, String text) {
        ((JavascriptExecutor) browser).executeScript("""
                const source = document.createElement('textarea');
                source.id = 'clipboard-source';
                source.value = arguments[0];
                document.body.append(source);""", text);
        WebElement source = browser.findElement(By.id("clipboard-source"));
        source.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        source.sendKeys(Keys.chord(Keys.CONTROL, "c"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].remove()", source);
        into.click();
        into.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        into.sendKeys(Keys.chord(Keys.CONTROL, "v"));
    }

    /** The text under a field: its help, count and messages. */
    private static String helperText(WebDriver browser, WebElement field) {
        Object text = ((JavascriptExecutor) browser).executeScript(
                "const h = arguments[0].querySelector('[slot=helper]'); return h ? h.textContent : '';", field);
        return text == null ? "" : text.toString();
    }
}
