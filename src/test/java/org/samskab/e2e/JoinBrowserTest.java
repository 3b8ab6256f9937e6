package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.samskab.Axe;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.board.BoardKind;
import org.samskab.board.RoomService;
import org.samskab.gathering.GatheringService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Joining from a phone by the code on the room's screen (issue 15, docs/adr/0186): a member who is not signed in
 * types the code, signs in and lands on the board the room is on; the projector and the facilitators' console show
 * the code and its QR code.
 */
class JoinBrowserTest extends BrowserTest {

    @Autowired
    GatheringService gatherings;
    @Autowired
    RoomService rooms;

    @Test
    void aMemberJoinsFromThePhoneWithTheCodeOnTheRoomsScreen() {
        var network = fixtures.network();
        String frida = fixtures.member(network, NetworkRole.FACILITATOR, "Frida Facilitator", network.fredrikstad());
        String pia = fixtures.member(network, NetworkRole.PARTICIPANT, "Pia Participant", network.sarpsborg());
        long gatheringId = fixtures.gathering(network, "Pilot gathering 2", Instant.now(), Duration.ofHours(4));
        long ideas = fixtures.as(frida, () -> gatherings.addBoard(gatheringId, BoardKind.IDEA_BOARD,
                "What should we pilot?", "One idea per note.", false, List.of("Ideas")).id());
        fixtures.as(frida, () -> {
            gatherings.start(gatheringId);
            rooms.bringEveryoneHere(ideas, null, null);
        });
        String code = Objects.requireNonNull(fixtures.as(frida, () -> rooms.room(gatheringId)).joinCode());
        String shown = code.substring(0, 4) + "-" + code.substring(4);
        String secret = fixtures.as(frida, () -> rooms.newProjectorSecret(gatheringId));
        List<String> violations = new ArrayList<>();

        WebDriver projector = newBrowser(1920, 1080);
        projector.get(url("room/" + secret));
        waitForText(projector, shown);
        assertThat(projector.findElement(By.cssSelector(".projector-join-box img.qr-code")).isDisplayed()).isTrue();
        screenshot(projector, "join-projector-1920");
        Axe.violations(projector).forEach(v -> violations.add("projector -> " + v));

        WebDriver facilitator = newBrowser(1440, 900);
        signIn(facilitator, frida, Fixtures.PASSWORD);
        facilitator.get(url("gatherings/" + gatheringId));
        waitForText(facilitator, shown);
        screenshot(facilitator, "join-console-laptop");
        Axe.violations(facilitator).forEach(v -> violations.add("console -> " + v));

        WebDriver phone = newBrowser(375, 812);
        phone.get(url("j"));
        waitFor(phone).until(d -> !d.findElements(By.cssSelector("vaadin-text-field.join-code-field input")).isEmpty());
        screenshot(phone, "join-phone");
        Axe.violations(phone).forEach(v -> violations.add("join page -> " + v));
        // As a phone keyboard types it: lower case, with a space.
        var field = phone.findElement(By.cssSelector("vaadin-text-field.join-code-field input"));
        field.sendKeys(code.substring(0, 4).toLowerCase() + " " + code.substring(4).toLowerCase());
        field.sendKeys(Keys.ENTER);
        waitFor(phone).withMessage(() -> "the join page shows: " + pageText(phone))
                .until(d -> pageText(d).contains("You are joining “Pilot gathering 2”."));
        screenshot(phone, "join-phone-sign-in");
        Axe.violations(phone).forEach(v -> violations.add("join page with its sign-in form -> " + v));
        // The form's title is a second-level heading, under the page's one h1, beside the guest's way in.
        Object headings = ((org.openqa.selenium.JavascriptExecutor) phone).executeScript(
                "const f = document.querySelector('vaadin-login-form.join-sign-in-form');"
                        + "const roots = [f, f.shadowRoot];"
                        + "const w = f.shadowRoot && f.shadowRoot.querySelector('vaadin-login-form-wrapper');"
                        + "if (w) roots.push(w, w.shadowRoot);"
                        + "return roots.filter(r => r).flatMap(r => [...r.querySelectorAll('h1,h2,h3,[role=heading]')])"
                        + ".map(h => h.tagName + ':' + (h.getAttribute('aria-level') || '') + ':'"
                        + " + h.textContent.trim()).join('|');");
        assertThat(String.valueOf(headings)).contains(":2:Sign in to join").doesNotContain(":1:");
        // Signing in right on the join page (docs/adr/0190), then straight to the room's board.
        phone.findElement(By.cssSelector("vaadin-login-form.join-sign-in-form input[name='username']")).sendKeys(pia);
        var password = phone.findElement(By.cssSelector("vaadin-login-form.join-sign-in-form input[name='password']"));
        password.sendKeys(Fixtures.PASSWORD);
        click(phone, By.cssSelector("vaadin-login-form.join-sign-in-form vaadin-button[slot='submit']"));
        waitFor(phone).withMessage(() -> "the phone is on " + phone.getCurrentUrl() + ": " + pageText(phone))
                .until(d -> d.getCurrentUrl().endsWith("boards/" + ideas));
        waitForText(phone, "What should we pilot?");
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }
}
