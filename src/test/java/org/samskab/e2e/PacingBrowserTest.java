package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samskab.Axe;
import org.samskab.BrowserTest;
import org.samskab.board.BoardReader;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A facilitator on a laptop paces the room from the board; a participant on a phone follows within two seconds:
 * the phase and what to do now, "add a note" gone in the vote phase, the spotlight, the lock (docs/adr/0183).
 */
class PacingBrowserTest extends BrowserTest {

    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;

    @Test
    void aParticipantsPhoneFollowsTheFacilitatorsPhasesSpotlightAndLock() {
        var network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", network.fredrikstad());
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", network.sarpsborg());
        long boardId = fixtures.board(network, false, "Ideas", "Questions");
        long ideas = fixtures.as(pia, () -> boardReader.open(boardId)).sections().getFirst().id();
        fixtures.as(pia, () -> noteService.addNote(boardId, ideas, "Shadow a colleague in another municipality",
                NoteColour.YELLOW, false));

        WebDriver facilitator = newBrowser(1440, 900);
        signIn(facilitator, frida, org.samskab.Fixtures.PASSWORD);
        facilitator.get(url("boards/" + boardId));
        click(facilitator, By.cssSelector("vaadin-button.pacing-tools"));
        waitForText(facilitator, "Start with Write");
        // The plan of phases, chosen and ordered with buttons.
        click(facilitator, By.cssSelector("vaadin-button.plan-phases"));
        waitForText(facilitator, "Use the default phases");
        screenshot(facilitator, "pacing-plan-dialog");
        List<String> dialogViolations = Axe.violations(facilitator);
        assertThat(dialogViolations).as(String.join("\n", dialogViolations)).isEmpty();
        click(facilitator, By.xpath("//vaadin-button[normalize-space()='Cancel']"));
        WebDriver participant = newBrowser(375, 812);
        signIn(participant, pia, org.samskab.Fixtures.PASSWORD);
        participant.get(url("boards/" + boardId));
        waitForText(participant, "Shadow a colleague");
        assertThat(composers(participant)).as("add a note, before any phase").isNotEmpty();

        click(facilitator, By.cssSelector("vaadin-button.start-phases"));
        within2s(participant, "Phase 1 of 4: Write.");
        click(facilitator, By.cssSelector("vaadin-button.next-phase"));
        within2s(participant, "Phase 2 of 4: Group.");
        click(facilitator, By.cssSelector("vaadin-button.next-phase"));
        within2s(participant, "Phase 3 of 4: Vote.");
        assertThat(composers(participant)).as("add a note, in the vote phase").isEmpty();
        waitForText(participant, "Dot vote open");

        click(facilitator, By.cssSelector(".note-card .note-actions-button"));
        click(facilitator, By.cssSelector("vaadin-button.spotlight-note"));
        within2s(participant, "In the spotlight: Shadow a colleague");
        waitFor(participant).until(d -> !d.findElements(By.cssSelector(".note-list > li.spotlit")).isEmpty());

        click(facilitator, By.cssSelector("vaadin-button.lock-board"));
        within2s(participant, "A facilitator has locked the board");
        waitForText(facilitator, "Locked: participants can read the board");

        screenshot(facilitator, "pacing-facilitator-laptop");
        screenshot(participant, "pacing-participant-phone");
        List<String> violations = new java.util.ArrayList<>();
        Axe.violations(facilitator).forEach(v -> violations.add("facilitator -> " + v));
        Axe.violations(participant).forEach(v -> violations.add("participant -> " + v));
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }

    private static void within2s(WebDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(2)).until(d -> pageText(d).contains(text));
    }

    /** The "add a note" buttons a member can see. */
    private static List<WebElement> composers(WebDriver browser) {
        return browser.findElements(By.cssSelector("vaadin-button.open-composer")).stream()
                .filter(WebElement::isDisplayed).toList();
    }
}
