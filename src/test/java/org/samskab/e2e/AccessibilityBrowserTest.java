package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.samskab.Axe;
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
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core on every main screen, as a coordinator (who sees every button), at phone and projector size: no critical
 * or serious violation, nothing outside a landmark, no skipped heading level (see {@link Axe}).
 */
class AccessibilityBrowserTest extends BrowserTest {

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

    private final List<String> violations = new ArrayList<>();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"phone, 375, 812", "projector, 1920, 1080"})
    void everyMainScreenPassesAxe(String size, int width, int height) {
        TestNetwork network = fixtures.network();
        String coordinator = network.coordinator();
        fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", network.sarpsborg());
        long gathering = fixtures.gathering(network, "Pilot gathering 1", java.time.Instant.now().plusSeconds(86_400),
                java.time.Duration.ofHours(5));
        long ideaBoard = fixtures.as(coordinator, () -> gatherings.addBoard(gathering, BoardKind.IDEA_BOARD,
                "What should our network give us?", "One idea per note.", true, List.of("Content", "Ways of working"))
                .id());
        long wall = fixtures.as(coordinator, () -> gatherings.addBoard(gathering, BoardKind.REFLECTION_WALL,
                "Looking back", null, false, true, List.of()).id());
        long canvas = kindBoard(network, BoardKind.THEORY_U_CANVAS, "Our network on the U");
        long clinic = kindBoard(network, BoardKind.CASE_CLINIC, "Case clinic");
        for (long board : List.of(ideaBoard, wall, canvas, clinic)) {
            long section = fixtures.as(coordinator, () -> boardReader.open(board)).sections().getFirst().id();
            fixtures.as(coordinator, () -> noteService.addNote(board, section, "Buddy pairs across municipalities",
                    board == wall ? null : NoteColour.BLUE, false));
        }
        fixtures.as(coordinator, () -> votingService.startVote(ideaBoard, 3, true));

        WebDriver browser = newBrowser(width, height);
        browser.get(url("login"));
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        check(browser, size + " sign-in");

        signIn(browser, coordinator, Fixtures.PASSWORD);
        waitForText(browser, network.name());
        check(browser, size + " networks");

        browser.get(url("networks/" + network.id()));
        waitForText(browser, "Pilot gathering 1");
        check(browser, size + " network, gatherings tab");
        for (String[] tab : new String[][] {{"Memory", "Search the network’s memory"}, {"Actions", "Record an action"},
            {"Members", "Sarpsborg kommune"}, {"Organisations", "Add organisation"},
            {"Invitations", "Open invitations"}}) {
            click(browser, By.xpath("//vaadin-tab[contains(., '" + tab[0] + "')]"));
            waitForText(browser, tab[1]);
            check(browser, size + " network, " + tab[0] + " tab");
        }

        browser.get(url("gatherings/" + gathering));
        waitForText(browser, "What should our network give us?");
        check(browser, size + " gathering");

        String[][] boardsToCheck = {{"idea board", Long.toString(ideaBoard)}, {"reflection wall", Long.toString(wall)},
            {"Theory U canvas", Long.toString(canvas)}, {"case clinic", Long.toString(clinic)}};
        for (String[] board : boardsToCheck) {
            browser.get(url("boards/" + board[1]));
            waitForText(browser, "Buddy pairs across municipalities");
            check(browser, size + " " + board[0]);
        }

        browser.get(url("profile"));
        waitForText(browser, "Your profile");
        check(browser, size + " profile");

        browser.get(url("no/such/page"));
        waitForText(browser, "Page not found");
        check(browser, size + " not found");

        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }

    private long kindBoard(TestNetwork network, BoardKind kind, String title) {
        return fixtures.as(network.coordinator(), () -> boards.createBoard(network.id(), null, kind, title, null,
                false, List.of()).id());
    }

    /** Runs axe-core on the screen and keeps what it found, so one run reports every screen. */
    private void check(WebDriver browser, String screen) {
        Axe.violations(browser).forEach(v -> violations.add(screen + " -> " + v));
    }
}
