package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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
 * A guest from outside the network (issue 15, docs/adr/0187): a phone opens the QR code's link, gives a name,
 * lands on the board the room is on and posts a note that the facilitator sees within 2 s; the facilitator sees
 * the guest marked as one in the console and removes it, and the guest's screen closes while the note stays.
 */
class GuestBrowserTest extends BrowserTest {

    @Autowired
    GatheringService gatherings;
    @Autowired
    RoomService rooms;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;

    @Test
    void aGuestJoinsFromTheQrLinkPostsANoteAndIsRemoved() {
        var network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", network.fredrikstad());
        long gatheringId = fixtures.gathering(network, "Learning café", Instant.now(), Duration.ofHours(3));
        long ideas = fixtures.as(frida, () -> gatherings.addBoard(gatheringId, BoardKind.IDEA_BOARD,
                "What should we pilot?", "One idea per note.", true, List.of("Ideas")).id());
        fixtures.as(frida, () -> {
            gatherings.start(gatheringId);
            rooms.bringEveryoneHere(ideas, null, null);
            rooms.setGuestsAllowed(gatheringId, true);
        });
        String code = Objects.requireNonNull(fixtures.as(frida, () -> rooms.room(gatheringId)).joinCode());
        List<String> violations = new ArrayList<>();

        WebDriver facilitator = newBrowser(1440, 900);
        signIn(facilitator, frida, Fixtures.PASSWORD);
        facilitator.get(url("boards/" + ideas));
        waitForText(facilitator, "What should we pilot?");

        WebDriver phone = newBrowser(375, 812);
        phone.get(url("j/" + code)); // what the QR code opens
        waitFor(phone).until(d -> !d.findElements(By.cssSelector("vaadin-text-field.join-guest-name input")).isEmpty());
        assertThat(pageText(phone)).contains("You are joining “Learning café”.").contains("Join as a guest");
        screenshot(phone, "guest-join-375");
        Axe.violations(phone).forEach(v -> violations.add("guest join page -> " + v));
        String sessionBefore = phone.manage().getCookieNamed("JSESSIONID").getValue();
        phone.findElement(By.cssSelector("vaadin-text-field.join-guest-name input")).sendKeys("Gustav Gjest");
        click(phone, By.cssSelector("vaadin-button.join-guest-go"));
        waitFor(phone).withMessage(() -> "the phone is on " + phone.getCurrentUrl() + ": " + pageText(phone))
                .until(d -> d.getCurrentUrl().endsWith("boards/" + ideas));
        waitForText(phone, "What should we pilot?");
        // Joined in the same page (docs/adr/0190), under a new session id: one known before is worth nothing.
        assertThat(phone.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(sessionBefore);
        // The page's push connection lived on through the sign-in: another's note arrives without a reload.
        long section = fixtures.as(frida, () -> boardReader.open(ideas)).sections().getFirst().id();
        fixtures.as(frida, () -> noteService.addNote(ideas, section, "Shadowing a colleague for a day",
                NoteColour.YELLOW, false));
        waitForText(phone, "Shadowing a colleague for a day");
        assertThat(pageText(phone)).as("a guest has no way back to the gathering's page")
                .doesNotContain("Back to the gathering");
        screenshot(phone, "guest-board-375");
        Axe.violations(phone).forEach(v -> violations.add("guest board -> " + v));

        click(phone, By.cssSelector("section.board-section vaadin-button.open-composer"));
        waitFor(phone).until(d -> !d.findElements(By.cssSelector("vaadin-text-area.new-note textarea")).isEmpty());
        phone.findElement(By.cssSelector("vaadin-text-area.new-note textarea"))
                .sendKeys("A buddy from another municipality");
        click(phone, By.cssSelector("vaadin-button.add-note"));
        waitForText(phone, "A buddy from another municipality");
        // Seen on the facilitator's screen within 2 s of the phone showing it.
        new WebDriverWait(facilitator, Duration.ofSeconds(2))
                .until(d -> pageText(d).contains("A buddy from another municipality"));
        assertThat(pageText(facilitator)).contains("Gustav Gjest");
        // The new session id is the one the browser keeps: a reload stays on the board, signed in.
        phone.navigate().refresh();
        waitForText(phone, "A buddy from another municipality");
        assertThat(phone.getCurrentUrl()).endsWith("boards/" + ideas);

        facilitator.get(url("gatherings/" + gatheringId));
        waitFor(facilitator).until(d -> !d.findElements(By.cssSelector(".room-guest")).isEmpty());
        assertThat(facilitator.findElement(By.cssSelector(".room-guest")).getText()).contains("Gustav Gjest")
                .contains("Guest");
        screenshot(facilitator, "guest-console-1440");
        Axe.violations(facilitator).forEach(v -> violations.add("console with a guest -> " + v));
        click(facilitator, By.cssSelector(".room-guest vaadin-button.remove-guest"));
        click(facilitator, By.cssSelector("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'],"
                + " vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
        waitFor(facilitator).until(d -> d.findElements(By.cssSelector(".room-guest")).isEmpty());

        waitForText(phone, "Thank you for taking part");
        assertThat(phone.getCurrentUrl()).endsWith("guest/ended");
        screenshot(phone, "guest-ended-375");
        Axe.violations(phone).forEach(v -> violations.add("guest ended -> " + v));
        phone.get(url("boards/" + ideas));
        waitForText(phone, "Thank you for taking part");

        facilitator.get(url("boards/" + ideas));
        waitForText(facilitator, "A buddy from another municipality");
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }
}
