package org.samskab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.samskab.Axe;
import org.samskab.BrowserTest;
import org.samskab.Fixtures;
import org.samskab.action.ActionService;
import org.samskab.board.BoardKind;
import org.samskab.board.BoardReader;
import org.samskab.board.BoardViews.NoteState;
import org.samskab.board.NoteService;
import org.samskab.board.VotingService;
import org.samskab.gathering.GatheringService;
import org.samskab.network.NetworkRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The network's memory in a real browser, at phone, laptop and projector size: a member searches from the network
 * page, opens a hit and lands on the note, marked and focused; the archive, the harvest page, the replay page, the
 * actions pages and the profile's data rights read on a phone and pass axe-core. Screenshots go to {@code target/screenshots/memory-*}.
 */
class MemoryBrowserTest extends BrowserTest {

    @Autowired
    GatheringService gatherings;
    @Autowired
    BoardReader boardReader;
    @Autowired
    NoteService noteService;
    @Autowired
    VotingService voting;
    @Autowired
    Clock clock;
    @Autowired
    ActionService actions;

    @Test
    void aMemberSearchesOpensAHitAndReadsTheHarvestAndTheReplay() {
        var network = fixtures.network();
        String mette = fixtures.member(network, NetworkRole.FACILITATOR, "Mette Sørensen", null);
        String ingrid = fixtures.member(network, NetworkRole.PARTICIPANT, "Ingrid Bakke", network.sarpsborg());
        String per = fixtures.member(network, NetworkRole.PARTICIPANT, "Per Holm", network.fredrikstad());
        long gathering = fixtures.gathering(network, "Innsiktssamling", Instant.now(clock), Duration.ofHours(3));
        long ideas = fixtures.as(mette, () -> {
            gatherings.start(gathering);
            return gatherings.addBoard(gathering, BoardKind.IDEA_BOARD, "Hva skal nettverket gi oss?",
                    "Én idé per lapp.", true, List.of("Innhold", "Arbeidsformer")).id();
        });
        var sections = fixtures.as(ingrid, () -> boardReader.open(ideas)).sections();
        NoteState mentoring = fixtures.as(ingrid, () -> noteService.addNote(ideas, sections.getFirst().id(),
                "Mentorordning for nye rådgivere 🌱", null, false));
        fixtures.as(ingrid, () -> noteService.addNote(ideas, sections.get(1).id(),
                "Kollegaveiledning mellom samlingene", null, false));
        NoteState target = fixtures.as(per, () -> noteService.addNote(ideas, sections.getFirst().id(),
                "Vi vil styrke samarbeidet mellom kommunene", null, true));
        for (int i = 0; i < 12; i++) {
            int n = i;
            fixtures.as(per, () -> noteService.addNote(ideas, sections.get(n % 2).id(),
                    "Idé nummer " + (n + 1) + " fra dagen", null, false));
        }
        fixtures.as(mette, () -> voting.startVote(ideas, 3, true));
        fixtures.as(ingrid, () -> voting.placeDot(target.id()));
        fixtures.as(mette, () -> {
            voting.endVote(ideas);
            gatherings.close(gathering);
            gatherings.publish(gathering);
        });
        fixtures.as(ingrid, () -> actions.record(network.id(), null, mentoring.id(),
                "Prøve mentorpar i Sarpsborg, i samarbeid med HR", null, LocalDate.now(clock).plusWeeks(3)));
        fixtures.as(per, () -> actions.record(network.id(), gathering, null, "Invitere NAV til en kasusklinikk", null,
                null));

        for (int[] size : new int[][] {{375, 812}, {1440, 900}, {1920, 1080}}) {
            String suffix = size[0] + "x" + size[1];
            WebDriver browser = newBrowser(size[0], size[1]);
            signIn(browser, ingrid, Fixtures.PASSWORD);
            waitForText(browser, network.name());

            browser.get(url("networks/" + network.id()));
            click(browser, By.xpath("//vaadin-tab[normalize-space()='Memory']"));
            waitForText(browser, "Innsiktssamling");
            Axe.assertAccessible(browser, "archive " + suffix);
            screenshot(browser, "memory-archive-" + suffix);
            var field = waitFor(browser).until(d -> d.findElement(By.cssSelector(".memory-panel .search-query input")));
            field.sendKeys("samarbeid", Keys.ENTER);
            waitForText(browser, "1 note and 1 action found for “samarbeid”.");
            assertThat(pageText(browser)).contains("Anonymous · Hva skal nettverket gi oss? › Innhold")
                    .doesNotContain("Per Holm");
            Axe.assertAccessible(browser, "search " + suffix);
            screenshot(browser, "memory-search-" + suffix);

            click(browser, By.cssSelector("a.search-hit-text"));
            waitFor(browser).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "const item = document.querySelector('.note-list > li[data-card=\"" + target.id() + "\"]');"
                            + "return !!item && item.classList.contains('brought-here')"
                            + " && (document.activeElement === item || item.contains(document.activeElement));")));
            screenshot(browser, "memory-hit-on-board-" + suffix);

            browser.get(url("gatherings/" + gathering + "/harvest"));
            waitForText(browser, "Mentorordning for nye rådgivere 🌱");
            assertThat(pageText(browser)).contains("3 people", "Sarpsborg kommune 1", "Fredrikstad kommune 1");
            Axe.assertAccessible(browser, "harvest " + suffix);
            screenshot(browser, "memory-harvest-" + suffix);

            browser.get(url("boards/" + ideas + "/replay"));
            waitForText(browser, "Replay: Hva skal nettverket gi oss?");
            Axe.assertAccessible(browser, "replay " + suffix);
            screenshot(browser, "memory-replay-" + suffix);

            browser.get(url("actions"));
            waitForText(browser, "Prøve mentorpar i Sarpsborg, i samarbeid med HR");
            Axe.assertAccessible(browser, "my actions " + suffix);
            screenshot(browser, "memory-my-actions-" + suffix);

            browser.get(url("networks/" + network.id()));
            click(browser, By.xpath("//vaadin-tab[normalize-space()='Actions']"));
            waitForText(browser, "Invitere NAV til en kasusklinikk");
            Axe.assertAccessible(browser, "network actions " + suffix);
            screenshot(browser, "memory-network-actions-" + suffix);

            browser.get(url("actions/new?note=" + mentoring.id()));
            waitForText(browser, "What will you try before next time?");
            Axe.assertAccessible(browser, "record an action " + suffix);
            screenshot(browser, "memory-record-action-" + suffix);

            browser.get(url("profile"));
            waitForText(browser, "Download my data (JSON)");
            ((JavascriptExecutor) browser).executeScript(
                    "document.querySelector('.your-data').scrollIntoView({block: 'start'})");
            Axe.assertAccessible(browser, "your data " + suffix);
            screenshot(browser, "memory-your-data-" + suffix);
            browser.quit();
        }
    }
}
