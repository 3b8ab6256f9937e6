package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.samskab.Axe;
import org.samskab.BrowserTest;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardViews.SectionState;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteService;
import org.samskab.board.RoomService;
import org.samskab.gathering.GatheringService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The room's screen with a gathering's board of 30 notes of every length: it fits 1920×1080 and 1280×720
 * without scrolling, in the light and the dark scheme, with text at 7:1 contrast or more (docs/adr/0184).
 */
class ProjectorBrowserTest extends BrowserTest {

    @Autowired
    GatheringService gatherings;
    @Autowired
    RoomService rooms;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;

    private static final List<String> TEXTS = List.of("Shared lunch", "Shadow a colleague in another municipality",
            "Rotate who chairs the network meeting, so that every municipality hosts once a year",
            "Mentors for new HR advisers", "A common onboarding checklist we all adapt",
            "Ask the employees what keeps them, before they leave, not after");

    @ParameterizedTest(name = "{0}×{1}, {2}")
    @CsvSource({"1920, 1080, light", "1280, 720, dark"})
    void aThirtyNoteBoardFitsTheScreenAndIsReadableFromTheBack(int width, int height, String scheme) {
        var network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", null);
        long gatheringId = fixtures.gathering(network, "Insight gathering", Instant.now(), Duration.ofHours(4));
        long board = fixtures.as(frida, () -> gatherings.addBoard(gatheringId, BoardKind.IDEA_BOARD,
                "What would make new colleagues stay?", "One idea per note.", false,
                List.of("Welcome", "Growing", "Belonging")).id());
        List<SectionState> sections = fixtures.as(frida, () -> boardReader.open(board)).sections();
        NoteColour[] colours = NoteColour.values();
        for (int i = 0; i < 30; i++) {
            int n = i;
            fixtures.as(frida, () -> noteService.addNote(board, sections.get(n % 3).id(),
                    TEXTS.get(n % TEXTS.size()), colours[n % colours.length], false));
        }
        String secret = fixtures.as(frida, () -> {
            gatherings.start(gatheringId);
            rooms.bringEveryoneHere(board, null, null);
            return rooms.newProjectorSecret(gatheringId);
        });

        WebDriver projector = newBrowser(width, height);
        projector.get(url("room/" + secret));
        // A projector shows the page full screen: the window's own bars must not take the height.
        long inner = (Long) ((JavascriptExecutor) projector).executeScript("return window.innerHeight;");
        projector.manage().window().setSize(new org.openqa.selenium.Dimension(width, height + (int) (height - inner)));
        waitForText(projector, "What would make new colleagues stay?");
        if (scheme.equals("dark")) {
            click(projector, By.cssSelector("vaadin-button.projector-scheme"));
            waitFor(projector).until(d -> !d.findElements(By.cssSelector("main.projector-dark")).isEmpty());
        }
        waitFor(projector).until(d -> d.findElements(By.cssSelector(".projector-card")).size() == 30);
        assertThat((Long) ((JavascriptExecutor) projector).executeScript("return window.innerHeight;"))
                .isEqualTo(height);
        try {
            // The page fits itself after drawing (one animation frame).
            waitFor(projector).until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                    "return document.scrollingElement.scrollHeight - window.innerHeight;")).intValue() <= 0);
        } catch (org.openqa.selenium.TimeoutException e) {
            // the assertion below says by how much
        }
        Number overflow = (Number) ((JavascriptExecutor) projector).executeScript(
                "return document.scrollingElement.scrollHeight - window.innerHeight;");
        screenshot(projector, "projector-30-notes-" + width + "-" + scheme);
        assertThat(overflow.intValue()).as("scrolling needed to see the whole board").isLessThanOrEqualTo(0);
        Number smallest = (Number) ((JavascriptExecutor) projector).executeScript("""
                return Math.min(...[...document.querySelectorAll('.projector-card p, .projector-section h2')]
                    .map(e => parseFloat(getComputedStyle(e).fontSize)));""");
        assertThat(smallest.doubleValue()).as("smallest type in px").isGreaterThanOrEqualTo(height >= 1080 ? 18 : 14);
        List<String> problems = new ArrayList<>(Axe.violations(projector));
        problems.addAll(Axe.enhancedContrastViolations(projector));
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }
}
