package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.base.Language;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardService;
import org.samskab.board.NoteColour;
import org.samskab.board.NoteService;
import org.samskab.board.VotingService;
import org.samskab.board.WallService;
import org.samskab.gathering.GatheringForm;
import org.samskab.gathering.GatheringKind;
import org.samskab.gathering.GatheringService;
import org.samskab.network.InvitationService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Walks every screen at phone and projector size, checks each shows what it should, and leaves screenshots in
 * target/screenshots/ for a person to look at.
 */
class ScreenTourBrowserTest extends BrowserTest {

    @Autowired
    InvitationService invitations;
    @Autowired
    GatheringService gatherings;
    @Autowired
    BoardService boards;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    VotingService votingService;
    @Autowired
    WallService wallService;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"phone, 375, 812", "projector, 1920, 1080"})
    void everyScreenRendersAtThisSize(String size, int width, int height) {
        var network = fixtures.network();
        String mette = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", network.fredrikstad());
        fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", network.sarpsborg());
        String link = fixtures.as(network.coordinator(), () -> invitations.invite(network.id(),
                Fixtures.unique("jonas") + "@test.example", NetworkRole.PARTICIPANT, network.fredrikstad(),
                Language.ENGLISH).link());

        // Gatherings at the times of day real ones have, a past one that took place and an upcoming one.
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.now(zone);
        long insight = fixtures.gathering(network, "Insight gathering",
                today.minusDays(30).atTime(9, 0).atZone(zone).toInstant(), Duration.ofHours(5));
        fixtures.as(network.coordinator(), () -> {
            gatherings.start(insight);
            gatherings.close(insight);
        });
        Instant pilotStart = today.plusDays(14).atTime(9, 30).atZone(zone).toInstant();
        long pilot = fixtures.as(network.coordinator(), () -> {
            long id = gatherings.plan(network.id(), new GatheringForm("Pilot gathering 1",
                    GatheringKind.PILOT_GATHERING, pilotStart, pilotStart.plus(Duration.ofHours(6)),
                    "Fredrikstad bibliotek, Storsalen",
                    "https://meet.example.org/hr-ostfold/pilot-1",
                    "We try out the first ideas from the insight gathering and choose what to pilot at home.",
                    Set.of())).id();
            gatherings.addBoard(id, BoardKind.IDEA_BOARD, "What should our network give us?",
                    "Write one idea per note. Group them together afterwards.", true,
                    List.of("Content", "Ways of working", "Organisation"));
            gatherings.addBoard(id, BoardKind.IDEA_BOARD, "Ways of working between gatherings", null, false,
                    List.of("Ideas"));
            return id;
        });

        WebDriver browser = newBrowser(width, height);
        browser.get(url(link.substring(link.indexOf("invitation/"))));
        waitForText(browser, "Create account and join");
        screenshot(browser, size + "-accept-invitation");

        browser.get(url("login"));
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        waitForText(browser, "Sign in");
        screenshot(browser, size + "-login");

        signIn(browser, network.coordinator(), Fixtures.PASSWORD);
        waitForText(browser, network.name());
        screenshot(browser, size + "-networks");

        browser.get(url("networks/" + network.id()));
        waitForText(browser, "Pilot gathering 1");
        assertThat(pageText(browser)).contains("Upcoming").contains("Insight gathering");
        screenshot(browser, size + "-network-gatherings");
        browser.findElement(By.cssSelector("vaadin-button.plan-gathering")).click();
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-dialog")));
        waitForText(browser, "Online link");
        screenshot(browser, size + "-plan-gathering");
        browser.findElement(By.xpath("//vaadin-button[contains(., 'Cancel')]")).click();
        waitFor(browser).until(d -> !pageText(d).contains("Online link"));
        browser.findElement(By.xpath("//vaadin-tab[contains(., 'Members')]")).click();
        waitForText(browser, "Fredrikstad kommune (1)");
        screenshot(browser, size + "-network-members");
        browser.findElement(By.xpath("//vaadin-tab[contains(., 'Organisations')]")).click();
        waitForText(browser, "Add organisation");
        screenshot(browser, size + "-network-organisations");
        browser.findElement(By.xpath("//vaadin-tab[contains(., 'Invitations')]")).click();
        waitForText(browser, "Open invitations");
        assertThat(pageText(browser)).contains("@test.example");
        screenshot(browser, size + "-network-invitations");

        browser.get(url("gatherings/" + pilot));
        waitForText(browser, "What should our network give us?");
        assertThat(pageText(browser)).contains("Agenda").contains("Ways of working").contains("Start gathering");
        screenshot(browser, size + "-gathering");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('agenda-heading').scrollIntoView()");
        screenshot(browser, size + "-gathering-agenda");

        // The first board, with notes from several people and an open vote.
        long boardId = fixtures.as(network.coordinator(), () -> gatherings.agenda(pilot).getFirst().id());
        var sections = fixtures.as(network.coordinator(), () -> boardReader.open(boardId)).sections();
        String[][] notes = {{"0", "Share cases from our own municipalities"}, {"0", "Short inputs from research"},
            {"1", "Learning cafés between gatherings"}, {"1", "Buddy pairs across municipalities"},
            {"1", "Case clinics with a timer 🌱"}, {"2", "Rotate who hosts the gathering"}};
        for (String[] note : notes) {
            fixtures.as(mette, () -> noteService.addNote(boardId, sections.get(Integer.parseInt(note[0])).id(), note[1],
                    NoteColour.values()[note[1].length() % NoteColour.values().length], false));
        }
        fixtures.as(network.coordinator(), () -> votingService.startVote(boardId, 3, true));
        browser.get(url("boards/" + boardId));
        waitForText(browser, "Buddy pairs across municipalities");
        assertThat(pageText(browser)).contains("Dot vote open").contains("Mette Sørensen");
        screenshot(browser, size + "-board");
        click(browser, By.xpath("//vaadin-radio-button[contains(., 'List')]"));
        waitFor(browser).until(d -> !d.findElements(By.cssSelector(".board-layout-list")).isEmpty());
        screenshot(browser, size + "-board-list");
        // Centred first: at phone size, Selenium's own scrolling left the button at the very bottom edge, where
        // its click did not land.
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('.note-card .note-actions-button').scrollIntoView({block: 'center'})");
        click(browser, By.cssSelector(".note-card .note-actions-button"));
        waitForText(browser, "Move down");
        screenshot(browser, size + "-board-note-actions");
        click(browser, By.xpath("//vaadin-button[contains(@class,'note-action')][normalize-space()='Edit']"));
        waitFor(browser).until(d -> !d.findElements(By.cssSelector("vaadin-text-area.note-editor")).isEmpty());
        screenshot(browser, size + "-board-edit-note");
        click(browser, By.cssSelector("vaadin-button.cancel-edit"));
        waitFor(browser).until(d -> d.findElements(By.cssSelector("vaadin-text-area.note-editor")).isEmpty());
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('vaadin-button.open-composer').scrollIntoView({block: 'center'})");
        click(browser, By.cssSelector("vaadin-button.open-composer"));
        waitFor(browser).until(d -> !d.findElements(By.cssSelector(".new-note-form vaadin-text-area")).isEmpty());
        screenshot(browser, size + "-board-add-note");

        // A reflection wall: anonymous, a few posts, resonates; the facilitator is warned the group is small.
        long wallId = fixtures.as(network.coordinator(), () -> gatherings.addBoard(pilot,
                BoardKind.REFLECTION_WALL, "Looking back on the pilot", "One reflection per post.", false, true,
                List.of()).id());
        var prompts = fixtures.as(mette, () -> boardReader.open(wallId)).sections();
        String[][] reflections = {{"0", "We tested the buddy pairs in three municipalities"},
            {"0", "Two pairs never met"}, {"1", "Time is the real obstacle, not interest"},
            {"2", "Agree a fixed hour each month for the pairs"}};
        long firstPost = 0;
        for (String[] post : reflections) {
            long id = fixtures.as(mette, () -> noteService.addNote(wallId, prompts.get(Integer.parseInt(post[0])).id(),
                    post[1], null, false)).id();
            firstPost = firstPost == 0 ? id : firstPost;
        }
        long resonated = firstPost;
        fixtures.as(network.coordinator(), () -> wallService.setResonates(resonated, true));
        browser.get(url("boards/" + wallId));
        waitForText(browser, "Two pairs never met");
        assertThat(pageText(browser)).contains("What happened?").contains("Now what?")
                .contains("anonymity is weak").doesNotContain("Mette Sørensen");
        screenshot(browser, size + "-wall");
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('.wall-canvas').scrollIntoView({block: 'start'})");
        screenshot(browser, size + "-wall-posts");

        browser.get(url("profile"));
        waitForText(browser, "Your profile");
        screenshot(browser, size + "-profile");
    }
}
