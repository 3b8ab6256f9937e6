package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.Fixtures.TestNetwork;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardService;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteService;
import org.samskab.board.VotingService;
import org.samskab.gathering.GatheringService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The board with a keyboard only: a skip link to the notes, few Tab stops to a note's dot buttons and to "Add a
 * note", arrow keys between notes as in a grid, and focus staying on a note moved from its actions.
 */
class BoardKeyboardBrowserTest extends BrowserTest {

    private static final String FOCUSED_NOTE = """
            const note = document.activeElement && document.activeElement.closest('.note-list > li');
            return note ? note.querySelector('.note-card').dataset.noteId : null;""";

    @Autowired
    BoardService boards;
    @Autowired
    BoardReader boardReader;
    @Autowired
    VotingService votingService;
    @Autowired
    NoteService noteService;
    @Autowired
    GatheringService gatherings;

    private WebDriver browser;

    @Test
    void theBoardWorksWithTheKeyboardAlone() {
        TestNetwork network = fixtures.network();
        long gathering = fixtures.gathering(network, "Pilot gathering", java.time.Instant.now().plusSeconds(86_400),
                java.time.Duration.ofHours(3));
        long board = fixtures.as(network.coordinator(), () -> gatherings.addBoard(gathering,
                BoardKind.IDEA_BOARD, "Ideas", null, false, List.of("Content", "Ways of working")).id());
        var sections = fixtures.as(network.coordinator(), () -> boardReader.open(board)).sections();
        long a = note(network, board, sections.get(0).id(), "A: share cases");
        long b = note(network, board, sections.get(0).id(), "B: short inputs");
        long c = note(network, board, sections.get(0).id(), "C: research");
        long d = note(network, board, sections.get(1).id(), "D: learning cafés");
        long e = note(network, board, sections.get(1).id(), "E: buddy pairs");
        fixtures.as(network.coordinator(), () -> votingService.startVote(board, 3, true));

        browser = newBrowser(1280, 900);
        signIn(browser, network.coordinator(), Fixtures.PASSWORD);
        waitForText(browser, network.name());
        browser.get(url("boards/" + board));
        waitForText(browser, "E: buddy pairs");

        // The skip link comes first in the board's content and takes focus to the first note.
        js("document.querySelector('.skip-link').focus()");
        assertThat(js("return document.activeElement.textContent")).isEqualTo("Skip to the board");
        screenshot(browser, "board-skip-link");
        keys(Keys.ENTER);
        waitFor(browser).until(page -> Long.toString(a).equals(js(FOCUSED_NOTE)));
        assertThat(tabsUntil("document.activeElement.matches('.note-card[data-note-id=\"" + a + "\"] .place-dot')"))
                .as("Tab stops from the first note to its dot button").isLessThanOrEqualTo(2);
        assertThat(tabsUntil("document.activeElement.matches('vaadin-button.open-composer')"))
                .as("Tab stops from there to Add a note").isLessThanOrEqualTo(3);

        // Arrow keys move between notes: Up and Down in a section, Left and Right between sections, Home, End.
        focusNote(a);
        expectFocusAfter(Keys.ARROW_DOWN, b);
        expectFocusAfter(Keys.ARROW_RIGHT, e);
        expectFocusAfter(Keys.ARROW_UP, d);
        expectFocusAfter(Keys.ARROW_LEFT, a);
        expectFocusAfter(Keys.END, c);
        expectFocusAfter(Keys.HOME, a);
        screenshot(browser, "board-note-focused");
        // The note last focused is the board's one Tab stop among its notes.
        assertThat(js("return [...document.querySelectorAll('.note-list > li')].filter(li => li.tabIndex === 0)"
                + ".length")).isEqualTo(1L);

        // A move from the note's actions keeps focus on the moved note.
        moveWithActions(a, "Move down");
        waitFor(browser).until(page -> Boolean.TRUE.equals(js("const ids = [...document.querySelectorAll("
                + "'.note-list .note-card')].map(c => c.dataset.noteId); return ids.indexOf('" + a + "') > ids"
                + ".indexOf('" + b + "')")));
        waitFor(browser).until(page -> Long.toString(a).equals(js(FOCUSED_NOTE)));
        moveWithActions(a, "Move to Ways of working");
        waitFor(browser).until(page -> Boolean.TRUE.equals(js("return document.querySelector('.board-section"
                + "[data-section-id=\"" + sections.get(1).id() + "\"] .note-card[data-note-id=\"" + a + "\"]') "
                + "!== null")));
        waitFor(browser).until(page -> Long.toString(a).equals(js(FOCUSED_NOTE)));
    }

    private long note(TestNetwork network, long board, long section, String text) {
        return fixtures.as(network.coordinator(),
                () -> noteService.addNote(board, section, text, NoteColour.YELLOW, false)
                        .id());
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private void focusNote(long noteId) {
        js("document.querySelector('.note-card[data-note-id=\"" + noteId + "\"]').parentElement.focus()");
        waitFor(browser).until(d -> Long.toString(noteId).equals(js(FOCUSED_NOTE)));
    }

    private void expectFocusAfter(Keys key, long noteId) {
        keys(key);
        assertThat(js(FOCUSED_NOTE)).as("focus after " + key.name()).isEqualTo(Long.toString(noteId));
    }

    /** Presses Tab until the condition holds (at most 40 times); returns how many presses it took. */
    private int tabsUntil(String condition) {
        for (int presses = 1; presses <= 40; presses++) {
            keys(Keys.TAB);
            if (Boolean.TRUE.equals(js("return " + condition))) {
                return presses;
            }
        }
        throw new AssertionError("not reached with 40 Tab presses: " + condition);
    }

    /** Opens the note's actions from the keyboard and chooses one with Enter. */
    private void moveWithActions(long noteId, String action) {
        focusNote(noteId);
        keys(Keys.TAB); // the note's first button
        js("document.querySelector('.note-card[data-note-id=\"" + noteId + "\"] .note-actions-button').focus()");
        keys(Keys.ENTER);
        By choice = By.xpath("//vaadin-button[contains(@class,'note-action')][normalize-space()='" + action + "']");
        waitFor(browser).until(d -> !d.findElements(choice).isEmpty() && d.findElement(choice).isDisplayed());
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", browser.findElement(choice));
        keys(Keys.ENTER);
    }
}
