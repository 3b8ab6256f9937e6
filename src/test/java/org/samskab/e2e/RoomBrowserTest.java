package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samskab.Axe;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteService;
import org.samskab.board.RoomService;
import org.samskab.gathering.GatheringService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Three screens at once, as in a room (docs/adr/0184): the facilitator's laptop (1440×900), a participant's phone
 * (375×812) and the projector (1920×1080). The facilitator brings everyone to the next board, starts a one-minute
 * timer, switches to the vote phase and spotlights a note; the phone and the projector show each within 2 s.
 */
class RoomBrowserTest extends BrowserTest {

    @Autowired
    GatheringService gatherings;
    @Autowired
    RoomService rooms;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;

    @Test
    void thePhoneAndTheProjectorFollowTheFacilitatorWithinTwoSeconds() {
        var network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", network.fredrikstad());
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", network.sarpsborg());
        long gatheringId = fixtures.gathering(network, "Pilot gathering 1", Instant.now(), Duration.ofHours(4));
        long warmUp = fixtures.as(frida, () -> gatherings.addBoard(gatheringId, BoardKind.IDEA_BOARD, "Warm-up",
                "One word for how you arrive.", false, List.of("Words")).id());
        long ideas = fixtures.as(frida, () -> gatherings.addBoard(gatheringId, BoardKind.IDEA_BOARD,
                "What should we pilot?", "One idea per note.", false, List.of("Ideas", "Questions")).id());
        long section = fixtures.as(pia, () -> boardReader.open(ideas)).sections().getFirst().id();
        fixtures.as(pia, () -> noteService.addNote(ideas, section, "Shadow a colleague in another municipality",
                NoteColour.YELLOW, false));
        fixtures.as(frida, () -> {
            gatherings.start(gatheringId);
            rooms.bringEveryoneHere(warmUp, null, null);
        });

        WebDriver facilitator = newBrowser(1440, 900);
        signIn(facilitator, frida, Fixtures.PASSWORD);
        facilitator.get(url("gatherings/" + gatheringId));
        click(facilitator, By.cssSelector("vaadin-button.open-room-screen"));
        waitFor(facilitator).until(d -> !d.findElements(By.cssSelector("a.room-screen-anchor")).isEmpty());
        String screenLink = facilitator.findElement(By.cssSelector("a.room-screen-anchor")).getAttribute("href");
        screenshot(facilitator, "room-console-laptop");
        List<String> consoleViolations = Axe.violations(facilitator);
        assertThat(consoleViolations).as("the console: " + String.join("\n", consoleViolations)).isEmpty();

        WebDriver projector = newBrowser(1920, 1080);
        projector.get(screenLink);
        waitForText(projector, "Warm-up");
        WebDriver participant = newBrowser(375, 812);
        signIn(participant, pia, Fixtures.PASSWORD);
        participant.get(url("boards/" + warmUp));
        waitForText(participant, "Everyone is on this board.");

        // Bring everyone to the next board: the phone goes there, the projector shows it.
        click(facilitator, By.xpath("//li[contains(@class,'agenda-item')][.//a[normalize-space()="
                + "'What should we pilot?']]//vaadin-button[contains(@class,'bring-everyone')]"));
        within2s(participant, "Shadow a colleague");
        assertThat(participant.getCurrentUrl()).contains("boards/" + ideas);
        within2s(projector, "What should we pilot?");

        // A one-minute timer.
        facilitator.get(url("boards/" + ideas));
        click(facilitator, By.cssSelector("vaadin-button.pacing-tools"));
        waitForText(facilitator, "Start with Write");
        click(facilitator, By.cssSelector("vaadin-select.timer-minutes"));
        click(facilitator, By.xpath("//vaadin-select-item[normalize-space()='1']"));
        click(facilitator, By.cssSelector("vaadin-button.start-timer"));
        for (WebDriver screen : List.of(participant, projector)) {
            new WebDriverWait(screen, Duration.ofSeconds(2)).until(d -> d.findElements(By.cssSelector(
                    ".step-timer[data-status='running']")).stream().anyMatch(WebElement::isDisplayed));
            String clock = screen.findElement(By.cssSelector(".step-timer[data-status='running']")).getText();
            assertThat(clock).matches("0:[0-5][0-9]|1:00");
        }

        // The vote phase: the phone loses "add a note".
        click(facilitator, By.cssSelector("vaadin-button[aria-label='Go to phase 3: Vote']"));
        within2s(participant, "Phase 3 of 4: Vote.");
        within2s(projector, "Phase 3 of 4: Vote.");
        assertThat(participant.findElements(By.cssSelector("vaadin-button.open-composer")).stream()
                .filter(WebElement::isDisplayed).toList()).as("add a note, in the vote phase").isEmpty();

        // The spotlight: highlighted on the phone, enlarged on the projector.
        click(facilitator, By.cssSelector(".note-card .note-actions-button"));
        click(facilitator, By.cssSelector("vaadin-button.spotlight-note"));
        new WebDriverWait(participant, Duration.ofSeconds(2))
                .until(d -> !d.findElements(By.cssSelector(".note-list > li.spotlit")).isEmpty());
        new WebDriverWait(projector, Duration.ofSeconds(2))
                .until(d -> !d.findElements(By.cssSelector(".projector-card-spotlit")).isEmpty());

        // Bring everyone to a note of the board they are on: the phone scrolls there, without opening it again.
        click(facilitator, By.cssSelector(".note-card .note-actions-button"));
        click(facilitator, By.cssSelector("vaadin-button.bring-everyone-to-note"));
        new WebDriverWait(participant, Duration.ofSeconds(2))
                .until(d -> !d.findElements(By.cssSelector(".note-list > li.brought-here")).isEmpty());
        assertThat(participant.getCurrentUrl()).as("the board was not opened again (a navigation says ?note=)")
                .endsWith("boards/" + ideas);

        screenshot(facilitator, "room-facilitator-laptop");
        screenshot(participant, "room-participant-phone");
        screenshot(projector, "room-projector-1920");
        List<String> violations = new ArrayList<>();
        Axe.violations(facilitator).forEach(v -> violations.add("facilitator -> " + v));
        Axe.violations(participant).forEach(v -> violations.add("participant -> " + v));
        Axe.violations(projector).forEach(v -> violations.add("projector -> " + v));
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
        // The projector shows nothing that lets anyone edit.
        assertThat(projector.findElements(By.cssSelector("vaadin-text-area, .note-actions-button, .open-composer")))
                .isEmpty();
    }

    private static void within2s(WebDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(2)).until(d -> pageText(d).contains(text));
    }
}
